"""The readings of one run of digits and separators (``1,234.5``, ``150.000``, ``10 000``), as a language writes them.

Part of the number reader (``kztr.text.quantities``, whose public API is there):

* ``run_values(run, arabic, language)``: every reading of a run, as canonical
  decimal text; Arabic keeps both readings of a comma or full stop before
  exactly three digits (``150.000`` is 150,000 or 150), any other is a decimal;
  a target language reads its own separators (Babel's);
* ``canonical(integer, fraction)``, ``decimal_text(Decimal)``: a value as text;
* ``language_separators(language)``: a language's decimal and group separators.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from kztr.text.digits import ARABIC_DECIMAL, ARABIC_GROUP, DIGITS, latin_digits
from kztr.text.numbering import groups_reversed, section_parts, section_values

SEPARATORS = ".,'\u066b\u066c\u060c"


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


@cache
def language_separators(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The decimal and group separators ``language`` writes (Babel's, and the Arabic ones), English's if unknown."""
    from kztr.locales import number_symbols

    try:
        decimals, groups = number_symbols(language)
    except Exception:  # an unknown language reads as English does
        decimals, groups = frozenset("."), frozenset(",")
    return decimals | {ARABIC_DECIMAL}, groups | {ARABIC_GROUP}


def _leading_digits(text: str) -> int:
    """How many digits ``text`` starts with."""
    match = re.match(rf"[{DIGITS}]*", text)
    return match.end() if match else 0  # never None: the class with * matches every text, if only emptily


def run_values(run: str, arabic: bool, language: str) -> tuple[str, ...]:
    """Every reading of one run of digits and separators (spaces included)."""
    if run.isdigit():  # digits alone, as most runs are: one reading
        return (canonical(run),)
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
    parts = re.split(f"([{SEPARATORS}])", piece)
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
