"""NTREX-128 as a kztr project: Arabic sources, English and Russian catalogs of real translations.

NTREX-128 (Federmann, Kocmi and Xin, 2022; https://github.com/MicrosoftTranslator/NTREX,
CC BY-SA 4.0) is 1,997 sentences of English news (WMT 2019's test set, 123
documents) with professional translations into 128 languages. Here the Arabic
(``arb``) is the source and the English original (``src.eng``) and the
Russian (``rus``) are its translations: every pair is a real human
translation of the same sentence, written by nobody here.

The corpus is split by document: documents in order of first appearance,
even positions the TUNING half (62 documents), odd positions the HELD-OUT
half (61 documents). The checks were first tuned on the tuning half and
measured once on the held-out half; since that reading both halves are
tuning data, and the figure that decides is the United Nations corpus's
(un_corpus.py), which nothing was tuned on.

One document is one source file (its NTREX lines, one a line): see
parallel_corpus.py.

    python benchmarks/ntrex_corpus.py --ntrex DIR --half tuning --out DIR
"""

from __future__ import annotations

import argparse
from pathlib import Path

from parallel_corpus import Line, read_git_file
from parallel_corpus import build_half as build_corpus_half

DEFAULT_NTREX = Path("/work/.mirror/MicrosoftTranslator+NTREX/repo")  # what `fetch` gave this session
LANGUAGES = {"en": "NTREX-128/newstest2019-src.eng.txt", "ru": "NTREX-128/newstest2019-ref.rus.txt"}
ARABIC = "NTREX-128/newstest2019-ref.arb.txt"
HALVES = ("tuning", "held-out")
ATTRIBUTION = ("Derived from NTREX-128 (Federmann, Kocmi and Xin 2022, "
               "https://github.com/MicrosoftTranslator/NTREX), CC BY-SA 4.0; "
               "the English is WMT 2019's news test set.")
read_file = read_git_file


def read_ntrex(ntrex: Path) -> list[Line]:
    documents = read_file(ntrex, "DOCUMENT_IDS.tsv")
    arabic = read_file(ntrex, ARABIC)
    others = {language: read_file(ntrex, path) for language, path in LANGUAGES.items()}
    assert len(documents) == len(arabic) and all(len(lines) == len(arabic) for lines in others.values())
    return [Line(index + 1, documents[index].split("\t")[0], arabic[index],
                 {language: lines[index] for language, lines in others.items()})
            for index in range(len(arabic))]


def build_half(ntrex: Path, half: str, out: Path, markdown: bool = False) -> dict:
    """A half of NTREX as a kztr project in ``out`` (replaced); returns what it holds."""
    return build_corpus_half(read_ntrex(ntrex), half, out, "NTREX-128", ATTRIBUTION, tuple(LANGUAGES), markdown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ntrex", type=Path, default=DEFAULT_NTREX, help="NTREX checkout or git directory")
    parser.add_argument("--half", choices=HALVES, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--markdown", action="store_true", help="Markdown sources (.md) instead of text")
    args = parser.parse_args()
    print(build_half(args.ntrex, args.half, args.out, args.markdown))


if __name__ == "__main__":
    main()
