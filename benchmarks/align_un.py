"""``kztr align`` on a second outside set: documents of the United Nations Parallel Corpus v1.0.

The corpus's test and development sets (Ziemski, Junczys-Dowmunt and Pouliquen, 2016;
<https://conferences.unite.un.org/UNCorpus>; 4,000 sentences each, the same in Arabic, English,
Russian and three other languages) name each sentence's document and its line there
(``UNv1.0.<set>.ids``). A document here is a test-set document's sentences in the order of their
Arabic lines (at least ``--min-sentences``; they are a sample of the document, not all of it); the
cases are built from them as ``benchmarks/align.py`` builds NTREX's (paragraphs, joins, splits, a
dropped and an added sentence, a heading moved), and scored the same way. The archive kztr learns
its words from is the development set's 4,000 pairs (other documents of the same kind), as a UN
translation service's memory would be; ``--no-archive`` aligns without one. Nothing from the corpus
is kept in this repository: it is read from a git mirror that holds it (``--un``).

    python benchmarks/align_un.py [--lang en ru] [--hunalign …] [--galechurch-python …]
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

import align as ntrex

UN = "/work/.mirror/WillSkywalker+verbos-direccionales/repo/.git"
LANGUAGES = ("ar", "en", "ru")


def read_set(repo: str, name: str) -> tuple[list[str], dict[str, list[str]]]:
    """A set's ids lines and its sentences per language."""
    def lines(suffix: str) -> list[str]:
        text = subprocess.run(["git", "--git-dir", repo, "show", f"HEAD:testsets/{name}/UNv1.0.{name}.{suffix}"],
                              capture_output=True, check=True, text=True).stdout
        return text.split("\n")[:4000]

    return lines("ids"), {lang: [ntrex.normalize_text(line) for line in lines(lang)] for lang in LANGUAGES}


def un_documents(repo: str, minimum: int) -> dict[str, dict[str, list[str]]]:
    """The test set's documents of at least ``minimum`` sentences, in the order of their Arabic lines."""
    ids, texts = read_set(repo, "testset")
    held: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for number, line in enumerate(ids):
        doc, *places = line.split(" ")
        arabic_line = next(int(place.split(":")[1]) for place in places if place.startswith("ar:"))
        held[doc].append((arabic_line, number))
    documents = {}
    for doc in sorted(held):
        numbers = [number for _, number in sorted(held[doc])]
        if len(numbers) >= minimum:
            documents[doc] = {lang: [texts[lang][number] for number in numbers] for lang in LANGUAGES}
    return documents


def learn_once() -> None:
    """The archive is the same for every document: kztr's lexicon is learnt from it once, not once per
    document (as a project whose catalogs do not change between two runs would allow; the same beads)."""
    import kztr.reuse.align as aligner

    learn, learnt = aligner.learn_lexicon, {}

    def cached(pairs):
        key = (len(pairs), id(pairs[0]) if pairs else None)
        if key not in learnt:
            learnt[key] = learn(pairs)
        return learnt[key]

    aligner.learn_lexicon = cached


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--un", default=UN, help="git directory of a mirror holding testsets/ (default: %(default)s)")
    parser.add_argument("--lang", nargs="+", default=["en", "ru"])
    parser.add_argument("--min-sentences", type=int, default=6)
    parser.add_argument("--no-archive", action="store_true")
    parser.add_argument("--no-shipped-words", action="store_true",
                        help="kztr learns from the archive alone, not the FLORES-200 pairs it ships too")
    parser.add_argument("--hunalign")
    parser.add_argument("--galechurch-python")
    parser.add_argument("--show", action="store_true", help="print kztr's wrong pairs")
    arguments = parser.parse_args()
    from kztr.reuse.lexicon import stem_pairs

    learn_once()
    documents = un_documents(arguments.un, arguments.min_sentences)
    _, development = read_set(arguments.un, "devset")
    galechurch = ntrex.GaleChurch(arguments.galechurch_python) if arguments.galechurch_python else None
    for lang in arguments.lang:
        archive = [] if arguments.no_archive else stem_pairs(zip(development["ar"], development[lang], strict=True),
                                                              lang)
        with tempfile.TemporaryDirectory() as name:
            folder = Path(name)
            named = {"kztr": lambda case, units, sentences, archive=archive: ntrex.run_kztr(
                case, archive, shipped=not arguments.no_shipped_words)}
            if arguments.hunalign:
                named["hunalign"] = lambda case, units, sentences, folder=folder: ntrex.run_hunalign(
                    arguments.hunalign, units, sentences, folder)
            if galechurch is not None:
                named["galechurch"] = lambda case, units, sentences: galechurch(units, sentences)
            count, tallies = ntrex.measure(documents, lang, "all", folder, named, arguments.show)
        print(f"\nUN test set: {count} documents of {arguments.min_sentences}+ sentences; archive: {len(archive)} "
              f"development-set pairs")
        ntrex.report(lang, "UN", count, tallies)
    if galechurch is not None:
        galechurch.close()


if __name__ == "__main__":
    main()
