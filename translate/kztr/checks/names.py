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

A name no other unit spells can be checked where the Arabic spelling dictionary
(Debian's hunspell-ar; ``kztr.text.lexicon``) does not know the word: a foreign
name (غيتس, فرجسون). Beside a name the translation spells (باميلا: Pamela), with
only a space between them, and written in no form there, nor where that
spelling puts it (after a first name, before a surname: Άρνολντ Σβαρτζενέγκερ),
it was dropped (Pamela without Ferguson; Jai Shankar without Choudhary). Arabic
typed without hamzas, two words run together and words with the article are no
names. Such a word that GeoNames gives as a city's name (``kztr.text.gazetteer``:
هانفورد, Hanford), one of whose names spells its consonants, needs no name
beside it: a city dropped, or written a letter or two off all its names (Ottwa);
so does a city the dictionary knows only as a name (برشلونة). A country or city
CLDR names, mentioned in one unit only, is checked where the dictionary reads
the word as that name and nothing else (الهند; not مالي, financial).

A name inside a term of the language's glossary is the glossary check's.
Every finding is a warning: precision first (tuned on NTREX-128). Russian,
Ukrainian, Polish, Czech, Slovak, Slovenian, Croatian and Greek case endings
(Трампа, Трампом; Азії, Азією, в Іраці; Turcji, w Ameryce; Číny, v Číně;
v Afrike; v Avstraliji; u Africi; Βατικανό, Βατικανού), Romanian's joined
article and case (Germaniei), Turkish's after an apostrophe (Fransa'yı) and
English possessives are the same spelling; a place's initials (RPA, ЮАР for
جنوب أفريقيا) are the place; a national team's place (منتخب جنوب أفريقيا: the
Springboks) is not required.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from kztr.checks import WARNING, Finding, checked_texts, make_finding
from kztr.checks.name_stand_ins import (
    abbreviated,
    roles,
    stand_in_here,
    stands_in,
    translated_name,
)
from kztr.checks.name_units import (
    ARABIC_WORD,
    WORD,
    NameLanguage,
    NameUnit,
    NameWord,
    glossary_stems,
    read_unit,
)
from kztr.checks.places import (
    doubled,
    doubled_unwritten,
    english_word,
    misspelt_place,
    named_there,
    neighbour_key,
    place_there,
    typing_slip,
    unknown_place_slip,
    vowel_doubled,
)
from kztr.locales import calendar_words
from kztr.text.arabic import MARKS, strip_marks
from kztr.text.dictionaries import knows, names_near, slipped
from kztr.text.gazetteer import City, cities_named
from kztr.text.lexicon import only_a_name, unknown_arabic
from kztr.text.spellings import (
    MIN_SKELETON,
    derived_form,
    distance,
    near,
    one_off,
    own_spelling,
    place_acronyms,
    place_named,
    place_pairs,
    place_spellings,
    slip,
    sounds_alike,
    stem_forms,
    without_nisba,
)
from kztr.text.transliteration import (
    adjective_of,
    arabic_stems,
    cyrillic_stem,
    letter_skeletons,
    name_stem,
    shape,
    skeleton,
    skeletons,
    unaccented,
    vowel_gaps,
)

ESTABLISHED = 10  # units that use a short name's spelling before a letter off it is a slip
RARER = 10  # a short name's spelling other units use too is a slip where the usual one is this many times as common
PAIRED = 10  # units in which a name that is also a word (Сами, сами) spells its Arabic word
WELL_KNOWN = 5  # units that spell a name of one consonant before its drop is told without another language's
SINGLE_SKELETON = 4  # consonants of a name only another language's translation spells

if TYPE_CHECKING:
    from kztr.glossary import Glossary


def check_names(catalogs, glossaries: Mapping[str, Glossary | None] | None = None) -> tuple[Finding, ...]:
    """Findings across ``catalogs``: (document, language, catalog path, Catalog), of one language or several.

    Each language's names are learnt from its own catalogs; a name another
    language's translation of the same source sentence spells is evidence
    that the sentence has it (Ноттингем in the Russian, nothing in the English).
    A name inside a term of the language's glossary (``glossaries``: {language:
    Glossary}) is the glossary check's: a mismatch is one finding, not two.
    """
    languages: dict[str, NameLanguage] = defaultdict(NameLanguage)
    for document, language, path, catalog in catalogs:
        glossary = (glossaries or {}).get(language)
        for entry in catalog.entries:
            for source, translation in checked_texts(entry):
                unit = NameUnit(entry, document, language, path, source, translation,
                             covered=glossary_stems(glossary, source))
                read_unit(unit)
                languages[language].units.append(unit)
    for known in languages.values():
        _learn(known)
    evidence = _evidence(languages)
    parallel: dict[str, list[NameUnit]] = defaultdict(list)  # the units of a source, in every language
    for known in languages.values():
        for unit in known.units:
            parallel[unit.source].append(unit)
    findings = []
    in_play = tuple(sorted(languages))
    for known in languages.values():
        for unit in known.units:
            for message in _unit_findings(unit, known, evidence.get(unit.source, {}), parallel[unit.source], in_play):
                findings.append(make_finding(unit.entry, "names", WARNING, message, unit.document, unit.language,
                                             unit.path, unit.translation))
    return tuple(findings)


def _learn(known: NameLanguage) -> None:
    matched: Counter = Counter()
    short: Counter = Counter()  # (stem of one consonant, spelling) -> units
    pairs: Counter = Counter()  # (stem, spelling) -> units
    for unit in known.units:
        known.lower.update(name_stem(word, unit.language).casefold() for word in WORD.findall(unit.translation)
                           if word.islower())
        known.used.update({word.spelling for word in unit.words})
        for word in unit.words:
            known.texts[word.spelling][word.text] += 1
        known.occurrences.update(unit.stems)
        for stem in unit.stems:
            known.having[stem].append(unit)
        matched.update(unit.spellings.keys())
        short.update((stem, word.spelling) for stem, word in unit.spellings.items() if len(skeleton(stem)) == 1)
        pairs.update((stem, word.spelling) for stem, word in unit.spellings.items())
    # a name that is also a word of the language (Сами and сами "themselves", Том and том): a name where it spells
    # one Arabic word in PAIRED units or more and in four of five that have it
    known.paired = {spelling.casefold() for (stem, spelling), count in pairs.items()
                    if count >= PAIRED and 5 * count >= 4 * known.occurrences[stem]}
    for unit in known.units:
        unit.lexicon = known.lower
        # a word most of whose units have no such spelling met one by chance (بين "between", Пхеньян); a
        # skeleton of one consonant, unless one spelling of it is in three units and half of those that have it
        unit.spellings = {stem: word for stem, word in unit.spellings.items()
                          if 2 * matched[stem] >= known.occurrences[stem] and (len(skeleton(stem)) > 1 or (
                              short[stem, word.spelling] >= 3
                              and 2 * short[stem, word.spelling] >= known.occurrences[stem]))}
        for stem, word in unit.spellings.items():
            if _name_like(word, known):
                known.table[stem][word.spelling] += 1
                known.spelt[stem].append((word.spelling, _partners(unit, stem)))
    known.names = frozenset(stem for stem in known.occurrences if _known_name(stem, known))


