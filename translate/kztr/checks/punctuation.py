"""The ``punctuation`` check: sentence ends, questions, brackets and quotes.

* A sentence-final mark when the source has one (. ؟ ! … map to the target's
  marks: ؟ is ?, and a right-to-left target may keep ؟); no full stop added
  to a heading that has none: a heading as the source's block structure says
  (the unit's ``#.`` note: kicker, title, heading), never guessed from the text.
* A question in the source (؟ or ?) stays a question.
* Brackets and quotes balanced in the translation when they are in the source
  (« » “ ” „ “ ( ) [ ] and straight quotes; „…“ and „…” are pairs): a sentence
  cut inside a quotation is unbalanced on both sides and is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kztr.checks import HEADINGS

CLOSERS = "”’\"'»›)]}"
_FINAL = {".": "full stop", "؟": "question mark", "?": "question mark", "!": "exclamation mark",
          "…": "ellipsis", "۔": "full stop", "。": "full stop", "？": "question mark", "！": "exclamation mark",
          ":": "colon"}
_QUESTION = "؟?？;"
UNBALANCED = "unbalanced"
_PAIRS = (("(", ")"), ("[", "]"), ("«", "»"))
_QUOTE_PAIRS = ("« »", "“ ”", '" "')
# A quotation that runs over several paragraphs opens each and closes only the last: a translation's
# unbalanced quote is a finding only where the source quotes too.
_QUOTES = re.compile("[«»“”„\"]")


@lru_cache(maxsize=65536)
def final_mark(text: str) -> str:
    """The sentence-final mark of a text, closing quotes and brackets aside ('' if none).

    >>> final_mark("قال: «نعم؟»"), final_mark("Summit (CICA)"), final_mark("Yes...")
    ('؟', '', '…')
    """
    text = text.rstrip().rstrip(CLOSERS).rstrip()
    if text.endswith("..."):
        return "…"
    return text[-1] if text and text[-1] in _FINAL else ""


def _kind(mark: str) -> str:
    return _FINAL.get(mark, "")


@lru_cache(maxsize=65536)
def balanced(text: str) -> tuple[str, ...]:
    """The bracket and quote pairs that do not balance in ``text``.

    >>> balanced("(CICA) «Astana"), balanced('say "yes" (now)'), balanced("он сказал: „да“ и „нет”")
    (('« »',), (), ())
    >>> balanced("“Astana")
    ('“ ”',)
    """
    wrong = [f"{opening} {closing}" for opening, closing in _PAIRS if text.count(opening) != text.count(closing)]
    if not _curly_balanced(text):
        wrong.append("“ ”")
    if text.count('"') % 2:
        wrong.append('" "')
    return tuple(wrong)


def _curly_balanced(text: str) -> bool:
    """“…” (English), „…“ (Russian, German) and „…” (Polish) quotes, nested or not."""
    if "“" not in text and "”" not in text and "„" not in text:
        return True
    stack: list[str] = []
    for char in text:
        if char == "„":
            stack.append(char)
        elif char == "“":
            if stack and stack[-1] == "„":
                stack.pop()
            else:
                stack.append(char)
        elif char == "”":
            if not stack:
                return False
            stack.pop()
    return not stack


def check_punctuation(source: str, translation: str, context) -> list[tuple[str, str]]:
    findings = []
    source_mark, target_mark = final_mark(source), final_mark(translation)
    is_question = any(mark in source for mark in "؟?")
    heading = context.block in HEADINGS
    if is_question and not any(mark in translation for mark in _QUESTION):
        findings.append(("error", "the source is a question (؟) but the translation has no question mark"))
    elif source_mark and not target_mark:
        if not (heading and _kind(source_mark) == "full stop"):  # a headline drops its full stop
            findings.append(("warning", f"the source ends with a {_kind(source_mark)} ({source_mark}), "
                                        "the translation with none"))
    elif source_mark and _kind(source_mark) != _kind(target_mark) and not (
            _kind(source_mark) == "colon" or _kind(target_mark) == "colon"):
        findings.append(("warning", f"the source ends with a {_kind(source_mark)} ({source_mark}), "
                                    f"the translation with a {_kind(target_mark)} ({target_mark})"))
    elif (not source_mark and target_mark in (".", "۔", "。") and _marked_heading(context)
          and not source.rstrip().endswith(("…", "..."))):
        findings.append(("warning", f"a full stop ({target_mark}) added where the source ends without one"))
    if not balanced(source):
        wrong = [pair for pair in balanced(translation) if pair not in _QUOTE_PAIRS or _QUOTES.search(source)]
        if wrong:
            findings.append(("warning", f"{UNBALANCED} {' and '.join(wrong)} in the translation "
                                        "(balanced in the source)"))
    return findings


def _marked_heading(context) -> bool:
    """A heading the source marks as one: any heading of a Markdown document (``#``), the kicker
    and title a plain text opens with. A later short line of plain text is only guessed to be a
    heading from its missing full stop: a translation that has one is usually right."""
    return context.block in HEADINGS and (context.markup or context.block in ("kicker", "title"))
