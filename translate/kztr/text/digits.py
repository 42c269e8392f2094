"""The one digit table: the digits Arabic text is written with, and their values.

Arabic news writes numbers in Western digits (0-9), Arabic-Indic digits
(٠-٩, U+0660–0669) or, copied from Persian or Urdu text, Extended Arabic-Indic
digits (۰-۹, U+06F0–06F9), with the Arabic decimal separator ``٫`` (U+066B)
and thousands separator ``٬`` (U+066C). Everything in kztr that compares,
reads or rewrites digits (the number reader, the merge's number update, the
memory's folding, the segmenter) uses these names.
"""

from __future__ import annotations

import re

DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"  # a regular-expression class body: [{DIGITS}]
ARABIC_DECIMAL = "\u066b"  # ٫
ARABIC_GROUP = "\u066c"    # ٬
TO_LATIN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DIGIT = re.compile(f"[{DIGITS}]")
EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def latin_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as 0-9.

    >>> latin_digits("٢٠٢٢ و۱۴")
    '2022 و14'
    """
    return text.translate(TO_LATIN)


def written_like(written: str, value: str) -> str:
    """``value`` (Western digits) in the digits of ``written``: Arabic-Indic if it uses them.

    >>> written_like("٢٠٢١", "2022"), written_like("2021", "2022")
    ('٢٠٢٢', '2022')
    """
    return value.translate(TO_ARABIC_INDIC) if EASTERN_DIGIT.search(written) else value
