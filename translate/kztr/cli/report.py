"""``kztr status``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kztr.cli.common import CONTEXT, OUTPUT_PATH, GateError, echo_notes, load, project_option, write_output


@click.command(context_settings=CONTEXT)
@project_option
@click.option("--lang", "-l", "languages", multiple=True, help="Only this language (repeatable). Default: all.")
@click.option("--doc", "-d", "documents", multiple=True, help="Only this document id (repeatable). Default: all.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "markdown", "html"]), default="table",
              show_default=True, help="Terminal table, JSON for programs, Markdown, or a self-contained HTML page.")
@click.option("--output", "-o", type=OUTPUT_PATH, default=None,
              help="Write the report to FILE instead of standard output: replaced whole (missing folders are "
                   "created); a device or pipe is written through; - is standard output.")
@click.option("--by-section", is_flag=True, help="Also count each heading section of every document.")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="PCT", envvar="KZTR_FAIL_UNDER",
              help="Exit 1 when any selected catalog is below PCT % translated (by words). [env: KZTR_FAIL_UNDER]")
def status(project: Path | None, languages: tuple[str, ...], documents: tuple[str, ...], output_format: str,
           output: Path | None, by_section: bool, fail_under: float | None) -> None:
    """Show what is left to translate, per language and document.

    Counts units (translated / fuzzy / untranslated, obsolete apart) and source
    words; a unit is translated only when its translation is non-empty and
    not fuzzy. The qa column counts the findings of kztr check that no
    reviewer accepted (the same findings, one definition). Colour only on a
    terminal.

    \b
    Example:
      kztr status
      kztr status --lang ru --by-section
      kztr status --format html -o _build/status.html
      kztr status --fail-under 80      # in CI: exit 1 below 80 %
    """
    import os

    from kztr.render import status as render
    from kztr.stats import below_gate, shown_below
    from kztr.workflow import status as run_status

    settings = load(project)
    report = run_status(settings, languages=languages, documents=documents)
    if output_format == "table":
        colour = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        text = render.render_table(report, by_section=by_section, color=colour)
    elif output_format == "json":
        text = render.render_json(report, by_section=by_section)
    elif output_format == "markdown":
        text = render.render_markdown(report, by_section=by_section)
    else:
        text = render.render_html(report, by_section=by_section, title=f"Translation status: {settings.project}")
    if output is not None:
        write_output(output, text)
    else:
        click.echo(text, nl=False)
    echo_notes(report.notes)
    for orphan in report.orphans:
        click.echo(f"kztr: orphaned: {orphan.summary}", err=True)
    if fail_under is not None:
        below = sorted((item for item in report.catalogs if below_gate(item.counts, fail_under)),
                       key=lambda item: item.counts.percent_exact)
        behind = [item for item in report.catalogs if item.behind and not item.missing]
        if behind:
            more = f" (and {len(behind) - 1} more)" if len(behind) > 1 else ""
            count = behind[0].behind
            raise GateError(f"{behind[0].path} is behind the source ({count} unit{'s' if count != 1 else ''} "
                            f"not in it): run kztr extract{more}")
        if below:
            worst = below[0]
            more = f" (and {len(below) - 1} more)" if len(below) > 1 else ""
            raise GateError(f"{worst.path} is {shown_below(worst.counts.percent_exact, fail_under)}% translated, "
                            f"below --fail-under {fail_under:g}{more}")
