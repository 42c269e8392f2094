"""The ``names`` check: names the Arabic writes in Arabic letters, spelt one way in the translations.

No model can tell a name in Arabic text from a word; the project's own
translations can. An Arabic word and a capitalised word of its unit's
translation whose consonant skeletons are the same
(``kztr.text.transliteration``: ترامب, Trump and Трамп are all TRMB) are a name
and its spelling. Evidence that an Arabic word of a unit is a name:

* the language's other units: at least two spell it, in at least half of
  the units whose source has the word (مدينة "city" meets "Medinah" twice in
  a golf report, and is no name);
* another language's translation of the same sentence spells it with a
  capitalised word that is no common word of that language (Ноттингем for
  نوتنغهام), where that language spells the word in at least half of the
  units that have it.

For each such name of a unit's source:

* the translation spells it otherwise, a letter or two off the usual
  spelling (Shmidt where the other units write Schmidt for شميت);
* its spelling lacks a vowel the Arabic writes between two consonants
  (Pargue for براغ), where the usual spelling or another language's has it;
* the translation has no spelling of it, but a word one consonant off
  that no other translation uses (Tump for ترامب, Pavoldar);
* the translation has neither, nor a word made from it (лондонских,
  British): the name was dropped. A name only the language's other units
  know counts as dropped where the name next to it in the source is there
  (Patrick for باتريك ماكفول) or no pronoun or role noun could stand for it;
  a name another language spells, where this translation has no more
  pronouns and role nouns than that one (he, the president, его: a stand-in)
  and no capitalised word that spells nothing of the source and nothing of
  the other translation (Содружестве for كومنولث: a translated name).

A name inside a term of the language's glossary is the glossary check's.
Every finding is a warning: precision first (tuned on NTREX-128). Russian
case endings (Трампа, Трампом) and English possessives are the same spelling.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kztr.checks import WARNING, Finding, checked_texts, make_finding
from kztr.checks.places import misspelt_place, named_there, place_there
from kztr.locales import calendar_words
from kztr.text.arabic import strip_marks
from kztr.text.spellings import (
    MIN_SKELETON,
    derived_form,
    near,
    one_off,
    own_spelling,
    place_spellings,
    slip,
    without_nisba,
)
from kztr.text.transliteration import (
    arabic_stems,
    cyrillic_stem,
    doubled_letters,
    letter_skeletons,
    romanised,
    skeleton,
    skeletons,
    vowels_fit,
)

if TYPE_CHECKING:
    from kztr.glossary import Glossary
    from kztr.model import Entry

SINGLE_SKELETON = 4  # consonants of a name only another language's translation spells
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u0670\u067e\u0686\u06a4\u06af]+")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")
_OPENERS = ".!?…:«“\"'—–-("  # a capitalised word after one of these (or first) opens a sentence


@dataclass(frozen=True)
class _Word:
    """A capitalised word of a translation."""

    text: str
    spelling: str  # as compared: without a Russian case ending or an English possessive
    forms: frozenset[str]  # its skeletons (and its stem's)
    initial: bool  # opens the translation, a sentence or a quotation: capitalised whatever it is
    opening: bool  # opens the translation or a sentence
    position: int  # among the translation's words


@dataclass
class _Unit:
    entry: Entry
    document: str
    language: str
    path: str
    source: str
    translation: str
    covered: frozenset[str] = frozenset()  # Arabic stems inside a glossary term: the glossary check's
    words: list[_Word] = field(default_factory=list)
    arabic: list[tuple[str, ...]] = field(default_factory=list)  # the source's words, each as its stems
    stems: set[str] = field(default_factory=set)  # every stem of them
    spellings: dict[str, _Word] = field(default_factory=dict)  # Arabic stem -> the word spelling it
    lexicon: set[str] = field(default_factory=set)  # the stems of its language's lower-case words


@dataclass
class _Language:
    """What a language's catalogs say about names."""

    units: list[_Unit] = field(default_factory=list)
    table: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))  # stem -> spellings
    # stem -> its spellings, each with the names spelt next to it (Ford for Kiernan)
    spelt: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=lambda: defaultdict(list))
    occurrences: Counter = field(default_factory=Counter)  # Arabic stem -> units whose source has it
    used: Counter = field(default_factory=Counter)  # spelling -> units whose translation has it
    lower: set[str] = field(default_factory=set)  # the stems of its lower-case words
    names: frozenset[str] = frozenset()  # the Arabic stems _known_name says are names, once learnt


