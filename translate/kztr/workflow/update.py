"""``kztr extract`` and ``kztr init``: templates from the sources, catalogs from the templates."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kztr.config import Settings
from kztr.errors import KztrError, SourceError
from kztr.lock import project_lock
from kztr.reuse.merge import MergeReport, merge_catalog
from kztr.model import Catalog, SkippedLine
from kztr.po.pofile import generate_po, remove_stale_temporaries, write_atomic
from kztr.project import (
    SourceNote,
    list_languages,
    read_document,
    read_documents,
    shown_path,
    template_for,
    timestamp,
)
from kztr.po.template import add_glossary_notes, new_catalog_header, update_header
from kztr.workflow import staging
from kztr.workflow.common import Progress, silent
from kztr.workflow.documents import Adoption, Orphan


@dataclass(frozen=True)
class DocumentResult:
    doc_id: str
    source: str
    template: str
    units: int
    blocks: int
    skipped: tuple[SkippedLine, ...]
    template_written: bool
    cached: bool = False  # unchanged since the last run: not read again (see workflow/cache.py)


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
    converted_from: str | None = None  # the legacy charset the catalog was read in (written as UTF-8)


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


# Below this much work (source bytes times catalogs), starting processes costs more than it saves.
POOL_MIN_WORK = 256 * 1024


def extract(settings: Settings, progress: Progress = silent, cutoff: float | None = None) -> ExtractResult:
    """Write every document's template and merge it into every language's catalog.

    Documents whose inputs did not change since the last run are skipped
    (workflow/cache.py says when that is safe); the others are updated, on
    several cores when there is enough work.  Every catalog is parsed before
    anything is written: one bad file stops the run with nothing changed.
    """
    from kztr.text.sources import list_sources
    from kztr.workflow import cache
    from kztr.workflow.qa import load_glossary

    languages = list_languages(settings)
    paths = {path.stem: path for path in list_sources(settings.source_path, settings.root)}
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)):
        remove_stale_temporaries(settings.locales_path)
        renamed, orphans = _adopt_renamed(settings, paths, languages)
        glossaries = {locale: load_glossary(settings, locale) for locale in languages}
        # Hashes of every input decide what to skip; only hashes are kept (a 100k-unit
        # catalog is 50 MB): a document that runs reads its files again.
        sizes = {doc: path.stat().st_size for doc, path in paths.items()}
        sources = {doc: cache.digest(path.read_bytes()) for doc, path in paths.items()}
        templates = {doc: cache.digest(_read(settings.template_path(doc))) for doc in paths}
        by_language = {locale: _language_catalogs(settings, locale) for locale in languages}
        tm_files = _memory_files(settings)
        extra_files = {locale: {**tm_files, **_glossary_files(settings, locale)} for locale in languages}
        environment = cache.environment(settings, {"cutoff": cutoff})

        catalog_paths = {(locale, doc): settings.catalog_path(locale, doc) for doc in paths for locale in languages}

        def keys() -> dict[str, str]:
            states = {locale: cache.language_state(files, extra_files[locale]) for locale, files in by_language.items()}
            return {doc: cache.document_key(
                environment, sources[doc], templates[doc],
                {locale: by_language[locale].get(catalog_paths[(locale, doc)]) for locale in languages},
                states) for doc in paths}

        remembered = cache.load(settings)
        before = keys()
        todo = [doc for doc in paths if doc not in remembered or remembered[doc].key != before[doc]]
        if len(todo) < len(paths):
            progress(f"{len(paths) - len(todo)} of {len(paths)} documents unchanged since the last run")
        script = _source_script(settings) if todo else ""
        if todo:
            _check_memory_files(settings, languages)
        locales_shown = shown_path(settings, settings.locales_path)
        # A memory can fill a document only from other documents' catalogs or from TMX files.
        others = {locale: {path.stem for path in by_language[locale]} for locale in languages}
        jobs = [_Job(settings, doc, paths[doc], script, tuple(languages), cutoff, locales_shown,
                     tuple(glossaries[locale] for locale in languages),
                     tuple(bool(tm_files or others[locale] - {doc}) for locale in languages)) for doc in todo]
        outcomes = _run(jobs, progress, parallel=sum(sizes[doc] for doc in todo) * (1 + len(languages))
                        >= POOL_MIN_WORK)
        try:
            memories: dict[str, object] = {}  # each language's, read when a catalog first needs it
            filling: dict[str, set[str]] = {}  # per language, the documents with units to fill
            for doc, outcome in outcomes.items():
                for pending in outcome.pending:
                    filling.setdefault(pending.locale, set()).add(doc)
            outcomes = {doc: _fill_from_memory(settings, outcome, memories, filling)
                        for doc, outcome in outcomes.items()}
            notes = tuple(outcome.note for outcome in outcomes.values() if outcome.note is not None)
            if not any(outcome.document for outcome in outcomes.values()) and len(todo) == len(paths):
                first = notes[0]
                others = len(notes) - 1
                more = f" (nor {others} other document{'s' if others != 1 else ''})" if others else ""
                raise SourceError(f"{first.message}; no source document has {script} text to translate{more}",
                                  path=first.source)
        except BaseException:
            for outcome in outcomes.values():
                staging.discard(list(outcome.staged))
            raise
        # Every document parsed, merged and staged: now put the files in place.
        staging.commit([pair for outcome in outcomes.values() for pair in outcome.staged])
        for doc, outcome in outcomes.items():
            sources[doc] = outcome.source_digest
            templates[doc] = outcome.template_digest
            for locale, digest in outcome.catalog_digests:
                by_language[locale][settings.catalog_path(locale, doc)] = digest
        after = keys()
        doc_results, catalog_results, memory = [], [], {}
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
    return ExtractResult(tuple(doc_results), tuple(catalog_results), renamed, orphans, notes)


def _adopt_renamed(settings: Settings, paths: dict[str, Path],
                   languages: list[str]) -> tuple[tuple[Adoption, ...], tuple[Orphan, ...]]:
    """Renamed documents take their old catalogs (moved on disk, before anything is hashed or merged);
    catalogs whose source is gone otherwise are reported. Only the new documents are read."""
    from kztr.workflow.documents import adopt_orphans, find_orphans

    orphans = find_orphans(settings, set(paths), languages)
    new = [doc for doc in paths if not settings.template_path(doc).exists()
           and not any(settings.catalog_path(locale, doc).exists() for locale in languages)]
    if not orphans or not new:
        return (), orphans
    script = _source_script(settings)
    documents = [segmented for segmented in (read_document(settings, paths[doc], script)[0] for doc in new)
                 if segmented is not None]
    existing = {(locale, doc): (settings.catalog_path(locale, doc), None, None) for doc in new for locale in languages}
    adoptions, orphans = adopt_orphans(settings, documents, languages, existing, doc_ids=set(paths))
    for adoption in adoptions:  # the moved catalogs' header comments now name the new source
        for locale in languages:
            path, data, catalog = existing[(locale, adoption.new)]
            if catalog is not None:
                write_atomic(path, generate_po(catalog))
    return adoptions, orphans


def _fill_from_memory(settings: Settings, outcome: "_Outcome", memories: dict,
                      filling: dict[str, set[str]]) -> "_Outcome":
    """A document's catalogs that still had untranslated units, filled from the translation memory
    (in this process: the memory is every catalog of the language), then staged.

    A document never fills from itself: when it is the only one of its language
    to fill, its own catalog is not read into the memory at all.
    """
    from kztr.reuse.memory import fill_from_memory
    from kztr.workflow.cache import digest_text
    from kztr.workflow.exchange import load_memory

    if not outcome.pending:
        return outcome
    results = {result.locale: result for result in outcome.catalogs}
    staged, digests = list(outcome.staged), dict(outcome.catalog_digests)
    try:
        for pending in outcome.pending:
            if pending.locale not in memories:
                alone = filling[pending.locale] if len(filling[pending.locale]) == 1 else set()
                memories[pending.locale] = load_memory(settings, pending.locale, {doc: Catalog() for doc in alone})
            merged, filled = fill_from_memory(pending.merged, memories[pending.locale], exclude=pending.doc_id)
            waiting = filling[pending.locale]
            waiting.discard(pending.doc_id)
            if not waiting:  # no other document needs this language's memory: free it before the next one
                del memories[pending.locale]
            text = generate_po(merged)
            after = digest_text(text)
            digests[pending.locale] = after
            written = after != pending.before
            if written:
                staged.append((pending.path, staging.stage(pending.path, text)))
            results[pending.locale] = replace(results[pending.locale], written=written, from_memory=filled)
    except BaseException:
        staging.discard([pair for pair in staged if pair not in outcome.staged])
        raise
    return replace(outcome, catalogs=tuple(results[result.locale] for result in outcome.catalogs),
                   staged=tuple(staged), catalog_digests=tuple(digests.items()), pending=())


@dataclass(frozen=True)
class _Job:
    settings: Settings
    doc_id: str
    source: Path
    script: str  # the source language's script (Babel), looked up once per run
    languages: tuple[str, ...]
    cutoff: float | None
    locales_shown: str  # the locales folder as shown_path gives it (resolving paths per file costs)
    glossaries: tuple = ()  # each language's glossary (or None), in the order of ``languages``
    memory: tuple[bool, ...] = ()  # per language: is there a memory to fill from (other catalogs, TMX)?


@dataclass(frozen=True)
class _Pending:
    """A merged catalog that still has untranslated units: the translation memory may fill them."""

    locale: str
    doc_id: str
    path: Path
    merged: Catalog
    before: str  # the digest of the file as it was


@dataclass(frozen=True)
class _Outcome:
    document: DocumentResult | None  # None: nothing to translate in the source (``note`` says why)
    catalogs: tuple[CatalogResult, ...]
    staged: tuple[tuple[Path, Path], ...]  # (target, staged file) of the files that change
    source_digest: str  # of the source this run segmented, and of the files as it leaves them
    template_digest: str
    catalog_digests: tuple[tuple[str, str], ...]
    note: SourceNote | None = None
    pending: tuple[_Pending, ...] = ()  # catalogs to fill from memory (in the main process), then stage


def _update_document(job: _Job) -> _Outcome:
    """One document: its template, and its catalog in every language merged and staged (not yet in place)."""
    staged: list[tuple[Path, Path]] = []
    try:
        return _merge_document(job, staged)
    except BaseException:
        staging.discard(staged)
        raise


def _merge_document(job: _Job, staged: list[tuple[Path, Path]]) -> _Outcome:
    from kztr.po.catalog import parse_catalog
    from kztr.locales import plural_forms
    from kztr.workflow.cache import digest, digest_text

    settings = job.settings
    source_digest = digest(_read(job.source))
    segmented, note = read_document(settings, job.source, job.script)
    if digest(_read(job.source)) != source_digest:  # the key must describe what was segmented
        raise KztrError("changed while kztr extract read it; run kztr extract again",
                        path=note.source if segmented is None else segmented.document.relpath)
    if segmented is None:
        return _Outcome(None, (), (), source_digest, digest(_read(settings.template_path(job.doc_id))), (), note)
    template, template_text, changed = template_for(settings, segmented)
    template_path = settings.template_path(job.doc_id)
    document = DocumentResult(
        doc_id=job.doc_id,
        source=segmented.document.relpath,
        template=_joined(job.locales_shown, template_path.name),
        units=len(template.entries),
        blocks=len(segmented.document.blocks),
        skipped=segmented.document.skipped,
        template_written=changed,
    )
    del segmented  # the units live on in the template: free the blocks before the merge
    template_digest = digest_text(template_text)
    if changed:
        staged.append((template_path, staging.stage(template_path, template_text)))
    del template_text
    results, digests, pending = [], [], []
    for locale, glossary, memory in zip(job.languages, job.glossaries or (None,) * len(job.languages),
                                        job.memory or (True,) * len(job.languages)):
        path = settings.catalog_path(locale, job.doc_id)
        shown = _joined(job.locales_shown, f"{locale}/LC_MESSAGES/{path.name}")
        data = _read(path, shown)
        created = data is None
        old = parse_catalog(data, shown) if data is not None else Catalog()
        before = digest(data)
        del data  # parsed: the bytes need not stay for the merge (50 MB for 100k units)
        header = update_header(old.header, template, locale, plural_forms(locale))
        noted = add_glossary_notes(template, glossary)
        merged, report = merge_catalog(noted, old, header, **({"cutoff": job.cutoff} if job.cutoff else {}))
        result = CatalogResult(locale, job.doc_id, shown, report, False, created, dropped_units(old, template),
                               converted_from=old.source_charset if old.source_charset.upper() != "UTF-8" else None)
        del old
        if memory and any(not entry.obsolete and not entry.has_translation for entry in merged.entries):
            pending.append(_Pending(locale, job.doc_id, path, merged, before))  # memory may fill it
            results.append(result)
            continue
        text = generate_po(merged)
        del merged
        after = digest_text(text)
        written = after != before
        digests.append((locale, after))
        if written:
            staged.append((path, staging.stage(path, text)))
        del text
        results.append(replace(result, written=written))
    return _Outcome(document, tuple(results), tuple(staged), source_digest, template_digest, tuple(digests),
                    note, tuple(pending))


def _update_in_worker(job: _Job) -> _Outcome | tuple[str, str, str | None, int | None]:
    """``_update_document`` in another process; a KztrError comes back whole (path and line)."""
    try:
        return _update_document(job)
    except KztrError as exc:
        return (type(exc).__name__, exc.message, None if exc.path is None else str(exc.path), exc.line)


def _run(jobs: list[_Job], progress: Progress, parallel: bool) -> dict[str, _Outcome]:
    """Every job's outcome, in job order; in a process pool when asked and worth it."""
    import os

    def report(done: int, outcome: _Outcome) -> None:
        document = outcome.document
        if document is not None:
            progress(f"[{done}/{len(jobs)}] {document.template}: {document.units} units")

    workers = min(len(jobs), os.cpu_count() or 1)
    outcomes: dict[str, _Outcome] = {}
    try:
        if not parallel or workers < 2:
            for done, job in enumerate(jobs, 1):
                outcomes[job.doc_id] = _update_document(job)
                report(done, outcomes[job.doc_id])
        else:
            _run_in_pool(jobs, workers, outcomes, report)
    except BaseException:
        # One document failed: nothing is put in place, every staged file goes.
        for outcome in outcomes.values():
            staging.discard(list(outcome.staged))
        raise
    return {job.doc_id: outcomes[job.doc_id] for job in jobs}


