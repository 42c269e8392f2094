"""Tatoeba's Arabic–French, –Spanish, –German, –Italian, –Turkish and –Greek test sets as kztr projects (issue 17).

The Tatoeba Translation Challenge's test sets (Tiedemann, WMT 2020; https://tatoeba.org, CC BY 2.0 FR), read from
Helsinki-NLP's OPUS-MT-testsets (``fetch github:Helsinki-NLP/OPUS-MT-testsets``) as tatoeba_ru_corpus.py reads the
Russian; nothing of Tatoeba is stored here. Each was a corpus no rule of kztr check had been tuned on when it was
first measured:

* ``fr``: ``ara-fra/tatoeba-test-v2021-08-07`` (round 10): 1,569 Arabic sentences and their French translations by
  Tatoeba's volunteers, 1,474 distinct Arabic sentences, 149 of them also in the Arabic–Russian set and 39 in round
  7's Arabic–English one;
* ``es``: ``ara-spa/tatoeba-test-v2021-08-07`` (round 11): the Arabic and Spanish pairs of the same challenge;
* ``de``: ``ara-deu/tatoeba-test-v2021-08-07`` (round 11, second measurement): its Arabic and German pairs;
* ``it``: ``ara-ita/tatoeba-test-v2021-08-07``: its Arabic and Italian pairs (235: too few to measure on);
* ``tr``: ``ara-tur/tatoeba-test-v2021-08-07`` (round 12): its Arabic and Turkish pairs;
* ``el``: ``ara-ell/tatoeba-test-v2021-08-07`` (round 12, second measurement): its Arabic and Greek pairs.

    python benchmarks/tatoeba_corpora.py --lang fr|es|de|it|tr|el --out DIR [--markdown]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from parallel_corpus import build_project
from tatoeba_ru_corpus import ATTRIBUTION, DEFAULT_OPUS_TESTSETS, read_pairs

CODES = {"fr": "fra", "es": "spa", "de": "deu", "it": "ita", "tr": "tur", "el": "ell"}  # kztr's language: Tatoeba's


def build(repository: Path, out: Path, language: str, markdown: bool = False) -> dict:
    """A test set as a kztr project in ``out`` (replaced); returns what it holds."""
    code = CODES[language]
    return build_project(read_pairs(repository, language, code), out, f"Tatoeba ara-{code}", ATTRIBUTION,
                         (language,), markdown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--opus-testsets", type=Path, default=DEFAULT_OPUS_TESTSETS)
    parser.add_argument("--lang", choices=sorted(CODES), required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--markdown", action="store_true", help="Markdown sources (.md) instead of text")
    args = parser.parse_args()
    print(build(args.opus_testsets, args.out, args.lang, args.markdown))


if __name__ == "__main__":
    main()
