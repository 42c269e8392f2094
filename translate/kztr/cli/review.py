"""``kztr review``: a bilingual table for reviewers (xlsx, docx) and their corrections back."""

from __future__ import annotations

from pathlib import Path

import click

from kztr.cli.common import CONTEXT, KztrGroup, format_option, load, path_from_cwd, project_option


@click.group(cls=KztrGroup, context_settings=CONTEXT,
             short_help="Review in Excel, LibreOffice or Word: export a bilingual table, import corrections.")
def review() -> None:
    """A review round trip for people who do not use a PO editor.

    \b
    Example:
      kztr review export --lang en --format xlsx
      kztr review import _build/review/en.xlsx
    """


@review.command("export", context_settings=CONTEXT, short_help="Write a language's units as a bilingual table.")
@project_option
@click.option("--lang", "-l", required=True, help="Target language of the project, e.g. en.")
@click.option("--format", "fmt", type=click.Choice(["xlsx", "docx"]), default="xlsx", show_default=True,
              help="xlsx: a workbook (Excel, LibreOffice Calc); docx: a Word table (Word, LibreOffice Writer).")
@click.option("--doc", "-d", "documents", multiple=True, help="Only this document id (repeatable). Default: all.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write. Default: _build/review/LANG.FORMAT (one --doc: DOC.LANG.FORMAT).")
def review_export(project: Path | None, lang: str, fmt: str, documents: tuple[str, ...], output: Path | None) -> None:
    """Write every unit of a language, in document order, as a table a reviewer corrects.

    Columns: unit number, the source (right-to-left, Arabic face), the
    translation, its state (translated, fuzzy, untranslated), kztr check's
    findings, an empty "Reviewer's correction" and "Comment", and the unit id
    the import finds the unit by (rows may be sorted, moved or deleted).
    One sheet (xlsx) or table (docx) per document. Every cell is text:
    nothing in a catalog becomes a formula. Exporting twice gives the same bytes.

    \b
    Example:
      kztr review export --lang en
      kztr review export --lang ru --format docx -o ru-review.docx
    """
    from kztr.workflow.review import review_export as run

    result = run(load(project), lang, fmt=fmt, documents=documents, output=output)
    state = "written" if result.written else "unchanged"
    click.echo(f"{result.path}: {result.units} units of {len(result.documents)} "
               f"document{'s' if len(result.documents) != 1 else ''} for review ({state})")


@review.command("import", context_settings=CONTEXT, short_help="Take a reviewer's corrections and comments back.")
@project_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--accept", is_flag=True, help="Take corrections as confirmed translations, not fuzzy.")
@click.option("--verbose", "-v", is_flag=True, help="List every row taken, not only the ones refused.")
@format_option
def review_import(project: Path | None, file: Path, accept: bool, verbose: bool, output_format: str) -> None:
    """Take the corrections and comments of a file made by kztr review export.

    A correction becomes the unit's translation, marked fuzzy for a
    translator to confirm (with --accept: confirmed); a comment becomes a
    translator comment "# review: …". Each row is found by its unit id,
    wherever it was moved. Reported and never taken: a unit whose source
    changed since the export, a source cell edited in the file, a translation
    changed in the catalog since the export, formulas, error values, dates
    and huge cells. Hostile files (zip bombs, XML entities) are refused. An
    import that changes nothing writes nothing.

    \b
    Example:
      kztr review import _build/review/en.xlsx
      kztr review import en-reviewed.docx --accept
    """
    from kztr.workflow.review import REFUSALS
    from kztr.workflow.review import review_import as run

    result = run(load(project), file, accept=accept)
    if output_format == "json":
        import json
        from dataclasses import asdict

        click.echo(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return
    counts = result.counts
    summary = ", ".join(f"{counts[kind]} {kind}" for kind in counts if counts[kind])
    shown = path_from_cwd(file.resolve())
    click.echo(f"{shown}: {summary or 'no rows'}")
    for path in result.catalogs:
        click.echo(f"{path}: {click.style('updated', fg='green')}")
    for note in result.notes:
        if note.kind in REFUSALS or (verbose and note.kind != "unchanged"):
            unit = f"unit {note.unit}" if note.unit else "row"
            click.echo(f"    {note.kind:<19} {note.where} ({unit}){': ' + note.message if note.message else ''}")
    refused = sum(counts[kind] for kind in REFUSALS)
    if refused:
        click.echo(f"{refused} row{'s' if refused != 1 else ''} not taken (listed above)")
