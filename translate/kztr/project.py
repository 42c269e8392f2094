"""A project's documents and languages, as every command needs them."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from kztr.config import Settings
from kztr.errors import CatalogError, KztrError, LocaleError, SourceError, display_path
from kztr.model import Catalog, Document, Segmented
from kztr.po.catalog import parse_catalog
from kztr.po.pofile import generate_po
from kztr.po.template import build_template
from kztr.text.segment import segment_blocks
from kztr.text.sources import list_sources, read_source

# Longer than any real sentence or heading; a PO editor cannot show more usefully.
MAX_UNIT_CHARS = 10_000


def timestamp() -> str:
    """Now as gettext writes dates; ``SOURCE_DATE_EPOCH`` pins it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch and epoch.isdigit() else int(time.time())
    return time.strftime("%Y-%m-%d %H:%M+0000", time.gmtime(seconds))


def shown_path(settings: Settings, path: Path) -> str:
    """A path as the user should see it: relative to the project root (``kztr.errors.display_path``)."""
    return display_path(path, settings.root)


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class SourceNote:
    """Something a user must hear about a source document: it was skipped, or looks wrong."""

    source: str  # as shown to the user
    message: str
    skipped: bool  # nothing to translate, or not a text document: no template, no catalogs
    line: int | None = None

    @property
    def where(self) -> str:
        """``source/x.txt:3``: the file, and the line when there is one."""
        return self.source if self.line is None else f"{self.source}:{self.line}"


def read_documents(settings: Settings, only: tuple[str, ...] = ()) -> list[Segmented]:
    """Every source document of the project with text to translate, read and segmented."""
    return read_sources(settings, only)[0]


def read_sources(settings: Settings, only: tuple[str, ...] = ()) -> tuple[list[Segmented], tuple[SourceNote, ...]]:
    """Every source document, read and segmented, and notes on the ones skipped or suspect.

    An empty file, a file without a line in the source language and a file
    that is not a text document (binary, another encoding, unreadable) are
    skipped, with a note saying which (and what script its text is in, when
    that is not the source language's); when no document is left, that is an error.
    """
    return _read_all(settings, only, read_document)


def read_source_documents(settings: Settings, only: tuple[str, ...] = ()) -> tuple[list[Document],
                                                                                  tuple[SourceNote, ...]]:
    """``read_sources`` without cutting the documents into units: for a command that reads the units from the
    catalogs (``kztr check``), the documents there are and the same notes, in a fraction of the time."""
    return _read_all(settings, only, _read_file)


_Read = TypeVar("_Read", Segmented, Document)


def _read_all(settings: Settings, only: tuple[str, ...],
              read: Callable[[Settings, Path, str], tuple[_Read | None, SourceNote | None]]
              ) -> tuple[list[_Read], tuple[SourceNote, ...]]:
    """Each source document (or those of ``only``) as ``read`` gives it, and the notes on them."""
    from kztr.locales import script_name, validate_locale

    validate_locale(settings.source_language)
    script = script_name(settings.source_language)
    paths = list_sources(settings.source_path, settings.root)
    if only:
        known = {path.stem: path for path in paths}
        missing = [doc for doc in only if doc not in known]
        if missing:
            raise KztrError(f"no source document {missing[0]!r} (have: {', '.join(sorted(known))})")
        paths = [known[doc] for doc in only]
    documents: list[_Read] = []
    notes = []
    for path in paths:
        document, note = read(settings, path, script)
        if note is not None:
            notes.append(note)
        if document is not None:
            documents.append(document)
    if not documents:
        raise no_documents_error(tuple(notes), script)
    return documents, tuple(notes)


def no_documents_error(notes: tuple[SourceNote, ...], script: str) -> SourceError:
    """Every document skipped: the first note says why, and how many others there are."""
    first, others = notes[0], len(notes) - 1
    more = f" (nor {others} other document{'s' if others != 1 else ''})" if others else ""
    return SourceError(f"{first.message}; no source document has {script} text to translate{more}",
                       path=first.source, line=first.line)


