"""Big and pathological TMX files: peak memory and time of ``kztr tm import`` and of ``kztr extract`` with them.

The files are generated here (never kept in git), in a scratch folder:

* ``realistic.tmx``: about 200 MB (``--size``) of what a vendor's CAT tool
  exports: one ``tu`` per sentence pair with dates, creation ids and
  properties, ``tuv``s for ar, en and ru, a tag pair around a word now and
  then; the text is NTREX-128's Arabic, English and Russian (``--ntrex``, a
  checkout of github.com/MicrosoftTranslator/NTREX), each sentence made
  distinct by a number, as a TM of many documents is;
* ``empty-ph.tmx``: the same size of ``<ph/>`` in the segments of a few
  ``tu`` (the issue's pathological file: 7.2 GB and 4 minutes before);
* ``deep.tmx``: 10,000 nested ``<hi>`` (the deepest kztr reads) in each of
  1,000 ``tu``;
* the realistic file at a quarter and a half of its size, to see the time
  grow linearly.

Each command runs in its own process; its peak memory is the largest
resident set of it and its children (``RUSAGE_CHILDREN``), its time the
wall time of one run (the files are too big for repeated runs on this
machine).  ``--old DIR``: also run the code of another checkout (a main
without the streaming reader) on the files it accepts.

    python benchmarks/exchange_stream.py --ntrex /path/to/NTREX [--size 200] [--old /tmp/kztr-old]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "started = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "elapsed = time.perf_counter() - started\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(done.returncode, elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime)\n"
    "sys.stderr.write(done.stdout[-300:] + done.stderr[-300:])\n")


def measure(command: list[str], env: dict | None = None) -> tuple[int, float, float, float, str]:
    """(exit status, wall seconds, peak MB, CPU seconds, the command's last output) of one run in a fresh
    process (CPU time counts on a machine shared with other work; wall time does not)."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, *command], capture_output=True, text=True, env=env)
    status, seconds, kilobytes, cpu = done.stdout.split()
    return (int(status), float(seconds), int(kilobytes) / 1024, float(cpu),
            (done.stderr.strip().splitlines() or [""])[-1])


def sentences(ntrex: Path | None) -> list[tuple[str, str, str]]:
    """(ar, en, ru) sentence triples: NTREX-128's, or the shipped article's units without it."""
    if ntrex is not None:
        folder = ntrex / "NTREX-128"
        read = [(folder / f"newstest2019-{name}.txt").read_text(encoding="utf-8").splitlines()
                for name in ("ref.arb", "src.eng", "ref.rus")]
        return list(zip(*read, strict=True))
    sys.path.insert(0, str(ROOT / "translate"))
    from kztr.po.catalog import read_catalog

    article = "kazakhstan-diplomacy-2022"
    en = read_catalog(ROOT / "locales" / "en" / "LC_MESSAGES" / f"{article}.po").entries
    ru = {entry.msgid: entry.msgstr for entry in read_catalog(ROOT / "locales" / "ru" / "LC_MESSAGES" /
                                                              f"{article}.po").entries}
    return [(entry.msgid, entry.msgstr, ru.get(entry.msgid, "")) for entry in en]


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n'
        '  <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" '
        'datatype="xml" segtype="sentence" adminlang="en-US" srclang="ar-SA">\n'
        '    <prop type="x-Recognizers">RecognizeAll</prop>\n  </header>\n  <body>\n')


def write_realistic(path: Path, size: int, triples: list[tuple[str, str, str]]) -> int:
    """A TMX of about ``size`` bytes; returns its number of tu."""
    rng = random.Random(18)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        written = len(HEAD)
        while written < size - 20:
            ar, en, ru = triples[count % len(triples)]
            number = count // len(triples)
            if number:  # a distinct sentence, as in a TM of many documents
                ar, en, ru = f"{ar} ({number})", f"{en} ({number})", f"{ru} ({number})" if ru else ""
            words = escape(en).split(" ")
            if len(words) > 4 and rng.random() < 0.2:
                words[2] = f'<bpt i="1">&lt;b&gt;</bpt>{words[2]}<ept i="1">&lt;/b&gt;</ept>'
            date = f"2023{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}1500Z"
            block = (f'    <tu creationdate="{date}" creationid="AGENCY\\translator{rng.randint(1, 9)}" '
                     f'changedate="{date}" changeid="AGENCY\\reviewer" lastusagedate="{date}" '
                     f'usagecount="{rng.randint(0, 40)}">\n'
                     f'      <prop type="x-Client:MultiplePicklist">Central Asia desk</prop>\n'
                     f'      <prop type="x-Document">story-{count // 40:06d}.docx</prop>\n'
                     f'      <tuv xml:lang="ar-SA">\n        <seg>{escape(ar)}</seg>\n      </tuv>\n'
                     f'      <tuv xml:lang="en-GB">\n        <seg>{" ".join(words)}</seg>\n      </tuv>\n'
                     + (f'      <tuv xml:lang="ru-RU">\n        <seg>{escape(ru)}</seg>\n      </tuv>\n' if ru else "")
                     + "    </tu>\n")
            out.write(block)
            written += len(block.encode("utf-8"))
            count += 1
        out.write("  </body>\n</tmx>\n")
    return count