def _name_like(word: NameWord, known: NameLanguage) -> bool:
    """Is a capitalised word a name of its language: no word it also writes in lower case, or one that spells an
    Arabic word in nearly all of its units?"""
    return word.spelling.casefold() not in known.lower or word.spelling.casefold() in known.paired


def _is_name(stem: str, known: NameLanguage, least: int = 1) -> bool:
    """Does the language spell the Arabic word as a name in at least half of the units that have it?"""
    spelt = _spelt(stem, known)
    return spelt >= least and 2 * spelt >= known.occurrences[stem]


def _spelt(stem: str, known: NameLanguage) -> int:
    """In how many units the language spells the Arabic word as a name."""
    return sum(known.table[stem].values()) if stem in known.table else 0


def _known_name(stem: str, known: NameLanguage) -> bool:
    """Is the Arabic word a name the language's other units spell: at least twice, in at least half of the
    units that have it; a name of two consonants (سوريا, Syria) at least three times, in four of five; of one
    (هوبي, Hubei: what it is spelt is already one spelling confirmed, _learn) three times, in half. A short name's
    share leaves one unit aside, the one asked about, which does not spell it (Maria in 7 of the 8 others is a
    name, whatever the ninth says); half of the units is tolerant enough (جوز الهند, coconut, in three units of
    seven with Индия)."""
    if len(skeleton(stem)) >= MIN_SKELETON:
        return _is_name(stem, known, 2)
    spelt = _spelt(stem, known)
    share = 4 / 5 if len(skeleton(stem)) == 2 else 1 / 2
    return spelt >= 3 and spelt >= share * (known.occurrences[stem] - 1)


def _evidence(languages: dict[str, NameLanguage]) -> dict[str, dict[str, list[NameUnit]]]:
    """Each source's names and the units of the languages that spell them: {source: {stem: [unit]}}."""
    found: dict[str, dict[str, list[NameUnit]]] = defaultdict(lambda: defaultdict(list))
    for _, known in sorted(languages.items()):
        for unit in known.units:
            for stem, word in unit.spellings.items():
                if len(skeleton(stem)) >= MIN_SKELETON and _name_like(word, known) and _is_name(stem, known):
                    found[unit.source][stem].append(unit)
    return found


def _unit_findings(unit: NameUnit, known: NameLanguage, spelt: dict[str, list[NameUnit]],
                   parallel: list[NameUnit], in_play: tuple[str, ...]) -> list[str]:
    places = [_place_word(stems, unit.language, in_play) for stems in unit.arabic]
    if not unit.spellings and not spelt and known.names.isdisjoint(unit.stems) and not any(
            named for named, _ in places):
        # no word of the source is spelt here, nor a name or place here or in another language
        return list(_misspelt_in_dictionary(unit, known, {}).values())
    found: dict[str, str] = {}  # one finding a name
    # the cheap tests of the whole source first: most have no compound with a place's name, nor a national team
    compounds, team = any(first in unit.source for first in _COMPOUND_STARTS), _TEAM in unit.source
    for index, stems in enumerate(unit.arabic):
        stems = tuple(stem for stem in stems if stem not in unit.covered
                      and not (compounds and _in_compound(stem, unit.source))
                      and not (team and _team_of(unit, index, stem)))
        if not stems or any(stem in found for stem in stems):
            continue
        mine = next((stem for stem in stems if stem in unit.spellings), None)
        if mine is not None:
            message = _misspelt(unit, known, mine) or _off_place_name(unit, known, stems, unit.spellings[mine]) or \
                _place_slipped(unit, known, stems[0])
            stem = mine
        else:
            name = next((stem for stem in stems
                         if stem in known.names or (stem in spelt and _others(unit, spelt[stem]))), None)
            if name is None:
                if not places[index][1] and not _beside_spelt(unit, index):
                    continue  # no place, and no name beside it: nothing below can find anything
                place = _place_missing(unit, stems, parallel, known.used) or _place_misspelt(
                    unit, stems, [word for word in unit.words if known.used[word.spelling] == 1]) or \
                    _place_dropped(unit, known, stems, parallel, index)
                if place:
                    found[stems[0]] = place
                else:  # a foreign name is looked for beside a spelt one, or where it is a city's
                    message = _foreign_missing(unit, known, index)
                    if message:
                        found[stems[0]] = message
                continue
            stem = name
            message = _missing(unit, known, stem, _others(unit, spelt.get(stem, [])), index, parallel) or \
                _place_missing(unit, (stem,), parallel, known.used) or _place_dropped(unit, known, (stem,), parallel,
                                                                                 index)
        if message:
            found[stem] = message
    return list(_misspelt_in_dictionary(unit, known, found).values())


def _misspelt_in_dictionary(unit: NameUnit, known: NameLanguage, found: dict[str, str]) -> dict[str, str]:
    """A capitalised word no other unit has, which the language's spelling dictionary does not know, a slip of the
    keys inside a name it does know (``kztr.text.dictionaries``: Gngrich, Dilkon; not at its end, where another
    language's form of the name differs: Eduard, Eduardo) that spells a foreign name of the source (a word Arabic's
    dictionary does not know: جينجريتش, ديلون) or a place (كندا), where the Arabic's letters say the name is right
    and the word wrong: a consonant the word lacks or has in its place (Dilkon), or a vowel's letter where the
    name has a vowel and the word none (Gngrich, Turmp for ترامب). The Arabic cannot tell a vowel doubled or a
    consonant doubled (Loong, Long; Hasan, Hassan): other transliterations as often as slips.

    A word in Latin letters of another language than English is looked up in English's dictionary too where its
    own lists no name near it (``_dictionary_names``: Dilkon, Dillon in a Spanish translation; Brzezinksi in
    FLORES-200's Dutch, its own typo).
    """
    for word in unit.words:
        if known.used[word.spelling] > 1 or word.text.isupper():
            continue  # a spelling other units use is the translator's choice (Tiongkok); UEFA is no misspelt Urfa
        for name, listed in _dictionary_names(word.text, unit.language):
            spelling = name_stem(name, unit.language)
            inner = _inner_slip(word.spelling, spelling)
            if not inner and word.text.casefold() != name.casefold() + name[-1:].casefold() and \
                    not (len(word.text) > len(name) and doubled(word.text, name)):
                continue  # the word with a letter doubled in a Cyrillic stem's last letters (Касабланкка) is read below
            forms = skeletons(name) | skeletons(spelling)
            stem = next((stem for stems in unit.arabic if found.keys().isdisjoint(stems) for stem in stems
                         if stem not in unit.covered and _slip_of(stem, word, name, forms, unit)), None) \
                if inner else None
            if stem is not None and _slipped_in(word.text, name, unit.language, listed):
                found[stem] = f"the name {stem} ({name}) is written “{word.text}” here"
                break
            if stem is None and all(skeleton(key) not in word.forms for key in found) and \
                    (_keyed(word, name, unit) or _doubled_never(word, name, unit)) and \
                    _slipped_in(word.text, name, unit.language, listed):
                # one finding a name, said of the Arabic word that spells the name where one does (برشلونة:
                # Bracelona), else of the word
                stem = next((stem for stems in unit.arabic for stem in stems if skeleton(stem) in forms), None)
                if stem not in found:  # a name already found misspelt (Carslbad beside the usual Carlsbad) is said
                    found[stem or word.text] = f"the name {stem} ({name}) is written “{word.text}” here" if stem \
                        else f"“{word.text}” is no word of the {unit.language} spelling dictionary: {name} mistyped?"
                break
    return found


