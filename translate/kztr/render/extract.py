"""What ``kztr extract`` did, for people and for scripts.

``extract_json`` is the stable ``--format json`` document (schema version 1,
described by ``docs/schemas/extract.schema.json`` and checked against it in
the tests): its keys are kztr's promise to scripts, not the names of the
dataclasses the workflow happens to return, so the workflow's internals can
change without breaking a CI job that reads ``.catalogs[].state``.
"""

from __future__ import annotations

from pathlib import PurePosixPath

SCHEMA_VERSION = 1
MERGE_COUNTS = ("kept", "revived", "restored", "fuzzy", "new", "obsoleted")


def extract_json(result) -> dict:
    """The ``kztr extract --format json`` document of an ``ExtractResult``.

    >>> from kztr.workflow.extract import ExtractResult
    >>> extract_json(ExtractResult(documents=(), catalogs=()))
    {'schema': 1, 'documents': [], 'catalogs': [], 'renamed': [], 'orphans': [], 'notes': []}
    """
    return {
        "schema": SCHEMA_VERSION,
        "documents": [_document(document) for document in result.documents],
        "catalogs": [_catalog(item) for item in result.catalogs],
        "renamed": [{"from": adoption.old, "to": adoption.new, "shared_units": adoption.shared,
                     "units": adoption.units, "catalogs": list(adoption.catalogs)} for adoption in result.renamed],
        "orphans": [{"document": orphan.doc_id, "template": orphan.template or None,
                     "catalogs": list(orphan.catalogs)} for orphan in result.orphans],
        "notes": [{"source": note.source, "line": note.line, "skipped": note.skipped, "message": note.message}
                  for note in result.notes],
    }


def _document(document) -> dict:
    return {
        "document": document.doc_id,
        "source": document.source,
        "template": document.template,
        "state": "written" if document.template_written else "unchanged",
        "cached": document.cached,
        "blocks": document.blocks,
        "units": document.units,
        "skipped_lines": [{"line": skip.line, "text": skip.text, "reason": skip.reason} for skip in document.skipped],
    }


def _catalog(item) -> dict:
    report = item.report
    counts = {name: getattr(report, name) for name in MERGE_COUNTS}
    counts["dropped"] = len(item.dropped)
    counts["from_memory"] = item.from_memory
    return {
        "document": item.doc_id,
        "language": item.locale,
        "path": item.path,
        "state": "created" if item.created else ("updated" if item.written else "unchanged"),
        "units": counts,
        "converted_from": item.converted_from,
        "changes": [{"kind": change.kind, "msgid": change.msgid, "reference": change.reference or None}
                    for change in report.changes],
        "dropped": list(item.dropped),
    }


def orphan_line(orphan) -> str:
    """One line for catalogs whose source is gone: what, and the two things to do about it.

    >>> from kztr.workflow.documents import Orphan
    >>> orphan_line(Orphan("old", "locales/old.pot", ("locales/en/LC_MESSAGES/old.po",)))
    "locales/old.pot and 1 catalog (en): no source document 'old' any more; renamed? kztr rename old NEW; \
deleted? rm locales/old.pot locales/*/LC_MESSAGES/old.po"
    """
    languages = [PurePosixPath(path).parent.parent.name for path in orphan.catalogs]
    what = orphan.template or ""
    if orphan.catalogs:
        count = f"{len(orphan.catalogs)} catalog{'s' if len(orphan.catalogs) != 1 else ''} ({', '.join(languages)})"
        what = f"{what} and {count}" if what else count
    remove = " ".join(([orphan.template] if orphan.template else [])
                      + ([_catalog_glob(orphan.catalogs[0])] if orphan.catalogs else []))
    return (f"{what}: no source document {orphan.doc_id!r} any more; "
            f"renamed? kztr rename {orphan.doc_id} NEW; deleted? rm {remove}")


def _catalog_glob(path: str) -> str:
    """``locales/en/LC_MESSAGES/x.po`` -> ``locales/*/LC_MESSAGES/x.po``."""
    parts = PurePosixPath(path).parts
    return PurePosixPath(*parts[:-3], "*", *parts[-2:]).as_posix()
