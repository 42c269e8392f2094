"""Archive scale (issues 13 and 22): kztr's merge, extract, status and check next to gettext and
translate-toolkit.

Measures, side by side in one run, every target of issues 13 and 22 on one
big document (benchmarks/archive_documents.py measures 1,000 documents), and
writes the section "Archive scale (issues 13 and 22)" of benchmarks/RESULTS.md.
The speed parts use projects with the shipped glossary (glossary/), as users
have it: extract writes its terms into the catalogs' notes and check and
status look for them.  kztr and each peer take turns run by run (a busy
machine slows them alike) and ratios are the medians of each round's ratio:

1. merge quality: edited units that keep their translation, new units
   falsely filled (someone else's translation on a new sentence), and
   translations standing twice, for kztr, ``msgmerge`` (fuzzy matching on)
   and ``pot2po``, on the near-duplicate workload (10,000 units glued from
   pieces of the article: 5 % edited by one word, 2 % deleted, 2 % new) and
   on real distinct Arabic sentences (hand-written news, several edit
   draws; Debian's Arabic messages when installed);
2. one 10k-unit catalog: ``kztr extract`` end to end against ``msgmerge``'s
   default merge and ``msgmerge --no-fuzzy-matching`` (targets: >= 100x the
   first, <= 2x the second), ``pot2po`` for reference;
3. one 100k-unit document: ``kztr extract`` end to end against ``msgmerge
   --no-fuzzy-matching``, time (<= 2x) and peak memory (<= 1.3x), and its
   cost per unit against the 10k run's (linear);
4. ``kztr status`` (its qa column included) over those 100k units against
   ``msgfmt --statistics`` (<= 2x) and ``pocount`` (faster); ``kztr check``
   against ``pofilter`` (faster);
5. 1,000 documents x 3 languages, nothing changed: ``kztr extract`` in a few
   seconds, writing nothing;
6. ``kztr --help`` against ``python -c "import click"`` (<= 2x).

Peers come from Debian packages (gettext, translate-toolkit, hyperfine),
never from the project's environment.  Run from the repository root:

    .venv/bin/python benchmarks/archive.py [--quick] [--keep DIR]

``--quick`` uses 2,000 and 20,000 units instead of 10,000 and 100,000 and
skips msgmerge's fuzzy merge at full size (minutes).
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import Timing, both, cell, interleaved, peak_memory, ratio, round_ratio, run, timed, write_section
from workloads import (
    ROOT,
    Quality,
    debian_corpus,
    make_project,
    near_duplicates,
    news_corpus,
    real_sentences,
    score,
    write_source,
)

KZTR = str(Path(sys.executable).with_name("kztr"))
POT2PO = "/usr/bin/pot2po"
POCOUNT = "/usr/bin/pocount"
POFILTER = "/usr/bin/pofilter"
SECTION = "## Archive scale (issues 13 and 22)"
OLD_SECTIONS = ("## Archive scale (issue 13)",)


# ---------------------------------------------------------------- quality


def merge_with_peers(folder: Path, workload, fuzzy_msgmerge: bool = True) -> dict[str, tuple[Quality, float]]:
    """Each tool's merged catalog for the workload, scored, with its time."""
    translations = make_project(folder / "project", workload)
    results = {}
    env = dict(os.environ, KZTR_CACHE_DIR=str(folder / "cache"))
    start = time.perf_counter()
    run([KZTR, "extract", "-C", str(folder / "project")], env=env)
    results["kztr extract"] = (score(folder / "project/locales/en/LC_MESSAGES/archive.po", workload, translations),
                               time.perf_counter() - start)
    if fuzzy_msgmerge:
        start = time.perf_counter()
        run(["msgmerge", "--quiet", "-o", str(folder / "msgmerge.po"), str(folder / "old.po"), str(folder / "new.pot")])
        results["msgmerge"] = (score(folder / "msgmerge.po", workload, translations), time.perf_counter() - start)
    start = time.perf_counter()
    run([POT2PO, "-t", str(folder / "old.po"), "-i", str(folder / "new.pot"), "-o", str(folder / "pot2po.po")])
    results["pot2po"] = (score(folder / "pot2po.po", workload, translations), time.perf_counter() - start)
    return results


