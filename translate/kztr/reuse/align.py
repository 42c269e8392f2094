"""Align a document's units with a translation that already exists (``kztr align``).

The units (Arabic sentences and headings, as kztr cut them) and the
translation's sentences (``kztr.text.target``) are aligned in one dynamic
programme over the whole document, in order, with beads 1–1, 1–0, 0–1, 2–1,
1–2 and 2–2 (source–translation); 3–1: two units with the one between
them left out, joined in one sentence; 1–3: one unit cut in two sentences with
one the translator added between them.  A bead's cost is

* its length fit (Gale and Church, 1993: the lengths of mutual translations
  are proportional, with a variance that grows with length; the ratio is the
  document's own, the variance the language's: how far its translations'
  lengths stray, as the omission check measured them on NTREX-128),
* its anchors (``kztr.reuse.anchors``: numbers, Latin runs, names, glossary
  terms, marks) and, for a unit already translated, how close that
  translation is,
* its words (``kztr.reuse.lexicon``): stems the project's own translations
  link, found or missed on the other side; and, when another language's
  catalog of the document has the units translated (a newsroom that
  translates into English first), the words of those translations against
  the sentence's, linked by what the project has in both languages,
* its blocks: a bead that ends a block on one side and not on the other,
  a heading against a paragraph sentence, or one bead across two blocks
  costs more; paragraphs need not correspond one to one (a translator's
  re-paragraphing costs little), but they are the first evidence: the
  blocks are aligned as the sentences are, in the same programme.

A unit left out (1–0) or a sentence added (0–1) costs its prior alone: what
it holds is compared with nothing.

The score of a bead is its posterior probability (forward–backward over the
same programme): how sure the alignment is of it, whatever else it chose.
The path taken is the one with the most units and sentences expected right
(the sum of its beads' posteriors), not the single most likely one.  Units
left over (a heading the translation moved) are then paired with sentences
left over nearby when what they share makes their pair likely enough, and a 2-2 bead whose two
pairs share far more crossed than straight (two neighbours the translation has the other way round:
the programme keeps the order) becomes two 1-1 beads, the later one moved.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from kztr.reuse.align_paths import backward_sums, forward_sums, most_likely_right
from kztr.reuse.anchors import AnchorReader, anchor_cost
from kztr.reuse.lexicon import Lexicon, StemPair, learn_lexicon, shipped_pairs, source_stems, target_stems, text_stems
from kztr.text.target import base_language

BEADS = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))
# Two units with a dropped one between them, translated by one sentence: the translator left the
# middle out and joined its neighbours (3-1); and its mirror, one unit translated by two sentences
# with one the translator added between them (1-3).
GAPPED = ((3, 1), (1, 3))
STEPS = BEADS + GAPPED
# -log prior of each bead (tuned on NTREX-128's tuning documents: benchmarks/align.py).
PRIOR = {(1, 1): 0.12, (1, 0): 3.5, (0, 1): 3.5, (2, 1): 2.4, (1, 2): 2.4, (2, 2): 4.6}
# A target language whose unit left out or sentence added is rarer than the evidence makes it: its 1-0 and
# 0-1 prior.  None now: Russian at 4.0 (NTREX's freer Russian, where a joined pair went to one unit with the
# other left out) raised F1 but put more translations in the wrong unit (benchmarks/RESULTS.md, issue 20).
NULL_PRIORS: dict[str, float] = {}
VARIANCE = 6.8  # Gale–Church s² for characters, Arabic against a translation in a language with no measure
# A language's s²: its measured spread of log(length ratio), σ, turned into Gale and Church's s² at a
# sentence of this many characters (c σ at length L is a standard deviation of c L σ, theirs √(s² L)).
TYPICAL_LENGTH = 150.0
BLOCK_END = 0.8  # a bead that ends a block on one side only
BLOCK_ACROSS = 2.0  # a bead that takes sentences of two blocks on one side
HEADING = 0.3  # a heading paired with a sentence of a paragraph
HEADINGS_BOTH = 1.0  # a heading paired with a heading (a bonus)
KNOWN = 4.0  # a unit already translated: its translation against the bead's
PIVOT = 0.25  # weight of the words of a unit's translation in another language, found in the sentence or not
LEXICAL = 0.25  # weight of the lexicon's evidence (a log-likelihood ratio that counts each word as independent)
DECODE = "posterior"  # or "viterbi": the single most likely path
GAP = 1.0  # two units around a dropped one joined in one sentence: on top of the 2-1 and 1-0 priors
BAND = 30  # sentences either side of the diagonal the programme looks at
MOVED_SCORE = 60.0  # a left-over unit and sentence are paired above this probability (percent)
MOVED_WINDOW = 8  # ... when the sentence is at most this many sentences from where the unit would stand
MOVED_EVIDENCE = 1.0  # ... and what they share (anchors, words) is worth at least this much
# A 2-2 bead's two pairs are taken crossed when what the crossed pairs share is worth this much more
# (and each shares something): UN documents, benchmarks/RESULTS.md (issue 20, round 5).
SWAP_MARGIN = 2.0


@dataclass(frozen=True)
class Item:
    """One side's sentence: its text and the block it stands in."""

    text: str
    block: int
    kind: str
    first: bool
    last: bool


