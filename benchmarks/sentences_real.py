"""Sentence boundaries on real Arabic prose: kztr beside sentencex and pysbd (issue 24, item 14).

The set (benchmarks/data/arabic-prose.jsonl) is 132 paragraphs of 70 public web
pages nobody here wrote, seven genres: news, opinion and blogs, literary
(novels, stories, travel), encyclopedic, legal (laws, constitutions, a UN
document), religious (hadith, sermons, commentary) and lists (recipes, numbered
points), and two forum posts. Every place a sentence could end (a terminator
run followed by a space, or straight away by an Arabic letter) was decided by
hand, reading the sentence: ``boundaries`` are the offsets in the normalised
paragraph (``kztr.text.segment.normalize_text``) where a sentence ends, the
paragraph's own end not counted. The annotation guide is in
benchmarks/RESULTS.md.

Texts: only official texts (laws, constitutions, the UN document), which
nobody holds a copyright on, are in the repository. The others are
copyrighted web pages: the repository keeps the address, the SHA-256 of the
normalised paragraph and the annotation; the paragraphs themselves are read
from a local file (``--texts``, JSON lines ``{"sha256": ..., "text": ...}``)
and checked against their hash. Without it, the script scores the paragraphs
it has.

    python benchmarks/sentences_real.py --texts benchmarks/data/arabic-prose-texts.local.jsonl \
        --peers-python /tmp/sbd-venv/bin/python

The peers run in their own virtual environment (``pip install sentencex pysbd``),
never in the project's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.text.segment import normalize_text, split_sentences  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "arabic-prose.jsonl"
PEERS = """
import json, sys
import sentencex, pysbd
texts = json.load(sys.stdin)
segmenter = pysbd.Segmenter(language="ar", clean=False)
json.dump({"sentencex": [list(sentencex.segment("ar", text)) for text in texts],
           "pysbd": [segmenter.segment(text) for text in texts]}, sys.stdout, ensure_ascii=False)
"""


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(texts_path: Path | None) -> tuple[list[dict], int]:
    """The annotated paragraphs with their text; and how many lack it."""
    local = {}
    if texts_path is not None and texts_path.is_file():
        for line in texts_path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            local[record["sha256"]] = record["text"]
    rows, missing = [], 0
    for line in DATA.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record.get("text") or local.get(record["sha256"])
        if text is None:
            missing += 1
            continue
        text = normalize_text(text)
        if digest(text) != record["sha256"]:
            raise SystemExit(f"paragraph {record['id']}: its text does not match its SHA-256")
        rows.append({**record, "text": text})
    return rows, missing


def cuts(text: str, sentences: list[str]) -> set[int]:
    """Where a segmenter's sentences end, as offsets into ``text`` (its last end left out)."""
    ends, position = [], 0
    for sentence in (piece.strip() for piece in sentences):
        if not sentence:
            continue
        start = text.find(sentence[:20], position)
        end = (start if start >= 0 else position) + len(sentence)
        ends.append(end)
        position = end
    return {end for end in ends[:-1] if end < len(text)}


def score(rows: list[dict], outputs: list[list[str]]) -> dict:
    found = expected = right = exact = 0
    by_genre: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    errors = []
    for row, sentences in zip(rows, outputs, strict=True):
        got, want = cuts(row["text"], sentences), set(row["boundaries"])
        found, expected, right = found + len(got), expected + len(want), right + len(got & want)
        exact += got == want
        tally = by_genre[row["genre"]]
        tally[0], tally[1], tally[2] = tally[0] + len(got), tally[1] + len(want), tally[2] + len(got & want)
        text = row["text"]
        errors += [(kind, row["id"], text[max(0, at - 40):at] + " ‖ " + text[at:at + 25])
                   for kind, offsets in (("extra", got - want), ("missed", want - got)) for at in sorted(offsets)]
    return {"precision": right / found if found else 1.0, "recall": right / expected if expected else 1.0,
            "f1": 2 * right / (found + expected) if found + expected else 1.0, "exact": exact,
            "genres": {genre: 2 * t[2] / (t[0] + t[1]) if t[0] + t[1] else 1.0
                       for genre, t in sorted(by_genre.items())},
            "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, help="JSON lines of the copyrighted paragraphs (sha256, text)")
    parser.add_argument("--peers-python", help="a Python with sentencex and pysbd installed")
    args = parser.parse_args()
    rows, missing = load(args.texts)
    boundaries = sum(len(row["boundaries"]) for row in rows)
    print(f"{len(rows)} paragraphs, {boundaries} boundaries" + (f" ({missing} paragraphs without their text)"
                                                                 if missing else ""))
    systems = {"kztr": [split_sentences(row["text"]) for row in rows]}
    if args.peers_python:
        run = subprocess.run([args.peers_python, "-c", PEERS], input=json.dumps([row["text"] for row in rows]),
                             capture_output=True, text=True, check=True)
        systems.update(json.loads(run.stdout))
    for name, outputs in systems.items():
        result = score(rows, outputs)
        print(f"{name:10} precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
              f"F1 {result['f1']:.3f}  exact {result['exact']}/{len(rows)}")
        if name == "kztr":
            print("           F1 by genre: " + ", ".join(f"{genre} {f1:.3f}" for genre, f1 in result["genres"].items()))
            for kind, number, context in result["errors"]:
                print(f"           {kind:6} #{number}: {context}")


if __name__ == "__main__":
    main()
