"""NTREX-128 as a kztr project: Arabic sources, English and Russian catalogs of real translations.

NTREX-128 (Federmann, Kocmi and Xin, 2022; https://github.com/MicrosoftTranslator/NTREX,
CC BY-SA 4.0) is 1,997 sentences of English news (WMT 2019's test set, 123
documents) with professional translations into 128 languages. Here the Arabic
(``arb``) is the source and the English original (``src.eng``) and the
Russian (``rus``) are its translations: every pair is a real human
translation of the same sentence, written by nobody here.

The corpus is split by document, before any finding is looked at: documents
in order of first appearance, even positions the TUNING half (62
documents), odd positions the HELD-OUT half (61 documents). Checks are tuned
on the tuning half only; the figures that decide are the held-out half's.

One document is one source file (its NTREX lines, one a line, so each is a
block; the first is the headline). kztr extract cuts the units; a line
kztr cuts into several sentences gets its translation cut the way kztr's
merge cuts one (``split_translation``), or stays untranslated when its
sentences do not correspond (counted).

    python benchmarks/ntrex_corpus.py --ntrex DIR --half tuning --out DIR
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_NTREX = Path("/work/.mirror/MicrosoftTranslator+NTREX/repo")  # what `fetch` gave this session
LANGUAGES = {"en": "NTREX-128/newstest2019-src.eng.txt", "ru": "NTREX-128/newstest2019-ref.rus.txt"}
ARABIC = "NTREX-128/newstest2019-ref.arb.txt"
HALVES = ("tuning", "held-out")
ATTRIBUTION = ("Derived from NTREX-128 (Federmann, Kocmi and Xin 2022, "
               "https://github.com/MicrosoftTranslator/NTREX), CC BY-SA 4.0; "
               "the English is WMT 2019's news test set.")


@dataclass(frozen=True)
class Line:
    """One NTREX line: its number (1-based), document, Arabic and translations."""

    number: int
    document: str
    arabic: str
    translations: dict[str, str]


def read_file(ntrex: Path, path: str) -> list[str]:
    """A file of the NTREX repository: from a checkout, or from a (bare) git directory."""
    if (ntrex / path).is_file():
        return (ntrex / path).read_text(encoding="utf-8").splitlines()
    done = subprocess.run(["git", "--git-dir", str(ntrex), "show", f"HEAD:{path}"], capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8").splitlines()


def read_ntrex(ntrex: Path) -> list[Line]:
    documents = read_file(ntrex, "DOCUMENT_IDS.tsv")
    arabic = read_file(ntrex, ARABIC)
    others = {language: read_file(ntrex, path) for language, path in LANGUAGES.items()}
    assert len(documents) == len(arabic) and all(len(lines) == len(arabic) for lines in others.values())
    return [Line(index + 1, documents[index].split("\t")[0], arabic[index],
                 {language: lines[index] for language, lines in others.items()})
            for index in range(len(arabic))]


def split_documents(lines: list[Line]) -> dict[str, list[str]]:
    """The two halves: documents in order of first appearance, alternately."""
    order = list(dict.fromkeys(line.document for line in lines))
    return {"tuning": order[0::2], "held-out": order[1::2]}


def document_id(document: str) -> str:
    return document.replace(".", "-")


def kztr(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kztr", *args, "--project", str(project)], capture_output=True,
                          text=True, check=False)


def build_project(ntrex: Path, half: str, out: Path, markdown: bool = False) -> dict:
    """The half as a kztr project in ``out`` (replaced); returns what it holds."""
    from kztr.po.catalog import read_catalog
    from kztr.po.pofile import generate_po
    from kztr.reuse.pairing import split_translation

    lines = read_ntrex(ntrex)
    wanted = split_documents(lines)[half]
    if out.exists():
        shutil.rmtree(out)
    (out / "source").mkdir(parents=True)
    (out / "kztr.toml").write_text(f'source-language = "ar"\nproject = "NTREX-128 {half}"\n', encoding="utf-8")
    (out / "NOTICE").write_text(ATTRIBUTION + "\n", encoding="utf-8")
    suffix = ".md" if markdown else ".txt"
    by_document: dict[str, list[Line]] = {}
    for line in lines:
        if line.document in wanted:
            by_document.setdefault(line.document, []).append(line)
    for document, members in by_document.items():
        separator = "\n\n" if markdown else "\n"
        text = separator.join(line.arabic for line in members) + "\n"
        (out / "source" / f"{document_id(document)}{suffix}").write_text(text, encoding="utf-8")
    for language in LANGUAGES:
        (out / "locales" / language / "LC_MESSAGES").mkdir(parents=True)
        done = kztr(out, "init", "--lang", language)
        assert done.returncode == 0, done.stderr
    untranslated = 0
    units = 0
    for document, members in by_document.items():
        for language in LANGUAGES:
            path = out / "locales" / language / "LC_MESSAGES" / f"{document_id(document)}.po"
            catalog = read_catalog(path)
            by_line: dict[int, list] = {}
            for entry in catalog.entries:
                if entry.msgid:
                    for reference in entry.references:
                        by_line.setdefault(int(reference.rsplit(":", 1)[1]), []).append(entry.msgid)
            texts: dict[str, str] = {}
            for line_number, msgids in by_line.items():
                line = members[_line_index(line_number, markdown)]
                translation = " ".join(line.translations[language].split())
                if len(msgids) == 1:
                    texts.setdefault(msgids[0], translation)
                else:
                    pieces = split_translation(translation, msgids)
                    if pieces is not None:
                        for msgid, piece in zip(msgids, pieces):
                            texts.setdefault(msgid, piece)
            entries = []
            for entry in catalog.entries:
                if entry.msgid:
                    units += 1
                    if entry.msgid not in texts:
                        untranslated += 1
                entries.append(replace(entry, msgstr=texts.get(entry.msgid, "")) if entry.msgid else entry)
            path.write_text(generate_po(replace(catalog, entries=tuple(entries))), encoding="utf-8")
    return {"documents": len(by_document), "lines": sum(len(members) for members in by_document.values()),
            "units": units, "untranslated": untranslated}


def _line_index(line_number: int, markdown: bool) -> int:
    """The NTREX line of a source line (Markdown sources have a blank line between)."""
    return (line_number - 1) // 2 if markdown else line_number - 1


def ntrex_line(project: Path, reference: str) -> int:
    """The NTREX line number of a unit's reference ``source/<doc>.txt:<line>``."""
    path, _, number = reference.rpartition(":")
    markdown = path.endswith(".md")
    first = _first_lines(project)[Path(path).stem]
    return first + _line_index(int(number), markdown)


_FIRSTS: dict[Path, dict[str, int]] = {}


def _first_lines(project: Path) -> dict[str, int]:
    if project not in _FIRSTS:
        import json

        _FIRSTS[project] = json.loads((project / "first-lines.json").read_text())
    return _FIRSTS[project]


def write_first_lines(ntrex: Path, project: Path) -> None:
    """Where each document starts in NTREX, so a finding names its NTREX line."""
    import json

    first: dict[str, int] = {}
    for line in read_ntrex(ntrex):
        first.setdefault(document_id(line.document), line.number)
    (project / "first-lines.json").write_text(json.dumps(first, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ntrex", type=Path, default=DEFAULT_NTREX, help="NTREX checkout or git directory")
    parser.add_argument("--half", choices=HALVES, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--markdown", action="store_true", help="Markdown sources (.md) instead of text")
    args = parser.parse_args()
    made = build_project(args.ntrex, args.half, args.out, args.markdown)
    write_first_lines(args.ntrex, args.out)
    print(made)


if __name__ == "__main__":
    main()
