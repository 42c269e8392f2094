"""What follows a number and changes what it says: a multiplier word, or a unit a translator converts.

Part of the number reader (``kztr.text.quantities``):

* ``following_scale``: ``168 ألف`` is 168,000; ``350 тыс.``, ``20 млн``, ``5 Mio.``
  (CLDR's compact number words of the language, through ``kztr.locales``), every
  inflected ``тысячи``/``миллионов`` (the language's number words), and ``$5m``,
  ``£1.5bn`` (a short abbreviation only right after a currency sign);
* ``imperial_near``: a translation may convert a measure (200 ميل is 320 км,
  550 رطل is 250 кг, 2 بوصات is 5 см, 90 °F is 32 °C). The converted value, rounded
  as translators round, falls within 12 % of the exact one (2 degrees for
  temperatures); those intervals are what the converted number may be.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from kztr.text.target import base_language

_CURRENCY = "$£€¥₽₹"
_AR_WORD = re.compile(r"[ \u00a0\u202f]*([\u0621-\u064a\u0640\u064b-\u065f\u0670]+)")
_WORD = re.compile(r"\+?[ \u00a0\u202f]*([^\W\d_]+\.?)")  # $300+ billion
_JOINED = re.compile(r"-([^\W\d_]+)")  # 25-тысячную, 300-million
_LETTER_LABEL = re.compile(r"-[0-9\u0660-\u0669]")
_LINKS = {"ro": ("de",)}  # a word between a number and its multiplier (Romanian: 45 de milioane, 20 de mii)
_EXTRA_SCALES = {"en": {"bn": 10 ** 9, "mn": 10 ** 6, "m": 10 ** 6, "k": 1000, "mln": 10 ** 6, "tn": 10 ** 12}}


@cache
def _compact(language: str) -> dict[str, int]:
    """CLDR's compact multiplier words of the language (Mio., millions, миллиона), in lower case; {} for a language
    Babel does not know."""
    from kztr.locales import compact_multipliers

    try:
        return {word.casefold(): value for word, value in compact_multipliers(language).items()}
    except Exception:  # an unknown language: no words
        return {}


@cache
def _scales(language: str) -> dict[str, int]:
    """Multiplier words after a number: CLDR's compact forms, the language's scale words, kztr's extras."""
    from kztr.text.number_words import SCALE, lexicon

    base = base_language(language)
    table = dict(_compact(language))
    table.update({word: int(entry.value) for word, entry in lexicon(base).items() if entry.role == SCALE})
    table.update(_EXTRA_SCALES.get(base, {}))
    return table


# A case ending after the stem that all of a multiplier's CLDR forms share: 3,7 miliónmi obyvateľov, pred 3,9
# miliónmi rokov (Slovak's instrumental; CLDR writes milión, milióna, milióny, miliónov), 3 milionech (Czech)
_CASE_ENDINGS = frozenset("a u e y i o om ov ou mi ami och ách ach ů ům ech ích ów em ima ama ih ą ę ie ej".split())
_LEAST_STEM = 4


@cache
def _scale_stems(language: str) -> dict[str, int]:
    """The stem a multiplier's CLDR forms share, where each of them is the stem and a case ending (Slovak milión,
    milióna, milióny, miliónov: milión), so its other cases are read too; {} for a language without such forms.

    >>> _scale_stems("sk")["milión"], _scale_stems("cs")["miliard"], _scale_stems("en")
    (1000000, 1000000000, {})
    """
    by_value: dict[int, list[str]] = {}
    for word, value in _compact(language).items():
        if word.isalpha() and len(word) > _LEAST_STEM:  # not an abbreviation (mln)
            by_value.setdefault(value, []).append(word)
    stems = {}
    for value, words in by_value.items():
        stem = min(words, key=len)
        while stem and not all(word.startswith(stem) for word in words):
            stem = stem[:-1]
        if len(words) > 1 and len(stem) >= _LEAST_STEM and all(word[len(stem):] in _CASE_ENDINGS or word == stem
                                                              for word in words):
            stems[stem] = value
    return stems


def _declined_scale(word: str, language: str) -> int | None:
    """The multiplier a declined form of a CLDR multiplier stands for (miliónmi: 10⁶), or None."""
    stems = _scale_stems(language)
    folded = word.casefold() if stems else ""  # most languages have none: nothing to fold
    return next((value for stem, value in stems.items()
                 if folded.startswith(stem) and folded[len(stem):] in _CASE_ENDINGS), None)