def _run_in_pool(jobs: list[_Job], workers: int, outcomes: dict[str, _Outcome], report) -> None:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from kztr import errors

    pool = ProcessPoolExecutor(max_workers=workers)
    futures = {pool.submit(_update_in_worker, job): job.doc_id for job in jobs}
    try:
        for done, future in enumerate(as_completed(futures), 1):
            outcome = future.result()
            if isinstance(outcome, tuple):
                kind, message, path, line = outcome
                raise getattr(errors, kind, KztrError)(message, path=path, line=line)
            outcomes[futures[future]] = outcome
            report(done, outcome)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        # Jobs that finished after a failure staged files nobody will commit: collect them too.
        for future, doc in futures.items():
            if doc not in outcomes and future.done() and not future.cancelled() and future.exception() is None:
                result = future.result()
                if not isinstance(result, tuple):
                    outcomes[doc] = result


def _as_remembered(shown: tuple[str, str], doc: str, path: Path, remembered, languages: list[str]):
    """The results of a skipped document: as the last run left it, every unit kept."""
    sources, locales = shown  # as shown_path gives them; computed once, not per document
    document = DocumentResult(
        doc_id=doc,
        source=_joined(sources, path.name),
        template=_joined(locales, f"{doc}.pot"),
        units=remembered.units,
        blocks=remembered.blocks,
        skipped=tuple(SkippedLine(line, text, reason) for line, text, reason in remembered.skipped),
        template_written=False,
        cached=True,
    )
    catalogs = tuple(CatalogResult(locale, doc, _joined(locales, f"{locale}/LC_MESSAGES/{doc}.po"),
                                   MergeReport(kept=remembered.units), False) for locale in languages)
    return document, catalogs


def _source_script(settings: Settings) -> str:
    from kztr.locales import script_name, validate_locale

    validate_locale(settings.source_language)
    return script_name(settings.source_language)


def _joined(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder}/{name}"


def _read(path: Path, shown: str | None = None) -> bytes | None:
    """A file's bytes, None when it does not exist."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KztrError(f"cannot read: {exc.strerror}", path=shown or str(path)) from None


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
