"""One function per command: each takes settings, does the work, returns data.

Nothing here prints; progress goes through an optional callback.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kztr.catalog import read_catalog, read_catalog_file
from kztr.config import Settings
from kztr.errors import KztrError
from kztr.lock import project_lock
from kztr.merge import MergeReport, merge_catalog
from kztr.model import Catalog, SkippedLine
from kztr.pofile import generate_po, remove_stale_temporaries, write_atomic
from kztr.project import list_languages, read_documents, shown_path, template_for, timestamp
from kztr.template import new_catalog_header, update_header

if TYPE_CHECKING:
    from kztr.checks import Issue
    from kztr.model import Entry
    from kztr.stats import Counts, SectionCounts

Progress = Callable[[str], None]


def _silent(message: str) -> None:
    pass


# ---------------------------------------------------------------- extract


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


@dataclass(frozen=True)
class ExtractResult:
    documents: tuple[DocumentResult, ...]
    catalogs: tuple[CatalogResult, ...]


def extract(settings: Settings, progress: Progress = _silent, cutoff: float | None = None) -> ExtractResult:
    """Write every document's template and merge it into every language's catalog."""
    from kztr.locales import plural_forms

    documents = read_documents(settings)
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
                merged, report = merge_catalog(template, old, header, **({"cutoff": cutoff} if cutoff else {}))
                text = generate_po(merged)
                written = data != text.encode("utf-8")
                if written:
                    write_atomic(path, text)
                catalog_results.append(CatalogResult(locale, doc_id, shown_path(settings, path), report, written, created))
                progress(f"{shown_path(settings, path)}: {'updated' if written else 'unchanged'}")
    return ExtractResult(tuple(doc_results), tuple(catalog_results))


# ---------------------------------------------------------------- init


@dataclass(frozen=True)
class InitResult:
    locale: str
    catalogs: tuple[str, ...]
    units: int


def init_language(settings: Settings, lang: str, progress: Progress = _silent) -> InitResult:
    """Create a new language's catalogs, every translation empty."""
    from kztr.locales import display_name, plural_forms, validate_locale

    locale = validate_locale(lang)
    documents = read_documents(settings)
    written, units = [], 0
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
                template,
                header=header,
                header_comments=(f"{display_name(locale)} translation of {segmented.document.relpath}.",),
                header_flags=(),
            )
            path = settings.catalog_path(locale, segmented.document.doc_id)
            write_atomic(path, generate_po(catalog))
            written.append(shown_path(settings, path))
            units += len(template.entries)
            progress(f"{shown_path(settings, path)}: {len(template.entries)} units, none translated")
    return InitResult(locale, tuple(written), units)


# ---------------------------------------------------------------- status


def project_language(settings: Settings, code: str, known: list[str]) -> str:
    """A language the project has catalogs for, or an error listing the ones it has."""
    from kztr.errors import LocaleError
    from kztr.locales import validate_locale

    have = f"have: {', '.join(known)}" if known else "no languages yet"
    try:
        locale = validate_locale(code)
    except LocaleError as exc:
        raise LocaleError(f"{exc.message.split(' (try:')[0]} ({have})") from None
    if locale not in known:
        folder = shown_path(settings, settings.locales_path / locale / "LC_MESSAGES")
        raise KztrError(f"no catalogs for language {code!r} ({have}); start one with kztr init --lang {locale}",
                        path=folder)
    return locale


@dataclass(frozen=True)
class CatalogStatus:
    """The completeness of one document in one language."""

    document: str
    language: str
    path: str
    counts: Counts
    sections: tuple[SectionCounts, ...]
    pending: tuple[Entry, ...]  # untranslated and fuzzy units, in file order
    suspects: tuple[Issue, ...]
    missing: bool = False  # no catalog yet: counted from the template, all untranslated
    behind: int = 0  # units of the current source the catalog lacks: kztr extract was not run


@dataclass(frozen=True)
class StatusReport:
    """``kztr status``: every selected document in every selected language."""

    source_language: str
    languages: tuple[str, ...]
    documents: tuple[str, ...]
    catalogs: tuple[CatalogStatus, ...]

    def for_language(self, language: str) -> tuple[CatalogStatus, ...]:
        return tuple(item for item in self.catalogs if item.language == language)

    def totals(self, language: str) -> Counts:
        from kztr.stats import Counts

        return sum((item.counts for item in self.for_language(language)), Counts())


