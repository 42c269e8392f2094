"""Cut blocks into translation units: Arabic-aware sentence segmentation.

A sentence ends at ``.`` ``!`` ``?`` ``؟`` or ``…`` (and runs of them), with any
closing quotes and brackets, when whitespace or the end of the block follows.
It never ends at the Arabic comma ``،`` or semicolon ``؛``, inside a number
(3.5, ١٢٫٥, 14.10.2022), a URL or an e-mail address (none of these has a
space after its dots), nor after an abbreviation: a single letter (د. أ. U.
F.), a dotted chain of letters (أ.د. U.S. e.g.), or a Latin prefix from
sacremoses' non-breaking lists (Mr. St. No. 12).  Era markers after a number
(1443 هـ. 2022 م.) do end a sentence.  Habits of Arabic news prose that are
not sentence ends either: ``..`` as a pause ("الوزير.. الذي"), an ellipsis
closed by a bracket or quote ("(1، 2، 3، …)"), a list number ("٥." at the
start of an item) and dotted initials spelled as letter names ("أر. أف.").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kztr.model import Block, Unit

TERMINATORS = ".!?؟…"
CLOSERS = "”’\"'»›)]}"
_BOUNDARY = re.compile(
    rf"[{re.escape(TERMINATORS)}]+[{re.escape(CLOSERS)}]*(?=\s|$)"
)
_TATWEEL = "\u0640"
_ERA_MARKERS = {"هـ", "ه", "م", "ق.م"}
_DIGIT = re.compile(r"\d")
_WHITESPACE = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S")


def normalize_text(text: str) -> str:
    """NFC, whitespace runs collapsed to one space, trimmed.

    >>> normalize_text("  مرحبا \\u00a0  بالعالم\\t")
    'مرحبا بالعالم'
    """
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=None)
def _latin_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """Non-breaking prefixes from sacremoses: (always, before a number only)."""
    from sacremoses.corpus import NonbreakingPrefixes

    always: set[str] = set()
    numeric_only: set[str] = set()
    for entry in NonbreakingPrefixes().words("en"):
        word, _, marker = entry.strip().partition(" ")
        (numeric_only if marker == "#NUMERIC_ONLY#" else always).add(word)
    return frozenset(always), frozenset(numeric_only)


def _is_abbreviation(before: str, after: str) -> bool:
    """Is the word ``before`` (ending just before a single ``.``) an abbreviation?"""
    words = before.split()
    if not words:
        return False
    word = words[-1].lstrip("(“\"«'[")
    previous = words[-2] if len(words) > 1 else ""
    bare = word.replace(_TATWEEL, "")
    if bare in _ERA_MARKERS and word in _ERA_MARKERS | {"هـ"} and _DIGIT.search(previous):
        return False
    pieces = bare.split(".")
    if all(len(piece) == 1 and piece.isalpha() for piece in pieces):
        return True  # د.  أ.د.  U.S.  F.
    if len(pieces) > 1 and all(piece.isalpha() and len(piece) <= 2 for piece in pieces):
        return True  # e.g.  i.e.  Ph.D.
    always, numeric_only = _latin_prefixes()
    if word in always:
        return True
    return word in numeric_only and after[:1].isdigit()


# English letters as Arabic news spells initials (أر. أف. كينيدي, جي. دبليو. بوش).
# Several are also words (في "in", أو "or", إن "that"), so only a chain of two
# or more dotted letter names is read as initials.
_LETTER_NAMES = frozenset(
    "أي إيه بي سي دي إي إف أف جي إتش اتش إيتش آي جيه جاي كيه كاي إل إم ام إن ان أو كيو آر أر "
    "إس اس تي يو في دبليو إكس اكس واي زد زي".split()
)
_LIST_NUMBER = re.compile(r"\(?[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}\)?")
_OPENERS = "(“\"«'[‘"


def _sentence_goes_on(boundary: str, before: str, after: str) -> bool:
    """Punctuation followed by a space that does not end the sentence (Arabic news habits).

    ``boundary`` is the terminators and closers, ``before`` the sentence so far
    (its last words), ``after`` the text that follows.

    * ``..`` is a pause, not an end: "الوزير.. الذي";
    * an ellipsis closed by a bracket or quote is an omission or a trailing
      list inside the sentence: "(1، 2، 3، …)", "(...)";
    * a list number: "٥." at the start of an item, or after a colon or comma;
    * dotted initials spelled as letter names: "أر. أف. كينيدي".
    """
    marks = boundary.rstrip(CLOSERS)
    if marks == "..":
        return True
    if marks != boundary and set(marks) <= {".", "…"} and ("…" in marks or len(marks) >= 3):
        return True
    if marks != ".":
        return False
    words = before.split()
    if not words:
        return False
    last = words[-1].lstrip(_OPENERS)
    if _LIST_NUMBER.fullmatch(last) and (len(words) == 1 or words[-2].endswith((":", "،", "؛"))):
        return True
    if last in _LETTER_NAMES:
        previous = words[-2] if len(words) > 1 else ""
        following = after.split(maxsplit=1)[0] if after.strip() else ""
        return (previous.endswith(".") and previous[:-1].lstrip(_OPENERS) in _LETTER_NAMES) or (
            following.endswith(".") and following[:-1] in _LETTER_NAMES)
    return False


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (already normalised text).

    >>> split_sentences("قال د. أحمد إن القمة ناجحة. وأضاف: نعم، بالتأكيد؟ نعم!")
    ['قال د. أحمد إن القمة ناجحة.', 'وأضاف: نعم، بالتأكيد؟', 'نعم!']
    """
    text = normalize_text(text)
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        following = _NON_SPACE.search(text, end)
        if following is None:
            break
        after = following.group()
        # Only the last words matter: a window keeps a megabyte line linear.
        window = text[max(start, match.start() - 64):match.start()]
        if _sentence_goes_on(match.group(), window, text[following.start():following.start() + 32]):
            continue
        if match.group().rstrip(CLOSERS) == "." and _is_abbreviation(window, after):
            continue
        piece = text[start:end].strip()
        if _has_content(piece):
            sentences.append(piece)
            start = end
    rest = text[start:].strip()
    if rest:
        if sentences and not _has_content(rest):
            sentences[-1] = f"{sentences[-1]} {rest}"
        else:
            sentences.append(rest)
    return sentences


def _has_content(piece: str) -> bool:
    return any(char.isalnum() for char in piece)


def segment_blocks(blocks: tuple[Block, ...]) -> tuple[tuple[Unit, ...], ...]:
    """Units of every block, in order: paragraphs by sentence, the rest whole."""
    result = []
    for block in blocks:
        if block.kind in ("paragraph", "list-item", "quote"):
            pieces = split_sentences(block.text)
        else:
            pieces = [normalize_text(block.text)]
        result.append(
            tuple(
                Unit(
                    text=piece,
                    kind=block.kind,
                    line=block.line,
                    block_index=block.index,
                    sentence_index=number,
                    section=block.section,
                )
                for number, piece in enumerate(pieces)
                if piece
            )
        )
    return tuple(result)
