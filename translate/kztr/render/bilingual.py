"""The bilingual edition as data: a document's blocks, each unit beside its translation.

``assemble_edition`` rebuilds a document from its source blocks (in order) and
looks every unit up in the catalog by msgid, so the edition follows the
source even when the catalog is out of date. The renderers (``html``,
``markdown``, ``text``) only present an ``Edition``; none of them reads a file.

A Markdown document keeps its structure: a list item knows its depth and
number, the cells of a table come together as one row holding a ``Table``,
and code blocks (and list items or cells with nothing to translate) are rows
shown as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kztr.model import Block, Catalog, Entry, ListItem, Segmented, TableCell
from kztr.render.bidi import split_runs  # noqa: F401 (re-exported: the renderers and tests use it from here)
from kztr.stats import FUZZY, TRANSLATED, UNTRANSLATED, Counts, count_entries, document_entries, unit_state

SIDES = ("right", "left")


@dataclass(frozen=True)
class Language:
    """A side of the edition: code, names (from Babel, via ``kztr.locales``) and direction."""

    code: str
    name: str
    english: str
    direction: str

    @property
    def html_lang(self) -> str:
        """BCP 47 for ``lang=""``: ``pt_BR`` becomes ``pt-BR``, ``sr@latin`` ``sr-Latn``."""
        from kztr.locales import bcp47

        return bcp47(self.code)


@dataclass(frozen=True)
class Pair:
    """One unit and its translation. ``translation`` is empty when nothing is shown."""

    source: str
    translation: str
    state: str
    block: int
    sentence: int
    markup_broken: bool = False  # Markdown: the translation's markup is not its source's


    @property
    def key(self) -> str:
        """Shared by the two sides of a pair (the HTML links them through it)."""
        return f"{self.block}.{self.sentence}"

    @property
    def shown(self) -> bool:
        return bool(self.translation)

    @property
    def needs_review(self) -> bool:
        return self.shown and self.state == FUZZY


@dataclass(frozen=True)
class Cell:
    """A table cell: its units paired, or (nothing to translate) its text as it is."""

    pairs: tuple[Pair, ...] = ()
    text: str = ""
    header: bool = False
    align: str = ""
    target_text: str = ""  # ``text`` as the target column shows it: the reader's digits (kztr.render.typography)


@dataclass(frozen=True)
class Row:
    """A block of the source with its units paired.

    A table is one row (kind ``table``): ``table`` holds its rows of cells and
    ``pairs`` every unit of them in order. A row without pairs is shown as it
    is: ``text`` is a code block (kind ``code``) or Markdown with nothing to
    translate.
    """

    kind: str
    index: int
    line: int
    pairs: tuple[Pair, ...]
    item: ListItem | None = None
    cell: TableCell | None = None
    text: str = ""
    table: tuple[tuple[Cell, ...], ...] = ()
    target_text: str = ""  # ``text`` as the target column shows it: the reader's digits (kztr.render.typography)
    number: int = 0  # 1-based, for people ("paragraph 12"): the rows with units in reading order, a table once

    @property
    def verbatim(self) -> bool:
        return not self.pairs and not self.table


@dataclass(frozen=True)
class Edition:
    """Everything a renderer needs, and nothing it has to look up."""

    doc_id: str
    source_path: str
    catalog_path: str
    source: Language
    target: Language
    rows: tuple[Row, ...]
    counts: Counts
    include_fuzzy: bool = True
    source_side: str = "right"
    revised: str = ""
    missing: int = 0
    markup: bool = False  # units are inline Markdown (a .md document)

    @property
    def head_rows(self) -> tuple[Row, ...]:
        """The kicker(s) and the title the document opens with: the title band shows them."""
        count = 0
        while count < len(self.rows) and self.rows[count].kind == "kicker":
            count += 1
        if count < len(self.rows) and self.rows[count].kind == "title" and self.rows[count].pairs:
            return self.rows[:count + 1]
        return ()

    @property
    def body_rows(self) -> tuple[Row, ...]:
        return self.rows[len(self.head_rows):]

    @property
    def title(self) -> Row | None:
        """The title row or, in a document without one, the first heading."""
        for kind in ("title", "heading"):
            for row in self.rows:
                if row.kind == kind and row.pairs:
                    return row
        return None

    @property
    def units(self) -> int:
        return sum(len(row.pairs) for row in self.rows)


def index_catalog(catalog: Catalog) -> dict[str, Entry]:
    """Live, context-free entries by msgid: how a unit finds its translation."""
    return {entry.msgid: entry for entry in catalog.entries if not entry.obsolete and entry.msgctxt is None}


def assemble_edition(
    segmented: Segmented,
    catalog: Catalog,
    source: Language,
    target: Language,
    *,
    source_path: str = "",
    catalog_path: str = "",
    include_fuzzy: bool = True,
    source_side: str = "right",
) -> Edition:
    """Pair every unit of the document, block by block, with its catalog entry.

    A fuzzy translation is shown (to be marked "needs review") unless
    ``include_fuzzy`` is false; then it is left out like a missing one. A unit
    the catalog does not have is untranslated and counted in ``missing``.
    Completeness is counted (``kztr.stats``) over the document's units: for an
    up-to-date catalog it is what ``kztr status`` reports.
    """
    if source_side not in SIDES:
        raise ValueError(f"source_side must be one of {SIDES}, not {source_side!r}")
    from kztr.locales import number_style
    from kztr.render.typography import reader_digits, typeset
    from kztr.text.markup import markup_differs

    markup = segmented.document.markup
    style = number_style(target.code)

    def verbatim_row(block: Block) -> Row:
        shown = block.text if block.kind == "code" else reader_digits(block.text, style, markup)
        return Row(block.kind, block.index, block.line, (), item=block.item, text=block.text, cell=block.cell,
                   target_text=shown)

    entries = index_catalog(catalog)
    verbatim = list(segmented.document.verbatim)
    rows: list[Row] = []
    missing = 0
    for block, units in zip(segmented.document.blocks, segmented.units_by_block, strict=True):
        while verbatim and verbatim[0].index <= block.index:
            rows.append(verbatim_row(verbatim.pop(0)))
        pairs = []
        for unit in units:
            entry = entries.get(unit.text)
            if entry is None:
                missing += 1
                state, text = UNTRANSLATED, ""
            else:
                state = unit_state(entry)
                text = entry.msgstr if state == TRANSLATED or (state == FUZZY and include_fuzzy) else ""
            broken = markup and markup_differs(unit.text, text)
            text = typeset(text, target.code, markup and not broken)
            pairs.append(Pair(unit.text, text, state, block.index, unit.sentence_index, broken))
        if pairs:
            rows.append(Row(block.kind, block.index, block.line, tuple(pairs), item=block.item, cell=block.cell))
    rows.extend(verbatim_row(block) for block in verbatim)
    return Edition(
        doc_id=segmented.document.doc_id,
        source_path=source_path or segmented.document.relpath,
        catalog_path=catalog_path,
        source=source,
        target=target,
        rows=_numbered(_join_tables(rows)),
        counts=count_entries(document_entries(segmented, entries), source.code),  # as kztr status counts
        include_fuzzy=include_fuzzy,
        source_side=source_side,
        revised=catalog.header_value("PO-Revision-Date") or "",
        missing=missing,
        markup=markup,
    )


def _join_tables(rows: list[Row]) -> tuple[Row, ...]:
    """Bring the cells of each table (a row each so far) together as one ``table`` row."""
    joined: list[Row] = []
    cells: list[tuple[Row, TableCell]] = []  # each row with its (not None) place in the table
    for row in (*rows, None):
        if cells and (row is None or row.cell is None or row.cell.table != cells[0][1].table):
            joined.append(_table_row(cells))
            cells = []
        if row is not None and row.cell is not None:
            cells.append((row, row.cell))
        elif row is not None:
            joined.append(row)
    return tuple(joined)


def _numbered(rows: tuple[Row, ...]) -> tuple[Row, ...]:
    """The rows with their numbers for people: one after another, a table one number however many cells it has,
    text shown as it is (a code block) none."""
    numbered, count = [], 0
    for row in rows:
        if not row.verbatim:
            count += 1
            row = replace(row, number=count)
        numbered.append(row)
    return tuple(numbered)


def _table_row(cells: list[tuple[Row, TableCell]]) -> Row:
    """One row for a table; a cell the source leaves empty is an empty cell."""
    width = max(cell.column for _, cell in cells) + 1
    height = max(cell.row for _, cell in cells) + 1
    placed = {(cell.row, cell.column): (row, cell) for row, cell in cells}
    aligns = {cell.column: cell.align for _, cell in cells}
    grid = []
    for number in range(height):
        line = []
        for column in range(width):
            found = placed.get((number, column))
            if found is None:
                line.append(Cell(header=number == 0, align=aligns.get(column, "")))
            else:
                row, cell = found
                line.append(Cell(row.pairs, row.text, cell.header, cell.align, row.target_text))
        grid.append(tuple(line))
    first, _ = min(cells, key=lambda item: (item[0].line, item[1].column))
    translated = [row for row, _ in cells if row.pairs]
    index = min(row.index for row in translated) if translated else first.index
    pairs = tuple(pair for row, _ in sorted(cells, key=lambda item: (item[1].row, item[1].column))
                  for pair in row.pairs)
    return Row("table", index, first.line, pairs, table=tuple(grid))


def completeness_line(edition: Edition) -> str:
    """One sentence for a footer: the status numbers of the catalog.

    >>> from kztr.stats import Counts
    >>> lang = Language("en", "English", "English", "ltr")
    >>> completeness_line(Edition("d", "s", "c", lang, lang, (), Counts(translated=3, fuzzy=1,
    ...     words_translated=30, words_fuzzy=10)))
    'English translation 75 % complete (by source words): 3 of 4 units translated, 1 needs review, 0 untranslated.'
    """
    counts = edition.counts
    review = "needs review" if counts.fuzzy == 1 else "need review"
    return (
        f"{edition.target.english} translation {counts.percent:g} % complete (by source words): "
        f"{counts.translated} of {counts.units_total} units translated, {counts.fuzzy} {review}, "
        f"{counts.untranslated} untranslated."
    )
