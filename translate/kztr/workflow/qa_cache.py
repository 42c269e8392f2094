"""The per-unit findings of each catalog as the last ``kztr check`` or ``kztr status`` found them.

A reviewer runs ``kztr status`` again and again while translators save one
catalog at a time; checking every unit of an archive each time is most of
its run.  A catalog's per-unit findings are taken from here when nothing
that could change them has changed (those of a document or language the
project no longer has are deleted by the next run).  Their key is a hash of:

* the bytes of the catalog, and the path it is shown by;
* the bytes of every other catalog of the same document (the checks compare
  a unit with its translations into other languages, whichever languages the
  command was asked about);
* the bytes of the language's glossary, whether the source is Markdown;
* the checks asked for, the settings, and the code (kztr's files, the
  libraries, Python: ``cache.environment``).

The checks that read every catalog of a language at once (consistency,
names) always run.  The findings are the same as a run without the cache,
in the same order (a test says so).

Beside extract's cache, in the user's cache folder: a folder per project,
a file per catalog named after its key, so that a catalog whose key
changed costs no reading, and a run writes only the catalogs it checked.
A finding is kept as its entry's line, check, severity, message (and the
plural form it is about): the rest is the entry's, read again from the
catalog.  A damaged, foreign or unwritable file only means checking again,
and deleting the folder is always safe.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from kztr.config import Settings

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kztr.checks import Finding
    from kztr.model import Catalog

_FORMAT = 2
_KIND = "check"


def catalog_keys(settings: Settings, catalogs: list[tuple[str, str, str, str]], glossaries: dict[str, str],
                 markdown: set[str], only: tuple[str, ...],
                 evidence: Sequence[tuple[str, str, str, str]] = ()) -> dict[tuple[str, str], str]:
    """The key of each catalog of the run: (document, language, shown path, hash of its bytes); ``evidence``:
    the same documents' catalogs in other languages, read but not checked (their bytes are in the keys too)."""
    from kztr.workflow.cache import digest_text, environment

    shared = environment(settings, {"checks": list(only), "format": _FORMAT})
    by_document: dict[str, list[tuple[str, str]]] = {}
    for document, language, _, hashed in [*catalogs, *evidence]:
        by_document.setdefault(document, []).append((language, hashed))
    return {(document, language): digest_text(json.dumps(
                [shared, document, language, shown, hashed, glossaries.get(language, "-"), document in markdown,
                 sorted(by_document[document])]))
            for document, language, shown, hashed in catalogs}


def _folder(settings: Settings) -> Path:
    from kztr.workflow.cache import cache_path

    return cache_path(settings, _KIND).with_suffix("")


def _slot(document: str, language: str) -> str:
    from kztr.workflow.cache import digest

    return digest(f"{document}\t{language}".encode())[:16]


def recall(settings: Settings, document: str, language: str, shown: str, key: str,
           catalog: Catalog) -> tuple[Finding, ...] | None:
    """The catalog's per-unit findings under ``key``, or None when they are not remembered (or unreadable)."""
    from kztr.checks import make_finding

    path = _folder(settings) / f"{_slot(document, language)}-{key}.json"
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        entries = {entry.line: entry for entry in catalog.entries}
        return tuple(make_finding(entries[int(line)], str(check), str(severity), str(message), document, language,
                                  shown, None if form is None else str(form))
                     for line, check, severity, message, form in rows)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def forget_all_but(settings: Settings, alive: list[tuple[str, str]]) -> None:
    """Delete the remembered findings of every catalog but the project's (document, language) pairs: a deleted
    document or language leaves nothing behind. Whatever cannot be listed or deleted stays (it is never read)."""
    folder = _folder(settings)
    slots = {_slot(document, language) for document, language in alive}
    with contextlib.suppress(OSError):
        for path in folder.glob("*.json") if folder.is_dir() else ():
            if path.name.split("-", 1)[0] not in slots:
                path.unlink(missing_ok=True)


def remember(settings: Settings, checked: list[tuple[str, str, str, tuple[Finding, ...], Catalog]]) -> None:
    """Keep each checked catalog's per-unit findings under its key, (document, language, key, findings,
    catalog), and forget what those catalogs had before (the folder listed once, not once a catalog)."""
    from kztr.errors import WriteError
    from kztr.files import write_text

    folder = _folder(settings)
    with contextlib.suppress(WriteError, OSError):  # no cache folder we may write: the next run checks again
        kept: dict[str, list[Path]] = {}
        for path in folder.glob("*.json") if folder.is_dir() else ():
            kept.setdefault(path.name.split("-", 1)[0], []).append(path)
        for document, language, key, findings, catalog in checked:
            forms = {entry.line: entry.msgstr for entry in catalog.entries}
            rows = [[finding.line, finding.check, finding.severity, finding.message,
                     None if finding.msgstr == forms.get(finding.line) else finding.msgstr] for finding in findings]
            slot = _slot(document, language)
            for old in kept.get(slot, ()):
                old.unlink(missing_ok=True)
            write_text(folder / f"{slot}-{key}.json", json.dumps(rows, ensure_ascii=False, separators=(",", ":")))