def _dictionary_names(word: str, language: str) -> list[tuple[str, str]]:
    """The names one slip from ``word`` in the language's dictionary, and in English's for a word in Latin letters of
    another language (Gingrich, Scotia: a foreign name the language writes as English does, which its own dictionary
    lacks): [(name, the dictionary's language)]. Issue 17, round 28."""
    names = [(name, language) for name in names_near(word, language)]
    if not names and not language.startswith("en") and not _NOT_LATIN.search(word):
        names = [(name, "en") for name in names_near(word, "en")]
    return names


def _slipped_in(word: str, name: str, language: str, listed: str) -> bool:
    """``dictionaries.slipped`` in the dictionary that listed the name; a name English's lists, where the language's
    own dictionary does not know the word either."""
    return slipped(word, name, listed) and (listed == language or not knows(word, language))


def _keyed(word: NameWord, name: str, unit: NameUnit) -> bool:
    """Is the word the dictionary's name with two neighbours swapped or a consonant doubled beside another
    (Carslbad, Doanu, Bayerrn: ``typing_slip``), where nothing says the word is meant as written? Not a vowel doubled
    (Loong, Dragoon: transliterations); not a name of four letters or fewer (Šjan, Šajn: short names have many
    neighbours); not in a language that capitalises its nouns (German: Krapfen, Karpfen); not a word the source
    writes in Latin letters (Angel) or English's dictionary knows (a title or name left in English: Deeds, Erie), nor
    one that spells a word of the Arabic: the Arabic may name another than the dictionary's (كانجار: Kanjar, not
    Kajnar; دوفال: Duvall, not Duval; جيهان: Cihan, not Chian), unless the word lacks a vowel the Arabic writes
    there and the name has (Lynodn for ليندون, Lyndon; Jrery for جيري: round 28). A name's last consonant doubled
    is such a slip too (Bayernn, where the Arabic says بافاريا)."""
    return len(name) > _SHORT_NAME and not unit.language.startswith(_NOUNS_CAPITALISED) and \
        (typing_slip(word.text, name) or (neighbour_key(word.text, name) and _spells_name(unit, name))) and \
        not vowel_doubled(word.text, name) and \
        word.text not in unit.source and \
        not any(skeleton(stem) in word.forms and not _vowel_lost(stem, word.text, name)
                for stems in unit.arabic for stem in stems) and \
        not english_word(word.text, unit.language)


def _doubled_never(word: NameWord, name: str, unit: NameUnit) -> bool:
    """Is the word the dictionary's name with a consonant doubled where the language never doubles it (Konng, Elllis,
    Τζζον: ``doubled_unwritten``), and not a word the source writes in Latin letters nor one English's dictionary
    knows (a name left in English)? Such a slip is told whatever the Arabic says (``_keyed``'s guards): the Arabic
    cannot write the doubling, and a name is seldom spelt against its language's spelling. Issue 17, round 29."""
    return word.text not in unit.source and not english_word(word.text, unit.language) and \
        doubled_unwritten(word.text, name, unit.language)


def _spells_name(unit: NameUnit, name: str) -> bool:
    """Does a word of the source spell the dictionary's name (رومني: Romney)? A key's neighbour typed for a letter
    makes a slip of a name the Arabic says; elsewhere it meets words of other languages (Parti, of the French Parti
    écologiste in an English translation, is no Patti)."""
    forms = skeletons(name)
    return any(skeleton(stem) in forms for stems in unit.arabic for stem in stems)


_SHORT_NAME = 4  # letters
_NOUNS_CAPITALISED = ("de", "lb")  # languages whose dictionaries capitalise every noun


@lru_cache(maxsize=1 << 17)
def _place_word(stems: tuple[str, ...], language: str, in_play: tuple[str, ...]) -> tuple[bool, bool]:
    """Does a source word (its stems) name a country or city CLDR or GeoNames knows in the language; and may it be a
    place for any of ``_unit_findings``'s place rules, CLDR naming it in the language and in one of ``in_play`` (the
    languages checked together)? A word of the source's vocabulary: asked once."""
    named = any(place_named(stem, language) or cities_named(stem) for stem in stems)
    return named, named or any(place_pairs(stem, language, other) for stem in stems for other in in_play)


def _beside_spelt(unit: NameUnit, index: int) -> bool:
    """Is a word next to the source's word at ``index`` spelt in the translation (the other half of a name)?"""
    spelt, arabic = unit.spellings.keys(), unit.arabic
    return bool(spelt) and ((index > 0 and not spelt.isdisjoint(arabic[index - 1]))
                            or (index + 1 < len(arabic) and not spelt.isdisjoint(arabic[index + 1])))


def _others(unit: NameUnit, spelt: list[NameUnit]) -> list[NameUnit]:
    """The other languages' units that spell a name of the unit's source."""
    return [other for other in spelt if other.language != unit.language]


def _usual(known: NameLanguage, stem: str, unit: NameUnit) -> tuple[str, int]:
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


def _misspelt(unit: NameUnit, known: NameLanguage, stem: str) -> str:
    """A spelling a letter or two off the one the language's other units use (Shmidt for Schmidt). Not a
    spelling off the other language's, nor one lacking a vowel the Arabic writes: across scripts and from the
    Arabic, spellings differ by convention (Маас for Meuse, Gaafar for Джафар, Madrid and مدريد): on six
    corpora of real translations those findings were all false (0 of 34; benchmarks/RESULTS.md, round 5). A
    spelling other units use too is the language's own, but for a short name's slip (Tomm in 2 units, Tom in 55)."""
    word = unit.spellings[stem]
    if _english_name_here(stem, word, unit):
        return ""
    usual, count = _usual(known, stem, unit)
    if adjective_of(word.text, usual, unit.language):
        return ""  # Iracka (Grupa Studyjna): an adjective made from Irak, no spelling of it
    seen_here = known.table.get(stem, Counter())[word.spelling] - (1 if _name_like(word, known) else 0)
    # a word of the language about as common as the name is no slip of it (the Vichy French beside France): other
    # units whose translation has it, whatever it spells there
    elsewhere = known.used[word.spelling] - 1
    common = elsewhere >= 2 and RARER * elsewhere > count
    if count >= 2 and word.spelling != usual and not common and ((not seen_here and near(word.spelling, usual)) or (
            count >= ESTABLISHED and RARER * seen_here <= count and _short_slip(word.spelling, usual)) or (
            count >= ESTABLISHED and not seen_here and _vowel_dropped(stem, word, usual, known.texts.get(usual)))):
        return (f"{stem} is spelt “{_written(word.spelling, word.text)}” here and “{_shown(known, usual)}” in {count} "
                f"other units")
    return _spelt_twice(unit, known, stem, word)


def _shown(known: NameLanguage, spelling: str) -> str:
    """A spelling as findings show it, written as the language's units most often write it (``_written``)."""
    texts = known.texts.get(spelling)
    return _written(spelling, texts.most_common(1)[0][0]) if texts else spelling


