"""The months a text's dates name, in any language CLDR knows: ``15 مارس 2022``, ``15 May``, ``15 мая``.

A month's name counts only beside a number (a day before it, a day or a year
after it), so that a word a month's name also spells is left alone: نيسان is
April and the carmaker Nissan, تموز July and a name, English's May a verb.
Names are CLDR's (``kztr.locales``): for Arabic those of Egypt and the Gulf,
the Levant and the Maghreb (مارس, آذار), with the prefixes a word may carry
(في مارس, ومارس, لمارس); for other languages the format and stand-alone
forms, wide and abbreviated (Russian's марта and март, мар.), as CLDR writes
them or capitalised.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kztr.text.digits import latin_digits

_ARABIC_LOCALES = ("ar", "ar_SY", "ar_MA", "ar_DZ")
_ARABIC_PREFIXES = re.compile("(?:[وف]?[بل]?|[وف])$")
# A day before the name (15 March, 15th March, 15-го марта, 15. März), or a day or a year after it (March 15, März
# 2022): digits only, read after ``latin_digits``.
_DAY_BEFORE = re.compile(r"(?<![\d.,])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|-?го|-?е|\.|º|er)?\s*$")
_NUMBER_AFTER = re.compile(r"\s*,?\s*(?:[1-9]|[12]\d|3[01]|\d{4})(?![\d.,]?\d)")
_AROUND = 12  # characters looked at before a name for its day


@lru_cache(maxsize=1)
def arabic_month_names() -> tuple[tuple[str, ...], ...]:
    """Each month's Arabic names, January's first: CLDR's of Egypt and the Gulf, the Levant and the Maghreb.

    >>> arabic_month_names()[2]
    ('مارس', 'آذار')
    """
    from kztr.locales import month_names

    return month_names(_ARABIC_LOCALES)


@lru_cache(maxsize=64)
def _names(language: str) -> tuple[re.Pattern, dict[str, int]]:
    """A pattern of every month's names (longest first), and each name's month (1-12)."""
    from kztr.locales import base_language, month_forms

    if base_language(language) == "ar":
        tables = arabic_month_names()
    else:
        tables = tuple(tuple(dict.fromkeys(form for name in names for form in (name, name[:1].upper() + name[1:])))
                       for names in month_forms(language))
    month_of = {name: number for number, names in enumerate(tables, start=1) for name in names if len(name) >= 3}
    return re.compile("|".join(re.escape(name) for name in sorted(month_of, key=len, reverse=True))), month_of


@lru_cache(maxsize=64)
def _stems(language: str) -> tuple[re.Pattern, dict[str, int]]:
    """``_names``'s for the forms CLDR does not write: each name of five letters or more less its last letter
    (сентябр, of сентября and сентябрь), which an ending of up to two letters follows (в сентябре); none for
    Arabic."""
    from kztr.locales import base_language, month_forms

    month_of: dict[str, int] = {}
    if base_language(language) != "ar":
        for number, names in enumerate(month_forms(language), start=1):
            for bare in (name.rstrip(".") for name in names if len(name.rstrip(".")) >= 5):
                month_of.update({bare[:-1]: number, bare[:1].upper() + bare[1:-1]: number})
    pattern = "|".join(re.escape(stem) for stem in sorted(month_of, key=len, reverse=True)) or "(?!)"
    return re.compile(pattern), month_of


_ENDING = re.compile(r"\w{0,2}(?!\w)")


@lru_cache(maxsize=65536)
def date_months(text: str, language: str, endings: bool = False) -> frozenset[int]:
    """The months (1-12) a text names beside a day or a year. Cached: a source is read once per language checked.
    ``endings``: the months it names so in a form CLDR does not write, a name's stem with another ending (Russian's
    prepositional, в сентябре 2015 года: the UN corpus's Russian; issue 17, round 30).

    >>> sorted(date_months("افتتح المنتدى يوم ١٥ مارس ٢٠٢٢ وانتهى في 3 نيسان", "ar"))
    [3, 4]
    >>> date_months("اشترى سيارة نيسان", "ar"), date_months("You may see it in May.", "en")
    (frozenset(), frozenset())
    >>> date_months("On 15 May 2022", "en"), date_months("15 мая 2022 года", "ru"), date_months("le 3 févr.", "fr")
    (frozenset({5}), frozenset({5}), frozenset({2}))
    >>> date_months("في ومارس 2022 و15 لأبريل", "ar"), date_months("Marchers walked 15 miles", "en")
    (frozenset({3, 4}), frozenset())
    >>> date_months("в сентябре 2015 года", "ru"), date_months("в сентябре 2015 года", "ru", endings=True)
    (frozenset(), frozenset({9}))
    >>> date_months("on 14 September, and in October", "en", endings=True)  # October in no date
    frozenset({9})
    """
    named, month_of = _stems(language) if endings else _names(language)
    found = set()
    for match in named.finditer(text):
        start, end = match.span()
        if endings:
            ending = _ENDING.match(text, end)
            if ending is None:
                continue  # more than an ending after the stem: another word
            end = ending.end()
        if end < len(text) and text[end].isalnum():
            continue  # inside a longer word (Marchers)
        before = text[max(0, start - _AROUND):start]
        if before and before[-1].isalpha():
            word = re.search(r"\w+$", before)
            cut = word is not None and word.start() == 0 and start > _AROUND  # a longer word the window cut
            if word is None or cut or not _ARABIC_PREFIXES.fullmatch(word.group()):
                continue  # inside a word, but for Arabic's attached prefixes (ومارس)
            before = before[:word.start()]
        if _DAY_BEFORE.search(latin_digits(before)) or _NUMBER_AFTER.match(latin_digits(text[end:end + _AROUND])):
            found.add(month_of[match.group()])
    return frozenset(found)
