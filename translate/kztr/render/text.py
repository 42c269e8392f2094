"""The translated article alone, as plain text in the source's block structure.

One block per paragraph, blocks separated by a blank line, in source order.
A unit without a translation to show keeps its source text, as gettext
(``msgfmt``) and po4a do; ``--min-complete`` is the way to refuse a text
that is not translated enough. Being plain text, nothing is escaped.
"""

from __future__ import annotations

from kztr.render.bilingual import Edition


def render_text(edition: Edition) -> str:
    """The translation, block by block.

    >>> from kztr.render.bilingual import Language, Pair, Row
    >>> from kztr.stats import Counts
    >>> ar, en = Language("ar", "العربية", "Arabic", "rtl"), Language("en", "English", "English", "ltr")
    >>> rows = (Row("title", 0, 1, (Pair("عنوان", "A title", "translated", 0, 0),)),
    ...         Row("paragraph", 1, 3, (Pair("جملة.", "A sentence.", "translated", 1, 0),
    ...                                 Pair("أخرى.", "", "untranslated", 1, 1))))
    >>> print(render_text(Edition("d", "s", "c", ar, en, rows, Counts())), end="")
    A title
    <BLANKLINE>
    A sentence. أخرى.
    """
    blocks = [
        " ".join(pair.translation if pair.shown else pair.source for pair in row.pairs)
        for row in edition.rows
    ]
    return "\n\n".join(" ".join(block.split()) for block in blocks) + "\n"