def add(total: Quality | None, one: Quality) -> Quality:
    if total is None:
        return one
    return Quality(*(a + b for a, b in zip(total.__dict__.values(), one.__dict__.values(), strict=True)))


def quality_rows(name: str, results: dict[str, Quality]) -> list[str]:
    rows = []
    for tool, q in results.items():
        rows.append(f"| {name} | {tool} | {q.edited_kept}/{q.edited} | {q.edited_wrong} | "
                    f"{q.new_filled}/{q.new} ({100 * q.new_filled / max(q.new, 1):.1f} %) | {q.duplicated} | "
                    f"{q.unchanged_lost} |")
    return rows


# ---------------------------------------------------------------- speed


def archive_project(folder: Path, documents: int, languages: tuple[str, ...]) -> None:
    """``documents`` news documents of 20 sentences in ``languages``, all translated, extracted once."""
    from kztr.config import load_settings
    from kztr.workflow import extract, init_language

    corpus = news_corpus()
    rng = random.Random(7)
    (folder / "source").mkdir(parents=True)
    (folder / "kztr.toml").write_text('source-language = "ar"\nproject = "archive"\n', encoding="utf-8")
    for number in range(documents):
        sentences = rng.sample(corpus, 20)
        write_source(folder / "source" / f"article-{number:04d}.txt", [sentences[i:i + 4] for i in range(0, 20, 4)])
    settings = load_settings(folder)
    for language in languages:
        init_language(settings, language)
    extract(settings)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_mtime_ns, p.stat().st_size) for p in folder.rglob("*")
            if p.is_file() and p.name != ".kztr.lock"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes; no full-size fuzzy msgmerge")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--skip", default="",
                        help="comma-separated parts to skip: quality,10k,100k,status,archive,help (then the "
                             "section is printed, not written into benchmarks/RESULTS.md)")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    small, large = (2_000, 20_000) if args.quick else (10_000, 100_000)
    work = args.keep or Path(tempfile.mkdtemp(prefix="kztr-archive-"))
    work.mkdir(parents=True, exist_ok=True)
    lines: list[str] = []
    targets: list[tuple[str, str, bool]] = []
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731

    # 1. quality --------------------------------------------------------
    if "quality" not in skip:
        say("quality: near-duplicates")
        rows = ["| workload | tool | edited kept | edited given a wrong translation | new units falsely filled | "
                "translations standing twice | unchanged units lost |", "|---|---|---|---|---|---|---|"]
        near = merge_with_peers(work / "quality-near", near_duplicates(small, seed=0))
        rows += quality_rows(f"near-duplicates, {small:,} units", {tool: q for tool, (q, _) in near.items()})
        kztr_near = near["kztr extract"][0]
        news: dict[str, Quality] = {}
        draws = 20
        for seed in range(draws):
            say(f"quality: news sentences, draw {seed + 1}/{draws}")
            workload = real_sentences(news_corpus(), "news", seed=seed)
            for tool, (q, _) in merge_with_peers(work / f"quality-news-{seed}", workload).items():
                news[tool] = add(news.get(tool), q)
        rows += quality_rows(f"news sentences ({len(news_corpus())}), {draws} draws", news)
        debian: dict[str, Quality] = {}
        corpus = debian_corpus() if Path("/usr/share/locale/ar/LC_MESSAGES").is_dir() else []
        if len(corpus) > 100:
            for seed in range(5):
                say(f"quality: Debian messages, draw {seed + 1}/5")
                workload = real_sentences(corpus, "debian", seed=seed)
                for tool, (q, _) in merge_with_peers(work / f"quality-debian-{seed}", workload).items():
                    debian[tool] = add(debian.get(tool), q)
            rows += quality_rows(f"Debian's Arabic messages ({len(corpus)}), 5 draws", debian)
        lines += ["### Merge quality", "", *rows, ""]
        real_filled = news["kztr extract"].new_filled + (debian["kztr extract"].new_filled if debian else 0)
        targets += [
            ("every edited translation kept (near-duplicates)",
             f"{kztr_near.edited_kept}/{kztr_near.edited}", kztr_near.edited_kept == kztr_near.edited),
            ("new units falsely filled, near-duplicates <= 1 %",
             f"{100 * kztr_near.new_filled / kztr_near.new:.1f} %", kztr_near.new_filled <= kztr_near.new / 100),
            ("new units falsely filled, real sentences = 0", str(real_filled), real_filled == 0),
            ("every edited translation kept (real sentences)",
             f"{news['kztr extract'].edited_kept}/{news['kztr extract'].edited}",
             news["kztr extract"].edited_kept == news["kztr extract"].edited),
        ]

    # 2. one 10k catalog ------------------------------------------------
    per_unit: dict[str, float] = {}  # CPU seconds per unit of kztr extract, by size: linear?
    if "10k" not in skip:
        say(f"speed: {small:,}-unit catalog")
        folder = work / "speed-10k"
        make_project(folder / "pristine", near_duplicates(small, seed=1), glossary=True)
        env = dict(os.environ, KZTR_CACHE_DIR=str(folder / "cache"))
        prepare = ["sh", "-c", f"rm -rf {folder}/project {folder}/cache && cp -a {folder}/pristine {folder}/project"]
        measured = interleaved({
            "kztr": [KZTR, "extract", "-C", str(folder / "project")],
            "plain": ["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", "/dev/null", str(folder / "old.po"),
                      str(folder / "new.pot")]}, runs=5, prepare={"kztr": prepare}, env=env)
        kztr, plain = measured["kztr"], measured["plain"]
        per_unit[f"{small:,}"] = kztr.cpu / small
        fuzzy_runs = not args.quick
        fuzzy = timed(["msgmerge", "--quiet", "-o", "/dev/null", str(folder / "old.po"), str(folder / "new.pot")],
                      runs=1) if fuzzy_runs or small <= 2_000 else Timing(float("nan"), float("nan"))
        pot2po = timed([POT2PO, "-t", str(folder / "old.po"), "-i", str(folder / "new.pot"), "-o", "/dev/null"], runs=1)
        lines += [f"### One {small:,}-unit catalog (5 % edited, 2 % deleted, 2 % new; the shipped glossary)", "",
                  "| command | wall s (median) | CPU s (user+sys) | kztr is |", "|---|---|---|---|",
                  f"| `kztr extract` (end to end: read, segment, glossary notes, merge, write) | {cell(kztr)} | |",
                  f"| `msgmerge` (fuzzy matching, its default) | {cell(fuzzy)} | {both(kztr, fuzzy, True)} faster |",
                  f"| `msgmerge --no-fuzzy-matching` (5 runs, taking turns with kztr) | {cell(plain)} | "
                  f"{ratio(kztr, plain)} its time |",
                  f"| `pot2po` (translate-toolkit) | {cell(pot2po)} | {both(kztr, pot2po, True)} faster |", ""]
        targets += [(f"{small:,} units: >= 100x faster than msgmerge's default merge", both(kztr, fuzzy, True),
                     fuzzy / kztr >= 100),
                    (f"{small:,} units: <= 2x msgmerge --no-fuzzy-matching", ratio(kztr, plain),
                     round_ratio(kztr, plain) <= 2)]

    # 3. one 100k document ----------------------------------------------
    if "100k" not in skip:
        say(f"speed: {large:,}-unit document")
        folder = work / "speed-100k"
        make_project(folder / "pristine", near_duplicates(large, seed=2), glossary=True)
        env = dict(os.environ, KZTR_CACHE_DIR=str(folder / "cache"))
        prepare = ["sh", "-c", f"rm -rf {folder}/project {folder}/cache && cp -a {folder}/pristine {folder}/project"]
        command = [KZTR, "extract", "-C", str(folder / "project")]
        plain_command = ["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", str(folder / "plain.po"),
                         str(folder / "old.po"), str(folder / "new.pot")]
        measured = interleaved({"kztr": command, "plain": plain_command}, runs=3, prepare={"kztr": prepare}, env=env)
        kztr, plain = measured["kztr"], measured["plain"]
        per_unit[f"{large:,}"] = kztr.cpu / large
        kztr_memory = peak_memory(command, prepare, env=env)
        plain_memory = peak_memory(plain_command)
        run(prepare)
        run(command, env=env)  # the project as extract leaves it, for status and check below
        lines += [f"### One {large:,}-unit document (the shipped glossary)", "",
                  "| command | wall s (median) | CPU s | peak memory (MiB) |", "|---|---|---|---|",
                  f"| `kztr extract` | {cell(kztr)} | {kztr_memory:.0f} |",
                  f"| `msgmerge --no-fuzzy-matching` | {cell(plain)} | {plain_memory:.0f} |", "",
                  f"kztr: {ratio(kztr, plain)} the time (3 runs taking turns), "
                  f"{kztr_memory / plain_memory:.2f}x the memory.", ""]
        targets += [(f"{large:,} units: <= 2x msgmerge --no-fuzzy-matching", ratio(kztr, plain),
                     round_ratio(kztr, plain) <= 2),
                    (f"{large:,} units: peak memory <= 1.3x msgmerge's", f"{kztr_memory / plain_memory:.2f}x",
                     kztr_memory / plain_memory <= 1.3)]
        if len(per_unit) == 2:
            (low, low_cost), (high, high_cost) = per_unit.items()
            lines += [f"Cost per unit (CPU): {low_cost * 1e6:.0f} µs at {low} units, {high_cost * 1e6:.0f} µs at "
                      f"{high} (start-up spread over fewer units at {low}).", ""]
            targets.append((f"extract linear: CPU per unit at {high} <= at {low}",
                            f"{high_cost * 1e6:.0f} µs against {low_cost * 1e6:.0f} µs", high_cost <= low_cost * 1.1))

        # 4. status and check over the same 100k units ------------------
        if "status" not in skip:
            say(f"speed: status and check over {large:,} units")
            project = folder / "project"
            po = project / "locales/en/LC_MESSAGES/archive.po"
            measured = interleaved({
                "status": [KZTR, "status", "-C", str(project), "--format", "json", "--no-cache"],
                "msgfmt": ["msgfmt", "--statistics", "-o", "/dev/null", str(po)],
                "pocount": [POCOUNT, "--csv", str(po)]}, runs=3, env=env)
            status, msgfmt, pocount = measured["status"], measured["msgfmt"], measured["pocount"]
            checked = interleaved({
                "check": [KZTR, "check", "-C", str(project), "--format", "json", "--no-cache"],
                "pofilter": [POFILTER, "--progress=none", "-i", str(po), "-o", str(folder / "pofilter.po")]},
                runs=2, env=env)
            check, pofilter = checked["check"], checked["pofilter"]
            report = json.loads(run([KZTR, "status", "-C", str(project), "--format", "json"], env=env).stdout)
            counted = run(["msgfmt", "--statistics", "-o", "/dev/null", str(po)]).stderr.strip()
            totals = _status_totals(report)
            numbers = [int(n) for n in __import__("re").findall(r"\d+", counted)]
            agree = numbers == [totals["translated"], totals["fuzzy"], totals["untranslated"]]
            pocount_words = _pocount_words(run([POCOUNT, "--csv", str(po)]).stdout)
            findings = sum(len(row["findings"]) for row in report)
            lines += [f"### `kztr status` and `kztr check` over {large:,} units", "",
                      "| command | wall s (median) | CPU s | kztr is |", "|---|---|---|---|",
                      f"| `kztr status --format json` (the qa column included: {findings:,} findings) | "
                      f"{cell(status)} | |",
                      f"| `msgfmt --statistics` | {cell(msgfmt)} | {ratio(status, msgfmt)} its time |",
                      f"| `pocount --csv` | {cell(pocount)} | {ratio(status, pocount)} its time |",
                      f"| `kztr check --format json` | {cell(check)} | |",
                      f"| `pofilter` (translate-toolkit, its default checks) | {cell(pofilter)} | "
                      f"{ratio(check, pofilter)} its time |", "",
                      f"msgfmt says: {counted} kztr says {totals['translated']} / {totals['fuzzy']} / "
                      f"{totals['untranslated']} ({'the same' if agree else 'NOT the same'}); "
                      f"source words: kztr {totals['words_total']:,} (sacremoses tokens with a letter or digit), "
                      f"pocount {pocount_words} (its own splitting).", ""]
            targets += [("status: <= 2x msgfmt --statistics", ratio(status, msgfmt), round_ratio(status, msgfmt) <= 2),
                        ("status: faster than pocount", ratio(status, pocount), round_ratio(status, pocount) < 1),
                        ("check: faster than pofilter", ratio(check, pofilter), round_ratio(check, pofilter) < 1)]

    # 5. 1,000 documents x 3 languages, nothing changed ------------------
    if "archive" not in skip:
        count = 200 if args.quick else 1_000
        say(f"speed: {count} documents x 3 languages")
        folder = work / "archive-1000"
        env = dict(os.environ, KZTR_CACHE_DIR=str(work / "archive-cache"))
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(work / "archive-cache", ignore_errors=True)
        os.environ["KZTR_CACHE_DIR"] = str(work / "archive-cache")
        archive_project(folder, count, ("en", "fr", "ru"))
        # a full run (cache forgotten) that finds nothing to change, then the cached one
        cold = timed([KZTR, "extract", "-C", str(folder)], ["rm", "-rf", str(work / "archive-cache")], runs=1, env=env)
        run([KZTR, "extract", "-C", str(folder)], env=env)
        before = snapshot(folder)
        warm = timed([KZTR, "extract", "-C", str(folder)], runs=5, env=env)
        untouched = snapshot(folder) == before
        lines += [f"### {count:,} documents x 3 languages, nothing changed", "",
                  "| run | wall s (median) | CPU s |", "|---|---|---|",
                  f"| `kztr extract`, cache forgotten (reads and merges everything; both cores) | {cell(cold)} |",
                  f"| `kztr extract`, unchanged since the last run | {cell(warm)} |", "",
                  f"Files written by the unchanged run: {'none' if untouched else 'SOME (bug)'}.", ""]
        targets += [(f"{count:,} documents x 3 languages unchanged: a few seconds, writing nothing",
                     f"{warm:.2f} s, {'nothing written' if untouched else 'files written'}", warm <= 5 and untouched)]

    # 6. start-up -------------------------------------------------------
    if "help" not in skip:
        say("speed: kztr --help")
        measured = interleaved({"kztr": [KZTR, "--help"], "click": [sys.executable, "-c", "import click"]}, runs=20)
        helped, click = measured["kztr"], measured["click"]
        lines += ["### Start-up (20 runs each, taking turns)", "", "| command | wall s (median) | CPU s |",
                  "|---|---|---|", f"| `kztr --help` | {cell(helped)} |",
                  f"| `python -c \"import click\"` | {cell(click)} |", ""]
        targets.append(("kztr --help <= 2x python -c 'import click'", ratio(helped, click),
                        round_ratio(helped, click) <= 2))

    missed: dict[str, list[str]] = {}
    for name, _, met in targets:
        for key, limit in LIMITS.items():
            if not met and key in name:
                missed.setdefault(limit, []).append(name)
    if missed:
        lines = ["### Targets not met: what limits them", "",
                 *[f"* {'; '.join(names)}: {limit}" for limit, names in missed.items()], "", *lines]
    header = [SECTION, "",
              f"Measured by `benchmarks/archive.py{' --quick' if args.quick else ''}` on "
              f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; peers from Debian: "
              f"{_versions()}. Wall and CPU times are medians; kztr and its peers took turns run by run and "
              "a ratio is the median of the rounds' ratios (quality and the fuzzy merges: one run each). The "
              f"machine is shared (load average {os.getloadavg()[0]:.1f} at the end), so CPU ratios are the "
              "steadier ones. Targets are judged on wall time.", "",
              "| target | measured | met |", "|---|---|---|",
              *[f"| {name} | {value} | {'yes' if met else '**no**'} |" for name, value, met in targets], ""]
    section = "\n".join(header + lines)
    if skip:  # a partial run would replace the whole section with its parts: print it, write nothing
        say(f"parts skipped ({', '.join(sorted(skip))}): benchmarks/RESULTS.md left as it is")
    else:
        write_section(ROOT / "benchmarks" / "RESULTS.md", SECTION, section, OLD_SECTIONS)
    print(section)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


