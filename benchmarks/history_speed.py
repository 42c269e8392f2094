"""History at archive scale (issue 21): ``kztr status --history`` against a checkout-per-commit loop.

A generated git repository: DOCS catalogs (one language, UNITS units each,
sentences of the shipped article) and COMMITS commits after the first, each
translating one more unit in each of three random documents, authors
rotating among five translators (built with ``git fast-import``: seconds).

Measured in one run:

* ``kztr status --history --format json``, cold (empty cache: every
  distinct catalog version read once) and warm (the cache: no blob read);
* the naive loop a team would script: for each commit, ``git checkout``
  and count every catalog with kztr's own reader and counter (the same
  counting, so the ratio is the walk's).  At full size it is timed on
  every ``--sample``-th commit and scaled to all commits (said so in the
  output), since it alone would take most of an hour;
* both ways on a smaller archive in full, and their series compared.

    .venv/bin/python benchmarks/history_speed.py [--docs 1000] [--commits 1000] [--sample 20]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATORS = [("Asel Satubaldina", "asel@example.kz"), ("Dana Omarova", "dana@example.kz"),
               ("Ivan Petrov", "ivan@example.org"), ("Aigerim Nurlanovna", "aigerim@example.kz"),
               ("Bota Serikova", "bota@example.kz")]


def sentences() -> list[tuple[str, str]]:
    import polib

    catalog = polib.pofile(str(ROOT / "locales" / "en" / "LC_MESSAGES" / "kazakhstan-diplomacy-2022.po"))
    return [(entry.msgid, entry.msgstr) for entry in catalog if entry.msgstr]


def catalog_text(units: list[tuple[str, str]], done: set[int], translator: str) -> bytes:
    def quote(text: str) -> str:
        return text.replace("\\", "\\\\").replace('"', '\\"')

    lines = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: en\\n"',
             f'"Last-Translator: {translator}\\n"', ""]
    for index, (source, target) in enumerate(units):
        lines += [f'msgid "{quote(source)}"', f'msgstr "{quote(target) if index in done else ""}"', ""]
    return "\n".join(lines).encode("utf-8")


def build_repository(folder: Path, docs: int, commits: int, units: int, seed: int = 21) -> None:
    """The archive's history through git fast-import."""
    draw = random.Random(seed)
    pool = sentences()
    documents = []
    for number in range(docs):
        chosen = draw.sample(pool, units)
        # a document number in each unit keeps documents distinct (else identical catalogs share blobs)
        documents.append([(f"{source} ({number})", f"{target} ({number})") for source, target in chosen])
    done: list[set[int]] = [set() for _ in range(docs)]
    subprocess.run(["git", "init", "-q", "-b", "main", str(folder)], check=True)
    (folder / "kztr.toml").write_text('source-language = "ar"\n', encoding="utf-8")
    stream = []
    moment = 1_767_225_600  # 2026-01-01

    def commit(changed: list[int], author: tuple[str, str], message: str) -> None:
        nonlocal moment
        moment += 3600 * 7
        stream.append(b"commit refs/heads/main\n")
        stream.append(f"author {author[0]} <{author[1]}> {moment} +0000\n".encode())
        stream.append(f"committer {author[0]} <{author[1]}> {moment} +0000\n".encode())
        data = message.encode()
        stream.append(f"data {len(data)}\n".encode() + data + b"\n")
        for number in changed:
            text = catalog_text(documents[number], done[number], f"{author[0]} <{author[1]}>")
            stream.append(f"M 100644 inline locales/en/LC_MESSAGES/doc{number:04d}.po\n".encode())
            stream.append(f"data {len(text)}\n".encode() + text + b"\n")

    commit(list(range(docs)), ("Maintainer", "m@example.org"), "kztr extract")
    for step in range(commits):
        author = TRANSLATORS[step % len(TRANSLATORS)]
        changed = draw.sample(range(docs), min(3, docs))
        for number in changed:
            left = [index for index in range(units) if index not in done[number]]
            if left:
                done[number].add(draw.choice(left))
        commit(changed, author, f"translate {step}")
    subprocess.run(["git", "-C", str(folder), "fast-import", "--quiet"], input=b"".join(stream), check=True)
    subprocess.run(["git", "-C", str(folder), "checkout", "-q", "-f", "main"], check=True)


