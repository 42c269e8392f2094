"""Which segmenter cuts Arabic news text best: kztr's rules or sentencex?

Runs both over the hand-written cases in tests/data/segmentation-cases.json
and over the shipped article, and prints how many cases each gets exactly
right, which ones it misses, and the time per article.

    python benchmarks/segmentation.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.text.segment import normalize_text, split_sentences  # noqa: E402


def sentencex_split(text: str) -> list[str]:
    import sentencex

    return [normalize_text(piece) for piece in sentencex.segment("ar", text) if piece.strip()]


def main() -> None:
    cases = json.loads((ROOT / "tests/data/segmentation-cases.json").read_text(encoding="utf-8"))
    article = (ROOT / "source/kazakhstan-diplomacy-2022.txt").read_text(encoding="utf-8")
    paragraphs = [line for line in article.splitlines() if len(line) > 80]
    for name, split in (("kztr", split_sentences), ("sentencex", sentencex_split)):
        misses = []
        for case in cases:
            text = case.get("text", " ".join(case["sentences"]))
            expected = case.get("expected", case["sentences"])
            if split(text) != expected:
                misses.append(case["why"])
        split(paragraphs[0])  # warm up imports and caches
        rounds = 50
        started = time.perf_counter()
        for _ in range(rounds):
            units = sum(len(split(paragraph)) for paragraph in paragraphs)
        per_article = (time.perf_counter() - started) / rounds
        print(f"{name:10} {len(cases) - len(misses)}/{len(cases)} cases right, "
              f"{units} sentences in the article, {per_article * 1000:.2f} ms per article")
        for why in misses:
            print(f"    missed: {why}")


if __name__ == "__main__":
    main()
