"""The bilingual edition as a Markdown table (GitHub, GitLab, Gitea, markdown-it).

Markdown hosts strip ``dir`` attributes and most raw HTML from tables, so the
table is pure Markdown and direction is carried by Unicode itself:

* a right-to-left cell starts with U+200F RIGHT-TO-LEFT MARK, so hosts that
  set ``dir="auto"`` on cells (GitHub does) lay it out right to left;
* a left-to-right run inside right-to-left text (``CICA``, ``2022-2024``,
  ``info@example.org``) is wrapped in U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP
  DIRECTIONAL ISOLATE (and right-to-left runs in left-to-right text in
  U+2067 … U+2069);
* embedding, override and isolate controls coming from a catalog are dropped
  so they cannot unbalance those isolates or reorder a neighbouring cell.

Every string from a source or a catalog is escaped, but only where Markdown
would read markup: a backslash before ``\\ ` * [ ] < | ~ $``, before ``_`` that
is not inside a word and before ``&`` that starts an entity. So
``source/kazakhstan-diplomacy-2022.txt`` reads as it is, and nothing in a
translation becomes emphasis, a link, an image, raw HTML, math or a table
column. (Hosts that link bare URLs, as GitHub does, link a URL written in any
cell.) The units of a Markdown document keep their inline markup, written
back from markdown-it's tokens: emphasis, code, and links to http, https and
mailto; a translation whose markup is not its source's is escaped whole (see
``kztr.render.inline``).

One row per unit keeps sentences aligned; the first column numbers the block
a unit belongs to. A list item starts with its bullet or number; a code block
ends the table, stands as a fenced block, and the table goes on after it.
"""

from __future__ import annotations

import re

from kztr.render.bilingual import Edition, Language, Pair, Row, completeness_line, split_runs