def naive(folder: Path, every: int) -> tuple[float, int, dict]:
    """Checkout each (sampled) commit in a worktree and count every catalog: seconds, commits, last totals."""
    from kztr.po.catalog import read_catalog
    from kztr.stats import count_entries

    shas = subprocess.run(["git", "-C", str(folder), "rev-list", "--reverse", "main"], capture_output=True,
                          text=True, check=True).stdout.split()
    chosen = shas[::every] if every > 1 else shas
    if chosen[-1] != shas[-1]:
        chosen.append(shas[-1])
    work = folder.parent / "naive-worktree"
    subprocess.run(["git", "-C", str(folder), "worktree", "add", "-q", "--detach", str(work), shas[0]], check=True)
    totals: dict = {}
    start = time.perf_counter()
    try:
        for sha in chosen:
            subprocess.run(["git", "-C", str(work), "checkout", "-q", "-f", sha], check=True)
            words = units = 0
            for path in sorted((work / "locales" / "en" / "LC_MESSAGES").glob("*.po")):
                counts = count_entries(read_catalog(path).entries)
                words += counts.words_translated
                units += counts.translated
            totals[sha] = (units, words)
    finally:
        elapsed = time.perf_counter() - start
        subprocess.run(["git", "-C", str(folder), "worktree", "remove", "--force", str(work)], check=True)
    return elapsed, len(chosen), totals


def kztr_history(folder: Path, cache: Path) -> tuple[float, dict]:
    env = {**os.environ, "KZTR_CACHE_DIR": str(cache)}
    start = time.perf_counter()
    output = subprocess.run([str(ROOT / ".venv" / "bin" / "kztr"), "status", "--project", str(folder), "--history",
                             "--format", "json"], capture_output=True, text=True, check=True, env=env).stdout
    return time.perf_counter() - start, json.loads(output)


def measure(docs: int, commits: int, units: int, every: int, base: Path) -> dict:
    folder = base / f"archive-{docs}x{commits}"
    start = time.perf_counter()
    build_repository(folder, docs, commits, units)
    built = time.perf_counter() - start
    cache = base / f"cache-{docs}x{commits}"
    cold, data = kztr_history(folder, cache)
    warm, again = kztr_history(folder, cache)
    assert again["languages"] == data["languages"]
    naive_seconds, sampled, totals = naive(folder, every)
    series = {point["commit"]: (point["translated"], point["words_translated"])
              for point in data["languages"][0]["series"]}
    checked = [sha for sha in totals if sha in series]
    agree = all(series[sha] == totals[sha] for sha in checked)
    translators = data["languages"][0]["translators"]
    end = data["languages"][0]["series"][-1]["words_translated"]
    credited = sum(row["words_new"] - row["words_lost"] for row in translators)
    return {"docs": docs, "commits": commits + 1, "units": units, "built": built, "cold": cold, "warm": warm,
            "naive": naive_seconds, "naive_commits": sampled,
            "naive_all": naive_seconds * (commits + 1) / sampled, "agree": agree, "checked": len(checked),
            "credited": credited, "end_words": end, "cache_bytes": sum(p.stat().st_size for p in cache.iterdir())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--commits", type=int, default=1000)
    parser.add_argument("--units", type=int, default=20)
    parser.add_argument("--sample", type=int, default=20, help="time the naive loop on every Nth commit")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="kztr-history-bench-"))
    try:
        results = [measure(100, 200, args.units, 1, base),
                   measure(args.docs, args.commits, args.units, args.sample, base)]
    finally:
        shutil.rmtree(base, ignore_errors=True)
    print(json.dumps(results, indent=2))
    for row in results:
        scaled = "" if row["naive_commits"] == row["commits"] else \
            f" (timed on {row['naive_commits']} of {row['commits']} commits, scaled)"
        print(f"{row['docs']} documents x {row['commits']} commits: kztr cold {row['cold']:.1f} s, warm "
              f"{row['warm']:.1f} s; naive checkout loop {row['naive_all']:.0f} s{scaled}; "
              f"cold {row['naive_all'] / row['cold']:.0f}x faster, warm {row['naive_all'] / row['warm']:.0f}x; "
              f"series agree at {row['checked']} commits: {row['agree']}; credits {row['credited']} = "
              f"end {row['end_words']} words", file=sys.stderr)


if __name__ == "__main__":
    main()
