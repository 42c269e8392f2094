"""The project's translation memory: every translated unit of a language, reused across documents.

There is no database to keep in sync.  The memory of a language is built
when needed from every catalog of that language (only translated units:
non-empty, not fuzzy, not obsolete) plus the TMX files in ``tm/``.  Extract
uses it for units that still have no translation:

* an exact match (the same source in another document or a TMX) and, failing
  that, the closest near match scoring at least the cutoff, go in as
  ``fuzzy`` with the match's source as ``#|`` previous msgid, so a person
  confirms them in context;
* a translator comment ``kztr: from memory: <where> (exact|NN %)`` says
  where the suggestion came from;
* when the two sources differ only in numbers, the numbers of the
  translation are updated (as the merge does).

Matching compares Arabic without what does not change the words: diacritics
(harakat, shadda, superscript alef), tatweel, the alef, yeh and teh marbuta
variants, Arabic-Indic digits, punctuation and spacing; near matches are scored
in words (a short heading inside a longer one is not a match).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kztr.model import Catalog, Entry
from kztr.text.arabic import MARKS
from kztr.text.digits import EASTERN_DIGIT, latin_digits

# Measured by benchmarks/memory_cutoff.py (word-level ratio of normalised
# text) on the article, the CICA press release of tests/data/status and the
# second document of tests/data/memory: 269 editorial edits of their units
# (a word replaced or removed, a clause added, the tail cut, a number
# changed, a typo fixed) score 72.7 or more; 1,638 pairs of different units,
# headings included, score at most 60 ("قمة سمرقند لمنظمة شنغهاي للتعاون" vs
# "قمة سمرقند لمنظمة الدول التركية").  Character-level ratio cannot separate
# them: a short heading inside a longer one scores 77 and an edit 63.
DEFAULT_MEMORY_CUTOFF = 70.0
COMMENT_PREFIX = "kztr: from memory: "

# Letter variants folded for matching (str.replace is much faster than str.translate on Arabic text).
_VARIANTS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ی", "ي"), ("ک", "ك"), ("ة", "ه"))
_NOT_WORD = re.compile(r"[^\w\n]+")


def normalise(text: str) -> str:
    """The text as the memory compares it: its words, folded, one space apart.

    >>> normalise("رئاســة  كازاخستانَ عام ٢٠٢٢.") == normalise("رئاسة كازاخستان عام 2022")
    True
    >>> normalise("إمكاناتها، (أستانا)")
    'امكاناتها استانا'
    """
    return " ".join(_fold(text).split())


def _fold(text: str) -> str:
    """Everything ``normalise`` does but the spacing; line breaks survive, so many texts fold in one call."""
    text = MARKS.sub("", unicodedata.normalize("NFC", text))
    for variant, letter in _VARIANTS:
        text = text.replace(variant, letter)
    if EASTERN_DIGIT.search(text):
        text = latin_digits(text)
    return _NOT_WORD.sub(" ", text).casefold()


def similarity(first: str, second: str) -> float:
    """How alike two sources are for the memory: rapidfuzz's ratio over their normalised words.

    >>> round(similarity("وترأس توكاييف المائدة المستديرة في 20 سبتمبر.", "وترأس توكاييف المائدة المستديرة في 21 سبتمبر."))
    86
    """  # noqa: E501 - a doctest example is one line
    from rapidfuzz import fuzz

    return fuzz.ratio(normalise(first).split(), normalise(second).split())


@dataclass(frozen=True, slots=True)
class MemoryUnit:
    """One source sentence and its translation, and where it came from (a document id or a TMX path)."""

    source: str
    target: str
    origin: str


@dataclass(frozen=True)
class Match:
    unit: MemoryUnit
    score: float
    exact: bool

    @property
    def label(self) -> str:
        """``exact``, or the similarity in percent (never 100 unless the sources are the same text)."""
        return "exact" if self.exact else f"{min(int(self.score), 99)} %"


@dataclass(frozen=True)
class Memory:
    """The translated units of one language; look-ups skip a given document's own units.

    Near matches are scored on words, not characters: each distinct word of
    the memory gets one code point, so rapidfuzz's ratio over the coded
    strings is the word-level similarity, at the speed of a string ratio.
    """

    locale: str
    units: tuple[MemoryUnit, ...] = ()
    _exact: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    _coded: list = field(default_factory=list, init=False, repr=False, compare=False)
    _by_key: list = field(default_factory=list, init=False, repr=False, compare=False)
    _vocabulary: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for unit in self.units:
            self._exact.setdefault(unit.source, []).append(unit)

    def _near_index(self) -> list:
        """The coded sources for near matches, built on the first look-up that needs them."""
        if self._coded or not self.units:
            return self._coded
        index: dict[str, int] = {}
        # One fold per 10,000 sources: the regular expressions run in C over a block, and the block's
        # copies stay small next to a memory of a 200 MB TMX.
        for start in range(0, len(self.units), 10_000):
            block = self.units[start:start + 10_000]
            folded = _fold("\n".join(unit.source.replace("\n", " ") for unit in block)).split("\n")
            for unit, line in zip(block, folded, strict=True):
                key = " ".join(line.split())
                if key not in index:
                    index[key] = len(self._coded)
                    self._coded.append(self._code(key, grow=True))
                    self._by_key.append([])
                self._by_key[index[key]].append(unit)
        return self._coded

    def _code(self, key: str, grow: bool = False) -> str:
        vocabulary = self._vocabulary
        unknown: dict[str, str] = {}
        codes = []
        for word in key.split():
            code = vocabulary.get(word)
            if code is None:
                if grow:
                    code = vocabulary[word] = _code_point(len(vocabulary))
                else:  # a word the memory has never seen matches nothing in it
                    code = unknown.setdefault(word, _code_point(len(vocabulary) + len(unknown)))
            codes.append(code)
        return "".join(codes)

    def __len__(self) -> int:
        return len(self.units)

    def lookup(self, source: str, exclude: str = "", cutoff: float = DEFAULT_MEMORY_CUTOFF) -> Match | None:
        """The best translation for ``source`` from outside document ``exclude``, or None.

        >>> memory = Memory("en", (MemoryUnit("انتهت القمة في 14 أكتوبر.", "The summit ended on 14 October.", "a"),))
        >>> memory.lookup("انتهت القمة في 14 أكتوبر.", exclude="b").label
        'exact'
        >>> memory.lookup("انتهت القمة في 14 أكتوبر.", exclude="a") is None
        True
        >>> memory.lookup("انتهت القمّة في 15 أكتوبر.").label
        '80 %'
        >>> memory.lookup("بدأت القمة.") is None
        True
        """
        for unit in self._exact.get(source, ()):
            if unit.origin != exclude:
                return Match(unit, 100.0, True)
        coded = self._near_index()
        if not coded:
            return None
        from rapidfuzz import fuzz, process

        query = self._code(normalise(source))
        # Enough candidates that those of the excluded document cannot hide the best other one.
        found = process.extract(query, coded, scorer=fuzz.ratio, score_cutoff=cutoff, limit=8)
        for _key, score, index in found:
            for unit in self._by_key[index]:
                if unit.origin != exclude:
                    return Match(unit, score, False)
        return None


def _code_point(number: int) -> str:
    """The ``number``-th code point that is not a surrogate (any will do: codes are only compared)."""
    number += 0x100
    return chr(number + 0x800 if number >= 0xD800 else number)


def memory_units(catalog: Catalog, origin: str) -> list[MemoryUnit]:
    """The units of a catalog a memory may reuse: translated, singular, live."""
    return [MemoryUnit(entry.msgid, entry.msgstr, origin) for entry in catalog.entries
            if entry.translated and entry.msgid_plural is None and entry.msgctxt is None]


def build_memory(locale: str, catalogs: Iterable[tuple[str, Catalog]], tmx_units: Iterable[MemoryUnit] = ()) -> Memory:
    """A language's memory: its catalogs (doc id, catalog), in the order given, then the TMX units."""
    units: list[MemoryUnit] = []
    for doc_id, catalog in catalogs:
        units += memory_units(catalog, doc_id)
    units += [unit for unit in tmx_units if unit.source and unit.target]
    return Memory(locale, tuple(units))


