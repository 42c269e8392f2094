"""``kztr check``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kztr.checks import CHECK_IDS
from kztr.cli.common import CONTEXT, OUTPUT_PATH, GateError, echo_notes, load, project_option, write_output

if TYPE_CHECKING:
    from kztr.config import Settings


@click.command(context_settings=CONTEXT, short_help="Check translations against their sources (QA).")
@project_option
@click.option("--lang", "-l", "languages", multiple=True, help="Only this language (repeatable). Default: all.")
@click.option("--doc", "-d", "documents", multiple=True, help="Only this document id (repeatable). Default: all.")
@click.option("--check", "-c", "only", multiple=True, type=click.Choice(CHECK_IDS), metavar="CHECK",
              help=f"Only this check (repeatable): {', '.join(CHECK_IDS)}. Default: all but names, which a "
                   "project turns on with extra-checks = [\"names\"] in kztr.toml.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "markdown", "sarif"]),
              default="table", show_default=True,
              help="Terminal lines, JSON (one object per finding), Markdown, or SARIF 2.1.0 for CI annotations.")
@click.option("--output", "-o", type=OUTPUT_PATH, default=None,
              help="Write the report to FILE instead of standard output: replaced whole (missing folders are "
                   "created); a device or pipe is written through; - is standard output.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error", show_default=True,
              help="Exit 1 when a finding of this severity (or worse) is not accepted.")
@click.option("--list", "list_checks", is_flag=True, help="Describe every check, with an example, and exit.")
@click.option("--no-cache", is_flag=True,
              help="Check every catalog anew: do not take the findings of unchanged catalogs from the last run.")
def check(project: Path | None, languages: tuple[str, ...], documents: tuple[str, ...], only: tuple[str, ...],
          output_format: str, output: Path | None, fail_on: str, list_checks: bool, no_cache: bool) -> None:
    """Check every translated and fuzzy unit against its source.

    Numbers (digits, words, multipliers, as each language writes them),
    Latin runs (CICA, URLs), script (look-alike letters too), punctuation,
    omissions, whitespace, markup (Markdown documents), consistency
    across units and documents, and the glossary (glossary/<lang>.tsv);
    names spelt in Arabic letters only when asked for (--check names, or
    extra-checks = ["names"] in kztr.toml: right a little under half the
    time on real translations). Each finding is an error or a warning; accept
    one with a translator comment on the unit (Poedit keeps it):

    \b
      # kztr: ok numbers — the year is written out

    \b
    Exit status: 0 clean; 1 an unaccepted finding at --fail-on or worse
    (or bad input); 2 a usage error. The findings of a catalog that did
    not change since the last run (nor its glossary, the document's other
    catalogs, kztr) are taken from that run: --no-cache checks anew.
    A catalog behind its source (edited since kztr extract last ran: its
    new units are in no catalog) is named on stderr.

    \b
    Example:
      kztr check --list
      kztr check --lang en
      kztr check --format json | jq '.[] | select(.severity == "error")'
      kztr check --format sarif -o _build/kztr.sarif --fail-on warning
    """
    import os

    from kztr import __version__
    from kztr.render import findings as render

    if list_checks:
        click.echo(render.render_check_list(), nl=False)
        return
    from kztr.workflow import check as run_check

    settings = load(project)
    report = run_check(settings, languages=languages, documents=documents, only=only, cache=not no_cache)
    if output_format == "table":
        colour = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        text = render.render_table(report, color=colour)
    elif output_format == "json":
        text = render.render_json(report)
    elif output_format == "markdown":
        text = render.render_markdown(report)
    else:
        text = render.render_sarif(report, __version__)
    if output is not None:
        write_output(output, text)
    else:
        click.echo(text, nl=False)
    echo_notes(report.notes)
    _dictionary_note(settings, only, report.languages)
    from kztr.render.extract import orphan_line

    for orphan in report.orphans:
        click.echo(f"kztr: orphaned, not checked: {orphan_line(orphan)}", err=True)
    for shown, count in report.behind:
        click.echo(f"kztr: {shown}: behind the source: {count} unit{'s' if count != 1 else ''} not in this catalog, "
                   "not checked (run kztr extract)", err=True)
    for shown, line, name, meant in report.misnamed:
        hint = f" (did you mean {meant}?)" if meant else ""
        click.echo(f"kztr: {shown}:{line}: “# kztr: ok {name}” names no check{hint}: nothing is accepted by it",
                   err=True)
    if fail_on != "never":
        from kztr.checks import is_open

        failing = [finding for finding in report.findings if is_open(finding, fail_on)]
        if failing:
            first = failing[0]
            errors, _warnings, _ = render.tally(failing)
            what = render.summary_line(failing) if fail_on == "warning" else f"{errors} error{'s' * (errors != 1)}"
            raise GateError(f"{what} not accepted (--fail-on {fail_on}); first: "
                            f"{first.catalog}:{first.line}: {first.check}")


def _dictionary_note(settings: Settings, only: tuple[str, ...], languages: tuple[str, ...]) -> None:
    """Say on stderr that the names check ran without Arabic's spelling dictionary, and so left out a name
    mentioned once (kztr.text.lexicon); and which of the checked ``languages`` have no spelling dictionary of
    their own, so that a misspelt name no other unit spells is not found (kztr.text.dictionaries)."""
    from kztr.checks import checks_to_run
    from kztr.text.dictionaries import debian_package, present
    from kztr.text.lexicon import dictionary_installed

    if "names" not in checks_to_run(only, settings.extra_checks):
        return
    if not dictionary_installed():
        click.echo("kztr: names: Arabic's spelling dictionary is not installed (apt-get install hunspell-ar), so a "
                   "name mentioned once is not checked", err=True)
    lacking = [language for language in languages if not present(language)]
    if lacking:
        packages = " ".join(dict.fromkeys(filter(None, map(debian_package, lacking))))
        where = f" (apt-get install {packages})" if packages else ""
        click.echo(f"kztr: names: no spelling dictionary of {', '.join(lacking)}{where}, so a misspelt name that no "
                   f"other unit spells is not found", err=True)
