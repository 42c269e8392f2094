"""Numbers in a source sentence and its translation: when only numbers changed, update the translation.

The merge (``kztr.reuse.merge``) and the memory (``kztr.reuse.memory``) use this
for a unit whose edit touched numbers only (a date, a count, a year), and the
merge to undo it when the edit is reverted. Digits are the one digit table's
(``kztr.text.digits``); a number is a run of digits and separators as the number
reader (``kztr.text.quantities``) reads them, without spaces: a space between
two numbers of a sentence that changed is not a thousands separator to rewrite.
"""

from __future__ import annotations

import re

from kztr.text.digits import ARABIC_DECIMAL, ARABIC_GROUP, DIGITS, latin_digits, written_like

NUMBER = re.compile(rf"[{DIGITS}]+(?:[.,{ARABIC_DECIMAL}{ARABIC_GROUP}][{DIGITS}]+)*")
_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def update_numbers(old_source: str, new_source: str, translation: str) -> str | None:
    """The translation with its numbers updated, when only numbers changed.

    Returns None when the sources differ in more than numbers.  A number is
    updated only where it is unambiguous: its old value occurs once in the old
    source and once in the translation.

    >>> update_numbers("في 14 أكتوبر", "في 15 أكتوبر", "on 14 October")
    'on 15 October'
    >>> update_numbers("عام ٢٠٢١", "عام ٢٠٢٢", "in 2021")
    'in 2022'
    >>> update_numbers("في 14 أكتوبر", "في 14 نوفمبر", "on 14 October") is None
    True
    >>> update_numbers("حضر القداس 25.000 شخص", "حضر القداس 30.000 شخص", "25,000 people attended the mass")
    '30,000 people attended the mass'
    """
    renumbered = renumber(old_source, new_source, translation)
    return None if renumbered is None else renumbered[0]


def renumber(old_source: str, new_source: str, translation: str) -> tuple[str, bool] | None:
    """``update_numbers`` plus whether every changed number could be updated.

    >>> renumber("خلال 2022، ... عام 2022.", "خلال 2022، ... عام 2023.", "During 2022, ... in 2022.")
    ('During 2022, ... in 2022.', False)
    """
    old_numbers, new_numbers = NUMBER.findall(old_source), NUMBER.findall(new_source)
    if NUMBER.sub("#", old_source) != NUMBER.sub("#", new_source) or len(old_numbers) != len(new_numbers):
        return None
    found = [(match, _value(match.group())) for match in NUMBER.finditer(translation)]
    found_values = [value for _, value in found]
    pairs = [_as_translated(_value(old), _value(new), found_values)
             for old, new in zip(old_numbers, new_numbers, strict=True)]
    old_values = [old for old, _ in pairs]
    wanted = {old: new for old, new in pairs if old != new}
    changes = {old: new for old, new in wanted.items()
               if old_values.count(old) == 1 and found_values.count(old) == 1}
    pieces, last = [], 0
    for match, value in found:  # all at once, so 2021->2022 and 2022->2023 cannot chain
        if value in changes:
            pieces += [translation[last:match.start()], _written_like(match.group(), changes[value])]
            last = match.end()
    pieces.append(translation[last:])
    return "".join(pieces), len(changes) == len(wanted)


def _as_translated(old: str, new: str, found: list[str]) -> tuple[str, str]:
    """An old and new source number read as the translation reads them: Arabic (and European)
    news write thousands with dots, ``25.000``, which an English translation writes ``25,000``.

    >>> _as_translated("25.000", "30.000", ["25000"])
    ('25000', '30000')
    >>> _as_translated("3.500", "4.500", ["3.500"])
    ('3.500', '4.500')
    """
    grouped = _DOT_GROUPED.match(old) and old not in found and old.replace(".", "") in found
    if grouped and _DOT_GROUPED.match(new):
        return old.replace(".", ""), new.replace(".", "")
    return old, new


def _value(number: str) -> str:
    """A number's digits, Western, without grouping: ``١٠٬٠٠٠`` -> ``10000``."""
    return latin_digits(number).replace(ARABIC_DECIMAL, ".").replace(ARABIC_GROUP, "").replace(",", "")


def _written_like(written: str, value: str) -> str:
    """``value`` in the style of ``written``: its digits, its thousands separators.

    >>> _written_like("1,500.5", "1600.5"), _written_like("10,000", "12000"), _written_like("٢٠٢١", "2022")
    ('1,600.5', '12,000', '٢٠٢٢')
    """
    replacement = value
    if "," in written:
        integer, point, fraction = value.partition(".")
        replacement = f"{int(integer):,}{point}{fraction}"
    return written_like(written, replacement)