def _written(spelling: str, text: str) -> str:
    """A name as findings show it: a Russian or Ukrainian one by its stem (Трамп for Трампа), as it always was; a
    Polish one as written (Afryki, not its stem Afryk)."""
    return spelling if spelling == cyrillic_stem(text) else text


def _english_name_here(stem: str, word: NameWord, unit: NameUnit) -> bool:
    """Is the word a place's English name (CLDR's) inside an English proper name that a translation into another
    language leaves as it is (Taiwan Sustainable Award, Sporting Shooters Association of Australia; FLORES-200's
    French), not another spelling of the language's own (Taïwan, Australie; Tokyo beside German's Tokio)?

    >>> _in_english_name("l'agent de la California Highway Patrol", "California"), _in_english_name("in Tokyo", "Tokyo")
    (True, False)
    """
    return _english_name(stem, word.text, unit.language) and _in_english_name(unit.translation, word.text)


def _english_name(stem: str, text: str, language: str) -> bool:
    """Is ``text`` the English name (CLDR's) of the place the Arabic stem names, in a translation into another
    language?"""
    return not language.startswith("en") and any(text == name for name, _ in place_pairs(stem, "en", "en"))


# a capitalised word beside the name, or joined to it by English's of, for, and (Association of Australia)
_ENGLISH_JOINERS = ("of", "for", "and")


def _in_english_name(text: str, name: str) -> bool:
    for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[:match.start()].split()
        after = text[match.end():].split() if text[match.end():match.end() + 1] not in ".!?" else []
        if before and before[-1][-1:] in ".!?":
            before = []  # a sentence's first word is no part of the name
        words = [word.strip(".,;:()«»\"“”") for word in (*before[-1:], *after[:1])]
        if any(word[:1].isupper() for word in words if word):
            return True
        if len(before) >= 2 and before[-1] in _ENGLISH_JOINERS and before[-2][:1].isupper():
            return True
    return False


def _spelt_twice(unit: NameUnit, known: NameLanguage, stem: str, word: NameWord) -> str:
    """A name the source writes twice, spelt two ways a letter or two apart in its translation by a word no
    other unit has (Гингрич, then Гнигрича for جينجريتش twice), first or second (Gngrich, then Gingrich, which other
    units have: FLORES-200's German seed, round 28); not two spellings that sound alike (Khaled and
    Khalid: two people, or a translator's inconsistency, not a slip), but for one with a letter doubled (Inddia). A
    place's name (CLDR's, which need not spell the Arabic: Kitajska for الصين) a letter or two off, where the other
    mention has it: Kitajska, then Kotajske (FLORES-200's Slovenian seed; issue 17, round 30)."""
    if sum(stem in stems for stems in unit.arabic) < 2:
        return ""
    claimed = set(unit.spellings.values())
    form = skeleton(stem)
    places = place_named(stem, unit.language)
    for other in unit.words:
        if other in claimed or other.spelling == word.spelling or \
                min(known.used[other.spelling], known.used[word.spelling]) != 1:
            continue
        if form in other.forms and near(other.spelling, word.spelling) and \
                (not sounds_alike(other.spelling, word.spelling) or doubled(other.spelling, word.spelling)):
            return f"{stem} is spelt “{word.text}” and “{other.text}” in this unit"
        name = next((name for name in places if _place_keyed(other.text, name, unit.language)), None)
        if name is not None:
            return f"the name {stem} ({name}) is written “{other.text}” here"
    return ""


def _place_keyed(word: str, name: str, language: str) -> bool:
    """Is the word the place's name with a slip of the keys inside its stem: two neighbours swapped, or a key's
    neighbour typed (Kotajske for Kitajska, Slovenian's China in another case)? Not a letter left out or added, nor
    another vowel: an adjective (Sueca for Suecia), a people (Tongan) or another place (Guiana beside Guyana)."""
    return bool(misspelt_place(name, word, language)) and (
        typing_slip(word, name) or neighbour_key(name_stem(word, language), name_stem(name, language)))


def _off_place_name(unit: NameUnit, known: NameLanguage, stems: tuple[str, ...], word: NameWord) -> str:
    """A country or city whose one-word Arabic name CLDR knows, spelt a letter or two off the language's name of
    it (Bulgria for بلغاريا) where no other unit spells it so. The source must write CLDR's own Arabic name, not a
    long vowel off it as ``_place_misspelt`` allows for a name no word spells: Acura spells اكورا, no Accra."""
    if known.used[word.spelling] > 1:
        return ""
    for stem in stems:
        if _english_name(stem, word.text, unit.language):
            return ""  # Afghanistan in Indonesian (Afganistan): the name in English, no slip
        for name, _ in place_pairs(stem, unit.language, unit.language):
            if misspelt_place(name, word.text, unit.language) == word.text and (
                    typing_slip(word.text, name) or not sounds_alike(name, word.text)
                    or unknown_place_slip(word.text, name, unit.language)):
                return f"the name {stem} ({name}) is written “{word.text}” here"
    return ""


def _vowel_dropped(stem: str, word: NameWord, usual: str, texts: Counter | None) -> bool:
    """Is a name's spelling the usual one, as the other units write it (``texts``: Сами; Томе, of Том), with a vowel
    left out where the Arabic writes a long vowel (Tm for توم where 143 other units write Tom; Сми for سامي)?
    ``near`` leaves names of three letters or fewer alone and ``_short_slip`` compares three letters with three; the
    Arabic's vowel decides here, for a name ESTABLISHED units spell. Issue 17, round 28."""
    folded = word.text.casefold()
    return word.spelling[:1].casefold() == usual[:1].casefold() and any(
        distance(folded, text.casefold()) == 1 and _vowel_lost(stem, word.text, text) for text in texts or ())


def _short_slip(spelling: str, usual: str) -> bool:
    """A letter off a short name of three letters (Тоам for Том, Самм for Сам), the same first letter: for a
    spelling ESTABLISHED units use, where ``near`` leaves short names alone (Tom and Tim meet by chance)."""
    first, second = spelling.casefold(), usual.casefold()
    return min(len(first), len(second)) == 3 and first[:1] == second[:1] and distance(first, second) == 1


