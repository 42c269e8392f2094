"""Arabic text as kztr compares it: letters without diacritics, digits as values.

Matching a glossary term or comparing two source sentences must not depend on
how the writer vocalised a word or stretched it with a tatweel. (Digits are
``kztr.text.digits``; numbers, in digits and in words, ``kztr.text.quantities``.)
Nothing here knows about catalogs.
"""

from __future__ import annotations

import re
import unicodedata

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel.
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06fa-\u06ff"
                   r"\u0610-\u061a\u064b-\u065f\u0670\u0640]+")


def strip_marks(text: str) -> str:
    """Arabic without diacritics and tatweel, alef forms as bare alef (NFKC first).

    >>> strip_marks("كازاخـــستانُ وأستانا")
    'كازاخستان واستانا'
    """
    # str.replace, not str.translate: translate looks every character up in a table (ten times slower)
    return (MARKS.sub("", unicodedata.normalize("NFKC", text))
            .replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا"))


def arabic_words(text: str) -> list[str]:
    """The Arabic words of ``text``, each with marks stripped.

    >>> arabic_words("وَالكازاخستانية، في CICA")
    ['والكازاخستانية', 'في']
    """
    return [strip_marks(word) for word in _WORD.findall(text) if strip_marks(word)]


# Attached prefixes: a conjunction (و ف), then a preposition (ب ك ل), then the
# article; ل + ال is written لل.  The article is optional (a glossary may list
# امم المتحدة for الأمم المتحدة).
_CONJUNCTIONS, _PREPOSITIONS, _ARTICLE, _LIL = "وف", "بكل", "ال", "لل"
ATTACHED = f"(?:[{_CONJUNCTIONS}]?[{_PREPOSITIONS}]?(?:{_ARTICLE})?|[{_CONJUNCTIONS}]?{_LIL})"


# the attached prefixes that end with the article (الثالثة, والعشرين, للعشرين, وبالثالثة): a word is definite
DEFINITE = re.compile(f"^(?:[{_CONJUNCTIONS}]?[{_PREPOSITIONS}]?{_ARTICLE}|[{_CONJUNCTIONS}]?{_LIL})")


def attached_prefixes() -> frozenset[str]:
    """Every prefix ``ATTACHED`` matches, written out (27 with the empty one).

    >>> sorted(prefix for prefix in attached_prefixes() if len(prefix) == 4)
    ['فبال', 'فكال', 'فلال', 'وبال', 'وكال', 'ولال']
    """
    return frozenset({conjunction + preposition + article
                      for conjunction in ("", *_CONJUNCTIONS) for preposition in ("", *_PREPOSITIONS)
                      for article in ("", _ARTICLE)} | {conjunction + _LIL for conjunction in ("", *_CONJUNCTIONS)})


def word_stem(word: str) -> str:
    """A glossary word as matched after its attached prefixes: marks stripped, the article dropped.

    >>> word_stem("الدُّوَل"), word_stem("كازاخستان"), word_stem("الى")
    ('دول', 'كازاخستان', 'الى')
    """
    word = strip_marks(word)
    return word[2:] if word.startswith(_ARTICLE) and len(word) > 3 else word


def word_pattern(word: str) -> str:
    """A regular expression for one Arabic word with its possible attached prefixes.

    >>> bool(re.fullmatch(word_pattern("الدول"), "وللدول"))
    True
    >>> bool(re.fullmatch(word_pattern("كازاخستان"), "وبكازاخستان"))
    True
    >>> bool(re.fullmatch(word_pattern("أمم"), strip_marks("للأمم")))
    True
    >>> bool(re.fullmatch(word_pattern("كازاخستان"), "الكازاخستانية"))
    False
    """
    return ATTACHED + re.escape(word_stem(word))
