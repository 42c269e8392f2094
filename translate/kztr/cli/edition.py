"""``kztr build``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kztr.cli.common import (
    CONTEXT,
    GateError,
    echo_notes,
    end_progress,
    load,
    path_from_cwd,
    progress_reporter,
    project_option,
)


@click.command(context_settings=CONTEXT)
@project_option
@click.option("--lang", "-l", required=True, help="Language of the translation, e.g. en, ru, pt_BR.")
@click.option("--doc", "-d", "documents", multiple=True, help="Only this document id (repeatable). Default: all.")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "txt"]), default="html", show_default=True,
              help="html: side by side, for screen and print; md: a side-by-side table; txt: the translation alone, "
                   "a unit without a translation shown as [untranslated: <source>] and a fuzzy one as "
                   "[needs review: <translation>] (with --no-fuzzy: [fuzzy, left out: <source>]).")
@click.option("--output-dir", "-o", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write <doc>.<format>. [default: _build/<lang>; the build-dir setting]")
@click.option("--min-complete", type=click.FloatRange(0, 100), default=None, metavar="PCT",
              help="Refuse to build a document whose catalog is less than PCT % translated (by source words); "
                   "the others are built, the refused ones named, exit status 1.")
@click.option("--no-fuzzy", is_flag=True, help="Leave fuzzy translations out: show them like untranslated units.")
@click.option("--source-side", type=click.Choice(["right", "left"]), default="right", show_default=True,
              help="Which column holds the source (Arabic readers expect it on the right).")
@click.option("--review", is_flag=True,
              help="The reviewer's proof: mark every finding of kztr check on its sentence pair, list them at the end "
                   "(html, md).")
def build(project: Path | None, lang: str, documents: tuple[str, ...], fmt: str, output_dir: Path | None,
          min_complete: float | None, no_fuzzy: bool, source_side: str, review: bool) -> None:
    """Build the bilingual edition: source and translation side by side.

    The document is rebuilt from its source, block by block, with each unit's
    translation from locales/<lang>/LC_MESSAGES/<doc>.po. Untranslated units
    show the source, marked; fuzzy ones are marked "needs review". With several
    documents, html and md builds also write an index page (_build/<lang>/index.html)
    linking every edition with its title and completeness. Prints the path of
    every file it writes. Files an earlier build wrote for a document that is
    gone (renamed, deleted) are removed, and nothing else (docs/files.md).

    \b
    Example:
      kztr build --lang en                     # _build/en/<doc>.html
      kztr build --lang en --format md --min-complete 80
      kztr build --lang en --format txt --no-fuzzy --output-dir /tmp/edition
      kztr build --lang ru --review            # findings marked, listed at the end
    """
    from kztr.workflow import build as run_build

    if review and fmt == "txt":
        raise click.UsageError("--review needs --format html or md")
    settings = load(project)
    result = run_build(settings, lang, documents=documents, fmt=fmt, output_dir=output_dir,
                       min_complete=min_complete, include_fuzzy=not no_fuzzy, source_side=source_side, review=review,
                       progress=progress_reporter(sys.stderr.isatty()))
    end_progress(sys.stderr.isatty())
    for document in result.documents:
        click.echo(path_from_cwd(document.file))
        if document.missing:
            units = "unit of the source is" if document.missing == 1 else "units of the source are"
            click.echo(f"kztr: {document.catalog}: {document.missing} {units} not in the catalog "
                       "(shown untranslated, counted as untranslated); run kztr extract", err=True)
    if result.index is not None:
        click.echo(path_from_cwd(result.index))
    for path in result.removed:
        click.echo(f"kztr: removed {path_from_cwd(path.resolve())} (stale: written by an earlier build)", err=True)
    echo_notes(result.notes)
    refusals = [f"{item.catalog} is {item.percent}% translated (by source words), "
                f"below --min-complete {min_complete:g}: not built" for item in result.refused]
    for line in refusals[:-1]:
        click.echo(f"kztr: {line}", err=True)
    if refusals:
        raise GateError(refusals[-1])
