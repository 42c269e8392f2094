"""What does the translation memory cost? 100,000 units in 1,000 documents, next to extract and msgmerge -C.

Builds a throwaway project of 1,000 source documents of 100 sentences each
(100,000 units), every unit translated in locales/en/, plus the shipped
article.  Their Arabic is made from the article's own words and sentence
lengths (random sentences, seeded); 100 of them are light edits of article
sentences, so some look-ups find a near match while most search the whole
memory for nothing: the expensive case.  Then times (best of --runs):

* extract of the whole project with nothing to do: the time of the extract
  itself (1,001 sources segmented, templates, every catalog read and merged);
* the same extract with the article's English catalog emptied: its 45 units
  are new, each is looked up in the 100,000 (the memory reuses the catalogs
  extract reads anyway: its extra cost is the index and the look-ups);
* the memory's build alone from the files (read 1,001 catalogs, index
  100,000 units) and the 45 look-ups alone;
* the peer, GNU gettext's compendium: ``msgcat`` of the 1,000 catalogs into
  one compendium, then ``msgmerge --compendium`` filling an empty catalog of
  the article from it (exact and fuzzy matches, as kztr does).

    python benchmarks/memory_speed.py [--runs 3] [--documents 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

from kztr.config import load_settings  # noqa: E402
from kztr.model import Catalog, Entry  # noqa: E402
from kztr.po.catalog import read_catalog  # noqa: E402
from kztr.po.pofile import generate_po  # noqa: E402
from kztr.reuse.memory import Memory  # noqa: E402
from kztr.workflow import extract  # noqa: E402
from kztr.workflow.exchange import load_memory  # noqa: E402

ARTICLE = "kazakhstan-diplomacy-2022"
UNITS_PER_DOCUMENT = 100


def build_project(folder: Path, documents: int) -> None:
    """Sources, then extract, then every unit translated (random English words), then extract again."""
    (folder / "kztr.toml").write_text('source-language = "ar"\nproject = "memory benchmark"\n', encoding="utf-8")
    shutil.copytree(ROOT / "source", folder / "source")
    (folder / "locales" / "en").mkdir(parents=True)
    article = read_catalog(ROOT / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    sources = [entry.msgid.rstrip(".") for entry in article.entries if len(entry.msgid.split()) > 4]
    words = [word.strip(".؟!:”“\"") for text in sources for word in text.split()]
    words = [word for word in words if word]
    english = [word for entry in article.entries for word in entry.msgstr.split()]
    lengths = [len(text.split()) for text in sources]
    rng = random.Random(2022)
    edited = 0
    for number in range(documents):
        sentences = []
        for index in range(UNITS_PER_DOCUMENT):
            if edited < 100 and index == 0 and number % (documents // 100 or 1) == 0:
                base = sources[rng.randrange(len(sources))].split()
                base[rng.randrange(len(base))] = "تعديل"
                sentences.append(" ".join(base) + ".")
                edited += 1
            else:
                sentences.append(" ".join(rng.choice(words) for _ in range(rng.choice(lengths))) + ".")
        paragraphs = [" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)]
        (folder / "source" / f"doc-{number:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    settings = load_settings(folder)
    extract(settings)
    for path in (folder / "locales" / "en" / "LC_MESSAGES").glob("doc-*.po"):
        catalog = read_catalog(path)
        entries = tuple(replace(entry, msgstr=" ".join(rng.choice(english) for _ in entry.msgid.split()))
                        for entry in catalog.entries)
        path.write_text(generate_po(replace(catalog, entries=entries)), encoding="utf-8")
    shutil.copy(ROOT / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po",
                folder / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    extract(settings)


def empty_article(folder: Path) -> None:
    """The article's English catalog with every translation removed (its units become new to the memory)."""
    path = folder / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    catalog = read_catalog(path)
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
        print(f"project: {args.documents:,} documents x {UNITS_PER_DOCUMENT} units + the article, in {folder} "
              f"(made in {time.perf_counter() - started:.0f} s)")
        settings = load_settings(folder)
        article_po = folder / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
        full_article = article_po.read_bytes()

        def extract_nothing_to_do():
            article_po.write_bytes(full_article)
            return extract(settings)

        def extract_with_lookups():
            empty_article(folder)
            return extract(settings)

        alone, _ = best(args.runs, extract_nothing_to_do)
        with_memory, result = best(args.runs, extract_with_lookups)
        filled = {item.doc_id: item.from_memory for item in result.catalogs if item.locale == "en"}[ARTICLE]
        article_po.write_bytes(full_article)
        read_time, memory = best(args.runs, lambda: load_memory(settings, "en"))
        index_time, _ = best(args.runs, lambda: Memory("en", memory.units)._near_index())
        queries = [entry.msgid for entry in read_catalog(article_po).entries]
        memory._near_index()
        lookup_time, matches = best(args.runs, lambda: [memory.lookup(text, exclude=ARTICLE) for text in queries])

        compendium = folder / "compendium.po"
        catalogs = sorted((folder / "locales" / "en" / "LC_MESSAGES").glob("doc-*.po"))
        subprocess.run(["msgcat", "--no-wrap", "--use-first", "-o", str(compendium), *map(str, catalogs)], check=True)
        header_only = folder / "header-only.po"
        header_only.write_text(generate_po(Catalog(header=read_catalog(article_po).header)), encoding="utf-8")
        out = folder / "msgmerge-out.po"
        msgmerge_time, _ = best(args.runs, lambda: subprocess.run(
            ["msgmerge", "--quiet", "--no-wrap", f"--compendium={compendium}", "-o", str(out), str(header_only),
             str(folder / "locales" / f"{ARTICLE}.pot")], check=True))
        merged = read_catalog(out)
        msgmerge_filled = sum(1 for entry in merged.entries if entry.msgstr)

        units = len(memory)
        found = sum(match is not None for match in matches)
        added = with_memory - alone
        print(f"memory: {units:,} units in {len(catalogs) + 1:,} catalogs")
        print(f"extract, nothing to do (the extract itself):      {alone:8.2f} s")
        print(f"extract, 45 new units looked up in the memory:    {with_memory:8.2f} s  ({filled} filled; "
              f"+{added:.2f} s, {added / alone * 100:.0f} % of the extract)")
        print(f"  memory from the files: read {len(catalogs) + 1:,} catalogs  {read_time:8.2f} s")
        print(f"  memory index of {units:,} units:             {index_time:8.2f} s")
        print(f"  {len(queries)} look-ups in {units:,} units:               {lookup_time:8.2f} s "
              f"({lookup_time / len(queries) * 1000:.1f} ms each, {found} matched)")
        print(f"msgmerge --compendium (peer, 45 units, {len(catalogs):,} catalogs): {msgmerge_time:8.2f} s  "
              f"({msgmerge_filled} filled)")
        print(f"ratios: look-ups + index / extract = {(lookup_time + index_time) / alone:.2f}; "
              f"msgmerge -C / (look-ups + index) = {msgmerge_time / (lookup_time + index_time):.2f}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
