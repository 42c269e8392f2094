"""``kztr extract``: templates from the sources, every catalog merged with its template — one transaction.

A run reads and checks everything first: the sources, rename detection
(a new document that is an old one renamed takes its catalogs), every
catalog, the translation memory. Each document's files are merged and
staged beside their targets (workflow/extract_document.py, on several
cores when there is enough work: workflow/parallel.py). Only then is every
file put in place, together with the renamed documents' old files
removed, in one ``kztr.files.Transaction``: a failure at any step leaves
every file as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from kztr.config import Settings
from kztr.files import Transaction, remove_stale_temporaries
from kztr.lock import project_lock
from kztr.model import Catalog, SkippedLine
from kztr.po.pofile import generate_po
from kztr.project import (
    SourceNote,
    list_languages,
    no_documents_error,
    read_document,
    shown_path,
)
from kztr.reuse.merge import MergeReport
from kztr.workflow import parallel
from kztr.workflow.common import Progress, silent
from kztr.workflow.documents import Adoption, Orphan
from kztr.workflow.extract_document import (
    CatalogResult,
    DocumentResult,
    Job,
    Outcome,
    joined,
    read_bytes,
)

if TYPE_CHECKING:
    from kztr.reuse.memory import Memory


@dataclass(frozen=True)
class ExtractResult:
    documents: tuple[DocumentResult, ...]
    catalogs: tuple[CatalogResult, ...]
    renamed: tuple[Adoption, ...] = ()  # new documents that took a renamed source's catalogs
    orphans: tuple[Orphan, ...] = ()  # catalogs whose source is gone
    notes: tuple[SourceNote, ...] = ()  # documents skipped (nothing to translate) or in another script


@dataclass
class _Inputs:
    """The hash of every file a run depends on: what decides which documents are unchanged (cache.py)."""

    sources: dict[str, str]
    templates: dict[str, str]
    catalogs: dict[str, dict[Path, str]]  # per language, every catalog's (any document's)
    extra: dict[str, dict[Path, str]]  # per language, the tm/ files and the glossary
    environment: str
    sizes: dict[str, int]  # of the sources: is the work worth a process pool?
    tm: bool  # are there TMX files to fill from?


def extract(settings: Settings, progress: Progress = silent, cutoff: float | None = None) -> ExtractResult:
    """Write every document's template and merge it into every language's catalog.

    Documents whose inputs did not change since the last run are skipped
    (workflow/cache.py says when that is safe); the others are updated, on
    several cores when there is enough work.  Everything is read and checked
    before anything is written, and then every file is put in place or none.
    """
    from kztr.text.sources import list_sources
    from kztr.workflow import cache
    from kztr.workflow.qa import load_glossary

    languages = list_languages(settings)
    paths = {path.stem: path for path in list_sources(settings.source_path, settings.root)}
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        remove_stale_temporaries(settings.locales_path)
        try:
            renamed, orphans = _plan_renames(settings, paths, languages)
            glossaries = {locale: load_glossary(settings, locale) for locale in languages}
            inputs = _hash_inputs(settings, paths, languages, cache.environment(settings, {"cutoff": cutoff}))
            remembered = cache.load(settings)
            before = _keys(settings, inputs, paths, languages)
            todo = [doc for doc in paths if doc not in remembered or remembered[doc].key != before[doc]]
            if len(todo) < len(paths):
                progress(f"{len(paths) - len(todo)} of {len(paths)} documents unchanged since the last run")
            jobs = _jobs(settings, todo, paths, languages, inputs, glossaries, renamed, cutoff)
            work = sum(inputs.sizes[doc] for doc in todo) * (1 + len(languages))
            outcomes = parallel.run_jobs(jobs, progress, parallel=work >= parallel.POOL_MIN_WORK)
            outcomes, notes = _commit(settings, outcomes, renamed, languages, todo == list(paths))
        except BaseException:
            remove_stale_temporaries(settings.locales_path)  # a stopped worker's staged files too
            raise
        for doc, outcome in outcomes.items():
            _record(settings, inputs, doc, outcome, renamed)
        doc_results, catalog_results = _results(settings, paths, languages, outcomes, remembered, inputs, cache)
    return ExtractResult(tuple(doc_results), tuple(catalog_results), renamed, orphans, notes)


def _commit(settings: Settings, outcomes: dict[str, Outcome], renamed: tuple[Adoption, ...],
            languages: list[str], everything: bool) -> tuple[dict[str, Outcome], tuple[SourceNote, ...]]:
    """Fill from memory, then put every staged file in place and remove the renamed documents' old
    files: all in one transaction. ``everything``: every document of the project was run."""
    with Transaction() as files:
        for outcome in outcomes.values():
            for target, staged in outcome.staged:
                files.add(target, staged)
        outcomes = _fill_from_memory(settings, outcomes, renamed, files)
        notes = tuple(outcome.note for outcome in outcomes.values() if outcome.note is not None)
        if everything and notes and not any(outcome.document for outcome in outcomes.values()):
            raise no_documents_error(notes, _source_script(settings))
        for adoption in renamed:
            for path in _old_files(settings, adoption, languages):
                files.remove(path, shown_path(settings, path))
        files.commit()
    return outcomes, notes


def _old_files(settings: Settings, adoption: Adoption, languages: list[str]) -> list[Path]:
    """A renamed document's template and catalogs under the old name."""
    paths = [settings.template_path(adoption.old)] + [settings.catalog_path(locale, adoption.old)
                                                       for locale in languages]
    return [path for path in paths if path.is_file()]


