"""A bilingual word list learnt from the project's own translations: the aligner's lexical evidence.

Length, numbers and names cannot tell a sentence the translation dropped
next to one it added from a pair of mutual translations when neither has a
number or a name; words can.  kztr has no dictionary, but a project has its
translations: every translated unit of the language's catalogs, the TMX files
in ``tm/``, the glossary.  From those pairs, words that keep appearing
together are linked (Dice coefficient of the stems' sentence counts), both
ways, as hunalign uses a dictionary.  (Learning from the pairs a first pass
is sure of and aligning again, as hunalign's ``-realign`` does, gained
nothing on NTREX's tuning documents: benchmarks/RESULTS.md.)

Words are compared as stems, by Snowball's stemmers (``snowballstemmer``:
Arabic, English, Russian and some thirty other languages); the Arabic first
as kztr compares it (no diacritics, one alef) and without a conjunction
before the article.  A language Snowball has no stemmer for is cut to its
first letters.

Besides the project's pairs, kztr ships some of its own for a few languages
(``kztr/data/align/``, ``shipped_pairs``): FLORES-200's 1,012 sentences of
Wikinews, Wikivoyage and Wikibooks in Arabic and the language, as stems
(CC BY-SA 4.0; its README says where from and how made).  They are counted with
the project's own, pair for pair, so a project with few translations still has
common words linked; a language without them learns from the project alone.

A stem with links is evidence either way: finding one of its
translations in a sentence is that much more likely in a translation than by
chance (``hit``, the log of the ratio of the two rates in the pairs learnt
from), and missing them all is that much less likely (``miss``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kztr.text.arabic import arabic_words

MIN_COUNT = 2  # pairs a link must be seen in
MIN_DICE = 0.3  # Dice coefficient of a link
MAX_LINKS = 3  # translations kept per source stem, best first
# A partner comes with the stem at least this many times as often as it comes at all (the same
# on NTREX's tuning documents as no such bound, 1.5 or 3: kept because one "the" among a stem's
# partners would otherwise make the whole link worthless).
MIN_LIFT = 2.0
SMOOTHING = 1.0  # pseudo-count of the rates (a stem seen twice is not certain)
PREFIX_LETTERS = 5  # a word of a language without a stemmer: its first letters
_WORD = re.compile(r"[^\W\d_]+")
SHIPPED_FILE = "flores200-ar-{language}.tsv"  # in kztr/data/align/: sentence pairs as stems


class _Stems:
    """One language's stemmer, each word stemmed once (news repeats its words)."""

    def __init__(self, language: str) -> None:
        import snowballstemmer

        from kztr.locales import english_name

        name = english_name(language).split(" ")[0].lower()
        self.stemmer = snowballstemmer.stemmer(name) if name in snowballstemmer.algorithms() else None
        self.known: dict[str, str] = {}

    def __call__(self, words: Iterable[str]) -> frozenset[str]:
        stems = set()
        for word in words:
            stem = self.known.get(word)
            if stem is None:
                stem = self.stemmer.stemWord(word) if self.stemmer is not None else word[:PREFIX_LETTERS]
                self.known[word] = stem
            if len(stem) > 1:
                stems.add(stem)
        return frozenset(stems)


def _stems_language(language: str) -> str:
    return language.replace("-", "_").split("_")[0].split("@")[0].lower()


@lru_cache(maxsize=16)
def _stems(language: str) -> _Stems:
    return _Stems(_stems_language(language))


def source_stems(text: str) -> frozenset[str]:
    """The stems of an Arabic text.

    >>> sorted(source_stems("وقالت الشرطة للصحفيين"))
    ['شرط', 'صحف', 'قال']
    """
    return _stems("ar")(word[1:] if word[:3] in ("وال", "فال") and len(word) > 5 else word
                        for word in arabic_words(text))


def target_stems(text: str, language: str) -> frozenset[str]:
    """The stems of a translation's text.

    >>> sorted(target_stems("The police told reporters", "en"))
    ['polic', 'report', 'the', 'told']
    >>> sorted(target_stems("Полиция сообщила журналистам", "ru"))
    ['журналист', 'полиц', 'сообщ']
    """
    return _stems(language)(word.casefold() for word in _WORD.findall(text))


def text_stems(text: str, language: str) -> frozenset[str]:
    """The stems of a text in any language: Arabic as ``source_stems`` reads it.

    >>> text_stems("وقالت الشرطة", "ar") == source_stems("وقالت الشرطة"), sorted(text_stems("Police said", "en"))
    (True, ['polic', 'said'])
    """
    return source_stems(text) if _stems_language(language) == "ar" else target_stems(text, language)


StemPair = tuple[frozenset[str], frozenset[str]]


def stem_pairs(pairs: Iterable[tuple[str, str]], target_language: str, source_language: str = "ar") -> list[StemPair]:
    """Pairs (source, translation) as the stems of each side; pairs with an empty side are left out.
    The source is Arabic, or another language's translation of the same unit (a pivot)."""
    stemmed = []
    for source, target in pairs:
        source_set, target_set = text_stems(source, source_language), target_stems(target, target_language)
        if source_set and target_set:
            stemmed.append((source_set, target_set))
    return stemmed