@dataclass(frozen=True)
class Bead:
    """Source units ``sources`` translated by sentences ``targets``; ``score`` 0–100."""

    sources: tuple[int, ...]
    targets: tuple[int, ...]
    score: float
    moved: bool = False

    @property
    def kind(self) -> str:
        return "moved" if self.moved else f"{len(self.sources)}-{len(self.targets)}"


_HEADINGS = ("title", "heading", "kicker", "byline")


class _Costs:
    """The cost of every bead the programme may take, computed once."""

    def __init__(self, sources: list[Item], targets: list[Item], reader: AnchorReader,
                 known: dict[int, str], words: Words | None = None) -> None:
        self.sources, self.targets, self.known = sources, targets, known
        self.lexicon = words.lexicon if words is not None else None
        self.pivot = words.pivot if words is not None else None
        if words is not None:
            self.source_stems, self.target_stems = words.sources, words.targets
        self.source_anchors = [reader.source(item.text) for item in sources]
        self.target_anchors = [reader.target(item.text) for item in targets]
        self.source_lengths = [len(item.text) for item in sources]
        self.target_lengths = [len(item.text) for item in targets]
        total = sum(self.source_lengths)
        self.ratio = sum(self.target_lengths) / total if total else 1.0
        null = NULL_PRIORS.get(base_language(reader.target_language), PRIOR[(1, 0)])
        self.prior = {**PRIOR, (1, 0): null, (0, 1): null}
        prior = reader.length_prior
        self.variance = TYPICAL_LENGTH * math.exp(2 * prior[0]) * prior[1] ** 2 if prior else VARIANCE
        self.cache: dict[tuple[int, int, int, int], float] = {}

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        """The cost of the bead of units [i-di, i) and sentences [j-dj, j); a 3-1 bead: units
        i-3 and i-1 translated by sentence j-1, unit i-2 left out; a 1-3 bead: unit i-1 translated by
        sentences j-3 and j-1, sentence j-2 added (``GAPPED``)."""
        key = (i, j, di, dj)
        cost = self.cache.get(key)
        if cost is None:
            if (di, dj) == (3, 1):
                cost = self._cost([i - 3, i - 1], [j - 1], (2, 1)) + self.prior[(1, 0)] + GAP
            elif (di, dj) == (1, 3):
                cost = self._cost([i - 1], [j - 3, j - 1], (1, 2)) + self.prior[(0, 1)] + GAP
            else:
                cost = self._cost(range(i - di, i), range(j - dj, j), (di, dj))
            self.cache[key] = cost
        return cost

    def _cost(self, units: Sequence[int], sentences: Sequence[int], bead: tuple[int, int]) -> float:
        length_s = sum(self.source_lengths[i] for i in units)
        length_t = sum(self.target_lengths[j] for j in sentences)
        if not (units and sentences):
            # A unit left out (or a sentence added) costs its prior alone: its length says nothing, and
            # neither do its numbers and names, which no translation has (a likelihood ratio of 1).
            return self.prior[bead]
        cost = self.prior[bead] + _length_cost(length_s, length_t, self.ratio, self.variance)
        return cost + self.evidence(units, sentences) + self._blocks(units, sentences)

    def evidence(self, units: Sequence[int], sentences: Sequence[int]) -> float:
        """What the two sides' contents say (anchors, words, a known translation); negative: a match."""
        source: Counter = Counter()
        words: frozenset[str] = frozenset()
        for i in units:
            keys, written = self.source_anchors[i]
            source += keys
            words |= written
        target: Counter = Counter()
        for j in sentences:
            target += self.target_anchors[j]
        cost = anchor_cost(source, words, target)
        if self.lexicon is not None and units and sentences:
            stems_s = frozenset().union(*(self.source_stems[i] for i in units))
            stems_t = frozenset().union(*(self.target_stems[j] for j in sentences))
            cost -= LEXICAL * self.lexicon.evidence(stems_s, stems_t)
            if self.pivot is not None:
                stems_p = frozenset().union(*(self.pivot.stems[i] for i in units))
                if stems_p:
                    cost -= PIVOT * self.pivot.lexicon.evidence(stems_p, stems_t)
        known = [self.known[i] for i in units if i in self.known]
        if known and sentences:
            cost += KNOWN * (1 - 2 * _similarity(" ".join(known), " ".join(self.targets[j].text for j in sentences)))
        return cost

    def _blocks(self, units: Sequence[int], sentences: Sequence[int]) -> float:
        if not units or not sentences:
            return 0.0
        first_s, last_s = self.sources[units[0]], self.sources[units[-1]]
        first_t, last_t = self.targets[sentences[0]], self.targets[sentences[-1]]
        cost = 0.0
        if first_s.block != last_s.block:
            cost += BLOCK_ACROSS
        if first_t.block != last_t.block:
            cost += BLOCK_ACROSS
        if last_s.last != last_t.last:
            cost += BLOCK_END / 2
        if first_s.first != first_t.first:
            cost += BLOCK_END / 2
        heading_s, heading_t = first_s.kind in _HEADINGS, first_t.kind in _HEADINGS
        if heading_s and heading_t:
            cost -= HEADINGS_BOTH
        elif heading_s != heading_t:
            cost += HEADING
        return cost


