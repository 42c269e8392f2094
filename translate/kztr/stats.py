"""Completeness of catalogs: one definition of "translated", counted once.

A unit is *translated* when its translation is non-empty and it is not fuzzy
(``Entry.translated``); *fuzzy* when it is marked fuzzy and has a translation;
*untranslated* otherwise.  A fuzzy flag on an empty translation marks nothing
to review: ``msgfmt --statistics`` counts it as untranslated and ``msgcat``
(so Poedit on save) drops the flag, so kztr agrees with them.  A plural
entry is translated when every form is filled, as Poedit counts it (msgfmt
and translate-toolkit count by ``msgstr[0]``; Weblate reads it that way and
flags the entry "Missing plurals"): a form still empty is work to do.  Words are
source words: sacremoses tokens of the msgid that contain a letter or a digit.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from kztr.model import Catalog, Entry, Segmented
from kztr.text.words import moses_word_count

TRANSLATED, FUZZY, UNTRANSLATED = "translated", "fuzzy", "untranslated"


def unit_state(entry: Entry) -> str:
    """``translated``, ``fuzzy`` or ``untranslated``: the only place this is decided."""
    if entry.translated:
        return TRANSLATED
    if entry.fuzzy and entry.has_translation:
        return FUZZY
    return UNTRANSLATED


# Unbounded: a bounded LRU cache thrashes when status counts 100,000 units twice (the document,
# then its sections) and once per language; the counts of 100k sentences are a few megabytes.
@cache
def count_words(text: str, language: str = "ar") -> int:
    """Source words: sacremoses tokens with at least one letter or digit (see ``kztr.text.words``).

    >>> count_words("في عام 2022، كان الشعب يأمل (CICA).")
    7
    """
    return moses_word_count(text, language)


@dataclass(frozen=True)
class Counts:
    """Units and source words per state."""

    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    words_translated: int = 0
    words_fuzzy: int = 0
    words_untranslated: int = 0
    obsolete: int = 0

    @property
    def units_total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def words_total(self) -> int:
        return self.words_translated + self.words_fuzzy + self.words_untranslated

    @property
    def percent(self) -> float:
        """Percent complete by source words (0–100), rounded to one decimal for display."""
        return _percent(self.words_translated, self.words_total)

    @property
    def percent_exact(self) -> float:
        """Percent complete by source words, unrounded: what every gate compares.

        >>> Counts(words_translated=14199, words_untranslated=85801).percent_exact < 14.2
        True
        """
        return 100.0 * self.words_translated / self.words_total if self.words_total else 100.0

    @property
    def percent_units(self) -> float:
        return _percent(self.translated, self.units_total)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__))


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 100.0


def below_gate(counts: Counts, limit: float) -> bool:
    """Does a catalog fail a ``--fail-under``/``--min-complete`` gate? Compared unrounded."""
    return counts.percent_exact < limit


def shown_below(percent: float, limit: float) -> str:
    """A percentage below ``limit`` written so it reads below it: 14.199 against 14.2 is ``14.199``.

    >>> shown_below(14.199, 14.2), shown_below(13.04, 14.2), shown_below(99.99, 100)
    ('14.199', '13.0', '99.99')
    """
    for places in range(1, 6):
        text = f"{percent:.{places}f}"
        if float(text) < limit:
            return text
    return f"{percent:.6f}"


def count_entries(entries, language: str = "ar") -> Counts:
    """Counts of live entries (obsolete ones counted apart)."""
    totals = {TRANSLATED: 0, FUZZY: 0, UNTRANSLATED: 0}
    words = {TRANSLATED: 0, FUZZY: 0, UNTRANSLATED: 0}
    obsolete = 0
    for entry in entries:
        if entry.obsolete:
            obsolete += 1
            continue
        state = unit_state(entry)
        totals[state] += 1
        words[state] += count_words(entry.msgid, language)
    return Counts(
        translated=totals[TRANSLATED],
        fuzzy=totals[FUZZY],
        untranslated=totals[UNTRANSLATED],
        words_translated=words[TRANSLATED],
        words_fuzzy=words[FUZZY],
        words_untranslated=words[UNTRANSLATED],
        obsolete=obsolete,
    )


def document_entries(segmented: Segmented, entries: dict[str, Entry]) -> list[Entry]:
    """The catalog entry of every distinct unit of the document, in document order; a blank
    (untranslated) one, with the unit's note and reference, where the catalog has none.

    ``entries`` are the catalog's live entries by msgid. Completeness is counted
    over this list by status and build alike: a catalog not yet updated by
    ``kztr extract`` cannot look complete, and a unit the source dropped does
    not count.
    """
    from kztr.po.template import unit_comment

    blanks: dict[str, Entry] = {}
    for unit in segmented.units:
        if unit.text not in blanks:
            blanks[unit.text] = entries.get(unit.text) or Entry(
                msgid=unit.text, extracted_comments=(unit_comment(unit.kind, unit.section),),
                references=(f"{segmented.document.relpath}:{unit.line}",))
    return list(blanks.values())


def units_behind(units: set[str], catalog: Catalog) -> int:
    """How many of a source's units (their texts) the catalog lacks: it is behind its source (edited since
    ``kztr extract`` last ran). Status and check both say so."""
    return len(units - {entry.msgid for entry in catalog.live})


def count_document(segmented: Segmented, catalog: Catalog, language: str = "ar") -> tuple[Counts, list[Entry]]:
    """A document's completeness in one catalog (obsolete entries counted apart), and the entries counted."""
    counts, _, counted = count_document_sections(segmented, catalog, language)
    return counts, counted


