"""Turn a segmented document into a template (POT) catalog, and start catalogs."""

from __future__ import annotations

from kztr.model import Catalog, Entry, Segmented

DATE_PLACEHOLDER = "YEAR-MO-DA HO:MI+ZONE"
_WHOLE_KINDS = ("kicker", "title", "heading")


def unit_comment(kind: str, section: str) -> str:
    """The ``#.`` note a translator sees: block kind and section heading."""
    if kind in _WHOLE_KINDS or not section:
        return kind
    return f"{kind} — section: {section}"


def build_template(segmented: Segmented, project: str, source_language: str, creation_date: str,
                   locations: str = "full") -> Catalog:
    """The template of one document: one entry per distinct unit, in document order.

    ``locations`` is xgettext's ``--add-location``: ``full`` references give
    ``file:line``, ``file`` only the file (no diff churn when lines move),
    ``never`` none.
    """
    entries: dict[str, dict] = {}
    for unit in segmented.units:
        slot = entries.setdefault(unit.text, {"references": [], "comments": []})
        reference = segmented.document.relpath + (f":{unit.line}" if locations == "full" else "")
        if locations != "never" and reference not in slot["references"]:
            slot["references"].append(reference)
        comment = unit_comment(unit.kind, unit.section)
        if comment not in slot["comments"]:
            slot["comments"].append(comment)
    return Catalog(
        header=template_header(project, source_language, creation_date),
        header_comments=(
            f"Translation template for {segmented.document.relpath}.",
            "Written by kztr extract: do not edit; translate the catalogs under locales/<lang>/.",
        ),
        header_flags=("fuzzy",),
        entries=tuple(
            Entry(msgid=text, extracted_comments=tuple(slot["comments"]), references=tuple(slot["references"]))
            for text, slot in entries.items()
        ),
    )


def template_header(project: str, source_language: str, creation_date: str) -> tuple[tuple[str, str], ...]:
    return (
        ("Project-Id-Version", project),
        ("POT-Creation-Date", creation_date),
        ("PO-Revision-Date", DATE_PLACEHOLDER),
        ("Last-Translator", "FULL NAME <EMAIL@ADDRESS>"),
        ("Language-Team", "LANGUAGE <LL@li.org>"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("X-Source-Language", source_language),
    )


def new_catalog_header(
    template: Catalog, locale: str, language_team: str, plural_forms: str, revision_date: str
) -> tuple[tuple[str, str], ...]:
    """Header of a new language's catalog: the template's, filled in for ``locale``."""
    values = dict(template.header)
    return (
        ("Project-Id-Version", values.get("Project-Id-Version", "")),
        ("POT-Creation-Date", values.get("POT-Creation-Date", revision_date)),
        ("PO-Revision-Date", revision_date),
        ("Last-Translator", ""),
        ("Language-Team", language_team),
        ("Language", locale),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Plural-Forms", plural_forms),
        ("X-Source-Language", values.get("X-Source-Language", "")),
    )


def update_header(
    old: tuple[tuple[str, str], ...], template: Catalog, locale: str, plural_forms: str
) -> tuple[tuple[str, str], ...]:
    """An existing catalog's header after a merge: its own fields kept (Poedit's too),
    the template's date and source language taken, missing required fields added."""
    if not old:
        return new_catalog_header(template, locale, "", plural_forms, template.header_value("POT-Creation-Date") or "")
    fields = list(old)
    names = [name.lower() for name, _ in fields]

    def put(name: str, value: str, overwrite: bool, after: str | None = None) -> None:
        if name.lower() in names:
            if overwrite:
                fields[names.index(name.lower())] = (name, value)
            return
        position = names.index(after.lower()) + 1 if after and after.lower() in names else len(fields)
        fields.insert(position, (name, value))
        names.insert(position, name.lower())

    put("POT-Creation-Date", template.header_value("POT-Creation-Date") or "", True, after="Project-Id-Version")
    put("Language", locale, False, after="Language-Team")
    put("MIME-Version", "1.0", False)
    content_type = dict(zip(names, (value for _, value in fields), strict=True)).get("content-type", "")
    put("Content-Type", "text/plain; charset=UTF-8", "charset=utf-8" not in content_type.lower().replace(" ", ""))
    put("Content-Transfer-Encoding", "8bit", False)
    put("Plural-Forms", plural_forms, False)
    put("X-Source-Language", template.header_value("X-Source-Language") or "", True)
    return tuple(fields)


def add_glossary_notes(template: Catalog, glossary) -> Catalog:
    """The template for one language: each entry's ``#.`` note lists the glossary terms in it.

    Poedit shows ``#.`` lines under "Notes for translators", so a translator
    sees ``glossary: توكاييف = Tokayev`` beside the sentence. The shared
    template (POT) carries none: glossaries are per language.
    """
    from dataclasses import replace

    if glossary is None or not glossary.terms:
        return template
    lines = {term: term.note_line() for term in glossary.terms}
    comments: dict[tuple, tuple[str, ...]] = {}  # (comments, terms) -> the comments with notes, each once
    entries = []
    for entry in template.entries:
        terms = glossary.terms_in(entry.msgid)
        if terms:
            key = (entry.extracted_comments, terms)
            if key not in comments:
                comments[key] = entry.extracted_comments + tuple(lines[term] for term in terms)
            entry = _with_comments(entry, comments[key])
        entries.append(entry)
    return replace(template, entries=tuple(entries))


def _with_comments(entry: Entry, comments: tuple[str, ...]) -> Entry:
    """The entry with these ``#.`` comments (positional: dataclasses.replace per unit is slow)."""
    return Entry(entry.msgid, entry.msgstr, entry.msgctxt, entry.msgid_plural, entry.msgstr_plural,
                 entry.translator_comments, comments, entry.references, entry.flags,
                 entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural, entry.obsolete, entry.line)
