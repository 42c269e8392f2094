"""Countries and cities for the ``names`` check: the source's place (CLDR knows its Arabic name) in a translation.

CLDR names each country and many cities in Arabic, English, Russian and every
other language Babel knows, so a place needs no evidence from the project's
catalogs: where another language's translation of the sentence names it
(Италии for ايطاليا), this one should too, in some form (Italy, Italian,
Литовской for Литва, MINUSMA for the mission in Mali), and not misspelt.
One-word names only: a word of a longer name (الجنوبية of كوريا الجنوبية) says
nothing alone. In a catalog of one language, the catalog's other units with
the word say whether it is the place (``names._place_dropped``).
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from kztr.text.dictionaries import knows, unwritten
from kztr.text.spellings import derived_form, near, own_spelling, place_pairs, place_words, starts_like
from kztr.text.transliteration import cyrillic_stem, name_stem, skeleton, unaccented

_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")
_ADJECTIVE = re.compile(r"[сц]к(?:ий|ая|ое|ие|ого|ой|ому|ым|ом|их|ими|ую|ых)$", re.IGNORECASE)  # Дакские: Дакка's
_VOWELS = frozenset("aeiouyáéíóúäöüàèìòùâêîôûæøåаеёиоуыэюяіїєαεηιουωάέήίόύώ")
_ACRONYM = re.compile(r"(?<!\w)[A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,7}(?!\w)")


def named_there(stem: str, language: str, other_language: str, other_translation: str) -> list[str]:
    """The language's names of the source word's place, where the other translation names it (capitalised)."""
    pairs = place_pairs(stem, language, other_language)
    if not pairs:
        return []  # most words: no place (checked first, the translation's words only for a place)
    words = [word for word in _WORD.findall(other_translation) if word[0].isupper()]
    return [mine for mine, theirs in pairs if any(starts_like(word, theirs) for word in words)]


def misspelt_place(name: str, translation: str, language: str) -> str:
    """A capitalised word a letter or two off the place's name and no other place (Iraq for Iran), or ''. A
    word starting with the name's first four letters is a form made from it (Египта, Moroccan), unless it is
    a Latin word no longer than the name (Syris: a slip; English endings lengthen a name) or the name with a
    letter doubled or two swapped (Japann, Eurpoa), or a Russian adjective (Дакские принципы: Dhaka's, a
    consonant of Дакка dropped).

    >>> [misspelt_place(name, text, language) for name, text, language in (("Hungary", "in Humgary", "en"),
    ...     ("Morocco", "the Moroccan side", "en"), ("Египет", "из Египта", "ru"), ("Iran", "Iraq", "en"),
    ...     ("Syria", "making Syris a failed State", "en"), ("Syria", "Syria's and Syrian", "en"))]
    ['Humgary', '', '', '', 'Syris', '']
    >>> misspelt_place("Japan", "in Japann", "de"), misspelt_place("London", "nach Londoon", "de")
    ('Japann', 'Londoon')
    >>> misspelt_place("Egipat", "u Egiptu", "hr"), misspelt_place("Egipat", "u Egiptu", "en")  # a case; a slip
    ('', 'Egiptu')
    """
    spelling, places, start = cyrillic_stem(name), place_words(language), name.casefold()[:4]
    return next((word for word in _WORD.findall(translation) if word[0].isupper()
                 and (((not word.casefold().startswith(start) or (word.isascii() and len(word) <= len(name))
                        or typing_slip(word, name))
                       and not _ADJECTIVE.search(word)
                       and (near(cyrillic_stem(word), spelling) or _cut_vowel(word, name)))
                      or _unknown_slip(word, name, language))
                 and cyrillic_stem(word).casefold() not in places
                 and name_stem(word, language) != name_stem(name, language)), "")  # a case of it: u Egiptu, Egipat


def _unknown_slip(word: str, name: str, language: str) -> bool:
    """Is the word one slip of the keys from the place's name (a letter dropped, added, changed, or two swapped),
    and a word the language's spelling dictionary does not know while it knows the name (Японич for Япония; not
    Египта, a form it knows)? False without a dictionary, which "knows" every word."""
    return OSA.distance(word, name) == 1 and not knows(word, language) and knows(name, language)


def unknown_place_slip(word: str, name: str, language: str) -> bool:
    """Is the word the place's name (of four letters or more) mistyped into a word the language's spelling dictionary
    does not know (``_unknown_slip``: Germanai, Indai, Jepag), and neither the name with its accents left off
    (Rumania, Taiwan), nor a word English's dictionary knows (the name left in English: Africa, Tokyo, Tongan), nor
    another ending (Italo for Italy; Газан, Ghazan, for Газа), nor a consonant doubled as the Arabic's shadda doubles
    it (Jubba for Juba)?

    >>> [unknown_place_slip(word, name, "ro") for word, name in (("Germanai", "Germania"), ("Germanie", "Germania"))]
    [True, False]
    """
    folded, plain = word.casefold(), name.casefold()
    if len(plain) < 4 or unaccented(folded) == unaccented(plain) or folded[:1] != plain[:1]:
        return False
    if len(folded) == len(plain) and (folded[:-1] == plain[:-1] or _same_sound(folded, plain)):
        return False  # its last letter another (an ending), or a vowel for one of its sound (Τόκυο, Τόκιο)
    if len(folded) == len(plain) + 1 and folded[:-1] == plain and folded[-1] != plain[-1]:
        return False  # a letter added at its end: an ending
    if len(folded) != len(plain) and (folded[:-1] == plain or plain[:-1] == folded or (
            len(folded) > len(plain) and doubled(folded, plain))) \
            and not typing_slip(word, name):
        return False  # its last letter doubled or dropped, or one doubled, but as the shadda or an ending does
    return _unknown_slip(word, name, language) and not english_word(word, language)


def english_word(word: str, language: str) -> bool:
    """Is a word of a translation not into English one English's dictionary knows: a name or title left in English
    (Africa, Tokyo; Great Deeds), no slip of the language's own name?"""
    return not language.startswith("en") and knows(word, "en")


