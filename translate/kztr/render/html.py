"""The bilingual edition as one self-contained HTML page (Jinja2, autoescaped).

Nothing is loaded from the network: the stylesheet and the script are inlined,
fonts are the reader's own (a Naskh face where the system has one). The page
carries a Content-Security-Policy that allows exactly kztr's own inline style
and script (by hash), so even a string that escaped escaping could not run.
Latin runs inside Arabic text (``CICA``, ``2022-2024``) are wrapped in
``<bdi>`` after being cut from the raw text and before escaping, so escaping
stays total.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib import resources

from kztr.render.bilingual import Edition, completeness_line, split_runs

TEMPLATE = "edition.html.j2"


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
    environment.filters["split_runs"] = split_runs
    return environment


def csp_hash(text: str) -> str:
    """A CSP source expression for an inline ``<style>`` or ``<script>`` body.

    >>> csp_hash("")
    "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
    """
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def render_html(edition: Edition, review=None) -> str:
    """The page: title band, block-by-block rows, a footer with completeness.

    With a ``review`` (``kztr.render.review``), findings are marked on their
    sentence pairs and listed after the text.
    """
    from markupsafe import Markup

    css, script = _asset("edition.css"), _asset("edition.js")
    if review is not None:
        css += _asset("review.css")
    policy = "; ".join((
        "default-src 'none'",
        f"style-src {csp_hash(css)}",
        f"script-src {csp_hash(script)}",
        "img-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
    ))
    return _environment().get_template(TEMPLATE).render(
        edition=edition,
        completeness=completeness_line(edition),
        csp=policy,
        css=Markup(css),  # kztr's own files, never catalog text
        script=Markup(script),
        review=review,
    )
