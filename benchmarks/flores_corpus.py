"""FLORES-200's devtest set as a kztr project: Arabic sources, English and Russian catalogs (issue 17, round 8), or
one language's alone (real_check.py's corpora ``flores-uk``, ``flores-fr``, ``flores-id`` and ``flores-ca``: round
13's fresh corpora; ``flores-pl``, ``flores-de``, ``flores-pt`` and ``flores-es``: round 14's).

FLORES-200 (NLLB Team et al., "No Language Left Behind: Scaling
Human-Centered Machine Translation", 2022; FLORES-101: Goyal et al., TACL
2022), CC BY-SA 4.0: 1,012 English sentences of Wikinews, Wikijunior and
Wikivoyage articles (three to five consecutive sentences of each of 281
articles), translated by professional translators into 200 languages.
Here the Arabic (``arb_Arab``, Modern Standard Arabic) is the source and the
English (the original) and the Russian (``rus_Cyrl``) its translations: the
Arabic and the Russian were both translated from the English, so a
difference can be either side's. Read from the copy that Helsinki-NLP's
OPUS-MT-testsets keeps (``fetch github:Helsinki-NLP/OPUS-MT-testsets``,
``datasets/facebook/flores/flores200_dataset``): ``devtest/<language>.devtest``,
line i of each the same sentence, and ``metadata_devtest.tsv`` (the article's
URL of each line).

One document is one article (the sentences sharing a URL), a sentence a
line, so that each is a block; lines are numbered as in the files. Nothing of
FLORES is stored here. The whole devtest set is measured, nothing having been
tuned on it (benchmarks/RESULTS.md, round 8).

    python benchmarks/flores_corpus.py --out DIR [--markdown]
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from parallel_corpus import Line, build_project, builder_main, read_git_file

DEFAULT_OPUS_TESTSETS = Path("/work/.mirror/Helsinki-NLP+OPUS-MT-testsets/repo")  # what `fetch` gave this session
FOLDER = "datasets/facebook/flores/flores200_dataset"
FILES = {"ar": "arb_Arab", "en": "eng_Latn", "ru": "rus_Cyrl", "uk": "ukr_Cyrl", "fr": "fra_Latn", "id": "ind_Latn",
         "ca": "cat_Latn", "pl": "pol_Latn", "de": "deu_Latn",
         "pt": "por_Latn", "es": "spa_Latn", "el": "ell_Grek", "tr": "tur_Latn",
         "nl": "nld_Latn", "it": "ita_Latn", "sv": "swe_Latn", "da": "dan_Latn",
         "sl": "slv_Latn", "ro": "ron_Latn", "cs": "ces_Latn",
         "sk": "slk_Latn", "hr": "hrv_Latn", "bg": "bul_Cyrl"}
LANGUAGES = ("en", "ru")  # the catalogs of the corpus ``flores``; ``flores-uk`` has Ukrainian's alone, ``flores-fr``
# French's, ``flores-id`` Indonesian's, ``flores-ca`` Catalan's (round 13); ``flores-pl`` Polish's, ``flores-de``
# German's (round 14); ``flores-pt`` Portuguese's, ``flores-es`` Spanish's (round 14, after its changes); ``flores-el``
# Greek's, ``flores-tr`` Turkish's, ``flores-nl`` Dutch's (round 15); ``flores-it`` Italian's, ``flores-sv``
# Swedish's (round 16)
ATTRIBUTION = ("Derived from FLORES-200's devtest set (NLLB Team et al. 2022; Goyal et al. 2022), CC BY-SA 4.0, "
               "as kept in https://github.com/Helsinki-NLP/OPUS-MT-testsets; the English is Wikinews', "
               "Wikijunior's and Wikivoyage's.")
MAX_NAME = 48


def document_name(url: str) -> str:
    """A file stem for an article's URL: its site and title, letters, digits and dashes.

    >>> document_name("https://en.wikinews.org/wiki/Toronto_team-led_research_on_Type_1_Diabetes_%27groundbreaking%27")
    'wikinews-Toronto-team-led-research-on-Type-1-Dia'
    """
    site = url.split("//", 1)[-1].split(".")[1] if "//" in url else "flores"
    title = unquote(url.rstrip("/").rsplit("/", 1)[-1])
    return f"{site}-{re.sub(r'[^A-Za-z0-9]+', '-', title).strip('-')}"[:MAX_NAME].rstrip("-")


def read_flores(repository: Path, languages: tuple[str, ...] = LANGUAGES) -> list[Line]:
    """Every sentence: Arabic and its ``languages``, numbered as in the files (1-based), by article."""
    texts = {language: read_git_file(repository, f"{FOLDER}/devtest/{FILES[language]}.devtest")
             for language in ("ar", *languages)}
    urls = [row.split("\t")[0] for row in read_git_file(repository, f"{FOLDER}/metadata_devtest.tsv")[1:]]
    assert len(urls) == len(texts["ar"]) and all(len(lines) == len(urls) for lines in texts.values())
    names: dict[str, str] = {}
    for url in urls:
        name = document_name(url)
        while name in names.values() and names.get(url) != name:
            name += "-x"
        names.setdefault(url, name)
    return [Line(index + 1, names[url], " ".join(texts["ar"][index].split()),
                 {language: texts[language][index] for language in languages}) for index, url in enumerate(urls)]


def build(repository: Path, out: Path, markdown: bool = False, languages: tuple[str, ...] = LANGUAGES) -> dict:
    """The devtest set as a kztr project in ``out`` (replaced), catalogs of ``languages``; returns what it holds."""
    return build_project(read_flores(repository, languages), out, "FLORES-200 devtest", ATTRIBUTION, languages,
                         markdown)


def main() -> None:
    builder_main(__doc__, "flores", DEFAULT_OPUS_TESTSETS, build)


if __name__ == "__main__":
    main()
