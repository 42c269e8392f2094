"""An archive of 1,000 documents (issue 22): status, check, build and the status page, next to peers.

Builds (or reuses, with ``--keep``) a project of 1,000 documents x 100 units x 3
languages with the shipped glossaries (``workloads.documents_project``: 93 %
translated, 5 % fuzzy, 2 % untranslated), then measures, kztr and each peer
taking turns run by run:

1. ``kztr status --format json`` (the qa column included) against ``msgfmt
   --statistics`` (one run per catalog: msgfmt counts one catalog at a time)
   and translate-toolkit's ``pocount`` (every catalog in one process);
   targets: <= 2x msgfmt, faster than pocount; the counts compared with msgfmt's;
2. ``kztr check --format json`` against ``pofilter`` (its default checks) over
   the same catalogs; target: faster;
3. ``kztr build --lang en`` (1,000 editions and the index page) and ``kztr
   status --format html`` with and without ``--details``: time, size, rows.

Writes the section "Archive of 1,000 documents (issue 22)" of benchmarks/RESULTS.md:

    .venv/bin/python benchmarks/archive_documents.py [--documents 1000] [--keep DIR] [--runs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timing import cell, interleaved, ratio, round_ratio, run, write_section
from workloads import ROOT, documents_project

KZTR = str(Path(sys.executable).with_name("kztr"))
SECTION = "## Archive of 1,000 documents (issue 22)"


def catalogs_of(project: Path) -> list[Path]:
    return sorted(project.glob("locales/*/LC_MESSAGES/*.po"))


def msgfmt_totals(catalogs: list[Path]) -> tuple[int, int, int]:
    totals = [0, 0, 0]
    for path in catalogs:
        line = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)], capture_output=True,
                              text=True).stderr
        for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", line):
            totals[("translated", "fuzzy", "untranslated").index(kind)] += int(number)
    return totals[0], totals[1], totals[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="build the project in DIR (reused when it is there) and keep it")
    args = parser.parse_args()
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731
    work = args.keep or Path(tempfile.mkdtemp(prefix="kztr-documents-"))
    project = work / "project"
    if not (project / "kztr.toml").exists():
        say(f"building {args.documents} documents x 100 units x 3 languages")
        documents_project(project, args.documents)
    env = dict(os.environ, KZTR_CACHE_DIR=str(work / "cache"))
    catalogs = catalogs_of(project)
    listing = work / "catalogs.txt"
    listing.write_text("\0".join(str(path) for path in catalogs), encoding="utf-8")
    units = args.documents * 100 * 3
    lines: list[str] = []
    targets: list[tuple[str, str, bool]] = []

    say("status")
    measured = interleaved({
        "status": [KZTR, "status", "-C", str(project), "--format", "json", "--no-cache"],
        "msgfmt": ["sh", "-c", f"xargs -0 -n1 msgfmt --statistics -o /dev/null < {listing} 2> /dev/null"],
        "pocount": ["sh", "-c", f"xargs -0 /usr/bin/pocount --csv < {listing} > /dev/null 2>&1"],
    }, runs=args.runs, env=env)
    status, msgfmt, pocount = measured["status"], measured["msgfmt"], measured["pocount"]
    report = json.loads(run([KZTR, "status", "-C", str(project), "--format", "json"], env=env).stdout)
    mine = tuple(sum(row[key] for row in report) for key in ("translated", "fuzzy", "untranslated"))
    theirs = msgfmt_totals(catalogs)
    findings = sum(len(row["findings"]) for row in report)

    say("check")
    pofiltered = work / "pofilter"
    checked = interleaved({
        "check": [KZTR, "check", "-C", str(project), "--format", "json", "--no-cache"],
        "pofilter": ["sh", "-c", f"rm -rf {pofiltered} && /usr/bin/pofilter --progress=none "
                                 f"-i {project}/locales -o {pofiltered}"],
    }, runs=args.runs, env=env)
    check, pofilter = checked["check"], checked["pofilter"]

    say("build and the status page")
    started = time.perf_counter()
    run([KZTR, "build", "-C", str(project), "--lang", "en"], env=env)
    build_seconds = time.perf_counter() - started
    built = sorted((project / "_build" / "en").glob("*.html"))
    index = project / "_build" / "en" / "index.html"
    pages = {}
    for name, extra in (("default", []), ("--details", ["--details"])):
        target = work / f"status-{name.strip('-')}.html"
        started = time.perf_counter()
        run([KZTR, "status", "-C", str(project), "--format", "html", "--no-cache", "-o", str(target), *extra], env=env)
        text = target.read_text(encoding="utf-8")
        pages[name] = (time.perf_counter() - started, len(text.encode("utf-8")), text.count("<tr"))

    lines += [f"Project: {args.documents:,} documents x 100 units x 3 languages ({len(catalogs):,} catalogs, "
              f"{units:,} catalog units; 93 % translated, 5 % fuzzy, 2 % untranslated), the shipped glossaries. "
              f"kztr status finds {findings:,} findings (placeholder translations: glossary terms, numbers and "
              "Latin names of the sources are missing from them).", "",
              "| command | wall s (median) | CPU s | kztr is |", "|---|---|---|---|",
              f"| `kztr status --format json` | {cell(status)} | |",
              f"| `msgfmt --statistics`, once per catalog | {cell(msgfmt)} | {ratio(status, msgfmt)} its time |",
              f"| `pocount --csv`, all catalogs in one run | {cell(pocount)} | {ratio(status, pocount)} its time |",
              f"| `kztr check --format json` | {cell(check)} | |",
              f"| `pofilter` (default checks), all catalogs | {cell(pofilter)} | {ratio(check, pofilter)} its time |",
              "",
              f"Counts: kztr {mine[0]:,} / {mine[1]:,} / {mine[2]:,} translated / fuzzy / untranslated, msgfmt "
              f"{theirs[0]:,} / {theirs[1]:,} / {theirs[2]:,} ({'the same' if mine == theirs else 'NOT the same'}).",
              "",
              "| page | seconds | size | table rows |", "|---|---|---|---|",
              f"| `kztr build --lang en`: {len(built):,} pages, index {index.stat().st_size / 1024:.0f} KiB "
              f"| {build_seconds:.1f} | | |",
              *[f"| `kztr status --format html{'' if name == 'default' else ' --details'}` | {seconds:.1f} | "
                f"{size / 2**20:.1f} MiB | {rows:,} |" for name, (seconds, size, rows) in pages.items()], ""]
    targets += [("status: <= 2x msgfmt --statistics", ratio(status, msgfmt), round_ratio(status, msgfmt) <= 2),
                ("status: faster than pocount", ratio(status, pocount), round_ratio(status, pocount) < 1),
                ("check: faster than pofilter", ratio(check, pofilter), round_ratio(check, pofilter) < 1),
                ("status page: no 100,000-row table by default", f"{pages['default'][2]:,} rows",
                 pages["default"][2] < 10_000)]
    header = [SECTION, "",
              f"Measured by `benchmarks/archive_documents.py` on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores "
              f"(load average {os.getloadavg()[0]:.1f} at the end); kztr and its peers took turns run by run "
              f"({args.runs} run{'' if args.runs == 1 else 's'} each), a ratio is the median of the rounds' "
              "ratios.", "",
              "| target | measured | met |", "|---|---|---|",
              *[f"| {name} | {value} | {'yes' if met else '**no**'} |" for name, value, met in targets], ""]
    section = "\n".join(header + lines)
    write_section(ROOT / "benchmarks" / "RESULTS.md", SECTION, section)
    print(section)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
