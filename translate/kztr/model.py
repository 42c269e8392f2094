"""Domain records shared by every stage of the pipeline (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePath

MARKDOWN_SUFFIXES = (".md",)


def is_markdown(path: str | PurePath) -> bool:
    """Are the units of this source document inline Markdown (rendered, and checked for markup)?

    >>> is_markdown("source/guide.md"), is_markdown("source/article.txt"), is_markdown("EDITION.MD")
    (True, False, True)
    """
    return PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES

@dataclass(frozen=True)
class ListItem:
    """Where a Markdown list item stands: its nesting depth (1 = top level), its number if ordered."""

    depth: int = 1
    number: int | None = None


@dataclass(frozen=True)
class TableCell:
    """Where a Markdown table cell stands: which table of the document, row (0 = header), column."""

    table: int
    row: int
    column: int
    header: bool = False
    align: str = ""  # "", "left", "center" or "right", as the delimiter row says


@dataclass(frozen=True)
class Block:
    """A structural piece of a document: a title, a heading, a paragraph…

    ``item`` and ``cell`` keep a Markdown list item's or table cell's place,
    so the edition can rebuild lists and tables; plain text has neither.
    """

    kind: str
    text: str
    line: int
    index: int
    section: str = ""
    item: ListItem | None = None
    cell: TableCell | None = None


@dataclass(frozen=True)
class Unit:
    """One translation unit: a heading or a sentence of a block."""

    text: str
    kind: str
    line: int
    block_index: int
    sentence_index: int
    section: str = ""


@dataclass(frozen=True)
class SkippedLine:
    """A source line that is not translated (web chrome and the like), or a Markdown table's cell (a figure)."""

    line: int
    text: str
    reason: str

    @property
    def cell(self) -> bool:
        """Is it a table's cell, not a line of its own?"""
        return self.reason.startswith(TABLE_CELL)


TABLE_CELL = "a table cell"  # how a skipped cell's reason starts


@dataclass(frozen=True)
class Document:
    """A source document read into blocks."""

    doc_id: str
    path: Path
    relpath: str
    blocks: tuple[Block, ...]
    skipped: tuple[SkippedLine, ...] = ()
    # Markdown pieces shown as they are, never translation units: code blocks,
    # and list items or table cells without a letter of the source's script.
    # A piece's ``index`` is that of the block it comes before.
    verbatim: tuple[Block, ...] = ()

    @property
    def markup(self) -> bool:
        """Are its units inline Markdown (a ``.md`` document), to be rendered rather than shown as text?"""
        return is_markdown(self.path)


@dataclass(frozen=True)
class Segmented:
    """A document whose blocks have been cut into units."""

    document: Document
    units: tuple[Unit, ...]
    units_by_block: tuple[tuple[Unit, ...], ...]  # one group a block: an edition is built block by block

    def __post_init__(self) -> None:
        if len(self.units_by_block) != len(self.document.blocks):
            raise ValueError(f"{self.document.relpath}: {len(self.units_by_block)} groups of units "
                             f"for {len(self.document.blocks)} blocks")


@dataclass(frozen=True)
class Entry:
    """One message of a catalog, independent of the PO library."""

    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: tuple[tuple[int, str], ...] = ()
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    references: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    obsolete: bool = False
    line: int = 0

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    def but(self, **changes) -> Entry:
        """The entry with ``changes`` made: ``dataclasses.replace`` without its walk over the fields (a
        third faster; a merge at archive scale makes one per unit). Built through ``__init__``, so that
        the instance keeps the class's shared attribute keys (a copied ``__dict__`` would not: 60 % more
        memory per entry) and an unknown field is refused as ``replace`` refuses it.

        >>> Entry("سلام", "Peace").but(msgstr="Hello", flags=("fuzzy",))
        Entry(msgid='سلام', msgstr='Hello', msgctxt=None, msgid_plural=None, msgstr_plural=(), translator_comments=(), \
extracted_comments=(), references=(), flags=('fuzzy',), previous_msgctxt=None, previous_msgid=None, \
previous_msgid_plural=None, obsolete=False, line=0)
        """
        return Entry(**{**self.__dict__, **changes})

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def has_translation(self) -> bool:
        if self.msgid_plural is not None:
            return bool(self.msgstr_plural) and all(text for _, text in self.msgstr_plural)
        return bool(self.msgstr)

    @property
    def translated(self) -> bool:
        """The one definition: a non-empty translation that is not fuzzy."""
        return self.has_translation and not self.fuzzy and not self.obsolete


@dataclass(frozen=True)
class Catalog:
    """A PO file or template: header, then entries in file order.

    ``header`` holds the header's ``Name: value`` pairs; ``header_text`` the
    header msgstr exactly as read (None when the catalog was not read from a
    file), so that a rewrite keeps its lines' spacing and its lines without a
    colon, changing only the pairs that changed.  ``source_charset`` is the
    charset the file was decoded from: not UTF-8 means the file was legacy
    (the header pairs already say UTF-8, and a rewrite is UTF-8).
    """

    header: tuple[tuple[str, str], ...] = ()
    header_comments: tuple[str, ...] = ()
    header_flags: tuple[str, ...] = ()
    entries: tuple[Entry, ...] = ()
    header_text: str | None = None
    header_extracted_comments: tuple[str, ...] = ()
    header_references: tuple[str, ...] = ()
    source_charset: str = "UTF-8"
    header_previous: tuple[str | None, str | None, str | None] = (None, None, None)  # #| msgctxt, msgid, plural

    @property
    def has_header(self) -> bool:
        return bool(self.header_text is not None or self.header or self.header_comments or self.header_flags)

    def header_value(self, name: str) -> str | None:
        for key, value in self.header:
            if key.lower() == name.lower():
                return value
        return None

    @property
    def live(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if not entry.obsolete)

    @property
    def obsolete(self) -> tuple[Entry, ...]:
        return tuple(entry for entry in self.entries if entry.obsolete)