def fill_from_memory(catalog: Catalog, memory: Memory, exclude: str,
                     cutoff: float = DEFAULT_MEMORY_CUTOFF) -> tuple[Catalog, int]:
    """The catalog with its untranslated units filled from the memory (as fuzzy), and how many were filled."""
    if not memory.units:
        return catalog, 0
    entries, filled = [], 0
    for entry in catalog.entries:
        if entry.obsolete or entry.has_translation or entry.msgid_plural is not None or entry.fuzzy:
            entries.append(entry)
            continue
        match = memory.lookup(entry.msgid, exclude=exclude, cutoff=cutoff)
        if match is None:
            entries.append(entry)
            continue
        entries.append(suggested(entry, match))
        filled += 1
    return (replace(catalog, entries=tuple(entries)), filled) if filled else (catalog, 0)


def suggested(entry: Entry, match: Match) -> Entry:
    """``entry`` carrying the memory's translation, fuzzy, saying where it came from."""
    from kztr.reuse.merge import update_numbers

    target = match.unit.target
    if not match.exact:
        target = update_numbers(match.unit.source, entry.msgid, target) or target
    comment = f"{COMMENT_PREFIX}{match.unit.origin} ({match.label})"
    comments = (*(c for c in entry.translator_comments if not c.startswith(COMMENT_PREFIX)), comment)
    return replace(entry, msgstr=target, flags=("fuzzy", *entry.flags), translator_comments=comments,
                   previous_msgctxt=None, previous_msgid=match.unit.source, previous_msgid_plural=None)