def status(settings: Settings, languages: tuple[str, ...] = (), documents: tuple[str, ...] = ()) -> StatusReport:
    """Completeness of every catalog (each file read once); a missing catalog counts as untranslated."""
    from kztr.checks import check_catalog
    from kztr.stats import count_entries, count_sections, unit_state

    known_languages = list_languages(settings)
    wanted = {project_language(settings, code, known_languages) for code in languages}
    selected_languages = tuple(code for code in known_languages if not wanted or code in wanted)
    segmented_documents = sorted(read_documents(settings, only=tuple(dict.fromkeys(documents))),
                                 key=lambda segmented: segmented.document.path)
    selected_documents = tuple(segmented.document.doc_id for segmented in segmented_documents)
    source_units = {segmented.document.doc_id: {unit.text for unit in segmented.units}
                    for segmented in segmented_documents}
    source = settings.source_language
    templates: dict[str, Catalog] = {}
    results = []
    for locale in selected_languages:
        for doc_id in selected_documents:
            path = settings.catalog_path(locale, doc_id)
            shown = shown_path(settings, path)
            missing = not path.is_file()
            if missing:
                if doc_id not in templates:
                    template = settings.template_path(doc_id)
                    if not template.is_file():
                        raise KztrError("no catalog and no template: run kztr extract", path=shown)
                    templates[doc_id] = read_catalog(template, shown_path(settings, template))
                catalog = templates[doc_id]
            else:
                catalog = read_catalog(path, shown)
            results.append(CatalogStatus(
                document=doc_id,
                language=locale,
                path=shown,
                counts=count_entries(catalog.entries, source),
                sections=count_sections(catalog.entries, source),
                pending=tuple(entry for entry in catalog.live if unit_state(entry) != "translated"),
                suspects=() if missing else check_catalog(catalog, source, locale),
                missing=missing,
                behind=len(source_units[doc_id] - {entry.msgid for entry in catalog.live}),
            ))
    return StatusReport(source, selected_languages, selected_documents, tuple(results))


# ---------------------------------------------------------------- build

BUILD_FORMATS = ("html", "md", "txt")


@dataclass(frozen=True)
class BuiltDocument:
    doc_id: str
    path: str  # as shown to the user: relative to the project root
    catalog: str
    percent: float
    units: int
    missing: int
    file: Path


@dataclass(frozen=True)
class BuildResult:
    locale: str
    format: str
    documents: tuple[BuiltDocument, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(document.path for document in self.documents)


def build(
    settings: Settings,
    lang: str,
    documents: tuple[str, ...] = (),
    fmt: str = "html",
    output_dir: Path | None = None,
    min_complete: float | None = None,
    include_fuzzy: bool = True,
    source_side: str = "right",
    progress: Progress = _silent,
) -> BuildResult:
    """Write the bilingual edition of each document: source blocks plus the language's catalog.

    Every catalog is read and checked against ``min_complete`` before anything
    is written. Output is deterministic: building twice gives the same bytes.
    """
    from kztr.errors import GateError
    from kztr.locales import english_name, native_name, text_direction, validate_locale
    from kztr.render.bilingual import SIDES, Language, assemble_edition

    if fmt not in BUILD_FORMATS:
        raise KztrError(f"unknown format {fmt!r} (choose from {', '.join(BUILD_FORMATS)})")
    if source_side not in SIDES:
        raise KztrError(f"--source-side must be right or left, not {source_side!r}")
    locale = project_language(settings, lang, list_languages(settings))

    def language(code: str) -> Language:
        return Language(code, native_name(code), english_name(code), text_direction(code))

    source, target = language(validate_locale(settings.source_language)), language(locale)
    folder = Path(output_dir) if output_dir is not None else settings.build_path / locale
    editions = []
    for segmented in read_documents(settings, only=tuple(documents)):
        doc_id = segmented.document.doc_id
        path = settings.catalog_path(locale, doc_id)
        shown = shown_path(settings, path)
        if not path.is_file():
            raise KztrError(f"no {english_name(locale)} catalog: start the language with kztr init --lang {locale}",
                            path=shown)
        edition = assemble_edition(
            segmented, read_catalog(path, shown), source, target, catalog_path=shown,
            include_fuzzy=include_fuzzy, source_side=source_side,
        )
        percent = edition.counts.percent
        if min_complete is not None and percent < min_complete:
            raise GateError(f"{shown} is {percent:.1f}% translated (by source words), "
                            f"below --min-complete {min_complete:g}: nothing built")
        editions.append(edition)
    built = []
    for edition in editions:
        target_path = folder / f"{edition.doc_id}.{fmt}"
        write_atomic(target_path, _render_edition(edition, fmt))
        shown = shown_path(settings, target_path)
        progress(f"{shown}: {edition.counts.percent:g} % translated")
        built.append(BuiltDocument(edition.doc_id, shown, edition.catalog_path, edition.counts.percent,
                                   edition.units, edition.missing, target_path.resolve()))
    return BuildResult(locale, fmt, tuple(built))


def _render_edition(edition, fmt: str) -> str:
    if fmt == "html":
        from kztr.render.html import render_html

        return render_html(edition)
    if fmt == "md":
        from kztr.render.markdown import render_markdown

        return render_markdown(edition)
    from kztr.render.text import render_text

    return render_text(edition)
