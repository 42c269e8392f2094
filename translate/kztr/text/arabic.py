"""Arabic text as kztr compares it: letters without diacritics, digits as values.

Matching a glossary term or comparing two source sentences must not depend on
how the writer vocalised a word or stretched it with a tatweel; comparing
numbers must not depend on which digits (٠-٩, ۰-۹, 0-9) and separators a
language writes them with. Nothing here knows about catalogs.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks; tatweel.
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
TO_LATIN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u066e-\u06d3\u06d5\u06fa-\u06ff\u0610-\u061a\u064b-\u065f\u0670\u0640]+")


def strip_marks(text: str) -> str:
    """Arabic without diacritics and tatweel, alef forms as bare alef (NFKC first).

    >>> strip_marks("كازاخـــستانُ وأستانا")
    'كازاخستان واستانا'
    """
    # str.replace, not str.translate: translate looks every character up in a table (ten times slower)
    return (MARKS.sub("", unicodedata.normalize("NFKC", text))
            .replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا"))


def latin_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as 0-9.

    >>> latin_digits("٢٠٢٢ و۱۴")
    '2022 و14'
    """
    return text.translate(TO_LATIN)


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


# ---------------------------------------------------------------- number words

_UNITS = {
    1: "واحد واحدة احد احدى حادي اول اولى",
    2: "اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي ثاني ثانية ثان",
    3: "ثلاث ثلاثة ثالث ثالثة",
    4: "اربع اربعة رابع رابعة",
    5: "خمس خمسة خامس خامسة",
    6: "ست ستة سادس سادسة",
    7: "سبع سبعة سابع سابعة",
    8: "ثمان ثماني ثمانية ثامن ثامنة",
    9: "تسع تسعة تاسع تاسعة",
    10: "عشر عشرة عاشر عاشرة",
}
_TENS = {
    20: "عشرون عشرين", 30: "ثلاثون ثلاثين", 40: "اربعون اربعين", 50: "خمسون خمسين",
    60: "ستون ستين", 70: "سبعون سبعين", 80: "ثمانون ثمانين", 90: "تسعون تسعين",
}
_BIG = {100: "مائة مئة", 200: "مائتان مائتين مئتان مئتين", 1000: "الف", 2000: "الفان الفين",
        1_000_000: "مليون", 1_000_000_000: "مليار"}


def _lexicon() -> dict[str, int]:
    table = {}
    for group in (_UNITS, _TENS, _BIG):
        for value, words in group.items():
            for word in words.split():
                table[word] = value
    return table


_LEXICON = _lexicon()


def _word_value(word: str) -> int | None:
    for prefix in ("", "و", "ال", "وال", "ب", "بال", "ل", "لل", "ف"):
        if word.startswith(prefix) and word[len(prefix):] in _LEXICON:
            return _LEXICON[word[len(prefix):]]
    return None


@lru_cache(maxsize=65536)
def number_word_values(text: str) -> frozenset[str]:
    """Numbers an Arabic text writes out in words, as they could appear in digits.

    Units, teens (أحد عشر), tens joined with و (الثامنة والعشرون), ordinals, hundreds
    and thousands: enough to tell that an "11" in a translation is the source's
    "أحد عشر" and not an invented number.

    >>> sorted(number_word_values("حضر أحد عشر رئيسًا، وهي الدولة الثامنة والعشرون"), key=int)
    ['1', '8', '10', '11', '20', '28']
    """
    values: set[int] = set()
    words = arabic_words(text)
    numbers = [_word_value(word) for word in words]
    for index, value in enumerate(numbers):
        if value is None:
            continue
        values.add(value)
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        if following == 10 and value < 10:
            values.add(value + 10)
        if following is not None and following in _TENS and value < 10 and words[index + 1].startswith("و"):
            values.add(value + following)
    return frozenset(str(value) for value in values)
