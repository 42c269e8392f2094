"""Sphinx settings of kztr's documentation site (build it with scripts/docs).

Pages are MyST Markdown; the command reference (cli.md) is generated from the
click commands by sphinx-click, so it says what `kztr COMMAND --help` says.
"""

from __future__ import annotations

import inspect
import re

from kztr import __version__

project = "kztr"
version = release = __version__
language = "en"

extensions = ["myst_parser", "sphinx_click"]
source_suffix = {".md": "markdown"}
root_doc = "index"

# Links to a heading of another page (build.md#markdown-documents) resolve, or warn.
myst_heading_anchors = 3
# Every reference must resolve: with -W a broken link or cross-reference fails the build.
nitpicky = True
# Text is shown as written: "--lang" stays two hyphens, quotes stay as typed.
smartquotes = False
# Code blocks are highlighted only where a fence names a language (the help texts: none).
highlight_language = "none"

html_theme = "furo"
html_title = f"kztr {__version__}"
html_show_sphinx = False
html_copy_source = False


# --- the command reference -------------------------------------------------
#
# sphinx-click reads a command's help as reStructuredText. kztr's help texts
# are written for the terminal (`kztr COMMAND --help`, tm/*.tmx, \b blocks
# kept as typed), so they are turned into reST that shows them as --help does:
# prose escaped, each \b block a literal block (or line block if it is prose).

_INLINE_MARKUP = re.compile(r"([\\`*_|])")
_OPTION_FIELD = re.compile(r" {4}:(default|options): ")
_OPTION_PREFIX = re.compile(r" {4}(?:\*\*Required\*\*(?: |$)|\| )?")


def escape_rest(text: str) -> str:
    r"""``text`` as reST shows it: no inline markup, and no list or directive at its start.

    >>> escape_rest("reads every tm/*.tmx (the tm-dir setting)")
    'reads every tm/\\*.tmx (the tm-dir setting)'
    >>> escape_rest("- not a list")
    '\\- not a list'
    """
    text = _INLINE_MARKUP.sub(r"\\\1", text)
    if text and not text[0].isalnum() and text[0] != "\\":
        text = "\\" + text
    return text


def help_as_rest(help_text: str) -> list[str]:
    r"""A click help text as reST lines: paragraphs of escaped prose; ``\b`` blocks as typed.

    A ``\b`` block's first line, when it ends with a colon ("Example:"),
    stays prose; its indented lines become a literal block.
    """
    lines: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", inspect.cleandoc(help_text)):
        rows = paragraph.splitlines()
        if not rows:
            continue
        if rows[0].strip() != "\b":
            lines += [escape_rest(row.strip()) for row in rows]
        else:
            rows = rows[1:]
            if len(rows) > 1 and not rows[0].startswith(" ") and rows[0].endswith(":"):
                lines += [escape_rest(rows[0]), ""]
                rows = rows[1:]
            if any(row.startswith(" ") for row in rows):
                lines += ["::", ""] + ["    " + row for row in rows]
            else:
                lines += ["| " + escape_rest(row) for row in rows]
        lines.append("")
    return lines


def _describe(app, ctx, lines: list[str]) -> None:
    help_text = ctx.command.help or ctx.command.short_help
    if help_text:
        lines[:] = help_as_rest(help_text)


def _escape_option_help(app, ctx, lines: list[str]) -> None:
    """Escape the options' help; keep the ``.. option::`` lines and the default/choices fields."""
    for index, line in enumerate(lines):
        if line.startswith("    ") and not _OPTION_FIELD.match(line):
            prefix = _OPTION_PREFIX.match(line).group(0)
            lines[index] = prefix + escape_rest(line[len(prefix):])


def setup(app) -> dict:
    app.connect("sphinx-click-process-description", _describe)
    app.connect("sphinx-click-process-options", _escape_option_help)
    return {"parallel_read_safe": True}
