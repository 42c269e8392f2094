"""Tune the translation memory's near-match cutoff on real Arabic text.

A unit with no translation takes the closest memory unit scoring at least the
cutoff.  Unlike the merge, a memory match has no position in the document to
back it, and memory units come from other documents, where short headings
share names with longer ones.  This script scores, with kztr's own
``similarity`` (word-level ratio of normalised text) and, for comparison,
rapidfuzz's character ratio:

* edits: every unit of the article and of the CICA press release
  (tests/data/status) after the editorial edits of fuzzy_cutoff.py;
* strangers: every pair of different units of those two documents, and every
  new unit of the second document of tests/data/memory against them all;

    python benchmarks/memory_cutoff.py
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzzy_cutoff import edits  # noqa: E402
from kztr.reuse.memory import DEFAULT_MEMORY_CUTOFF, normalise, similarity  # noqa: E402
from kztr.text.segment import segment_blocks  # noqa: E402
from kztr.text.sources import read_source  # noqa: E402
from rapidfuzz import fuzz  # noqa: E402


def units_of(path: Path) -> list[str]:
    document = read_source(path, path.parent, "Arab", ())
    return [unit.text for block in segment_blocks(document.blocks) for unit in block]


def main() -> None:
    article = units_of(ROOT / "source" / "kazakhstan-diplomacy-2022.txt")
    press = units_of(next((ROOT / "tests" / "data" / "status" / "project" / "source").glob("astana-*.txt")))
    second = units_of(ROOT / "tests" / "data" / "memory" / "astana-diplomacy-2023-preview.txt")
    known = article + press
    new = [unit for unit in second if max(similarity(unit, other) for other in article) < 80]
    rng = random.Random(2022)
    edited = [(unit, text, label) for unit in known for label, text in edits(unit, rng) if text != unit]
    strangers = list(itertools.combinations(known, 2)) + [(unit, other) for unit in new for other in known]
    print(f"{len(known)} units, {len(edited)} edits, {len(strangers)} stranger pairs "
          f"({len(new)} new units of the second document)")
    for name, score in (("kztr similarity (words)", similarity),
                        ("character ratio", lambda a, b: fuzz.ratio(normalise(a), normalise(b)))):
        edit_scores = sorted((score(a, b), label, a) for a, b, label in edited)
        stranger_scores = sorted(((score(a, b), a, b) for a, b in strangers), reverse=True)
        print(f"\n{name}: lowest edit {edit_scores[0][0]:.1f} ({edit_scores[0][1]}: {edit_scores[0][2][:40]}), "
              f"highest stranger {stranger_scores[0][0]:.1f} ({stranger_scores[0][1][:30]} / "
              f"{stranger_scores[0][2][:30]})")
        for cutoff in (60, 65, 70, 75, 80):
            missed = sum(1 for value, _, _ in edit_scores if value < cutoff)
            wrong = sum(1 for value, _, _ in stranger_scores if value >= cutoff)
            mark = "  <- kztr's cutoff" if cutoff == DEFAULT_MEMORY_CUTOFF and name.startswith("kztr") else ""
            print(f"  cutoff {cutoff}: {missed:3d} edits find no match, {wrong:3d} stranger pairs would match{mark}")


if __name__ == "__main__":
    main()
