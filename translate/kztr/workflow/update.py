"""``kztr extract`` and ``kztr init``: templates from the sources, catalogs from the templates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kztr.catalog import read_catalog_file
from kztr.config import Settings
from kztr.errors import KztrError
from kztr.lock import project_lock
from kztr.memory import fill_from_memory
from kztr.merge import MergeReport, merge_catalog
from kztr.model import Catalog, SkippedLine
from kztr.pofile import generate_po, remove_stale_temporaries, write_atomic
from kztr.project import (
    SourceNote,
    list_languages,
    read_documents,
    read_sources,
    shown_path,
    template_for,
    timestamp,
)
from kztr.template import add_glossary_notes, new_catalog_header, update_header
from kztr.workflow.common import Progress, silent
from kztr.workflow.documents import Adoption, Orphan, adopt_orphans
from kztr.workflow.exchange import load_memory


@dataclass(frozen=True)
class DocumentResult:
    doc_id: str
    source: str
    template: str
    units: int
    blocks: int
    skipped: tuple[SkippedLine, ...]
    template_written: bool


@dataclass(frozen=True)
class CatalogResult:
    locale: str
    doc_id: str
    path: str
    report: MergeReport
    written: bool
    created: bool = False
    dropped: tuple[str, ...] = ()  # untranslated units gone from the source, left out of the catalog
    from_memory: int = 0  # untranslated units filled (fuzzy) from the translation memory


@dataclass(frozen=True)
class ExtractResult:
    documents: tuple[DocumentResult, ...]
    catalogs: tuple[CatalogResult, ...]
    renamed: tuple[Adoption, ...] = ()  # new documents that took a renamed source's catalogs
    orphans: tuple[Orphan, ...] = ()  # catalogs whose source is gone
    notes: tuple[SourceNote, ...] = ()  # documents skipped (nothing to translate) or in another script


def dropped_units(old: Catalog | None, template: Catalog) -> tuple[str, ...]:
    """Units of the old catalog no longer in the source and never translated: the merge drops them
    (as gettext's msgmerge does); extract names them so nothing disappears unsaid."""
    if old is None:
        return ()
    keys = {entry.key for entry in template.entries}
    return tuple(entry.msgid for entry in old.live if entry.key not in keys and not entry.has_translation)


def extract(settings: Settings, progress: Progress = silent, cutoff: float | None = None) -> ExtractResult:
    """Write every document's template and merge it into every language's catalog."""
    from kztr.locales import plural_forms
    from kztr.workflow.qa import load_glossary

    documents, notes = read_sources(settings)
    languages = list_languages(settings)
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        remove_stale_temporaries(settings.locales_path)
        # Read every catalog before writing anything: one bad file stops the
        # whole run with nothing changed.
        # Each file is read once: its bytes are kept to tell whether the merge changed it.
        existing: dict[tuple[str, str], tuple[Path, bytes | None, Catalog | None]] = {}
        for segmented in documents:
            for locale in languages:
                path = settings.catalog_path(locale, segmented.document.doc_id)
                data, catalog = read_catalog_file(path, shown_path(settings, path)) if path.exists() else (None, None)
                existing[(locale, segmented.document.doc_id)] = (path, data, catalog)
        glossaries = {locale: load_glossary(settings, locale) for locale in languages}
        renamed, orphans = adopt_orphans(settings, documents, languages, existing)
        memories = {locale: load_memory(settings, locale, {doc: old for (lang, doc), (_, _, old) in existing.items()
                                                           if lang == locale and old is not None})
                    for locale in languages}
        doc_results, catalog_results = [], []
        for segmented in documents:
            doc_id = segmented.document.doc_id
            template, text, changed = template_for(settings, segmented)
            template_path = settings.template_path(doc_id)
            if changed:
                write_atomic(template_path, text)
            progress(f"{shown_path(settings, template_path)}: {len(template.entries)} units")
            doc_results.append(DocumentResult(
                doc_id=doc_id,
                source=segmented.document.relpath,
                template=shown_path(settings, template_path),
                units=len(template.entries),
                blocks=len(segmented.document.blocks),
                skipped=segmented.document.skipped,
                template_written=changed,
            ))
            for locale in languages:
                path, data, old = existing[(locale, doc_id)]
                created = old is None
                if old is None:
                    old = Catalog()
                header = update_header(old.header, template, locale, plural_forms(locale))
                noted = add_glossary_notes(template, glossaries[locale])
                merged, report = merge_catalog(noted, old, header, **({"cutoff": cutoff} if cutoff else {}))
                merged, from_memory = fill_from_memory(merged, memories[locale], exclude=doc_id)
                text = generate_po(merged)
                written = data != text.encode("utf-8")
                if written:
                    write_atomic(path, text)
                catalog_results.append(CatalogResult(locale, doc_id, shown_path(settings, path), report, written,
                                                     created, dropped_units(old, template), from_memory))
                progress(f"{shown_path(settings, path)}: {'updated' if written else 'unchanged'}")
    return ExtractResult(tuple(doc_results), tuple(catalog_results), renamed, orphans, notes)


@dataclass(frozen=True)
class InitResult:
    locale: str
    catalogs: tuple[str, ...]
    units: int  # all documents together
    units_per_catalog: tuple[int, ...] = ()  # each catalog's own, in the order of ``catalogs``


def init_language(settings: Settings, lang: str, progress: Progress = silent) -> InitResult:
    """Create a new language's catalogs, every translation empty."""
    from kztr.locales import display_name, plural_forms, validate_locale
    from kztr.workflow.qa import load_glossary

    locale = validate_locale(lang)
    if locale == validate_locale(settings.source_language):
        where = shown_path(settings, settings.config_file) if settings.config_file else "the settings"
        raise KztrError(f"{locale!r} is the source language of this project (source-language in {where}): "
                        "a target language is needed, e.g. kztr init --lang en")
    documents = read_documents(settings)
    glossary = load_glossary(settings, locale)
    written, per_catalog = [], []
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        for segmented in documents:
            path = settings.catalog_path(locale, segmented.document.doc_id)
            if path.exists():
                raise KztrError("already exists; run kztr extract to update it", path=shown_path(settings, path))
        for segmented in documents:
            template, text, changed = template_for(settings, segmented)
            if changed:
                write_atomic(settings.template_path(segmented.document.doc_id), text)
            header = new_catalog_header(template, locale, display_name(locale), plural_forms(locale), timestamp())
            catalog = replace(
                add_glossary_notes(template, glossary),
                header=header,
                header_comments=(f"{display_name(locale)} translation of {segmented.document.relpath}.",),
                header_flags=(),
            )
            path = settings.catalog_path(locale, segmented.document.doc_id)
            write_atomic(path, generate_po(catalog))
            written.append(shown_path(settings, path))
            per_catalog.append(len(template.entries))
            progress(f"{shown_path(settings, path)}: {len(template.entries)} units, none translated")
    return InitResult(locale, tuple(written), sum(per_catalog), tuple(per_catalog))
