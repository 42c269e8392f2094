"""How fast is ``kztr status`` over a thousand catalogs, next to gettext and pocount?

Builds a throwaway project with 10 documents (copies of the shipped article)
in 100 languages (Babel's plain language codes), each catalog a copy of one
of the shipped or test catalogs: 1000 PO files. Then times, with hyperfine
(or a simple loop when hyperfine is missing):

* ``kztr status --format json`` over the whole project (every catalog parsed
  once, counted, checked by kztr check);
* the same for one catalog (``--lang en --doc article-00``): start-up cost;
* ``msgfmt --statistics`` once per file (msgfmt counts one catalog per
  run; given several files it merges them into one domain);
* translate-toolkit's ``pocount --csv`` on all files in one process
  (the Debian package; not installed by kztr).

Also checks that kztr's counts equal msgfmt's on every distinct catalog.

    python benchmarks/status_speed.py [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "kazakhstan-diplomacy-2022"
DOCUMENTS = 10
LANGUAGES = 100


def language_codes(count: int) -> list[str]:
    """Plain language codes Babel accepts as they are (folder names must be canonical)."""
    from babel import Locale, UnknownLocaleError, localedata

    codes = []
    for code in sorted(localedata.locale_identifiers()):
        if "_" in code or code == "root":
            continue
        try:
            if str(Locale.parse(code)) == code:
                codes.append(code)
        except (ValueError, UnknownLocaleError):
            continue
        if len(codes) == count:
            break
    return codes


def sample_catalogs() -> list[Path]:
    """Every catalog of the shipped article we have: shipped ones and the status test fixture's."""
    found = sorted((ROOT / "locales").glob(f"*/LC_MESSAGES/{ARTICLE}.po"))
    found += sorted((ROOT / "tests/data/status/project/locales").glob(f"*/LC_MESSAGES/{ARTICLE}.po"))
    return found


def build_project(folder: Path) -> list[Path]:
    (folder / "kztr.toml").write_text('source-language = "ar"\nproject = "status benchmark"\n', encoding="utf-8")
    (folder / "source").mkdir()
    (folder / "locales").mkdir()
    samples = [path.read_text(encoding="utf-8") for path in sample_catalogs()]
    template = (ROOT / "locales" / f"{ARTICLE}.pot").read_text(encoding="utf-8")
    source = (ROOT / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    documents = [f"article-{number:02d}" for number in range(DOCUMENTS)]
    for doc_id in documents:
        (folder / "source" / f"{doc_id}.txt").write_text(source, encoding="utf-8")
        (folder / "locales" / f"{doc_id}.pot").write_text(template, encoding="utf-8")
    catalogs = []
    for index, code in enumerate(language_codes(LANGUAGES)):
        target = folder / "locales" / code / "LC_MESSAGES"
        target.mkdir(parents=True)
        for number, doc_id in enumerate(documents):
            text = samples[(index + number) % len(samples)]
            text = re.sub(r'^"Language: [^"]*\\n"$', f'"Language: {code}\\\\n"', text, count=1, flags=re.M)
            path = target / f"{doc_id}.po"
            path.write_text(text, encoding="utf-8")
            catalogs.append(path)
    return catalogs


def msgfmt_counts(path: Path) -> tuple[int, int, int]:
    line = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)],
                          capture_output=True, text=True, check=True).stderr
    found = dict.fromkeys(("translated", "fuzzy", "untranslated"), 0)
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", line):
        found[kind] = int(number)
    return found["translated"], found["fuzzy"], found["untranslated"]


def check_agreement(folder: Path, kztr: str) -> int:
    """kztr's counts against msgfmt's for every distinct catalog text; returns how many compared."""
    report = json.loads(subprocess.run([kztr, "status", "--project", str(folder), "--format", "json"],
                                       capture_output=True, text=True, check=True).stdout)
    seen: dict[bytes, tuple[int, int, int]] = {}
    for item in report:
        path = folder / item["path"]
        key = re.sub(rb"Language: [^\\]*", b"", path.read_bytes())
        if key not in seen:
            seen[key] = msgfmt_counts(path)
        mine = (item["translated"], item["fuzzy"], item["untranslated"])
        if mine != seen[key]:
            raise SystemExit(f"{item['path']}: kztr says {mine}, msgfmt {seen[key]}")
    return len(report)


def time_with_hyperfine(commands: dict[str, str], runs: int, folder: Path) -> dict[str, tuple[float, float]]:
    export = folder / "hyperfine.json"
    arguments = ["hyperfine", "--warmup", "1", "--runs", str(runs), "--export-json", str(export), "--style", "none"]
    for name, command in commands.items():
        arguments += ["--command-name", name, command]
    subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL)
    results = json.loads(export.read_text())["results"]
    return {item["command"]: (item["mean"], item["stddev"] or 0.0) for item in results}


def time_with_loop(commands: dict[str, str], runs: int) -> dict[str, tuple[float, float]]:
    timings = {}
    for name, command in commands.items():
        subprocess.run(command, shell=True, check=True)
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, shell=True, check=True)
            samples.append(time.perf_counter() - start)
        timings[name] = (statistics.mean(samples), statistics.stdev(samples) if runs > 1 else 0.0)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the project in DIR and keep it")
    args = parser.parse_args()
    kztr = shutil.which("kztr") or sys.exit("kztr is not installed (pip install -e .)")
    for tool in ("msgfmt", "pocount"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found (apt-get install gettext translate-toolkit)")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kztr-status-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        catalogs = build_project(folder)
        compared = check_agreement(folder, kztr)
        listing = folder / "catalogs.txt"
        listing.write_text("\0".join(str(path) for path in catalogs), encoding="utf-8")
        commands = {
            "kztr status": f"{kztr} status --project {folder} --format json --no-cache > /dev/null",
            "kztr status, one catalog": f"{kztr} status --project {folder} --format json --no-cache --lang en "
                                        "--doc article-00 > /dev/null",
            "msgfmt --statistics, per file": f"xargs -0 -n1 msgfmt --statistics -o /dev/null < {listing} 2> /dev/null",
            "pocount --csv": f"xargs -0 pocount --csv < {listing} > /dev/null 2>&1",
        }
        if shutil.which("hyperfine"):
            timings = time_with_hyperfine(commands, args.runs, folder)
        else:
            timings = time_with_loop(commands, args.runs)
        print(f"{len(catalogs)} catalogs ({DOCUMENTS} documents x {LANGUAGES} languages, "
              f"{catalogs[0].stat().st_size // 1024} KiB each, {len(sample_catalogs())} distinct texts); "
              f"kztr counts equal msgfmt's on all {compared}")
        base = timings["kztr status"][0]
        for name, (mean, stddev) in timings.items():
            ratio = "" if name == "kztr status" else f"   {mean / base:5.2f} x kztr status"
            print(f"  {name:<32}{mean:7.2f} s ± {stddev:.2f}{ratio}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