def _length_cost(length_s: int, length_t: int, ratio: float, variance: float = VARIANCE) -> float:
    """-log of the probability of a length difference at least this large (Gale and Church).

    >>> _length_cost(100, 100, 1.0) == 0, _length_cost(100, 160, 1.0) > 1
    (True, True)
    """
    if not length_s and not length_t:
        return 0.0
    mean = (length_s + length_t / ratio) / 2
    delta = (length_t - length_s * ratio) / math.sqrt(variance * max(mean, 1.0))
    probability = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(probability, 1e-12))


def _similarity(first: str, second: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.ratio(first, second) / 100


@dataclass(frozen=True)
class PivotWords:
    """The units' translations in another language of the project (a pivot), as stems (empty: that
    unit has none), and the lexicon linking that language's words to the translation's."""

    lexicon: Lexicon
    stems: list[frozenset[str]]


@dataclass(frozen=True)
class Words:
    """The stems of each unit and sentence, and the lexicon that links them."""

    lexicon: Lexicon
    sources: list[frozenset[str]]
    targets: list[frozenset[str]]
    pivot: PivotWords | None = None


@dataclass(frozen=True)
class Pivot:
    """What the project has in another language: ``texts``, unit index → its translation there;
    ``archive``, the project's units translated into both languages (that language's stems, this one's)."""

    language: str
    texts: dict[int, str]
    archive: list[StemPair]


def align_document_items(sources: list[Item], targets: list[Item], reader: AnchorReader,
                         known: dict[int, str] | None = None, archive: list[StemPair] | None = None,
                         pivot: Pivot | None = None, shipped: bool = True) -> tuple[Bead, ...]:
    """The beads of the best alignment, words scored with a lexicon learnt from ``archive``
    (the project's translated pairs, as stems) with the pairs kztr ships for the language
    (``shipped_pairs``; ``shipped`` False: the project's alone) and, given a ``pivot``, through
    the units' translations in another language too."""
    pivot_words = None
    if pivot is not None and pivot.texts and pivot.archive:
        pivot_words = PivotWords(learn_lexicon(list(pivot.archive)),
                                 [text_stems(pivot.texts.get(number, ""), pivot.language)
                                  for number in range(len(sources))])
    learnt_from = list(archive or ()) + list(shipped_pairs(reader.target_language) if shipped else ())
    words = Words(learn_lexicon(learnt_from), [source_stems(item.text) for item in sources],
                  [target_stems(item.text, reader.target_language) for item in targets], pivot_words)
    return align_items(sources, targets, reader, known, words)


def align_items(sources: list[Item], targets: list[Item], reader: AnchorReader,
                known: dict[int, str] | None = None, words: Words | None = None) -> tuple[Bead, ...]:
    """The beads of the best alignment, in order, each with its posterior score (percent).

    ``known``: units already translated (index → translation), used as anchors;
    ``words``: the lexicon and each side's stems.
    """
    n, m = len(sources), len(targets)
    if not n or not m:
        return tuple(Bead((i,), (), 100.0) for i in range(n)) + tuple(Bead((), (j,), 100.0) for j in range(m))
    costs = _Costs(sources, targets, reader, known or {}, words)
    beads = _ordered_beads(n, m, costs)
    if beads is None:
        return tuple(Bead((i,), (), 0.0) for i in range(n)) + tuple(Bead((), (j,), 0.0) for j in range(m))
    return _pair_left_overs(_uncrossed(beads, costs), costs)


def _uncrossed(beads: list[Bead], costs: _Costs) -> list[Bead]:
    """A 2-2 bead whose two sentences translate its two units the other way round (a translator
    swapped two neighbours, a paragraph moved one down) as two 1-1 beads, the second marked moved."""
    result = []
    for bead in beads:
        if len(bead.sources) == 2 and len(bead.targets) == 2:
            (a, b), (x, y) = bead.sources, bead.targets
            ay, bx = costs.evidence([a], [y]), costs.evidence([b], [x])
            straight = costs.evidence([a], [x]) + costs.evidence([b], [y])
            if ay + bx + SWAP_MARGIN < straight and max(ay, bx) < 0:
                result += [Bead((b,), (x,), bead.score), Bead((a,), (y,), bead.score, moved=True)]
                continue
        result.append(bead)
    return result


def _ordered_beads(n: int, m: int, costs: _Costs) -> list[Bead] | None:
    """The beads of the path with most expected right (or the most likely one), in order; None: no path."""
    best, back, forward = forward_sums(n, m, costs, STEPS, BAND)
    if (n, m) not in best:
        return None
    backward = backward_sums(n, m, costs, forward, STEPS)

    def posterior(i: int, j: int, di: int, dj: int) -> float:
        return math.exp(min(0.0, forward[(i - di, j - dj)] - costs(i, j, di, dj) + backward[(i, j)] - forward[(n, m)]))

    if DECODE == "posterior":
        back = most_likely_right(n, m, forward, posterior, STEPS)
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj = back[(i, j)]
        score = round(100 * posterior(i, j, di, dj), 1)
        if (di, dj) == (3, 1):  # the middle unit left out; beads are listed last first here
            beads += [Bead((i - 2,), (), score), Bead((i - 3, i - 1), (j - 1,), score)]
        elif (di, dj) == (1, 3):  # the middle sentence added
            beads += [Bead((), (j - 2,), score), Bead((i - 1,), (j - 3, j - 1), score)]
        else:
            beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), score))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _pair_left_overs(beads: list[Bead], costs: _Costs) -> tuple[Bead, ...]:
    """Units and sentences the ordered alignment left alone, paired when their pair is likely:
    a heading the translation moved, a sentence it put elsewhere.

    Only near where the unit would stand (``MOVED_WINDOW`` sentences) and only on the strength
    of what the two share: a pair that only has its length for it is left alone.
    """
    units, sentences, expected = [], [], {}
    at = 0
    for bead in beads:
        if not bead.targets:
            units.append(bead.sources[0])
            expected[bead.sources[0]] = at
        elif not bead.sources:
            sentences.append(bead.targets[0])
        at = bead.targets[-1] + 1 if bead.targets else at
    if not units or not sentences:
        return tuple(beads)
    scored = []
    for i in units:
        alone_i = costs._cost(range(i, i + 1), range(0), (1, 0))
        for j in sentences:
            if abs(j - expected[i]) > MOVED_WINDOW or \
                    costs.evidence(range(i, i + 1), range(j, j + 1)) > -MOVED_EVIDENCE:
                continue
            alone_j = costs._cost(range(0), range(j, j + 1), (0, 1))
            pair = costs._cost(range(i, i + 1), range(j, j + 1), (1, 1))
            probability = 1 / (1 + math.exp(min(50.0, pair - alone_i - alone_j)))
            scored.append((-probability, i, j))
    scored.sort()
    taken_units: set[int] = set()
    taken_sentences: set[int] = set()
    moved = []
    for negative, i, j in scored:
        if -negative * 100 < MOVED_SCORE:
            break
        if i in taken_units or j in taken_sentences:
            continue
        taken_units.add(i)
        taken_sentences.add(j)
        moved.append(Bead((i,), (j,), round(-negative * 100, 1), moved=True))
    kept = [bead for bead in beads if not (set(bead.sources) & taken_units or set(bead.targets) & taken_sentences)]
    for bead in moved:  # in the units' order
        at = next((place for place, other in enumerate(kept) if other.sources and other.sources[0] > bead.sources[0]),
                  len(kept))
        kept.insert(at, bead)
    return tuple(kept)