# vowels written for one another in a name's spellings: one sound (Greek's i and o; Tokio, Tokyo)
_SAME_SOUND = ("ιηυ", "οω", "iy")


def _same_sound(folded: str, plain: str) -> bool:
    """Do two spellings of one length differ in one letter only, a vowel for another of its sound (``_SAME_SOUND``)?

    >>> _same_sound("τόκυο", "τόκιο"), _same_sound("kenia", "kenya"), _same_sound("indai", "india")
    (True, True, False)
    """
    first, second = unaccented(folded), unaccented(plain)
    changed = [(one, other) for one, other in zip(first, second, strict=True) if one != other]
    return len(changed) == 1 and any(changed[0][0] in group and changed[0][1] in group for group in _SAME_SOUND)


def doubled(first: str, second: str) -> bool:
    """Is one spelling the other with one letter doubled (Inddia, India)?

    >>> doubled("Inddia", "India"), doubled("India", "Inddia"), doubled("Khaled", "Khalid")
    (True, True, False)
    """
    short, long = sorted((first.casefold(), second.casefold()), key=len)
    return bool(_doubled_at(long, short))


def _doubled_at(folded: str, plain: str) -> list[int]:
    """Where ``folded`` is ``plain`` with a letter doubled: the first of the two letters' places (both folded).

    >>> _doubled_at("inddia", "india"), _doubled_at("india", "india"), _doubled_at("ellis", "elis")
    ([2], [], [1])
    """
    if len(folded) != len(plain) + 1:
        return []
    return [at for at in range(len(folded) - 1)
            if folded[at] == folded[at + 1] and folded[:at] + folded[at + 1:] == plain]


def doubled_unwritten(word: str, name: str, language: str) -> bool:
    """Is ``word`` the name with a consonant doubled where no word of a spelling dictionary doubles it between the
    same neighbours, while the name's own letters there are ones it writes (Frrank, Elllis, Τζζον, Касабланкка:
    ``unwritten``)? The Arabic cannot tell a doubled consonant (its shadda is seldom written), and between vowels
    another transliteration doubles one as often (Hassan, Hasan; Mitchell, Mitchel); a language that never writes the
    pair so can. The dictionaries are the language's and English's (a name in Latin letters is often spelt as
    English spells it); one that writes neither the name's letters there says nothing (Bennet in a Greek
    translation: the Greek dictionary has no Latin letters). Not a vowel: a doubled vowel may write the Arabic's
    long one (Авраам for ابراهيم, FLORES-200's Bulgarian, whose dictionary has Аврам only)."""
    folded, plain = word.casefold(), name.casefold()
    marked, unmarked = f"^{folded}$", f"^{plain}$"  # folded[at] is marked[at + 1]
    languages = (language,) if language.startswith("en") else (language, "en")
    return any(folded[at] not in _VOWELS
               and (unwritten(marked[at:at + 3], dictionary) or unwritten(marked[at + 1:at + 4], dictionary))
               and not unwritten(unmarked[at:at + 3], dictionary)
               for at in _doubled_at(folded, plain) for dictionary in languages)


def typing_slip(word: str, name: str) -> bool:
    """Is ``word`` the name with a vowel doubled, its last letter doubled, or two neighbours swapped before its last
    letter (Londoon, Japann, Eruopa)? A slip of the keys, no form of the name nor another transliteration of it:
    those differ in vowels (Katar) or double a consonant inside, as the Arabic's shadda does (Jubba for جوبا, Juba),
    and an ending may change its last letters (Египте, in Egypt).

    >>> [typing_slip(word, "Japan") for word in ("Japann", "Jaapan", "Jaapn", "Japans", "Japon", "Japan")]
    [True, True, True, False, False, False]
    >>> typing_slip("Jubba", "Juba"), typing_slip("Египте", "Египет")
    (False, False)

    A consonant doubled beside another consonant is a slip too: the shadda doubles one between vowels (Norddkorea,
    Flagsstaff; not Jubba).

    >>> typing_slip("Norddkoreas", "Nordkoreas"), typing_slip("Flagsstaff", "Flagstaff")
    (True, True)

    Or its last vowel left off, in Latin or Greek letters (Toky, Παρίσ): no case ending takes it, but a Cyrillic
    one may (``cyrillic_stem``), and Latin's -ia may be -i (w Gdyni).
    """
    folded, plain = word.casefold(), name.casefold()
    if _cut_vowel(word, name):
        return True
    if len(folded) == len(plain) + 1:
        return any(folded[at] in _VOWELS or at == len(folded) - 2 or _beside_consonant(folded, at)
                   for at in _doubled_at(folded, plain))
    return len(folded) == len(plain) and folded != plain and any(  # not the ending: Египте is Египет's
        folded[:at] + folded[at + 1] + folded[at] + folded[at + 2:] == plain for at in range(len(folded) - 2))


