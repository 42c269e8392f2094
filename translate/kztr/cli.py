"""The ``kztr`` command line: parse options, call one workflow function, format."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from kztr import __version__
from kztr.errors import GateError, KztrError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

project_option = click.option(
    "--project", "-C",
    type=click.Path(file_okay=True, dir_okay=True, path_type=Path),
    envvar="KZTR_PROJECT",
    help="Project folder (or its pyproject.toml / kztr.toml). Default: search up from the current folder. [env: KZTR_PROJECT]",
)
format_option = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Output for people (text) or programs (json).",
)


def _settings(project: Path | None):
    from kztr.config import load_settings

    return load_settings(project)


def _progress(enabled: bool):
    """Progress on one self-erasing stderr line, only on a terminal; the summary follows on stdout."""
    def report(message: str) -> None:
        if enabled:
            click.echo(f"\r\033[K{click.style(message[:78], dim=True)}", err=True, nl=False)
    return report


def _end_progress(enabled: bool) -> None:
    if enabled:
        click.echo("\r\033[K", err=True, nl=False)


class KztrGroup(click.Group):
    """Turns every ``KztrError`` into one line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except GateError as exc:
            click.echo(f"kztr: {exc}", err=True)
            sys.exit(1)
        except KztrError as exc:
            click.echo(f"{click.style('kztr: error:', fg='red', bold=True)} {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("kztr: interrupted; files are written whole or not at all", err=True)
            sys.exit(130)


@click.group(cls=KztrGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", "-V", prog_name="kztr")
def main() -> None:
    """Translate documents through gettext catalogs and build bilingual editions.

    \b
    A day with kztr:
      kztr init --lang fr       start a new language (empty catalogs)
      kztr extract              after the source changed: update template and catalogs
      kztr status               what is left to translate, per language
      kztr build --lang en      the Arabic–English reader edition (build/en/…)

    Run `kztr COMMAND --help` for the options and an example of each command.
    """


@main.command(context_settings=CONTEXT, short_help="Update the template and every catalog from the sources.")
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
      kztr extract --format json | jq '.catalogs[] | select(.written)'
    """
    from kztr.workflow import extract as run_extract

    settings = _settings(project)
    live = output_format == "text" and sys.stderr.isatty()
    result = run_extract(settings, progress=_progress(live), cutoff=cutoff)
    _end_progress(live)
    if output_format == "json":
        click.echo(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return
    for document in result.documents:
        click.echo(f"{document.source}: {document.blocks} blocks, {document.units} units "
                   f"-> {document.template} ({'written' if document.template_written else 'unchanged'})")
        if document.skipped:
            lines = ", ".join(str(skip.line) for skip in document.skipped)
            count = len(document.skipped)
            click.echo(f"  skipped {count} line{'s' if count != 1 else ''} (not source-language text): {lines}")
            if verbose:
                for skip in document.skipped:
                    click.echo(click.style(f"    {skip.line}: {skip.text[:60]}  ({skip.reason})", dim=True))
    for item in result.catalogs:
        report = item.report
        parts = [f"{report.kept} kept"]
        for label, count in (("revived", report.revived), ("restored", report.restored), ("fuzzy", report.fuzzy),
                             ("new", report.new), ("obsoleted", report.obsoleted)):
            if count:
                parts.append(f"{count} {label}")
        state = "created" if item.created else ("updated" if item.written else "unchanged")
        shown = click.style(state, fg="green") if item.written else state
        click.echo(f"{item.path}: {shown} ({', '.join(parts)})")
        if verbose and not item.created:
            for change in report.changes:
                where = change.reference or "(removed)"
                text = change.msgid if len(change.msgid) <= 50 else change.msgid[:49] + "…"
                click.echo(f"    {change.kind:<9} {where:<42} {text}")
    if not result.catalogs:
        click.echo("no languages yet: start one with kztr init --lang LANG")


@main.command(context_settings=CONTEXT, short_help="Start a new language with empty catalogs.")
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

    settings = _settings(project)
    result = init_language(settings, lang, progress=_progress(False))
    for path in result.catalogs:
        click.echo(f"{path}: created ({result.units} units to translate)")


@main.command(context_settings=CONTEXT)
@project_option
@click.option("--lang", "-l", "languages", multiple=True, help="Only this language (repeatable). Default: all.")
@click.option("--doc", "-d", "documents", multiple=True, help="Only this document id (repeatable). Default: all.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "markdown", "html"]), default="table",
              show_default=True, help="Terminal table, JSON for programs, Markdown, or a self-contained HTML page.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True, path_type=Path), default=None,
              help="Write the report to FILE (atomically) instead of standard output.")
@click.option("--by-section", is_flag=True, help="Also count each heading section of every document.")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="PCT", envvar="KZTR_FAIL_UNDER",
              help="Exit 1 when any selected catalog is below PCT % translated (by words). [env: KZTR_FAIL_UNDER]")
def status(project: Path | None, languages: tuple[str, ...], documents: tuple[str, ...], output_format: str,
           output: Path | None, by_section: bool, fail_under: float | None) -> None:
    """Show what is left to translate, per language and document.

    Counts units (translated / fuzzy / untranslated, obsolete apart) and source
    words; a unit is translated only when its translation is non-empty and
    not fuzzy. The suspects column counts translations identical to the
    source or containing source-script letters. Colour only on a terminal.

    \b
    Example:
      kztr status
      kztr status --lang ru --by-section
      kztr status --format html -o build/status.html
      kztr status --fail-under 80      # in CI: exit 1 below 80 %
    """
    import os

    from kztr.render import status as render
    from kztr.workflow import status as run_status

    settings = _settings(project)
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
        from kztr.pofile import write_atomic

        write_atomic(output, text)
        click.echo(f"{output}: written", err=True)
    else:
        click.echo(text, nl=False)
    if fail_under is not None:
        below = sorted((item for item in report.catalogs if item.counts.percent < fail_under),
                       key=lambda item: item.counts.percent)
        behind = [item for item in report.catalogs if item.behind and not item.missing]
        if behind:
            more = f" (and {len(behind) - 1} more)" if len(behind) > 1 else ""
            count = behind[0].behind
            raise GateError(f"{behind[0].path} is behind the source ({count} unit{'s' if count != 1 else ''} "
                            f"not in it): run kztr extract{more}")
        if below:
            worst = below[0]
            more = f" (and {len(below) - 1} more)" if len(below) > 1 else ""
            raise GateError(f"{worst.path} is {worst.counts.percent:.1f}% translated, "
                            f"below --fail-under {fail_under:g}{more}")


@main.command(context_settings=CONTEXT)
@project_option
@click.option("--lang", "-l", required=True, help="Language of the translation, e.g. en, ru, pt_BR.")
@click.option("--doc", "-d", "documents", multiple=True, help="Only this document id (repeatable). Default: all.")
@click.option("--format", "fmt", type=click.Choice(["html", "md", "txt"]), default="html", show_default=True,
              help="html: side by side, for screen and print; md: a side-by-side table; txt: the translation alone.")
@click.option("--output-dir", "-o", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write <doc>.<format>. [default: build/<lang>]")
@click.option("--min-complete", type=click.FloatRange(0, 100), default=None, metavar="PCT",
              help="Refuse to build a document whose catalog is less than PCT % translated (by source words).")
@click.option("--no-fuzzy", is_flag=True, help="Leave fuzzy translations out: show them like untranslated units.")
@click.option("--source-side", type=click.Choice(["right", "left"]), default="right", show_default=True,
              help="Which column holds the source (Arabic readers expect it on the right).")
def build(project: Path | None, lang: str, documents: tuple[str, ...], fmt: str, output_dir: Path | None,
          min_complete: float | None, no_fuzzy: bool, source_side: str) -> None:
    """Build the bilingual edition: source and translation side by side.

    The document is rebuilt from its source, block by block, with each unit's
    translation from locales/<lang>/LC_MESSAGES/<doc>.po. Untranslated units
    show the source, marked; fuzzy ones are marked "needs review". Prints the
    path of every file it writes.

    \b
    Example:
      kztr build --lang en                     # build/en/<doc>.html
      kztr build --lang en --format md --min-complete 80
      kztr build --lang en --format txt --no-fuzzy --output-dir /tmp/edition
    """
    from kztr.workflow import build as run_build

    settings = _settings(project)
    result = run_build(settings, lang, documents=documents, fmt=fmt, output_dir=output_dir,
                       min_complete=min_complete, include_fuzzy=not no_fuzzy, source_side=source_side,
                       progress=_progress(sys.stderr.isatty()))
    _end_progress(sys.stderr.isatty())
    for document in result.documents:
        click.echo(_path_from_cwd(document.file))
        if document.missing:
            units = "unit of the source is" if document.missing == 1 else "units of the source are"
            click.echo(f"kztr: {document.catalog}: {document.missing} {units} not in the catalog "
                       "(shown untranslated, counted as untranslated); run kztr extract", err=True)


def _path_from_cwd(path: Path) -> str:
    """A path the user can open from where they are: relative below the cwd, else absolute."""
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
