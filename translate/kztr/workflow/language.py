"""``kztr init``: a new language's catalogs, one per document, every translation empty."""

from __future__ import annotations

from dataclasses import dataclass, replace

from kztr.config import Settings
from kztr.errors import KztrError
from kztr.files import Transaction
from kztr.lock import project_lock
from kztr.po.pofile import generate_po
from kztr.po.template import add_glossary_notes, new_catalog_header
from kztr.project import read_documents, shown_path, template_for, timestamp
from kztr.workflow.common import Progress, silent


@dataclass(frozen=True)
class InitResult:
    locale: str
    catalogs: tuple[str, ...]
    units: int  # all documents together
    units_per_catalog: tuple[int, ...] = ()  # each catalog's own, in the order of ``catalogs``


def init_language(settings: Settings, lang: str, progress: Progress = silent) -> InitResult:
    """Create a new language's catalogs, every translation empty: all of them, or none."""
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
    with project_lock(settings.locales_path, shown_path(settings, settings.locales_path)), Transaction() as files:
        for segmented in documents:
            path = settings.catalog_path(locale, segmented.document.doc_id)
            if path.exists():
                raise KztrError("already exists; run kztr extract to update it", path=shown_path(settings, path))
        for segmented in documents:
            template, text, changed = template_for(settings, segmented)
            template_path = settings.template_path(segmented.document.doc_id)
            if changed:
                files.write(template_path, text, shown_path(settings, template_path))
            header = new_catalog_header(template, locale, display_name(locale), plural_forms(locale), timestamp())
            catalog = replace(
                add_glossary_notes(template, glossary),
                header=header,
                header_comments=(f"{display_name(locale)} translation of {segmented.document.relpath}.",),
                header_flags=(),
            )
            path = settings.catalog_path(locale, segmented.document.doc_id)
            files.write(path, generate_po(catalog), shown_path(settings, path))
            written.append(shown_path(settings, path))
            per_catalog.append(len(template.entries))
            progress(f"{shown_path(settings, path)}: {len(template.entries)} units, none translated")
        files.commit()
    return InitResult(locale, tuple(written), sum(per_catalog), tuple(per_catalog))