def count_document_sections(segmented: Segmented, catalog: Catalog,
                            language: str = "ar") -> tuple[Counts, tuple[SectionCounts, ...], list[Entry]]:
    """``count_document`` and ``count_sections`` of its entries in one pass: each unit's state and words
    found once, added to the document's counts and its section's."""
    live = {entry.msgid: entry for entry in catalog.entries if not entry.obsolete and entry.msgctxt is None}
    counted = document_entries(segmented, live)
    positions = {TRANSLATED: 0, FUZZY: 1, UNTRANSLATED: 2}
    totals = [0] * 6  # units translated, fuzzy, untranslated; then their words
    sections: dict[str, list[int]] = {}
    current = ""
    for entry in counted:
        state = positions[unit_state(entry)]
        words = count_words(entry.msgid, language)
        current = entry_section(entry, current)
        section = sections.get(current)
        if section is None:
            section = sections[current] = [0] * 6
        totals[state] += 1
        totals[state + 3] += words
        section[state] += 1
        section[state + 3] += words
    obsolete = sum(1 for entry in catalog.entries if entry.obsolete)
    return (replace(Counts(*totals), obsolete=obsolete),
            tuple(SectionCounts(name, Counts(*numbers)) for name, numbers in sections.items()), counted)


# ---------------------------------------------------------------- sections

_SECTION_MARK = " — section: "
_SECTION_STARTS = ("title", "heading")
_NO_SECTION_KINDS = ("byline",)  # signs the whole document, not its last section


def entry_section(entry: Entry, current: str = "") -> str:
    """The heading section an entry belongs to, read from its ``#.`` note.

    A paragraph's note names its section; a title or heading starts its own
    section; a byline belongs to none (even when its note, written by an
    older kztr, names the last section); anything else (a kicker above the
    title) stays in ``current``.

    >>> entry_section(Entry("جملة", extracted_comments=("paragraph — section: قمة CICA",)))
    'قمة CICA'
    >>> entry_section(Entry("قمة CICA", extracted_comments=("heading",)), "old")
    'قمة CICA'
    >>> entry_section(Entry("دبلوماسية", extracted_comments=("kicker",)))
    ''
    >>> entry_section(Entry("أسيل ساتوبالدينا", extracted_comments=("byline — section: قمة",)), "قمة")
    ''
    """
    for comment in entry.extracted_comments:
        kind, mark, section = comment.partition(_SECTION_MARK)
        if kind.strip() in _NO_SECTION_KINDS:
            return ""
        if mark:
            return section.strip()
        if comment.strip() in _SECTION_STARTS:
            return entry.msgid
    return current


@dataclass(frozen=True)
class SectionCounts:
    """The completeness of one heading section of a document."""

    section: str
    counts: Counts


def count_sections(entries, language: str = "ar") -> tuple[SectionCounts, ...]:
    """Counts per heading section, sections in document order (obsolete entries left out)."""
    grouped: dict[str, list[Entry]] = {}
    current = ""
    for entry in entries:
        if entry.obsolete:
            continue
        current = entry_section(entry, current)
        grouped.setdefault(current, []).append(entry)
    return tuple(SectionCounts(section, count_entries(members, language)) for section, members in grouped.items())
