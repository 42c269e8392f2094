"""Ways real translations write a number that are not differences (issue 17, round 6: XQuAD, TICO-19, UN).

The number reader (``kztr.text.quantities``) asks this module for readings a
run of digits has besides its own, and which runs are optional:

* a chemical formula's digit (``O 2``, ``CO2``, ``H2O``) is the formula's, which a
  translation may name in words (кислород, carbon dioxide): optional on both sides;
* an SI prefix after a number (1.5 gigatons, 1,5 гигатонн) multiplies it: the
  source's ``1.5 مليار طن`` (and the Arabic's كيلو: ``32 كيلو قاعدة`` is 32,000 bases);
* digits in braces (``{0,1}``) are a set, each of them a number of its own, not a decimal;
* ``× 1011`` after a number is 10¹¹ whose superscript was lost: 10 and 11 too;
* ``500,000`` in Russian (which reads 500) or ``42.000`` in English (42) may be
  the source's 500000 or 42000 written with another language's thousands
  separator (the check's warning);
* Russian says a number inside a word: двухочковой (2), Семёрка (7), дюжина (12);
  a Roman numeral after a word that classifies is a number: type I, типа II;
* an Arabic unit's square or cube (``كلم2``, ``م3``) is no number of the text;
* a 100 per cent may be said as a word (pure oxygen, чистого кислорода).

The Arabic comma ``،`` between digits separates two numbers (``3،3``) unless
three digits follow it (``30،000``): ``BETWEEN_DIGITS``, the reader's joints
between the digits of one number, says so.
"""

from __future__ import annotations

import re
from decimal import Decimal

from kztr.text.digit_runs import canonical, decimal_text, language_separators
from kztr.text.digits import DIGITS
from kztr.text.measures import kilo_after
from kztr.text.numbering import bare_fraction
from kztr.text.target import base_language

# what may stand between the digits of one number: separators, spaces, and ، before three digits only
BETWEEN_DIGITS = rf"[.,'\u066b\u066c \u00a0\u202f]|\u060c(?=[{DIGITS}]{{3}}(?![{DIGITS}]))"

# the elements of everyday formulas (CO2, H2O, O3, CH4, NaCl, SO2, NOx, C6H12O6, Fe2O3)
_ELEMENT = r"(?:Cl|Na|Mg|Al|Si|Ca|Fe|Cu|Zn|Ag|Au|Hg|Pb|Sn|Mn|Cr|Ni|Co|Ti|Br|He|Li|Ne|Ar|[HCNOFPSKIU])"
_FORMULA_BEFORE = re.compile(rf"(?<![A-Za-z0-9\-])(?:{_ELEMENT}\d{{0,2}}){{1,4}} ?$")
_AREA_BEFORE = re.compile(r"(?<![\w])(?:كلم|كم|م|سم|مم)$")
_SI_PREFIX = re.compile(r"[ \u00a0\u202f]?(giga|гига|mega|мега|tera|тера)(?=\w)", re.IGNORECASE)
_SI_VALUES = {"giga": 10 ** 9, "гига": 10 ** 9, "mega": 10 ** 6, "мега": 10 ** 6, "tera": 10 ** 12,
              "тера": 10 ** 12}
_GROUPED = re.compile(r"[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*")
_TIMES = re.compile(r"[×x·*][ \u00a0\u202f]?$")
_WHOLE = re.compile(r"\b(?:pure|purely|entirely|wholly|fully|completely|чист|полност|целиком)", re.IGNORECASE)
# a Russian numeral as the first part of a word (двухочковой, пятилетний, двадцатилетия) or as a noun (семёрка)
_RU_STEM = re.compile(r"(?<!\w)(двадцати|тридцати|пятидесяти|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|"
                      r"десяти|двенадцати)(?!сот|нар|тысяч)(?=[а-яё]{3,})", re.IGNORECASE)
_RU_NOUN = re.compile(r"(?<!\w)(двойк|тройк|четв[её]рк|пят[её]рк|шест[её]рк|сем[её]рк|восьм[её]рк|девятк|"
                      r"десятк|дюжин)(?=[аиуеыо]\w{0,2}(?!\w))", re.IGNORECASE)
# a Roman numeral after a word that classifies (type I, type-II, stage IV, типа I, фазы III)
_CLASSIFIED = re.compile(r"(?<!\w)(?:types?|class|phase|stage|grade|category|level|тип[аеуы]?|класс[аеу]?|фаз[аеуы]|"
                         r"стади[ияюей]|степен[иь]|категори[ияюей])[ -]((?-i:X|IX|IV|V?I{0,3})(?<=[IVX]))(?![\w-])",
                         re.IGNORECASE)
_RU_VALUES = {"двадцати": 20, "тридцати": 30, "пятидесяти": 50, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5,
              "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "двенадцати": 12, "двойк": 2,
              "тройк": 3, "четверк": 4, "пятерк": 5, "шестерк": 6, "семерк": 7, "восьмерк": 8, "девятк": 9,
              "десятк": 10, "дюжин": 12}