# Why a target can be missed, from the profiles in benchmarks/profiles/ (pyinstrument).
LIMITS = {
    "msgmerge's default merge": (
        "the ratio is msgmerge's to make: here its fuzzy merge of 10k units takes 12-50 s (it uses both "
        "cores), not the 100-500 s the issue saw; 100x would need kztr under its own start-up plus one "
        "read of the catalog. What kztr spends: `benchmarks/profiles/extract-10k.txt`."),
    "msgmerge --no-fuzzy-matching": (
        "`benchmarks/profiles/extract-10k.txt` (before issue 22's round 4): no part dominates any more. Round 4 "
        "wrote and hashed each catalog in one pass, copied entries without dataclasses.replace, and tried each "
        "glossary term only where a word it starts with is written (15 % fewer instructions at 10,000 units); "
        "left: reading and segmenting the source, the glossary notes, the merge, reading and writing the "
        "catalogs, start-up 0.1-0.2 s. The ratio then sits near 2x, and a busy machine moves it across. What "
        "more it would take: code that is not Python for the segmenter and the PO reader and writer."),
    "status:": (
        "`benchmarks/profiles/status-10k-round3.txt`: the qa column's checks are about 90 % of a one-process "
        "run (on this workload every placeholder translation has a number its source lacks, so every source "
        "is read for numbers in words too); they already run on both cores. msgfmt and pocount run no checks: "
        "a cold status at twice msgfmt's time needs a dozen checks in about 20 µs a unit: checks that are not "
        "Python, or a qa column that is not the checks' findings."),
    "check:": (
        "`benchmarks/profiles/check-100k.txt`: the numbers check 31 %, the names check 19 % (off by default "
        "since issue 17 round 5), the glossary 9 %; on this one catalog every unit has findings (placeholder "
        "translations). On 1,000 documents "
        "in 3 languages (archive_documents.py) kztr check is faster than pofilter: what the checks read "
        "from a source sentence is cached across its languages."),
    "real sentences = 0": (
        "the new units filled are Debian GTK messages one word apart from a deleted message elsewhere "
        "(\"show the secondary forward/backward arrow button\", rapidfuzz ratio 91-94): text alone cannot "
        "tell them from a sentence moved and edited by one word. On the hand-written news sentences: 0."),
    "peak memory": (
        "the old catalog parsed and the template with its glossary notes are held while the merge runs; "
        "the merged catalog is hashed and written piece by piece."),
    "kztr --help": (
        "wall time on a loaded machine (the CPU ratio is under 2x); `python -X importtime -m kztr --help`: "
        "click and the command modules."),
}


def _status_totals(report: list[dict]) -> dict:
    """Units and words of kztr's status JSON, summed over its rows."""
    keys = ("translated", "fuzzy", "untranslated", "words_total")
    return {key: sum(row.get(key, 0) for row in report) for key in keys}


def _pocount_words(csv_text: str) -> str:
    """pocount's total source words (its own word splitting, not kztr's)."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(csv_text)))
    header = [name.strip() for name in rows[0]]
    return rows[1][header.index("Total Source Words")].strip() if "Total Source Words" in header else "?"


def _versions() -> str:
    found = []
    for command, name in ((["msgmerge", "--version"], "gettext"), ([POT2PO, "--version"], "translate-toolkit"),
                          (["hyperfine", "--version"], "hyperfine")):
        try:
            first = subprocess.run(command, capture_output=True, text=True).stdout.splitlines()[0]
            found.append(f"{name} {first.split()[-1]}")
        except (OSError, IndexError):
            found.append(f"{name} (missing)")
    return ", ".join(found)


if __name__ == "__main__":
    main()
