"""What a sentence and its translation share whatever the languages: the aligner's anchors.

Numbers (as ``kztr check`` reads them: any digits, the languages' separators;
Arabic number words count when the translation writes them in digits; a measure
the translation converts, 2 inches as 5 cm, counts as the source's number),
Latin runs of the Arabic (names, acronyms, URLs, addresses) found again in
the translation, the glossary's terms with their agreed translations,
question and exclamation marks, quotes and brackets.  Each text becomes a
``Counter`` of keys comparable across the two languages; ``anchor_cost``
scores two sides against each other.

The readers of numbers and Latin runs live in ``kztr.checks`` (a later
layer): the caller passes them in (``Readers``), so this module stays below.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from kztr.glossary import Glossary, target_pattern
from kztr.text.skeleton import MIN_CONSONANTS, arabic_skeletons, target_skeleton

# A number of ten or more is written in digits in any language's news; a smaller one is
# often spelled out (five victims), so its absence says little.
SMALL_NUMBER_MISS = 0.5
# Weights per kind of anchor (tuned on NTREX-128's tuning documents, benchmarks/align.py):
# a shared key lowers a bead's cost by HIT, a key on one side only raises it by MISS.
HIT = {"n": 2.0, "l": 2.0, "g": 1.5, "t": 1.5, "?": 1.0, "!": 0.5, "q": 0.3, "b": 0.6}
MISS = {"n": 3.0, "l": 1.2, "g": 0.6, "t": 0.8, "?": 1.0, "!": 0.3, "q": 0.3, "b": 0.5}
_WORD = re.compile(r"[^\W\d_]+")
_QUESTION = re.compile("[?؟]")
_QUOTE = re.compile("[\"“”«»„]")
_BRACKET = re.compile(r"[()]")


@dataclass(frozen=True)
class Readers:
    """How a language's text is read: ``numbers(text, language)`` gives number values,
    ``latin_runs(text)`` the Latin runs of an Arabic text."""

    numbers: Callable[[str, str], tuple[str, ...]]
    latin_runs: Callable[[str], tuple[str, ...]]
    number_words: Callable[[str], frozenset[str]] = field(default=lambda text: frozenset())
    # (source texts, translated texts, languages) -> a translation's number -> the source's number it
    # states in other units (5 cm for 2 inches)
    converted: Callable[[list[str], list[str], str, str], dict[str, str]] = field(
        default=lambda sources, targets, source_language, target_language: {})
    # (source language, target language) -> the measured (median, spread) of log(translation length /
    # source length) of their sentences, or None (``kztr.checks.length.prior_for``)
    length_prior: Callable[[str, str], tuple[float, float] | None] = field(
        default=lambda source_language, target_language: None)


class AnchorReader:
    """Reads the anchors of one document's source units and translated sentences."""

    def __init__(self, readers: Readers, source_language: str, target_language: str,
                 glossary: Glossary | None, sources: Sequence[str], targets: Sequence[str] = ()) -> None:
        self.readers = readers
        self.source_language = source_language
        self.target_language = target_language
        self.glossary = glossary
        self.runs = {run.casefold() for text in sources for run in readers.latin_runs(text)}
        self.run_patterns = {run: re.compile(rf"(?<!\w){re.escape(run)}(?!\w)", re.IGNORECASE)
                             for run in sorted(self.runs)}
        self.terms = sorted({term.target for text in sources for term in glossary.terms_in(text)}) \
            if glossary is not None else []
        self.term_patterns = {target: target_pattern(target) for target in self.terms}
        # Names spelled out in both scripts: skeletons found on both sides of the document.
        source_names = {skeleton for text in sources for word in _WORD.findall(text)
                        for skeleton in arabic_skeletons(word) if len(skeleton) >= MIN_CONSONANTS}
        self.names = {skeleton for text in targets for skeleton in _target_names(text)} & source_names
        self.converted = readers.converted(list(sources), list(targets), source_language, target_language)
        self.length_prior = readers.length_prior(source_language, target_language)

    def source(self, text: str) -> tuple[Counter, frozenset[str]]:
        """A source unit's anchors, and the numbers it writes in words."""
        keys: Counter = Counter(f"n:{value}" for value in self.readers.numbers(text, self.source_language))
        keys.update(f"l:{run.casefold()}" for run in self.readers.latin_runs(text))
        if self.glossary is not None:
            keys.update(f"g:{term.target}" for term in self.glossary.terms_in(text))
        for word in _WORD.findall(text):
            found = next((skeleton for skeleton in arabic_skeletons(word) if skeleton in self.names), None)
            if found:
                keys[f"t:{found}"] += 1
        keys.update(_marks(text))
        return keys, self.readers.number_words(text)

    def target(self, text: str) -> Counter:
        keys: Counter = Counter(f"n:{self.converted.get(value, value)}"
                                for value in self.readers.numbers(text, self.target_language))
        for run, pattern in self.run_patterns.items():
            found = len(pattern.findall(text))
            if found:
                keys[f"l:{run}"] = found
        for target, pattern in self.term_patterns.items():
            if pattern.search(text):
                keys[f"g:{target}"] = 1
        keys.update(f"t:{skeleton}" for skeleton in _target_names(text) if skeleton in self.names)
        keys.update(_marks(text))
        return keys


def _target_names(text: str) -> list[str]:
    """Skeletons of the capitalised words of a translation (names, mostly)."""
    return [skeleton for word in _WORD.findall(text) if word[0].isupper()
            for skeleton in (target_skeleton(word),) if len(skeleton) >= MIN_CONSONANTS]


def _marks(text: str) -> list[str]:
    marks = []
    if _QUESTION.search(text):
        marks.append("?")
    if "!" in text:
        marks.append("!")
    if _QUOTE.search(text):
        marks.append("q")
    if _BRACKET.search(text):
        marks.append("b")
    return marks


def _small(value: str) -> bool:
    return value.isdigit() and int(value) < 10


def anchor_cost(source: Counter, words: frozenset[str], target: Counter) -> float:
    """Shared anchors lower the cost, anchors on one side only raise it.

    >>> anchor_cost(Counter({"n:2017": 1}), frozenset(), Counter({"n:2017": 1}))
    -2.0
    >>> anchor_cost(Counter({"n:2017": 1}), frozenset(), Counter())
    3.0
    >>> anchor_cost(Counter(), frozenset({"3"}), Counter({"n:3": 1}))
    -2.0
    """
    if not source and not target:
        return 0.0
    costs = []
    for key in source.keys() | target.keys():
        have, got = source.get(key, 0), target.get(key, 0)
        kind = key[0]
        shared = min(have, got)
        alone = have + got - 2 * shared
        if kind == "n" and got > have and key[2:] in words:
            shared, alone = shared + 1, alone - 1  # a number the source writes in words
        miss = SMALL_NUMBER_MISS if kind == "n" and _small(key[2:]) else MISS[kind]
        costs.append(miss * alone - HIT[kind] * shared)
    return math.fsum(costs)  # the same whatever order the set gives (hash seeds vary)