RLM = "\u200f"
_ISOLATE = {"rtl": ("\u2066", "\u2069"), "ltr": ("\u2067", "\u2069")}
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SPECIAL = re.compile(r"[\\`*\[\]<|~$_&]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_LINE_START = re.compile(r"^([#>+=-]|\d{1,9}(?=[.)]))")
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_BULLETS = ("•", "◦", "▪")
_CLOSING_HASHES = re.compile(r"(?<=\s)(#+)$")  # "# title #": the closing sequence of a heading


def escape_markdown(text: str) -> str:
    r"""Backslash what Markdown would read as markup, and nothing else; newlines become spaces.

    >>> escape_markdown("[x](javascript:alert(1)) | **b** <i> &amp; source/kazakhstan_diplomacy-2022.txt")
    '\\[x\\](javascript:alert(1)) \\| \\*\\*b\\*\\* \\<i> \\&amp; source/kazakhstan_diplomacy-2022.txt'
    """
    text = _LINE_BREAKS.sub(" ", text)

    def escaped(match: re.Match) -> str:
        char, at = match.group(), match.start()
        if char == "_" and 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalnum():
            return char  # inside a word, _ is never emphasis
        if char == "&" and not _ENTITY.match(text, at):
            return char
        return "\\" + char

    return _SPECIAL.sub(escaped, text)


def escape_line(text: str) -> str:
    r"""``escape_markdown`` for text that starts a line: no heading, list, quote or rule either.

    >>> escape_line("12. سطر") == "12\\. سطر"
    True
    """
    escaped = escape_markdown(text)
    match = _LINE_START.match(escaped)
    if match:
        end = match.end()
        escaped = escaped[:end] + "\\" + escaped[end:] if match.group()[0].isdigit() else "\\" + escaped
    return escaped


def _isolated(text: str, direction: str) -> str:
    opening, closing = _ISOLATE["rtl" if direction == "rtl" else "ltr"]
    return "".join(
        f"{opening}{escape_markdown(piece)}{closing}" if isolate else escape_markdown(piece)
        for piece, isolate in split_runs(text, direction)
    )


def cell_text(text: str, direction: str, markup: bool = False) -> str:
    """A cell: escaped text (or a Markdown unit's own markup) with its opposite-direction runs isolated.

    A right-to-left cell starts with RLM.

    >>> cell_text("رئاسة CICA.", "rtl") == "\u200fرئاسة \u2066CICA\u2069."
    True
    >>> cell_text("نشرت [البيان](https://a.kz/b) و`kztr`", "rtl", markup=True)[1:]
    'نشرت [البيان](<https://a.kz/b>) و`kztr`'
    """
    text = _BIDI_CONTROLS.sub("", text)
    body = _inline_markdown(text, direction) if markup else _isolated(text, direction)
    return (RLM if direction == "rtl" else "") + body


def _inline_markdown(text: str, direction: str) -> str:
    """A unit's inline Markdown written back from its tokens: nothing but what kztr allows."""
    from kztr.render.inline import inline_tokens, link_allowed, plain_text

    pieces: list[str] = []
    links: list[str | None] = []
    for token in inline_tokens(text):
        kind = token.type
        if kind in ("strong_open", "strong_close"):
            pieces.append("**")
        elif kind in ("em_open", "em_close"):
            pieces.append("*")
        elif kind == "code_inline":
            pieces.append(_code_span(token.content))
        elif kind == "link_open":
            href = str(token.attrGet("href") or "")
            links.append(href if link_allowed(href) else None)
            if links[-1] is not None:
                pieces.append("[")
        elif kind == "link_close":
            href = links.pop() if links else None
            if href is not None:
                pieces.append(f"](<{_destination(href)}>)")
        elif kind in ("softbreak", "hardbreak"):
            pieces.append(" ")
        elif kind == "image":
            pieces.append(_isolated(plain_text(token.content, True), direction))
        else:
            pieces.append(_isolated(token.content, direction))
    return "".join(pieces)


def _code_span(code: str) -> str:
    """A code span that holds ``code`` whatever backticks it has; pipes escaped for a table cell."""
    code = _LINE_BREAKS.sub(" ", code).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code.startswith(("`", " ")) or code.endswith(("`", " ")) else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def _destination(href: str) -> str:
    return "".join(f"%{ord(char):02X}" if char in "<>|\\ \n" else char for char in href)


def _strong(text: str, row: Row) -> str:
    """Bold for titles and headings, the RLM kept first in the cell."""
    if row.kind not in ("title", "heading") or not text or "**" in text.replace("\\*", ""):
        return text  # (a heading with bold of its own stays as it is: bold cannot nest)
    mark = RLM if text.startswith(RLM) else ""
    return f"{mark}**{text[len(mark):]}**"


def _marker(row: Row, text: str) -> str:
    """A list item's bullet or number, first in the cell (after the RLM)."""
    if row.item is None or not text:
        return text
    mark = RLM if text.startswith(RLM) else ""
    depth = min(row.item.depth, len(_BULLETS)) - 1
    bullet = f"{row.item.number}." if row.item.number is not None else _BULLETS[depth]
    return f"{mark}{bullet} {text[len(mark):]}"


def _label(language: Language, role: str) -> str:
    name = language.name if language.name.casefold() != language.english.casefold() else ""
    return f"{name} ({language.english} {role})" if name else f"{language.english} {role}"


def _target_cell(edition: Edition, pair: Pair, row: Row) -> str:
    markup = edition.markup and not pair.markup_broken
    note = "*markup differs, shown as text:* " if pair.markup_broken else ""
    if pair.needs_review:
        return f"*needs review:* {note}{_strong(cell_text(pair.translation, edition.target.direction, markup), row)}"
    if pair.shown:
        return note + _strong(cell_text(pair.translation, edition.target.direction, markup), row)
    label = "fuzzy, left out" if pair.state == "fuzzy" else "untranslated"
    return f"*{label}:* {cell_text(pair.source, edition.source.direction, edition.markup)}"


def _table_lines(edition: Edition, row: Row) -> list[str]:
    source, target = edition.source, edition.target
    lines = []
    if row.verbatim:
        cells = [_marker(row, cell_text(row.text, language.direction, edition.markup)) for language in (source, target)]
        cells = cells if edition.source_side == "left" else cells[::-1]
        return [f"|  | {cells[0]} | {cells[1]} |"]
    for pair in row.pairs:
        number = str(row.number) if pair is row.pairs[0] else ""
        source_cell = _strong(cell_text(pair.source, source.direction, edition.markup), row)
        target_cell = _target_cell(edition, pair, row)
        if pair is row.pairs[0]:
            source_cell, target_cell = _marker(row, source_cell), _marker(row, target_cell)
        cells = [source_cell, target_cell] if edition.source_side == "left" else [target_cell, source_cell]
        lines.append(f"| {number} | {cells[0]} | {cells[1]} |")
    return lines


def _code_block(code: str) -> list[str]:
    longest = max((len(run) for run in re.findall(r"`{3,}", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return [fence, code, fence]


def render_markdown(edition: Edition) -> str:
    """A heading, the side-by-side table, and a completeness note."""
    source, target = edition.source, edition.target
    title = edition.title
    lines = []
    if title is not None:
        translated = " ".join(pair.translation for pair in title.pairs if pair.shown)
        markup = edition.markup and not any(pair.markup_broken for pair in title.pairs)
        heading = cell_text(translated, target.direction, markup) if translated else \
            cell_text(" ".join(pair.source for pair in title.pairs), source.direction, edition.markup)
        lines += ["# " + _CLOSING_HASHES.sub(r"\\\1", heading), ""]
    source_head = cell_text(_label(source, "original"), source.direction)
    target_head = cell_text(_label(target, "translation"), target.direction)
    columns = [source_head, target_head] if edition.source_side == "left" else [target_head, source_head]
    header = [f"| # | {columns[0]} | {columns[1]} |", "|---:|---|---|"]
    lines += header
    for row in edition.rows:
        if row.kind == "code":
            lines += ["", *_code_block(row.text), "", *header]
        elif not (row.verbatim and row.cell):  # a cell with nothing to translate is not a unit
            lines += _table_lines(edition, row)
    if lines[-2:] == header and lines[-3] == "":  # the document ends with code
        lines = lines[:-3]
    lines += ["", escape_line(completeness_line(edition))]
    if edition.missing:
        lines += ["", escape_line(f"{edition.missing} source units are not in the catalog: run kztr extract.")]
    lines += ["", escape_line(f"Source {edition.source_path}, catalog {edition.catalog_path}.")]
    return "\n".join(lines) + "\n"


def render_index_markdown(editions: tuple[Edition, ...], files: tuple[str, ...]) -> str:
    """The language's index as Markdown: a table of documents, each linked to its edition."""
    from kztr.render.inline import plain_text

    source, target = editions[0].source, editions[0].target
    lines = ["# " + escape_markdown(f"{target.english} editions: {len(editions)} documents"), ""]
    columns = [cell_text(_label(target, "translation"), target.direction),
               cell_text(_label(source, "original"), source.direction)]
    lines += [f"| {columns[0]} | {columns[1]} | complete |", "|---|---|---:|"]
    for edition, file in zip(editions, files):
        title = edition.title
        pairs = title.pairs if title is not None else ()
        translated = " ".join(pair.translation for pair in pairs if pair.shown)
        original = " ".join(pair.source for pair in pairs) or edition.doc_id
        shown = cell_text(plain_text(translated, edition.markup), target.direction) if translated else \
            "*title untranslated:* " + escape_markdown(edition.doc_id)
        lines.append(f"| [{shown}](<{_destination(file)}>) "
                     f"| {cell_text(plain_text(original, edition.markup), source.direction)} "
                     f"| {edition.counts.percent:g} % |")
    return "\n".join(lines) + "\n"
