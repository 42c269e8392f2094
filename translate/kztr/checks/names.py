"""The ``names`` check: names the Arabic writes in Arabic letters, spelt one way in the translations.

No model can tell a name in Arabic text from a word; the project's own
translations can. Across every catalog of a language, an Arabic word and a
capitalised word of its unit's translation whose consonant skeletons are the
same (``kztr.text.transliteration``: ترامب, Trump and Трамп are all TRMB) are a
name and its spelling. A name is what at least two other units agree on, in
at least half of the units whose source has the word (مدينة "city" meets
"Medinah" twice in a golf report, and is no name); for each unit with such a
name in its source:

* the translation spells it otherwise, a letter or two off the usual
  spelling (Shmidt where the other units write Schmidt for شميت);
* the translation has no spelling of it, but a word a letter or two off the
  usual spelling that no other translation uses (Tump for ترامب, Pavoldar);
* the translation has neither, nor a word made from it (лондонских,
  British), while the name next to it in the source is there (Patrick for
  باتريك دواير), or while the translation has no pronoun or role noun that
  could stand for it (he, the president, его, игрок…): the name was dropped;
* another language's translation of the same sentence spells a name of
  four consonants or more (Ноттингем for نوتنغهام), this language spells it
  as a name elsewhere too or has it nowhere else (so a month, a name in
  English and a word in Russian, does not count), and this translation has
  no form of it and nothing that could stand for it (no pronoun, no role
  noun, no capitalised word its source does not explain, as Содружестве for
  كومنولث): the name was dropped.

Every finding is a warning: precision first (tuned on NTREX-128's tuning half).
Russian case endings (Трампа, Трампом) and English possessives count as the
same spelling.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kztr.checks import WARNING, Finding, checked_texts, make_finding
from kztr.text.arabic import strip_marks
from kztr.text.transliteration import arabic_stems, cyrillic_stem, skeleton, skeletons

if TYPE_CHECKING:
    from kztr.glossary import Glossary

MIN_SKELETON = 3  # consonants: shorter skeletons (قال, Cole) meet by chance
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u0670\u067e\u0686\u06a4\u06af]+")
_CAPITALISED = re.compile(r"[^\W\d_][^\W\d_'’]*")
_WORD = _CAPITALISED


@dataclass
class _Unit:
    entry: object
    document: str
    language: str
    path: str
    source: str
    translation: str
    stems: dict[str, str] = field(default_factory=dict)        # Arabic stem -> its skeleton
    spellings: dict[str, str] = field(default_factory=dict)    # stem -> the translation's spelling of it
    tokens: dict[str, set[str]] = field(default_factory=dict)  # capitalised word -> its skeletons
    covered: frozenset[str] = frozenset()  # Arabic stems inside a glossary term: the glossary check's


def _read(unit: _Unit) -> None:
    for match in _CAPITALISED.finditer(unit.translation):
        word = match.group()
        if word[0].isupper():
            forms = skeletons(word) | skeletons(cyrillic_stem(word))
            unit.tokens[word] = {form for form in forms if len(form) >= MIN_SKELETON}
    by_skeleton: dict[str, str] = {}
    for word, forms in unit.tokens.items():
        for form in sorted(forms):
            by_skeleton.setdefault(form, word)
    for match in _ARABIC_WORD.finditer(unit.source):
        for stem in reversed(arabic_stems(match.group())):
            form = skeleton(stem)
            if len(form) >= MIN_SKELETON and form in by_skeleton:
                unit.stems[stem] = form
                unit.spellings[stem] = _spelling(by_skeleton[form])
                break


def _glossary_stems(glossary: Glossary | None, source: str) -> frozenset[str]:
    """The stems of the source's words that lie inside a term of the glossary."""
    if glossary is None:
        return frozenset()
    plain = strip_marks(source)
    spans = [match.span() for term in glossary.terms_in(source, nested=True) for match in term.pattern.finditer(plain)]
    return frozenset(stem for match in _ARABIC_WORD.finditer(plain)
                     if any(start <= match.start() < end for start, end in spans)
                     for stem in arabic_stems(match.group()))