def _missing(unit: NameUnit, known: NameLanguage, stem: str, others: list[NameUnit], index: int,
             parallel: list[NameUnit]) -> str:
    """No spelling of a name in the translation: a word made from it, a near one, or none (dropped)."""
    usual, count = _usual(known, stem, unit)
    if any(other.spellings[stem].spelling.casefold() in calendar_words(other.language) for other in others):
        return ""  # November, Monday: names in English, words in Russian
    form = skeleton(stem)
    claimed = set(unit.spellings.values())
    unclaimed = [word for word in unit.words if word not in claimed and known.used[word.spelling] == 1]
    # the usual spelling of two other units, or of one where another language's translation spells it too
    close = [word for word in unclaimed if (count >= 2 or (count == 1 and others)) and near(word.spelling, usual)
             and not _made_from(word.text, usual)]
    if close:
        return (f"the name {stem} is written “{_shown(known, usual)}” in {count} other unit{'s' if count > 1 else ''}: "
                f"“{close[0].text}” here")
    message = _place_misspelt(unit, (stem,), unclaimed)
    if message:
        return message
    references = ([usual] if usual else []) + [other.spellings[stem].spelling for other in others] + \
        place_spellings(stem, unit.language) + place_spellings(stem, "en")  # China beside Indonesian's Tiongkok
    shape = form if len(form) > 1 else ""  # one consonant (هوبي: B) starts too many words to say
    if any(derived_form(unit.translation, shape, reference) for reference in references) or \
            (shape and derived_form(unit.translation, skeleton(without_nisba(stem)), "")) or \
            any(adjective_of(unit.translation, reference, unit.language) for reference in references) or \
            _place_acronym_here(unit, stem):
        return ""
    folded = unit.translation.casefold()
    if any(len(reference) >= 4 and reference.casefold() in folded for reference in references):
        return ""  # inside a compound: Центральноафриканской, южноамериканских
    if others and len(form) >= MIN_SKELETON:
        message = _slipped(stem, others, unclaimed)
        if message:
            return message
    if any(one_off(form, other) for word in unit.words if word not in claimed for other in word.forms) or \
            own_spelling(unit.translation, form):
        return ""  # a spelling of its own (Шотландия for اسكتلندا, Scotland)
    once = sum(1 for stems in unit.arabic if stem in stems) == 1  # an acronym holds one mention of it
    if abbreviated(unit, [usual] + [other.spellings[stem].text for other in others], others, once):
        return ""
    theirs = [other for other in parallel if other.language != unit.language and stem in other.spellings]
    # a name of one consonant (هوبي) only where another language's translation of the sentence spells it too
    if count >= 2 and _known_name(stem, known) and not _nowhere_else(unit, parallel, stem) and (
            theirs or shape or _well_known(stem, known)) and (
            _beside_spelt(unit, index) or (not stands_in(unit.translation) and count >= 3)) and \
            not _slot(unit, index)[1]:
        # a capitalised word where the name stands, beside its other half, that spells nothing beside it is the name
        # translated (Гийом Фарель for ويليام فاريل, William Farel: XQuAD's Russian), as for a foreign name
        return f"the name {stem} (“{_shown(known, usual)}” in {count} other units) is not in the translation"
    if count >= 2 and _known_name(stem, known) and theirs and not others:
        return _dropped(unit, stem, theirs[0], f"“{_shown(known, usual)}” in {count} other units, ")
    if len(form) < SINGLE_SKELETON and not known.table.get(stem):
        return ""  # a name this language spells nowhere: four consonants or more (Scot, Jong, Erlij meet by chance)
    for other in others:
        if not stand_in_here(unit, other) and not translated_name(unit, other):
            return (f"the name {stem} is not in the translation (the {other.language} translation has "
                    f"“{other.spellings[stem].text}”)")
        return ""
    return ""


def _made_from(word: str, name: str) -> bool:
    """Is the word made from the name by an ending of two letters or more, an adjective or a case (Ирландской, of
    Ирландия: XQuAD's Russian, for the Republic of Ireland), rather than a slip of it?

    >>> _made_from("Ирландской", "Ирланди"), _made_from("Ирлнадии", "Ирланди"), _made_from("Ирландиии", "Ирланди")
    (True, False, False)
    """
    start = name.casefold()[:-1]
    return len(start) >= 4 and word.casefold().startswith(start) and len(word) >= len(name) + 2 and \
        not word.casefold().startswith(name.casefold())


def _foreign_missing(unit: NameUnit, known: NameLanguage, index: int) -> str:
    """A word the Arabic dictionary does not know (a foreign name: غيتس, Gates), written in no form in the
    translation, nor with the word before it (غازي عنتاب: Gaziantep), where the language's other units that have
    the word spell it as a name (or there are none)."""
    # only beside a word the translation spells, the name's other half (باميلا فرجسون: Pamela, and no Ferguson),
    # or where it is a city's name (نوتنغهام): alone, such a word is as often a name translated or spelt its own
    # way; the cheapest tests first
    stems = [stem for stem in unit.arabic[index] if len(stem) >= 3]
    beside = _beside_spelt(unit, index)
    city = None if beside or not stems else _city(stems[0])
    if not stems or not (beside or city):
        return ""
    stem = stems[0]
    if not _name_shaped(stem) or len(skeleton(stem)) < MIN_SKELETON or \
            known.occurrences[stem] > 1 + _spelt(stem, known) or not (
                unknown_arabic(written := _source_word(unit, index)) or (city and only_a_name(written, stem))):
        return ""
    forms = {skeleton(form) for each in stems for form in (each, without_nisba(each), _without_plural(each))}
    claimed = set(unit.spellings.values())
    spelt = {word.spelling for word in claimed}
    if any(len(other) >= MIN_SKELETON and other in form for form in forms for word in unit.words
           if word.spelling not in spelt for other in word.forms):
        return ""  # a name typed together with the next word (كافانوعاطفيا: Kavanaugh emotionally); not a word that
        # spells another of the source, there or elsewhere in the unit (Africa, افريقيا, is no part of روستنبرج)
    if index > 0:
        forms |= {skeleton(before + stem) for before in unit.arabic[index - 1]}
    places, slot = _slot(unit, index)
    slip = next((word for word in slot if _slot_slip(word, forms, unit.language)), None)
    if slip is not None:
        return f"the name {stem} is written “{slip.text}” here (one consonant for another no transliteration makes)"
    if slot or not (places or city):
        return ""  # a capitalised word there may be this one, spelt another way (Άρνολντ Σβαρτζενέγκερ for أرنولد
        # شوارزنيجر, J. Stalin) or translated (Ames Kamuoyu Yoklaması), unless it spells a word beside the name
        # or beside its other half (Professor Ferguson for البروفيسور باميلا فرجسون; Maria Antonietta for ماري
        # أنطوانيت … ماري تيريز); not one on the other side of the name's other half (Jai Shankar for جاي شانكار
        # شودري: Choudhary dropped)
    joined = unit.translation.replace("-", "")  # KwaZulu-Natal for كوازولوناتال
    if any(len(form) >= 2 and derived_form(text, form, "") for form in forms for text in (unit.translation, joined)) \
            or own_spelling(unit.translation, skeleton(stem)) or _place_acronym_here(unit, stem) or any(
            one_off(form, other) for form in forms for word in unit.words if word not in claimed
            for other in word.forms):
        return ""
    if city is not None:
        if any(place_there(stem, spelling, unit.translation, unit.source, "") for spelling in city.spellings):
            return ""  # another of the city's names (Tokio, Ottava)
        known_as = "Arabic's dictionary knows it only as a name" if not unknown_arabic(written) else \
            "no word of Arabic's dictionary"
        return f"the name {stem} is not in the translation (a place's name: GeoNames' {city.name}; {known_as})"
    return f"the name {stem} is not in the translation (a foreign name: no word of Arabic's dictionary)"


# consonant classes a transliteration writes for one another: ج as j, g or the s of -sion (Television, تيليفيجن); تش
# and ث as t, ch or s (Culture, كلتشر); n before b as m (Istambul)
_TRANSLITERATED = (frozenset("KS"), frozenset("ST"), frozenset("MN"))


