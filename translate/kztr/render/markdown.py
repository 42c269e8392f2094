"""The bilingual edition as a Markdown table (GitHub, GitLab, Gitea, markdown-it).

Markdown hosts strip ``dir`` attributes and most raw HTML from tables, so the
table is pure Markdown and direction is carried by Unicode itself:

* a right-to-left cell starts with U+200F RIGHT-TO-LEFT MARK, so hosts that
  set ``dir="auto"`` on cells (GitHub does) lay it out right to left;
* a left-to-right run inside right-to-left text (``CICA``, ``2022-2024``) is
  wrapped in U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE
  (and right-to-left runs in left-to-right text in U+2067 … U+2069);
* embedding, override and isolate controls coming from a catalog are dropped
  so they cannot unbalance those isolates or reorder a neighbouring cell.

Every string from a source or a catalog is escaped: each Markdown
metacharacter gets a backslash (CommonMark lets any ASCII punctuation be
escaped), so nothing in a translation becomes emphasis, a link, an image, raw
HTML, math or a table column. One row per unit keeps sentences aligned; the
first column numbers the block a unit belongs to.
"""

from __future__ import annotations

import re

from kztr.render.bilingual import Edition, Language, Pair, Row, completeness_line, split_runs

RLM = "\u200f"
_ISOLATE = {"rtl": ("\u2066", "\u2069"), "ltr": ("\u2067", "\u2069")}
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_METACHARACTERS = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|&~:$@^=\"'/])")
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


def escape_markdown(text: str) -> str:
    r"""Backslash every Markdown metacharacter; newlines become spaces.

    >>> escape_markdown("[x](javascript:alert(1)) | **b** <i>")
    '\\[x\\]\\(javascript\\:alert\\(1\\)\\) \\| \\*\\*b\\*\\* \\<i\\>'
    """
    return _METACHARACTERS.sub(r"\\\1", _LINE_BREAKS.sub(" ", text))


def cell_text(text: str, direction: str) -> str:
    """Escaped text with its opposite-direction runs isolated; RLM first if right-to-left.

    >>> cell_text("رئاسة CICA.", "rtl") == "\u200fرئاسة \u2066CICA\u2069\\\\."
    True
    """
    text = _BIDI_CONTROLS.sub("", text)
    opening, closing = _ISOLATE["rtl" if direction == "rtl" else "ltr"]
    pieces = [
        f"{opening}{escape_markdown(piece)}{closing}" if isolate else escape_markdown(piece)
        for piece, isolate in split_runs(text, direction)
    ]
    return (RLM if direction == "rtl" else "") + "".join(pieces)


def _strong(text: str, row: Row) -> str:
    """Bold for titles and headings, the RLM kept first in the cell."""
    if row.kind not in ("title", "heading") or not text:
        return text
    mark = RLM if text.startswith(RLM) else ""
    return f"{mark}**{text[len(mark):]}**"


def _label(language: Language, role: str) -> str:
    name = language.name if language.name.casefold() != language.english.casefold() else ""
    return f"{name} ({language.english} {role})" if name else f"{language.english} {role}"


def _target_cell(edition: Edition, pair: Pair, row: Row) -> str:
    if pair.needs_review:
        return f"*needs review:* {_strong(cell_text(pair.translation, edition.target.direction), row)}"
    if pair.shown:
        return _strong(cell_text(pair.translation, edition.target.direction), row)
    label = "fuzzy, left out" if pair.state == "fuzzy" else "untranslated"
    return f"*{label}:* {cell_text(pair.source, edition.source.direction)}"


def render_markdown(edition: Edition) -> str:
    """A heading, the side-by-side table, and a completeness note."""
    source, target = edition.source, edition.target
    title = edition.title
    lines = []
    if title is not None:
        translated = " ".join(pair.translation for pair in title.pairs if pair.shown)
        heading = cell_text(translated, target.direction) if translated else \
            cell_text(" ".join(pair.source for pair in title.pairs), source.direction)
        lines += [f"# {heading}", ""]
    source_head = cell_text(_label(source, "original"), source.direction)
    target_head = cell_text(_label(target, "translation"), target.direction)
    columns = [source_head, target_head] if edition.source_side == "left" else [target_head, source_head]
    lines += [f"| \\# | {columns[0]} | {columns[1]} |", "|---:|---|---|"]
    for row in edition.rows:
        for pair in row.pairs:
            number = str(row.number) if pair.sentence == row.pairs[0].sentence else ""
            source_cell = _strong(cell_text(pair.source, source.direction), row)
            target_cell = _target_cell(edition, pair, row)
            cells = [source_cell, target_cell] if edition.source_side == "left" else [target_cell, source_cell]
            lines.append(f"| {number} | {cells[0]} | {cells[1]} |")
    lines += ["", escape_markdown(completeness_line(edition))]
    if edition.missing:
        lines += ["", escape_markdown(f"{edition.missing} source units are not in the catalog: run kztr extract.")]
    lines += ["", escape_markdown(f"Source {edition.source_path}, catalog {edition.catalog_path}.")]
    return "\n".join(lines) + "\n"
