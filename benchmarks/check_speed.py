"""``kztr status`` and ``kztr check`` on a cold run, beside their peers and beside an older kztr (issue 22).

Two projects, each timed in one run with every tool taking turns (a busy
machine slows them alike; ratios are the medians of the rounds' ratios):

* ``archive``: archive.py's one document of 100,000 units (near-duplicates
  of the article's sentences, the shipped glossary), 90 % translated, as
  ``kztr extract`` leaves it after a 5 % edit. Its translations are
  placeholders ("Archive sentence number N in English."), so every unit has
  a number the source lacks: the numbers check reads every source in words
  too, and status and check report about 259,000 findings;
* ``un``: real translations: the United Nations Parallel Corpus v1.0 test
  and development sets (un_corpus.py) as one project: 1,463 documents,
  English and Russian, about 32,000 units, the findings a reviewer would
  really see.

Peers: ``msgfmt --statistics`` (gettext) and ``pocount`` for status,
``pofilter`` (translate-toolkit's default checks) for check, from Debian
packages. ``--baseline DIR`` also times another kztr: DIR is a folder
holding its ``translate/`` package (``git archive COMMIT | tar -x -C DIR``),
run with the same interpreter.

    .venv/bin/python benchmarks/check_speed.py [--keep DIR] [--baseline DIR] [--only archive,un] [--runs 2]
                                               [--every-check] [--warm]

``--warm`` also times ``kztr status`` with its qa cache (workflow/qa_cache.py): nothing
changed since the last run, and one catalog saved with one translation changed.

Prints a Markdown table; writes nothing into the checkout.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import cell, interleaved, ratio

POCOUNT = "/usr/bin/pocount"
POFILTER = "/usr/bin/pofilter"


def archive_project(folder: Path, units: int) -> Path:
    """archive.py's 100k-unit project, as ``kztr extract`` leaves it (built once, kept with ``--keep``)."""
    from workloads import make_project, near_duplicates

    project = folder / "project"
    if not (project / "locales" / "en" / "LC_MESSAGES" / "archive.po").is_file() or not (folder / "done").exists():
        make_project(project, near_duplicates(units, seed=2), glossary=True)
        env = dict(os.environ, KZTR_CACHE_DIR=str(folder / "cache"))
        subprocess.run([sys.executable, "-m", "kztr", "extract", "-C", str(project)], env=env, check=True,
                       capture_output=True)
        (folder / "done").write_text("", encoding="utf-8")
    return project


def un_project(folder: Path) -> Path:
    """The UN test and development sets as one project (documents of the development set named dev-…)."""
    from parallel_corpus import build_project
    from un_corpus import ATTRIBUTION, DEFAULT_UN, LANGUAGES, read_un

    project = folder / "project"
    if not (folder / "done").exists():
        lines = read_un(DEFAULT_UN, "testset")
        lines += [replace(line, number=line.number + len(lines), document=f"dev/{line.document}")
                  for line in read_un(DEFAULT_UN, "devset")]
        print(build_project(lines, project, "UN Parallel Corpus v1.0 test and development sets", ATTRIBUTION,
                            LANGUAGES), file=sys.stderr)
        (folder / "done").write_text("", encoding="utf-8")
    return project


def catalogs(project: Path) -> dict[str, list[str]]:
    return {folder.parent.name: sorted(str(path) for path in folder.glob("*.po"))
            for folder in sorted((project / "locales").glob("*/LC_MESSAGES"))}


def measure(project: Path, runs: int, baseline: Path | None, env: dict, every_check: bool = False) -> list[str]:
    from kztr.checks import CHECK_IDS

    kztr = [sys.executable, "-m", "kztr"]
    old = ["env", f"PYTHONPATH={baseline / 'translate'}", *kztr] if baseline else None
    locales = project / "locales"
    folders = [str(locales / language / "LC_MESSAGES") for language in catalogs(project)]  # the catalogs only
    status_args = ["status", "-C", str(project), "--format", "json"]
    check_args = ["check", "-C", str(project), "--format", "json", "--fail-on", "never",
                  *(option for check in (CHECK_IDS if every_check else ()) for option in ("--check", check))]
    # msgfmt counts one catalog a run (given several it merges them into one domain): one run per file
    msgfmt = ["sh", "-c", f"find {locales} -name '*.po' | sort | while read -r po; do "
              "msgfmt --statistics -o /dev/null \"$po\" 2>/dev/null; done"]
    out = Path(tempfile.mkdtemp(prefix="kztr-pofilter-"))
    pofilter = ["sh", "-c", " ".join(f"{POFILTER} --progress=none -i {locales / language / 'LC_MESSAGES'} "
                                     f"-o {out / language};" for language in catalogs(project))]
    # kztr's own runs cold (--no-cache: the state right after a translator saved every catalog), and so does a
    # baseline that has the qa cache (one older than it has no cache to skip)
    cold = ["--no-cache"]
    old_cold = cold if baseline and "no-cache" in (baseline / "translate" / "kztr" / "cli" / "qa.py").read_text(
        encoding="utf-8") else []
    status_commands = {"kztr": [*kztr, *status_args, *cold],
                       **({"baseline": old + status_args + old_cold} if old else {}),
                       "msgfmt": msgfmt, "pocount": [POCOUNT, "--csv", *folders]}
    check_commands = {"kztr": kztr + check_args + cold, **({"baseline": old + check_args + old_cold} if old else {}),
                      "pofilter": pofilter}
    status = interleaved(status_commands, runs=runs, env=env)
    check = interleaved(check_commands, runs=runs, env=env)
    shutil.rmtree(out, ignore_errors=True)
    rows = [f"| `kztr status --format json` | {cell(status['kztr'])} | {ratio(status['kztr'], status['msgfmt'])} "
            f"msgfmt, {ratio(status['kztr'], status['pocount'])} pocount |"]
    if old:
        rows.append(f"| the same, baseline kztr | {cell(status['baseline'])} | "
                    f"{ratio(status['baseline'], status['msgfmt'])} msgfmt, "
                    f"{ratio(status['baseline'], status['pocount'])} pocount; new/baseline "
                    f"{ratio(status['kztr'], status['baseline'])} |")
    rows += [f"| `msgfmt --statistics` (one run per catalog) | {cell(status['msgfmt'])} | |",
             f"| `pocount --csv` | {cell(status['pocount'])} | |",
             f"| `kztr check --format json` | {cell(check['kztr'])} | {ratio(check['kztr'], check['pofilter'])} "
             "pofilter |"]
    if old:
        rows.append(f"| the same, baseline kztr | {cell(check['baseline'])} | "
                    f"{ratio(check['baseline'], check['pofilter'])} pofilter; new/baseline "
                    f"{ratio(check['kztr'], check['baseline'])} |")
    rows.append(f"| `pofilter` (its default checks) | {cell(check['pofilter'])} | |")
    return rows


