"""How two spellings of one name compare: a slip of the pen, a spelling of its own, a word made from it.

The ``names`` check (``kztr.checks.names``) pairs an Arabic name with its
spellings through consonant skeletons (``kztr.text.transliteration``); these
functions judge the pairs. Nothing here knows about catalogs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from kztr.text.transliteration import arabic_stems, cyrillic_stem, skeleton, skeletons, unaccented

MIN_SKELETON = 3  # consonants: shorter skeletons (قال, Cole) meet by chance
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")


def place_spellings(stem: str, language: str) -> list[str]:
    """The language's names (CLDR) of the countries and cities whose Arabic name has the stem's skeleton
    (دنمارك: Дания)."""
    return [name for _, name in _place_table(language).get(skeleton(stem), [])]


@lru_cache(maxsize=65536)
def place_named(stem: str, language: str) -> tuple[str, ...]:
    """The language's names (CLDR) of the place whose Arabic name is the stem or a letter off it (مونتيفيديو,
    CLDR's مونتفيديو: Montevideo); not an adjective's stem (بلجيكية, Belgian) nor a longer name's (جورج is no
    جورجيا).

    Cached: the names check asks for every word of every source.

    >>> place_named("مونتيفيديو", "en"), place_named("جورج", "en"), place_named("بلجيكية", "en")
    (('Montevideo',), (), ())
    """
    places = _whole_names(language).get(skeleton(stem))
    if not places or without_nisba(stem) != stem:
        return ()
    return tuple(name for arabic, name in places if _vowel_apart(arabic, stem))


@cache
def _whole_names(language: str) -> dict[str, list[tuple[str, str]]]:
    """The language's one-word place names by the skeleton of their Arabic name, whole or without ال."""
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for stem, pairs in _pair_table(language, language).items():
        for name, _ in pairs:
            table[skeleton(stem)].append((stem, name))
    return dict(table)


def _vowel_apart(first: str, second: str) -> bool:
    """The same Arabic word, or one with a long vowel's letter more (مونتفيديو, مونتيفيديو; not ليما, ليام)."""
    short, long = sorted((first, second), key=len)
    return short == long or (len(long) == len(short) + 1 and any(
        long[at] in "اوىي" and long[:at] + long[at + 1:] == short for at in range(len(long))))


def _names(language: str) -> dict[str, str]:
    """CLDR's place names of a language by code (``kztr.locales.place_names``); none for a language Babel lacks."""
    from kztr.errors import LocaleError
    from kztr.locales import place_names

    try:
        return place_names(language)
    except LocaleError:
        return {}


@cache
def _place_table(language: str) -> dict[str, list[tuple[str, str]]]:
    mine = _names(language)
    if not mine:
        return {}
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, arabic in _names("ar").items():
        if key in mine:
            for stem in arabic_stems(arabic.split()[-1]):
                table[skeleton(stem)].append((stem, mine[key]))
    return dict(table)


def place_acronyms(stem: str, language: str) -> frozenset[str]:
    """The initials of the language's names (CLDR) of the places of several words whose Arabic name has the stem's
    word: how a translation may write the place (جنوب أفريقيا: RPA for Republika Południowej Afryki, Polish;
    الإمارات العربية المتحدة: ZEA).

    >>> sorted(place_acronyms("افريقيا", "pl")), sorted(place_acronyms("امارات", "pl"))
    (['RPA', 'RŚ'], ['ZEA'])
    """
    return _acronym_table(language).get(stem, frozenset())


@cache
def _acronym_table(language: str) -> dict[str, frozenset[str]]:
    mine = _names(language)
    table: dict[str, set[str]] = defaultdict(set)
    for key, arabic in _names("ar").items() if mine else ():
        words = _WORD.findall(mine.get(key, ""))
        if len(words) < 2 or len(arabic.split()) < 2:
            continue
        initials = "".join(word[0] for word in words).upper()
        for word in arabic.split():
            for stem in arabic_stems(word):
                table[stem].add(initials)
    return {stem: frozenset(initials) for stem, initials in table.items()}


def place_pairs(stem: str, language: str, other: str) -> list[tuple[str, str]]:
    """The one-word names (CLDR) in ``language`` and in ``other`` of the place whose one-word Arabic name
    has the stem (ايطاليا: Italy and Италия; not the adjective الالمانية, German, Немецкая).

    >>> place_pairs("ايطاليا", "en", "ru"), place_pairs("المانية", "en", "ru")
    ([('Italy', 'Италия')], [])
    """
    found = _pair_table(language, other).get(stem)
    if found is None and len(stem) >= _ALEF_VARIANT:
        found = _alef_table(language, other).get(_without_inner_alef(stem))
    return found or []


# A place's Arabic name is written with or without an alef inside it (الدنمارك, CLDR's الدانمرك: Denmark): a word of
# this many letters or more is looked up without them too (FLORES-200's Slovak, issue 17, round 20)
_ALEF_VARIANT = 6