def _read(unit: _Unit) -> None:
    for position, match in enumerate(_WORD.finditer(unit.translation)):
        word = match.group()
        if word[0].isupper():
            before = unit.translation[:match.start()].rstrip()
            forms = frozenset(form for form in skeletons(word) | skeletons(cyrillic_stem(word)) if len(form) >= 2)
            unit.words.append(_Word(word, cyrillic_stem(word), forms, not before or before[-1] in _OPENERS,
                                    not before or before[-1] in ".!?…", position))
    by_form: dict[str, _Word] = {}
    for known in sorted(unit.words, key=lambda item: item.initial):  # a word inside a sentence first
        for form in sorted(known.forms):
            by_form.setdefault(form, known)
    for word in _ARABIC_WORD.findall(unit.source):
        stems, stem_forms = _stem_forms(word)
        unit.arabic.append(stems)
        unit.stems.update(stems)
        # the whole word first: بريطانيا is Britain before ريطانيا is anything
        for stem, form in stem_forms:
            if form in by_form:
                unit.spellings[stem] = by_form[form]
                break


@lru_cache(maxsize=1 << 17)
def _stem_forms(word: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """An Arabic word's stems of three letters or more, and those of them with a skeleton of two consonants
    or more, each with it (a word, not a text: the cache holds the source language's vocabulary)."""
    stems = tuple(stem for stem in arabic_stems(word) if len(stem) >= 3)
    return stems, tuple((stem, form) for stem in stems for form in (skeleton(stem),) if len(form) >= 2)


def _glossary_stems(glossary: Glossary | None, source: str) -> frozenset[str]:
    """The stems of the source's words that lie inside a term of the glossary."""
    if glossary is None:
        return frozenset()
    spans = glossary.term_spans(source)
    if not spans:
        return frozenset()
    plain = strip_marks(source)
    # A term's match starts and ends beside no word character, and in text without marks every letter
    # of _ARABIC_WORD is one: the words starting inside a match are the words read inside it.
    return frozenset(stem for start, end in spans for match in _ARABIC_WORD.finditer(plain, start, end)
                     for stem in arabic_stems(match.group()))


def check_names(catalogs, glossaries: Mapping[str, Glossary | None] | None = None) -> tuple[Finding, ...]:
    """Findings across ``catalogs``: (document, language, catalog path, Catalog), of one language or several.

    Each language's names are learnt from its own catalogs; a name another
    language's translation of the same source sentence spells is evidence
    that the sentence has it (Ноттингем in the Russian, nothing in the English).
    A name inside a term of the language's glossary (``glossaries``: {language:
    Glossary}) is the glossary check's: a mismatch is one finding, not two.
    """
    languages: dict[str, _Language] = defaultdict(_Language)
    for document, language, path, catalog in catalogs:
        glossary = (glossaries or {}).get(language)
        for entry in catalog.entries:
            for source, translation in checked_texts(entry):
                unit = _Unit(entry, document, language, path, source, translation,
                             covered=_glossary_stems(glossary, source))
                _read(unit)
                languages[language].units.append(unit)
    for known in languages.values():
        _learn(known)
    evidence = _evidence(languages)
    parallel: dict[str, list[_Unit]] = defaultdict(list)  # the units of a source, in every language
    for known in languages.values():
        for unit in known.units:
            parallel[unit.source].append(unit)
    findings = []
    for known in languages.values():
        for unit in known.units:
            for message in _unit_findings(unit, known, evidence.get(unit.source, {}), parallel[unit.source]):
                findings.append(make_finding(unit.entry, "names", WARNING, message, unit.document, unit.language,
                                             unit.path, unit.translation))
    return tuple(findings)


def _learn(known: _Language) -> None:
    matched: Counter = Counter()
    for unit in known.units:
        known.lower.update(cyrillic_stem(word).casefold() for word in _WORD.findall(unit.translation)
                           if word.islower())
        known.used.update({word.spelling for word in unit.words})
        known.occurrences.update(unit.stems)
        matched.update(unit.spellings.keys())
    for unit in known.units:
        unit.lexicon = known.lower
        # a word most of whose units have no such spelling met one by chance (بين "between", Пхеньян)
        unit.spellings = {stem: word for stem, word in unit.spellings.items()
                          if 2 * matched[stem] >= known.occurrences[stem]}
        for stem, word in unit.spellings.items():
            if _name_like(word, known):
                known.table[stem][word.spelling] += 1
                known.spelt[stem].append((word.spelling, _partners(unit, stem)))
    known.names = frozenset(stem for stem in known.occurrences if _known_name(stem, known))


def _name_like(word: _Word, known: _Language) -> bool:
    """Is a capitalised word a name of its language: no word it also writes in lower case?"""
    return word.spelling.casefold() not in known.lower


def _is_name(stem: str, known: _Language, least: int = 1) -> bool:
    """Does the language spell the Arabic word as a name in at least half of the units that have it?"""
    spelt = sum(known.table[stem].values()) if stem in known.table else 0
    return spelt >= least and 2 * spelt >= known.occurrences[stem]


def _known_name(stem: str, known: _Language) -> bool:
    """Is the Arabic word a name the language's other units spell: at least twice, in at least half of the
    units that have it; a name of two consonants (سوريا, Syria) at least three times, in four of five."""
    if len(skeleton(stem)) >= MIN_SKELETON:
        return _is_name(stem, known, 2)
    spelt = sum(known.table[stem].values()) if stem in known.table else 0
    return len(skeleton(stem)) == 2 and spelt >= 3 and 5 * spelt >= 4 * known.occurrences[stem]


def _evidence(languages: dict[str, _Language]) -> dict[str, dict[str, list[_Unit]]]:
    """Each source's names and the units of the languages that spell them: {source: {stem: [unit]}}."""
    found: dict[str, dict[str, list[_Unit]]] = defaultdict(lambda: defaultdict(list))
    for _, known in sorted(languages.items()):
        for unit in known.units:
            for stem, word in unit.spellings.items():
                if len(skeleton(stem)) >= MIN_SKELETON and _name_like(word, known) and _is_name(stem, known):
                    found[unit.source][stem].append(unit)
    return found


def _unit_findings(unit: _Unit, known: _Language, spelt: dict[str, list[_Unit]], parallel: list[_Unit]) -> list[str]:
    if not unit.spellings and not spelt and known.names.isdisjoint(unit.stems):
        return []  # no word of the source is spelt here, nor a name here or in another language: nothing to compare
    found: dict[str, str] = {}  # one finding a name
    for index, stems in enumerate(unit.arabic):
        stems = tuple(stem for stem in stems if stem not in unit.covered)
        if not stems or any(stem in found for stem in stems):
            continue
        mine = next((stem for stem in stems if stem in unit.spellings), None)
        if mine is not None:
            message = _misspelt(unit, known, mine, [other for other in parallel if other.language != unit.language
                                                    and mine in other.spellings])
            stem = mine
        else:
            name = next((stem for stem in stems if stem in known.names or _others(unit, spelt.get(stem, []))), None)
            if name is None:
                place = _place_missing(unit, stems, parallel)
                if place:
                    found[stems[0]] = place
                continue
            stem = name
            message = _missing(unit, known, stem, _others(unit, spelt.get(stem, [])), index, parallel) or \
                _place_missing(unit, (stem,), parallel)
        if message:
            found[stem] = message
    return list(found.values())


def _others(unit: _Unit, spelt: list[_Unit]) -> list[_Unit]:
    """The other languages' units that spell a name of the unit's source."""
    return [other for other in spelt if other.language != unit.language]


def _usual(known: _Language, stem: str, unit: _Unit) -> tuple[str, int]:
    """The language's usual spelling of ``stem`` in its other units, and in how many; where the name is
    spelt next to another (Christian Schertz), units that spell it next to a different one (Christion
    Abercrombie) are another person's."""
    mine = unit.spellings.get(stem)
    partners = _partners(unit, stem) if mine is not None else frozenset()
    seen = Counter(spelling for spelling, theirs in known.spelt.get(stem, ())
                   if not (partners and theirs and partners.isdisjoint(theirs)))
    if mine is not None and _name_like(mine, known):
        seen[mine.spelling] -= 1
    seen = +seen
    return seen.most_common(1)[0] if seen else ("", 0)


def _misspelt(unit: _Unit, known: _Language, stem: str, others: list[_Unit]) -> str:
    """A spelling off the usual one, or lacking a vowel the Arabic writes."""
    word = unit.spellings[stem]
    usual, count = _usual(known, stem, unit)
    seen_here = known.table.get(stem, Counter())[word.spelling] - (1 if _name_like(word, known) else 0)
    if count >= 2 and word.spelling != usual and not seen_here and near(word.spelling, usual):
        return f"{stem} is spelt “{word.spelling}” here and “{usual}” in {count} other units"
    for other in others:
        doubled = doubled_letters(word.text, other.spellings[stem].text)
        if doubled and not word.text.isupper() and not other.spellings[stem].text.isupper():
            return (f"{stem} is spelt “{word.text}” here: the {other.language} translation has “"
                    f"{other.spellings[stem].text}”, without “{doubled[0]}”")
    if known.used[word.spelling] == 1 and not word.text.isupper() and vowels_fit(stem, word.text) is False:
        spellings = [(f"in {count} other units", usual)] if count else []
        spellings += [(f"in the {other.language} translation", other.spellings[stem].text) for other in others]
        fitting = next(((where, spelling) for where, spelling in spellings if vowels_fit(stem, spelling)), None)
        if fitting is not None:
            return (f"{stem} is spelt “{word.text}” here: the Arabic writes a vowel it lacks "
                    f"(“{fitting[1]}” {fitting[0]})")
    return ""


def _missing(unit: _Unit, known: _Language, stem: str, others: list[_Unit], index: int,
             parallel: list[_Unit]) -> str:
    """No spelling of a name in the translation: a word made from it, a near one, or none (dropped)."""
    usual, count = _usual(known, stem, unit)
    if any(other.spellings[stem].spelling.casefold() in calendar_words(other.language) for other in others):
        return ""  # November, Monday: names in English, words in Russian
    form = skeleton(stem)
    claimed = set(unit.spellings.values())
    unclaimed = [word for word in unit.words if word not in claimed and known.used[word.spelling] == 1]
    # the usual spelling of two other units, or of one where another language's translation spells it too
    close = [word for word in unclaimed if (count >= 2 or (count == 1 and others)) and near(word.spelling, usual)]
    if close:
        return (f"the name {stem} is written “{usual}” in {count} other unit{'s' if count > 1 else ''}: "
                f"“{close[0].text}” here")
    references = ([usual] if usual else []) + [other.spellings[stem].spelling for other in others] + \
        place_spellings(stem, unit.language)
    if any(derived_form(unit.translation, form, reference) for reference in references) or \
            derived_form(unit.translation, skeleton(without_nisba(stem)), ""):
        return ""
    folded = unit.translation.casefold()
    if any(len(reference) >= 4 and reference.casefold() in folded for reference in references):
        return ""  # inside a compound: Центральноафриканской, южноамериканских
    if others and len(form) >= MIN_SKELETON:
        letters = letter_skeletons(stem)
        slipped = next((word for word in unclaimed if any(slip(mine, other) for mine in letters
                                                          for other in letter_skeletons(word.text))), None)
        if slipped is not None:
            return (f"the name {stem} is written “{others[0].spellings[stem].text}” in the {others[0].language} "
                    f"translation: “{slipped.text}” here")
    if any(one_off(form, other) for word in unit.words if word not in claimed for other in word.forms) or \
            own_spelling(unit.translation, form):
        return ""  # a spelling of its own (Шотландия for اسكتلندا, Scotland)
    once = sum(1 for stems in unit.arabic if stem in stems) == 1  # an acronym holds one mention of it
    if _abbreviated(unit, [usual] + [other.spellings[stem].text for other in others], others, once):
        return ""
    if count >= 2 and _known_name(stem, known) and not _nowhere_else(unit, parallel, stem):
        neighbours = [unit.arabic[other] for other in (index - 1, index + 1) if 0 <= other < len(unit.arabic)]
        partner = any(other in unit.spellings for stems in neighbours for other in stems)
        if partner or (not _stands_in(unit.translation) and count >= 3):
            return f"the name {stem} (“{usual}” in {count} other units) is not in the translation"
    if len(form) < SINGLE_SKELETON and not known.table.get(stem):
        return ""  # a name this language spells nowhere: four consonants or more (Scot, Jong, Erlij meet by chance)
    for other in others:
        if not _stand_in_here(unit, other) and not _translated_name(unit, other):
            return (f"the name {stem} is not in the translation (the {other.language} translation has "
                    f"“{other.spellings[stem].text}”)")
        return ""
    return ""


def _place_missing(unit: _Unit, stems: tuple[str, ...], parallel: list[_Unit]) -> str:
    """A country or city of the source that another language's translation names (Италии for ايطاليا) and
    this one does not in any form, or misspells (kztr.checks.places)."""
    for stem in stems:
        for other in parallel:
            if other.language == unit.language:
                continue
            for name in named_there(stem, unit.language, other.language, other.translation):
                slipped = misspelt_place(name, unit.translation, unit.language)
                if slipped:
                    return f"the name {stem} ({name}) is written “{slipped}” here"
                if place_there(stem, name, unit.translation, unit.source, other.translation):
                    return ""
                # a place's stand-ins are role nouns (the country, город), not pronouns
                if _roles(unit.translation) <= _roles(other.translation) and not _translated_name(unit, other):
                    return (f"the name {stem} ({name}) is not in the translation (the {other.language} translation "
                            f"has it)")
                return ""
    return ""


def _nowhere_else(unit: _Unit, parallel: list[_Unit], stem: str) -> bool:
    """Do the other languages translate the sentence without the name too? Then the source has a name its
    translations say another way (Brighton for "four green shirts"; the president for Trump)."""
    others = [other for other in parallel if other.language != unit.language]
    form = skeleton(stem)
    return bool(others) and not any(stem in other.spellings or (len(form) >= MIN_SKELETON and derived_form(
        other.translation, form, "")) for other in others)


def _partners(unit: _Unit, stem: str) -> frozenset[str]:
    """The Arabic names next to ``stem`` in the source that the translation spells next to its spelling
    (فورد كيرنان: Ford Kiernan): a first name is compared with the same person's only."""
    word = unit.spellings[stem]
    found = set()
    for index, stems in enumerate(unit.arabic):
        if stem in stems:
            for other in (index - 1, index + 1):
                for neighbour in unit.arabic[other] if 0 <= other < len(unit.arabic) else ():
                    spelt = unit.spellings.get(neighbour)
                    if spelt is not None and abs(spelt.position - word.position) == 1:
                        found.add(neighbour)
    return frozenset(found)


_ACRONYM = re.compile(r"(?<!\w)[A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,4}(?!\w)")


def _abbreviated(unit: _Unit, spellings: list[str], others: list[_Unit], once: bool = True) -> bool:
    """Has the translation an acronym that neither the source nor the other translations have, with the
    name's first letter (AZ: Arizona, BST: British Summer Time, M&S: Marks & Spencer; not ФБР, FBI), or
    one of four letters or more with it anywhere (UNMIS: the United Nations Mission in Sudan)?"""
    starts = {skeleton(spelling[:1]) or spelling[:1].casefold() for spelling in spellings if spelling}
    theirs = {skeleton(match.group()[:1]) or match.group()[:1].casefold()
              for other in others for match in _ACRONYM.finditer(other.translation)}
    for match in _ACRONYM.finditer(unit.translation):
        first = skeleton(match.group()[:1]) or match.group()[:1].casefold()
        if match.group() not in unit.source and first in starts and first not in theirs:
            return True
    for match in _LONG_ACRONYM.finditer(unit.translation if once else ""):
        # a mission's or a body's acronym holds the name anywhere (UNMIS: Sudan, МИНУСКА: Центральноафриканская)
        letters = {skeleton(letter) or letter.casefold() for letter in match.group()[1:]}
        if match.group() not in unit.source and starts & letters:
            return True
    return False


_LONG_ACRONYM = re.compile(r"(?<!\w)[A-ZА-ЯЁ]{4,8}(?!\w)")



def _stand_in_here(unit: _Unit, other: _Unit) -> bool:
    """Has the translation more personal pronouns and role nouns (he, the president, он) than the other
    language's, which spells the name: one of them may stand for it? (Possessives are left out: English
    writes his where Russian writes nothing.)"""
    return _stand_ins(unit.translation) > _stand_ins(other.translation)


def _stand_ins(translation: str) -> int:
    return sum(1 for word in _WORD.findall(translation)
               if word.lower() in _PERSONAL or word.lower() in _ROLES)


def _roles(translation: str) -> int:
    return sum(1 for word in _WORD.findall(translation) if word.lower() in _ROLES)


_PERSONAL = frozenset("he she him they them он она они ему ей им него неё нее ним ней них".split())


def _translated_name(unit: _Unit, other: _Unit) -> bool:
    """Has the translation as many names that spell nothing of the other language's translation as that
    one has for it? Then one of them may be the name, translated or spelt otherwise rather than
    transliterated (Содружество for كومنولث where the English has Commonwealth; «Северный поток» for Nord
    Stream: a name of several words counts once)."""
    if _title_case(unit.translation) or _title_case(other.translation):
        return True  # a headline In Title Case: its capitals say nothing
    return _unexplained(unit, other) >= _unexplained(other, unit)


def _title_case(translation: str) -> bool:
    """Are most of the longer words capitalised (The Commonwealth of Independent States Summit)?"""
    words = [word for word in _WORD.findall(translation) if len(word) >= 4]
    return len(words) >= 3 and 2 * sum(1 for word in words if word[0].isupper()) > len(words)


def _unexplained(unit: _Unit, other: _Unit) -> int:
    """The names of a translation (capitalised words inside its sentences, no acronym, month or word
    it also writes in lower case) that share no skeleton with a word of the other translation, a run
    of neighbours counted once."""
    theirs = other_forms(other.translation)
    starts = {_start(word) for word in _WORD.findall(other.translation) if len(word) >= 5}
    connectors = [position for position, word in enumerate(_WORD.findall(unit.translation))
                  if word in _CONNECTORS]
    positions = []
    for word in unit.words:
        if word.opening or word.text.isupper() or word.spelling.casefold() in calendar_words(unit.language) \
                or word.spelling.casefold() in unit.lexicon:
            continue  # a common word capitalised (President, State): no name
        if not any(form == mine or (min(len(form), len(mine)) >= 3 and (form.startswith(mine) or
                                                                        mine.startswith(form)))
                   for mine in word.forms for form in theirs) and _start(word.text) not in starts:
            positions.append(word.position)
    return sum(1 for index, position in enumerate(positions) if not index or not all(
        between in connectors for between in range(positions[index - 1] + 1, position)))


def _start(word: str) -> str:
    """The first four letters of a word in Latin letters, i and y, c and k as one (Olymp, олимп)."""
    return romanised(word)[:4].replace("y", "i").replace("c", "k")


_CONNECTORS = frozenset("of the and for de la le del van von al и де ди фон ван".split())  # inside a name


@lru_cache(maxsize=4096)
def other_forms(translation: str) -> frozenset[str]:
    """The skeletons of every word of a translation (and of their Russian stems)."""
    return frozenset(form for word in _WORD.findall(translation)
                     for form in skeletons(word) | skeletons(cyrillic_stem(word)) if len(form) >= 2)


def _stands_in(translation: str) -> bool:
    """Does the translation have a pronoun or a role noun that may stand for a name (he, the president)?"""
    return any(word.lower() in _PRONOUNS or word.lower() in _ROLES for word in _WORD.findall(translation))


_PRONOUNS = frozenset("he she him her his hers they them their it its он она оно они его ему им него нему нем ней "
                      "нее неё её ее ей их ими них ним".split())
# words a translation says instead of a name it has just given (the president, молодой человек)
_ROLES = frozenset("president minister chancellor senator governor player coach captain star singer actor "
                   "actress host presenter company club team side country city capital premier "
                   "президент президента президентом министр министра канцлер сенатор губернатор игрок игрока "
                   "тренер капитан звезда певец актер актриса ведущий ведущая компания клуб команда страна город "
                   "столица премьер "
                   "человек".split())


