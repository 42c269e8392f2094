"""The bilingual edition as a Markdown table (GitHub, GitLab, Gitea, markdown-it).

Markdown hosts strip ``dir`` attributes and most raw HTML from tables, so the
table is pure Markdown and direction is carried by Unicode itself:

* a right-to-left cell starts with U+200F RIGHT-TO-LEFT MARK, so hosts that
  set ``dir="auto"`` on cells (GitHub does) lay it out right to left, and its
  text is one U+2067 RIGHT-TO-LEFT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE,
  so renderers that leave a cell left-to-right (plain CommonMark) still put a
  list number, a year or a closing full stop on the right side of it;
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
a unit belongs to. A list item starts with its bullet or number. A code block
ends the table, stands as a fenced block, and the table goes on after it; so
does a table of the source: it stands as two tables of its own shape, the
translation's and the original's (in the order of the columns), header row
first, every cell in place, a cell of numbers or dates in the reader's digits
(``kztr.render.typography``).
"""

from __future__ import annotations

import re

from kztr.render.bilingual import Edition, Language, Pair, Row, completeness_line, split_runs

RLM = "\u200f"
RLI, LRI, PDI = "\u2067", "\u2066", "\u2069"
_ISOLATE = {"rtl": (LRI, PDI), "ltr": (RLI, PDI)}  # for runs against the text's direction
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_SPECIAL = re.compile(r"[\\`*\[\]<|~$_&]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});")
_LINE_START = re.compile(r"^([#>+=-]|\d{1,9}(?=[.)]))")
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_BULLETS = ("•", "◦", "▪")
ALIGN = {"": "---", "left": ":---", "center": ":---:", "right": "---:"}  # a table's alignment row
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
    return escape_line_start(escape_markdown(text))


def escape_line_start(escaped: str) -> str:
    r"""Already escaped inline text made safe to start a line: no heading, list, quote or rule.

    >>> escape_line_start("- x"), escape_line_start("3) y")
    ('\\- x', '3\\) y')
    """
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


def inline_text(text: str, direction: str, markup: bool = False) -> str:
    """Escaped text (or a Markdown unit's own markup), its opposite-direction runs isolated."""
    text = _BIDI_CONTROLS.sub("", text)
    return _inline_markdown(text, direction) if markup else _isolated(text, direction)


def _isolate(body: str, direction: str) -> str:
    """``body`` as one isolate of ``direction``.

    An isolate control is neither space nor punctuation to CommonMark, so a
    ``*`` or ``_`` next to one could no longer open or close emphasis
    (``**ما المطلوب؟**`` then PDI): a space inside the isolate keeps it working.
    """
    opening = " " if body.startswith(("*", "_")) else ""
    closing = " " if body.endswith(("*", "_")) else ""
    return f"{RLI if direction == 'rtl' else LRI}{opening}{body}{closing}{PDI}"


def embed(body: str, direction: str, outer: str) -> str:
    """``body`` (written ``direction``) inside text written ``outer``: an isolate when they differ."""
    return body if direction == outer else _isolate(body, direction)


def as_cell(body: str, direction: str, strong: bool = False) -> str:
    """A cell's content: a right-to-left one is RLM, then the body as one right-to-left isolate.

    Bold goes around the isolate (a heading's own bold), so the isolate never
    has to be opened inside it.
    """
    if direction != "rtl":
        return f"**{body}**" if strong and body else body
    isolated = _isolate(body, direction) if body else ""
    return RLM + (f"**{isolated}**" if strong and body else isolated)


def cell_text(text: str, direction: str, markup: bool = False) -> str:
    """A cell: escaped text (or a Markdown unit's own markup) with its opposite-direction runs isolated.

    The one way every Markdown report of kztr shows a catalog's or a source's
    text (the edition, the review, status and check): right-to-left text is
    one isolate after an RLM (``as_cell``).

    >>> cell_text("رئاسة CICA.", "rtl") == "\u200f\u2067رئاسة \u2066CICA\u2069.\u2069"
    True
    >>> cell_text("نشرت [البيان](https://a.kz/b) و`kztr`", "rtl", markup=True)[2:-1]
    'نشرت [البيان](<https://a.kz/b>) و`kztr`'
    """
    return as_cell(inline_text(text, direction, markup), direction)


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
                if pieces and pieces[-1].endswith("!"):  # the text's ! before kztr's [ would make the link an image
                    pieces[-1] = pieces[-1][:-1] + "\\!"
                pieces.append("[")
        elif kind == "link_close":
            closed = links.pop() if links else None
            if closed is not None:
                pieces.append(f"](<{_destination(closed)}>)")
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


