"""``kztr review``: a language's catalogs out to a reviewer as a spreadsheet or Word table, and back.

Export writes one table per document (``kztr.exchange.review``).  Import
reads the rows back and, under the project lock, for each row found by its
unit id: a correction becomes the unit's translation, fuzzy (a translator
confirms it) or confirmed with ``accept``; a comment becomes a translator
comment (``# review: …``), once.  A unit whose source changed since the
export, a source cell edited in the file, a translation changed in the
catalog since the export, a formula or a huge cell: reported, never taken.
An import that changes nothing writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kztr.config import Settings
from kztr.errors import ExchangeError, KztrError
from kztr.model import Catalog
from kztr.project import list_languages, shown_path
from kztr.workflow.common import project_language

REVIEW_FORMATS = ("xlsx", "docx")
COMMENT_PREFIX = "review: "
INSTRUCTIONS = ("Write your correction in the column “Reviewer's correction” (the whole corrected translation) and "
                "any remark in “Comment”. Rows may be sorted, moved or deleted; do not change the last column "
                "(Unit id) nor the source. Send the file back: kztr review import FILE.")


@dataclass(frozen=True)
class ReviewExportResult:
    locale: str
    format: str
    path: str
    documents: tuple[str, ...]
    units: int
    written: bool


def review_export(settings: Settings, lang: str, fmt: str = "xlsx", documents: tuple[str, ...] = (),
                  output: Path | None = None) -> ReviewExportResult:
    """Write a language's catalogs (or some documents') as one review file."""
    from kztr.exchange.review_docx import write_review_docx
    from kztr.exchange.review_xlsx import write_review_xlsx
    from kztr.files import write_text
    from kztr.workflow.exchange import _catalogs

    if fmt not in REVIEW_FORMATS:
        raise KztrError(f"unknown review format {fmt!r} (choose from {', '.join(REVIEW_FORMATS)})")
    locale = project_language(settings, lang, list_languages(settings))
    catalogs = _catalogs(settings, locale)
    if documents:
        have = {doc_id for doc_id, _, _ in catalogs}
        missing = [doc for doc in documents if doc not in have]
        if missing:
            raise KztrError(f"no catalog for document {missing[0]!r} in {locale} (have: {', '.join(sorted(have))})")
        catalogs = [item for item in catalogs if item[0] in documents]
    tables = _tables(settings, locale, catalogs)
    title = f"Review: {settings.project or 'kztr'} ({locale})"
    data = (write_review_xlsx(tables, title) if fmt == "xlsx"
            else write_review_docx(tables, title, INSTRUCTIONS))
    name = f"{documents[0]}.{locale}.{fmt}" if len(documents) == 1 else f"{locale}.{fmt}"
    path = output if output is not None else settings.build_path / "review" / name
    written = not path.is_file() or path.read_bytes() != data
    if written:
        try:
            write_text(path, data)
        except OSError as exc:
            raise KztrError(f"cannot write: {exc.strerror}", path=path) from None
    return ReviewExportResult(locale, fmt, shown_path(settings, path), tuple(table.document for table in tables),
                              sum(len(table.rows) for table in tables), written)


def _tables(settings: Settings, locale: str, catalogs: list[tuple[str, Path, Catalog]]):
    from kztr.exchange.review import ReviewRow, ReviewTable, cell_text, make_unit_id
    from kztr.exchange.xliff import exported_entries
    from kztr.locales import display_name, text_direction
    from kztr.stats import unit_state
    from kztr.workflow.qa import collect_findings

    shown = {doc_id: shown_path(settings, path) for doc_id, path, _ in catalogs}
    found = collect_findings(settings, [(doc_id, locale, shown[doc_id], catalog) for doc_id, _, catalog in catalogs])
    tables = []
    for doc_id, _, catalog in catalogs:
        by_line: dict[int, list[str]] = {}
        for finding in found.get((doc_id, locale), ()):
            accepted = " (accepted)" if finding.accepted else ""
            by_line.setdefault(finding.line, []).append(f"{finding.severity}, {finding.check}{accepted}: "
                                                        f"{finding.message}")
        rows = tuple(ReviewRow(str(number), cell_text(entry.msgid), cell_text(entry.msgstr), unit_state(entry),
                               cell_text("\n".join(by_line.get(entry.line, ()))), "", "",
                               make_unit_id(locale, doc_id, entry))
                     for number, entry in enumerate(exported_entries(catalog), start=1))
        title = (f"{doc_id}: {display_name(settings.source_language)} → {display_name(locale)} "
                 f"({settings.source_language} → {locale})")
        tables.append(ReviewTable(doc_id, locale, title, text_direction(settings.source_language),
                                  text_direction(locale), rows, settings.source_language))
    return tables


# ---------------------------------------------------------------- import


@dataclass(frozen=True)
class ReviewNote:
    """What the import did with one row, or why it did not."""

    kind: str
    where: str  # the row in the file: sheet and row, or table and row
    unit: str  # the unit's number in the export
    catalog: str
    message: str = ""


NOTE_KINDS = ("corrected", "accepted", "commented", "unchanged", "source-changed", "translation-changed",
              "source-edited", "refused", "no-id", "duplicate")
REFUSALS = ("source-changed", "translation-changed", "source-edited", "refused", "no-id", "duplicate")


@dataclass(frozen=True)
class ReviewImportResult:
    source: str
    format: str
    catalogs: tuple[str, ...]  # catalogs written
    counts: dict[str, int]
    notes: tuple[ReviewNote, ...]


def review_import(settings: Settings, file: Path, accept: bool = False) -> ReviewImportResult:
    """Take a reviewer's corrections and comments back into the catalogs (see the module's docstring)."""
    from kztr.exchange.office import office_kind
    from kztr.exchange.review import parse_unit_id
    from kztr.exchange.review_docx import read_review_docx
    from kztr.exchange.review_xlsx import read_review_xlsx
    from kztr.lock import project_lock
    from kztr.po.catalog import read_catalog
    from kztr.workflow.exchange import write_changed

    shown = str(file)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"cannot read: {exc.strerror}", path=shown) from None
    kind = office_kind(data, shown)
    rows = read_review_xlsx(data, shown) if kind == "xlsx" else read_review_docx(data, shown)
    languages = list_languages(settings)
    notes: list[ReviewNote] = []
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        loaded: dict[Path, tuple[Catalog, Catalog]] = {}  # path -> (as read, as corrected)
        seen: set[tuple[str, str, str]] = set()
        for row in rows:
            ident = parse_unit_id(row.unit_id)
            if row.refused:
                notes.append(ReviewNote("refused", row.where, row.number, "", row.refused))
                continue
            if ident is None:
                if row.correction.strip() or row.comment.strip():
                    notes.append(ReviewNote("no-id", row.where, row.number, "",
                                            "no unit id kztr wrote in the last column: a row added by hand?"))
                continue
            if ident.language not in languages:
                raise ExchangeError(f"{row.where}: language {ident.language!r} is not one of this project's "
                                    f"({', '.join(languages) or 'none'})", path=shown)
            path = settings.catalog_path(ident.language, ident.document)
            if path not in loaded:
                if not path.is_file():
                    raise ExchangeError(f"{row.where}: no catalog {shown_path(settings, path)} in this project",
                                        path=shown)
                catalog = read_catalog(path, shown_path(settings, path))
                loaded[path] = (catalog, catalog)
            key = (ident.language, ident.document, ident.unit)
            if key in seen:
                notes.append(ReviewNote("duplicate", row.where, row.number, shown_path(settings, path),
                                        "a second row for this unit: only the first is taken"))
                continue
            seen.add(key)
            before, catalog = loaded[path]
            catalog, row_notes = _apply_row(catalog, row, ident, accept, shown_path(settings, path))
            loaded[path] = (before, catalog)
            notes.extend(row_notes)
        written = write_changed(settings, loaded)
    counts = dict.fromkeys(NOTE_KINDS, 0)
    for note in notes:
        counts[note.kind] += 1
    return ReviewImportResult(shown, kind, tuple(written), counts, tuple(notes))


def _apply_row(catalog: Catalog, row, ident, accept: bool, where: str) -> tuple[Catalog, list[ReviewNote]]:
    from kztr.exchange.review import cell_text, fingerprint, normalise_cell
    from kztr.exchange.xliff import exported_entries, unit_id

    def note(kind: str, message: str = "") -> ReviewNote:
        return ReviewNote(kind, row.where, row.number, where, message)

    entries = list(catalog.entries)
    live = {unit_id(entry): entry for entry in exported_entries(catalog)}
    entry = live.get(ident.unit)
    if entry is None:
        return catalog, [note("source-changed", "the source of this unit changed since the export (or the unit "
                                                "is gone): run kztr review export again")]
    if normalise_cell(row.source) != normalise_cell(cell_text(entry.msgid)):
        return catalog, [note("source-edited", "the source cell was edited in the file: the source is changed "
                                               "in source/, not here")]
    unchanged_since_export = fingerprint(entry.msgstr) == ident.translation
    correction = normalise_cell(row.correction)
    if not correction and unchanged_since_export and \
            normalise_cell(row.translation) != normalise_cell(cell_text(entry.msgstr)):
        correction = normalise_cell(row.translation)  # corrected in the translation column itself
    notes = []
    updated = entry
    if correction and correction != entry.msgstr:
        if not unchanged_since_export:
            notes.append(note("translation-changed", "the translation in the catalog changed since the export: "
                                                     "the correction is not taken (export again)"))
        elif "\ufffd" in correction and "\ufffd" not in entry.msgstr:
            notes.append(note("refused", "the correction holds U+FFFD (a character the file could not carry)"))
        else:
            from kztr.workflow.exchange import with_translation

            updated = with_translation(entry, correction, fuzzy=not accept)
            notes.append(note("accepted" if accept else "corrected"))
    elif correction and accept and entry.fuzzy and unchanged_since_export:
        from kztr.workflow.exchange import with_translation

        updated = with_translation(entry, entry.msgstr, fuzzy=False)
        notes.append(note("accepted"))
    lines = [COMMENT_PREFIX + _comment_text(line) for line in normalise_cell(row.comment).split("\n") if line.strip()]
    added = tuple(line for line in dict.fromkeys(lines) if line not in updated.translator_comments)
    if added:
        updated = replace(updated, translator_comments=updated.translator_comments + added)
        notes.append(note("commented"))
    if updated is entry:
        return catalog, notes or [note("unchanged")]
    entries[entries.index(entry)] = updated
    return replace(catalog, entries=tuple(entries)), notes


def _comment_text(line: str) -> str:
    """A comment line as a PO translator comment can hold it: no control characters, no surrounding space."""
    return "".join(char if char >= " " and char != "\x7f" else " " for char in line).strip()