def _plan_renames(settings: Settings, paths: dict[str, Path],
                  languages: list[str]) -> tuple[tuple[Adoption, ...], tuple[Orphan, ...]]:
    """Renamed documents (they take their old catalogs) and orphaned catalogs; nothing moves yet.
    Only the new documents are read."""
    from kztr.workflow.documents import find_orphans, plan_adoptions

    orphans = find_orphans(settings, set(paths), languages)
    new = [doc for doc in paths if not settings.template_path(doc).exists()
           and not any(settings.catalog_path(locale, doc).exists() for locale in languages)]
    if not orphans or not new:
        return (), orphans
    script = _source_script(settings)
    documents = [segmented for segmented in (read_document(settings, paths[doc], script)[0] for doc in new)
                 if segmented is not None]
    return plan_adoptions(settings, documents, languages, set(paths))


def _hash_inputs(settings: Settings, paths: dict[str, Path], languages: list[str], environment: str) -> _Inputs:
    """Hashes of every input decide what to skip; only hashes are kept (a 100k-unit catalog is
    50 MB): a document that runs reads its files again."""
    from kztr.workflow import cache

    tm_files = _memory_files(settings)
    return _Inputs(
        sources={doc: cache.digest(path.read_bytes()) for doc, path in paths.items()},
        templates={doc: cache.digest(read_bytes(settings.template_path(doc))) for doc in paths},
        catalogs={locale: _language_catalogs(settings, locale) for locale in languages},
        extra={locale: {**tm_files, **_glossary_files(settings, locale)} for locale in languages},
        environment=environment,
        sizes={doc: path.stat().st_size for doc, path in paths.items()},
        tm=bool(tm_files),
    )


def _keys(settings: Settings, inputs: _Inputs, paths: dict[str, Path], languages: list[str]) -> dict[str, str]:
    """Each document's cache key: its source, its template and catalogs, each language's memory."""
    from kztr.workflow import cache

    states = {locale: cache.language_state(files, inputs.extra[locale]) for locale, files in inputs.catalogs.items()}
    return {doc: cache.document_key(
        inputs.environment, inputs.sources[doc], inputs.templates[doc],
        {locale: inputs.catalogs[locale].get(settings.catalog_path(locale, doc)) for locale in languages},
        states) for doc in paths}


