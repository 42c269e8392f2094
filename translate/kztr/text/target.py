"""A translation in its own language: blocks as a source's, sentences by sentencex.

kztr's own sentence rules (``kztr.text.segment``) are Arabic's. A translation
that already exists (``kztr align``) is cut with sentencex (Wikimedia's
segmenter: MIT, maintained, abbreviation lists for some 300 languages, no
model to download). sentencex keeps a quotation of several sentences as one
(it prefers not cutting to cutting wrong), while kztr's units cut inside
quotations: quotes and brackets are blanked (same length) before it looks,
so it cuts there too, with the language's own abbreviations still known.
Two cuts sentencex makes are undone: before a lower-case letter or a comma,
semicolon, colon or full stop (no sentence of a cased script starts so: ``9 млрд.
фунтов``, ``в 19:00. по восточному времени``, ``«…!», а их оппоненты``), and
after a Latin title (``Dr.``, ``Ms.``: the English abbreviations kztr's own
rules know) that its list for the language lacks.
Measured on NTREX-128 (benchmarks/RESULTS.md, "kztr align").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kztr.model import Block

# Quotes and brackets sentencex would not cut inside; an apostrophe inside a word stays.
_QUOTES = re.compile(r"[\"“”„«»‘’‚‹›()\[\]]|(?<!\w)'|'(?!\w)")
_OPENING = "\"“„«‘‚‹'(["
# What cannot start a sentence: a lower-case letter, or a mark that continues one.
_CONTINUES = re.compile(r"[,;:!?)]|\.(?!\.)|[^\W\d_]")
_LAST_WORD = re.compile(r"([A-Za-z]+)\.\W*$")
_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec".split())
# Blocks whose text is cut into sentences (as kztr.text.segment cuts a source's).
SENTENCE_BLOCKS = ("paragraph", "list-item", "quote")


_SPACES = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def normalize_translation(text: str) -> str:
    r"""NFC, runs of whitespace as one space, trimmed; a translator's no-break spaces are kept
    (``10\u00a0000``, ``23\u00a0трлн``): they are part of the translation.

    >>> normalize_translation(" 10\u00a0000  people\n")
    '10\xa0000 people'
    """
    import unicodedata

    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


@dataclass(frozen=True)
class TargetSentence:
    """One sentence of the translation, with the block it stands in."""

    text: str
    block: int
    kind: str
    line: int
    first: bool  # first sentence of its block
    last: bool  # last sentence of its block


def split_target_sentences(text: str, language: str) -> list[str]:
    """A paragraph of a translation cut into sentences (quotations cut inside too).

    >>> split_target_sentences('He said: "We came. We left." Then he went home.', "en")
    ['He said: "We came.', 'We left."', 'Then he went home.']
    >>> split_target_sentences("Он приехал в г. Астана. Саммит открылся.", "ru")
    ['Он приехал в г. Астана.', 'Саммит открылся.']
    >>> split_target_sentences("Оборот более 9 млрд. фунтов. Марки Dr. PawPaw и Essie.", "ru")
    ['Оборот более 9 млрд. фунтов.', 'Марки Dr. PawPaw и Essie.']
    """
    import sentencex

    text = normalize_translation(text)
    if not text:
        return []
    blanked = _QUOTES.sub(lambda match: " " * len(match.group()), text)
    cuts = []
    for piece in sentencex.get_sentence_boundaries(base_language(language), blanked)[1:]:
        at = piece["start_index"]
        while at < len(text) and text[at].isspace():
            at += 1
        while at > 0 and text[at - 1] in _OPENING and (at < 2 or text[at - 2].isspace()):
            at -= 1  # an opening quote belongs to the sentence it opens
        if not _false_cut(text, at):
            cuts.append(at)
    sentences, start = [], 0
    for cut in [*cuts, len(text)]:
        piece = text[start:cut].strip()
        if piece and any(char.isalnum() for char in piece):
            sentences.append(piece)
            start = cut
    rest = text[start:].strip()
    if rest and sentences:
        sentences[-1] = f"{sentences[-1]} {rest}"  # marks without a letter stay on the last sentence
    return sentences


def _false_cut(text: str, at: int) -> bool:
    """Does a cut sentencex made at ``at`` leave a sentence that cannot start so, or one that ends
    on a Latin title?"""
    follows = _CONTINUES.match(text, at)
    if follows and (not follows.group().isalpha() or follows.group().islower()):
        return True
    title = _LAST_WORD.search(text, 0, at)
    if title is None or len(title.group(1)) < 2 or title.group(1) in _MONTHS:
        return False
    from kztr.text.segment import latin_prefixes

    return title.group(1) in latin_prefixes()[0]


@cache  # the number reader asks for every run of digits: a handful of codes a run
def base_language(language: str) -> str:
    """A language code without its region, script or variant: ``pt_BR`` ``pt``, ``sr@latin`` ``sr``."""
    return language.replace("-", "_").split("_")[0].split("@")[0].lower()


def target_sentences(blocks: tuple[Block, ...], language: str) -> tuple[TargetSentence, ...]:
    """Every sentence of a translation's blocks, in order: paragraphs cut, headings whole."""
    result: list[TargetSentence] = []
    for block in blocks:
        if block.kind in SENTENCE_BLOCKS:
            pieces = split_target_sentences(block.text, language)
        else:
            pieces = [normalize_translation(block.text)]
        for number, piece in enumerate(pieces):
            result.append(TargetSentence(piece, block.index, block.kind, block.line,
                                         number == 0, number == len(pieces) - 1))
    return tuple(result)


def read_translation(path: Path, root: Path, language: str):
    """A translation file (``.txt`` or ``.md``, in either case) read as a source is, in its own script:
    lines without a letter of it are left out; plain text wrapped at a fixed width has its paragraphs'
    lines joined (``kztr.text.sources.hard_wrapped``). Bad bytes are refused as a source's are."""
    from kztr.errors import SourceError
    from kztr.locales import script_name
    from kztr.text.sources import SOURCE_SUFFIXES, read_source

    if path.suffix.lower() not in SOURCE_SUFFIXES:
        raise SourceError(f"a translation must be a {' or '.join(SOURCE_SUFFIXES)} file", path=str(path))
    if not path.is_file():
        what = ("a symbolic link to no file (broken, or a loop)" if path.is_symlink() else "no such file") \
            if not path.exists() else "not a regular file"
        raise SourceError(what, path=str(path))
    return read_source(path, root, script_name(language), normalize=normalize_translation, unwrap=True)
