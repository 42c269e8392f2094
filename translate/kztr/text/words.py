"""Source words as sacremoses' Moses tokenizer counts them, without running it per unit.

kztr's word: a token of ``MosesTokenizer(lang).tokenize(text, escape=False)``
that contains a letter or a digit.  Running the tokenizer costs about 40 µs a
unit (some forty regular-expression passes) and its import a second; status
counts every unit of every catalog.  For the words that count, only the
tokenizer's splits between two letters or digits matter, and for text without
an apostrophe those are few:

* white space, and every character outside Perl's IsAlnum other than
  ``. ' ` , -`` (padded to a token of its own: ``(`` ``،`` ``/`` ``²``);
* a run of two or more dots (``..`` ``...``);
* a comma, unless digits (IsN) stand on both sides (``5,300`` is one token).

A hyphen, a backquote and a single dot never split (``2022-2024``,
``www.gov.kz``, ``U.S.`` are one word each).  The character classes come from
sacremoses' own compiled patterns (``data/moses_word_chars.txt``, written by
scripts/generate_word_chars.py).  Text this reading does not cover (an
apostrophe, whose rules differ by language; control characters; the
tokenizer's ``DOTMULTI`` marker; two commas in a row) and the CJK languages
(whose letters the tokenizer adds to IsAlnum) go to sacremoses itself, so every
count equals the tokenizer's: tests/test_words.py compares them on the shipped
article, the benchmark texts and generated text.
"""

from __future__ import annotations

import re
from functools import lru_cache

# The tokenizer adds CJK letters to its classes for these languages: counted by sacremoses itself.
_OWN_CLASSES = frozenset({"zh", "ja", "ko", "cjk"})
# Text the reading below does not cover: apostrophes, ASCII control characters (removed, joining
# their neighbours), the multi-dot marker the tokenizer writes and reads back, commas in a row.
_UNCOVERED_CHARS = re.compile(r"['\x00-\x1f]")


@lru_cache(maxsize=1)
def _word_pattern() -> re.Pattern:
    """A token with a letter or digit, as the tokenizer delimits it."""
    from importlib.resources import files

    classes: dict[str, list[str]] = {}
    current: list[str] = []
    text = files("kztr").joinpath("data/moses_word_chars.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.startswith("["):
            current = classes.setdefault(line.strip("[]"), [])
            continue
        first, _, last = line.partition("-")
        start, end = chr(int(first, 16)), chr(int(last or first, 16))
        current.append(re.escape(start) + (f"-{re.escape(end)}" if end != start else ""))
    alnum, number = "".join(classes["alnum"]), "".join(classes["number"])
    # Inside a token: IsAlnum, a hyphen, a backquote, a dot not next to another, a comma between
    # numbers.  A match starts at a token's first letter or digit (what comes before it in the token
    # is neither) and takes the rest of the token; a letter outside IsAlnum is a token of its own.
    inside = rf"(?:[{alnum}\-`]++|(?<!\.)\.(?!\.)|(?<=[{number}]),(?=[{number}]))"
    return re.compile(rf"(?=[^\W_])(?:{inside}+|.)")  # [^\W_]: Python's isalnum, as counted always


@lru_cache(maxsize=1)
def _tokenizer(language: str):
    from sacremoses import MosesTokenizer

    return MosesTokenizer(lang=language)


def moses_word_count(text: str, language: str = "ar") -> int:
    """The tokens with a letter or digit of sacremoses' tokenizer, counted without it where it can be.

    >>> moses_word_count("في عام 2022، كان الشعب يأمل (CICA).")
    7
    >>> moses_word_count("2022-2024 و5,300 و1.5 وwww.gov.kz... x²")
    6
    """
    if language in _OWN_CLASSES or _UNCOVERED_CHARS.search(text) or "MULTI" in text or ",," in text:
        tokens = _tokenizer(language).tokenize(text, escape=False)
        return sum(1 for token in tokens if any(char.isalnum() for char in token))
    return len(_word_pattern().findall(text))
