"""Read thousands of real PO files with kztr, polib and GNU gettext; report where they disagree.

Not part of CI (it downloads ~150 MB).  Downloads, with pip, the packages
that ship many catalogs written by other tools (Django, Wagtail,
plone.app.locales, Weblate, Sphinx, django-allauth: wheels; Gramps: its
source distribution, whose wheel has only .mo files) into a cache folder,
extracts every ``.po``, and for each file:

* reads it with kztr (``parse_catalog``), polib and ``msgfmt --statistics``
  (one process per file, as a user runs it), timing each reader;
* compares kztr with gettext: a file one reads and the other refuses, and
  the message counts (translated / fuzzy / untranslated, counted the way
  msgfmt counts them, from kztr's reading);
* compares kztr's rewrite (``generate_po``) with ``msgcat --no-wrap``
  (``--to-code=UTF-8`` for a legacy charset: kztr always writes UTF-8);
* compares kztr's reading with polib's (msgid, msgstr, plural forms,
  fuzzy, obsolete), for the record: polib is wrong on some inputs
  (octal escapes, flags separated by spaces).

    python benchmarks/real_catalogs.py [--cache DIR] [--limit N] [--json FILE] [--extra pretix django-cms …]

Run it in a virtualenv with polib (``pip install polib``), not the
project's: polib is not a kztr dependency.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tarfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.errors import CatalogError  # noqa: E402
from kztr.po.catalog import parse_catalog  # noqa: E402
from kztr.po.pofile import generate_po  # noqa: E402

WHEELS = ["Django", "wagtail", "plone.app.locales", "Weblate", "Sphinx", "django-allauth"]
SDISTS = ["gramps"]


def download(cache: Path, extra: list[str] = ()) -> list[Path]:
    """The downloaded archives (pip skips what the cache folder already has); ``extra``: more packages."""
    folder = cache / "downloads"
    folder.mkdir(parents=True, exist_ok=True)
    pip = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--dest", str(folder)]
    subprocess.run(pip + WHEELS + list(extra), check=True)
    subprocess.run([*pip, "--no-binary", ":all:", *SDISTS], check=True)
    return sorted(path for path in folder.iterdir() if path.suffix in (".whl", ".gz"))


def extract(archives: list[Path], cache: Path) -> list[Path]:
    """Every .po of the archives, extracted under cache/po/<archive>/."""
    files: list[Path] = []
    for archive in archives:
        target = cache / "po" / archive.name.removesuffix(".whl").removesuffix(".tar.gz")
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as bundle:
                names = [name for name in bundle.namelist() if name.endswith(".po")]
                if not target.exists():
                    bundle.extractall(target, names)
        else:
            with tarfile.open(archive) as bundle:
                members = [member for member in bundle.getmembers() if member.name.endswith(".po") and member.isfile()]
                if not target.exists():
                    bundle.extractall(target, members, filter="data")
                names = [member.name for member in members]
        files += [target / name for name in names]
    return sorted(files)


def msgfmt_counts(path: Path) -> tuple[float, int, tuple[int, int, int] | None, str]:
    """Time, exit status, (translated, fuzzy, untranslated) and the first error line of msgfmt --statistics."""
    started = time.perf_counter()
    done = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)], capture_output=True, text=True,
                          errors="replace", env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
    elapsed = time.perf_counter() - started
    counts = None
    for line in done.stderr.splitlines():
        if "translated message" in line:
            numbers = {kind: 0 for kind in ("translated", "fuzzy", "untranslated")}
            for part in line.rstrip(".").split(", "):
                value, kind = part.split(" ", 2)[:2]
                numbers[kind] = int(value)
            counts = (numbers["translated"], numbers["fuzzy"], numbers["untranslated"])
    error = next((line for line in done.stderr.splitlines() if "warning" not in line and ": " in line), "")
    return elapsed, done.returncode, counts, error


def msgcat_text(path: Path, legacy: bool) -> tuple[int, str]:
    command = ["msgcat", "--no-wrap"] + (["--to-code=UTF-8"] if legacy else []) + [str(path)]
    done = subprocess.run(command, capture_output=True, env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    return done.returncode, done.stdout.decode("utf-8", "replace")


def counts_like_msgfmt(catalog) -> tuple[int, int, int]:
    """msgfmt's counts from kztr's reading: fuzzy needs a translation; a plural is translated by msgstr[0]."""
    translated = fuzzy = untranslated = 0
    for entry in catalog.live:
        first = entry.msgstr_plural[0][1] if entry.msgid_plural is not None and entry.msgstr_plural else entry.msgstr
        if not first:
            untranslated += 1
        elif entry.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return translated, fuzzy, untranslated


def counts_like_kztr(catalog) -> tuple[int, int, int]:
    """kztr's own definition (Entry.translated: every plural form filled)."""
    live = catalog.live
    translated = sum(entry.translated for entry in live)
    fuzzy = sum(entry.fuzzy and entry.has_translation for entry in live)
    return translated, fuzzy, len(live) - translated - fuzzy


