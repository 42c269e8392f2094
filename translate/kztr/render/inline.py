"""One unit of a Markdown document as safe HTML or Markdown: emphasis, code, links, line breaks.

A unit of a Markdown document keeps its inline markup (``**القمة**``,
``[البيان](https://…)``, `` `kztr` ``) and so does its translation. Both are
parsed by markdown-it with raw HTML off; kztr writes the HTML itself from the
tokens (cutting left-to-right runs out of each piece of text, see
``kztr.render.bidi``) and passes it through nh3 (the ammonia sanitiser) with
an allow-list: ``strong em code br bdi a``, links only to http, https and
mailto, ``rel="noopener noreferrer"``. A link to anything else and an image
show their text only.

A translation's markup must be its source's (``kztr.text.markup``: the link
targets, the code spans, the emphasis, the line breaks; the ``markup`` check
uses the same definition): one that drops, adds or breaks it is shown as
text, every character visible, and flagged for review. So a translation can
never bring a link, or code, the source does not have.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from markupsafe import escape

from kztr.render.bidi import split_runs
from kztr.text.markup import inline_tokens

__all__ = ["SCHEMES", "inline_html", "inline_tokens", "link_allowed", "plain_text", "runs_html"]

SCHEMES = frozenset({"http", "https", "mailto"})
_TAGS = frozenset({"strong", "em", "code", "br", "bdi", "a"})
_ATTRIBUTES = {"a": {"href", "title"}, "bdi": {"dir"}, "code": {"dir"}}


@lru_cache(maxsize=1)
def _cleaner():
    import nh3

    return nh3.Cleaner(tags=set(_TAGS), attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
                       url_schemes=set(SCHEMES), link_rel="noopener noreferrer", strip_comments=True)


def link_allowed(href: str) -> bool:
    """Only http, https and mailto links are kept.

    >>> [link_allowed(h) for h in ("https://a.kz", "mailto:a@b.kz", "javascript:x", "guide.md")]
    [True, True, False, False]
    """
    try:
        return urlsplit(href).scheme.lower() in SCHEMES
    except ValueError:
        return False


def runs_html(text: str, direction: str) -> str:
    """Escaped text with its opposite-direction runs in ``<bdi>``."""
    other = "ltr" if direction == "rtl" else "rtl"
    return "".join(
        f'<bdi dir="{other}">{escape(piece)}</bdi>' if isolate else str(escape(piece))
        for piece, isolate in split_runs(text, direction)
    )


def inline_html(text: str, direction: str, markup: bool) -> str:
    """The HTML of one unit: its inline Markdown rendered if ``markup``, else text."""
    if not markup:
        return runs_html(text, direction)
    html: list[str] = []
    links: list[bool] = []
    for token in inline_tokens(text):
        kind = token.type
        if kind == "text":
            html.append(runs_html(token.content, direction))
        elif kind in ("softbreak", "hardbreak"):
            html.append("<br>")
        elif kind in ("strong_open", "strong_close", "em_open", "em_close"):
            tag = kind.split("_")[0]
            html.append(f"<{tag}>" if kind.endswith("open") else f"</{tag}>")
        elif kind == "code_inline":
            html.append(f'<code dir="auto">{escape(token.content)}</code>')
        elif kind == "link_open":
            href = str(token.attrGet("href") or "")
            links.append(link_allowed(href))
            if links[-1]:
                title = token.attrGet("title")
                html.append(f'<a href="{escape(href)}"' + (f' title="{escape(title)}"' if title else "") + ">")
        elif kind == "link_close":
            if links and links.pop():
                html.append("</a>")
        elif kind == "image":  # no image leaves the page (img-src 'none'): its description instead
            html.append(runs_html(plain_text(token.content, True), direction))
        else:
            html.append(str(escape(token.content)))
    return _cleaner().clean("".join(html))


def inline_markup(text: str, direction: str, markup: bool = False):
    """``inline_html`` as Jinja2 markup: the filter every kztr page shows a unit's text with.

    The edition's body, the review's list of findings and the status page all
    show Arabic through it, so an address or a number reads the same in each.
    """
    from markupsafe import Markup

    return Markup(inline_html(text, direction, markup))


def plain_text(text: str, markup: bool) -> str:
    """The text a reader sees, markup taken away (for a page title or an index).

    >>> plain_text("دليل إلى **أرشيف** [المكتبة](https://a.kz) و`kztr`", True)
    'دليل إلى أرشيف المكتبة وkztr'
    """
    if not markup:
        return text
    pieces = []
    for token in inline_tokens(text):
        if token.type in ("text", "code_inline"):
            pieces.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            pieces.append(" ")
        elif token.type == "image":
            pieces.append(plain_text(token.content, True))
    return "".join(pieces)
