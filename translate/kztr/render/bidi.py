"""Which pieces of a text run against its direction, so the renderers can isolate them.

In Arabic text a Latin word, a number or an address has to be shown as one
left-to-right run. The Unicode bidi algorithm alone cuts
``info@example.org`` into ``info`` and ``example.org`` with the ``@`` taking
the Arabic direction (shown ``example.org@info``); the same happens to the
``?``, ``=`` and ``&`` of a URL, the leading ``/`` of a path and the ``+`` and
brackets of a phone number. ``split_runs`` finds those addresses first, each
as one run, then the ordinary runs (``CICA``, ``2022-2024``, ``14.10.2022``,
``Astana Times``) in the text between them. The renderers wrap each run in
an isolate (``<bdi dir="ltr">`` in HTML, U+2066 … U+2069 in Markdown).
"""

from __future__ import annotations

import regex

# Runs start and end on a strong letter or a digit, so surrounding spaces and
# brackets stay with the outer text.
_LTR_CHAR = r"\p{Bidi_Class=L}0-9"
_RTL_CHAR = r"\p{Bidi_Class=R}\p{Bidi_Class=AL}"
_RUN_INSIDE = r" .,:/'’&+_\-–"
_RUNS = {
    "rtl": regex.compile(rf"[{_LTR_CHAR}](?:[{_LTR_CHAR}\p{{Mn}}{_RUN_INSIDE}]*[{_LTR_CHAR}\p{{Mn}}])?%?"),
    "ltr": regex.compile(rf"[{_RTL_CHAR}](?:[{_RTL_CHAR}\p{{Mn}}\u0660-\u0669،{_RUN_INSIDE}]*[{_RTL_CHAR}\p{{Mn}}])?"),
}
_LATIN = r"A-Za-z0-9"
# Addresses, each one run whatever punctuation it holds.
_ADDRESSES = regex.compile(
    r"(?:https?|ftp)://[^\s<>\"'“”«»]+"  # a URL
    r"|www\.[^\s<>\"'“”«»]+"
    rf"|[{_LATIN}._%+\-]+@[{_LATIN}\-]+(?:\.[{_LATIN}\-]+)+"  # an e-mail address
    r"|\+\d{1,3}(?:[ .\-]?(?:\(\d{1,5}\)|\d{1,5})){2,}"  # a phone number: +7 (7172) 74-56-78
    r"|\(\d{2,5}\)[ .\-]?\d{2,5}(?:[ .\-]\d{2,5})+"  # (7172) 74-56-78
    rf"|(?:~|\.{{1,2}})?/?[{_LATIN}_.\-]+(?:/[{_LATIN}_.\-]+)+/?"  # a path: source/x.txt, /etc/hosts, ~/a/b
)
# What ends a sentence or a clause after an address rather than belonging to it.
_TRAILING = ".,;:!?؟،؛)]}'\"’”»"


def address_spans(text: str):
    """(start, end) of each address in ``text``: URL, e-mail address, phone number, path."""
    for match in _ADDRESSES.finditer(text):
        start, end = match.span()
        while end > start and text[end - 1] in _TRAILING:
            if text[end - 1] == ")" and text[start:end].count("(") >= text[start:end].count(")"):
                break  # a bracket the URL opened: https://en.wikipedia.org/wiki/Astana_(city)
            end -= 1
        if end > start:
            yield start, end


def split_runs(text: str, direction: str) -> tuple[tuple[str, bool], ...]:
    """Cut ``text`` (written ``direction``) into pieces; True marks a run to isolate.

    >>> split_runs("تمديد رئاسة CICA لـ 2022-2024.", "rtl")
    (('تمديد رئاسة ', False), ('CICA', True), (' لـ ', False), ('2022-2024', True), ('.', False))
    >>> split_runs("اكتب إلى info@example.org أو https://example.org/a/b?x=1&y=2.", "rtl")[1::2]
    (('info@example.org', True), ('https://example.org/a/b?x=1&y=2', True))
    >>> split_runs("the word دبلوماسية means diplomacy", "ltr")
    (('the word ', False), ('دبلوماسية', True), (' means diplomacy', False))
    """
    spans: list[tuple[int, int]] = []
    position = 0
    runs = _RUNS["rtl" if direction == "rtl" else "ltr"]
    addresses = list(address_spans(text)) if direction == "rtl" else []
    for start, end in [*addresses, (len(text), len(text))]:
        spans.extend(match.span() for match in runs.finditer(text, position, start))
        if end > start:
            spans.append((start, end))
        position = end
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in spans:
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return tuple(pieces)
