"""``kztr check``: every translated and fuzzy unit against its source, as findings.

``collect_findings`` is the one definition of a catalog's findings: ``kztr
check`` reports them, ``kztr status`` counts them and ``kztr build --review``
marks them, all through it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from kztr.config import Settings
from kztr.errors import KztrError
from kztr.project import SourceNote, list_languages, read_source_documents, shown_path
from kztr.workflow.common import project_language

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from kztr.checks import Finding, Prepared
    from kztr.glossary import Glossary
    from kztr.model import Catalog

GLOSSARY_DIR = "glossary"


@dataclass(frozen=True)
class CheckedCatalog:
    document: str
    language: str
    path: str
    findings: tuple[Finding, ...]
    missing: bool = False  # no catalog yet: nothing to check


@dataclass(frozen=True)
class CheckReport:
    """``kztr check``: the findings of every selected catalog."""

    source_language: str
    languages: tuple[str, ...]
    documents: tuple[str, ...]
    catalogs: tuple[CheckedCatalog, ...]
    glossaries: tuple[str, ...]  # the glossary files used, as shown
    notes: tuple[SourceNote, ...] = ()  # source documents skipped (nothing to translate, not text) or suspect
    # ``# kztr: ok`` comments naming no check: (catalog as shown, line, name, the check it may mean or "")
    misnamed: tuple[tuple[str, int, str, str], ...] = ()
    orphans: tuple = ()  # templates and catalogs of no source document (``workflow.documents.Orphan``): not checked
    behind: tuple[tuple[str, int], ...] = ()  # catalogs behind their source (as shown, units missing): run extract

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple(finding for item in self.catalogs for finding in item.findings)


def load_glossary(settings: Settings, language: str) -> Glossary | None:
    """``glossary/<lang>.tsv`` (or ``.csv``) of the project, if it has one."""
    from kztr.glossary import glossary_path, read_glossary

    path = glossary_path(settings.root / GLOSSARY_DIR, language)
    return read_glossary(path, language, shown_path(settings, path)) if path is not None else None


# Below this many entries in all, forking workers costs more than it saves; pieces of this many entries
# are what a worker takes at a time (small enough that two workers finish together).
PARALLEL_MIN_ENTRIES = 4_000
PIECE = 2_000


def collect_findings(settings: Settings, catalogs: list[tuple[str, str, str, Catalog]],
                     only: tuple[str, ...] = (),
                     digests: dict[tuple[str, str], str] | None = None) -> dict[tuple[str, str], tuple[Finding, ...]]:
    """Findings per (document, language) of ``catalogs``: (document, language, shown path, catalog).

    Per-unit checks run on each catalog with its language's glossary (and,
    for a Markdown document, the markup check); the consistency check runs
    over all catalogs of a language together. The same documents' catalogs in
    the project's other languages are read as evidence (a unit's translations
    into other languages: numbers, omission, names), never reported: what a
    catalog's units are found to have does not depend on which languages a
    command was asked about (``check --lang en`` finds on English what
    ``check`` does). With many units, the per-unit
    checks (catalog by catalog, piece by piece) and the names check run on
    every core; the findings are the same, in the same order. With
    ``digests`` (the hash of each catalog's bytes as read), a catalog's
    per-unit findings come from the last run's when nothing they depend on
    changed (``qa_cache``).
    """
    from kztr.checks import checks_to_run, unknown_check
    from kztr.checks.consistency import check_consistency
    from kztr.checks.names import check_names
    from kztr.errors import ConfigError
    from kztr.model import is_markdown
    from kztr.text.sources import list_sources

    wrong = unknown_check(settings.extra_checks)
    if wrong:
        raise ConfigError(f"extra-checks: {wrong}", path=settings.config_file)
    only = checks_to_run(only, settings.extra_checks)
    sources = list_sources(settings.source_path, settings.root)
    markdown = {path.stem for path in sources if is_markdown(path)}
    languages = list(dict.fromkeys(item[1] for item in catalogs))
    evidence, evidence_digests = _other_languages(settings, catalogs) if _COMPARING.intersection(only) else ([], {})
    glossary_digests = _glossary_digests(settings, languages) if digests is not None else {}
    glossaries = {language: load_glossary(settings, language) for language in languages}
    for language in dict.fromkeys(item[1] for item in evidence):
        glossaries[language] = load_glossary(settings, language)
    names = "names" in only
    if digests is not None:  # the remembered findings of a document or language the project no longer has
        from kztr.workflow import qa_cache

        known = list_languages(settings)
        qa_cache.forget_all_but(settings, [(path.stem, language) for path in sources for language in known])
    # the checks across catalogs: names (every language at once: one's spelling is evidence for another's), the
    # longest task, then consistency (a language at a time)
    across: list[Callable[[], tuple[Finding, ...]]] = [partial(check_names, catalogs + evidence, glossaries)] \
        if names else []
    if "consistency" in only:
        across += [partial(check_consistency, [item for item in catalogs if item[1] == language])
                   for language in languages]
    found, done = _per_unit_findings(settings, catalogs, glossaries, markdown, only, across,
                                     None if digests is None else (digests | evidence_digests, glossary_digests),
                                     evidence)
    if done is None:  # every catalog's per-unit findings came from the cache
        done = [task() for task in across]
    named, consistent = (done[0], done[1:]) if names else ((), done)
    for findings in (*consistent, named):  # consistency's first: of two findings on one line, it is listed first
        for finding in findings:
            if (finding.document, finding.language) in found:  # not the evidence's
                found[(finding.document, finding.language)].append(finding)
    return {key: tuple(sorted(items, key=lambda finding: finding.line)) for key, items in found.items()}


def _glossary_digests(settings: Settings, languages: list[str]) -> dict[str, str]:
    """The hash of each language's glossary file, taken before the glossary is read (a file saved in
    between gives the next run another key, never a stale finding)."""
    from kztr.glossary import glossary_path
    from kztr.workflow.cache import digest

    found = {}
    for language in languages:
        path = glossary_path(settings.root / GLOSSARY_DIR, language)
        try:
            found[language] = digest(path.read_bytes()) if path is not None else "-"
        except OSError:
            found[language] = "?"  # the glossary's own reader reports it
    return found


# The checks that compare a unit with its translations into other languages (``Context.parallel``, the names check)
_COMPARING = frozenset({"numbers", "omission", "names"})


def _other_languages(settings: Settings, catalogs: list[tuple[str, str, str, Catalog]]
                     ) -> tuple[list[tuple[str, str, str, Catalog]], dict[tuple[str, str], str]]:
    """The catalogs of ``catalogs``'s documents in the project's other languages, and the hash of each one's bytes:
    evidence for their checks. One that cannot be read is left out (it is no catalog asked about)."""
    from kztr.po.catalog import read_catalog_file
    from kztr.workflow.cache import digest

    have = {(item[0], item[1]) for item in catalogs}
    languages = list_languages(settings)
    evidence, digests = [], {}
    for document in dict.fromkeys(item[0] for item in catalogs):
        for language in languages:
            path = settings.catalog_path(language, document)
            if (document, language) in have or not path.is_file():
                continue
            shown = shown_path(settings, path)
            try:
                data, catalog = read_catalog_file(path, shown)
            except KztrError:
                continue
            evidence.append((document, language, shown, catalog))
            digests[(document, language)] = digest(data)
    return evidence, digests


def _per_unit_findings(settings: Settings, catalogs: list[tuple[str, str, str, Catalog]],
                       glossaries: dict[str, Glossary | None], markdown: set[str], only: tuple[str, ...],
                       across: list[Callable[[], tuple[Finding, ...]]],
                       hashes: tuple[dict[tuple[str, str], str], dict[str, str]] | None,
                       evidence: Sequence[tuple[str, str, str, Catalog]] = ()
                       ) -> tuple[dict[tuple[str, str], list[Finding]], list[tuple[Finding, ...]] | None]:
    """Each catalog's per-unit findings (the remembered ones where ``hashes`` give the same key), and those of
    the checks ``across`` catalogs, each task's, when they ran beside them (None when they did not).
    ``evidence``: other languages' catalogs of the same documents, whose translations the checks compare with."""
    from kztr.checks import check_entries, parallel_translations, prepare_catalog
    from kztr.workflow import qa_cache
    from kztr.workflow.parallel import can_fork

    found: dict[tuple[str, str], list[Finding]] = {}
    keys: dict[tuple[str, str], str] = {}
    todo = catalogs
    if hashes is not None:
        digests, glossary_digests = hashes
        keys = qa_cache.catalog_keys(settings, [(doc, lang, shown, digests[(doc, lang)]) for doc, lang, shown, _
                                                in catalogs], glossary_digests, markdown, only,
                                     [(doc, lang, shown, digests[(doc, lang)]) for doc, lang, shown, _ in evidence])
        for document, language, shown, catalog in catalogs:
            remembered = qa_cache.recall(settings, document, language, shown, keys[(document, language)], catalog)
            if remembered is not None:
                found[(document, language)] = list(remembered)
        todo = [item for item in catalogs if (item[0], item[1]) not in found]
    if not todo:
        return found, None
    parallel = parallel_translations([*catalogs, *evidence])
    # A document's catalogs one after another: what the checks read from a source sentence (its
    # numbers, names, terms) is cached, and met again in the next language rather than 100,000 units on.
    order = {document: number for number, document in enumerate(dict.fromkeys(item[0] for item in todo))}
    prepared = [prepare_catalog(catalog, settings.source_language, language, document=document, catalog_path=path,
                                glossary=glossaries[language], only=only, markup=document in markdown,
                                parallel=parallel.get(document))
                for document, language, path, catalog in sorted(todo, key=lambda item: order[item[0]])]
    if sum(len(item.catalog.entries) for item in prepared) >= PARALLEL_MIN_ENTRIES and can_fork():
        per_unit, done = _checked_on_cores(prepared, across)
    else:
        per_unit = [check_entries(item, 0, len(item.catalog.entries)) for item in prepared]
        done = [task() for task in across]
    for item, findings in zip(prepared, per_unit, strict=True):
        found[(item.document, item.language)] = list(findings)
    if hashes is not None:
        qa_cache.remember(settings, [(item.document, item.language, keys[(item.document, item.language)], findings,
                                      item.catalog) for item, findings in zip(prepared, per_unit, strict=True)])
    return found, done


