"""``kztr status``: the completeness of every catalog, as data for the renderers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kztr.config import Settings
from kztr.errors import KztrError
from kztr.model import Catalog
from kztr.po.catalog import read_catalog, read_catalog_file
from kztr.project import SourceNote, list_languages, read_sources, shown_path
from kztr.text.sources import list_sources
from kztr.workflow.common import project_language

if TYPE_CHECKING:
    from kztr.checks import Finding
    from kztr.model import Entry
    from kztr.stats import Counts, SectionCounts
    from kztr.workflow.documents import Orphan

@dataclass(frozen=True)
class CatalogStatus:
    """The completeness of one document in one language."""

    document: str
    language: str
    path: str
    counts: Counts
    sections: tuple[SectionCounts, ...]
    pending: tuple[Entry, ...]  # untranslated and fuzzy units, in file order
    findings: tuple[Finding, ...]  # kztr check's, accepted ones included
    missing: bool = False  # no catalog yet: counted from the template, all untranslated
    behind: int = 0  # units of the current source the catalog lacks: kztr extract was not run
    markup: bool = False  # a Markdown document: its units' inline markup is rendered

    @property
    def open_findings(self) -> tuple[Finding, ...]:
        """The findings no reviewer accepted: what the status column counts."""
        return tuple(finding for finding in self.findings if not finding.accepted)


@dataclass(frozen=True)
class StatusReport:
    """``kztr status``: every selected document in every selected language."""

    source_language: str
    languages: tuple[str, ...]
    documents: tuple[str, ...]
    catalogs: tuple[CatalogStatus, ...]
    orphans: tuple[Orphan, ...] = ()  # catalogs whose source document is gone
    notes: tuple[SourceNote, ...] = ()  # source documents skipped (nothing to translate) or in another script

    def for_language(self, language: str) -> tuple[CatalogStatus, ...]:
        return tuple(item for item in self.catalogs if item.language == language)

    def totals(self, language: str) -> Counts:
        from kztr.stats import Counts

        return sum((item.counts for item in self.for_language(language)), Counts())


def status(settings: Settings, languages: tuple[str, ...] = (), documents: tuple[str, ...] = (),
           cache: bool = True) -> StatusReport:
    """Completeness of every catalog (each file read once); a missing catalog counts as untranslated.
    The qa column's findings of unchanged catalogs come from the last run unless ``cache`` is False."""
    from kztr.stats import count_document_sections, unit_state, units_behind
    from kztr.workflow.cache import digest
    from kztr.workflow.documents import find_orphans
    from kztr.workflow.qa import collect_findings

    known_languages = list_languages(settings)
    wanted = {project_language(settings, code, known_languages) for code in languages}
    selected_languages = tuple(code for code in known_languages if not wanted or code in wanted)
    read, notes = read_sources(settings, only=tuple(dict.fromkeys(documents)))
    segmented_documents = sorted(read, key=lambda segmented: segmented.document.path)
    selected_documents = tuple(segmented.document.doc_id for segmented in segmented_documents)
    by_id = {segmented.document.doc_id: segmented for segmented in segmented_documents}
    source_units = {doc_id: {unit.text for unit in segmented.units} for doc_id, segmented in by_id.items()}
    source = settings.source_language
    templates: dict[str, Catalog] = {}
    results, loaded, digests = [], [], {}
    for locale in selected_languages:
        for doc_id in selected_documents:
            path = settings.catalog_path(locale, doc_id)
            shown = shown_path(settings, path)
            missing = not path.exists()  # a folder in its place is read, and refused
            if missing:
                if doc_id not in templates:
                    template = settings.template_path(doc_id)
                    if not template.is_file():
                        raise KztrError("no catalog and no template: run kztr extract", path=shown)
                    templates[doc_id] = read_catalog(template, shown_path(settings, template))
                catalog = templates[doc_id]
            else:
                data, catalog = read_catalog_file(path, shown)
                loaded.append((doc_id, locale, shown, catalog))
                digests[(doc_id, locale)] = digest(data)
            counts, sections, counted = count_document_sections(by_id[doc_id], catalog, source)
            results.append(CatalogStatus(
                document=doc_id,
                language=locale,
                path=shown,
                counts=counts,
                sections=sections,
                pending=tuple(entry for entry in counted if unit_state(entry) != "translated"),
                findings=(),
                missing=missing,
                behind=units_behind(source_units[doc_id], catalog),
                markup=by_id[doc_id].document.markup,
            ))
    found = collect_findings(settings, loaded, digests=digests if cache else None)
    results = [replace(item, findings=found.get((item.document, item.language), ())) for item in results]
    all_documents = {path.stem for path in list_sources(settings.source_path, settings.root)}
    orphans = find_orphans(settings, all_documents, known_languages)
    return StatusReport(source, selected_languages, selected_documents, tuple(results), orphans, notes)
