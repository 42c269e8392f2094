"""``kztr extract`` and ``kztr init``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kztr.cli.common import (
    CONTEXT,
    end_progress,
    format_option,
    load,
    note_line,
    progress_reporter,
    project_option,
)


@click.command(context_settings=CONTEXT, short_help="Update the template and every catalog from the sources.")
@project_option
@format_option
@click.option("--cutoff", type=click.FloatRange(0, 100), default=None,
              help="Similarity (0-100) a changed unit needs to inherit an old translation as fuzzy. [default: 60]")
@click.option("--verbose", "-v", is_flag=True,
              help="Also list every unit that changed (fuzzy, new, obsoleted…) and every skipped line.")
def extract(project: Path | None, output_format: str, cutoff: float | None, verbose: bool) -> None:
    """Cut the sources into units; write templates and update every catalog.

    Writes locales/<doc>.pot and merges it into every
    locales/<lang>/LC_MESSAGES/<doc>.po. No translation is ever dropped:
    changed units become fuzzy with the old translation, removed ones obsolete.

    \b
    Example:
      kztr extract
      kztr extract --format json | jq -r '.catalogs[] | select(.state != "unchanged") | .path'
    """
    from kztr.render.extract import extract_json, orphan_line
    from kztr.workflow import extract as run_extract

    settings = load(project)
    live = output_format == "text" and sys.stderr.isatty()
    result = run_extract(settings, progress=progress_reporter(live), cutoff=cutoff)
    end_progress(live)
    if output_format == "json":
        import json

        click.echo(json.dumps(extract_json(result), ensure_ascii=False, indent=2))
        return
    for document in result.documents:
        click.echo(f"{document.source}: {document.blocks} blocks, {document.units} units "
                   f"-> {document.template} ({'written' if document.template_written else 'unchanged'})")
        if document.skipped:
            click.echo(f"  skipped {_skipped(document.skipped)}")
            if verbose:
                for skip in document.skipped:
                    click.echo(click.style(f"    {skip.line}: {skip.text[:60]}  ({skip.reason})", dim=True))
    for note in result.notes:
        click.echo(note_line(note))
    for adoption in result.renamed:
        click.echo(f"renamed: {adoption.old} -> {adoption.new} ({adoption.shared} of {adoption.units} units the same): "
                   f"its {len(adoption.catalogs)} catalog{'s' if len(adoption.catalogs) != 1 else ''} "
                   "moved to the new name, translations kept")
    for item in result.catalogs:
        report = item.report
        parts = [f"{report.kept} kept"]
        for label, count in (("revived", report.revived), ("restored", report.restored), ("fuzzy", report.fuzzy),
                             ("new", report.new), ("obsoleted", report.obsoleted),
                             ("untranslated dropped", len(item.dropped))):
            if count:
                parts.append(f"{count} {label}")
        if item.from_memory:
            parts.append(f"{item.from_memory} from memory (fuzzy)")
        state = "created" if item.created else ("updated" if item.written else "unchanged")
        shown = click.style(state, fg="green") if item.written else state
        click.echo(f"{item.path}: {shown} ({', '.join(parts)})")
        if item.converted_from:
            click.echo(f"  read as {item.converted_from} (its header's charset), written as UTF-8")
        if verbose and not item.created:
            for change in report.changes:
                where = change.reference or "(removed)"
                click.echo(f"    {change.kind:<9} {where:<42} {_short(change.msgid)}")
            for msgid in item.dropped:
                click.echo(f"    {'dropped':<9} {'(removed, never translated)':<42} {_short(msgid)}")
    if not result.catalogs:
        click.echo("no languages yet: start one with kztr init --lang LANG")
    for orphan in result.orphans:
        click.echo(f"orphaned: {orphan_line(orphan)}")


def _short(text: str) -> str:
    return text if len(text) <= 50 else text[:49] + "…"


@click.command(context_settings=CONTEXT, short_help="Start a new language with empty catalogs.")
@project_option
@click.option("--lang", "-l", required=True, help="Language code, e.g. ru, fr, pt_BR (checked by Babel).")
def init(project: Path | None, lang: str) -> None:
    """Start a new language: create its catalogs with empty translations.

    Translations start empty (never copied from the source), so status shows
    the language at 0 % until translators fill it in.

    \b
    Example:
      kztr init --lang fr
      poedit locales/fr/LC_MESSAGES/kazakhstan-diplomacy-2022.po
    """
    from kztr.workflow import init_language

    settings = load(project)
    result = init_language(settings, lang, progress=progress_reporter(False))
    for path, units in zip(result.catalogs, result.units_per_catalog, strict=True):
        click.echo(f"{path}: created ({units} unit{'s' if units != 1 else ''} to translate)")


def _skipped(skipped) -> str:
    """What extract left out of a document, in words: lines (web chrome) and a table's cells (figures), by line,
    each line once.

    >>> from kztr.model import SkippedLine
    >>> _skipped([SkippedLine(3, "©", "no Arabic letter"), SkippedLine(7, "١٢", "a table cell with no Arabic letter"),
    ...           SkippedLine(7, "2022", "a table cell with no Arabic letter")])
    '1 line and 2 table cells (not source-language text): 3, 7'
    """
    cells = sum(skip.cell for skip in skipped)
    parts = [f"{count} {noun}{'s' if count != 1 else ''}"
             for count, noun in ((len(skipped) - cells, "line"), (cells, "table cell")) if count]
    lines = ", ".join(str(line) for line in dict.fromkeys(skip.line for skip in skipped))
    return f"{' and '.join(parts)} (not source-language text): {lines}"
