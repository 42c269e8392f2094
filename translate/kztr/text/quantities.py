"""The one number reader: the quantities a text states, in Arabic or in a target language.

    >>> [(q.kind, q.value) for q in read_quantities("حضر 168 ألف شخص في السبعينيات", "ar")]
    [('count', '168000'), ('decade', '70')]
    >>> [(q.kind, q.value) for q in read_quantities("some thirty-nine stories in the 19th century", "en")]
    [('count', '39'), ('ordinal', '19')]
    >>> agree(read_quantities("1,5 مليون دولار", "ar")[0], read_quantities("$1.5 million", "en")[0])
    True

Public API:

* ``read_quantities(text, language, words=True) -> tuple[Quantity, ...]``: every
  quantity of ``text`` in order of position (those in digits first when
  ``words`` is false: then only digits are read, which is all most callers
  need and much faster);
* ``Quantity``: ``values`` (every reading of an ambiguous one, as canonical
  decimal text: ``"1500"``, ``"1.5"``; a clock time as ``"t:23:45"``), ``value``
  (the first reading), ``kind`` (count, year, decade, century, ordinal, time,
  percentage, range, fraction, date, measure), ``text``, ``start``, ``end``,
  ``spelled`` (written in words), ``near`` (intervals a converted measure may
  take: 200 miles is 290–360 km);
* ``agree(a, b)``: do two quantities state the same thing;
* ``DIGIT_RUN`` (digits with their separators), whose readings ``kztr.text.digit_runs`` gives
  (``canonical(integer, fraction)``, ``decimal_text``, ``language_separators`` are there).

Arabic (``ar``, and Persian and Urdu digits anywhere) is read as Arabic news
writes it: digits of all three systems; ``٫`` decimal and ``٬`` grouping; a
comma or full stop followed by exactly three digits is either (``150.000`` is
150,000 or 150: both readings are kept), any other is a decimal (``1,5`` is
1.5); ``30،000``; multiplier words and their duals and plurals after digits
(``168 ألف``, ``3 إلى 5 آلاف`` = 3,000–5,000); decades (``السبعينيات``,
``خمسينيات القرن الرابع عشر`` = 1350s); centuries (``القرن التاسع عشر``);
cardinals, ordinals (masculine and feminine) and fractions in words
(``الحادية والثلاثين``, ``درجة ونصف``); counting nouns in the dual (``شهرين``);
clock times (``الساعة 23:45``, ``5:30 مساءً``); Hijri years (``1443 هـ``, which
also reads as the Gregorian years it overlaps).

A target language is read with its own separators (Babel's: ``12.5`` and
``10,000`` in English, ``12,5`` and ``10 000`` in Russian), its compact
multipliers from CLDR (``168 thousand``, ``350 тыс.``, ``20 млн``, ``5 Mio.``)
plus ``bn`` and ``m`` after a currency sign in English; English, Russian and
French number words, ordinals and decades; Russian centuries in Roman numerals
(``XIX век``); percent signs and words; clock times with am/pm.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kztr.text import clock
from kztr.text import number_conventions as conventions
from kztr.text.digit_runs import canonical, decimal_text, run_values
from kztr.text.digits import ARABIC_DECIMAL, ARABIC_GROUP, DIGIT, DIGITS, latin_digits
from kztr.text.measures import following_scale, imperial_near, measure_after
from kztr.text.numbering import glued_to_name, note_or_label, section_number
from kztr.text.target import base_language

KINDS = ("count", "year", "decade", "century", "ordinal", "time", "percentage", "range", "fraction", "date",
         "measure")
DIGIT_RUN = re.compile(rf"[{DIGITS}]+(?:(?:{conventions.BETWEEN_DIGITS})[{DIGITS}]+)*")
_DATE = re.compile(rf"(?<![{DIGITS}])([{DIGITS}]{{1,2}})([./-])([{DIGITS}]{{1,2}})\2([{DIGITS}]{{4}})(?![{DIGITS}])")
_DASHES = "-–—‒−"
_PERCENT_SIGNS = ("%", "٪", "％")
PERCENT_WORDS = re.compile(r"per ?cent|процент|pour ?cent|prozent|por ?ciento|por ?cento|procent|prosent|відсот|persen|"
                           r"la sută|"
                           r"percent|yüzde|τοις εκατό|τοις εκατόν|درصد|بالمئة|بالمائة|"
                           r"في المائة|في المئة|بالماية", re.IGNORECASE)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th|-?(?:й|я|е|го|му|м|х|ый|ой|ая|ое|ые|ых|ом|ого))(?!\w)")
_HIJRI = re.compile(r"\s*(?:هـ|ه)(?!\w)")
_RANGE_WORDS = frozenset("إلى الى حتى و to and or до или и à bis a".split())


@dataclass(frozen=True)
class Quantity:
    """One quantity of a text: every reading of it, its kind and where it is."""

    values: tuple[str, ...]
    kind: str
    text: str
    start: int
    end: int
    spelled: bool = False
    near: tuple[tuple[float, float], ...] = ()
    optional: bool = False  # a translation may write it as a word: a date's month
    unit: str = ""  # a measure's unit (kilometre, mile): converted only into another unit

    @property
    def value(self) -> str:
        return self.values[0]


def agree(a: Quantity, b: Quantity) -> bool:
    """Do ``a`` and ``b`` state the same quantity (one reading in common, or a converted measure)?"""
    if set(a.values) & set(b.values):
        return True
    return _within(a, b) or _within(b, a)


def _within(measure: Quantity, other: Quantity) -> bool:
    if not measure.near or (measure.unit == other.unit and measure.unit != "degree"):
        return False  # 100 km is not 180 km, as 100 miles would be ("degrees" may be either scale's)
    for value in other.values:
        number = _number(value)
        if number is not None and any(low <= number <= high for low, high in measure.near):
            return True
    return False


def _number(value: str) -> float | None:
    return None if value.startswith("t:") else float(value)


@lru_cache(maxsize=131072)
def read_quantities(text: str, language: str, words: bool = True) -> tuple[Quantity, ...]:
    """The quantities of ``text`` written in ``language``; in digits only unless ``words``.

    Cached: a source sentence is read once for all its languages.

    >>> [q.values for q in read_quantities("١٢٫٥ و١٠٬٠٠٠ عام 2022-24 و150.000", "ar", words=False)]
    [('12.5',), ('10000',), ('2022',), ('2024', '24'), ('150000', '150')]
    >>> [q.values for q in read_quantities("10,000 и 12,5", "ru", words=False)]
    [('10',), ('12.5',)]
    """
    if not words:
        return tuple(_read_digits(text, language)) if DIGIT.search(text) else ()
    found = list(read_quantities(text, language, False))  # the digits as read (and cached) without words
    # A percent word after digits is theirs: المائة of 2.7 في المائة is not a hundred.
    taken = [(quantity.start, _percent_end(text, quantity)) for quantity in found]
    found += [quantity for quantity in _read_words(text, language)
              if not any(start < quantity.end and quantity.start < end for start, end in taken)]
    found.sort(key=lambda quantity: quantity.start)
    return tuple(found)


def _percent_end(text: str, quantity: Quantity) -> int:
    """Where a quantity ends with the percent word that follows it (``في المائة``, ``процента``).

    >>> [q.values for q in read_quantities("ارتفعت بنسبة 2.7 في المائة و20 بالمائة", "ar")]
    [('2.7',), ('20',)]
    """
    if quantity.kind != "percentage":
        return quantity.end
    after = text[quantity.end:]
    stripped = after.lstrip(" \u00a0\u202f")
    match = PERCENT_WORDS.match(stripped)
    return quantity.end + len(after) - len(stripped) + match.end() if match else quantity.end


# ---------------------------------------------------------------- digits


def _is_arabic(language: str) -> bool:
    return base_language(language) in ("ar", "arb", "fa", "ur", "ps")


def _read_digits(text: str, language: str) -> list[Quantity]:
    arabic = _is_arabic(language)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    # a date has its separator twice: most texts have no such pair, and skip the scan
    for match in _DATE.finditer(text) if max(text.count(mark) for mark in "./-") > 1 else ():
        for group, optional in ((1, False), (3, True), (4, False)):
            found.append(Quantity((canonical(match.group(group)),), "date", match.group(group), match.start(group),
                                  match.end(group), optional=optional))
        taken.append(match.span())
    for pattern, needs in (*clock.HOUR_PATTERNS, *(clock.ARABIC_HOUR_PATTERNS if arabic else ())):
        if not any(part in text for part in needs):
            continue
        for match in pattern.finditer(text):
            reading = clock.slashed(match) if pattern is clock.SLASHED else clock.hours_minutes(match)
            if reading is not None:
                found.append(_time(text, reading))
                taken.append(reading[1:])
    for match in clock.TIME.finditer(text):
        if not any(start <= match.start() < end for start, end in taken):
            reading = clock.clock(text, match, arabic)
            if reading is not None:
                found.append(_time(text, reading))
                taken.append((match.start(), reading[2]))
    runs: list[tuple[Quantity, Decimal]] = []
    for match in DIGIT_RUN.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        members = conventions.set_members(text, match.start(), match.group())
        if members:
            runs += [_with_context(text, start, end, (canonical(text[start:end]),), language, arabic)
                     for start, end in members]
            continue
        read = run_values(match.group(), arabic, language)
        with_fraction = _with_fraction(text, match.end(), read)
        end = match.end() + (with_fraction != read)  # 29¾ بوصة: the unit after the fraction
        values = tuple(dict.fromkeys(with_fraction + conventions.more_readings(text, match.start(), match.group(),
                                                                               arabic)))
        quantity, scale = _with_context(text, match.start(), end, values, language, arabic)
        if note_or_label(text, match.start(), match.end(), arabic) or conventions.formula_digit(
                text, match.start(), match.end()):
            quantity = _replace(quantity, optional=True)
        runs.append((quantity, scale))
    found += _ranges(text, runs, language)
    found.sort(key=lambda quantity: quantity.start)
    return found


_VULGAR_FRACTIONS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


def _with_fraction(text: str, end: int, values: tuple[str, ...]) -> tuple[str, ...]:
    """A whole number's readings with the vulgar fraction written after it (29¾ بوصة: 29.75, as a translation
    writes it: 29,75 cala; FLORES-200's Polish, issue 17, round 14),
    and the whole number alone, where a translation says the fraction in words (29 pouces trois quarts).

    >>> _with_fraction("29¾ بوصة", 2, ("29",)), _with_fraction("29 بوصة", 2, ("29",))
    (('29.75', '29'), ('29',))
    """
    if end >= len(text) or text[end] not in _VULGAR_FRACTIONS or not values or not values[0].isdigit():
        return values
    whole = Decimal(values[0]) + Decimal(str(round(unicodedata.numeric(text[end]), 4)))
    return (canonical(str(whole)), *values)


def _time(text: str, reading: clock.Reading) -> Quantity:
    values, start, end = reading
    return Quantity(values, "time", text[start:end], start, end)


def _with_context(text: str, start: int, end: int, values: tuple[str, ...], language: str,
                  arabic: bool) -> tuple[Quantity, Decimal]:
    """The run as a quantity: a multiplier word after it, a percent sign, a Hijri year, a measure."""
    kind = "count"
    scale, end_scale = following_scale(text, start, end, language)
    near: tuple[tuple[float, float], ...] = ()
    unit = ""
    if scale != 1:
        scaled = tuple(dict.fromkeys(decimal_text(Decimal(value) * scale) for value in values))
        # كوف-2 مليون: the number of a name (SARS-CoV-2) before a multiplier may be the name's own
        values = (*values, *scaled) if glued_to_name(text, start) else scaled
        end = end_scale
    else:  # 32 كيلو قاعدة is 32 kb; 1.5 gigatons is 1.5 billion tons
        values += conventions.scaled_readings(text, end, values, arabic)
    after = text[end:end + 16]
    stripped = after.lstrip(" \u00a0\u202f")
    if stripped[:1] in _PERCENT_SIGNS or PERCENT_WORDS.match(stripped):
        kind = "percentage"
    elif arabic and _HIJRI.match(after) and values[0].isdigit():
        kind = "year"
        year = int(values[0])
        gregorian = int(year * 0.970229 + 621.5643)
        values += (str(gregorian), str(gregorian + 1))
    elif (clock.MORNING.match(after) or clock.EVENING.match(after)) and values[0].isdigit() and int(values[0]) <= 12:
        kind = "time"  # 3 مساءً is 15:00
        hour = int(values[0])
        hours = [hour + 12] if clock.EVENING.match(after) and hour < 12 else [hour % 24]
        values = (*(f"t:{hour}:00" for hour in hours), *values)
    else:
        unit, near = measure_after(text, end, values, language)
        if near:
            kind = "measure"
        elif _ORDINAL_SUFFIX.match(text, end):
            kind = "ordinal"
        elif scale == 1 and len(values) == 1 and values[0].isdigit() and 1000 <= int(values[0]) <= 2100 and len(
                latin_digits(text[start:end])) == 4:
            kind = "year"
    return Quantity(values, kind, text[start:end], start, end, near=near, unit=unit if near else ""), scale


def _ranges(text: str, runs: list[tuple[Quantity, Decimal]], language: str) -> list[Quantity]:
    """Ranges: 2022–24 is 2022–2024; 3 إلى 5 آلاف is 3,000 to 5,000 (the first end may take the multiplier)."""
    result = [quantity for quantity, _ in runs]
    for index in range(1, len(runs)):
        (first, first_scale), (second, second_scale) = runs[index - 1], runs[index]
        between = text[first.end:second.start].strip()
        dash = len(between) == 1 and between in _DASHES
        if not dash and between.lower() not in _RANGE_WORDS:
            continue
        if second.near and not first.near:  # 2 إلى 4 بوصات: both ends are inches
            result[index - 1] = _replace(result[index - 1], kind=second.kind,
                                         near=imperial_near(text, second.end, first.values, language),
                                         unit=second.unit)
        if second_scale != 1 and first_scale == 1:
            scaled = tuple(decimal_text(Decimal(value) * second_scale) for value in result[index - 1].values)
            result[index - 1] = _replace(result[index - 1], values=result[index - 1].values + scaled)
        if second.kind == "percentage" and first.kind == "count":
            # 20-30%, 60 to 70%, от 0,1 до 0,39%: the second end's percent sign is the first's too
            result[index - 1] = _replace(result[index - 1], kind="percentage")
        if _is_arabic(language) and section_number(text, first, second):
            # 5-1 numbers a section or an article (5.1 in the translation), or is a range: either reading
            label = canonical(latin_digits(first.text), latin_digits(second.text))
            result[index - 1] = _replace(result[index - 1], values=(*result[index - 1].values, label))
            result[index] = _replace(second, values=(*second.values, label))
            continue
        if dash and first.value.isdigit() and second.value.isdigit():
            full = _expanded(first.value, second.value)
            kind = "percentage" if second.kind == "percentage" else "range" if first.kind in ("count", "year") \
                else first.kind
            result[index - 1] = _replace(result[index - 1], kind=kind)
            # 2014 - 22 تموز is a day, not 2022: both readings
            result[index] = _replace(second, values=(full, *second.values) if full else second.values, kind=kind)
    return result


def _expanded(first: str, second: str) -> str:
    """The second end of 2022–24 written out: 2024 ('' when it is already whole)."""
    if len(second) < len(first) and int(second) < int(first) % 10 ** len(second) + 10 ** len(second):
        full = first[: len(first) - len(second)] + second
        if int(full) > int(first):
            return full
    return ""


def _replace(quantity: Quantity, **changes) -> Quantity:
    from dataclasses import replace

    return replace(quantity, **changes)


# ---------------------------------------------------------------- words


def _read_words(text: str, language: str) -> list[Quantity]:
    from kztr.text.spelled import spelled_numbers

    found = []
    for values, kind, start, end in (*spelled_numbers(text, language), *conventions.numerals_in_words(text, language)):
        if kind == "fraction":  # half is also 50 per cent
            values = (*values, *(value * 100 for value in values))
        elif kind == "count" and PERCENT_WORDS.match(text[end:end + 24].lstrip(" \u00a0\u202f")):
            kind = "percentage"  # سبعون بالمائة, "seventy per cent", семьдесят процентов
        found.append(Quantity(tuple(dict.fromkeys(decimal_text(value) for value in values)), kind, text[start:end],
                              start, end, spelled=True))
    found += [Quantity(values, "time", text[start:end], start, end, spelled=True)
              for values, start, end in clock.clock_words(text, language)]
    return found


def to_decimal(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


__all__ = ["ARABIC_DECIMAL", "ARABIC_GROUP", "DIGIT_RUN", "KINDS", "PERCENT_WORDS", "Quantity", "agree",
           "read_quantities"]
