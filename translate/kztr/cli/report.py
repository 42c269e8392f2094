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
@click.option("--details", is_flag=True,
              help="html: list every unit to do and every finding, however many (by default a page lists them "
                   "only up to 500 rows, else counts them).")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="PCT", envvar="KZTR_FAIL_UNDER",
              help="Exit 1 when any selected catalog is below PCT % translated (by words). [env: KZTR_FAIL_UNDER]")
@click.option("--history", is_flag=True,
              help="Completeness over time, read from git: every commit that changed the catalogs, per language, "
                   "and source words per translator (table, json; html adds a chart to the status page).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="History from DATE (UTC, YYYY-MM-DD).")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="History before DATE (UTC, YYYY-MM-DD).")
@click.option("--at", "revision", default=None, metavar="REV",
              help="The history up to a tag or commit (a release): implies --history.")
@click.option("--by", "period", type=click.Choice(["commit", "week", "month"]), default="commit", show_default=True,
              help="History: one row per commit, or the state at the end of each week or month.")
@click.option("--credit", type=click.Choice(["author", "last-translator"]), default="author", show_default=True,
              help="History: credit words to the commit's author or to the catalog's Last-Translator header.")
@click.option("--badge", is_flag=True, help="Write an SVG badge of one language (--lang), e.g. \"ru | 100 %\".")
@click.option("--no-cache", is_flag=True,
              help="Check every catalog anew for the qa column (as kztr check --no-cache).")
def status(project: Path | None, languages: tuple[str, ...], documents: tuple[str, ...], output_format: str,
           output: Path | None, by_section: bool, details: bool, fail_under: float | None, history: bool, since, until,
           revision: str | None, period: str, credit: str, badge: bool, no_cache: bool) -> None:
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
      kztr status --format html --details -o _build/status.html   # every unit to do
      kztr status --fail-under 80      # in CI: exit 1 below 80 %
      kztr status --history --by week --since 2026-01-01
      kztr status --at v1.0            # the catalogs as released
      kztr status --badge --lang ru -o ru.svg
    """
    import os

    from kztr.render import status as render
    from kztr.stats import below_gate, shown_below
    from kztr.workflow import status as run_status

    settings = load(project)
    history = history or revision is not None
    if badge:
        _write(output, _badge(settings, languages, history))
        return
    if history and output_format not in ("table", "json", "html"):
        raise click.UsageError("--history is shown as a table, json or html")
    if history and fail_under is not None:
        raise click.UsageError("--fail-under gates the catalogs as they are now: leave out --history and --at")
    history_report = None
    if history:
        from kztr.workflow.history import history as run_history

        history_report = run_history(settings, languages, documents, revision or "HEAD", since, until, period,
                                     credit)
        if output_format != "html":
            _write(output, _history_text(history_report, output_format))
            return
    report = run_status(settings, languages=languages, documents=documents, cache=not no_cache)
    if output_format == "table":
        colour = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        text = render.render_table(report, by_section=by_section, color=colour)
    elif output_format == "json" and output is None:  # written as it is made: an archive's report is huge
        for chunk in render.json_chunks(report, by_section=by_section):
            click.echo(chunk, nl=False)
        text = ""
    elif output_format == "json":
        text = render.render_json(report, by_section=by_section)
    elif output_format == "markdown":
        text = render.render_markdown(report, by_section=by_section)
    else:
        extra = ""
        if history_report is not None:
            from kztr.render.history import render_history_section

            extra = render_history_section(history_report)
        text = render.render_html(report, by_section=by_section, title=f"Translation status: {settings.project}",
                                  extra=extra, details=True if details else None)
    _write(output, text)
    echo_notes(report.notes)
    from kztr.render.extract import orphan_line

    for orphan in report.orphans:
        click.echo(f"kztr: orphaned: {orphan_line(orphan)}", err=True)
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


def _write(output: Path | None, text: str) -> None:
    if output is not None:
        write_output(output, text)
    else:
        click.echo(text, nl=False)


def _history_text(report, output_format: str) -> str:
    from kztr.render import history as render

    return render.render_history_json(report) if output_format == "json" else render.render_history_table(report)


def _badge(settings, languages: tuple[str, ...], history: bool) -> str:
    """The badge of the one language asked for, from the catalogs as they are now."""
    from kztr.render.badge import render_badge
    from kztr.workflow import status as run_status

    if len(set(languages)) != 1:
        raise click.UsageError("--badge needs exactly one --lang, e.g. --badge --lang ru -o ru.svg")
    if history:
        raise click.UsageError("--badge shows the catalogs as they are now: leave out --history and --at")
    report = run_status(settings, languages=languages)
    language = report.languages[0]
    return render_badge(language, report.totals(language).percent_exact)
