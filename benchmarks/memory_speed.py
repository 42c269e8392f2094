"""What does the translation memory cost? 100,000 units from 1,000 documents, next to extract and msgmerge -C.

Builds a throwaway project: the shipped article as its only source, and in
locales/en/ the article's catalog plus 1,000 other documents' catalogs of
100 translated units each (100,000 units).  Their Arabic is made from the
article's own words and sentence lengths (random sentences, seeded), 100 of
them light edits of article sentences, so some look-ups find a near match
and most search the whole memory for nothing: the expensive case.  Then times
(best of --runs):

* extract with the memory: the article's catalog emptied, so its 45 units
  are new and each is looked up in the 100,000 (build + look-ups + merge);
* extract of the same project with no other catalogs (no memory to speak of):
  the time of the extract itself;
* the memory's build alone (read 1,001 catalogs, index 100k units) and the
  look-ups alone (45 queries);
* the peer, GNU gettext's compendium: ``msgcat`` of the 1,000 catalogs into
  one compendium, then ``msgmerge --compendium`` filling the article's empty
  catalog from it (exact and fuzzy matches, as kztr does).

    python benchmarks/memory_speed.py [--runs 3] [--documents 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.catalog import read_catalog  # noqa: E402
from kztr.config import load_settings  # noqa: E402
from kztr.memory import load_memory  # noqa: E402
from kztr.model import Catalog, Entry  # noqa: E402
from kztr.pofile import generate_po  # noqa: E402
from kztr.workflow import extract  # noqa: E402

ARTICLE = "kazakhstan-diplomacy-2022"
UNITS_PER_DOCUMENT = 100


def build_project(folder: Path, documents: int) -> None:
    (folder / "kztr.toml").write_text('source-language = "ar"\nproject = "memory benchmark"\n', encoding="utf-8")
    shutil.copytree(ROOT / "source", folder / "source")
    shutil.copytree(ROOT / "locales", folder / "locales")
    article = read_catalog(ROOT / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    sources = [entry.msgid for entry in article.entries]
    words = [word for text in sources for word in text.split()]
    english = [word for entry in article.entries for word in entry.msgstr.split()]
    lengths = [len(text.split()) for text in sources]
    rng = random.Random(2022)
    header = article.header
    edited = 0
    for number in range(documents):
        entries = []
        for index in range(UNITS_PER_DOCUMENT):
            if edited < 100 and index == 0 and number % 10 == 0:
                base = sources[rng.randrange(len(sources))].split()
                base[rng.randrange(len(base))] = "تعديل"
                text, edited = " ".join(base), edited + 1
            else:
                text = " ".join(rng.choice(words) for _ in range(rng.choice(lengths)))
            target = " ".join(rng.choice(english) for _ in range(max(1, len(text.split()))))
            entries.append(Entry(text, target, extracted_comments=("paragraph",),
                                 references=(f"source/doc-{number:04d}.txt:{index + 1}",)))
        unique = list({entry.msgid: entry for entry in entries}.values())
        path = folder / "locales" / "en" / "LC_MESSAGES" / f"doc-{number:04d}.po"
        path.write_text(generate_po(Catalog(header=header, entries=tuple(unique))), encoding="utf-8")


def empty_article(folder: Path) -> None:
    """The article's English catalog with every translation removed (its units become new to the memory)."""
    path = folder / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    catalog = read_catalog(ROOT / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    path.write_text(generate_po(Catalog(header=catalog.header, header_comments=catalog.header_comments,
                                        entries=tuple(Entry(e.msgid, extracted_comments=e.extracted_comments,
                                                            references=e.references) for e in catalog.entries))),
                    encoding="utf-8")


def best(runs: int, task) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = task()
        times.append(time.perf_counter() - started)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="build the project here and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kztr-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        build_project(folder, args.documents)
        print(f"project: {args.documents} documents x {UNITS_PER_DOCUMENT} units in {folder} "
              f"(made in {time.perf_counter() - started:.1f} s)")
        settings = load_settings(folder)

        def extract_with_memory():
            empty_article(folder)
            return extract(settings)

        with_memory, result = best(args.runs, extract_with_memory)
        filled = {item.doc_id: item.from_memory for item in result.catalogs if item.locale == "en"}[ARTICLE]
        build_time, memory = best(args.runs, lambda: load_memory(settings, "en"))
        queries = [entry.msgid for entry in read_catalog(ROOT / "locales" / "en" / "LC_MESSAGES" /
                                                         f"{ARTICLE}.po").entries]
        lookup_time, matches = best(args.runs, lambda: [memory.lookup(text, exclude=ARTICLE) for text in queries])

        compendium = folder / "compendium.po"
        catalogs = sorted((folder / "locales" / "en" / "LC_MESSAGES").glob("doc-*.po"))
        subprocess.run(["msgcat", "--no-wrap", "--use-first", "-o", str(compendium), *map(str, catalogs)], check=True)
        empty_article(folder)
        article_po = folder / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
        pot = folder / "locales" / f"{ARTICLE}.pot"
        out = folder / "msgmerge-out.po"
        msgmerge_time, _ = best(args.runs, lambda: subprocess.run(
            ["msgmerge", "--quiet", "--no-wrap", f"--compendium={compendium}", "-o", str(out), str(article_po),
             str(pot)], check=True))
        msgmerge_fuzzy = len(re.findall(r"^#, fuzzy", out.read_text(encoding="utf-8"), re.M))

        for path in catalogs:
            path.unlink()
        alone, _ = best(args.runs, extract_with_memory)

        units = len(memory)
        found = sum(match is not None for match in matches)
        print(f"memory: {units:,} units from {len(catalogs) + 1:,} catalogs")
        print(f"extract with the memory (45 new units looked up): {with_memory * 1000:8.0f} ms  "
              f"({filled} filled)")
        print(f"extract without other catalogs:                   {alone * 1000:8.0f} ms")
        print(f"  memory build (read + index {units:,} units):     {build_time * 1000:8.0f} ms")
        print(f"  {len(queries)} look-ups in {units:,} units:                 {lookup_time * 1000:8.0f} ms "
              f"({lookup_time / len(queries) * 1000:.2f} ms each, {found} matched)")
        print(f"msgmerge --compendium (peer, {len(catalogs):,} catalogs):       {msgmerge_time * 1000:8.0f} ms  "
              f"({msgmerge_fuzzy} fuzzy)")
        print(f"ratios: extract with memory / without = {with_memory / alone:.1f}; "
              f"msgmerge -C / kztr extract with memory = {msgmerge_time / with_memory:.1f}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