def _jobs(settings: Settings, todo: list[str], paths: dict[str, Path], languages: list[str], inputs: _Inputs,
          glossaries: dict, renamed: tuple[Adoption, ...], cutoff: float | None) -> list[Job]:
    """One job per document to update; checks the memory's TMX files first (a bad one stops the run)."""
    if not todo:
        return []
    script = _source_script(settings)
    _check_memory_files(settings, languages)
    locales_shown = shown_path(settings, settings.locales_path)
    renamed_from = {adoption.new: adoption.old for adoption in renamed}
    # A memory can fill a document only from other documents' catalogs or from TMX files.
    others = {locale: {path.stem for path in inputs.catalogs[locale]} for locale in languages}
    return [Job(settings, doc, paths[doc], script, tuple(languages), cutoff, locales_shown,
                tuple(glossaries[locale] for locale in languages),
                tuple(bool(inputs.tm or others[locale] - {doc, renamed_from.get(doc)}) for locale in languages),
                renamed_from.get(doc)) for doc in todo]


def _fill_from_memory(settings: Settings, outcomes: dict[str, Outcome], renamed: tuple[Adoption, ...],
                      files: Transaction) -> dict[str, Outcome]:
    """Catalogs that still had untranslated units, filled from the translation memory (in this
    process: the memory is every catalog of the language), then staged in ``files``.

    A document never fills from itself: when it is the only one of its language
    to fill, its own catalog is not read into the memory at all.
    """
    from kztr.reuse.memory import fill_from_memory
    from kztr.workflow.cache import digest_text
    from kztr.workflow.exchange import load_memory

    memories: dict[str, Memory] = {}  # each language's, read when a catalog first needs it
    filling: dict[str, set[str]] = {}  # per language, the documents with units to fill
    for doc, outcome in outcomes.items():
        for pending in outcome.pending:
            filling.setdefault(pending.locale, set()).add(doc)
    aliases = {adoption.old: adoption.new for adoption in renamed}
    filled_outcomes = {}
    for doc, outcome in outcomes.items():
        results = {result.locale: result for result in outcome.catalogs}
        digests = dict(outcome.catalog_digests)
        for pending in outcome.pending:
            if pending.locale not in memories:
                alone = filling[pending.locale] if len(filling[pending.locale]) == 1 else set()
                memories[pending.locale] = load_memory(settings, pending.locale,
                                                       {doc: Catalog() for doc in alone}, aliases)
            merged, filled = fill_from_memory(pending.merged, memories[pending.locale], exclude=pending.doc_id)
            waiting = filling[pending.locale]
            waiting.discard(pending.doc_id)
            if not waiting:  # no other document needs this language's memory: free it before the next one
                del memories[pending.locale]
            text = generate_po(merged)
            digests[pending.locale] = digest_text(text)
            written = digests[pending.locale] != pending.before
            if written:
                files.write(pending.path, text, shown_path(settings, pending.path))
            results[pending.locale] = replace(results[pending.locale], written=written, from_memory=filled)
        filled_outcomes[doc] = replace(outcome, catalogs=tuple(results[result.locale] for result in outcome.catalogs),
                                       catalog_digests=tuple(digests.items()), pending=())
    return filled_outcomes


def _record(settings: Settings, inputs: _Inputs, doc: str, outcome: Outcome, renamed: tuple[Adoption, ...]) -> None:
    """The hashes of a document's files as the run left them (for the cache keys)."""
    inputs.sources[doc] = outcome.source_digest
    inputs.templates[doc] = outcome.template_digest
    for locale, digest in outcome.catalog_digests:
        inputs.catalogs[locale][settings.catalog_path(locale, doc)] = digest
    for adoption in renamed:  # the old files are gone
        if adoption.new == doc:
            for locale, catalogs in inputs.catalogs.items():
                catalogs.pop(settings.catalog_path(locale, adoption.old), None)


