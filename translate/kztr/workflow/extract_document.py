"""One document of ``kztr extract``: its template, and its catalog in every language merged and staged.

A job runs in the main process or in a worker (workflow/parallel.py): it
reads the source and the catalogs, merges, and stages every file that
changes beside its target (``kztr.files.stage``). Nothing is put in place
here: workflow/extract.py commits the staged files of every document in
one transaction, or none.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from kztr.config import Settings
from kztr.errors import KztrError
from kztr.files import stage, sync
from kztr.model import Catalog, SkippedLine
from kztr.po.pofile import po_chunks
from kztr.po.template import add_glossary_notes, update_header
from kztr.project import SourceNote, read_document, template_for
from kztr.reuse.merge import MergeReport, merge_catalog


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


def dropped_units(old: Catalog | None, template: Catalog) -> tuple[str, ...]:
    """Units of the old catalog no longer in the source and never translated: the merge drops them
    (as gettext's msgmerge does); extract names them so nothing disappears unsaid."""
    if old is None:
        return ()
    keys = {entry.key for entry in template.entries}
    return tuple(entry.msgid for entry in old.live if entry.key not in keys and not entry.has_translation)


@dataclass(frozen=True)
class Job:
    settings: Settings
    doc_id: str
    source: Path
    script: str  # the source language's script (Babel), looked up once per run
    languages: tuple[str, ...]
    cutoff: float | None
    locales_shown: str  # the locales folder as shown_path gives it (resolving paths per file costs)
    glossaries: tuple = ()  # each language's glossary (or None), in the order of ``languages``
    memory: tuple[bool, ...] = ()  # per language: is there a memory to fill from (other catalogs, TMX)?
    renamed_from: str | None = None  # the document whose catalogs this one takes (its source was renamed)


@dataclass(frozen=True)
class Pending:
    """A merged catalog that still has untranslated units: the translation memory may fill them."""

    locale: str
    doc_id: str
    path: Path
    merged: Catalog
    before: str  # the digest of the file as it was


@dataclass(frozen=True)
class Outcome:
    document: DocumentResult | None  # None: nothing to translate in the source (``note`` says why)
    catalogs: tuple[CatalogResult, ...]
    staged: tuple[tuple[Path, Path], ...]  # (target, staged file) of the files that change
    source_digest: str  # of the source this run segmented, and of the files as it leaves them
    template_digest: str
    catalog_digests: tuple[tuple[str, str], ...]
    note: SourceNote | None = None
    pending: tuple[Pending, ...] = ()  # catalogs to fill from memory (in the main process), then stage


def update_document(job: Job) -> Outcome:
    """One document: its template, and its catalog in every language merged and staged (not yet in place)."""
    staged: list[tuple[Path, Path]] = []
    try:
        return _merge_document(job, staged)
    except BaseException:
        discard(staged)
        raise


def discard(staged) -> None:
    """Delete staged files: (target, staged file) pairs."""
    for _, temporary in staged:
        temporary.unlink(missing_ok=True)


def _merge_document(job: Job, staged: list[tuple[Path, Path]]) -> Outcome:
    from kztr.workflow.cache import digest, digest_text, new_digest

    settings = job.settings
    source_digest = digest(read_bytes(job.source))
    segmented, note = read_document(settings, job.source, job.script)
    if digest(read_bytes(job.source)) != source_digest:  # the key must describe what was segmented
        shown = segmented.document.relpath if segmented is not None else note.source if note else str(job.source)
        raise KztrError("changed while kztr extract read it; run kztr extract again", path=shown)
    if segmented is None:
        return Outcome(None, (), (), source_digest, digest(read_bytes(settings.template_path(job.doc_id))), (), note)
    template, template_text, changed = template_for(settings, segmented)
    template_path = settings.template_path(job.doc_id)
    document = DocumentResult(
        doc_id=job.doc_id,
        source=segmented.document.relpath,
        template=joined(job.locales_shown, template_path.name),
        units=len(template.entries),
        blocks=len(segmented.document.blocks),
        skipped=segmented.document.skipped,
        template_written=changed,
    )
    del segmented  # the units live on in the template: free the blocks before the merge
    template_digest = digest_text(template_text)
    if changed:
        staged.append((template_path, stage(template_path, template_text, document.template)))
    del template_text
    results, digests, pending = [], [], []
    for locale, glossary, memory in zip(job.languages, job.glossaries or (None,) * len(job.languages),
                                        job.memory or (True,) * len(job.languages), strict=True):
        result, merged, before = _merge_catalog(job, document, template, locale, glossary)
        path = settings.catalog_path(locale, job.doc_id)
        if memory and any(not entry.obsolete and not entry.has_translation for entry in merged.entries):
            pending.append(Pending(locale, job.doc_id, path, merged, before))  # memory may fill it
            results.append(result)
            continue
        # written and hashed in one pass, piece by piece (the text is never whole in memory); kept (and only
        # then synced to the disk) when it differs from the file at its place
        hashed = new_digest()
        temporary = stage(path, po_chunks(merged), result.path, seen=hashed.update)
        after = hashed.hexdigest()
        written = after != before
        digests.append((locale, after))
        if written:
            staged.append((path, temporary))
            sync(temporary, path, result.path)
        else:
            temporary.unlink(missing_ok=True)
        del merged
        results.append(replace(result, written=written))
    return Outcome(document, tuple(results), tuple(staged), source_digest, template_digest, tuple(digests),
                   note, tuple(pending))


def _merge_catalog(job: Job, document: DocumentResult, template: Catalog, locale: str,
                   glossary) -> tuple[CatalogResult, Catalog, str]:
    """A language's catalog of the document read (from the renamed document's, if it was renamed)
    and merged with the template: (result, merged catalog, digest of the file now at its place)."""
    from kztr.locales import plural_forms
    from kztr.po.catalog import parse_catalog
    from kztr.workflow.cache import digest
    from kztr.workflow.documents import renamed_comments

    settings = job.settings
    doc = job.renamed_from or job.doc_id
    path = settings.catalog_path(locale, doc)
    data = read_bytes(path, joined(job.locales_shown, f"{locale}/LC_MESSAGES/{path.name}"))
    shown = joined(job.locales_shown, f"{locale}/LC_MESSAGES/{job.doc_id}.po")
    created = data is None
    old = parse_catalog(data, joined(job.locales_shown, f"{locale}/LC_MESSAGES/{path.name}")) \
        if data is not None else Catalog()
    if job.renamed_from and data is not None:  # the header comments name the new source
        old = replace(old, header_comments=renamed_comments(old.header_comments, job.renamed_from, document.source))
    before = digest(data if not job.renamed_from else None)  # a renamed catalog is new at its new place
    del data  # parsed: the bytes need not stay for the merge (50 MB for 100k units)
    header = update_header(old.header, template, locale, plural_forms(locale))
    noted = add_glossary_notes(template, glossary)
    merged, report = merge_catalog(noted, old, header, **({"cutoff": job.cutoff} if job.cutoff else {}))
    result = CatalogResult(locale, job.doc_id, shown, report, False, created, dropped_units(old, template),
                           converted_from=old.source_charset if old.source_charset.upper() != "UTF-8" else None)
    return result, merged, before


def joined(folder: str, name: str) -> str:
    return name if folder == "." else f"{folder}/{name}"


def read_bytes(path: Path, shown: str | None = None) -> bytes | None:
    """A file's bytes, None when it does not exist."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KztrError(f"cannot read: {exc.strerror}", path=shown or str(path)) from None
