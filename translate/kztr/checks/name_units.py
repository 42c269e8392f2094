"""What the ``names`` check reads of a unit: its translation's capitalised words, its source's Arabic stems,
and which of them spell which (``kztr.text.transliteration``), and what a language's catalogs say about names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kztr.text.arabic import strip_marks
from kztr.text.spellings import place_named
from kztr.text.transliteration import arabic_stems, name_stem, skeleton, skeletons

if TYPE_CHECKING:
    from kztr.glossary import Glossary
    from kztr.model import Entry

ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u0670\u067e\u0686\u06a4\u06af]+")
WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")
_OPENERS = ".!?…:«“\"'—–-("  # a capitalised word after one of these (or first) opens a sentence


@dataclass(frozen=True)
class NameWord:
    """A capitalised word of a translation."""

    text: str
    spelling: str  # as compared: without a Russian, Ukrainian or Polish case ending or an English possessive
    forms: frozenset[str]  # its skeletons (and its stem's)
    initial: bool  # opens the translation, a sentence or a quotation: capitalised whatever it is
    opening: bool  # opens the translation or a sentence
    position: int  # among the translation's words
    short: frozenset[str] = frozenset()  # its skeletons of one consonant (Hubei: B), compared only with names'


@dataclass
class NameUnit:
    entry: Entry
    document: str
    language: str
    path: str
    source: str
    translation: str
    covered: frozenset[str] = frozenset()  # Arabic stems inside a glossary term: the glossary check's
    words: list[NameWord] = field(default_factory=list)
    arabic: list[tuple[str, ...]] = field(default_factory=list)  # the source's words, each as its stems
    stems: set[str] = field(default_factory=set)  # every stem of them
    spellings: dict[str, NameWord] = field(default_factory=dict)  # Arabic stem -> the word spelling it
    lexicon: set[str] = field(default_factory=set)  # the stems of its language's lower-case words


@dataclass
class NameLanguage:
    """What a language's catalogs say about names."""

    units: list[NameUnit] = field(default_factory=list)
    table: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # stem -> spellings
    # stem -> its spellings, each with the names spelt next to it (Ford for Kiernan)
    spelt: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=lambda: defaultdict(list))
    occurrences: Counter = field(default_factory=Counter)  # Arabic stem -> units whose source has it
    having: dict[str, list[NameUnit]] = field(default_factory=lambda: defaultdict(list))  # stem -> those units
    used: Counter = field(default_factory=Counter)  # spelling -> units whose translation has it
    texts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # spelling -> its words as written
    lower: set[str] = field(default_factory=set)  # the stems of its lower-case words
    # spellings that are also lower-case words but spell one Arabic word in nearly all of its units (Сами, сами)
    paired: set[str] = field(default_factory=set)
    names: frozenset[str] = frozenset()  # the Arabic stems _known_name says are names, once learnt
    unrendered: dict[str, int] = field(default_factory=dict)  # a place's Arabic stem -> units without the place


def read_unit(unit: NameUnit) -> None:
    text = unit.translation
    for position, match in enumerate(WORD.finditer(text)):
        word = match.group()
        if word[0].isupper():
            at = match.start() - 1
            while at >= 0 and text[at].isspace():
                at -= 1
            before = text[at] if at >= 0 else ""  # the last character before the word but spaces
            spelling, forms, short = _word_forms(word, unit.language)
            unit.words.append(NameWord(word, spelling, forms, not before or before in _OPENERS,
                                       not before or before in ".!?…", position, short))
    by_form: dict[str, NameWord] = {}
    for known in sorted(unit.words, key=lambda item: item.initial):  # a word inside a sentence first
        for form in sorted(known.forms | known.short):
            by_form.setdefault(form, known)
    for word in ARABIC_WORD.findall(unit.source):
        stems, stem_forms = _stem_forms(word)
        unit.arabic.append(stems)
        unit.stems.update(stems)
        # the whole word first: بريطانيا is Britain before ريطانيا is anything
        for stem, form in stem_forms:
            if form in by_form:
                spelt = _place_word(unit, stem, form) or by_form[form]
                # the word's shorter stems of the same skeleton are spelt by it too: وماري (and Mary) is Mary's
                # unit as ماري is, or the language's units with the name would seem to lack it (Tatoeba's Turkish)
                unit.spellings[stem] = spelt
                for same, other in stem_forms:
                    if other == form:
                        unit.spellings.setdefault(same, spelt)
                break
    _spell_places(unit)


