"""Pair changed units with the old units they came from: the matching half of the merge.

The merge (``kztr.reuse.merge``) decides what a pair means for the catalog; this
module only finds pairs, without quadratic scans:

* ``stable_anchors``: the unchanged units that kept their order (a longest
  increasing subsequence, as ``diff`` finds its common lines);
* ``Candidates``: for one text, the few old texts worth scoring, from an index
  of their rarer word pairs (brute force when there are few);
* ``pair_greedily``: one old unit for one new unit, best score first;
* ``split_translation``: an old translation cut into as many pieces as the
  halves of a split source sentence, aligned by length (Gale–Church).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
from collections import Counter

# Below this many old texts, score them all: an index costs more than it saves.
BRUTE_FORCE = 64
# Texts scored per query when the index is used.
SHORTLIST = 8
_WORD = re.compile(r"\w+")


def stable_anchors(positions: list[int]) -> list[int]:
    """Indices into ``positions`` of a longest strictly increasing subsequence.

    >>> stable_anchors([0, 1, 5, 2, 3, 4])
    [0, 1, 3, 4, 5]
    """
    tails: list[int] = []  # tails[k]: index of the smallest tail of a run of length k+1
    tail_values: list[int] = []
    parent = [-1] * len(positions)
    for index, value in enumerate(positions):
        at = bisect.bisect_left(tail_values, value)
        if at:
            parent[index] = tails[at - 1]
        if at == len(tails):
            tails.append(index)
            tail_values.append(value)
        else:
            tails[at] = index
            tail_values[at] = value
    chain, index = [], tails[-1] if tails else -1
    while index != -1:
        chain.append(index)
        index = parent[index]
    return chain[::-1]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def shingles(text: str) -> set[str]:
    """Pairs of neighbouring words (single words for a text of one or two): far rarer than words.

    >>> sorted(shingles("قمة أستانا في أكتوبر"))
    ['أستانا في', 'في أكتوبر', 'قمة أستانا']
    """
    found = words(text)
    if len(found) < 3:
        return set(found)
    return {f"{first} {second}" for first, second in itertools.pairwise(found)}


class Candidates:
    """The old texts worth scoring against a new one (most rare shared word pairs first)."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.index: dict[str, list[int]] | None = None
        if len(texts) > BRUTE_FORCE:
            self.index = {}
            for number, text in enumerate(texts):
                for shingle in shingles(text):
                    self.index.setdefault(shingle, []).append(number)
            # A word pair in more than this many texts says little about any of them.
            self.common = max(BRUTE_FORCE, int(math.sqrt(len(texts))))

    def shortlist(self, text: str) -> list[int]:
        if self.index is None:
            return list(range(len(self.texts)))
        hits: Counter[int] = Counter()
        for shingle in shingles(text):
            postings = self.index.get(shingle)
            if postings and len(postings) <= self.common:
                hits.update(postings)
        # Most shared pairs first, then document order: never the order of a set (hash seeds vary).
        return [number for number, _ in heapq.nsmallest(SHORTLIST, hits.items(), key=lambda hit: (-hit[1], hit[0]))]


def pair_greedily(scored: list[tuple[float, int, int, int]]) -> list[tuple[int, int]]:
    """One-to-one pairs (new, old) from (score, -distance, new, old), best first."""
    scored.sort(key=lambda item: (-item[0], -item[1], item[2], item[3]))
    taken_new: set[int] = set()
    taken_old: set[int] = set()
    pairs = []
    for _, _, new, old in scored:
        if new in taken_new or old in taken_old:
            continue
        taken_new.add(new)
        taken_old.add(old)
        pairs.append((new, old))
    return pairs


def sentence_pieces(text: str) -> list[str]:
    """A translation's sentences, exactly as written (joined by one space they give ``text`` back).

    >>> sentence_pieces("He came. She left!")
    ['He came.', 'She left!']
    >>> sentence_pieces("One line\\nand another.")
    []
    """
    from kztr.text.segment import split_sentences

    pieces = split_sentences(text)  # it normalises spaces: a text spaced otherwise does not come back
    return pieces if " ".join(pieces) == text else []


def split_translation(translation: str, halves: list[str]) -> list[str] | None:
    """The translation cut into one piece per half, or None when its sentences do not fit.

    With as many sentences as halves, each half takes the sentence in its
    place; with more, consecutive sentences are grouped so that each group's
    share of the translation's length is closest to its half's share of the
    source (Gale and Church, 1993: lengths of mutual translations are
    proportional).  A piece more than 2.5 times off its expected length
    means the sentences do not correspond: None.

    >>> split_translation("Summit opened. Leaders spoke.", ["افتتحت القمة.", "وتحدث القادة."])
    ['Summit opened.', 'Leaders spoke.']
    >>> split_translation("One. Two. Three is much longer here.", ["واحد.", "اثنان وثلاثة أطول بكثير هنا."])
    ['One.', 'Two. Three is much longer here.']
    >>> split_translation("Only one sentence here.", ["أ ب.", "ج د."]) is None
    True
    """
    return group_pieces(sentence_pieces(translation), halves)


def group_pieces(pieces: list[str], halves: list[str], limit: float = 2.5) -> list[str] | None:
    """Consecutive pieces of a translation grouped into one text per half, by length.

    Each group's share of the translation's length is made closest to its
    half's share of the source (Gale and Church); None when there are fewer
    pieces than halves, or when a group is more than ``limit`` times off its
    expected length.  ``split_translation`` groups sentences; ``kztr align``
    groups the clauses of one sentence.

    >>> group_pieces(["We met;", "we spoke at length."], ["التقينا،", "وتحدثنا مطولًا."])
    ['We met;', 'we spoke at length.']
    """
    count = len(halves)
    if len(pieces) < count or count < 2:
        return None
    source_total = sum(len(half) for half in halves)
    target_total = sum(len(piece) for piece in pieces)
    if not source_total or not target_total:
        return None
    shares = [max(len(half), 1) / source_total for half in halves]
    lengths = [len(piece) for piece in pieces]

    def cost(first: int, last: int, half: int) -> float:
        share = max(sum(lengths[first:last]), 1) / target_total
        return math.log(share / shares[half]) ** 2

    # best[h][s]: cost of giving the first s pieces to the first h halves.
    infinity = float("inf")
    best = [[infinity] * (len(pieces) + 1) for _ in range(count + 1)]
    cut = [[0] * (len(pieces) + 1) for _ in range(count + 1)]
    best[0][0] = 0.0
    for half in range(1, count + 1):
        for end in range(half, len(pieces) - (count - half) + 1):
            for start in range(half - 1, end):
                if best[half - 1][start] < infinity:
                    total = best[half - 1][start] + cost(start, end, half - 1)
                    if total < best[half][end]:
                        best[half][end], cut[half][end] = total, start
    groups, end = [], len(pieces)
    for half in range(count, 0, -1):
        start = cut[half][end]
        groups.append(" ".join(pieces[start:end]))
        end = start
    groups.reverse()
    bound = math.log(limit) ** 2
    if any(math.log(max(len(group), 1) / target_total / share) ** 2 > bound
           for group, share in zip(groups, shares, strict=True)):
        return None
    return groups
