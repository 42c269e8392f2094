"""The United Nations Parallel Corpus test set (or development set) as a kztr project: Arabic sources,
English and Russian catalogs.

The United Nations Parallel Corpus v1.0 (Ziemski, Junczys-Dowmunt and
Pouliquen, LREC 2016) is the official documents of the United Nations in its
six languages, each translated by the UN's translators. Its test set is
4,000 sentences of 731 documents of 2015 (General Assembly, Security
Council, ECOSOC, treaty bodies, the NPT review conference…), aligned across
the six languages. Here the Arabic is the source and the English and the
Russian its translations (most UN documents are written in English and
translated into the other languages, so a difference can be either side's).
Terms of use: the corpus's DISCLAIMER (free to use, "no other restrictions
apply"; the United Nations is to be acknowledged as the source and the
LREC 2016 paper cited). Read from a public copy of the test-set archive
(github.com/WillSkywalker/verbos-direccionales, testsets/), byte for byte
the UN's UNv1.0.testsets files with their README and DISCLAIMER.

The test set was measured once with the code frozen (round 2), then tuned on
(round 3). The development set of the same archive (4,000 sentences of other
2015 documents; ``--set devset``) was kept unseen until the code was frozen
again for round 3 (see benchmarks/RESULTS.md).

A document is one source file: its test-set sentences in the Arabic's order
(the ``.ids`` file gives each sentence's paragraph and place in every
language). See parallel_corpus.py.

    python benchmarks/un_corpus.py --out DIR [--set devset] [--markdown]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from parallel_corpus import Line, build_project, read_git_file

DEFAULT_UN = Path("/work/.mirror/WillSkywalker+verbos-direccionales/repo/.git")  # what `fetch` gave this session
FOLDERS = {"testset": "testsets/testset/UNv1.0.testset", "devset": "testsets/devset/UNv1.0.devset"}
LANGUAGES = ("en", "ru")
ATTRIBUTION = ("Derived from the United Nations Parallel Corpus v1.0 test and development sets (Ziemski, "
               "Junczys-Dowmunt and Pouliquen, The United Nations Parallel Corpus, LREC 2016); "
               "source: the United Nations. "
               "Made available without warranty of any kind; see the corpus's DISCLAIMER.")


def read_un(repository: Path, which: str = "testset") -> list[Line]:
    """The set's lines, each document's in the order of its Arabic paragraphs and sentences."""
    folder = FOLDERS[which]
    ids = read_git_file(repository, f"{folder}.ids")
    arabic = read_git_file(repository, f"{folder}.ar")
    others = {language: read_git_file(repository, f"{folder}.{language}") for language in LANGUAGES}
    assert len(ids) == len(arabic) and all(len(lines) == len(arabic) for lines in others.values())
    lines, places = [], {}
    for index, row in enumerate(ids):
        document, *positions = row.split()
        where = dict(position.split(":", 1) for position in positions)
        places[index] = tuple(int(part) for part in where["ar"].split(":"))
        lines.append(Line(index + 1, document, arabic[index], {language: others[language][index]
                                                               for language in LANGUAGES}))
    order = {document: rank for rank, document in enumerate(dict.fromkeys(line.document for line in lines))}
    return sorted(lines, key=lambda line: (order[line.document], places[line.number - 1], line.number))


def build(repository: Path, out: Path, markdown: bool = False, which: str = "testset") -> dict:
    title = {"testset": "test set", "devset": "development set"}[which]
    return build_project(read_un(repository, which), out, f"UN Parallel Corpus v1.0 {title}", ATTRIBUTION,
                         LANGUAGES, markdown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--un", type=Path, default=DEFAULT_UN, help="the archive's checkout or git directory")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--set", dest="which", choices=tuple(FOLDERS), default="testset")
    parser.add_argument("--markdown", action="store_true", help="Markdown sources (.md) instead of text")
    args = parser.parse_args()
    print(build(args.un, args.out, args.markdown, args.which))


if __name__ == "__main__":
    main()
