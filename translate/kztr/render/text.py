"""The translated article alone, as plain text in the source's block structure.

One block per paragraph, blocks separated by a blank line, in source order.
Nothing a reader could take for finished translation is left unmarked: a
unit without a translation keeps its source text, in brackets with what it
is (``[untranslated: …]``, ``[fuzzy, left out: …]`` with ``--no-fuzzy``),
and a fuzzy translation is shown as ``[needs review: …]``; the same words the
HTML edition's markers use. ``--min-complete`` is the way to refuse a text
that is not translated enough. The text of a plain-text document is plain
text: nothing is escaped.

The text of a Markdown document is Markdown again: headings, list items,
quotes, tables and code blocks are written as the source wrote them, with
the translated units in them. It is escaped as the Markdown edition is
(``kztr.render.markdown``): a unit keeps its own inline markup (emphasis,
code, http/https/mailto links, written back from its tokens) and nothing
else becomes markup; a translation whose markup is not its source's is
shown as text, ``[markup differs: …]``; text nobody translates (a cell of
numbers or dates) is in the reader's digits (``kztr.render.typography``).
"""

from __future__ import annotations

import re

from kztr.render.bilingual import Edition, Pair, Row

MARKERS = ("untranslated", "fuzzy, left out", "needs review", "markup differs")


def unit_text(pair: Pair) -> str:
    """A unit as the text shows it: its translation, or its source marked.

    >>> unit_text(Pair("جملة.", "", "untranslated", 1, 0))
    '[untranslated: جملة.]'
    >>> unit_text(Pair("جملة.", "A sentence.", "fuzzy", 1, 0))
    '[needs review: A sentence.]'
    """
    if pair.needs_review:
        return f"[needs review: {pair.translation}]"
    if pair.shown:
        return pair.translation
    label = "fuzzy, left out" if pair.state == "fuzzy" else "untranslated"
    return f"[{label}: {pair.source}]"


def render_text(edition: Edition) -> str:
    """The translation, block by block.

    >>> from kztr.render.bilingual import Language, Row
    >>> from kztr.stats import Counts
    >>> ar, en = Language("ar", "العربية", "Arabic", "rtl"), Language("en", "English", "English", "ltr")
    >>> rows = (Row("title", 0, 1, (Pair("عنوان", "A title", "translated", 0, 0),)),
    ...         Row("paragraph", 1, 3, (Pair("جملة.", "A sentence.", "translated", 1, 0),
    ...                                 Pair("أخرى.", "", "untranslated", 1, 1))))
    >>> print(render_text(Edition("d", "s", "c", ar, en, rows, Counts())), end="")
    A title
    <BLANKLINE>
    A sentence. [untranslated: أخرى.]
    """
    blocks = [_markdown_block(edition, row) if edition.markup else _text(row) for row in edition.rows]
    return "\n\n".join(blocks) + "\n"


def _text(row: Row) -> str:
    text = row.text if row.verbatim else " ".join(unit_text(pair) for pair in row.pairs)
    return _BLANKS.sub(" ", text).strip()  # a no-break space (Russian typography) stays


_BLANKS = re.compile(r"[ \t\r\n\f\v]+")


_PREFIX = {"title": "# ", "heading": "## ", "quote": "> "}


def _markdown_unit(edition: Edition, pair: Pair) -> str:
    """A unit of a Markdown document as Markdown: escaped, its own markup kept, the markers escaped too."""
    from kztr.render.markdown import embed, inline_text

    source, target = edition.source, edition.target
    if not pair.shown:
        label = "fuzzy, left out" if pair.state == "fuzzy" else "untranslated"
        body = embed(inline_text(pair.source, source.direction, True), source.direction, target.direction)
        return f"\\[{label}: {body}\\]"
    body = inline_text(pair.translation, target.direction, not pair.markup_broken)
    if pair.markup_broken:
        body = f"\\[markup differs: {body}\\]"
    return f"\\[needs review: {body}\\]" if pair.needs_review else body


def _markdown_inline(edition: Edition, pairs, text: str) -> str:
    from kztr.render.markdown import inline_text

    if pairs:
        return " ".join(_markdown_unit(edition, pair) for pair in pairs)
    return inline_text(text, edition.target.direction, True)


def _markdown_block(edition: Edition, row: Row) -> str:
    from kztr.render.markdown import ALIGN, escape_line_start

    if row.kind == "code":
        fence = "`" * (max((len(run) for run in re.findall("`{3,}", row.text)), default=2) + 1)
        return f"{fence}\n{row.text}\n{fence}"
    if row.table:
        lines = []
        for number, line in enumerate(row.table):
            cells = (_markdown_inline(edition, cell.pairs, cell.target_text) for cell in line)
            lines.append("| " + " | ".join(cells) + " |")
            if number == 0:
                lines.append("|" + "|".join(ALIGN.get(cell.align, "---") for cell in line) + "|")
        return "\n".join(lines)
    text = escape_line_start(_markdown_inline(edition, row.pairs, row.target_text))
    if row.item is not None:
        marker = f"{row.item.number}." if row.item.number is not None else "-"
        return "   " * (row.item.depth - 1) + f"{marker} {text}"
    if row.kind in ("title", "heading"):
        text = _CLOSING_HASHES.sub(r"\\\1", text)
    return _PREFIX.get(row.kind, "") + text


_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)$")  # "# title #": the closing sequence of a heading
