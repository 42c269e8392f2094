"""How documents number and annotate their text, which the number reader must not take for quantities.

Part of the number reader (``kztr.text.quantities``), conventions of official and
news text in Arabic and its translations:

* ``note_or_label``: footnote markers and list labels (السلاح(1), '1` for (i),
  секретаря1;, 2014;1), which a translation writes its own way or not at all;
* ``groups_reversed``: digit groups copied in right-to-left order (000 475 is
  475,000), a second reading of an Arabic number;
* ``section_number``: 5-1 as the section or article 5.1 (or a range); ``section_parts`` and
  ``section_values``: a translation's 3.2.1 as the Arabic's 3-2-1.
"""

from __future__ import annotations

import re

from kztr.text.digits import DIGITS


def note_or_label(text: str, start: int, end: int, arabic: bool) -> bool:
    """A footnote marker or a list label, which a translation writes its own way or not at all: a
    bracketed number glued to what precedes it (السلاح(1), 2014(2)(1)), the Arabic's '1` for (i); in a
    translation, a number glued to the end of a word or after a semicolon (секретаря1;, 2014;1).

    >>> from kztr.text.quantities import read_quantities
    >>> [q.optional for q in read_quantities("هيئة نزع السلاح(1)؛ '1` في الفقرة (2)", "ar", False)]
    [True, True, False]
    >>> [q.optional for q in read_quantities("доклад секретаря1; в 2014;2 году 5 km2 и COVID-19", "ru", False)]
    [True, False, True, False, True, False]
    """
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    if arabic:
        glued = start >= 2 and not text[start - 2].isspace()
        return (before == "(" and after == ")" and glued) or (
            before in ("'", "`") and after in ("'", "`") and end - start <= 2)
    return end - start <= 2 and not after.isalnum() and (before == ";" or (before.isalpha() and before.islower()))


_LAST_GROUP = re.compile(rf"[{DIGITS}]{{3}}(?:[.,\u066b][{DIGITS}]+)?")


def groups_reversed(pieces: list[str]) -> bool:
    """Could the digit groups be in right-to-left order (``000 201 036 1`` for 1,036,201,000)?

    The last group of the number (first here) may have decimals: ``958.6 1`` is 1,958.6.

    >>> groups_reversed(["000", "475"]), groups_reversed(["958.6", "1"]), groups_reversed(["2", "500"])
    (True, True, False)
    """
    return (bool(_LAST_GROUP.fullmatch(pieces[0])) and all(len(piece) == 3 and piece.isdigit()
                                                           for piece in pieces[1:-1])
            and pieces[-1].isdigit() and 1 <= len(pieces[-1]) <= 3)


def section_number(text: str, first, second) -> bool:
    """Two numbers of one to three digits joined by a hyphen (no space before it), ``5-1``, ``17-33``, ``6- 11``:
    as Arabic numbers a section, an article or a paragraph (المادة 209-2 is rule 209.2)."""
    return (text[first.end:second.start] in ("-", "- ") and 1 <= len(first.text) <= 3
            and 1 <= len(second.text) <= 3 and first.text.isdigit() and second.text.isdigit())


def section_parts(digits: list[str], separators: list[str], groups: frozenset[str]) -> bool:
    """A translation's section number of three parts or more, ``3.2.1`` (not 1.234.567 where a full stop
    groups thousands)."""
    return (len(separators) >= 2 and all(separator == "." for separator in separators)
            and all(1 <= len(part) <= 3 for part in digits)
            and not ("." in groups and all(len(part) == 3 for part in digits[1:])))


def section_values(digits: list[str]) -> tuple[str, ...]:
    """Every reading the Arabic's ``3-2-1`` may have in a translation's ``3.2.1``: each part, and each
    two neighbours as one number (3.2 and 2.1), since the Arabic's parts read as both.

    >>> from kztr.text.quantities import read_quantities
    >>> [q.values for q in read_quantities("3.2.1 Progress", "en", False)]
    [('3', '3.2', '2', '2.1', '1')]
    """
    values: list[str] = []
    for index, part in enumerate(digits):
        values.append(str(int(part)))
        if index + 1 < len(digits):
            following = digits[index + 1].rstrip("0")
            values.append(f"{int(part)}.{following}" if following else str(int(part)))
    return tuple(dict.fromkeys(values))


def glued_to_name(text: str, start: int) -> bool:
    """Is the number glued by a hyphen to the word before it, as a name's number (كوف-2, COVID-19)?"""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def bare_fraction(text: str, start: int, run: str) -> bool:
    """Digits after a full stop that follows no digit: a decimal without its 0 (و.08% is 0.08%).

    >>> from kztr.text.quantities import read_quantities
    >>> [q.values for q in read_quantities("بين 13.04% في الجزائر و.08% في نيوزيلندا", "ar", False)]
    [('13.04',), ('8', '0.08')]
    """
    return (start >= 1 and text[start - 1] == "." and run.isdigit()
            and (start < 2 or not text[start - 2].isdigit()))
