"""TICO-19 as a kztr project: Arabic sources, English and Russian catalogs (issue 17, round 4).

TICO-19, the Translation Initiative for COVID-19 (Anastasopoulos et al.,
"TICO-19: the Translation Initiative for COvid-19", NLP-COVID19 workshop,
EMNLP 2020; https://tico-19.github.io, CC0 1.0) is 3,071 English sentences of
30 documents about COVID-19 — Wikipedia articles, PubMed papers, Wikinews
reports, Wikisource, Wikivoyage, CMU's medical phrases — translated by
professional translators (Translators without Borders and others) into 37
languages, Arabic and Russian among them. Here the Arabic is the source and
the English (the original) and the Russian its translations: both the Arabic
and the Russian were translated from the English, so a difference can be
either side's. Read from the project's public site repository
(``fetch github:tico-19/tico-19.github.io``): its translation memories
``data/TM/all.en-ar.tmx.zip`` and ``data/TM/all.en-ru.tmx.zip`` hold every
sentence (dev and test) with its id (``PubMed_8:17``: document and place)
and its document's address.

A document is one id prefix, its sentences in order. The documents are split
in two halves before anything is looked at, in order of first appearance,
alternately: ``tuning`` (even positions, 16 documents, 1,432 sentences) and
``held-out`` (odd positions, 15 documents, 1,639 sentences), the half that is
measured once with the code frozen (benchmarks/RESULTS.md).

    python benchmarks/tico_corpus.py --half held-out --out DIR [--markdown]
"""

from __future__ import annotations

import argparse
import io
import subprocess
import zipfile
from pathlib import Path

from defusedxml import ElementTree
from parallel_corpus import Line
from parallel_corpus import build_half as build_corpus_half

DEFAULT_TICO = Path("/work/.mirror/tico-19+tico-19.github.io/repo")  # what `fetch` gave this session
MEMORIES = {"ar": "data/TM/all.en-ar.tmx.zip", "ru": "data/TM/all.en-ru.tmx.zip"}
HALVES = ("tuning", "held-out")
ATTRIBUTION = ("Derived from TICO-19, the Translation Initiative for COVID-19 (Anastasopoulos et al., 2020, "
               "https://tico-19.github.io), CC0 1.0.")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_memory(repository: Path, path: str) -> dict[str, dict[str, str]]:
    """A zipped TMX of the repository: {tuid: {language: text}}, in the file's order."""
    if (repository / path).is_file():
        data = (repository / path).read_bytes()
    else:
        data = subprocess.run(["git", "--git-dir", str(repository), "show", f"HEAD:{path}"], capture_output=True,
                              check=True).stdout
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        name = next(name for name in archive.namelist() if name.endswith(".tmx"))
        root = ElementTree.fromstring(archive.read(name))
    units: dict[str, dict[str, str]] = {}
    for unit in root.iter("tu"):
        units[unit.get("tuid")] = {variant.get(XML_LANG): "".join(variant.find("seg").itertext())
                                   for variant in unit.iter("tuv")}
    return units


def read_tico(repository: Path) -> list[Line]:
    """Every sentence: Arabic, English and Russian, numbered in the memories' order."""
    arabic, russian = (read_memory(repository, MEMORIES[language]) for language in ("ar", "ru"))
    assert list(arabic) == list(russian)
    lines = []
    for number, (tuid, texts) in enumerate(arabic.items(), start=1):
        assert texts["en"] == russian[tuid]["en"], tuid
        lines.append(Line(number, tuid.split(":")[0], texts["ar"], {"en": texts["en"], "ru": russian[tuid]["ru"]}))
    return lines


def build_half(repository: Path, half: str, out: Path, markdown: bool = False) -> dict:
    """A half of TICO-19 as a kztr project in ``out`` (replaced); returns what it holds."""
    return build_corpus_half(read_tico(repository), half, out, "TICO-19", ATTRIBUTION, ("en", "ru"), markdown)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tico", type=Path, default=DEFAULT_TICO, help="the site repository's checkout or git "
                        "directory")
    parser.add_argument("--half", choices=HALVES, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--markdown", action="store_true", help="Markdown sources (.md) instead of text")
    args = parser.parse_args()
    print(build_half(args.tico, args.half, args.out, args.markdown))


if __name__ == "__main__":
    main()
