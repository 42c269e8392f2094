"""The ``punctuation`` check: sentence ends, questions, brackets and quotes.

* A sentence-final mark when the source has one (. ؟ ! … map to the target's
  marks: ؟ is ?, and so is Greek's ;, and a right-to-left target may keep ؟); the mark before a
  closing quote counts as well as the one after it (``?» — said he.``). A
  headline (a heading, or a document's first unit) may drop its full stop;
  no full stop added to a heading that has none: a heading as the source's
  block structure says (a Markdown heading, the title a plain text opens
  with: the unit's ``#.`` note), never guessed from the text.
* A question in the source (؟ or ?) stays a question.
* Brackets and quotes balanced in the translation when they are in the source
  (« » “ ” „ “ ( ) [ ] and straight quotes; „…“ and „…” are pairs). A
  quotation that runs over several sentences opens in the first and closes
  in the last: a quotation left open is a finding only where none of the
  next eleven units closes it (and one closed, where none of the eleven before
  opens it).
* A bracket left empty (``()``, ``[ ]``) where the source has none: what it
  held is missing (``(1) le débit, (2) la densité et () la vitesse``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kztr.checks import HEADINGS
from kztr.text.arabic import strip_marks
from kztr.text.target import base_language

CLOSERS = "”’\"'»›)]}“"  # “ closes a Russian or German „…“
_FINAL = {".": "full stop", "؟": "question mark", "?": "question mark", "!": "exclamation mark",
          "…": "ellipsis", "۔": "full stop", "。": "full stop", "？": "question mark", "！": "exclamation mark",
          ":": "colon"}
_QUESTION = "؟?？;"
UNBALANCED = "unbalanced"
_PAIRS = (("(", ")"), ("[", "]"), ("«", "»"))
# a mark just before closing quotes or a bracket, or before a French guillemet after its space (geek ! ».)
_INNER_MARK = re.compile(r"([.!?؟…])(?:[”’\"'»›“)\]]+|[ \u00a0\u2009\u202f][»›])")


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
    text = _without_list_labels(text)
    wrong = [f"{opening} {closing}" for opening, closing in _PAIRS if text.count(opening) != text.count(closing)]
    if not _curly_balanced(text):
        wrong.append("“ ”")
    if text.count('"') % 2:
        wrong.append('" "')
    return tuple(wrong)


_LIST_LABEL = re.compile(r"(?:^|(?<=[\s:;]))(?:[^\W\d_]|[ivx]{2,4}|\d{1,2})\)(?=\s|$)")


def _without_list_labels(text: str) -> str:
    """``text`` without the closing brackets of list labels (``a) … b)``, ``iii)``, ``5)``), which
    close nothing: the translation's way of writing the Arabic's (أ) or (5).

    >>> _without_list_labels("5) The Conference; see c) and (table 6) below")
    ' The Conference; see  and (table 6) below'
    """
    if ")" not in text:
        return text
    kept, depth, last = [], 0, 0
    labels = {match.start(): match.end() for match in _LIST_LABEL.finditer(text)}
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            starts = [start for start, end in labels.items() if end == index + 1]
            if depth == 0 and starts:
                kept.append(text[last:starts[0]])
                last = index + 1
            depth = max(0, depth - 1)
    return "".join(kept) + text[last:]


def _curly_balanced(text: str) -> bool:
    """“…” (English), „…“ (Russian, German) and „…” (Polish) quotes, nested or not; ”…” (Swedish, Finnish: the
    same mark on both sides) where the text has no other curly quote.

    >>> _curly_balanced("som fick namnet ”De sju systrarna”, är"), _curly_balanced("”De sju systrarna, är")
    (True, False)
    """
    if "“" not in text and "„" not in text:
        return text.count("”") % 2 == 0
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


def end_kinds(text: str) -> frozenset[str]:
    """The kinds of sentence-final mark a text ends with: after its closing quotes, or just before them.

    >>> sorted(end_kinds("«Как ты можешь?», — спросил он.")), sorted(end_kinds("Yes."))
    (['full stop', 'question mark'], ['full stop'])
    """
    kinds = {_kind(final_mark(text))} - {""}
    kinds |= {_kind(match.group(1)) for match in _INNER_MARK.finditer(text[-80:])}
    after_note = _TRAILING_NOTE.search(text)
    if after_note:
        kinds.add(_kind(after_note.group(1)))
    return frozenset(kinds)


# A sentence's mark before what follows it: a bracketed note, a footnote asterisk or number
# ("from the border. (Najran sector 2)", "for your consideration.*", "communities.25")
_TRAILING_NOTE = re.compile(r"(?<!\d)([.!?؟…])(?:\s*\([^()]{1,60}\)|\*{1,3}|\d{1,3})\s*$")


def balanced_nearby(texts: list[str], index: int, span: int = 12) -> bool:
    """Does a quotation or bracket left open (or closed) in ``texts[index]`` close (or open) in one of
    the ``span - 1`` units after (or before) it? A quotation of several sentences opens in the
    first and closes in the last; each sentence is a unit (a news quotation rarely runs over
    twelve: NTREX-128 has some of ten).

    >>> balanced_nearby(["«Нет, я не делал.", "И не буду.", "Никогда»."], 0), balanced_nearby(["«Логово дракона"], 0)
    (True, False)
    """
    text = texts[index]
    for surplus_of in (*(_pair_surplus(opening, closing) for opening, closing in _PAIRS), _curly_surplus,
                       _straight_surplus):
        surplus = surplus_of(text)
        if surplus > 0 and not _closed_later(texts[index + 1:index + span], surplus_of, surplus):
            return False
        if surplus < 0 and not _closed_later(reversed(texts[max(0, index - span + 1):index]),
                                             lambda other, of=surplus_of: -of(other), -surplus):
            return False
    return True


def _pair_surplus(opening: str, closing: str):
    return lambda text: text.count(opening) - text.count(closing)


def _curly_surplus(text: str) -> int:
    """Curly quotes opened and not closed: “ opens in English, closes after „ (Russian, German); in a text with
    only ” (Swedish, Finnish: ”…”), one before a word opens, any other closes."""
    if "„" in text:
        return text.count("„") - text.count("“") - text.count("”")
    if "“" not in text and "”" in text:
        return _surplus_by_place(text, "”")
    return text.count("“") - text.count("”")


# a quote mark written the same on both sides (" and Swedish's ”) opens before a word, after a space or a bracket
_OPENING = {mark: re.compile(rf"(?:^|(?<=[\s(\[—–-])){mark}(?=\S)") for mark in ('"', "”")}


def _surplus_by_place(text: str, mark: str) -> int:
    """Marks written the same on both sides, opened less closed: one before a word opens, any other closes."""
    openings = len(_OPENING[mark].findall(text))
    return openings - (text.count(mark) - openings)


def _straight_surplus(text: str) -> int:
    """Straight quotes opened less closed: a quote before a word opens, any other closes."""
    return _surplus_by_place(text, '"') if '"' in text else 0


def _closed_later(others, surplus_of, surplus: int) -> bool:
    """Do the ``others`` (in the order a reader meets them) close ``surplus`` marks left open?"""
    for other in others:
        surplus += surplus_of(other)
        if surplus <= 0:
            return True
    return False


def greek_questions(translation: str, language: str) -> str:
    """The translation with Greek's question mark as ? (;, or U+037E, which looks the same: Πού πας; asks, where
    ؟ does). In Greek the semicolon is a question mark (its semicolon is ·); elsewhere ; is a semicolon.

    >>> greek_questions("Πού πας;", "el"), greek_questions("ایران; عراق", "en"), greek_questions("Πού πας\u037e", "ru")
    ('Πού πας?', 'ایران; عراق', 'Πού πας?')
    """
    translation = translation.replace("\u037e", "?")
    return translation.replace(";", "?") if base_language(language) == "el" else translation


def check_punctuation(source: str, translation: str, context) -> list[tuple[str, str]]:
    findings = []
    written, translation = translation, greek_questions(translation, context.target_language)
    source_mark, target_mark = final_mark(source), final_mark(translation)
    is_question = any(mark in source for mark in "؟?")
    headline = context.block in HEADINGS or context.first
    source_kinds, target_kinds = end_kinds(source), end_kinds(translation)
    if is_question and not any(mark in translation for mark in _QUESTION):
        if not _request(translation):  # Назовите три подсектора. for a question: a request, worded as one
            findings.append(("error", "the source is a question (؟) but the translation has no question mark"))
    elif source_mark and not target_kinds:
        if not (headline and _kind(source_mark) == "full stop"):  # a headline drops its full stop
            findings.append(("warning", f"the source ends with {_a(_kind(source_mark))} ({source_mark}), "
                                        "the translation with none"))
    elif source_mark and target_mark and not (source_kinds & target_kinds) and "colon" not in (
            _kind(source_mark), _kind(target_mark)) and not _request_asked(source, translation, target_kinds) \
            and not _TAG_QUESTION.search(translation):
        shown = final_mark(written) or written.rstrip()[-1:]  # Greek's ; as written
        findings.append(("warning", f"the source ends with {_a(_kind(source_mark))} ({source_mark}), "
                                    f"the translation with {_a(_kind(target_mark))} ({shown})"))
    elif (not source_mark and target_mark in (".", "۔", "。") and _marked_heading(context)
          and not source.rstrip().endswith(("…", "...")) and not _ABBREVIATION_END.search(translation)):
        findings.append(("warning", f"a full stop ({target_mark}) added where the source ends without one"))
    unbalanced = balanced(source)
    wrong = balanced(translation)
    if wrong and not unbalanced:
        findings.append(("warning", f"{UNBALANCED} {' and '.join(wrong)} in the translation "
                                    "(balanced in the source)"))
    elif wrong:
        # a bracket the source leaves open (or closes unopened) is its typo, a quotation mark may open or close a
        # quotation of several units: the translation's own brackets left so are worth closing
        copied = [pair for pair in wrong if pair in unbalanced and pair in _BRACKETS]
        if copied:
            findings.append(("warning", f"{UNBALANCED} {' and '.join(copied)} in the translation, as in the "
                                        "source: a bracket left open or closed unopened in both"))
    empty = _EMPTY_BRACKET.search(translation)
    if empty and not _EMPTY_BRACKET.search(source):
        findings.append(("warning", f"an empty bracket “{empty.group()}” in the translation, where the source has "
                                    "none: what it held may be missing"))
    return findings


_EMPTY_BRACKET = re.compile(r"\(\s*\)|\[\s*\]")  # a call's f() is in its source too


_BRACKETS = ("( )", "[ ]")


def _a(kind: str) -> str:
    """The kind of mark with its article: a full stop, an exclamation mark, an ellipsis."""
    return f"{'an' if kind[:1] in 'aeiou' else 'a'} {kind}"


# An English tag question (Cut it out, will you? Let's go early, shall we? You are tall, aren't you?) or a
# Russian one (…, да? …, не так ли? …, правда?) makes a request or a statement a question by the tag alone:
# the source's full stop or exclamation mark is no difference (Tatoeba, benchmarks/RESULTS.md round 7).
_TAG_QUESTION = re.compile(
    r",\s+(?:(?:will|would|won't|shall|can|can't|could|do|don't|does|doesn't|did|didn't|is|isn't|are|aren't|"
    r"was|wasn't|were|weren't|have|haven't|has|hasn't|had|hadn't|should|shouldn't|must|mustn't|may|might)"
    r"\s+(?:I|you|he|she|it|we|they|there)|(?:да|не так ли|правда|верно|ладно|хорошо))\?[\"”»’)]*$")


def _request_asked(source: str, translation: str, target_kinds: frozenset[str]) -> bool:
    """Is the source a request (اذكر…) that the translation asks as a question (What…?)? Only a question
    mark may then end the translation: عدد and صف also open ordinary sentences ("the number of…", "a
    row"), whose final mark is still compared."""
    return "question mark" in target_kinds and _request(source) and not _request(translation)


def _request(text: str) -> bool:
    """Does the text open with an imperative that asks for an answer (اذكر, أعطِ مثالين; Name…, Give…;
    Назовите…, Приведите…)? A question may be translated as one, and one as a question: the final mark then
    differs by right (XQuAD's questions, benchmarks/RESULTS.md round 5). A request that ends with a question
    mark is still compared: Name one way…? is a slip.

    >>> [_request(text) for text in ("أعطِ مثالين عن الأدوية.", "Назовите три подсектора.", "What are two?")]
    [True, True, False]
    """
    first = next(iter(text.split()), "")
    return strip_marks(first).strip("«\"(").casefold() in _REQUESTS


_REQUESTS = frozenset(
    "اذكر اعط اعطي عدد صف اشرح حدد سم name give list describe explain state identify "
    "назовите приведите перечислите опишите объясните укажите".split())


# A full stop that ends an abbreviation, not the sentence: 10 a.m., U.S., и т. д.; a Russian unit after a
# number (в 10 ч. 15 м., в 2015 г., 5 тыс.)
_ABBREVIATION_END = re.compile(r"(?:(?<![^\W\d_])(?:[^\W\d_]\.[ \u00a0]?){2,}|(?<=\d)[ \u00a0]?[а-яё]{1,4}\.)"
                               r"[\s”’\"'»)]*$")


def _marked_heading(context) -> bool:
    """A heading the source marks as one: any heading of a Markdown document (``#``), the kicker
    and title a plain text opens with. A later short line of plain text is only guessed to be a
    heading from its missing full stop: a translation that has one is usually right."""
    return context.block in HEADINGS and (context.markup or context.block in ("kicker", "title"))