def polib_view(entries) -> list:
    return [(e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items())), "fuzzy" in e.flags, bool(e.obsolete))
            for e in entries if e.msgid or e.msgctxt or e.obsolete]


def kztr_view(catalog) -> list:
    return [(e.msgid, e.msgstr, tuple(e.msgstr_plural), e.fuzzy, e.obsolete) for e in catalog.entries]


def first_difference(ours: str, theirs: str) -> str:
    """A short name for the first line where two texts differ."""
    mine, other = ours.split("\n"), theirs.split("\n")
    # strict=False: the two texts may have different numbers of lines; the first difference may lie
    # within the shorter one
    for line, reference in zip(mine, other, strict=False):
        if line != reference:
            probe = reference or line
            for prefix in ("#~|", "#~", "#|", "#,", "#:", "#.", "#", "msgctxt", "msgid_plural", "msgid", "msgstr", '"'):
                if probe.startswith(prefix):
                    return f"first differing line: {prefix}"
            return "first differing line: other"
    return "length (lines missing at the end)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "kztr-real-catalogs")
    parser.add_argument("--limit", type=int, default=0, help="only the first N files (a quick look)")
    parser.add_argument("--json", type=Path, help="write every disagreement to this file")
    parser.add_argument("--extra", nargs="*", default=[], help="more packages whose catalogs to read (pip names)")
    args = parser.parse_args(argv)

    import polib

    files = extract(download(args.cache, args.extra), args.cache)
    if args.limit:
        files = files[:args.limit]
    timings = collections.Counter()
    kinds: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    details: dict[str, list[str]] = collections.defaultdict(list)
    round_trip_equal = round_trip_compared = read_ok = entries = 0
    biggest: list[tuple[int, str, float, float, float]] = []

    def note(group: str, kind: str, path: Path, detail: str = "") -> None:
        kinds[group][kind] += 1
        details[f"{group}: {kind}"].append(f"{path.relative_to(args.cache)} {detail}".strip())

    legacy_of: dict[Path, bool] = {}
    catalogs: dict[Path, object] = {}
    for path in files:
        data = path.read_bytes()
        started = time.perf_counter()
        try:
            catalog = parse_catalog(data, str(path))
            error = None
        except CatalogError as exc:
            catalog, error = None, exc
        ours = time.perf_counter() - started
        timings["kztr"] += ours
        started = time.perf_counter()
        try:
            theirs = polib.pofile(str(path), wrapwidth=0)
        except Exception as exc:  # polib raises IOError/ValueError/UnicodeDecodeError
            theirs = exc
        polib_time = time.perf_counter() - started
        timings["polib"] += polib_time
        msgfmt_time, status, counts, message = msgfmt_counts(path)
        timings["msgfmt"] += msgfmt_time
        biggest.append((len(data), str(path.relative_to(args.cache)), ours, polib_time, msgfmt_time))
        if catalog is None:
            if status == 0:
                note("vs gettext", f"kztr refuses, msgfmt reads: {error.message.split(':')[0][:60]}", path, str(error))
            else:
                kinds["both refuse"][error.message.split(":")[0][:60]] += 1
                details["both refuse"].append(f"{path.relative_to(args.cache)} kztr: {error} / msgfmt: {message}")
            continue
        read_ok += 1
        entries += len(catalog.entries)
        catalogs[path] = catalog
        legacy_of[path] = catalog.source_charset != "UTF-8"
        if status != 0:
            reason = message.split(": ", 2)[-1][:70] if message else "exit status"
            note("vs gettext", f"kztr reads, msgfmt refuses: {reason}", path, message)
        elif counts != counts_like_msgfmt(catalog):
            note("vs gettext", "counts differ from msgfmt --statistics", path,
                 f"{counts} {counts_like_msgfmt(catalog)}")
        if counts is not None and counts != counts_like_kztr(catalog):
            note("definitions", "kztr status counts differ from msgfmt's (by definition)", path,
                 f"msgfmt {counts} kztr {counts_like_kztr(catalog)}")
        if isinstance(theirs, Exception):
            note("vs polib", f"polib refuses: {type(theirs).__name__}", path, str(theirs)[:120])
        elif polib_view(theirs) != kztr_view(catalog):
            ours_view, polib_entries = kztr_view(catalog), polib_view(theirs)
            if len(ours_view) != len(polib_entries):
                kind = "different number of entries"
            else:
                field = next(name for a, b in zip(ours_view, polib_entries, strict=True) if a != b
                             for name, x, y in zip(("msgid", "msgstr", "plurals", "fuzzy", "obsolete"), a, b,
                                                   strict=True) if x != y)
                kind = f"{field} differs"
            note("vs polib", kind, path)

    def compare(path: Path) -> tuple[Path, int, str, str]:
        status, text = msgcat_text(path, legacy_of[path])
        return path, status, text, generate_po(catalogs[path])

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=8) as pool:
        for path, status, text, ours in pool.map(compare, list(catalogs)):
            if status != 0:
                continue  # msgcat refuses it: counted above
            round_trip_compared += 1
            if ours == text:
                round_trip_equal += 1
            else:
                note("round trip vs msgcat --no-wrap", first_difference(ours, text), path)
    timings["compare"] = time.perf_counter() - started

    print(f"files: {len(files)}, read by kztr: {read_ok}, entries: {entries:,}")
    for group in ("vs gettext", "both refuse", "definitions", "vs polib", "round trip vs msgcat --no-wrap"):
        print(f"\n{group}: {sum(kinds[group].values())}")
        for kind, count in kinds[group].most_common():
            print(f"  {count:5}  {kind}")
    share = 100 * round_trip_equal / round_trip_compared if round_trip_compared else 0
    print(f"\nround trip equal to msgcat --no-wrap: {round_trip_equal} / {round_trip_compared} ({share:.2f} %)")
    print(f"\nreading time, all files: kztr {timings['kztr']:.2f} s, polib {timings['polib']:.2f} s "
          f"(kztr/polib {timings['kztr'] / timings['polib']:.2f}), msgfmt --statistics one process per file "
          f"{timings['msgfmt']:.2f} s (kztr/msgfmt {timings['kztr'] / timings['msgfmt']:.2f})")
    print("largest files: size, kztr, polib, msgfmt (s)")
    for size, name, ours, theirs, gettext in sorted(biggest, reverse=True)[:3]:
        print(f"  {size / 1e6:6.1f} MB  {ours:6.2f}  {theirs:6.2f}  {gettext:6.2f}  {name}")
    if args.json:
        args.json.write_text(json.dumps(details, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