# The rows of the keyboards the translations are typed on: QWERTY (a Latin letter's neighbours in English, Spanish,
# Italian…; QWERTZ and AZERTY move a few letters only), ЙЦУКЕН for Russian and Ukrainian, Greek's
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "йцукенгшщзхї",
             "фівапролджє", "ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ")
_NEIGHBOURS = frozenset(frozenset(row[at:at + 2]) for row in _KEY_ROWS for at in range(len(row) - 1))


def neighbour_key(word: str, name: str) -> bool:
    """Is ``word`` the name with one letter, not its first, typed as the key beside it on the same row (Humgary,
    Wikliam, Faljlands)? Transliterations write one sound for another (Kenia, Kenya; Abia, Apia; Kroasia, Kroatia),
    seldom a key's neighbour for it.

    >>> neighbour_key("Humgary", "Hungary"), neighbour_key("Kenia", "Kenya"), neighbour_key("Hungary", "Hungary")
    (True, False, False)
    """
    first, second = unaccented(word.casefold()), unaccented(name.casefold())
    if len(first) != len(second) or first[:1] != second[:1]:
        return False
    changed = [frozenset(pair) for pair in zip(first, second, strict=True) if pair[0] != pair[1]]
    return len(changed) == 1 and changed[0] in _NEIGHBOURS


def vowel_doubled(word: str, name: str) -> bool:
    """Is ``word`` the name with one of its vowels doubled (Loong for Long, Jaapan)? The slip ``typing_slip`` counts
    that a name's other transliterations make too (Loong, Dragoon): with nothing else to go by, no slip.

    >>> vowel_doubled("Loong", "Long"), vowel_doubled("Japann", "Japan")
    (True, False)
    """
    folded = word.casefold()
    return any(folded[at] in _VOWELS for at in _doubled_at(folded, name.casefold()))


def _beside_consonant(folded: str, at: int) -> bool:
    """Is the doubled letter at ``at`` (and ``at + 1``) a consonant with a consonant before or after it?"""
    around = folded[at - 1:at] + folded[at + 2:at + 3]
    return folded[at] not in _VOWELS and any(char.isalpha() and char not in _VOWELS for char in around)


def _cut_vowel(word: str, name: str) -> bool:
    """Is ``word`` the name without its last letter, a vowel, in Latin or Greek letters, of four letters or more
    (Toky for Tokyo, Παρίσ for Παρίσι; not Gdyni for Gdynia, nor Рим's forms)?

    >>> _cut_vowel("Toky", "Tokyo"), _cut_vowel("Παρίσ", "Παρίσι"), _cut_vowel("Gdyni", "Gdynia")
    (True, True, False)
    >>> _cut_vowel("Rom", "Roma"), _cut_vowel("Москв", "Москва")
    (False, False)
    """
    folded, plain = unaccented(word.casefold()), unaccented(name.casefold())
    return len(folded) >= 4 and plain[:-1] == folded and plain[-1] in _CUT_VOWELS and plain[-2:-1] not in "ij" \
        and not _CYRILLIC.search(word)


_CUT_VOWELS = frozenset("aeiouyαεηιουω")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def place_there(stem: str, name: str, translation: str, source: str, other_translation: str) -> bool:
    """Is the place in the translation in some form: a word with its name's start anywhere (Italian,
    южносуданских), one made from the Arabic's consonants (Кыргызской for قيرغيزستان), or an acronym with its
    first letter that neither the source nor the other translation has (MINUSMA: Mali; not COVID)?

    >>> place_there("مالي", "Mali", "in support of MINUSMA from 3 December", "في مالي", "в Мали (МИНУСМА)")
    True
    """
    form = skeleton(stem)
    # inside a word (южносуданских) only a name of five letters or more: Ном (Nome) is inside історичному and сном
    inside = len(name) >= 5
    if any(starts_like(word, name, inside=inside) for word in _WORD.findall(translation)):
        return True
    if len(form) >= 4 and (derived_form(translation, form[:3], "") or own_spelling(translation, form)):
        return True
    first = name[:1].upper()
    return any(first in match.group() and match.group() not in source and match.group() not in other_translation
               for match in _ACRONYM.finditer(translation))
