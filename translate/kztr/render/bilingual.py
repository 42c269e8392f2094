"""The bilingual edition as data: a document's blocks, each unit beside its translation.

``assemble_edition`` rebuilds a document from its source blocks (in order) and
looks every unit up in the catalog by msgid, so the edition follows the
source even when the catalog is out of date. The renderers (``html``,
``markdown``, ``text``) only present an ``Edition``; none of them reads a file.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from kztr.model import Catalog, Entry, Segmented
from kztr.stats import FUZZY, TRANSLATED, UNTRANSLATED, Counts, count_entries, unit_state

SIDES = ("right", "left")

# A run of left-to-right text inside right-to-left text (``CICA``, ``2022-2024``,
# ``Astana Times``), and the reverse. Runs start and end on a strong letter or a
# digit, so surrounding spaces and brackets stay with the outer text.
_LTR_CHAR = r"\p{Bidi_Class=L}0-9"
_RTL_CHAR = r"\p{Bidi_Class=R}\p{Bidi_Class=AL}"
_RUN_INSIDE = r" .,:/'’&+\-–"
_RUNS = {
    "rtl": regex.compile(rf"[{_LTR_CHAR}](?:[{_LTR_CHAR}\p{{Mn}}{_RUN_INSIDE}]*[{_LTR_CHAR}\p{{Mn}}])?%?"),
    "ltr": regex.compile(rf"[{_RTL_CHAR}](?:[{_RTL_CHAR}\p{{Mn}}\u0660-\u0669،{_RUN_INSIDE}]*[{_RTL_CHAR}\p{{Mn}}])?"),
}


@dataclass(frozen=True)
class Language:
    """A side of the edition: code, names (from Babel, via ``kztr.locales``) and direction."""

    code: str
    name: str
    english: str
    direction: str

    @property
    def html_lang(self) -> str:
        """BCP 47 for ``lang=""``: ``pt_BR`` becomes ``pt-BR``."""
        return self.code.replace("_", "-")


@dataclass(frozen=True)
class Pair:
    """One unit and its translation. ``translation`` is empty when nothing is shown."""

    source: str
    translation: str
    state: str
    block: int
    sentence: int

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
class Row:
    """A block of the source with its units paired."""

    kind: str
    index: int
    line: int
    pairs: tuple[Pair, ...]

    @property
    def number(self) -> int:
        """1-based, for people: "paragraph 12"."""
        return self.index + 1


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

    @property
    def head_rows(self) -> tuple[Row, ...]:
        """The kicker(s) and the title the document opens with: the title band shows them."""
        count = 0
        while count < len(self.rows) and self.rows[count].kind == "kicker":
            count += 1
        if count < len(self.rows) and self.rows[count].kind == "title":
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
                if row.kind == kind:
                    return row
        return None

    @property
    def units(self) -> int:
        return sum(len(row.pairs) for row in self.rows)


def split_runs(text: str, direction: str) -> tuple[tuple[str, bool], ...]:
    """Cut ``text`` (written ``direction``) into pieces; True marks a run to isolate.

    >>> split_runs("تمديد رئاسة CICA لـ 2022-2024.", "rtl")
    (('تمديد رئاسة ', False), ('CICA', True), (' لـ ', False), ('2022-2024', True), ('.', False))
    >>> split_runs("the word دبلوماسية means diplomacy", "ltr")
    (('the word ', False), ('دبلوماسية', True), (' means diplomacy', False))
    """
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in _RUNS["rtl" if direction == "rtl" else "ltr"].finditer(text):
        if match.start() > position:
            pieces.append((text[position:match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return tuple(pieces)


def index_catalog(catalog: Catalog) -> dict[str, Entry]:
    """Live, context-free entries by msgid: how a unit finds its translation."""
    return {entry.msgid: entry for entry in catalog.entries if not entry.obsolete and entry.msgctxt is None}


def _document_entries(segmented: Segmented, entries: dict[str, Entry]) -> list[Entry]:
    """The catalog entry of every distinct unit of the document, an empty one where it has none.

    Completeness is counted over what the edition shows: a catalog not yet
    updated by ``kztr extract`` cannot look complete.
    """
    texts = dict.fromkeys(unit.text for unit in segmented.units)
    return [entries.get(text) or Entry(msgid=text) for text in texts]


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
    entries = index_catalog(catalog)
    rows: list[Row] = []
    missing = 0
    for block, units in zip(segmented.document.blocks, segmented.units_by_block):
        pairs = []
        for unit in units:
            entry = entries.get(unit.text)
            if entry is None:
                missing += 1
                state, text = UNTRANSLATED, ""
            else:
                state = unit_state(entry)
                text = entry.msgstr if state == TRANSLATED or (state == FUZZY and include_fuzzy) else ""
            pairs.append(Pair(unit.text, text, state, block.index, unit.sentence_index))
        if pairs:
            rows.append(Row(block.kind, block.index, block.line, tuple(pairs)))
    return Edition(
        doc_id=segmented.document.doc_id,
        source_path=source_path or segmented.document.relpath,
        catalog_path=catalog_path,
        source=source,
        target=target,
        rows=tuple(rows),
        counts=count_entries(_document_entries(segmented, entries), source.code),
        include_fuzzy=include_fuzzy,
        source_side=source_side,
        revised=catalog.header_value("PO-Revision-Date") or "",
        missing=missing,
    )


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
