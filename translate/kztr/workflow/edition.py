"""``kztr build``: the bilingual edition of each document in one language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kztr.po.catalog import read_catalog
from kztr.config import Settings
from kztr.errors import KztrError
from kztr.po.pofile import write_atomic
from kztr.project import list_languages, read_documents, shown_path
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
class BuildResult:
    locale: str
    format: str
    documents: tuple[BuiltDocument, ...]
    index: Path | None = None  # the language's index page, when several documents were built

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

    Every catalog is read and checked against ``min_complete`` before anything
    is written. Output is deterministic: building twice gives the same bytes.
    With several documents (and no ``documents`` filter) an HTML or Markdown
    build also writes the language's index page beside the editions.
    ``review`` marks every finding of ``kztr check`` on its sentence pair and
    lists them at the end (html and md).
    """
    from kztr.errors import GateError
    from kztr.locales import english_name
    from kztr.render.bilingual import SIDES, assemble_edition
    from kztr.stats import below_gate, shown_below

    if fmt not in BUILD_FORMATS:
        raise KztrError(f"unknown format {fmt!r} (choose from {', '.join(BUILD_FORMATS)})")
    if review and fmt == "txt":
        raise KztrError("--review needs --format html or md (a plain text edition has nowhere to mark findings)")
    if source_side not in SIDES:
        raise KztrError(f"--source-side must be right or left, not {source_side!r}")
    locale = project_language(settings, lang, list_languages(settings))
    source, target = edition_language(settings.source_language), edition_language(locale)
    folder = Path(output_dir) if output_dir is not None else settings.build_path / locale
    editions, loaded = [], []
    for segmented in read_documents(settings, only=tuple(documents)):
        doc_id = segmented.document.doc_id
        path = settings.catalog_path(locale, doc_id)
        shown = shown_path(settings, path)
        if not path.is_file():
            raise KztrError(f"no {english_name(locale)} catalog: start the language with kztr init --lang {locale}",
                            path=shown)
        catalog = read_catalog(path, shown)
        loaded.append((doc_id, locale, shown, catalog))
        edition = assemble_edition(
            segmented, catalog, source, target, catalog_path=shown,
            include_fuzzy=include_fuzzy, source_side=source_side,
        )
        if min_complete is not None and below_gate(edition.counts, min_complete):
            percent = shown_below(edition.counts.percent_exact, min_complete)
            raise GateError(f"{shown} is {percent}% translated (by source words), "
                            f"below --min-complete {min_complete:g}: nothing built")
        editions.append(edition)
    findings = {}
    if review:
        from kztr.workflow.qa import collect_findings

        findings = collect_findings(settings, loaded)
    built = []
    for edition in editions:
        target_path = folder / f"{edition.doc_id}.{fmt}"
        reviewed = findings.get((edition.doc_id, locale), ()) if review else None
        write_atomic(target_path, _render_edition(edition, fmt, reviewed))
        shown = shown_path(settings, target_path)
        progress(f"{shown}: {edition.counts.percent:g} % translated")
        built.append(BuiltDocument(edition.doc_id, shown, edition.catalog_path, edition.counts.percent,
                                   edition.units, edition.missing, target_path.resolve()))
    index = None
    if fmt in INDEX_FORMATS and not documents and len(editions) > 1:
        index = folder / _index_name(editions, fmt)
        files = tuple(f"{edition.doc_id}.{fmt}" for edition in editions)
        write_atomic(index, _render_index(tuple(editions), files, fmt))
        progress(f"{shown_path(settings, index)}: index of {len(editions)} documents")
        index = index.resolve()
    return BuildResult(locale, fmt, tuple(built), index)


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
