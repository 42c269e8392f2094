"""The ``numbers`` check: the same numbers in the source and the translation.

Numbers are compared as values, whatever the digits (0-9, ٠-٩, ۰-۹) and the
separators: the source is read with the Arabic separators (١٢٫٥, ١٠٬٠٠٠) and
the Latin ones; the translation with the target language's own, from Babel
(12.5 and 10,000 in English, 12,5 and 10 000 in Russian), so 10,000 in a
Russian translation is 10 and does not pass for ١٠٬٠٠٠. A range is its two
ends, whatever the dash (2022-2024 = 2022–2024 = 2022–24); a date written
14.10.2022 needs its day and year (the month may become a word). A percent
sign (% or ٪) stays a percent sign or the word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kztr.text.arabic import DIGITS, latin_digits, number_word_values

_NUMBER = re.compile(rf"[{DIGITS}]+(?:[.,'\u066b\u066c \u00a0\u202f][{DIGITS}]+)*")
_DATE = re.compile(rf"(?<![{DIGITS}])([{DIGITS}]{{1,2}})([./-])([{DIGITS}]{{1,2}})\2([{DIGITS}]{{4}})(?![{DIGITS}])")
_ANY_DIGIT = re.compile(f"[{DIGITS}]")
_DASHES = "-–—‒−"
_PERCENT_WORDS = re.compile(r"per ?cent|процент|pour ?cent|prozent|por ?ciento|percent|yüzde|درصد|بالمئة|بالمائة|في المائة",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Number:
    value: str
    text: str
    start: int
    end: int
    percent: bool = False


def canonical(integer: str, fraction: str = "") -> str:
    """A number's value as text: no leading zeros, no trailing fraction zeros.

    >>> canonical("012", "50"), canonical("2022"), canonical("0", "0")
    ('12.5', '2022', '0')
    """
    integer = latin_digits(integer).lstrip("0") or "0"
    fraction = latin_digits(fraction).rstrip("0")
    return f"{integer}.{fraction}" if fraction else integer


def _split_token(text: str, decimals: frozenset[str], groups: frozenset[str]) -> list[tuple[str, int, int]]:
    """Values of one run of digits and separators, with their spans inside the run."""
    parts = re.split(r"([^0-9\u0660-\u0669\u06f0-\u06f9])", text)
    digits, separators = parts[0::2], parts[1::2]
    values: list[tuple[str, int, int]] = []
    position = 0
    index = 0
    while index < len(digits):
        start = position
        integer = digits[index]
        position += len(digits[index])
        fraction = ""
        grouped = False
        while index < len(separators):
            separator, following = separators[index], digits[index + 1]
            if separator in groups and len(following) == 3 and (grouped or len(integer) <= 3):
                integer += following
                grouped = True
            elif separator in decimals and not fraction and (index + 1 == len(separators) or separators[index + 1]
                                                               not in decimals | groups):
                fraction = following
            else:
                break
            position += len(separator) + len(following)
            index += 1
        values.append((canonical(integer, fraction), start, position))
        if index < len(separators):
            position += len(separators[index])
        index += 1
    return values


@lru_cache(maxsize=65536)
def find_numbers(text: str, decimals: frozenset[str], groups: frozenset[str]) -> tuple[Number, ...]:
    """Every number in ``text``; separators read with the given symbols plus the Arabic ones.

    Cached: a source sentence is read once for all its languages.

    >>> [n.value for n in find_numbers("١٢٫٥ و١٠٬٠٠٠ عام 2022-24", frozenset("."), frozenset(","))]
    ['12.5', '10000', '2022', '2024']
    >>> [n.value for n in find_numbers("10,000 и 12,5", frozenset(","), frozenset(" "))]
    ['10', '12.5']
    """
    if not _ANY_DIGIT.search(text):
        return ()
    decimals, groups = decimals | {"\u066b"}, groups | {"\u066c"}
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        day, month, year = match.group(1), match.group(3), match.group(4)
        found.append(Number(f"date:{canonical(day)}.{canonical(month)}.{canonical(year)}", match.group(),
                            match.start(), match.end()))
        taken.append(match.span())
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        raw = match.group().rstrip(" \u00a0\u202f")
        for value, start, end in _split_token(raw, decimals, groups):
            begin, finish = match.start() + start, match.start() + end
            after = text[finish:finish + 2].lstrip(" \u00a0\u202f")[:1]
            found.append(Number(value, text[begin:finish], begin, finish, percent=after in ("%", "٪")))
    found.sort(key=lambda number: number.start)
    return tuple(_expand_ranges(text, found))


def _expand_ranges(text: str, numbers: list[Number]) -> list[Number]:
    """2022–24 is 2022–2024: a shorter second end takes the first end's leading digits."""
    result = list(numbers)
    for index in range(1, len(result)):
        first, second = result[index - 1], result[index]
        between = text[first.end:second.start].strip()
        if (len(between) == 1 and between in _DASHES and second.value.isdigit() and first.value.isdigit()
                and len(second.value) < len(first.value) and int(second.value) < int(first.value) % 10 ** len(
                    second.value) + 10 ** len(second.value)):
            full = first.value[: len(first.value) - len(second.value)] + second.value
            if int(full) > int(first.value):
                result[index] = Number(full, second.text, second.start, second.end, second.percent)
    return result


