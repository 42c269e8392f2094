"""A parallel corpus as a kztr project: Arabic sources, one catalog per language of real translations.

Used by the check benchmarks on real translations (real_check.py) for
NTREX-128 (ntrex_corpus.py) and the United Nations Parallel Corpus test set
(un_corpus.py). A corpus is a list of ``Line``: one Arabic sentence or
paragraph, its document, and its translations. One document is one source
file (its lines, one a line, so each is a block; the first is the
headline); kztr extract cuts the units, and a line kztr cuts into several
sentences gets its translation cut the way kztr's merge cuts one
(``split_translation``), or stays untranslated when its sentences do not
correspond (counted). ``lines.json`` maps each document's source lines back
to the corpus's line numbers, so a finding names the corpus line it is on.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Line:
    """One corpus line: its number in the corpus files (1-based), document, Arabic and translations."""

    number: int
    document: str
    arabic: str
    translations: dict[str, str]


def split_documents(lines: list[Line]) -> dict[str, list[str]]:
    """Two halves (tuning, held-out) by document: documents in order of first appearance, alternately."""
    order = list(dict.fromkeys(line.document for line in lines))
    return {"tuning": order[0::2], "held-out": order[1::2]}


def read_git_text(repository: Path, path: str) -> str:
    """A file of a repository: from a checkout, or from a (bare) git directory."""
    if (repository / path).is_file():
        return (repository / path).read_text(encoding="utf-8")
    done = subprocess.run(["git", "--git-dir", str(repository), "show", f"HEAD:{path}"], capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8")


def read_git_file(repository: Path, path: str) -> list[str]:
    """``read_git_text``'s lines."""
    return read_git_text(repository, path).splitlines()


def line_pairs(repository: Path, arabic_path: str, translation_path: str, document: str,
               language: str) -> list[Line]:
    """Two files of one line a sentence, line i of one the translation of line i of the other, as one document's
    lines numbered as in the files (1-based)."""
    arabic = read_git_file(repository, arabic_path)
    translations = read_git_file(repository, translation_path)
    assert len(arabic) == len(translations), (len(arabic), len(translations))
    return [Line(index + 1, document, " ".join(source.split()), {language: translation})
            for index, (source, translation) in enumerate(zip(arabic, translations, strict=True))]


def document_id(document: str) -> str:
    """A file stem for a corpus document (newstest2019.1 and 2015/s/2015/305 alike)."""
    return document.replace(".", "-").replace("/", "-")


def kztr(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kztr", *args, "--project", str(project)], capture_output=True,
                          text=True, check=False)


def build_half(lines: list[Line], half: str, out: Path, name: str, attribution: str, languages: tuple[str, ...],
               markdown: bool = False) -> dict:
    """One half of a corpus (``split_documents``) as a kztr project in ``out`` (replaced), named ``name half``."""
    wanted = set(split_documents(lines)[half])
    return build_project([line for line in lines if line.document in wanted], out, f"{name} {half}", attribution,
                         languages, markdown)


def build_project(lines: list[Line], out: Path, name: str, attribution: str, languages: tuple[str, ...],
                  markdown: bool = False) -> dict:
    """The lines as a kztr project in ``out`` (replaced), documents in order of first appearance, each
    document's lines in the order given; returns what it holds."""
    from kztr.po.catalog import read_catalog
    from kztr.po.pofile import generate_po
    from kztr.reuse.pairing import split_translation

    if out.exists():
        shutil.rmtree(out)
    (out / "source").mkdir(parents=True)
    (out / "kztr.toml").write_text(f'source-language = "ar"\nproject = "{name}"\n', encoding="utf-8")
    (out / "NOTICE").write_text(attribution + "\n", encoding="utf-8")
    suffix = ".md" if markdown else ".txt"
    by_document: dict[str, list[Line]] = {}
    for line in lines:
        by_document.setdefault(line.document, []).append(line)
    for document, members in by_document.items():
        separator = "\n\n" if markdown else "\n"
        text = separator.join(line.arabic for line in members) + "\n"
        (out / "source" / f"{document_id(document)}{suffix}").write_text(text, encoding="utf-8")
    (out / "lines.json").write_text(json.dumps(
        {document_id(document): [line.number for line in members] for document, members in by_document.items()},
        sort_keys=True) + "\n", encoding="utf-8")
    for language in languages:
        (out / "locales" / language / "LC_MESSAGES").mkdir(parents=True)
        done = kztr(out, "init", "--lang", language)
        assert done.returncode == 0, done.stderr
    untranslated = units = 0
    for document, members in by_document.items():
        for language in languages:
            path = out / "locales" / language / "LC_MESSAGES" / f"{document_id(document)}.po"
            if not path.exists():
                continue  # kztr init skipped the document: its "Arabic" has no Arabic letters
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
                        for msgid, piece in zip(msgids, pieces, strict=True):
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


def builder_main(doc: str, option: str, default: Path, build) -> None:
    """The command line of a corpus builder: ``--<option> REPOSITORY --out DIR [--markdown]``."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument(f"--{option}", type=Path, default=default, dest="repository",
                        help="the repository's checkout or git directory")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--markdown", action="store_true", help="Markdown sources (.md) instead of text")
    args = parser.parse_args()
    print(build(args.repository, args.out, args.markdown))


def _line_index(line_number: int, markdown: bool) -> int:
    """The document's line of a source line (Markdown sources have a blank line between)."""
    return (line_number - 1) // 2 if markdown else line_number - 1


_LINES: dict[Path, dict[str, list[int]]] = {}


def corpus_line(project: Path, reference: str) -> int:
    """The corpus line number of a unit's reference ``source/<doc>.txt:<line>``."""
    if project not in _LINES:
        _LINES[project] = json.loads((project / "lines.json").read_text())
    path, _, number = reference.rpartition(":")
    return _LINES[project][Path(path).stem][_line_index(int(number), path.endswith(".md"))]