def formula_digit(text: str, start: int, end: int) -> bool:
    """Is the run at ``start:end`` the digit of a chemical formula (``O 2``, ``CO2``, ``H2O``) or of a
    unit's square or cube (``كلم2``)?

    >>> from kztr.text.quantities import read_quantities
    >>> [q.optional for q in read_quantities("خليط من الأسيتيلين وO 2 وCO2 في 1901 وK-12 وCOVID-19", "ar", False)]
    [True, True, False, False, False]
    >>> [q.optional for q in read_quantities("المنطقة: 294 641 1 كلم2 و2 كلم", "ar", False)]
    [False, True, False]
    """
    if text[start:end] in ("2", "3") and _AREA_BEFORE.search(text, 0, start):
        return True  # كلم2 is km²
    spaced = text[start - 1:start] == " "  # O 2: a subscript set apart, one digit only
    return end - start <= (1 if spaced else 2) and text[start:end].isdigit() and _FORMULA_BEFORE.search(
        text, 0, start) is not None


def more_readings(text: str, start: int, run: str, arabic: bool) -> tuple[str, ...]:
    """Readings of a run of digits its neighbours give: a bare decimal (و.08%), a power of ten that lost
    its superscript (× 1011).

    >>> from kztr.text.quantities import read_quantities
    >>> [q.values for q in read_quantities("و.08% و1.1 × 1011 طن", "ar", False)]
    [('8', '0.08'), ('1.1',), ('1011', '10', '11')]
    """
    if arabic and bare_fraction(text, start, run):
        return (canonical("0", run),)  # و.08% is 0.08%
    if run.startswith("10") and 3 <= len(run) <= 4 and run.isdigit() and _TIMES.search(text, 0, start):
        return "10", canonical(run[2:])
    return ()


def set_members(text: str, start: int, run: str) -> list[tuple[int, int]]:
    """Where the members of a set in braces are (``{0,1}``: 0 and 1, each a number of its own, not the
    decimal 0.1 or alternatives of one number, so that ``{0,2}`` for it is found); [] if ``run`` is none.

    >>> from kztr.text.quantities import read_quantities
    >>> [q.values for q in read_quantities("المجموعة {0,1} و{٢,٣,١٠}", "ar", False)]
    [('0',), ('1',), ('2',), ('3',), ('10',)]
    """
    end = start + len(run)
    if text[start - 1:start] != "{" or text[end:end + 1] != "}" or "," not in run:
        return []
    members, offset = [], start
    for piece in run.split(","):
        if not piece.isdigit():
            return []
        members.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    return members


def scaled_readings(text: str, end: int, values: tuple[str, ...], arabic: bool) -> tuple[str, ...]:
    """The values times the prefix of the word that follows: 1.5 gigatons is 1,500,000,000 tons; the
    Arabic's 32 كيلو قاعدة is 32 kb, and 32 тысячи нуклеотидов.

    >>> scaled_readings("1,5 гигатонн", 3, ("1.5",), False), scaled_readings("32 كيلو قاعدة", 2, ("32",), True)
    (('1500000000',), ('32000',))
    """
    match = None if arabic else _SI_PREFIX.match(text, end)
    if arabic and kilo_after(text, end):
        scale = 1000
    elif match:
        scale = _SI_VALUES[match.group(1).lower()]
    else:
        return ()
    return tuple(decimal_text(Decimal(value) * scale) for value in values if not value.startswith("t:"))


def foreign_grouping(number, language: str) -> str:
    """The value of a translation's number read with the thousands separator its language does not use
    ('' if it has none): 500,000 in Russian (which reads 500), 42.000 in English (42), law № 18.246.

    >>> from kztr.text.quantities import read_quantities
    >>> [foreign_grouping(q, "ru") for q in read_quantities("около 500,000, 1,5 и 18.246", "ru", False)]
    ['500000', '', '18246']
    >>> [foreign_grouping(q, "en") for q in read_quantities("42.000 people, 42,000 and 1.5", "en", False)]
    ['42000', '', '']
    """
    match = _GROUPED.fullmatch(number.text)
    if not match:
        return ""
    return "" if match.group(1) in language_separators(language)[1] else number.text.replace(match.group(1), "")


def said_whole(percentage, translation: str) -> bool:
    """Is a 100 % of the source said as a word (pure oxygen, чистого кислорода, fully)?"""
    return percentage.kind == "percentage" and percentage.value == "100" and _WHOLE.search(translation) is not None


def numerals_in_words(text: str, language: str) -> list[tuple[tuple[Decimal, ...], str, int, int]]:
    """Numerals inside words (Russian: двухочковой 2, «Семёрки Блейка» 7, двадцатилетия 20) and Roman
    numerals after a word that classifies (type I, type-II, типа I).

    >>> [(v, text) for v, _, s, e in numerals_in_words("двухочковой, Семерки и семинар", "ru")
    ...  for text in ["двухочковой, Семерки и семинар"[s:e]]]
    [((Decimal('2'),), 'двух'), ((Decimal('7'),), 'Семерк')]
    >>> [v for v, _, _, _ in numerals_in_words("a type I protein; type-I and type-II cells; type i; I think", "en")]
    [(Decimal('1'),), (Decimal('1'),), (Decimal('2'),)]
    """
    from kztr.text.spelled import roman_value

    base = base_language(language)
    found = [((Decimal(roman_value(match.group(1).upper())),), "count", match.start(1), match.end(1))
             for match in _CLASSIFIED.finditer(text)] if base in ("en", "ru") else []
    for pattern in (_RU_STEM, _RU_NOUN) if base == "ru" else ():
        for match in pattern.finditer(text):
            key = match.group(1).lower().replace("ё", "е")
            found.append(((Decimal(_RU_VALUES[key]),), "count", match.start(), match.end()))
    return sorted(found, key=lambda item: item[2])