def _slot(unit: NameUnit, index: int) -> tuple[set[int], list[NameWord]]:
    """Where the source's word at ``index`` would stand in the translation: after its first name's spelling, before
    its surname's, where nothing but a space parts the two in the source (not جزيرة ليفينغستون، وديسبشن: two
    islands); and the capitalised words there that spell no word beside it (``_spelt_beside``)."""
    places = {unit.spellings[other].position + (1 if at < index else -1) for at in (index - 1, index + 1)
              if 0 <= at < len(unit.arabic) and _one_name(unit.source, min(at, index))
              for other in unit.arabic[at] if other in unit.spellings}
    return places, [word for word in unit.words if word.position in places and word not in _spelt_beside(unit, index)]


def _slot_slip(word: NameWord, forms: set[str], language: str) -> bool:
    """Is the word where a name mentioned once would stand (between its first name's spelling and its surname's) the
    name with one consonant typed for another: every reading of it (``NameWord.forms``) one consonant class off
    the Arabic's (``Cushind`` for كوشينغ, Cushing: FLORES-200 Romanian's own typo), none a letter more or less
    (Schumacher's ch read as k: شوماخر), no class a transliteration writes for another (``_TRANSLITERATED``), and
    no word the language's dictionary or English's knows (Culture, Television; and so XQuAD Russian's own «Донг-Бич»
    for لونغ بيتش, Long Beach, passes: донг is a currency). Issue 17, round 27."""
    readings = [other for other in word.forms if len(other) >= MIN_SKELETON]
    if not readings or any(len(other) != len(form) and distance(form, other) <= 1 for form in forms
                           for other in readings):
        return False
    if not all(any(_class_for_class(form, other) for form in forms) for other in readings):
        return False
    return not knows(word.text, language) and not knows(word.text, "en")


def _class_for_class(form: str, other: str) -> bool:
    """Are two skeletons of one length one consonant class apart, a pair no transliteration writes for each other?

    >>> _class_for_class("KSNK", "KSNT"), _class_for_class("KLSR", "KLTR"), _class_for_class("KSNK", "KSNK")
    (True, False, False)
    """
    if len(form) != len(other) or len(form) < MIN_SKELETON:
        return False
    pairs = [frozenset((first, second)) for first, second in zip(form, other, strict=True) if first != second]
    return len(pairs) == 1 and pairs[0] not in _TRANSLITERATED


def _spelt_beside(unit: NameUnit, index: int) -> set[NameWord]:
    """The translation's spellings of the source's words beside the word at ``index`` and beside each place the
    source has a spelt word next to it (ماري before أنطوانيت and before تيريز: Antonietta spells a word beside
    Maria)."""
    halves = {stem for at in (index - 1, index + 1) if 0 <= at < len(unit.arabic) for stem in unit.arabic[at]
              if stem in unit.spellings}
    near = {index - 1, index + 1} | {at + step for at, stems in enumerate(unit.arabic) if not halves.isdisjoint(stems)
                                     for step in (-1, 1)}
    return {unit.spellings[stem] for at in near if 0 <= at < len(unit.arabic) for stem in unit.arabic[at]
            if stem in unit.spellings}


def _one_name(source: str, index: int) -> bool:
    """Is nothing but a space between the source's Arabic words ``index`` and ``index + 1`` (a name's two halves: شانكار
    شودري; not ليفينغستون، وديسبشن)?"""
    words = list(ARABIC_WORD.finditer(source))
    return index + 1 < len(words) and not source[words[index].end():words[index + 1].start()].strip()


def _source_word(unit: NameUnit, index: int) -> str:
    """The unit's Arabic word at ``index`` as the source writes it, its hamzas kept and its vowel marks not."""
    return MARKS.sub("", ARABIC_WORD.findall(unit.source)[index])


def _slip_of(stem: str, word: NameWord, name: str, forms: frozenset[str], unit: NameUnit) -> bool:
    """Does the Arabic word spell the dictionary's name (its consonants, ``forms``) and not the word of the
    translation, and is it a foreign name, a place, or a word Arabic's dictionary reads as a name only (بوينس,
    انطوانيت: Byenos, Anroaneta; round 28) (``_misspelt_in_dictionary``)?"""
    form = skeleton(stem)
    if len(form) < MIN_SKELETON or form not in forms or (form in word.forms and not (
            _vowel_lost(stem, word.text, name) or _vowel_changed(stem, word.text, name))):
        return False
    if form not in word.forms and any(spelt is word for spelt in unit.spellings.values()):
        return False  # a word that spells another word of the source is its name (Gillan for جيلان, not Gilman
        # for كولمان)
    places = place_named(stem, unit.language)
    if word.text in places or word.spelling in places:
        return False  # Kroasia: CLDR's Indonesian for كرواتيا, where the dictionary has Kroatia
    return bool(places) or _city_named(stem, name) or unknown_arabic(stem) or only_a_name(stem, stem)


def _city_named(stem: str, name: str) -> bool:
    """Is the dictionary's name one of the names GeoNames gives the city the Arabic word names (برشلونة: Barcelona,
    which Arabic's dictionary knows as a word too; Bacelony, FLORES-200's Slovak seeds)?"""
    city = _city(stem)
    return city is not None and name in city.spellings


def _vowel_lost(stem: str, word: str, name: str) -> bool:
    """Does the word lack a vowel between two consonants where the Arabic writes one (ي, و, ا) and the name has one
    (Gngrich, Gingrich: جينجريتش)?"""
    arabic, spelt, usual = shape(stem), shape(word), shape(name)
    return arabic[0] == spelt[0] == usual[0] and any(
        mine and theirs and not written for mine, theirs, written in zip(arabic[1], usual[1], spelt[1], strict=True))


def _vowel_changed(stem: str, word: str, name: str) -> bool:
    """Has the word, after one of its consonants, vowels that do not write the long vowel the Arabic has there, where
    the name's do (Claudua, Claudia: كلوديا, whose ي is an i, e or y; Gollard, Gillard: جيلارد)? A long vowel is
    written by any vowel of its kind in the gap (Hussain and Hussein both write حسين's ي). In Latin letters only: a
    name in Cyrillic may follow the name's spelling rather than its sound (Куртіс for كيرتس, Curtis); and the last
    gap only where the two end alike (Арізони, of Arizona, is a case)."""
    if _NOT_LATIN.search(word):
        return False
    arabic, spelt, usual = vowel_gaps(stem), vowel_gaps(word), vowel_gaps(name)
    if not arabic[0] == spelt[0] == usual[0]:
        return False
    compared = len(arabic[0]) if word[-1:].casefold() == name[-1:].casefold() else len(arabic[0]) - 1
    nasal = [consonant == "N" for consonant in arabic[0][1:]] + [False]  # the gap before an n
    return any(letters and _writes(letters, theirs, before_n) and not _writes(letters, mine, before_n)
               for letters, theirs, mine, before_n in zip(arabic[1][:compared], usual[1][:compared],
                                                          spelt[1][:compared], nasal[:compared], strict=True))


_NOT_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
# the vowels (romanised) that write each of Arabic's long vowels in a foreign name
_LONG_VOWELS = {"ا": "aeo", "و": "ou", "ي": "iey"}