def _checked_on_cores(prepared: list[Prepared], across: list[Callable[[], tuple[Finding, ...]]]
                      ) -> tuple[list[tuple[Finding, ...]], list[tuple[Finding, ...]]]:
    """The per-unit findings of each prepared catalog and each task's ``across`` catalogs, worked out by forked
    workers: those tasks first (the names check is the longest), then the catalogs in pieces of ``PIECE``
    entries."""
    from kztr.checks import check_entries
    from kztr.workflow.parallel import run_forked

    pieces = [(index, start, min(start + PIECE, len(item.catalog.entries)))
              for index, item in enumerate(prepared) for start in range(0, len(item.catalog.entries), PIECE)]
    tasks: list[Callable[[], tuple[Finding, ...]]] = [
        *across, *(partial(check_entries, prepared[index], start, stop) for index, start, stop in pieces)]
    results = run_forked(tasks)
    per_unit: list[list[Finding]] = [[] for _ in prepared]
    for (index, _, _), findings in zip(pieces, results[len(across):], strict=True):
        per_unit[index] += findings
    return [tuple(findings) for findings in per_unit], results[:len(across)]


def check(settings: Settings, languages: tuple[str, ...] = (), documents: tuple[str, ...] = (),
          only: tuple[str, ...] = (), cache: bool = True) -> CheckReport:
    """Check every selected catalog (each read once, nothing written to the project); the per-unit findings
    of unchanged catalogs come from the last run unless ``cache`` is False (``qa_cache``)."""
    from kztr.checks import unknown_check
    from kztr.glossary import glossary_path
    from kztr.po.catalog import read_catalog_file
    from kztr.workflow.cache import digest

    wrong = unknown_check(only)
    if wrong:
        raise KztrError(wrong)
    known_languages = list_languages(settings)
    wanted = {project_language(settings, code, known_languages) for code in languages}
    selected_languages = tuple(code for code in known_languages if not wanted or code in wanted)
    read, notes = read_source_documents(settings, only=tuple(dict.fromkeys(documents)))
    selected_documents = tuple(document.doc_id for document in sorted(read, key=lambda document: document.path))
    loaded, missing, digests = [], [], {}
    for locale in selected_languages:
        for doc_id in selected_documents:
            path = settings.catalog_path(locale, doc_id)
            shown = shown_path(settings, path)
            if path.exists():  # a folder in its place is read, and refused
                data, catalog = read_catalog_file(path, shown)
                loaded.append((doc_id, locale, shown, catalog))
                digests[(doc_id, locale)] = digest(data)
            else:
                missing.append((doc_id, locale, shown))
    found = collect_findings(settings, loaded, only, digests if cache else None)
    catalogs = [CheckedCatalog(doc_id, locale, shown, found[(doc_id, locale)]) for doc_id, locale, shown, _ in loaded]
    catalogs += [CheckedCatalog(doc_id, locale, shown, (), missing=True) for doc_id, locale, shown in missing]
    order = {(doc, lang): index for index, (lang, doc) in enumerate(
        (lang, doc) for lang in selected_languages for doc in selected_documents)}
    catalogs.sort(key=lambda item: order[(item.document, item.language)])
    used = []
    for locale in selected_languages:
        glossary = glossary_path(settings.root / GLOSSARY_DIR, locale)
        if glossary is not None:
            used.append(shown_path(settings, glossary))
    from kztr.checks import misnamed_acceptances
    from kztr.text.sources import list_sources
    from kztr.workflow.documents import find_orphans

    misnamed = tuple((shown, entry.line, name, meant) for _, _, shown, catalog in loaded for entry in catalog.live
                     if entry.translator_comments for name, meant in misnamed_acceptances(entry))
    orphans = () if documents else find_orphans(settings, {path.stem for path in list_sources(
        settings.source_path, settings.root)}, list(selected_languages))
    return CheckReport(settings.source_language, selected_languages, selected_documents, tuple(catalogs),
                       tuple(used), notes, misnamed, orphans, _behind(settings, read, loaded))


def _behind(settings: Settings, documents, loaded) -> tuple[tuple[str, int], ...]:
    """The catalogs that lack units their source now has (edited since ``kztr extract`` last ran), and how many,
    as status counts them. Only a source newer than its template is cut into units (``kztr extract`` rewrites the
    template whenever the units change): the others cost nothing, and on the 100,000-unit archive that is the
    difference between 1.5 s and none."""
    from kztr.stats import units_behind
    from kztr.text.segment import segment_blocks

    catalogs = defaultdict(list)
    for doc_id, _, shown, catalog in loaded:
        catalogs[doc_id].append((shown, catalog))
    behind = []
    for document in documents:
        if document.doc_id not in catalogs or not _newer(document.path, settings.template_path(document.doc_id)):
            continue
        units = {unit.text for block in segment_blocks(document.blocks) for unit in block}
        for shown, catalog in catalogs[document.doc_id]:
            count = units_behind(units, catalog)
            if count:
                behind.append((shown, count))
    return tuple(behind)


def _newer(source: Path, template: Path) -> bool:
    """Is the source newer than its template (or is there none)?"""
    try:
        return source.stat().st_mtime_ns > template.stat().st_mtime_ns
    except OSError:
        return True