def _spelling(word: str) -> str:
    """A spelling as compared: without a Russian case ending or an English possessive."""
    return cyrillic_stem(word)


def check_names(catalogs, glossaries: Mapping[str, Glossary | None] | None = None) -> tuple[Finding, ...]:
    """Findings across ``catalogs``: (document, language, catalog path, Catalog), of one language or several.

    Each language's names are learnt from its own catalogs; a name another
    language's translation of the same source sentence spells is evidence
    that the sentence has it (Ноттингем in the Russian, nothing in the English).
    A name inside a term of the language's glossary (``glossaries``: {language:
    Glossary}) is the glossary check's: a mismatch is one finding, not two.
    """
    by_language: dict[str, list[_Unit]] = defaultdict(list)
    for document, language, path, catalog in catalogs:
        glossary = (glossaries or {}).get(language)
        for entry in catalog.entries:
            for source, translation in checked_texts(entry):
                unit = _Unit(entry, document, language, path, source, translation,
                             covered=_glossary_stems(glossary, source))
                _read(unit)
                by_language[language].append(unit)
    elsewhere: dict[str, dict[str, tuple[str, str]]] = defaultdict(dict)  # msgid -> stem -> (language, spelling)
    for language, units in sorted(by_language.items()):
        words = {word for unit in units for word in _WORD.findall(unit.translation) if word.islower()}
        for unit in units:
            for stem, spelling in unit.spellings.items():
                if spelling.lower() not in words:  # "Southern", "Silicon": words, capitalised in a name
                    elsewhere[unit.source].setdefault(stem, (language, spelling))
    findings = []
    for language, units in by_language.items():
        findings += _language_findings(units, elsewhere)
    return tuple(findings)


def _language_findings(units: list[_Unit], elsewhere) -> list[Finding]:
    table: dict[str, Counter] = defaultdict(Counter)
    used: Counter = Counter()  # capitalised words: in how many translations
    occurrences: Counter = Counter()  # Arabic stems: in how many sources
    for unit in units:
        for stem, spelling in unit.spellings.items():
            table[stem][spelling] += 1
        used.update({_spelling(word) for word in unit.tokens})
        occurrences.update({stem for match in _ARABIC_WORD.finditer(unit.source)
                            for stem in arabic_stems(match.group())})
    names = {stem: spellings for stem, spellings in table.items()
             if sum(spellings.values()) >= 2 and 2 * sum(spellings.values()) >= occurrences[stem]}
    findings = []
    for unit in units:
        # another language's spelling counts where this language spells the word as a name elsewhere
        # too, or has it nowhere else (a month or "Commonwealth" is a name in English, a word in Russian)
        others = {stem: found for stem, found in elsewhere.get(unit.source, {}).items()
                  if found[0] != unit.language and stem not in unit.spellings and stem not in unit.covered
                  and (stem in names or occurrences[stem] <= 1)}
        messages = _unit_findings(unit, names, used)
        messages += [message for message in _named_elsewhere(unit, others)
                     if not any(message.split()[2] in earlier for earlier in messages)]  # one finding a name
        for message in messages:
            findings.append(make_finding(unit.entry, "names", WARNING, message, unit.document, unit.language,
                                         unit.path, unit.translation))
    return findings


def _named_elsewhere(unit: _Unit, others: dict[str, tuple[str, str]]) -> list[str]:
    """Names another language's translation of this sentence spells, missing here (no form, no stand-in)."""
    found = []
    for stem, (language, spelling) in sorted(others.items()):
        form = skeleton(stem)
        if len(form) < 4 or _derived_form(unit.translation, form, spelling) or _stands_in(unit.translation):
            continue
        if any(_one_off(form, other) for forms in unit.tokens.values() for other in forms):
            continue  # a near spelling is there: the spelling rules speak for it
        if _translated_name(unit):
            continue  # Содружестве for كومنولث: a capitalised word no Arabic word explains may be the name
        found.append(f"the name {stem} is not in the translation (the {language} translation has “{spelling}”)")
    return found