def measure_warm(project: Path, runs: int, env: dict) -> list[str]:
    """``kztr status`` with its qa cache: nothing changed since the last run, and one catalog saved with
    one translation changed (its document's other catalogs are checked again with it), beside a cold
    run and the peers, taking turns."""
    import random

    kztr = [sys.executable, "-m", "kztr", "status", "-C", str(project), "--format", "json"]
    locales = project / "locales"
    folders = [str(locales / language / "LC_MESSAGES") for language in catalogs(project)]
    saved = sorted(locales.glob("*/LC_MESSAGES/*.po"))[len(folders) // 2]  # one catalog, as a translator saves it
    lines = saved.read_text(encoding="utf-8").split("\n")
    place = random.Random(1).choice([number for number, line in enumerate(lines)
                                     if line.startswith('msgstr "') and len(line) > 12])
    edited = [*lines[:place], lines[place][:-1] + ' (edited)"', *lines[place + 1:]]
    versions = [project.parent / "saved.a.po", project.parent / "saved.b.po"]  # outside the project
    versions[0].write_text("\n".join(lines), encoding="utf-8")
    versions[1].write_text("\n".join(edited), encoding="utf-8")
    # each round the catalog becomes the other version: changed since the last run
    toggle = ["sh", "-c", f"if cmp -s {saved} {versions[0]}; then cp {versions[1]} {saved}; "
                          f"else cp {versions[0]} {saved}; fi"]
    msgfmt = ["sh", "-c", f"find {locales} -name '*.po' | sort | while read -r po; do "
              "msgfmt --statistics -o /dev/null \"$po\" 2>/dev/null; done"]
    subprocess.run(kztr, check=True, capture_output=True, env=env)  # the cache as the last run left it
    timings = interleaved({"warm": kztr, "saved": kztr, "cold": [*kztr, "--no-cache"], "msgfmt": msgfmt,
                           "pocount": [POCOUNT, "--csv", *folders]}, runs=runs, prepare={"saved": toggle}, env=env)
    for version in versions:
        version.unlink()
    return [f"| `kztr status --format json`, nothing changed since the last run | {cell(timings['warm'])} | "
            f"{ratio(timings['warm'], timings['msgfmt'])} msgfmt, {ratio(timings['warm'], timings['pocount'])} "
            "pocount |",
            f"| the same, one catalog saved (`{saved.relative_to(project)}`, one translation changed) | "
            f"{cell(timings['saved'])} | {ratio(timings['saved'], timings['msgfmt'])} msgfmt, "
            f"{ratio(timings['saved'], timings['pocount'])} pocount |",
            f"| the same, `--no-cache` (cold) | {cell(timings['cold'])} | {ratio(timings['cold'], timings['msgfmt'])} "
            f"msgfmt, {ratio(timings['cold'], timings['pocount'])} pocount |",
            f"| `msgfmt --statistics` (one run per catalog) | {cell(timings['msgfmt'])} | |",
            f"| `pocount --csv` | {cell(timings['pocount'])} | |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="build the projects in this folder and keep them (reused)")
    parser.add_argument("--baseline", type=Path, help="a folder with an older kztr's translate/ to time too")
    parser.add_argument("--only", default="archive,un", help="comma-separated: archive, un")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--units", type=int, default=100_000, help="the archive document's units")
    parser.add_argument("--warm", action="store_true",
                        help="status with its qa cache (nothing changed; one catalog saved) beside a cold run")
    parser.add_argument("--every-check", action="store_true",
                        help="kztr check runs every check, names too (off by default since issue 17 round 5)")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kztr-check-speed-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, KZTR_CACHE_DIR=str(work / "cache"))
    env.pop("PYTHONPATH", None)
    wanted = set(args.only.split(","))
    header = ["| command | wall s (median) | CPU s | kztr is (wall, CPU) |", "|---|---|---|---|"]
    if "archive" in wanted:
        project = archive_project(work / "archive", args.units)
        print(f"\n{args.units:,}-unit archive document (placeholder translations)\n", flush=True)
        print("\n".join(header + measure(project, args.runs, args.baseline, env, args.every_check)), flush=True)
        if args.warm:
            print("\n".join(["", *header, *measure_warm(project, args.runs, env)]), flush=True)
    if "un" in wanted:
        project = un_project(work / "un")
        print("\nUN Parallel Corpus test + development sets, English and Russian (real translations)\n",
              flush=True)
        print("\n".join(header + measure(project, args.runs, args.baseline, env, args.every_check)), flush=True)
        if args.warm:
            print("\n".join(["", *header, *measure_warm(project, args.runs, env)]), flush=True)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}", flush=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
