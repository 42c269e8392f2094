"""Measure the words that end no sentence, per language: the omission check's cut-off ending.

A translation cut short often ends on a word no sentence ends with (``Trabajo para una.``, ``Es gibt die.``, ``Sami
reached into his.``). Over FLORES-200's devtest set (NLLB Team et al. 2022, CC BY-SA 4.0; 1,012 sentences of
Wikinews, Wikivoyage and Wikibooks in each language, read from Helsinki-NLP's OPUS-MT-testsets: ``fetch
github:Helsinki-NLP/OPUS-MT-testsets``), a word (lower case, digits aside) is kept where it occurs in at least
``LEAST`` sentences and ends none of them: articles, prepositions, conjunctions, pronouns before their verb. The
languages are those kztr reads number words of and their neighbours (``LANGUAGES``); the lists are written to
``translate/kztr/data/non-final-words.tsv``.

    python benchmarks/flores_endings.py [--opus-testsets DIR]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from flores_corpus import DEFAULT_OPUS_TESTSETS, FOLDER
from parallel_corpus import read_git_file

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "translate" / "kztr" / "data" / "non-final-words.tsv"
LEAST = 100  # sentences a word must occur in (of 1,012): at 20, conversation ends on many (can, be, что: Не за что)
# kztr's language: FLORES-200's code
LANGUAGES = {"en": "eng_Latn", "ru": "rus_Cyrl", "fr": "fra_Latn", "es": "spa_Latn", "de": "deu_Latn",
             "it": "ita_Latn", "pt": "por_Latn", "pl": "pol_Latn", "nl": "nld_Latn", "sv": "swe_Latn",
             "da": "dan_Latn", "nb": "nob_Latn", "ca": "cat_Latn", "tr": "tur_Latn", "uk": "ukr_Cyrl",
             "be": "bel_Cyrl", "id": "ind_Latn", "cs": "ces_Latn", "sk": "slk_Latn", "sl": "slv_Latn",
             "hr": "hrv_Latn", "sr": "srp_Cyrl", "bg": "bul_Cyrl", "ro": "ron_Latn", "hu": "hun_Latn",
             "fi": "fin_Latn", "el": "ell_Grek", "lt": "lit_Latn", "lv": "lvs_Latn", "et": "est_Latn"}
TOKEN = re.compile(r"\w+(?:['’]\w+)*")  # the words of kztr.checks.length.last_word


def non_final(repository: Path, code: str) -> list[str]:
    """The words of one language that occur in ``LEAST`` of FLORES-200's sentences or more and end none."""
    occurs: Counter = Counter()
    ends: Counter = Counter()
    for line in read_git_file(repository, f"{FOLDER}/devtest/{code}.devtest"):
        words = [word.casefold() for word in TOKEN.findall(line)]
        occurs.update(set(words))
        if words:
            ends[words[-1]] += 1
    return sorted(word for word, count in occurs.items()
                  if count >= LEAST and not ends[word] and not any(char.isdigit() for char in word))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--opus-testsets", type=Path, default=DEFAULT_OPUS_TESTSETS)
    args = parser.parse_args()
    lines = ["# Words that end no sentence, per language: in at least 100 of FLORES-200's 1,012 devtest sentences,",
             "# ending none (benchmarks/flores_endings.py). Derived from FLORES-200 (NLLB Team et al. 2022,",
             "# https://github.com/facebookresearch/flores), CC BY-SA 4.0.",
             "# language<TAB>words, space-separated"]
    for language, code in sorted(LANGUAGES.items()):
        words = non_final(args.opus_testsets, code)
        lines.append(f"{language}\t{' '.join(words)}")
        print(f"{language}: {len(words)} words")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
