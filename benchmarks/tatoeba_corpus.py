"""Tatoeba's Arabic–English test set as a kztr project: Arabic source, an English catalog (issue 17, round 7).

The Tatoeba multilingual test set of LASER (Artetxe and Schwenk, "Massively
Multilingual Sentence Embeddings for Zero-Shot Cross-Lingual Transfer and
Beyond", TACL 2019; https://github.com/facebookresearch/LASER,
``data/tatoeba/v1``) holds, for each of 112 languages, 1,000 English sentences
of Tatoeba (https://tatoeba.org, dated 2018-11-17) and their translations:
``tatoeba.ara-eng.ara`` and ``tatoeba.ara-eng.eng``, line i of one the
translation of line i of the other. Tatoeba's sentences are CC BY 2.0 FR
(tatoeba.org's terms of use), written and translated by its volunteers:
short, conversational sentences (Sami earned good money.), not news. Here the
Arabic is the source and the English its translation, as with NTREX-128 and
XQuAD, where the English is the original. Arabic–English only: the Russian
set (``tatoeba.rus-eng``) has other English sentences (one in common), so no
Russian catalog is built.

The sentences are independent: the corpus is one document, a sentence a line
(so that each is a block; parallel_corpus.py), numbered as in the files.
Nothing of Tatoeba is stored here: the project is built from the repository
(``fetch github:facebookresearch/LASER``). The whole set is measured, nothing
having been tuned on it (benchmarks/RESULTS.md, round 7).

    python benchmarks/tatoeba_corpus.py --out DIR [--markdown]
"""

from __future__ import annotations

from pathlib import Path

from parallel_corpus import Line, build_project, builder_main, line_pairs

DEFAULT_LASER = Path("/work/.mirror/facebookresearch+LASER/repo")  # what `fetch` gave this session
ARABIC = "data/tatoeba/v1/tatoeba.ara-eng.ara"
ENGLISH = "data/tatoeba/v1/tatoeba.ara-eng.eng"
DOCUMENT = "tatoeba-ara-eng"
ATTRIBUTION = ("Derived from the Tatoeba test set of LASER (Artetxe and Schwenk 2019, "
               "https://github.com/facebookresearch/LASER, data/tatoeba/v1); the sentences are Tatoeba's "
               "(https://tatoeba.org), CC BY 2.0 FR.")


def read_tatoeba(repository: Path) -> list[Line]:
    """Every pair: the Arabic and its English, numbered as in the files (1-based)."""
    return line_pairs(repository, ARABIC, ENGLISH, DOCUMENT, "en")


def build(repository: Path, out: Path, markdown: bool = False) -> dict:
    """The test set as a kztr project in ``out`` (replaced); returns what it holds."""
    return build_project(read_tatoeba(repository), out, "Tatoeba ara-eng", ATTRIBUTION, ("en",), markdown)


def main() -> None:
    builder_main(__doc__, "laser", DEFAULT_LASER, build)


if __name__ == "__main__":
    main()