def _needs(number: Number) -> list[str]:
    if number.value.startswith("date:"):
        day, _, year = number.value[5:].split(".")
        return [day, year]
    return [number.value]


def _values(numbers) -> Counter:
    counter: Counter = Counter()
    for number in numbers:
        if number.value.startswith("date:"):
            day, month, year = number.value[5:].split(".")
            counter.update([day, month, year])
        else:
            counter[number.value] += 1
    return counter


def check_numbers(source: str, translation: str, context) -> list[tuple[str, str]]:
    """(severity, message) for every number lost, changed or added."""
    source_numbers = find_numbers(source, context.source_decimals, context.source_groups)
    target_numbers = find_numbers(translation, context.target_decimals, context.target_groups)
    have = _values(target_numbers)
    findings: list[tuple[str, str]] = []
    missing, fewer = [], []
    needed: Counter = Counter()
    shown: dict[str, str] = {}
    for number in source_numbers:
        for value in _needs(number):
            needed[value] += 1
            shown.setdefault(value, number.text)
    for value, count in needed.items():
        if not have[value]:
            missing.append(value)
        elif have[value] < count:
            fewer.append((value, count, have[value]))
    if missing:
        listed = ", ".join(_show(shown[value], value) for value in missing)
        found = ", ".join(number.text for number in target_numbers)
        findings.append(("error", f"{_plural(len(missing), 'number')} of the source missing: {listed}"
                                  + (f" (the translation has {found})" if found else " (the translation has none)")))
    for value, count, got in fewer:
        findings.append(("warning", f"{value} appears {count} times in the source, {got} in the translation"))
    source_values = _values(source_numbers)
    extra = [number for number in target_numbers if not number.value.startswith("date:")
             and not source_values[number.value]]
    if extra:
        words = number_word_values(source)
        extra = [number.text for number in extra if number.value not in words]
    if extra:
        findings.append(("warning", f"{_plural(len(extra), 'number')} not in the source: {', '.join(extra)}"))
    source_percent = sum(1 for number in source_numbers if number.percent)
    target_percent = sum(1 for number in target_numbers if number.percent) + len(_PERCENT_WORDS.findall(translation))
    if source_percent > target_percent:
        findings.append(("error", "a percentage lost its percent sign (% or ٪ in the source)"))
    return findings


def _show(text: str, value: str) -> str:
    return text if latin_digits(text) == value else f"{text} ({value})"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 else ''}" if count != 1 else f"a {word}"