def _writes(letters: str, vowels: str, nasal: bool = False) -> bool:
    """Do the vowels of a gap write each of the Arabic's long vowels there? Before an n, ا writes French's nasal
    vowels too (اوغيستان: Augustin; مارتان: Martin).

    >>> _writes("يا", "ia"), _writes("يا", "ua"), _writes("وي", "ue"), _writes("وي", "ye"), _writes("ا", "i", True)
    (True, False, True, False, True)
    """
    return all(any(vowel in _LONG_VOWELS[letter] or (nasal and letter == "ا") for vowel in vowels)
               for letter in letters)


def _inner_slip(word: str, name: str) -> bool:
    """Do the two differ only inside, neither in the first letter nor in the last (Gngrich for Gingrich; not Theodor,
    Theodora, Bulgars, Bulgar)?"""
    first, second = word.casefold(), name.casefold()
    return first[-1] == second[-1] and first[:-1] != second[:-1] and first[:-1] != second and first != second[:-1]


@lru_cache(maxsize=65536)  # asked for every word of a unit with a city's name; كان is in many
def _city(stem: str) -> City | None:
    """The most populous city GeoNames names with the Arabic word, where one of its names spells the word's
    consonants (نوتنغهام: Nottingham; not كان, was, for Cannes: the dictionary knows كان, and is asked later)."""
    form = skeleton(stem)
    return next((city for city in cities_named(stem) if any(
        form in skeletons(spelling.replace(" ", "").replace("-", "")) for spelling in city.spellings)), None)


_PLURALS = ("ات", "يين", "ين", "ون", "ان")
_LONGEST_NAME = 12  # letters: a longer word the dictionary does not know is words typed without spaces
_ARTICLE = re.compile("^(?:[وفبك]?ال|لل)")


def _name_shaped(stem: str) -> bool:
    """Can an unknown word be a foreign name: no article (الغالونات, gallons; a noun the dictionary lacks), no
    article inside (الخيالالعنيفة: two words run together), no doubled alef (اانتخابات: a slip), not too long?"""
    return len(stem) <= _LONGEST_NAME and not _ARTICLE.match(stem) and "ال" not in stem[2:] and "اا" not in stem


def _without_plural(stem: str) -> str:
    """An Arabic plural or dual without its ending (الغالونات: gallons), as a skeleton compares it."""
    return next((stem[:-len(ending)] for ending in _PLURALS if stem.endswith(ending) and len(stem) - len(ending) >= 3),
                stem)


def _well_known(stem: str, known: NameLanguage) -> bool:
    """A name of one consonant (ليلى, Layla) the language spells in WELL_KNOWN units or more, and in two of three
    units that have the word: no chance meeting."""
    spelt = _spelt(stem, known)
    return spelt >= WELL_KNOWN and 3 * spelt >= 2 * known.occurrences[stem]


def _slipped(stem: str, others: list[NameUnit], unclaimed: list[NameWord]) -> str:
    """A word of the translation one consonant off the name and a letter or two off another language's
    translation's spelling of it in the same script (Qinf for Qing, Latin in both). Across scripts the same
    distance is transliteration (Зорица, Zorica; Богуславского, Bogusławski): 0 of 15 such findings were true."""
    letters = letter_skeletons(stem)
    for word in unclaimed:
        theirs = letter_skeletons(word.text)
        if any(slip(mine, other) or one_off(mine, other) for mine in letters for other in theirs):
            for other in others:
                spelt = other.spellings[stem].text
                if spelt[:1].isascii() == word.text[:1].isascii() and near(word.text, spelt):
                    return (f"the name {stem} is written “{spelt}” in the {other.language} translation: "
                            f"“{word.text}” here")
    return ""


def _dropped(unit: NameUnit, stem: str, other: NameUnit, usual: str) -> str:
    """A name the language's other units spell and the other language's translation of the sentence spells too
    (Хубэй, Hubei for هوبي: a name of one or two consonants, which no other evidence says is one), unless the
    translation has more pronouns or role nouns than that one, or a name of its own that may be it."""
    if stand_in_here(unit, other) or translated_name(unit, other):
        return ""
    return (f"the name {stem} ({usual}the {other.language} translation has “{other.spellings[stem].text}”) is not "
            f"in the translation")


def _place_misspelt(unit: NameUnit, stems: tuple[str, ...], unclaimed: list[NameWord]) -> str:
    """A country or city CLDR names in the translation's language, written a letter or two off that name by a
    word no other unit has (Syris, Гаитм), and not in another spelling of it (Macau, Guiana); or a city of
    GeoNames whose name the translation has in no spelling, written a letter or two off one (Boaton, Ottwa), where
    the Arabic word is none of Arabic's dictionary."""
    for stem in stems:
        for name in place_named(stem, unit.language):
            slipped = next((word.text for word in unclaimed if misspelt_place(name, word.text, unit.language)
                            and (typing_slip(word.text, name)
                                 or not sounds_alike(cyrillic_stem(name), cyrillic_stem(word.text)))), "")
            if slipped:
                return f"the name {stem} ({name}) is written “{slipped}” here"
    return _city_misspelt(unit, stems, unclaimed)


def _city_misspelt(unit: NameUnit, stems: tuple[str, ...], unclaimed: list[NameWord]) -> str:
    """A city of GeoNames (``_city``) whose name the translation has in no spelling, written by a word no other unit
    has a letter or two off one of them (Boaton, Ottwa), where the Arabic word is none of Arabic's dictionary (كان is
    "was" far more often than Cannes). A Russian or Ukrainian case form counts as its name (Рустенбурзі, in
    Rustenburg, is Рустенбург's: ``stem_forms``), and so does a spelling that differs from one of GeoNames' only in
    its vowels (Рустенбург beside Рюстенбург)."""
    city = next((city for city in map(_city, stems) if city is not None), None) if unclaimed else None
    if city is None or not unknown_arabic(stems[0]):  # the dictionary last: the dearest test
        return ""
    # not a code (PTB) nor a short name (Fals): words start with those
    spellings = {unaccented(cyrillic_stem(spelling).casefold()) for spelling in city.spellings
                 if len(spelling) >= 4 and not spelling.isupper()}
    written = [unaccented(form.casefold()) for word in WORD.findall(unit.translation) for form in stem_forms(word)]
    if any(word.startswith(spelling) for word in written for spelling in spellings):
        return ""  # the city is there, in one of its names or a form of it (Ottawa'nın, Petersburger)
    for word in unclaimed:
        forms = stem_forms(word.text)
        names = [spelling for spelling in city.spellings if misspelt_place(spelling, word.text, unit.language) and (
            typing_slip(word.text, spelling) or not any(sounds_alike(cyrillic_stem(spelling), form) for form in forms))]
        if names:  # shown as the city's own name where it is near (Maastricht for Maastrich, not Maastrikht), else as
            # the nearest (Ottawa for Ottwa, not Otawa)
            name = city.name if distance(city.name, word.text) <= 2 else min(
                names, key=lambda spelling: (distance(spelling, word.text), spelling))
            return f"the name {stems[0]} ({name}) is written “{word.text}” here"
    return ""


