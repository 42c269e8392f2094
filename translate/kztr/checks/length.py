"""The ``omission`` check: a translation far shorter or longer than its source.

Not a fixed ratio: each catalog's own typical length ratio (the median of
log(translation length / source length) over its translated units) and its
spread (the median absolute deviation) decide what is an outlier, so an
English catalog (longer than the Arabic) and a Chinese one (shorter) are
judged each by its own standard. A unit is an outlier at a robust z-score
below -3.5 (shorter: an omission) or above 4 (longer: more often a
translator's explicitation than a mistake); the band widens for short units (under 60 characters), whose
ratio one acronym can swing. A catalog with too few units to learn from uses a wide prior.
A translation with fewer sentences than a multi-sentence source is also
reported: a sentence may have been dropped.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

MIN_CHARS = 20          # shorter units (names, headings) vary too much to judge
SHORT_CHARS = 60        # below this, the allowed spread grows as 1/sqrt(length)
MIN_SAMPLE = 8          # fewer translated units: use the prior
THRESHOLD = 3.5         # robust z-score (Iglewicz and Hoaglin) for a shorter translation
LONGER_THRESHOLD = 4.0  # a longer one is more often explicitation than a mistake
MIN_SPREAD = 0.08       # a catalog of very even ratios still allows ±30 %
PRIOR = (math.log(1.15), 0.25)
_TERMINATOR_INSIDE = re.compile(r"[.!?؟…]\S*\s+\S")  # a sentence end before more text


@dataclass(frozen=True)
class LengthModel:
    """A catalog's typical log length ratio and its spread."""

    centre: float
    spread: float
    sample: int

    @property
    def typical(self) -> float:
        return math.exp(self.centre)


def _length(text: str) -> int:
    """Characters other than spaces (units are whitespace-normalised: spaces are all there is)."""
    return len(text) - text.count(" ")


def log_ratio(source: str, translation: str) -> float | None:
    if _length(source) < MIN_CHARS or not translation.strip():
        return None
    return math.log(max(_length(translation), 1) / _length(source))


def learn_lengths(pairs) -> LengthModel:
    """The model of a catalog from its (source, translation) pairs.

    >>> pairs = [("ا" * 40, "e" * (50 + n)) for n in range(10)]
    >>> round(learn_lengths(pairs).typical, 2), learn_lengths(pairs[:3]).sample
    (1.36, 3)
    """
    ratios = [ratio for ratio in (log_ratio(source, target) for source, target in pairs) if ratio is not None]
    if len(ratios) < MIN_SAMPLE:
        return LengthModel(PRIOR[0], PRIOR[1], len(ratios))
    centre = median(ratios)
    spread = 1.4826 * median(abs(ratio - centre) for ratio in ratios)
    return LengthModel(centre, max(spread, MIN_SPREAD), len(ratios))


@lru_cache(maxsize=65536)
def sentence_count(text: str) -> int:
    """Sentences of a unit, as kztr's segmenter cuts them (most units are one)."""
    from kztr.text.segment import split_sentences

    return len(split_sentences(text)) if _TERMINATOR_INSIDE.search(text) else 1


def check_omission(source: str, translation: str, context) -> list[tuple[str, str]]:
    findings = []
    model: LengthModel = context.lengths
    ratio = log_ratio(source, translation)
    if ratio is not None:
        # A short unit's ratio is noisier (one acronym or article changes a lot): widen its band.
        widen = math.sqrt(max(1.0, SHORT_CHARS / _length(source)))
        score = (ratio - model.centre) / (model.spread * widen)
        if score < -THRESHOLD or score > LONGER_THRESHOLD:
            actual = math.exp(ratio)
            expected = round(model.typical * _length(source))
            what = "shorter" if score < 0 else "longer"
            findings.append(("warning", f"the translation is far {what} than usual: {_length(translation)} "
                                        f"characters where about {expected} are expected (ratio {actual:.2f}, "
                                        f"this catalog's typical {model.typical:.2f})"
                                        + (": a part may be missing" if score < 0 else "")))
    sentences = sentence_count(source)
    if sentences > 1:
        translated = sentence_count(translation)
        if translated < sentences:
            findings.append(("warning", f"{translated} sentence{'s' if translated != 1 else ''} for "
                                        f"{sentences} in the source: one may be missing"))
    return findings
