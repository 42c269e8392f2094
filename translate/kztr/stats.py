"""Completeness of catalogs: one definition of "translated", counted once.

A unit is *translated* when its translation is non-empty and it is not fuzzy
(``Entry.translated``); *fuzzy* when it is marked fuzzy and has a translation;
*untranslated* otherwise.  A fuzzy flag on an empty translation marks nothing
to review: ``msgfmt --statistics`` counts it as untranslated and ``msgcat``
(so Poedit on save) drops the flag, so kztr agrees with them.  Words are
source words: sacremoses tokens of the msgid that contain a letter or a digit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kztr.model import Entry

TRANSLATED, FUZZY, UNTRANSLATED = "translated", "fuzzy", "untranslated"


def unit_state(entry: Entry) -> str:
    """``translated``, ``fuzzy`` or ``untranslated``: the only place this is decided."""
    if entry.translated:
        return TRANSLATED
    if entry.fuzzy and entry.has_translation:
        return FUZZY
    return UNTRANSLATED


@lru_cache(maxsize=1)
def _tokenizer(language: str):
    from sacremoses import MosesTokenizer

    return MosesTokenizer(lang=language)


@lru_cache(maxsize=65536)
def count_words(text: str, language: str = "ar") -> int:
    """Source words: tokens with at least one letter or digit.

    >>> count_words("في عام 2022، كان الشعب يأمل (CICA).")
    7
    """
    tokens = _tokenizer(language).tokenize(text, escape=False)
    return sum(1 for token in tokens if any(char.isalnum() for char in token))


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
        """Percent complete by source words (0–100)."""
        return _percent(self.words_translated, self.words_total)

    @property
    def percent_units(self) -> float:
        return _percent(self.translated, self.units_total)

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__))


def _percent(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 100.0


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


# ---------------------------------------------------------------- sections

_SECTION_MARK = " — section: "
_SECTION_STARTS = ("title", "heading")


def entry_section(entry: Entry, current: str = "") -> str:
    """The heading section an entry belongs to, read from its ``#.`` note.

    A paragraph's note names its section; a title or heading starts its own
    section; anything else (a kicker above the title) stays in ``current``.

    >>> entry_section(Entry("جملة", extracted_comments=("paragraph — section: قمة CICA",)))
    'قمة CICA'
    >>> entry_section(Entry("قمة CICA", extracted_comments=("heading",)), "old")
    'قمة CICA'
    >>> entry_section(Entry("دبلوماسية", extracted_comments=("kicker",)))
    ''
    """
    for comment in entry.extracted_comments:
        kind, mark, section = comment.partition(_SECTION_MARK)
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