def write_empty_ph(path: Path, size: int) -> None:
    """``size`` bytes of <ph/> in the segments of ten tu."""
    per_tu = size // 10 // 5
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        for number in range(10):
            out.write(f'    <tu><tuv xml:lang="ar"><seg>نتائج القمة {number}</seg></tuv><tuv xml:lang="en"><seg>')
            chunk = "<ph/>" * 100_000
            for _ in range(per_tu // 100_000):
                out.write(chunk)
            out.write(f"The summit’s outcome {number}</seg></tuv></tu>\n")
        out.write("  </body>\n</tmx>\n")


def write_deep(path: Path) -> None:
    nested = "<hi>" * 9_990 + "outcome" + "</hi>" * 9_990
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        for number in range(1000):
            out.write(f'    <tu><tuv xml:lang="ar"><seg>نتائج القمة {number}</seg></tuv>'
                      f'<tuv xml:lang="en"><seg>The summit’s {nested}</seg></tuv></tu>\n')
        out.write("  </body>\n</tmx>\n")


def project_copy(where: Path) -> Path:
    """A copy of the repository's translation project, with a second document that the memory fills."""
    target = where / "project"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for folder in ("source", "locales", "glossary"):
        shutil.copytree(ROOT / folder, target / folder)
    (target / "kztr.toml").write_text('source-language = "ar"\n', encoding="utf-8")
    shutil.copy(ROOT / "tests" / "data" / "memory" / "astana-diplomacy-2023-preview.txt", target / "source")
    return target


def kztr_command(code: Path, *args: str) -> tuple[list[str], dict]:
    env = {**os.environ, "PYTHONPATH": str(code / "translate"), "KZTR_CACHE_DIR": tempfile.mkdtemp()}
    return [sys.executable, "-m", "kztr", *args], env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ntrex", type=Path, help="a checkout of MicrosoftTranslator/NTREX")
    parser.add_argument("--size", type=int, default=200, help="MB of the realistic and pathological files")
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "kztr-exchange-stream")
    parser.add_argument("--old", type=Path, help="another checkout to compare (e.g. main before issue 18)")
    parser.add_argument("--reuse", action="store_true", help="use the files already in --dir")
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    size = args.size * 1_000_000
    triples = sentences(args.ntrex)
    files = {}
    for name, fraction in (("realistic", 1.0), ("half", 0.5), ("quarter", 0.25)):
        path = args.dir / f"{name}.tmx"
        count = path.read_bytes().count(b"<tu ") if args.reuse and path.is_file() else \
            write_realistic(path, int(size * fraction), triples)
        files[name] = (path, f"{path.stat().st_size / 1e6:.0f} MB, {count:,} tu")
    if not (args.reuse and (args.dir / "empty-ph.tmx").is_file()):
        write_empty_ph(args.dir / "empty-ph.tmx", size)
        write_deep(args.dir / "deep.tmx")
    files["empty-ph"] = (args.dir / "empty-ph.tmx", f"{(args.dir / 'empty-ph.tmx').stat().st_size / 1e6:.0f} MB")
    files["deep"] = (args.dir / "deep.tmx", f"{(args.dir / 'deep.tmx').stat().st_size / 1e6:.0f} MB, 1,000 tu")
    codes = [("kztr", ROOT)] + ([("old", args.old)] if args.old else [])
    print(f"sentences: {len(triples):,} {'(NTREX-128)' if args.ntrex else '(the article)'}")
    print("| code | file | command | exit | wall s | CPU s | peak MB | peak / file size |")
    print("|---|---|---|---|---|---|---|---|")
    for label, code in codes:
        for name, (path, described) in files.items():
            if label == "old" and name in ("empty-ph", "deep"):
                continue  # the figures: 7.2 GB and 4 minutes; a RecursionError
            project = project_copy(args.dir)
            command, env = kztr_command(code, "tm", "import", str(path), "--project", str(project))
            status, seconds, peak, cpu, _ = measure(command, env)
            mb = path.stat().st_size / 1e6
            print(f"| {label} | {name} ({described}) | tm import | {status} | {seconds:.1f} | {cpu:.1f} | {peak:.0f} | "
                  f"{peak / mb:.2f} |", flush=True)
            if status or name not in ("realistic", "half", "quarter"):
                continue
            command, env = kztr_command(code, "extract", "--project", str(project))
            status, seconds, peak, cpu, _said = measure(command, env)
            print(f"| {label} | {name} | extract | {status} | {seconds:.1f} | {cpu:.1f} | {peak:.0f} | "
                  f"{peak / mb:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
