"""The months a text's dates name, in any language CLDR knows: ``15 مارس 2022``, ``15 May``, ``15 мая``.

A month's name counts only beside a number (a day before it, a day or a year
after it), so that a word a month's name also spells is left alone: نيسان is
April and the carmaker Nissan, تموز July and a name, English's May a verb.
Names are CLDR's (Babel): for Arabic those of Egypt and the Gulf, the Levant
and the Maghreb (مارس, آذار); for other languages the format and stand-alone
forms, wide and abbreviated (Russian's марта and март, мар.), as CLDR writes
them or capitalised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kztr.text.digits import latin_digits

_ARABIC_LOCALES = ("ar", "ar_SY", "ar_MA", "ar_DZ")
# Arabic's attached prefixes a month's name may carry (في مارس, ومارس, لمارس); the article never.
_ARABIC_PREFIXES = "(?:[وف]?[بل]?|[وف])"
# A day before the name (15 March, 15th March, 15-го марта, 15. März), or a day or a year after it (March 15, März
# 2022): digits only, read after ``latin_digits``.
_DAY = r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|-?го|-?е|\.|º|er)?"
_AFTER = r"(?:[1-9]|[12]\d|3[01]|\d{4})(?![\d.,]\d)"


@lru_cache(maxsize=64)
def _patterns(language: str) -> tuple[re.Pattern, ...]:
    """For each month, January's first, a pattern of its names beside a number."""
    from kztr.locales import base_language, month_forms, month_names

    if base_language(language) == "ar":
        tables = month_names(_ARABIC_LOCALES)
        before, after = rf"(?<!\w){_ARABIC_PREFIXES}", r"(?!\w)"
    else:
        tables = tuple(tuple(dict.fromkeys(form for name in names for form in (name, name[:1].upper() + name[1:])))
                       for names in month_forms(language))
        before, after = r"(?<!\w)", r"(?!\w)"
    patterns = []
    for names in tables:
        spelled = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True) if len(name) >= 3)
        month = rf"{before}(?:{spelled}){after}"
        patterns.append(re.compile(rf"{_DAY}\s*{month}|{month}\s*,?\s*{_AFTER}"))
    return tuple(patterns)


def date_months(text: str, language: str) -> frozenset[int]:
    """The months (1-12) a text names beside a day or a year.

    >>> sorted(date_months("افتتح المنتدى يوم ١٥ مارس ٢٠٢٢ وانتهى في 3 نيسان", "ar"))
    [3, 4]
    >>> date_months("اشترى سيارة نيسان", "ar"), date_months("You may see it in May.", "en")
    (frozenset(), frozenset())
    >>> date_months("On 15 May 2022", "en"), date_months("15 мая 2022 года", "ru"), date_months("le 3 févr.", "fr")
    (frozenset({5}), frozenset({5}), frozenset({2}))
    """
    text = latin_digits(text)
    patterns = _patterns(language)
    return frozenset(month for month, pattern in enumerate(patterns, start=1) if pattern.search(text))
