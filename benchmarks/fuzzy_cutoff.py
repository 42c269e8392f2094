"""Tune the similarity cutoff of the merge on real edits of the shipped article.

A changed unit inherits an old translation (as fuzzy) when rapidfuzz's ratio
reaches the cutoff.  Too low and unrelated sentences inherit translations;
too high and a light edit loses its translation.  This script scores:

* edits: each sentence of the article after realistic editorial changes
  (a word replaced, a number changed, a clause added or cut, a typo fixed,
  two sentences joined, a sentence split);
* strangers: every pair of distinct sentences of the article;

and prints the lowest edit score, the highest stranger score, and how each
candidate cutoff classifies them.

    python benchmarks/fuzzy_cutoff.py
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.config import load_settings  # noqa: E402
from kztr.project import read_documents  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402


def edits(sentence: str, rng: random.Random) -> list[tuple[str, str]]:
    words = sentence.split()
    out = []
    if len(words) > 3:
        i = rng.randrange(len(words))
        out.append(("word replaced", " ".join([*words[:i], "تعديل", *words[i + 1:]])))
        j = rng.randrange(len(words))
        out.append(("word removed", " ".join(words[:j] + words[j + 1:])))
        out.append(("clause added", sentence.rstrip(".") + "، بحسب البيان الرسمي."))
        cut = max(3, int(len(words) * 0.8))
        out.append(("tail cut", " ".join(words[:cut]) + "."))
    digits = [w for w in words if any(c.isdigit() for c in w)]
    if digits:
        out.append(("number changed", sentence.replace(digits[0], digits[0][:-1] + "9", 1)))
    out.append(("typo fixed", sentence.replace("ة", "ه", 1)))
    return out


def main() -> None:
    units = [unit.text for doc in read_documents(load_settings(ROOT)) for unit in doc.units if len(unit.text) > 40]
    rng = random.Random(2022)
    edit_scores = []
    for sentence in units:
        for label, edited in edits(sentence, rng):
            if edited != sentence:
                edit_scores.append((fuzz.ratio(sentence, edited), label))
    for first, second in itertools.pairwise(units):
        joined = f"{first} {second}"
        edit_scores.append((fuzz.ratio(first, joined), "joined (first half)"))
    stranger_scores = [fuzz.ratio(a, b) for a, b in itertools.combinations(units, 2)]
    lowest = min(edit_scores)
    print(f"{len(units)} sentences, {len(edit_scores)} edits, {len(stranger_scores)} stranger pairs")
    print(f"lowest edit score:      {lowest[0]:.1f} ({lowest[1]})")
    print(f"highest stranger score: {max(stranger_scores):.1f}")
    for cutoff in (50, 55, 60, 65, 70, 75, 80, 85):
        missed = sum(1 for score, _ in edit_scores if score < cutoff)
        wrong = sum(1 for score in stranger_scores if score >= cutoff)
        print(f"cutoff {cutoff}: {missed:3d} edits lose their translation, {wrong:3d} stranger pairs would match")


if __name__ == "__main__":
    main()