def _place_missing(unit: NameUnit, stems: tuple[str, ...], parallel: list[NameUnit], used: Counter) -> str:
    """A country or city of the source that another language's translation names (Италии for ايطاليا) and
    this one does not in any form, or misspells (kztr.checks.places)."""
    for stem in stems:
        for other in parallel:
            if other.language == unit.language:
                continue
            for name in named_there(stem, unit.language, other.language, other.translation):
                slipped = misspelt_place(name, unit.translation, unit.language)
                if slipped and used[name_stem(slipped, unit.language)] == 1:  # no other unit has it (Columbia, French)
                    return f"the name {stem} ({name}) is written “{slipped}” here"
                if place_there(stem, name, unit.translation, unit.source, other.translation):
                    return ""
                # a place's stand-ins are role nouns (the country, город), not pronouns
                if roles(unit.translation) <= roles(other.translation) and not translated_name(unit, other):
                    return (f"the name {stem} ({name}) is not in the translation (the {other.language} translation "
                            f"has it)")
                return ""
    return ""


def _place_dropped(unit: NameUnit, known: NameLanguage, stems: tuple[str, ...], parallel: list[NameUnit],
                   index: int) -> str:
    """A country or city whose Arabic name is CLDR's (``_place_names``) that the translation has in no form (Das
    ist ein Brief aus. for هذا خطاب من كندا; nor in English), where no other language's translation of the sentence
    says how it is rendered (``_place_missing`` decides there), the language's other units with the Arabic word
    have the place (at least one, and at least half of them: مالي, financial, is no Mali, النوم is sleep, not Nome,
    كوبا a cup as often as Cuba) or, where no other unit has the word, Arabic's dictionary reads it as the name
    only (``only_a_name``: الهند, مدريد), and the translation has no role noun (the country, город) that may stand
    for it."""
    if any(other.language != unit.language for other in parallel):
        return ""
    for stem in stems:
        names = _place_names(stem, unit.language)
        if not names:
            continue
        slipped = _place_slipped(unit, known, stem)
        if slipped:
            return slipped
        others = known.occurrences[stem] - 1
        unrendered = _unrendered(known, stem) - 1
        # a word no other unit has is a place where the dictionary reads it as the name only (hunspell is asked only
        # where the translation lacks the place)
        if (unrendered >= others and not (others == 0 and only_a_name(_source_word(unit, index), stem))) or \
                2 * unrendered > others or roles(unit.translation) or \
                _place_acronym_here(unit, stem) or any(
                place_there(stem, name, unit.translation, unit.source, "") for name in _with_english(stem, names)):
            return ""
        return f"the name {stem} ({names[0]}) is not in the translation"
    return ""


def _place_slipped(unit: NameUnit, known: NameLanguage, stem: str) -> str:
    """A word no other unit has, the language's name of the stem's place mistyped (a letter dropped, added, changed,
    or two swapped) into a word the language's spelling dictionary does not know while it knows the name, or ''. For
    a name whose letters are not the Arabic's (Germanai for ألمانيا, Germania; Indai for الهند, India), and beside
    the name spelt right where the source says it twice (Jepag, then Jepang, for اليابان twice). Without the
    language's dictionary, nothing: it "knows" every word."""
    for name in _place_names(stem, unit.language):
        word = misspelt_place(name, unit.translation, unit.language)
        if word and all(known.used[other.spelling] == 1 for other in unit.words if other.text == word) and \
                unknown_place_slip(word, name, unit.language):
            return f"the name {stem} ({name}) is written “{word}” here"
    return ""


# A place's Arabic name inside a compound that names no place: جوز الهند (a coconut: Indian nut), خنزير غينيا (a
# guinea pig). Found on Tatoeba ara-tur and FLORES-200's Ukrainian (issue 17, rounds 12 and 13).
_COMPOUNDS = (("جوز", "الهند"), ("جوزة", "الهند"), ("جوزه", "الهند"), ("خنزير", "غينيا"), ("خنازير", "غينيا"))
_COMPOUND_STARTS = ("جوز", "خنزير", "خنازير")


def _in_compound(stem: str, source: str) -> bool:
    """Is the place's word of ``stem`` only the second word of a compound (``_COMPOUNDS``) in the source?

    >>> _in_compound("الهند", "سكر جوز الهند الجاوي"), _in_compound("الهند", "جوز الهند من الهند")
    (True, False)
    """
    if not any(first in source for first in _COMPOUND_STARTS):
        return False  # the cheap test first: most sources have none
    words = [strip_marks(word) for word in ARABIC_WORD.findall(source)]
    places = [index for index, word in enumerate(words) if stem in arabic_stems(word)]
    return bool(places) and all(index > 0 and (words[index - 1], words[index]) in _COMPOUNDS for index in places)


def _place_acronym_here(unit: NameUnit, stem: str) -> bool:
    """Has the translation the initials of a place of several words that the stem's word is part of (RPA for جنوب
    أفريقيا, Republika Południowej Afryki; FLORES-200's Polish)?"""
    return any(re.search(rf"(?<!\w){acronym}(?!\w)", unit.translation)
               for acronym in place_acronyms(stem, unit.language))


_TEAM = "منتخب"


def _team_of(unit: NameUnit, index: int, stem: str) -> bool:
    """Is the place a national team's (منتخب جنوب أفريقيا), which a translation may call by its own name: the
    Springboks (FLORES-200, in every language; issue 17, round 14)? Only a place: الرئيس المنتخب ترامب is
    president-elect Trump."""
    return any(_TEAM in unit.arabic[before] for before in range(max(0, index - 2), index)) and bool(
        place_named(stem, unit.language) or place_named(stem, "en"))


def _place_names(stem: str, language: str) -> list[str]:
    """The language's names of the place whose Arabic name (CLDR's, with or without ال) is the stem: the word
    itself, not one a letter off it as ``place_named`` allows (بينما "while" is no بنما, Panama)."""
    return [name for name, _ in place_pairs(stem, language, language)]


def _with_english(stem: str, names: list[str]) -> list[str]:
    """A place's names in the translation's language and in English: a name left in English is there (по сообщению
    газеты South China Morning Post, for جنوب الصين; TICO-19)."""
    return [*names, *(name for _, name in place_pairs(stem, "en", "en") if name not in names)]


def _unrendered(known: NameLanguage, stem: str) -> int:
    """In how many of the language's units whose source has a place's Arabic word the translation has the place in
    no form, not even misspelt (counted once a stem, on the first unit that asks)."""
    if stem not in known.unrendered:
        names = _place_names(stem, known.units[0].language)
        known.unrendered[stem] = sum(1 for other in known.having[stem] if not any(
            place_there(stem, name, other.translation, other.source, "")
            or misspelt_place(name, other.translation, other.language) for name in _with_english(stem, names)))
    return known.unrendered[stem]


def _nowhere_else(unit: NameUnit, parallel: list[NameUnit], stem: str) -> bool:
    """Do the other languages translate the sentence without the name too? Then the source has a name its
    translations say another way (Brighton for "four green shirts"; the president for Trump)."""
    others = [other for other in parallel if other.language != unit.language]
    form = skeleton(stem)
    return bool(others) and not any(stem in other.spellings or (len(form) >= MIN_SKELETON and derived_form(
        other.translation, form, "")) for other in others)


def _partners(unit: NameUnit, stem: str) -> frozenset[str]:
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
