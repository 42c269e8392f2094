"""Tatoeba's Arabic–Russian test set as a kztr project: Arabic source, a Russian catalog (issue 17, round 9).

The Tatoeba Translation Challenge (Tiedemann, "The Tatoeba Translation
Challenge – Realistic Data Sets for Low Resource and Multilingual MT", WMT
2020) keeps, for each language pair, a test set of Tatoeba's sentence pairs
(https://tatoeba.org, CC BY 2.0 FR): ``ara-rus/tatoeba-test-v2021-08-07``,
3,715 Arabic sentences and their Russian translations, line i of one the
translation of line i of the other, written and translated by Tatoeba's
volunteers. Read from the copy Helsinki-NLP's OPUS-MT-testsets keeps
(``fetch github:Helsinki-NLP/OPUS-MT-testsets``,
``datasets/helsinki_nlp/tatoeba/testsets``). Short conversational sentences,
not news, as round 7's Arabic–English set (LASER's), with which it shares 132
Arabic sentences; its Russian had not been read here. An Arabic sentence the
set gives twice (with two Russian translations) is one unit, translated as
its first line says.

The sentences are independent: the corpus is one document, a sentence a line
(parallel_corpus.py), numbered as in the files. Nothing of Tatoeba is stored
here. The whole set is measured, nothing having been tuned on it
(benchmarks/RESULTS.md, round 9).

    python benchmarks/tatoeba_ru_corpus.py --out DIR [--markdown]
"""

from __future__ import annotations

from pathlib import Path

from parallel_corpus import Line, build_project, builder_main, line_pairs

DEFAULT_OPUS_TESTSETS = Path("/work/.mirror/Helsinki-NLP+OPUS-MT-testsets/repo")  # what `fetch` gave this session
ATTRIBUTION = ("Derived from the Tatoeba Translation Challenge's test set v2021-08-07 (Tiedemann 2020, as kept in "
               "https://github.com/Helsinki-NLP/OPUS-MT-testsets); the sentences are Tatoeba's "
               "(https://tatoeba.org), CC BY 2.0 FR.")


def read_pairs(repository: Path, language: str, code: str) -> list[Line]:
    """Every pair of the Arabic and ``language`` (``code`` as Tatoeba names it: rus, fra), numbered as in the
    files (1-based)."""
    folder = f"datasets/helsinki_nlp/tatoeba/testsets/ara-{code}/tatoeba-test-v2021-08-07"
    return line_pairs(repository, f"{folder}.ara", f"{folder}.{code}", f"tatoeba-ara-{code}", language)


def build(repository: Path, out: Path, markdown: bool = False) -> dict:
    """The test set as a kztr project in ``out`` (replaced); returns what it holds."""
    return build_project(read_pairs(repository, "ru", "rus"), out, "Tatoeba ara-rus", ATTRIBUTION, ("ru",), markdown)


def main() -> None:
    builder_main(__doc__, "opus-testsets", DEFAULT_OPUS_TESTSETS, build)


if __name__ == "__main__":
    main()
