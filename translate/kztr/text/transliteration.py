"""Names across scripts: the consonant skeleton an Arabic word and its Latin or Cyrillic spelling share.

Arabic writes a foreign name with its consonants and long vowels (شميت,
بافلودار, ترامب); English and Russian write it with their own letters
(Schmidt, Pavlodar, Trump; Шмидт, Павлодар, Трамп). ``skeleton`` maps each to
the consonant classes they have in common, so that the three spellings of a
name compare equal and most other words do not:

* vowels, and the letters Arabic uses as vowels or leaves out (ا و ي ع ء ه, h w y),
  are dropped; a doubled letter counts once;
* letters Arabic has no separate sign for fall together: p = b = v = f (ب ف),
  g = j = k (غ ج ك ق as g, q, k, c), ch = sh = s (تش, ش, س), th = t = d, z = s,
  x = ks; an English "ch" or "c" may also be a k (Christine, كريستين).

Cyrillic is first read in Latin letters (Шмидт is shmidt). A skeleton is a
short string of capitals: ``skeleton("شميت") == skeleton("Schmidt") == "SMT"``;
``skeletons`` gives every reading of a Latin or Cyrillic word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kztr.text.arabic import strip_marks

_ARABIC = {
    "ب": "B", "پ": "B", "ت": "T", "ط": "T", "ث": "T", "ج": "K", "چ": "S", "ح": "", "خ": "K", "د": "T",
    "ذ": "T", "ر": "R", "ز": "S", "س": "S", "ش": "S", "ص": "S", "ض": "T", "ظ": "S", "غ": "K", "ف": "B",
    "ڤ": "B", "ق": "K", "ك": "K", "گ": "K", "ل": "L", "م": "M", "ن": "N",
}
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "h", "ts", "ch", "sh", "sh", "", "y", "", "e", "yu", "ya"]))
# Latin, after lower-casing: digraphs first, then single letters
_DIGRAPHS = (("sch", "S"), ("tch", "S"), ("ch", "S"), ("sh", "S"), ("zh", "S"), ("th", "T"), ("ph", "B"),
             ("kh", "K"), ("gh", "K"), ("ck", "K"), ("qu", "K"), ("dj", "K"), ("dt", "T"))
_LATIN = {"b": "B", "p": "B", "t": "T", "d": "T", "s": "S", "z": "S", "c": "K", "k": "K", "q": "K", "g": "K",
          "j": "K", "f": "B", "v": "B", "w": "", "l": "L", "m": "M", "n": "N", "r": "R", "x": "KS"}
_SOFT_C = re.compile(r"c(?=[eiy])")
# a conjunction (و ف), a preposition (ب ل ك), the article (ال; ل + ال is لل)
_PREFIXES = tuple(sorted({conjunction + ("لل" if preposition == "ل" and article else preposition + article)
                          for conjunction in ("", "و", "ف") for preposition in ("", "ب", "ل", "ك")
                          for article in ("", "ال")} - {""}, key=len))
_CYRILLIC_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем", "ам", "ям",
                     "ах", "ях", "ов", "ев", "ую", "ая", "ые", "ие", "ых", "их", "ым", "им", "а", "я", "у", "ю",
                     "е", "ы", "и", "ь")
_APOSTROPHE_S = re.compile(r"['’]s?$")


@lru_cache(maxsize=131072)
def arabic_stems(word: str) -> tuple[str, ...]:
    """The word without diacritics, and without each attached prefix it may carry (longest last).

    >>> arabic_stems("وبترامب")
    ('وبترامب', 'بترامب', 'ترامب')
    """
    word = strip_marks(word)
    stems = [word]
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            stems.append(word[len(prefix):])
    return tuple(dict.fromkeys(stems))


@lru_cache(maxsize=131072)
def skeleton(word: str) -> str:
    """The consonant classes of a word in Arabic, Latin or Cyrillic letters.

    >>> [skeleton(word) for word in ("شميت", "Schmidt", "Шмидт", "بافلودار", "Pavlodar", "Павлодар")]
    ['SMT', 'SMT', 'SMT', 'BLTR', 'BLTR', 'BLTR']
    >>> skeleton("ترامب") == skeleton("Trump") == skeleton("Трамп")
    True
    """
    if any("\u0600" <= char <= "\u06ff" for char in word):
        letters = [_ARABIC.get(char, "") for char in strip_marks(word).replace("تش", "ش")]
    else:
        text = _APOSTROPHE_S.sub("", word.lower())
        text = _SOFT_C.sub("s", text).replace("дж", "j")
        text = "".join(_CYRILLIC.get(char, char) for char in text)
        for digraph, sound in _DIGRAPHS:
            text = text.replace(digraph, sound.lower() + "\0")
        letters = []
        for char in text:
            if char == "\0":
                continue
            letters.append(_LATIN.get(char, char.upper() if char in "stkfbr" else ""))
    collapsed = []
    for letter in "".join(letters):
        if not collapsed or collapsed[-1] != letter:
            collapsed.append(letter)
    return "".join(collapsed)


@lru_cache(maxsize=131072)
def skeletons(word: str) -> frozenset[str]:
    """Every skeleton of a Latin or Cyrillic word: "ch" and a soft "c" may also be k, a final "ng"
    may be n (Beijing, بكين), a Russian "в" may stand for an English w that Arabic writes و (Кромвель).

    >>> sorted(skeletons("Christine")), sorted(skeletons("Francis")), sorted(skeletons("Beijing"))
    (['KRSTN', 'SRSTN'], ['BRNKS', 'BRNS'], ['BKN', 'BKNK'])
    >>> skeleton("كرومويل") in skeletons("Кромвеля")
    True
    """
    variants = {word.lower()}
    if any("ch" in variant or _SOFT_C.search(variant) for variant in variants):
        variants |= {variant.replace("ch", "k").replace("c", "k") for variant in variants}
    if word.lower().endswith("ng"):
        variants |= {variant[:-1] for variant in variants}
    if "в" in word.lower():
        variants |= {variant.replace("в", "") for variant in variants}
    return frozenset(skeleton(variant) for variant in sorted(variants))


@lru_cache(maxsize=131072)
def cyrillic_stem(word: str) -> str:
    """A Russian name without its case ending (Трампа, Трампу, Трампом: Трамп), for comparing spellings.

    >>> cyrillic_stem("Трампом"), cyrillic_stem("Шмидт"), cyrillic_stem("Trump's")
    ('Трамп', 'Шмидт', 'Trump')
    """
    word = _APOSTROPHE_S.sub("", word)
    for ending in _CYRILLIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