def _bold(row: Row, body: str) -> bool:
    """Titles and headings are bold, unless they have bold of their own (bold cannot nest)."""
    return row.kind in ("title", "heading") and "**" not in body.replace("\\*", "")


def _marker(row: Row, body: str) -> str:
    """A list item's bullet or number, first in the cell (inside its isolate)."""
    if row.item is None or not body:
        return body
    depth = min(row.item.depth, len(_BULLETS)) - 1
    bullet = f"{row.item.number}." if row.item.number is not None else _BULLETS[depth]
    return f"{bullet} {body}"


def _label(language: Language, role: str) -> str:
    name = language.name if language.name.casefold() != language.english.casefold() else ""
    return f"{name} ({language.english} {role})" if name else f"{language.english} {role}"


def _source_body(edition: Edition, pair: Pair) -> str:
    return inline_text(pair.source, edition.source.direction, edition.markup)


def _target_body(edition: Edition, pair: Pair) -> str:
    """A translation as its cell shows it, or the source marked: what the HTML edition's flags say."""
    source, target = edition.source, edition.target
    if not pair.shown:
        label = "fuzzy, left out" if pair.state == "fuzzy" else "untranslated"
        return f"*{label}:* " + embed(_source_body(edition, pair), source.direction, target.direction)
    markup = edition.markup and not pair.markup_broken
    body = inline_text(pair.translation, target.direction, markup)
    if pair.markup_broken:
        body = "*markup differs, shown as text:* " + body
    return ("*needs review:* " + body) if pair.needs_review else body


def _columns(edition: Edition, source: str, target: str) -> list[str]:
    return [source, target] if edition.source_side == "left" else [target, source]


def _table_lines(edition: Edition, row: Row) -> list[str]:
    source, target = edition.source, edition.target
    if row.verbatim:
        cells = _columns(edition, as_cell(_marker(row, inline_text(row.text, source.direction, edition.markup)),
                                          source.direction),
                         as_cell(_marker(row, inline_text(row.target_text, target.direction, edition.markup)),
                                 target.direction))
        return [f"|  | {cells[0]} | {cells[1]} |"]
    lines = []
    for pair in row.pairs:
        first = pair is row.pairs[0]
        bodies = [_source_body(edition, pair), _target_body(edition, pair)]
        if first:
            bodies = [_marker(row, body) for body in bodies]
        cells = [as_cell(body, language.direction, _bold(row, body))
                 for body, language in zip(bodies, (source, target), strict=True)]
        lines.append(f"| {row.number if first else ''} | {' | '.join(_columns(edition, *cells))} |")
    return lines


def _grid_lines(edition: Edition, row: Row, side: str) -> list[str]:
    """One side of a source table as a table of the same shape: header row, alignment row, the rest."""
    language = edition.source if side == "source" else edition.target
    lines = []
    for number, line in enumerate(row.table):
        cells = []
        for cell in line:
            if cell.pairs and side == "source":
                body = " ".join(_source_body(edition, pair) for pair in cell.pairs)
            elif cell.pairs:
                body = " ".join(_target_body(edition, pair) for pair in cell.pairs)
            else:
                text = cell.text if side == "source" else cell.target_text
                body = inline_text(text, language.direction, edition.markup)
            cells.append(as_cell(body, language.direction) if body else "")
        lines.append("| " + " | ".join(cells) + " |")
        if number == 0:
            lines.append("|" + "|".join(ALIGN.get(cell.align, "---") for cell in line) + "|")
    return lines


def _tables(edition: Edition, row: Row) -> list[str]:
    """A source table as two tables, the translation's and the original's, in the order of the columns."""
    first, second = _columns(edition, "source", "target")
    label = f"Table {row.number}: "
    lines = []
    for side in (first, second):
        language = edition.source if side == "source" else edition.target
        role = "original" if side == "source" else "translation"
        lines += ["", escape_line(label + f"{language.english} {role}"), "", *_grid_lines(edition, row, side)]
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
    columns = _columns(edition, source_head, target_head)
    header = [f"| # | {columns[0]} | {columns[1]} |", "|---:|---|---|"]
    in_table = False  # the side-by-side table is open (a code block or a source table closes it)
    for row in edition.rows:
        if row.kind == "code" or row.table:
            lines += ["", *(_code_block(row.text) if row.kind == "code" else _tables(edition, row)[1:])]
            in_table = False
            continue
        if not in_table:
            lines += ([""] if lines and lines[-1] else []) + header
            in_table = True
        lines += _table_lines(edition, row)
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
    for edition, file in zip(editions, files, strict=True):
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
