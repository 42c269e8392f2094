"""``kztr align``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from kztr.cli.common import CONTEXT, end_progress, load, progress_reporter, project_option


@click.command(context_settings=CONTEXT, short_help="Fill a catalog from a translation that already exists.")
@project_option
@click.option("--lang", "-l", required=True,
              help="Language of the translation, e.g. en, ru (a language the project has).")
@click.option("--doc", "-d", "document", required=True,
              help="The document id (the source file's name without .txt/.md).")
@click.option("--dry-run", "-n", is_flag=True, help="Write nothing: show the alignment side by side.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True, help="Report for people (text), programs (json), or the dry run as an HTML page "
                                      "in the bilingual edition's styles (html; with --dry-run).")
@click.option("--min-score", type=click.FloatRange(0, 100), default=None, metavar="N",
              help="Leave a unit empty when its pair scores below N (0-100; default 40, for Russian 50). "
                   "Higher: fewer units filled, fewer filled wrong.")
@click.argument("translation", type=click.Path(path_type=Path, dir_okay=True, exists=False))
def align(project: Path | None, lang: str, document: str, dry_run: bool, output_format: str,
          min_score: float | None, translation: Path) -> None:
    """Align a document with its translation (a .txt or .md file) and fill the empty units.

    The translation is cut into blocks and sentences (sentencex, the
    target language's rules) and aligned with the document's units: by
    length, numbers, names, Latin runs, the glossary's terms, marks and
    the words the project's translations (catalogs, tm/, glossary) link,
    in order; headings and paragraphs need not match one to one. Only units
    without a translation are filled, each as fuzzy with the comment
    "# kztr: aligned from <file> (score NN)", so a person confirms it in
    Poedit or kztr build --review. A translated unit is never touched; a
    unit whose best pair scores low is left empty and listed. A text file
    wrapped at a fixed width (an e-mail) has its paragraphs' lines joined; a
    file mostly in another script than the language's is refused.

    \b
    Example:
      kztr align --lang en --doc kazakhstan-diplomacy-2022 --dry-run agency-edition.txt
      kztr align --lang en --doc kazakhstan-diplomacy-2022 agency-edition.txt
      kztr align -l ru -d kazakhstan-diplomacy-2022 -n --format html partner.md > /tmp/align.html
    """
    from kztr.workflow.align import align as run_align

    if output_format == "html" and not dry_run:
        raise click.UsageError("--format html shows a dry run: add --dry-run")
    settings = load(project)
    live = output_format == "text" and sys.stderr.isatty()
    result = run_align(settings, lang, document, translation, dry_run=dry_run, progress=progress_reporter(live),
                       min_score=min_score)
    end_progress(live)
    from kztr.render import align as render

    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    if output_format == "json":
        click.echo(render.render_json(result), nl=False)
    elif output_format == "html":
        from kztr.workflow.edition import edition_language

        click.echo(render.render_html(result, edition_language(settings.source_language),
                                      edition_language(result.locale)), nl=False)
    elif dry_run:
        click.echo(render.render_side_by_side(result, colour), nl=False)
    else:
        click.echo(render.render_report(result, colour), nl=False)