def read_document(settings: Settings, path: Path, script: str) -> tuple[Segmented | None, SourceNote | None]:
    """One source document, read and segmented (``script``: the source language's, from Babel),
    and the note a user must hear about it; None instead of a document with nothing to translate."""
    document, note = _read_file(settings, path, script)
    if document is None:
        return None, note
    per_block = segment_blocks(document.blocks)
    units = tuple(unit for block_units in per_block for unit in block_units)
    longest = max(units, key=lambda unit: len(unit.text), default=None)
    if longest is not None and len(longest.text) > MAX_UNIT_CHARS:
        raise SourceError(
            f"a single unit of {len(longest.text):,} characters (limit {MAX_UNIT_CHARS:,}): "
            "is this prose? split it into sentences or paragraphs",
            path=document.relpath, line=longest.line,
        )
    return Segmented(document=document, units=units, units_by_block=per_block), note


def _read_file(settings: Settings, path: Path, script: str) -> tuple[Document | None, SourceNote | None]:
    """``read_document`` before its segmenting: the document (None when it has nothing to translate), its note."""
    from kztr.text.sources import source_note

    try:
        document = read_source(path, settings.root, script, settings.skip_patterns)
    except SourceError as exc:  # a stray file (an image, a binary, another encoding): said, skipped
        return None, SourceNote(str(exc.path), exc.message, skipped=True, line=exc.line)
    message = source_note(document, script, settings.source_language)
    note = SourceNote(document.relpath, message, skipped=not document.blocks) if message is not None else None
    return (document if document.blocks else None), note


def list_languages(settings: Settings) -> list[str]:
    """Target languages: the folders under locales/ (validated by Babel)."""
    from kztr.locales import validate_locale

    folder = settings.locales_path
    if not folder.is_dir():
        return []
    languages = []
    for child in sorted(folder.iterdir()):
        if not child.is_dir() or child.name.startswith("."):
            continue
        try:
            canonical = validate_locale(child.name)
        except LocaleError as exc:
            raise LocaleError(f"{exc.message}: rename or remove this folder",
                              path=shown_path(settings, child)) from None
        if canonical != child.name:
            raise LocaleError(f"language folder should be named {canonical!r}", path=shown_path(settings, child))
        languages.append(child.name)
    return languages


def template_for(settings: Settings, segmented: Segmented) -> tuple[Catalog, str, bool]:
    """The template catalog and its text; the creation date moves only when content changes."""
    path = settings.template_path(segmented.document.doc_id)
    old_bytes = path.read_bytes() if path.is_file() else None
    old_date = None
    if old_bytes is not None:
        try:
            # Only the header's date is needed (the whole file is compared below).
            end = old_bytes.find(b"\n\n")
            header = old_bytes[:end if end != -1 else len(old_bytes)] + b"\n"
            old_date = parse_catalog(header, shown_path(settings, path)).header_value("POT-Creation-Date")
        except CatalogError:
            old_date = None  # a damaged template is ours to rewrite
    template = build_template(segmented, settings.project, settings.source_language, old_date or timestamp(),
                              locations=settings.locations)
    text = generate_po(template)
    if not old_date:
        return template, text, True
    same = text.encode("utf-8") == old_bytes
    del old_bytes  # a 100k-unit template is 50 MB: hold one copy at a time
    if same:
        return template, text, False
    # The content changed: a new date, in the header only (the entries are written already).
    now = timestamp()
    dated = replace(template, header=tuple((name, now if name == "POT-Creation-Date" else value)
                                           for name, value in template.header))
    old_head, new_head = generate_po(replace(template, entries=())), generate_po(replace(dated, entries=()))
    if not text.startswith(old_head[:-1]):
        return dated, generate_po(dated), True
    return dated, new_head[:-1] + text[len(old_head) - 1:], True
