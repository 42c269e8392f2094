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
* ``canonical(integer, fraction)``, ``DIGIT_RUN`` (digits with their separators).

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
plus ``bn`` and ``m`` after a currency sign in English; English and Russian
number words, ordinals and decades; Russian centuries in Roman numerals
(``XIX век``); percent signs and words; clock times with am/pm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache

from kztr.text import clock
from kztr.text import number_conventions as conventions
from kztr.text.digits import ARABIC_DECIMAL, ARABIC_GROUP, DIGIT, DIGITS, latin_digits
from kztr.text.measures import following_scale, imperial_near
from kztr.text.numbering import (
    glued_to_name,
    groups_reversed,
    note_or_label,
    section_number,
    section_parts,
    section_values,
)

KINDS = ("count", "year", "decade", "century", "ordinal", "time", "percentage", "range", "fraction", "date",
         "measure")
_SEPARATORS = ".,'\u066b\u066c\u060c"
DIGIT_RUN = re.compile(rf"[{DIGITS}]+(?:(?:{conventions.BETWEEN_DIGITS})[{DIGITS}]+)*")
_DATE = re.compile(rf"(?<![{DIGITS}])([{DIGITS}]{{1,2}})([./-])([{DIGITS}]{{1,2}})\2([{DIGITS}]{{4}})(?![{DIGITS}])")
_DASHES = "-–—‒−"
_PERCENT_SIGNS = ("%", "٪", "％")
PERCENT_WORDS = re.compile(r"per ?cent|процент|pour ?cent|prozent|por ?ciento|percent|yüzde|درصد|بالمئة|بالمائة|"
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

    @property
    def value(self) -> str:
        return self.values[0]


def canonical(integer: str, fraction: str = "") -> str:
    """A number's value as text: no leading zeros, no trailing fraction zeros.

    >>> canonical("012", "50"), canonical("2022"), canonical("0", "0")
    ('12.5', '2022', '0')
    """
    integer = latin_digits(integer).lstrip("0") or "0"
    fraction = latin_digits(fraction).rstrip("0")
    return f"{integer}.{fraction}" if fraction else integer


def decimal_text(value: Decimal) -> str:
    """A Decimal as ``canonical`` writes it (1.50E+6 is 1500000).

    >>> decimal_text(Decimal("1.5") * 1000000), decimal_text(Decimal("0.3330"))
    ('1500000', '0.333')
    """
    text = format(value.normalize(), "f")
    return canonical(*text.split(".")) if "." in text else canonical(text)


def agree(a: Quantity, b: Quantity) -> bool:
    """Do ``a`` and ``b`` state the same quantity (one reading in common, or a converted measure)?"""
    if set(a.values) & set(b.values):
        return True
    return _within(a, b) or _within(b, a)


def _within(measure: Quantity, other: Quantity) -> bool:
    if not measure.near:
        return False
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
    return language.split("_")[0].split("-")[0].lower() in ("ar", "arb", "fa", "ur", "ps")


@cache
def language_separators(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The decimal and group separators ``language`` writes (Babel's, and the Arabic ones), English's if unknown."""
    from kztr.locales import number_symbols

    try:
        decimals, groups = number_symbols(language)
    except Exception:  # an unknown language reads as English does
        decimals, groups = frozenset("."), frozenset(",")
    return decimals | {ARABIC_DECIMAL}, groups | {ARABIC_GROUP}


def _read_digits(text: str, language: str) -> list[Quantity]:
    arabic = _is_arabic(language)
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        for group, optional in ((1, False), (3, True), (4, False)):
            found.append(Quantity((canonical(match.group(group)),), "date", match.group(group), match.start(group),
                                  match.end(group), optional=optional))
        taken.append(match.span())
    for pattern in (clock.HOURS_MINUTES, clock.HOURS, *((clock.SLASHED,) if arabic else ())):
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
        values = tuple(dict.fromkeys(_run_values(match.group(), arabic, language)
                                     + conventions.more_readings(text, match.start(), match.group(), arabic)))
        quantity, scale = _with_context(text, match.start(), match.end(), values, language, arabic)
        if note_or_label(text, match.start(), match.end(), arabic) or conventions.formula_digit(
                text, match.start(), match.end()):
            quantity = _replace(quantity, optional=True)
        runs.append((quantity, scale))
    found += _ranges(text, runs, language)
    found.sort(key=lambda quantity: quantity.start)
    return found


def _time(text: str, reading: clock.Reading) -> Quantity:
    values, start, end = reading
    return Quantity(values, "time", text[start:end], start, end)


def _leading_digits(text: str) -> int:
    """How many digits ``text`` starts with."""
    match = re.match(rf"[{DIGITS}]*", text)
    return match.end() if match else 0  # never None: the class with * matches every text, if only emptily


def _run_values(run: str, arabic: bool, language: str) -> tuple[str, ...]:
    """Every reading of one run of digits and separators (spaces included)."""
    pieces = re.split(r"[ \u00a0\u202f]", run)
    readings = [_piece_values(piece, arabic, language) for piece in pieces]
    if len(pieces) == 1:
        return readings[0]
    values: list[str] = []
    _decimals, groups = language_separators(language)
    whole = "".join(pieces)
    if (arabic or " " in groups) and len(latin_digits(pieces[0])) <= 3 and pieces[0].isdigit() and all(
            len(piece) == 3 and piece.isdigit() for piece in pieces[1:-1]) and _leading_digits(pieces[-1]) == 3:
        values += _piece_values(whole, arabic, language)
    if arabic and groups_reversed(pieces):
        # Arabic text copied in visual order writes the groups right to left: 000 475 is 475,000
        reversed_value = _piece_values("".join(reversed(pieces)), arabic, language)[0]
        values.insert(0 if pieces[0].startswith(("0", "٠", "۰")) else len(values), reversed_value)
    if all(piece.isdigit() for piece in pieces):
        values.append(canonical(whole))  # a telephone number written in groups: 116 123
    for reading in readings:
        values += reading
    return tuple(dict.fromkeys(values))


def _piece_values(piece: str, arabic: bool, language: str) -> tuple[str, ...]:
    """Readings of digits with separators but no space: ``1,234.5``; ``150.000`` in Arabic is either."""
    parts = re.split(f"([{_SEPARATORS}])", piece)
    digits, separators = parts[0::2], parts[1::2]
    if not separators:
        return (canonical(piece),)
    if arabic:
        return _arabic_readings(digits, separators)
    decimals, groups = language_separators(language)
    if section_parts(digits, separators, groups):
        return section_values(digits)  # 3.2.1 is the section 3-2-1 of the Arabic
    integer, index = digits[0], 0
    while index < len(separators):
        separator, following = separators[index], digits[index + 1]
        if separator in groups and len(following) == 3 and (index > 0 or len(integer) <= 3):
            integer += following
        elif separator in decimals and index == len(separators) - 1:
            return (canonical(integer, following),)
        elif separator == "." and len(separators) == 1:
            return canonical(integer), canonical(integer, following)  # a section number: 5.1 in Russian
        else:
            return (canonical(integer),)  # what follows is another number, read on its own
        index += 1
    return (canonical(integer),)


def _arabic_readings(digits: list[str], separators: list[str]) -> tuple[str, ...]:
    readings = []
    grouped = digits[0]
    for index, separator in enumerate(separators):
        following = digits[index + 1]
        if separator != ARABIC_DECIMAL and len(following) == 3 and (index > 0 or len(digits[0]) <= 3):
            grouped += following
        elif separator != ARABIC_GROUP and index == len(separators) - 1:
            readings.append(canonical(grouped, following))
            break
        else:
            break
    else:
        readings.append(canonical(grouped))
    if len(separators) == 1 and separators[0] != ARABIC_GROUP:
        readings.append(canonical(digits[0], digits[1]))
    return tuple(dict.fromkeys(readings))


def _with_context(text: str, start: int, end: int, values: tuple[str, ...], language: str,
                  arabic: bool) -> tuple[Quantity, Decimal]:
    """The run as a quantity: a multiplier word after it, a percent sign, a Hijri year, a measure."""
    kind = "count"
    scale, end_scale = following_scale(text, start, end, language)
    near: tuple[tuple[float, float], ...] = ()
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
        near = imperial_near(text, end, values, language)
        if near:
            kind = "measure"
        elif _ORDINAL_SUFFIX.match(text, end):
            kind = "ordinal"
        elif scale == 1 and len(values) == 1 and values[0].isdigit() and 1000 <= int(values[0]) <= 2100 and len(
                latin_digits(text[start:end])) == 4:
            kind = "year"
    return Quantity(values, kind, text[start:end], start, end, near=near), scale


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
                                         near=imperial_near(text, second.end, first.values, language))
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
    from kztr.text.number_words import spelled_numbers

    found = []
    for values, kind, start, end in (*spelled_numbers(text, language), *conventions.numerals_in_words(text, language)):
        if kind == "fraction":  # half is also 50 per cent
            values = (*values, *(value * 100 for value in values))
        found.append(Quantity(tuple(dict.fromkeys(decimal_text(value) for value in values)), kind, text[start:end],
                              start, end, spelled=True))
    return found


def to_decimal(value: str) -> Decimal | None:
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


__all__ = ["ARABIC_DECIMAL", "ARABIC_GROUP", "DIGIT_RUN", "KINDS", "PERCENT_WORDS", "Quantity", "agree",
           "canonical", "decimal_text", "read_quantities"]
