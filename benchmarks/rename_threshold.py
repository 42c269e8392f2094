"""Where should extract's rename detection draw the line? (``RENAME_SIMILARITY``)

A new document takes an orphaned catalog when the share of units the two
have in common (of the larger one) reaches the threshold. This measures the
share for the article renamed and then edited, one sentence reworded after
another, and for every pair of distinct documents the repository holds.

    python benchmarks/rename_threshold.py
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.locales import script_name  # noqa: E402
from kztr.text.segment import segment_blocks  # noqa: E402
from kztr.text.sources import read_source  # noqa: E402
from kztr.workflow.documents import RENAME_SIMILARITY, document_similarity  # noqa: E402

DOCUMENTS = [
    ROOT / "source" / "kazakhstan-diplomacy-2022.txt",
    ROOT / "tests" / "data" / "status" / "project" / "source" / "astana-cica-summit-press-release-october-2022.txt",
    ROOT / "tests" / "data" / "sources" / "news.md",
]


def units(path: Path) -> list[str]:
    document = read_source(path, ROOT, script_name("ar"))
    return [unit.text for block in segment_blocks(document.blocks) for unit in block]


def share(new: set[str], old: set[str]) -> float:
    shared, larger = document_similarity(new, old)
    return shared / larger if larger else 0.0


def main() -> None:
    article = list(dict.fromkeys(units(DOCUMENTS[0])))
    print(f"threshold {RENAME_SIMILARITY:.2f}; the article has {len(article)} distinct units")
    print("the article renamed, then N of its units reworded:")
    last_adopted = 0
    for edited in range(len(article) + 1):
        changed = {text + " (معدل)" if position < edited else text for position, text in enumerate(article)}
        score = share(changed, set(article))
        if score >= RENAME_SIMILARITY:
            last_adopted = edited
        if edited % 5 == 0 or edited in (22, 23):
            print(f"  {edited:2} reworded: {score:.2f} {'rename' if score >= RENAME_SIMILARITY else 'new document'}")
    print(f"  still recognised with up to {last_adopted} of {len(article)} units reworded")
    print("distinct documents:")
    for first, second in itertools.combinations(DOCUMENTS, 2):
        print(f"  {first.name} vs {second.name}: {share(set(units(first)), set(units(second))):.2f}")


if __name__ == "__main__":
    main()
