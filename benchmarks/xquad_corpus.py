"""XQuAD as a kztr project: Arabic sources, English and Russian catalogs (issue 17, round 5).

XQuAD, the Cross-lingual Question Answering Dataset (Artetxe, Ruder and
Yogatama, "On the Cross-lingual Transferability of Monolingual
Representations", ACL 2020; https://github.com/google-deepmind/xquad,
CC BY-SA 4.0), is 240 paragraphs of 48 English Wikipedia articles (SQuAD
v1.1's development set: Super Bowl 50, the Normans, Nikola Tesla, the
Amazon rainforest, Genghis Khan…) and their 1,190 questions, translated by
professional translators into ten languages, Arabic and Russian among them.
Here the Arabic is the source and the English (the original) and the Russian
its translations: the Arabic and the Russian were both translated from the
English, so a difference can be either side's. Read from the repository
(``fetch github:google-deepmind/xquad``): ``xquad.ar.json``,
``xquad.en.json``, ``xquad.ru.json``, parallel article by article, paragraph
by paragraph and question by question (the same question ids).

One document is one article (its title, ``Super_Bowl_50``); its lines are
each paragraph followed by its questions, one a line, so that each is a
block. Numbered in the files' order (article, paragraph, then its
questions), 1,430 lines. A paragraph kztr cuts into sentences gets its
translation cut the way kztr's merge cuts one, and stays untranslated where
the translation's sentences do not correspond (parallel_corpus.py): the
paragraphs are translated sentence by sentence, so most of them split, and a
finding names a unit that is a real translation of its source. The whole
corpus is measured: nothing here was tuned on it (benchmarks/RESULTS.md,
round 5).

    python benchmarks/xquad_corpus.py --out DIR [--markdown]
"""

from __future__ import annotations

import json
from pathlib import Path

from parallel_corpus import Line, build_project, builder_main, read_git_text

DEFAULT_XQUAD = Path("/work/.mirror/google-deepmind+xquad/repo")  # what `fetch` gave this session
FILES = {"ar": "xquad.ar.json", "en": "xquad.en.json", "ru": "xquad.ru.json"}
ATTRIBUTION = ("Derived from XQuAD (Artetxe, Ruder and Yogatama 2020, https://github.com/google-deepmind/xquad), "
               "CC BY-SA 4.0; the English is SQuAD v1.1 (Rajpurkar et al. 2016), from Wikipedia.")


def read_xquad(repository: Path) -> list[Line]:
    """Every paragraph and question: Arabic, English and Russian, numbered in the files' order."""
    data = {language: json.loads(read_git_text(repository, path))["data"] for language, path in FILES.items()}
    lines: list[Line] = []
    for articles in zip(data["ar"], data["en"], data["ru"], strict=True):
        document = articles[1]["title"]
        for paragraphs in zip(*(article["paragraphs"] for article in articles), strict=True):
            texts = [[paragraph["context"]] for paragraph in paragraphs]
            questions = [{qa["id"]: qa["question"] for qa in paragraph["qas"]} for paragraph in paragraphs]
            assert list(questions[0]) == list(questions[1]) == list(questions[2]), document
            for text, asked in zip(texts, questions, strict=True):
                text.extend(asked.values())
            for arabic, english, russian in zip(*texts, strict=True):
                lines.append(Line(len(lines) + 1, document, " ".join(arabic.split()),
                                  {"en": english, "ru": russian}))
    return lines


def build(repository: Path, out: Path, markdown: bool = False) -> dict:
    """XQuAD as a kztr project in ``out`` (replaced); returns what it holds."""
    return build_project(read_xquad(repository), out, "XQuAD", ATTRIBUTION, ("en", "ru"), markdown)


def main() -> None:
    builder_main(__doc__, "xquad", DEFAULT_XQUAD, build)


if __name__ == "__main__":
    main()
