"""Differential test of kztr's PO reader and writer against GNU gettext, on mutated catalogs.

Takes the shipped catalogs and the issue-9 reproducers (tests/data/po),
applies 1–3 random line edits to each copy (indent, join two lines, delete or
repeat a line, glue or split strings, add an escape or a raw control
character, a CR, a ``#~`` or a comment mark, re-space a comment), and asks
both kztr and ``msgcat --no-wrap`` to read and rewrite it.  Reports how
often they agree: same output, both refuse (at the same line or not), or
only one refuses (with examples).  Not part of CI; deterministic for a seed.

    python benchmarks/po_mutations.py [--count 1000] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.errors import CatalogError  # noqa: E402
from kztr.po.catalog import parse_catalog  # noqa: E402
from kztr.po.pofile import generate_po  # noqa: E402

INSERTS = ["\\303\\251", "\\x41", "\\101", "\\t", "\x01", "\x7f", "\\a", "\\r", "\r", '\\"', "\\\\", "\\x", "\\q",
           "\\7"]
MARKS = ["#,", "#", "#.", "#:", "#!", "#|", "# ", "#~|"]


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(lines))
        line = lines[at]
        edit = rng.randrange(14)
        if edit == 0:
            lines[at] = "  " + line
        elif edit == 1 and at + 1 < len(lines):
            lines[at] = line + " " + lines.pop(at + 1)
        elif edit == 2:
            del lines[at]
        elif edit == 3:
            lines.insert(at, line)
        elif edit == 4:
            lines[at] = line.replace('" ', '"').replace(' "', '"')
        elif edit == 5 and line.count('"') >= 2:
            lines[at] = line.replace('"', '" "', 2)
        elif edit == 6:
            lines.insert(at, "")
        elif edit == 7:
            lines[at] = line + "\t"
        elif edit == 8:
            lines[at] = line.replace("msgstr", "msgstr ", 1)
        elif edit == 9 and line.endswith('"'):
            lines[at] = line[:-1] + rng.choice(INSERTS) + '"'
        elif edit == 10:
            lines[at] = line + "\r"
        elif edit == 11:
            lines[at] = "#~ " + line
        elif edit == 12:
            lines[at] = rng.choice(MARKS) + line
        elif edit == 13 and line.startswith("#"):
            lines[at] = line[:2] + rng.choice(["", " ", "  ", "\t"]) + line[2:].lstrip()
    return "\n".join(lines)


GETTEXT_ENV = {"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}


def bases() -> list[str]:
    """The catalogs to mutate: the shipped ones and the UTF-8 reproducers that kztr, unmutated, writes
    exactly as ``msgcat --no-wrap`` does (not those whose header comes after a message, which kztr
    deliberately moves first: header-not-first.po, charset-in-message.po)."""
    candidates = sorted((ROOT / "locales").rglob("*.po")) + sorted((ROOT / "tests" / "data" / "po").glob("*.po"))
    return [path.read_bytes().decode("utf-8") for path in candidates
            if b"charset=UTF-8" in path.read_bytes() and compare(path)[0].startswith("same output")]


def compare(path: Path) -> tuple[str, CatalogError | None, str, int | None]:
    """How kztr and ``msgcat --no-wrap`` read and rewrite one file: the kind of outcome, kztr's error,
    gettext's complaint on one line, and the first line gettext names."""
    gettext = subprocess.run(["msgcat", "--no-wrap", str(path)], capture_output=True, env=GETTEXT_ENV)
    try:
        ours, error = generate_po(parse_catalog(path.read_bytes(), path.name)), None
    except CatalogError as exc:
        ours, error = None, exc
    theirs = gettext.stdout.decode("utf-8", "replace")
    complaint = gettext.stderr.decode("utf-8", "replace").replace("\n", " | ")
    named = re.search(re.escape(path.name) + r":(\d+)", complaint)
    line = int(named.group(1)) if named else None
    if gettext.returncode == 0 and error is None:
        if ours == theirs:
            kind = "same output"
        elif ours == theirs.replace("\r\n", "\n"):
            kind = "same output but CRs (deliberate: kztr writes LF)"
        elif _without_crs(ours) == _without_crs(theirs):
            kind = "same output but a CR inside a comment line (kztr drops it, and the space before it)"
        elif not theirs and ours.startswith('msgid ""') and ours.count("\nmsgid ") == 0:
            kind = "a header and no message: msgcat writes nothing, kztr the header"
        else:
            kind = "different output"
    elif gettext.returncode != 0 and error is not None:
        kind = "both refuse, same line" if line == error.line else "both refuse, another line"
    elif error is not None:
        kind = "kztr refuses, gettext reads"
    elif "charset specification" in complaint:
        kind = "gettext refuses (no charset in the header; kztr reads UTF-8, as msgfmt does)"
    else:
        kind = "gettext refuses, kztr reads"
    return kind, error, complaint, line


def _without_crs(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r", " ").split("\n"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="save the files where kztr and gettext disagree here")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    texts = bases()
    outcomes: collections.Counter = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.po"
        for number in range(args.count):
            path.write_bytes(mutate(rng.choice(texts), rng).encode("utf-8"))
            kind, error, complaint, _ = compare(path)
            outcomes[kind] += 1
            if not kind.startswith(("same", "both refuse, same")):
                if len(examples[kind]) < 3:
                    examples[kind].append(f"#{number}: kztr: {error} / gettext: {complaint[:160]}")
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / f"{number}.po").write_bytes(path.read_bytes())
    print(f"{args.count} mutated catalogs (seed {args.seed}):")
    for kind, count in outcomes.most_common():
        print(f"  {count:5}  {kind}")
        for example in examples[kind]:
            print(f"         {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
