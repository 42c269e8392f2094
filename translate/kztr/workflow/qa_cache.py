"""The per-unit findings of each catalog as the last ``kztr check`` or ``kztr status`` found them.

A reviewer runs ``kztr status`` again and again while translators save one
catalog at a time; checking every unit of an archive each time is most of
its run.  A catalog's per-unit findings are taken from here when nothing
that could change them has changed.  Their key is a hash of:

* the bytes of the catalog, and the path it is shown by;
* the bytes of every other catalog of the same document in the run (the
  checks compare a unit with its translations into other languages);
* the bytes of the language's glossary, whether the source is Markdown;
* the checks asked for, the settings, and the code (kztr's files, the
  libraries, Python: ``cache.environment``).

The checks that read every catalog of a language at once (consistency,
names) always run.  The findings are the same as a run without the cache,
in the same order (a test says so).  Beside extract's cache, one JSON file
per project in the user's cache folder, a slot per catalog: a damaged,
foreign or unwritable file only means checking again, and deleting it is
always safe.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kztr.config import Settings

if TYPE_CHECKING:
    from kztr.checks import Finding

_FORMAT = 1
_KIND = "check"
_STORED = ("check", "severity", "message", "line", "source", "msgid", "msgstr", "accepted", "reason")


@dataclass(frozen=True)
class Slot:
    """One catalog's per-unit findings, with the key they were found under."""

    key: str
    findings: tuple[tuple, ...]  # the Finding fields in _STORED, in order


def catalog_keys(settings: Settings, catalogs: list[tuple[str, str, str, str]], glossaries: dict[str, str],
                 markdown: set[str], only: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """The key of each catalog of the run: (document, language, shown path, hash of its bytes)."""
    from kztr.workflow.cache import digest_text, environment

    shared = environment(settings, {"checks": list(only)})
    by_document: dict[str, list[tuple[str, str]]] = {}
    for document, language, _, hashed in catalogs:
        by_document.setdefault(document, []).append((language, hashed))
    return {(document, language): digest_text(json.dumps(
                [shared, document, language, shown, hashed, glossaries.get(language, "-"), document in markdown,
                 sorted(by_document[document])]))
            for document, language, shown, hashed in catalogs}


def load(settings: Settings) -> dict[tuple[str, str], Slot]:
    """The remembered catalogs, or nothing when the cache is missing, damaged or foreign."""
    from kztr.workflow.cache import cache_path

    try:
        data = json.loads(cache_path(settings, _KIND).read_text(encoding="utf-8"))
        if data.get("format") != _FORMAT:
            return {}
        return {(document, language): Slot(str(item["key"]), tuple(_finding_fields(row) for row in item["findings"]))
                for document, languages in data["catalogs"].items() for language, item in languages.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _finding_fields(row: list) -> tuple:
    check, severity, message, line, source, msgid, msgstr, accepted, reason = row
    return (str(check), str(severity), str(message), int(line), str(source), str(msgid), str(msgstr),
            bool(accepted), str(reason))


def restore(slot: Slot, document: str, language: str, shown: str) -> tuple[Finding, ...]:
    """A slot's findings as the catalog's own."""
    from kztr.checks import Finding

    return tuple(Finding(document, language, check, severity, message, shown, line, source, msgid, msgstr,
                         accepted, reason)
                 for check, severity, message, line, source, msgid, msgstr, accepted, reason in slot.findings)


def remember(findings: tuple[Finding, ...], key: str) -> Slot:
    """A catalog's per-unit findings as a slot (what ``restore`` makes them again)."""
    return Slot(key, tuple(tuple(getattr(finding, name) for name in _STORED) for finding in findings))


def save(settings: Settings, slots: dict[tuple[str, str], Slot]) -> None:
    """Write the cache (only called when a slot changed)."""
    from kztr.errors import WriteError
    from kztr.files import write_text
    from kztr.workflow.cache import cache_path

    catalogs: dict[str, dict[str, dict]] = {}
    for (document, language), slot in sorted(slots.items()):
        catalogs.setdefault(document, {})[language] = {"key": slot.key,
                                                       "findings": [list(row) for row in slot.findings]}
    text = json.dumps({"format": _FORMAT, "catalogs": catalogs}, ensure_ascii=False, separators=(",", ":")) + "\n"
    with contextlib.suppress(WriteError, OSError):  # no cache folder we may write: the next run checks again
        write_text(cache_path(settings, _KIND), text)
