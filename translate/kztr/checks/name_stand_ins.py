"""What may stand for a name in a translation, for the ``names`` check: an acronym, a pronoun or role noun,
a name translated rather than transliterated, a headline in title case."""

from __future__ import annotations

import re
from functools import lru_cache

from kztr.checks.name_units import WORD, NameUnit
from kztr.locales import calendar_words
from kztr.text.transliteration import cyrillic_stem, romanised, skeleton, skeletons

_ACRONYM = re.compile(r"(?<!\w)[A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,4}(?!\w)")


def abbreviated(unit: NameUnit, spellings: list[str], others: list[NameUnit], once: bool = True) -> bool:
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



def stand_in_here(unit: NameUnit, other: NameUnit) -> bool:
    """Has the translation more personal pronouns and role nouns (he, the president, он) than the other
    language's, which spells the name: one of them may stand for it? (Possessives are left out: English
    writes his where Russian writes nothing.)"""
    return _stand_ins(unit.translation) > _stand_ins(other.translation)


def _stand_ins(translation: str) -> int:
    """Pronouns and role nouns, but not «человек» counted (5 миллионов человек: people, not the man)."""
    return sum(1 for match in WORD.finditer(translation)
               if (word := match.group().lower()) in _PERSONAL or (word in _ROLES and not (
                   word == "человек" and _COUNTED.search(translation, 0, match.start()))))


_COUNTED = re.compile(r"(?:\d|\b(?:тысяч|миллион|сот|нескольк|много|сколько)\w*)\s+$", re.IGNORECASE)


def roles(translation: str) -> int:
    return sum(1 for word in WORD.findall(translation) if word.lower() in _ROLES)


_PERSONAL = frozenset("he she him they them он она они ему ей им него неё нее ним ней них".split())


def translated_name(unit: NameUnit, other: NameUnit) -> bool:
    """Has the translation as many names that spell nothing of the other language's translation as that
    one has for it? Then one of them may be the name, translated or spelt otherwise rather than
    transliterated (Содружество for كومنولث where the English has Commonwealth; «Северный поток» for Nord
    Stream: a name of several words counts once)."""
    if _title_case(unit.translation) or _title_case(other.translation):
        return True  # a headline In Title Case: its capitals say nothing
    return _unexplained(unit, other) >= _unexplained(other, unit)


def _title_case(translation: str) -> bool:
    """Are most of the longer words capitalised (The Commonwealth of Independent States Summit)?"""
    words = [word for word in WORD.findall(translation) if len(word) >= 4]
    return len(words) >= 3 and 2 * sum(1 for word in words if word[0].isupper()) > len(words)


def _unexplained(unit: NameUnit, other: NameUnit) -> int:
    """The names of a translation (capitalised words inside its sentences, no acronym, month or word
    it also writes in lower case) that share no skeleton with a word of the other translation, a run
    of neighbours counted once."""
    theirs = other_forms(other.translation)
    starts = {_start(word) for word in WORD.findall(other.translation) if len(word) >= 5}
    connectors = [position for position, word in enumerate(WORD.findall(unit.translation))
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
    return frozenset(form for word in WORD.findall(translation)
                     for form in skeletons(word) | skeletons(cyrillic_stem(word)) if len(form) >= 2)


def stands_in(translation: str) -> bool:
    """Does the translation have a pronoun or a role noun that may stand for a name (he, the president)?"""
    return any(word.lower() in _PRONOUNS or word.lower() in _ROLES for word in WORD.findall(translation))


_PRONOUNS = frozenset("he she him her his hers they them their it its он она оно они его ему им него нему нем ней "
                      "нее неё её ее ей их ими них ним".split())
# words a translation says instead of a name it has just given (the president, молодой человек)
_ROLES = frozenset("president minister chancellor senator governor player coach captain star singer actor "
                   "actress host presenter company club team side country city capital premier "
                   "президент президента президентом министр министра канцлер сенатор губернатор игрок игрока "
                   "тренер капитан звезда певец актер актриса ведущий ведущая компания клуб команда страна город "
                   "столица премьер "
                   "человек".split())


