"""Names across scripts: the consonants of a word, in classes coarse enough that an Arabic
transliteration and the Latin or Cyrillic spelling of the same name agree.

News is full of names, and a name is written in the translation as the
source spells it out: وارين is Warren, بريستول Bristol, Уоррен Warren.
Vowels (and و ي ا, which Arabic uses for them), h and doubled letters are
dropped; close sounds share a class (p b, v f, s z sh, j g, c k q).  Only
skeletons of three consonants or more are anchors: shorter ones collide.
"""

from __future__ import annotations

import re

from kztr.text.transliteration import GREEK_LETTER, romanised

_ARABIC = str.maketrans({
    "ب": "b", "پ": "b", "ت": "t", "ط": "t", "ث": "t", "ج": "g", "ح": "", "خ": "k", "د": "d", "ض": "d",
    "ذ": "z", "ر": "r", "ز": "s", "س": "s", "ص": "s", "ش": "s", "ع": "", "غ": "g", "ف": "f", "ڤ": "f",
    "ق": "k", "ك": "k", "گ": "g", "ل": "l", "م": "m", "ن": "n", "ه": "", "ة": "", "و": "", "ي": "", "ى": "",
    "ا": "", "أ": "", "إ": "", "آ": "", "ء": "", "ئ": "", "ؤ": "", "ٱ": "",
})
_CYRILLIC = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",  # Ukrainian's own letters
})
_LATIN_DIGRAPHS = (("sch", "s"), ("tch", "s"), ("ch", "s"), ("sh", "s"), ("zh", "g"), ("th", "t"), ("ph", "f"),
                   ("gh", "g"), ("kh", "k"), ("ck", "k"), ("qu", "k"), ("ts", "s"), ("x", "ks"))
_LATIN = str.maketrans({"p": "b", "v": "f", "z": "s", "j": "g", "q": "k", "c": "k", "w": "", "y": "", "h": "",
                        "a": "", "e": "", "i": "", "o": "", "u": ""})
_SOFT_C = re.compile(r"c(?=[eiy])")
_REPEATS = re.compile(r"(.)\1+")
_ARABIC_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك")
MIN_CONSONANTS = 3


def latin_skeleton(word: str) -> str:
    """The consonant classes of a Latin-script (or transliterated Cyrillic) word.

    >>> latin_skeleton("Warren"), latin_skeleton("Bristol"), latin_skeleton("Charles")
    ('rn', 'brstl', 'srls')
    """
    word = _SOFT_C.sub("s", word.lower())
    for digraph, value in _LATIN_DIGRAPHS:
        word = word.replace(digraph, value)
    word = "".join(char for char in word.translate(_LATIN) if char.isalpha())
    return _REPEATS.sub(r"\1", word)


def target_skeleton(word: str) -> str:
    """A translation's word: Cyrillic and Greek transliterated first.

    >>> target_skeleton("Бристоля"), target_skeleton("Токаев"), target_skeleton("Στόουν")
    ('brstl', 'tkf', 'stn')
    """
    if GREEK_LETTER.search(word):
        return latin_skeleton(romanised(word))
    return latin_skeleton(word.lower().translate(_CYRILLIC))


def arabic_skeletons(word: str) -> tuple[str, ...]:
    """The consonant classes of an Arabic word, with and without each prefix it may carry.

    >>> arabic_skeletons("وبريستول")
    ('brstl',)
    >>> arabic_skeletons("توكاييف")
    ('tkf',)
    """
    variants = []
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            variants.append(word[len(prefix):])
    variants.append(word)
    skeletons = (_REPEATS.sub(r"\1", variant.translate(_ARABIC)) for variant in variants)
    return tuple(dict.fromkeys(skeleton for skeleton in skeletons if skeleton.isascii() and skeleton))