_KILO = re.compile(r"[ \u00a0\u202f]*كيلو(?![\u0621-\u064a])")  # 32 كيلو قاعدة: 32 kilobases, 32 тысячи


def kilo_after(text: str, end: int) -> bool:
    """Is the number followed by the word كيلو (kilo-): 32 كيلو قاعدة is 32 kb and 32 тысячи нуклеотидов?

    >>> kilo_after("من 26 إلى 32 كيلو قاعدة", 12), kilo_after("32 كيلومترا", 2)
    (True, False)
    """
    return _KILO.match(text, end) is not None


def following_scale(text: str, start: int, end: int, language: str) -> tuple[Decimal, int]:
    """The multiplier written after the number at ``start:end`` (1 if none) and where it ends.

    >>> following_scale("حضر 168 ألف شخص", 4, 7, "ar")
    (Decimal('1000'), 11)
    >>> following_scale("залог 350 тыс. долларов", 6, 9, "ru")
    (Decimal('1000'), 14)
    >>> following_scale("$1.5bn and 5 m", 1, 4, "en"), following_scale("$1.5bn and 5 m", 11, 12, "en")
    ((Decimal('1000000000'), 6), (Decimal('1'), 12))
    >>> following_scale("alte 45 de milioane de dolari", 5, 7, "ro")
    (Decimal('1000000'), 19)
    >>> following_scale("s približne 3,7 miliónmi obyvateľov", 12, 15, "sk")
    (Decimal('1000000'), 24)
    """
    base = base_language(language)
    if base in ("ar", "fa", "ur"):
        from kztr.text.number_words import SCALE, SCALE_PLURAL, arabic_word

        match = _AR_WORD.match(text, end)
        if match and not _LETTER_LABEL.match(text, match.end()):  # 18 ألف-128 is section 18A.128
            read = arabic_word(match.group(1))
            if read is not None and read[0].role in (SCALE, SCALE_PLURAL) and not read[1]:
                return read[0].value, match.end()
        return Decimal(1), end
    joined = _JOINED.match(text, end)
    if joined:
        from kztr.text.number_words import lexicon

        entry = lexicon(base).get(joined.group(1).lower())
        if entry is not None and entry.value in (1000, 10 ** 6, 10 ** 9):  # тысячный, тысячная: a multiple
            return entry.value, joined.end()
    match = _WORD.match(text, end)
    if match and match.group(1) in _LINKS.get(base, ()):  # 45 de milioane: Romanian's de from twenty up
        match = _WORD.match(text, match.end())
    if not match:
        return Decimal(1), end
    word = match.group(1)
    table = _scales(language)
    for candidate in (word, word.rstrip(".")):
        value = table.get(candidate.casefold())
        if value is None:
            continue
        short = len(candidate.rstrip(".")) <= 2
        if short and text[max(0, start - 2):start].strip(" ")[-1:] not in _CURRENCY:
            continue  # 5 m is five metres; $5m is five million
        return Decimal(value), match.start(1) + len(candidate)
    declined = _declined_scale(word, language)
    if declined is not None:
        return Decimal(declined), match.end(1)
    return Decimal(1), end


