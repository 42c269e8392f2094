"""Tatoeba's Arabic–French test set as a kztr project: Arabic source, a French catalog (issue 17, round 10).

The Tatoeba Translation Challenge's test set ``ara-fra/tatoeba-test-v2021-08-07``
(Tiedemann, WMT 2020; https://tatoeba.org, CC BY 2.0 FR): 1,569 Arabic
sentences and their French translations by Tatoeba's volunteers, read from
Helsinki-NLP's OPUS-MT-testsets (``fetch github:Helsinki-NLP/OPUS-MT-testsets``)
as tatoeba_ru_corpus.py reads the Russian. A target language no rule of kztr
check was written or tuned for: 1,474 distinct Arabic sentences, 149 of them
also in the Arabic–Russian set and 39 in round 7's Arabic–English one; the
French had not been read here. Nothing of Tatoeba is stored here.

    python benchmarks/tatoeba_fr_corpus.py --out DIR [--markdown]
"""

from __future__ import annotations

from pathlib import Path

from parallel_corpus import build_project, builder_main
from tatoeba_ru_corpus import ATTRIBUTION, DEFAULT_OPUS_TESTSETS, read_pairs


def build(repository: Path, out: Path, markdown: bool = False) -> dict:
    """The test set as a kztr project in ``out`` (replaced); returns what it holds."""
    return build_project(read_pairs(repository, "fr", "fra"), out, "Tatoeba ara-fra", ATTRIBUTION, ("fr",), markdown)


def main() -> None:
    builder_main(__doc__, "opus-testsets", DEFAULT_OPUS_TESTSETS, build)


if __name__ == "__main__":
    main()
