"""The inline markup of a Markdown unit, and the one definition of "markup differs".

A unit of a Markdown document (a ``.md`` source) keeps its inline Markdown
(``**القمة**``, ``[البيان](https://…)``, `` `kztr` ``) and so must its translation.
``markup_signature`` is what a translation has to keep of its source's
markup: link and image targets, code spans, the number of strong and
emphasis spans, line breaks. Where a translation's signature is not its
source's, the ``markup`` check reports it (``kztr check``, the qa column of
``kztr status``, ``kztr build --review``) and the edition shows that
translation as text, flagged "markup differs" (``kztr.render``): all of them
through this module, so they always agree.

Both are parsed by markdown-it (CommonMark, raw HTML off: an HTML tag is text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "breaks": True})


def inline_tokens(text: str) -> list:
    """markdown-it's inline tokens of ``text`` (raw HTML is text)."""
    tokens = _parser().parseInline(text)
    return list(tokens[0].children or ()) if tokens else []


@dataclass(frozen=True)
class Signature:
    """What a translation must keep of its source's inline markup."""

    links: tuple[str, ...]   # link targets; images as "image:<src>"
    codes: tuple[str, ...]   # code spans, verbatim
    strong: int
    emphasis: int
    breaks: int
    tags: tuple[str, ...] = ()  # raw HTML tags, by name: text to CommonMark with HTML off, shown as typed


@lru_cache(maxsize=65536)
def markup_signature(text: str) -> Signature:
    """The markup of one unit, order aside.

    >>> markup_signature("نشرت [البيان](https://example.kz/b) و**القمة** و`kztr`")
    Signature(links=('https://example.kz/b',), codes=('kztr',), strong=1, emphasis=0, breaks=0, tags=())
    >>> markup_signature("published [the text](https://example.kz/b), the **summit**, `kztr`") == _
    True
    >>> markup_signature('the <a href="https://evil.example/x">topics</a>, `<b>`').tags
    ('a', 'a')
    """
    links, codes, tags, strong, emphasis, breaks = [], [], [], 0, 0, 0
    for token in inline_tokens(text):
        if token.type == "text" and "<" in token.content:
            tags += [name.lower() for name in _TAG.findall(token.content)]
        elif token.type == "link_open":
            links.append(str(token.attrGet("href")))
        elif token.type == "image":
            links.append("image:" + str(token.attrGet("src")))
        elif token.type == "code_inline":
            codes.append(token.content)
        elif token.type == "strong_open":
            strong += 1
        elif token.type == "em_open":
            emphasis += 1
        elif token.type in ("softbreak", "hardbreak"):
            breaks += 1
    return Signature(tuple(sorted(links)), tuple(sorted(codes)), strong, emphasis, breaks, tuple(sorted(tags)))


# A raw HTML tag, opening or closing (<a href="…">, </a>, <img src=x>); "a < b" is none.
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>")


def markup_differs(source: str, translation: str) -> bool:
    """Does a (non-empty) translation's markup differ from its source's? The edition then shows it as text.

    >>> markup_differs("**القمة** انعقدت", "The **summit** was held"), markup_differs("**أ** و**ب**", "**A and B**")
    (False, True)
    """
    return bool(translation) and markup_signature(translation) != markup_signature(source)


def markup_kept(source: str, translation: str) -> bool:
    """May the translation be rendered with its markup? (It keeps its source's: the edition, the
    reviewer's list and the status page render it; otherwise they show it as text.)

    >>> markup_kept("قال **نعم**", "said **yes**"), markup_kept("قال **نعم**", "said **yes")
    (True, False)
    """
    return not markup_differs(source, translation)


def markup_changes(source: str, translation: str) -> list[tuple[str, str]]:
    """(severity, what) for each way the translation's markup differs from the source's.

    A link or image the source does not have, or a link target changed, is an
    error (a translation must never bring a link the source does not have);
    emphasis, code spans and line breaks are warnings.

    >>> markup_changes("انظر [الموقع](https://a.kz)", "see [the site](https://evil.example/phish)")
    [('error', 'a link the source does not have: https://evil.example/phish'), ('warning', 'a link of the source is missing: https://a.kz')]
    """  # noqa: E501 - a doctest output is one line
    if not markup_differs(source, translation):
        return []
    before, after = markup_signature(source), markup_signature(translation)
    changes: list[tuple[str, str]] = []
    added = _missing(after.links, before.links)
    lost = _missing(before.links, after.links)
    for link in added:
        what = "an image" if link.startswith("image:") else "a link"
        changes.append(("error", f"{what} the source does not have: {link.removeprefix('image:')}"))
    for link in lost:
        what = "an image" if link.startswith("image:") else "a link"
        changes.append(("warning", f"{what} of the source is missing: {link.removeprefix('image:')}"))
    for tag in dict.fromkeys(_missing(after.tags, before.tags)):
        changes.append(("error", f"an HTML tag the source does not have (shown as typed): <{tag}>"))
    for tag in dict.fromkeys(_missing(before.tags, after.tags)):
        changes.append(("warning", f"an HTML tag of the source is missing: <{tag}>"))
    if before.codes != after.codes:
        changes.append(("warning", f"code spans differ: {_codes(before.codes)} in the source, "
                                   f"{_codes(after.codes)} in the translation"))
    for name, source_count, target_count in (("bold", before.strong, after.strong),
                                             ("emphasis", before.emphasis, after.emphasis),
                                             ("line break", before.breaks, after.breaks)):
        if source_count != target_count:
            changes.append(("warning", f"{name}: {source_count} in the source, {target_count} in the translation"))
    return changes


def _missing(first: tuple[str, ...], second: tuple[str, ...]) -> list[str]:
    rest = list(second)
    missing = []
    for item in first:
        if item in rest:
            rest.remove(item)
        else:
            missing.append(item)
    return missing


def _codes(codes: tuple[str, ...]) -> str:
    return ", ".join(f"`{code}`" for code in codes) if codes else "none"