def _without_inner_alef(word: str) -> str:
    """
    >>> _without_inner_alef("الدنمارك") == _without_inner_alef("الدانمرك") == "الدنمرك"
    True
    """
    return word[:1] + word[1:-1].replace("ا", "") + word[-1:]


@cache
def _alef_table(language: str, other: str) -> dict[str, list[tuple[str, str]]]:
    """``_pair_table`` by its stems without their inner alefs, where that names one place only."""
    table: dict[str, list[list[tuple[str, str]]]] = defaultdict(list)
    for stem, pairs in _pair_table(language, other).items():
        if len(stem) >= _ALEF_VARIANT:
            table[_without_inner_alef(stem)].append(pairs)
    return {key: found[0] for key, found in table.items() if len(found) == 1}


@cache
def _pair_table(language: str, other: str) -> dict[str, list[tuple[str, str]]]:
    mine, theirs = _names(language), _names(other)
    if not mine or not theirs:
        return {}
    table: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, arabic in _names("ar").items():
        names = (arabic, mine.get(key, " "), theirs.get(key, " "))
        if all(name and " " not in name and "-" not in name for name in names):
            whole = arabic_stems(arabic)[0]  # بنما, not نما (grew); الصين and صين
            for stem in {whole, whole[2:] if whole.startswith("ال") else whole}:
                table[stem].append((mine[key], theirs[key]))
    return dict(table)


@cache
def place_words(language: str) -> frozenset[str]:
    """The language's one-word place names (CLDR), as ``cyrillic_stem`` leaves them, casefolded."""
    return frozenset(cyrillic_stem(name).casefold() for name in _names(language).values() if " " not in name)


def starts_like(word: str, name: str, inside: bool = False) -> bool:
    """Does ``word`` start as ``name`` does (its first three letters: Italian, Италии, итальянской, Литовской
    for Italy, Италия, Литва: a word made from the name), or hold them anywhere when ``inside``
    (южносуданских for Судан)? Accents aside: CLDR's Türkiye is Turkey's name.

    >>> starts_like("Turkey's", "Türkiye"), starts_like("Izmir", "İzmir"), starts_like("Рижского", "Рига")
    (True, True, True)
    """
    folded, start = _plain(word), _plain(name)[:3]
    starts = (start, start[:2] + _ALTERNATES[start[2]]) if start[2:] in _ALTERNATES else (start,)
    return any(start in folded if inside else folded.startswith(start) for start in starts)


# Russian adjectives made from a name change its last consonant: Рига, Рижского; Прага, пражский
_ALTERNATES = {"г": "ж", "к": "ч", "х": "ш", "ц": "ч", "д": "ж"}


def sounds_alike(first: str, second: str) -> bool:
    """Two spellings that differ only in their vowels' letters, doubled letters, accents and letters one Arabic
    letter writes: the same name in another spelling (Macau and Macao, Guiana and Guyana, Jubba and Juba,
    Cancún and Cancun) or another place the Arabic spells alike (Abia, Apia), not a slip.

    >>> sounds_alike("Macau", "Macao"), sounds_alike("НьюЙорк", "Нью-Йорк"), sounds_alike("Bulgria", "Bulgaria")
    (True, True, False)
    >>> sounds_alike("Κέιμπριτζ", "Κέμπριτζ"), sounds_alike("Кембрідж", "Кембридж")
    (True, True)
    """
    return _sound(first) == _sound(second)


def _sound(text: str) -> str:
    # letters one Arabic letter writes are one: Apia and Abia are both ابيا
    plain = re.sub(r"\W", "", _plain(text)).translate(_ONE_ARABIC_LETTER)
    return re.sub(r"[aeiouyаеёиоуыэюяйіїєαεηιουω]+", "V", re.sub(r"(.)\1+", r"\1", plain))


_ONE_ARABIC_LETTER = str.maketrans("pvcqgпвг", "bfkkjбфж")


def _plain(text: str) -> str:
    """Casefolded without accents (Türkiye: turkiye); ё and й keep theirs."""
    return unaccented(text.casefold().replace("’", "'"))


_NISBA = ("يين", "يون", "يات", "ية", "ي")


def without_nisba(stem: str) -> str:
    """The stem without an adjective's ending (اوروبيين: اوروب), or as it is."""
    for ending in _NISBA:
        if stem.endswith(ending) and len(stem) - len(ending) >= 3:
            return stem[: -len(ending)]
    return stem


def slip(form: str, other: str) -> bool:
    """Is ``other`` the Arabic's skeleton with one inner consonant left out, or two neighbours swapped?
    (A transliteration adds consonants, it does not lose the ones the Arabic writes: Trupm, Nottigham.)"""
    if len(other) == len(form) - 1:
        return any(form[:at] + form[at + 1:] == other for at in range(1, len(form) - 1))
    if len(other) == len(form):
        return any(form[:at] + form[at + 1] + form[at] + form[at + 2:] == other for at in range(len(form) - 1))
    return False


