"""The ``whitespace`` check: spaces and invisible characters the source does not have.

Leading or trailing spaces, doubled spaces, line breaks the source does not
have, and stray bidi controls (LRM, RLM, ALM, embeddings, overrides and
isolates) or zero-width spaces: invisible in an editor, they move or hide
text in the edition. ZWJ and ZWNJ are left alone (Persian and Urdu need them).
"""

from __future__ import annotations

import re
import unicodedata

_CONTROLS = re.compile("[\u200b\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_DOUBLE = re.compile(r"(?<=\S) {2,}(?=\S)")


def check_whitespace(source: str, translation: str, context) -> list[tuple[str, str]]:
    findings = []
    if translation != translation.lstrip():
        findings.append(("warning", "the translation starts with a space"))
    if translation != translation.rstrip():
        findings.append(("warning", "the translation ends with a space or line break"))
    if _DOUBLE.search(translation) and not _DOUBLE.search(source):
        findings.append(("warning", "doubled space in the translation"))
    if "\n" in translation.strip() and "\n" not in source:
        findings.append(("warning", "a line break the source does not have"))
    controls = sorted({char for char in _CONTROLS.findall(translation) if char not in source}
                      if _CONTROLS.search(translation) else ())
    if controls:
        names = ", ".join(f"U+{ord(char):04X} {unicodedata.name(char, '?')}" for char in controls)
        findings.append(("warning", f"invisible control character in the translation: {names}"))
    return findings