def _translated_name(unit: _Unit) -> bool:
    """Has the translation a capitalised word, not opening a sentence, that spells no Arabic word of its
    source? A name translated rather than transliterated (Содружество, the Commonwealth) looks so."""
    spelt = set(unit.spellings.values())
    for match in _CAPITALISED.finditer(unit.translation):
        word = match.group()
        before = unit.translation[:match.start()].rstrip()
        if word[0].isupper() and before and before[-1] not in ".!?…:«“\"'—–-(" and _spelling(word) not in spelt:
            return True
    return False


def _stands_in(translation: str) -> bool:
    """Does the translation have a pronoun or a role noun that may stand for a name (he, the president)?"""
    return any(word.lower() in _PRONOUNS or word.lower() in _ROLES for word in _WORD.findall(translation))


_PRONOUNS = frozenset("he she him her his hers they them their it its он она оно они его ему им него нему нем ней "
                      "нее неё её ее ей их ими них ним".split())
# words a translation says instead of a name it has just given (the president, молодой человек)
_ROLES = frozenset("president minister chancellor senator governor player coach captain star singer actor "
                   "actress company club team side country city capital premier "
                   "президент президента президентом министр министра канцлер сенатор губернатор игрок игрока "
                   "тренер капитан звезда певец актер актриса компания клуб команда страна город столица премьер "
                   "человек".split())


def _unit_findings(unit: _Unit, table: dict[str, Counter], used: Counter) -> list[str]:
    found = []
    words = list(_ARABIC_WORD.finditer(unit.source))
    for index, match in enumerate(words):
        stem = next((stem for stem in reversed(arabic_stems(match.group())) if stem in table), None)
        if stem is None or stem in unit.covered:
            continue
        seen = table[stem].copy()
        mine = unit.spellings.get(stem)
        if mine is not None:
            seen[mine] -= 1
        seen = +seen
        if not seen:
            continue
        usual, count = seen.most_common(1)[0]
        if count < 2 or mine == usual:
            continue
        if mine is not None:
            if not seen[mine] and _near(mine, usual) and not mine.startswith(usual):
                found.append(f"{stem} is spelt “{mine}” here and “{usual}” in {count} other units")
            continue
        near = [word for word in unit.tokens if used[_spelling(word)] == 1 and _near(_spelling(word), usual)
                and not word.startswith(usual)]
        if near:
            found.append(f"the name {stem} is written “{usual}” in {count} other units: “{near[0]}” here")
        elif not _derived_form(unit.translation, skeleton(stem), usual):
            neighbours = [words[other].group() for other in (index - 1, index + 1) if 0 <= other < len(words)]
            partner = next((word for word in neighbours for other in arabic_stems(word)
                            if other in unit.spellings), None)
            if partner is not None or (not _stands_in(unit.translation) and count >= 3):
                found.append(f"the name {stem} (“{usual}” in {count} other units) is not in the translation")
    return list(dict.fromkeys(found))


def _derived_form(translation: str, form: str, usual: str) -> bool:
    """Is the name there in another form: a word starting with its skeleton (лондонских, Парижские),
    sharing the start of its usual spelling (Олимпийских for Олимпиад, British), or cut from it (Sept.)?"""
    start = usual[:5].casefold()
    for word in _WORD.findall(translation):
        folded = word.casefold()
        if folded.startswith(start) or (len(folded) >= 3 and usual.casefold().startswith(folded) and word[0].isupper()):
            return True
        if any(other.startswith(form) for other in skeletons(word)):
            return True
    return False


def _near(first: str, second: str) -> bool:
    """Two spellings of one name: one or two letters apart (not counting case), same first letter."""
    first, second = first.casefold(), second.casefold()
    if first == second or first[:1] != second[:1] or min(len(first), len(second)) < 4:
        return False
    if first.rstrip("s") == second.rstrip("s"):
        return False  # a plural or a possessive
    return _distance(first, second) <= (1 if min(len(first), len(second)) < 6 else 2)


def _one_off(first: str, second: str) -> bool:
    """Skeletons one consonant apart (a letter dropped, added, changed, or two swapped)."""
    return first != second and min(len(first), len(second)) >= MIN_SKELETON and _distance(first, second) == 1


def _distance(first: str, second: str) -> int:
    """Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), via rapidfuzz."""
    from rapidfuzz.distance import OSA

    return OSA.distance(first, second)