@lru_cache(maxsize=8)
def shipped_pairs(language: str) -> tuple[StemPair, ...]:
    """The sentence pairs kztr ships for Arabic and ``language``, as stems (none for most languages).

    >>> len(shipped_pairs("ru")), len(shipped_pairs("ru_RU")), len(shipped_pairs("xh"))
    (1012, 1012, 0)
    """
    from importlib.resources import files

    shipped = files("kztr").joinpath("data/align", SHIPPED_FILE.format(language=_stems_language(language)))
    if not shipped.is_file():
        return ()
    return tuple((frozenset(source.split()), frozenset(target.split()))
                 for source, target in (line.split("\t") for line in shipped.read_text(encoding="utf-8").splitlines()
                                        if not line.startswith("#")))


@dataclass(frozen=True)
class Links:
    """One direction of a lexicon: a stem → the stems it is linked to on the other side,
    and what finding (or missing) them in a sentence is worth."""

    links: dict[str, frozenset[str]]
    hit: dict[str, float]
    miss: dict[str, float]

    def evidence(self, stems: frozenset[str], other: frozenset[str]) -> float:
        """The log-likelihood ratio (translation against chance) of a side's stems against the other's.

        >>> links = Links({"قال": frozenset({"said"})}, {"قال": 2.0}, {"قال": -1.0})
        >>> links.evidence(frozenset({"قال", "في"}), frozenset({"said"}))
        2.0
        >>> links.evidence(frozenset({"قال"}), frozenset({"went"}))
        -1.0
        """
        # fsum: the same total whatever order the set gives (hash seeds vary from run to run).
        return math.fsum(self.hit[stem] if not linked.isdisjoint(other) else self.miss[stem]
                         for stem in stems for linked in (self.links.get(stem),) if linked is not None)


@dataclass(frozen=True)
class Lexicon:
    """Links both ways: each side's words looked for in the other."""

    forward: Links
    backward: Links

    def __len__(self) -> int:
        return len(self.forward.links)

    def evidence(self, source: frozenset[str], target: frozenset[str]) -> float:
        """The log-likelihood ratio (translation against chance) of the words of a pair."""
        return self.forward.evidence(source, target) + self.backward.evidence(target, source)


def learn_lexicon(pairs: list[StemPair]) -> Lexicon:
    """The links the pairs support, both ways, and each stem's worth."""
    sources: Counter = Counter()
    targets: Counter = Counter()
    for source, target in pairs:
        sources.update(source)
        targets.update(target)
    # Only stems seen often enough can be linked: counting the others together would be most of the work.
    together: Counter = Counter()
    for source, target in pairs:
        frequent = [stem for stem in target if targets[stem] >= MIN_COUNT]
        together.update((s, t) for s in source if sources[s] >= MIN_COUNT for t in frequent)
    together = Counter({key: count for key, count in together.items() if count >= MIN_COUNT})
    backward = Counter({(target, source): count for (source, target), count in together.items()})
    return Lexicon(_links(pairs, sources, targets, together),
                   _links([(target, source) for source, target in pairs], targets, sources, backward))


def _links(pairs: list[StemPair], sides: Counter, others: Counter, together: Counter) -> Links:
    """Each stem's best partners (Dice coefficient) and their worth as evidence."""
    candidates: dict[str, list[tuple[float, str]]] = {}
    total = len(pairs)
    for (stem, other), count in together.items():
        dice = 2 * count / (sides[stem] + others[other])
        # A partner found with the stem hardly more often than anywhere ("the") is no evidence.
        if dice >= MIN_DICE and count / sides[stem] >= MIN_LIFT * others[other] / total:
            candidates.setdefault(stem, []).append((dice, other))
    linked = {stem: frozenset(other for _, other in sorted(found, key=lambda item: (-item[0], item[1]))[:MAX_LINKS])
              for stem, found in candidates.items()}
    # Which pairs hold each linked stem of the other side; which pairs show a stem with one of its links.
    holding: dict[str, set[int]] = {other: set() for partners in linked.values() for other in partners}
    with_link: Counter = Counter()
    for number, (side, other) in enumerate(pairs):
        for stem in other & holding.keys():
            holding[stem].add(number)
        with_link.update(stem for stem in side if stem in linked and not linked[stem].isdisjoint(other))
    links, hit, miss = {}, {}, {}
    for stem, partners in linked.items():
        translated = (with_link[stem] + SMOOTHING) / (sides[stem] + 2 * SMOOTHING)
        # By chance: how many of the other side's sentences (of any pair) hold one of the links.
        chance = (len(set().union(*(holding[other] for other in partners))) + SMOOTHING) / (len(pairs) + 2 * SMOOTHING)
        if translated > chance:
            links[stem] = partners
            hit[stem] = math.log(translated / chance)
            miss[stem] = math.log((1 - translated) / (1 - chance))
    return Links(links, hit, miss)
