"""What the target column shows beyond the catalog's words: the reader's digits and typography.

Two typesetting steps of build, applied to the editions (html, md, txt) and
never to a catalog (docs/editions.md says why):

``reader_digits``: text nobody translates (a cell of numbers or dates, a
code-only list item) has no letter of the source language, so it is no
translation unit, and the edition shows it in both columns. In the target
column its digits are the reader's, and nothing else changes:

* every decimal digit (0-9, Arabic-Indic ٠-٩, Persian ۰-۹) is written in the
  digits of the target language's default numbering system (CLDR, through
  ``kztr.locales.number_style``): ``١٢`` is ``12`` in English and French, ``۱۲``
  in Persian;
* the Arabic decimal and group separators and percent sign (``٫ ٬ ٪``) next to
  a digit become the target's (``١٢٫٥`` is ``12.5`` in English, ``12,5`` in French);
* everything else stays exactly as the source wrote it: the order of a date and
  its separators (``14.10.2022``, ``2022-11-01``; ``٢٠٢٢/١١/١٥`` is ``2022/11/15``),
  Latin separators, signs and words. A date is never reordered for a locale:
  ``14.10.2022`` read as October 14 or as 10 October depends on the writer.

``typeset``: a translation as the target language sets it. Russian: a no-break
space before an em dash, so that no line starts with a dash.

Code spans, link targets, URLs, e-mail addresses and paths are left as they are.
"""

from __future__ import annotations

import re
import unicodedata

from kztr.render.bidi import address_spans

# In Markdown: a code span, a link's destination (and title), an autolink or raw tag.
_MARKDOWN_KEPT = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)|\]\([^)]*\)|<[^<>\s]+>")
_LATIN_LETTER = re.compile("[A-Za-z]")
_SEPARATORS = "\u066b\u066c\u066a"  # ٫ ٬ ٪


def reader_digits(text: str, style: tuple[str, str, str, str], markup: bool = False) -> str:
    """``text`` with its numbers in the reader's digits (``style``: ``kztr.locales.number_style``).

    >>> english = ("0123456789", ".", ",", "%")
    >>> reader_digits("١٢ و١٢٫٥٪ في ٢٠٢٢/١١/١٥ و14.10.2022", english)
    '12 و12.5% في 2022/11/15 و14.10.2022'
    >>> reader_digits("`kztr ١٢` [٣](https://a.kz/٣) ٣", english, markup=True)
    '`kztr ١٢` [3](https://a.kz/٣) 3'
    >>> reader_digits("2022 https://a.kz/2022", ("۰۱۲۳۴۵۶۷۸۹", "٫", "٬", "٪"))
    '۲۰۲۲ https://a.kz/2022'
    """
    return _outside_kept(text, markup, lambda piece: _rewrite(piece, style))


# Per language: (pattern, replacement) pairs applied to a translation's prose.
_TYPOGRAPHY = {
    "ru": ((re.compile(r"[ \t]+(?=[—])"), "\u00a0"),),  # «слово — слово»: the dash never starts a line
}


def typeset(text: str, language: str, markup: bool = False) -> str:
    """A translation as ``language`` sets it (a gettext code: ``ru``, ``ru_RU``).

    >>> typeset("Казахстан — пример, а `a — b` код", "ru", markup=True)
    'Казахстан\xa0— пример, а `a — b` код'
    >>> typeset("Kazakhstan – an example", "en")
    'Kazakhstan – an example'
    """
    rules = _TYPOGRAPHY.get(language.partition("@")[0].split("_")[0], ())
    if not rules:
        return text

    def apply(piece: str) -> str:
        for pattern, replacement in rules:
            piece = pattern.sub(replacement, piece)
        return piece

    return _outside_kept(text, markup, apply)


def _outside_kept(text: str, markup: bool, change) -> str:
    """``change`` applied to the text between the spans kept as they are (code, link targets, addresses)."""
    kept = [match.span() for match in _MARKDOWN_KEPT.finditer(text)] if markup else []
    kept += [(start, end) for start, end in address_spans(text) if _LATIN_LETTER.search(text, start, end)]
    pieces, position = [], 0
    for start, end in sorted(kept):
        if start < position:
            continue  # inside a span already kept
        pieces += [change(text[position:start]), text[start:end]]
        position = end
    pieces.append(change(text[position:]))
    return "".join(pieces)


def _rewrite(text: str, style: tuple[str, str, str, str]) -> str:
    digits, decimal, group, percent = style
    marks = {"\u066b": decimal, "\u066c": group, "\u066a": percent}
    out = []
    for at, char in enumerate(text):
        value = unicodedata.decimal(char, None)
        if value is not None:
            out.append(digits[value])
        elif char in _SEPARATORS and _next_to_digit(text, at):
            out.append(marks[char])
        else:
            out.append(char)
    return "".join(out)


def _next_to_digit(text: str, at: int) -> bool:
    return any(0 <= near < len(text) and unicodedata.decimal(text[near], None) is not None for near in (at - 1, at + 1))