@lru_cache(maxsize=1 << 17)
def _word_forms(word: str, language: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """A capitalised word's spelling as compared (``name_stem``), and its skeletons and its spelling's: of two
    consonants or more, and of one (a word of the translations' vocabulary: asked once)."""
    spelling = name_stem(word, language)
    every = skeletons(word) | skeletons(spelling)
    return (spelling, frozenset(form for form in every if len(form) >= 2),
            frozenset(form for form in every if len(form) == 1))


def _place_word(unit: NameUnit, stem: str, form: str) -> NameWord | None:
    """Of the words with a place's skeleton, the one that is its CLDR name in the language (Fransa'yı, not the
    adjective Fransız before it: Özgür Fransız kuvvetleri güney Fransa'yı kurtarıp; FLORES-200's Turkish)."""
    names = _place_forms(stem, unit.language)
    return next((word for word in unit.words if form in word.forms and (
        word.spelling.casefold() in names or word.text.casefold() in names)), None) if names else None


def _spell_places(unit: NameUnit) -> None:
    """A place CLDR names in the translation's language is spelt by that name (or its Russian stem: Японии) where no
    consonant skeleton links the two (لندن: Londres, روسيا: Russland, سويسرا: Schweiz): an exonym is no
    transliteration."""
    for stems in unit.arabic:
        placed = _placed_stems(stems, unit.language)
        if not placed or any(stem in unit.spellings for stem in stems):
            continue
        for stem, names in placed:
            word = next((word for word in unit.words if word.spelling.casefold() in names
                         or word.text.casefold() in names), None)
            if word is not None and word not in unit.spellings.values():
                unit.spellings[stem] = word
                break


@lru_cache(maxsize=1 << 17)
def _placed_stems(stems: tuple[str, ...], language: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The stems of a source word that name a place in the language, each with ``_place_forms`` (a word of the
    source's vocabulary: asked once; most name none)."""
    return tuple((stem, names) for stem in stems for names in (_place_forms(stem, language),) if names)


@lru_cache(maxsize=1 << 16)
def _place_forms(stem: str, language: str) -> frozenset[str]:
    """CLDR's names in ``language`` of the place the Arabic stem names, and their stems (Russian's, Polish's: Японии,
    Turcji), in lower case."""
    return frozenset(form.casefold() for name in place_named(stem, language)
                     for form in (name, name_stem(name, language)))


@lru_cache(maxsize=1 << 17)
def _stem_forms(word: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """An Arabic word's stems of three letters or more, each with its skeleton where it has one (a word, not a
    text: the cache holds the source language's vocabulary). A skeleton of one consonant (هوبي, Hubei: B) meets
    words by chance: a spelling of it counts only where the language's catalogs confirm it (names.py)."""
    stems = tuple(stem for stem in arabic_stems(word) if len(stem) >= 3)
    return stems, tuple((stem, form) for stem in stems for form in (skeleton(stem),) if form)


def glossary_stems(glossary: Glossary | None, source: str) -> frozenset[str]:
    """The stems of the source's words that lie inside a term of the glossary."""
    if glossary is None:
        return frozenset()
    spans = glossary.term_spans(source)
    if not spans:
        return frozenset()
    plain = strip_marks(source)
    # A term's match starts and ends beside no word character, and in text without marks every letter
    # of ARABIC_WORD is one: the words starting inside a match are the words read inside it.
    return frozenset(stem for start, end in spans for match in ARABIC_WORD.finditer(plain, start, end)
                     for stem in arabic_stems(match.group()))