_DOUBLED = frozenset(letter * 2 for letter in "aeiouyаеёиоуыэюя")
def derived_form(translation: str, form: str, usual: str) -> bool:
    """Is the name there in another form: a word starting with its skeleton (лондонских, Парижские),
    sharing the start of its usual spelling (Олимпийских for Олимпиад, British), or cut from it (Sept.)? An
    empty ``form`` compares the usual spelling only."""
    start = _folded(cyrillic_stem(usual)).removesuffix("й")[:5]  # Хубэй, в Хубэе
    short = len(form) <= 2  # two consonants start too many words: Tom (TM) is not in temps or tant
    for word in _WORD.findall(translation):
        folded = _folded(word)
        if usual and (folded.startswith(start) or (len(folded) >= 3 and _folded(usual).startswith(folded)
                                                   and word[0].isupper())):
            return True
        if form and (not short or (folded.startswith(start[:3]) if usual else word[0].isupper())) and any(
                other.startswith(form) or (len(form) >= 4 and form in other) for other in skeletons(word)):
            return True  # Великобритании for بريطانيا
    return False


def _folded(word: str) -> str:
    """A word compared without case, ё as е (Хёк, Хек)."""
    return word.casefold().replace("ё", "е")


def own_spelling(translation: str, form: str) -> bool:
    """Is there a word whose skeleton starts one consonant off the name's: a spelling of its own, or made
    an adjective (Шотландия, шотландской for اسكتلندا)? A word in lower case with fewer consonants than the name
    is one only where they start the name's (bulváru for بوليفارد): osnovao (SNB, founded) is no spelling of
    Siminoff (SMNB; FLORES-200's Croatian, issue 17, round 20).

    >>> own_spelling("Шотландия", "SKTLNT"), own_spelling("шотландской", "SKTLNT"), own_spelling("bulváru", "BLBRT")
    (True, True, True)
    >>> own_spelling("je osnovao tvrtku", "SMNB"), own_spelling("Simonov", "SMNB")
    (False, True)
    """
    return len(form) >= 4 and any(distance(form, other[:len(form)]) <= 1 or
                                  distance(form, other[:len(form) - 1]) <= 1
                                  for word in _WORD.findall(translation) for other in skeletons(word)
                                  if not word[:1].islower() or len(other) >= len(form) or form.startswith(other))


def near(first: str, second: str) -> bool:
    """Two spellings of one name: one or two letters apart (not counting case), same first letter, neither
    the other with an ending (American, Macedonian, Democrats; but Инстаграмм, Фениксоом are slips)."""
    first, second = first.casefold(), second.casefold()
    if first == second or first[:1] != second[:1] or min(len(first), len(second)) < 4:
        return False
    short, long = sorted((first, second), key=len)
    if long.startswith(short) and long[len(short)] != short[-1] and long[len(short):len(short) + 2] not in _DOUBLED:
        return False
    if first.rstrip("s") == second.rstrip("s"):
        return False  # a plural or a possessive
    if len(first) == len(second) and first[:-1] == second[:-1] and {first[-1], second[-1]} in _ALTERNATIONS:
        return False  # a case form: Ірак, в Іраці; Америка, в Америці (stems Америк, Америц)
    return distance(first, second) <= (1 if min(len(first), len(second)) < 6 else 2)


# A Slavic stem's last consonant before an ending (Ukrainian's locative: Ірак, Іраці; Прага, Празі; Russian and
# Ukrainian adjectives: Рига, рижский): one name, never a slip
_ALTERNATIONS = ({"к", "ц"}, {"г", "з"}, {"х", "с"}, {"к", "ч"}, {"г", "ж"}, {"х", "ш"})
# each changed consonant with the one the name has (з: г), from the pairs above
_BEFORE_ALTERNATION = {changed: base for pair in _ALTERNATIONS for base in pair & {"к", "г", "х"}
                       for changed in pair - {base}}


def stem_forms(word: str) -> tuple[str, ...]:
    """A word as ``cyrillic_stem`` leaves it, and, where its stem ends in a consonant a Slavic ending changes (в
    Рустенбурзі, in Rustenburg; в Іраці), with the consonant the name has.

    >>> stem_forms("Рустенбурзі"), stem_forms("Boston")
    (('Рустенбурз', 'Рустенбург'), ('Boston',))
    """
    stem = cyrillic_stem(word)
    base = _BEFORE_ALTERNATION.get(stem[-1:])
    return (stem, stem[:-1] + base) if base and len(stem) > 3 else (stem,)


def one_off(first: str, second: str) -> bool:
    """Skeletons one consonant apart (a letter dropped, added, changed, or two swapped)."""
    return first != second and min(len(first), len(second)) >= MIN_SKELETON and distance(first, second) == 1


def distance(first: str, second: str) -> int:
    """Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), via rapidfuzz."""
    from rapidfuzz.distance import OSA

    return OSA.distance(first, second)
