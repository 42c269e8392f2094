"""``kztr build``: the bilingual edition of each document in one language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kztr.config import Settings
from kztr.errors import KztrError
from kztr.files import Transaction
from kztr.po.catalog import read_catalog
from kztr.project import SourceNote, list_languages, read_sources, shown_path
from kztr.workflow.common import Progress, project_language, silent

BUILD_FORMATS = ("html", "md", "txt")
INDEX_FORMATS = ("html", "md")


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
class Refused:
    """A document not built: its catalog is below ``--min-complete``."""

    doc_id: str
    catalog: str  # as shown to the user
    percent: str  # as the gate shows it (never rounded up to the limit)


@dataclass(frozen=True)
class BuildResult:
    locale: str
    format: str
    documents: tuple[BuiltDocument, ...]
    index: Path | None = None  # the language's index page, when several documents were built
    refused: tuple[Refused, ...] = ()  # below --min-complete: not built
    removed: tuple[Path, ...] = ()  # stale outputs of earlier builds (see workflow/manifest.py)
    notes: tuple[SourceNote, ...] = ()  # source documents skipped (nothing to translate, not text)

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
    review: bool = False,
    progress: Progress = silent,
) -> BuildResult:
    """Write the bilingual edition of each document: source blocks plus the language's catalog.

    Every catalog is read before anything is written; a document below
    ``min_complete`` is refused (named in the result), the others are built.
    Output is deterministic: building twice gives the same bytes. With
    several documents (and no ``documents`` filter) an HTML or Markdown build
    also writes the language's index page beside the editions. The files are
    put in place together or not at all, and stale outputs of earlier builds
    (a renamed or deleted document's, an index no longer written) are removed
    (workflow/manifest.py). ``review`` marks every finding of ``kztr check``
    on its sentence pair and lists them at the end (html and md).
    """
    from kztr.render.bilingual import SIDES

    if fmt not in BUILD_FORMATS:
        raise KztrError(f"unknown format {fmt!r} (choose from {', '.join(BUILD_FORMATS)})")
    if review and fmt == "txt":
        raise KztrError("--review needs --format html or md (a plain text edition has nowhere to mark findings)")
    if source_side not in SIDES:
        raise KztrError(f"--source-side must be right or left, not {source_side!r}")
    locale = project_language(settings, lang, list_languages(settings))

    folder = Path(output_dir) if output_dir is not None else settings.build_path / locale
    segmented_documents, notes = read_sources(settings, only=tuple(documents))
    editions, loaded, refused = _assemble(settings, segmented_documents, (edition_language(
        settings.source_language), edition_language(locale)), min_complete, include_fuzzy=include_fuzzy,
        source_side=source_side)
    findings = {}
    if review:
        from kztr.workflow.qa import collect_findings

        findings = collect_findings(settings, loaded)
    texts = {}
    for edition in editions:
        reviewed = findings.get((edition.doc_id, locale), ()) if review else None
        texts[f"{edition.doc_id}.{fmt}"] = (edition.doc_id, _render_edition(edition, fmt, reviewed))
        progress(f"{edition.doc_id}.{fmt}: {edition.counts.percent:g} % translated")
    full = not documents  # every document of the project: the index is this build's to write
    index_name = None
    if fmt in INDEX_FORMATS and full and len(editions) > 1:
        index_name = _index_name(editions, fmt)
        files = tuple(f"{edition.doc_id}.{fmt}" for edition in editions)
        texts[index_name] = ("", _render_index(tuple(editions), files, fmt))
    removed = _write_outputs(settings, folder, fmt, texts, full and fmt in INDEX_FORMATS)
    built = [BuiltDocument(edition.doc_id, shown_path(settings, folder / f"{edition.doc_id}.{fmt}"),
                           edition.catalog_path, edition.counts.percent, edition.units, edition.missing,
                           (folder / f"{edition.doc_id}.{fmt}").resolve()) for edition in editions]
    index = (folder / index_name).resolve() if index_name else None
    return BuildResult(locale, fmt, tuple(built), index, tuple(refused), tuple(removed), notes)


def _assemble(settings: Settings, segmented_documents, languages, min_complete: float | None,
              **options) -> tuple[list, list, list[Refused]]:
    """Each document's edition (source, target: ``languages``), the catalogs read (for the review) and
    the documents refused by ``min_complete``. A missing catalog stops the build before anything is written."""
    from kztr.locales import english_name
    from kztr.render.bilingual import assemble_edition
    from kztr.stats import below_gate, shown_below

    source, target = languages
    editions, loaded, refused = [], [], []
    for segmented in segmented_documents:
        doc_id = segmented.document.doc_id
        path = settings.catalog_path(target.code, doc_id)
        shown = shown_path(settings, path)
        if not path.exists():  # a folder in its place is read, and refused
            raise KztrError(f"no {english_name(target.code)} catalog: start the language with "
                            f"kztr init --lang {target.code}", path=shown)
        catalog = read_catalog(path, shown)
        edition = assemble_edition(segmented, catalog, source, target, catalog_path=shown, **options)
        loaded.append((doc_id, target.code, shown, catalog))  # the review's consistency check sees them all
        if min_complete is not None and below_gate(edition.counts, min_complete):
            refused.append(Refused(doc_id, shown, shown_below(edition.counts.percent_exact, min_complete)))
            continue
        editions.append(edition)
    return editions, loaded, refused


def _write_outputs(settings: Settings, folder: Path, fmt: str, texts: dict[str, tuple[str, str]],
                   index_owned: bool) -> list[Path]:
    """Every file of a build (name -> (document or "" for the index, text)), the stale outputs of
    earlier builds removed and the manifest updated: all together, or nothing."""
    from kztr.text.sources import list_sources
    from kztr.workflow import manifest

    recorded = manifest.read_manifest(folder)
    written = {name: manifest.Output(name, doc_id, fmt, manifest.digest_text(text))
               for name, (doc_id, text) in texts.items()}
    documents = {path.stem for path in list_sources(settings.source_path, settings.root)}
    stale = manifest.stale_outputs(folder, recorded, written, documents, {fmt} if index_owned else set())
    if not texts and not stale:
        return []  # nothing built (every document refused), nothing to remove: the folder is not touched
    with Transaction() as files:
        for name, (_, text) in texts.items():
            shown = shown_path(settings, folder / name)
            files.write(folder / name, text, shown)
        for path in stale:
            files.remove(path, shown_path(settings, path))
        files.write(folder / manifest.MANIFEST_NAME, manifest.manifest_text(folder, recorded, written, stale),
                    shown_path(settings, folder / manifest.MANIFEST_NAME))
        files.commit()
    return stale


def edition_language(code: str):
    """A side of an edition: the language's code, names (Babel) and direction."""
    from kztr.locales import english_name, native_name, text_direction, validate_locale
    from kztr.render.bilingual import Language

    code = validate_locale(code)
    return Language(code, native_name(code), english_name(code), text_direction(code))


def _index_name(editions, fmt: str) -> str:
    """``index.<fmt>``, unless a document is itself called ``index``."""
    names = {edition.doc_id for edition in editions}
    return f"index.{fmt}" if "index" not in names else f"index-of-documents.{fmt}"


def _render_index(editions, files: tuple[str, ...], fmt: str) -> str:
    if fmt == "html":
        from kztr.render.html import render_index_html

        return render_index_html(editions, files)
    from kztr.render.markdown import render_index_markdown

    return render_index_markdown(editions, files)


def _render_edition(edition, fmt: str, findings=None) -> str:
    review = None
    if findings is not None:
        from kztr.render.review import build_review

        review = build_review(edition, findings)
    if fmt == "html":
        from kztr.render.html import render_html

        return render_html(edition, review)
    if fmt == "md":
        from kztr.render.markdown import render_markdown

        text = render_markdown(edition)
        if review is not None:
            from kztr.render.review import render_review_markdown

            text += render_review_markdown(review)
        return text
    from kztr.render.text import render_text

    return render_text(edition)
