"""Is kztr's PO reader linear and fast?  kztr, polib and msgfmt on a long string and a big catalog.

1. A string continued over N lines.
2. A big catalog (--big-mb, default 75 MB, like the largest real ones):
   the shipped catalogs' entries repeated under distinct msgctxts.

polib joins a continued string with ``+=`` and is quadratic; so was kztr's
reader before issue 9 (0.90 / 2.59 / 8.12 s for 100k / 200k / 400k lines).
polib is skipped above --polib-max lines (100k lines take it 45 s, 200k several minutes).

    python benchmarks/reader_speed.py [--lines 100000 200000 400000] [--polib-max 100000] [--big-mb 75]

Run it in a virtualenv with polib (not a kztr dependency).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.model import Catalog  # noqa: E402
from kztr.po.catalog import read_catalog  # noqa: E402
from kztr.po.pofile import generate_po  # noqa: E402

HEADER = 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "long\\n"\nmsgstr ""\n'
PIECE = '"قطعة من النص \\"مقتبسة\\" — a piece of text\\n"\n'


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[100_000, 200_000, 400_000])
    parser.add_argument("--polib-max", type=int, default=100_000)
    parser.add_argument("--big-mb", type=int, default=75)
    args = parser.parse_args(argv)
    import polib

    print("| continuation lines | kztr | polib | msgfmt --statistics | kztr / msgfmt |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for count in args.lines:
            path = Path(folder) / f"long-{count}.po"
            path.write_text(HEADER + PIECE * count, encoding="utf-8")
            ours = timed(lambda path=path: read_catalog(path))
            theirs = timed(lambda path=path: polib.pofile(str(path))) if count <= args.polib_max else None
            gettext = timed(lambda path=path: subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)],
                                                             capture_output=True, check=True))
            shown = f"{theirs:.2f} s" if theirs is not None else "skipped"
            print(f"| {count:,} | {ours:.2f} s | {shown} | {gettext:.2f} s | {ours / gettext:.1f} |")
        path = Path(folder) / "big.po"
        write_big_catalog(path, args.big_mb * 1_000_000)
        ours = timed(lambda: read_catalog(path))
        theirs = timed(lambda: polib.pofile(str(path), wrapwidth=0))
        gettext = timed(lambda: subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)],
                                               capture_output=True, check=True))
        size = path.stat().st_size / 1e6
        print(f"\n| {size:.0f} MB catalog | kztr | polib | msgfmt --statistics |\n|---|---:|---:|---:|")
        print(f"| seconds | {ours:.2f} | {theirs:.2f} | {gettext:.2f} |")
        print(f"| ratio to kztr | 1 | {theirs / ours:.2f} | {gettext / ours:.2f} |")
    return 0


def write_big_catalog(path: Path, size: int) -> None:
    from dataclasses import replace

    entries = [replace(entry, msgctxt=f"{number}") for number, po in enumerate(sorted((ROOT / "locales").rglob("*.po")))
               for entry in read_catalog(po).live]
    one = len(generate_po(Catalog(entries=tuple(entries))).encode("utf-8"))
    copies = max(1, size // one)
    big = tuple(replace(entry, msgctxt=f"copy {copy}.{entry.msgctxt}") for copy in range(copies) for entry in entries)
    header = (("Content-Type", "text/plain; charset=UTF-8"), ("Plural-Forms", "nplurals=2; plural=(n != 1);"))
    path.write_text(generate_po(Catalog(header=header, entries=big)), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
