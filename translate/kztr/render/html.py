"""The bilingual edition as one self-contained HTML page (Jinja2, autoescaped).

Nothing is loaded from the network: the stylesheet and the script are inlined,
fonts are the reader's own (a Naskh face where the system has one). The page
carries a Content-Security-Policy that allows exactly kztr's own inline style
and script (by hash), so even a string that escaped escaping could not run.
Latin runs inside Arabic text (``CICA``, ``2022-2024``, ``info@example.org``)
are wrapped in ``<bdi>`` after being cut from the raw text and before
escaping, so escaping stays total. The units of a Markdown document are
rendered by ``kztr.render.inline`` (markdown-it, then the nh3 sanitiser).
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources

from kztr.render.bilingual import Edition, completeness_line

TEMPLATE = "edition.html.j2"
INDEX_TEMPLATE = "index.html.j2"


def _asset(name: str) -> str:
    return (resources.files("kztr.render") / "templates" / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("kztr.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    from kztr.render.inline import inline_markup
    from kztr.text.markup import markup_kept

    environment.filters["inline"] = inline_markup
    environment.filters["plain"] = _plain
    environment.globals["markup_kept"] = markup_kept
    return environment


def _plain(text: str, markup: bool = False) -> str:
    from kztr.render.inline import plain_text

    return plain_text(text, markup)


def csp_hash(text: str) -> str:
    """A CSP source expression for an inline ``<style>`` or ``<script>`` body.

    >>> csp_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _policy(css: str, script: str | None) -> str:
    return "; ".join((
        "default-src 'none'",
        f"style-src {csp_hash(css)}",
        f"script-src {csp_hash(script)}" if script is not None else "script-src 'none'",
        "img-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ))


def render_html(edition: Edition, review=None) -> str:
    """The page: title band, block-by-block rows, a footer with completeness.

    With a ``review`` (``kztr.render.review``), findings are marked on their
    sentence pairs and listed after the text.
    """
    from markupsafe import Markup

    css, script = _asset("edition.css"), _asset("edition.js")
    if review is not None:
        css += _asset("review.css")
    return _environment().get_template(TEMPLATE).render(
        edition=edition,
        completeness=completeness_line(edition),
        csp=_policy(css, script),
        css=Markup(css),  # kztr's own files, never catalog text
        script=Markup(script),
        review=review,
    )


def render_index_html(editions: tuple[Edition, ...], files: tuple[str, ...]) -> str:
    """The language's index page: every document's title in both languages, its completeness, a link.

    ``files`` are the editions' file names, in the same folder as the index.
    """
    from markupsafe import Markup

    css = _asset("edition.css")
    return _environment().get_template(INDEX_TEMPLATE).render(
        documents=tuple(zip(editions, files, (completeness_line(edition) for edition in editions), strict=True)),
        source=editions[0].source,
        target=editions[0].target,
        source_side=editions[0].source_side,
        csp=_policy(css, None),
        css=Markup(css),
    )
