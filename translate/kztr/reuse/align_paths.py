"""The aligner's dynamic programme over a document's units and sentences (``kztr.reuse.align``).

A point (i, j) is "the first i units and j sentences aligned"; a step (di, dj) a bead of di units
and dj sentences, whose cost ``costs(i, j, di, dj)`` is a -log probability.  ``forward_sums`` gives
the best path to each point and the sum over all paths (Viterbi and forward at once),
``backward_sums`` the sum from each point to the end; with both, any bead's posterior probability.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

Cost = Callable[[int, int, int, int], float]
Steps = Sequence[tuple[int, int]]


def forward_sums(n: int, m: int, costs: Cost, steps: Steps, band: int) -> tuple[dict, dict, dict]:
    """The best cost to each point (and the bead that reached it) and the sum over all paths
    (log-probabilities), inside a band around the diagonal."""
    width = max(band, 2 * abs(n - m) + 4)
    best = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    forward = {(0, 0): 0.0}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0) or abs(j * n - i * m) > width * max(n, m):
                continue
            options, sums = [], []
            for di, dj in steps:
                start = (i - di, j - dj)
                if start in best:
                    cost = costs(i, j, di, dj)
                    options.append((best[start] + cost, di, dj))
                    sums.append(forward[start] - cost)
            if options:
                total, di, dj = min(options)
                best[(i, j)], back[(i, j)] = total, (di, dj)
                forward[(i, j)] = _logsumexp(sums)
    return best, back, forward


def most_likely_right(n: int, m: int, forward: dict, posterior: Cost, steps: Steps) -> dict:
    """The path with the most units and sentences expected to be right: each bead counts its
    units and sentences times its posterior (not the single most likely path, whose beads
    may each be less likely than another's)."""
    gain = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0) or (i, j) not in forward:
                continue
            options = [(gain[(i - di, j - dj)] + (di + dj) * posterior(i, j, di, dj), -di, -dj)
                       for di, dj in steps if (i - di, j - dj) in gain]
            if options:
                total, di, dj = max(options)
                gain[(i, j)], back[(i, j)] = total, (-di, -dj)
    return back


def backward_sums(n: int, m: int, costs: Cost, forward: dict, steps: Steps) -> dict:
    """The sum over all paths from each point to the end (log-probabilities)."""
    backward = {(n, m): 0.0}
    for i in range(n, -1, -1):
        for j in range(m, -1, -1):
            if (i, j) == (n, m) or (i, j) not in forward:
                continue
            sums = [backward[(i + di, j + dj)] - costs(i + di, j + dj, di, dj)
                    for di, dj in steps if (i + di, j + dj) in backward]
            backward[(i, j)] = _logsumexp(sums) if sums else -float("inf")
    return backward


def _logsumexp(values: list[float]) -> float:
    top = max(values)
    if top == -float("inf"):
        return top
    return top + math.log(sum(math.exp(value - top) for value in values))