def _results(settings: Settings, paths: dict[str, Path], languages: list[str], outcomes: dict[str, Outcome],
             remembered: dict, inputs: _Inputs, cache) -> tuple[list[DocumentResult], list[CatalogResult]]:
    """Every document's results, run or remembered, in source order; the cache saved for the next run."""
    after = _keys(settings, inputs, paths, languages)
    doc_results: list[DocumentResult] = []
    catalog_results: list[CatalogResult] = []
    memory = {}
    shown = (shown_path(settings, settings.source_path), shown_path(settings, settings.locales_path))
    for doc in paths:
        if doc in outcomes:
            document, catalogs = outcomes[doc].document, outcomes[doc].catalogs
            if document is None:
                continue  # nothing to translate (its note says why): read again next time
        else:
            document, catalogs = _as_remembered(shown, doc, paths[doc], remembered[doc], languages)
        doc_results.append(document)
        catalog_results += catalogs
        if doc not in outcomes or outcomes[doc].note is None:  # a document with a note is never skipped
            memory[doc] = cache.Remembered(after[doc], document.units, document.blocks,
                                           tuple((s.line, s.text, s.reason) for s in document.skipped))
    cache.save(settings, memory)
    return doc_results, catalog_results


def _as_remembered(shown: tuple[str, str], doc: str, path: Path, remembered, languages: list[str]):
    """The results of a skipped document: as the last run left it, every unit kept."""
    sources, locales = shown  # as shown_path gives them; computed once, not per document
    document = DocumentResult(
        doc_id=doc,
        source=joined(sources, path.name),
        template=joined(locales, f"{doc}.pot"),
        units=remembered.units,
        blocks=remembered.blocks,
        skipped=tuple(SkippedLine(line, text, reason) for line, text, reason in remembered.skipped),
        template_written=False,
        cached=True,
    )
    catalogs = tuple(CatalogResult(locale, doc, joined(locales, f"{locale}/LC_MESSAGES/{doc}.po"),
                                   MergeReport(kept=remembered.units), False) for locale in languages)
    return document, catalogs


def _source_script(settings: Settings) -> str:
    from kztr.locales import script_name, validate_locale

    validate_locale(settings.source_language)
    return script_name(settings.source_language)


def _language_catalogs(settings: Settings, locale: str) -> dict[Path, str]:
    """The hash of every catalog of one language, any document's: what its translation memory is made of."""
    folder = settings.locales_path / locale / "LC_MESSAGES"
    from kztr.workflow.cache import digest

    return {path: digest(path.read_bytes()) for path in sorted(folder.glob("*.po")) if path.is_file()} \
        if folder.is_dir() else {}


def _check_memory_files(settings: Settings, languages: list[str]) -> None:
    """Read every TMX of the tm folder (streaming, counting only), so that a bad or hostile file stops
    the run before anything is written, whether or not a catalog turns out to need the memory."""
    from kztr.exchange.tmx import read_tmx
    from kztr.workflow.exchange import tm_files

    for path in tm_files(settings) if languages else ():
        read_tmx(path, shown_path(settings, path), settings.source_language, tuple(languages), keep=False)


def _glossary_files(settings: Settings, locale: str) -> dict[Path, str]:
    """The hash of a language's glossary: its terms are written into the catalogs' notes."""
    from kztr.glossary import glossary_path
    from kztr.workflow.cache import digest
    from kztr.workflow.qa import GLOSSARY_DIR

    path = glossary_path(settings.root / GLOSSARY_DIR, locale)
    return {path: digest(path.read_bytes())} if path is not None else {}


def _memory_files(settings: Settings) -> dict[Path, str]:
    """The hashes of the TMX files extract reads (``tm_files``), which fill new units too."""
    from kztr.workflow.cache import digest
    from kztr.workflow.exchange import tm_files

    return {path: digest(path.read_bytes()) for path in tm_files(settings)}