# unit: (patterns per language, [(factor, offset)] to the units a translation converts it to)
_UNITS: dict[str, tuple[dict[str, str], list[tuple[float, float]]]] = {
    "mile": ({"ar": r"ميل|اميال|ميلا", "en": r"miles?\b|mph\b", "ru": r"мил[яиеьюй]\w*"}, [(1.609344, 0)]),
    "pound": ({"ar": r"رطل|ارطال|رطلا", "en": r"pounds?\b|lbs?\b", "ru": r"фунт\w*"}, [(0.45359, 0)]),
    "inch": ({"ar": r"بوص[ةه]|بوصات|انش|انشات", "en": r"inch(?:es)?\b|in\.", "ru": r"дюйм\w*"},
             [(2.54, 0), (25.4, 0)]),
    "foot": ({"ar": r"قدم|اقدام|قدما", "en": r"foot\b|feet\b|ft\b", "ru": r"фут\w*"}, [(0.3048, 0), (30.48, 0)]),
    "yard": ({"ar": r"يارد[ةه]|ياردات", "en": r"yards?\b", "ru": r"ярд\w*"}, [(0.9144, 0)]),
    "gallon": ({"ar": r"[غج]الون\w*", "en": r"gallons?\b", "ru": r"галлон\w*"}, [(3.78541, 0)]),
    "ounce": ({"ar": r"اونص[ةه]|اونصات", "en": r"ounces?\b|oz\b", "ru": r"унци\w*"}, [(28.3495, 0)]),
    "acre": ({"ar": r"فدان|افدن[ةه]", "en": r"acres?\b", "ru": r"акр\w*"}, [(0.404686, 0)]),
    "fahrenheit": ({"ar": r"(?:درج[ةه] |درجات )?فهرنهايت", "en": r"°\s?F\b|degrees? Fahrenheit",
                    "ru": r"°\s?F\b|градус\w* по Фаренгейту"}, [(5 / 9, -32)]),
    "kilometre": ({"ar": r"كيلومتر\w*|كم\b", "en": r"km\b|kilomet\w+", "ru": r"км\b|километр\w*"},
                  [(0.621371, 0)]),
    "kilogram": ({"ar": r"كيلوغرام\w*|كيلوجرام\w*|كغ|كجم", "en": r"kg\b|kilogram\w*", "ru": r"кг\b|килограмм\w*"},
                 [(2.20462, 0)]),
    "degree": ({"ar": r"درج[ةه]|درجات", "en": r"degrees?\b", "ru": r"градус\w*"},
               [(1, 0), (5 / 9, -32), (1.8, 32 / 1.8)]),
    "celsius": ({"ar": r"(?:درج[ةه] )?مئوي[ةه]", "en": r"°\s?C\b|degrees? Celsius", "ru": r"°\s?C\b|градус\w* Цельсия"},
                [(1.8, 32 / 1.8)]),
}


@cache
def _unit_pattern(base: str):
    alternatives = [f"(?P<{unit}>{patterns[base]})" for unit, (patterns, _) in _UNITS.items() if base in patterns]
    return re.compile(r"[ \u00a0\u202f]*(?:" + "|".join(alternatives) + ")", re.IGNORECASE) if alternatives else None


def unit_named(text: str, unit: str, language: str) -> bool:
    """Does ``text`` name ``unit`` (a key of the unit table: kilometre, mile) in ``language``?

    >>> unit_named("a city kilometers (31 miles) away", "kilometre", "en"), unit_named("в 72 км", "mile", "ru")
    (True, False)
    """
    patterns = _UNITS.get(unit, ({}, []))[0]
    pattern = patterns.get(base_language(language))
    return pattern is not None and re.search(rf"(?<!\w)(?:{pattern})", text, re.IGNORECASE) is not None


def imperial_near(text: str, end: int, values: tuple[str, ...], language: str) -> tuple[tuple[float, float], ...]:
    """Where a measure written after the number at ``end`` may land once converted ((low, high) pairs).

    >>> [(round(low), round(high)) for low, high in imperial_near("200 ميل لفينيكس", 3, ("200",), "ar")]
    [(283, 360)]
    >>> imperial_near("200 people", 3, ("200",), "en")
    ()
    """
    return measure_after(text, end, values, language)[1]


def measure_after(text: str, end: int, values: tuple[str, ...],
                  language: str) -> tuple[str, tuple[tuple[float, float], ...]]:
    """The unit written after the number at ``end`` ('' if none) and where the measure may land once converted.

    >>> measure_after("100 كيلومتر على الجانب", 3, ("100",), "ar")[0]
    'kilometre'
    >>> measure_after("180 km thick", 3, ("180",), "en")[0], measure_after("180 people", 3, ("180",), "en")[0]
    ('kilometre', '')
    """
    from kztr.text.arabic import strip_marks

    base = base_language(language)
    pattern = _unit_pattern(base)
    if pattern is None:
        return "", ()
    window = text[end:end + 30]
    match = pattern.match(strip_marks(window) if base == "ar" else window)
    if not match:
        return "", ()
    unit = match.lastgroup or ""
    _, conversions = _UNITS[unit]
    intervals = []
    for value in values:
        if value.startswith("t:"):
            continue
        for factor, offset in conversions:
            if factor == 1 and not offset:
                continue  # the same unit: the same number (7.5 degrees is not 7.9)
            exact = (float(value) + offset) * factor
            if offset:
                intervals.append((exact - 2, exact + 2))
            else:
                intervals.append((exact * 0.88, exact * 1.12))
    return unit, tuple(intervals)
