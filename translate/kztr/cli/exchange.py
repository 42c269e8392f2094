"""``kztr tm`` and ``kztr xliff``: translation memory and CAT-tool exchange."""

from __future__ import annotations

from pathlib import Path

import click

from kztr.cli.common import (
    CONTEXT,
    OUTPUT_PATH,
    KztrGroup,
    format_option,
    load,
    path_from_cwd,
    project_option,
)

lang_option = click.option("--lang", "-l", required=True, help="Target language of the project, e.g. en.")
output_option = click.option("--output", "-o", type=OUTPUT_PATH, default=None,
                             help="Where to write (default: under the build folder, see below; - is standard output).")


def emit(output_format: str, result, lines: list[str], output: Path | None = None) -> None:
    """The summary on stdout, or on stderr when the file itself went to stdout (``-o -``, ``/dev/stdout``)."""
    from kztr.files import is_standard_output

    err = output is not None and is_standard_output(output)
    if output_format == "json":
        import json
        from dataclasses import asdict

        click.echo(json.dumps(asdict(result), ensure_ascii=False, indent=2), err=err)
    else:
        for line in lines:
            click.echo(line, err=err)


@click.group(cls=KztrGroup, context_settings=CONTEXT, short_help="Translation memory: export (TMX, moses), import.")
def tm() -> None:
    """The translation memory: every translated unit of a language, plus the TMX files in tm/.

    kztr extract fills units that have no translation from it (as fuzzy, saying
    where each suggestion came from). Export it for a CAT tool or MT training;
    import a TMX from elsewhere so extract can use it.

    \b
    Example:
      kztr tm export --lang en
      kztr tm import agency.tmx && kztr extract
    """


@tm.command("export", context_settings=CONTEXT, short_help="Write a language's translations as TMX 1.4b.")
@project_option
@lang_option
@output_option
@click.option("--format", "fmt", type=click.Choice(["tmx", "moses"]), default="tmx", show_default=True,
              help="tmx: TMX 1.4b; moses: two aligned plain-text files, one sentence a line (-o is their prefix).")
@click.option("--tokenise", "--tokenize", "tokenise", is_flag=True,
              help="moses only: tokenise both sides with sacremoses.")
def tm_export(project: Path | None, lang: str, output: Path | None, fmt: str, tokenise: bool) -> None:
    """Write every translated unit of a language (all documents) as TMX 1.4b.

    Source language from the project (ar), one <tu> per unit, the document and
    the unit's note as properties, dates from the catalogs: exporting twice
    gives the same bytes. Default output: _build/tm/memory-LANG.tmx (moses:
    _build/tm/memory-LANG.ar and _build/tm/memory-LANG.LANG).

    \b
    Example:
      kztr tm export --lang en
      kztr tm export --lang en --format moses --tokenise -o corpus/kz
    """
    from kztr.workflow.exchange import tm_export as run

    result = run(load(project), lang, output=output, fmt=fmt, tokenise=tokenise)
    state = "written" if result.written else "unchanged"
    emit("text", result, [f"{path}: {result.units} units from {result.documents} catalogs ({state})"
                           for path in result.paths], output)


@tm.command("import", context_settings=CONTEXT, short_help="Add a TMX file to the project's memory (tm/).")
@project_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", "replace_existing", is_flag=True, help="Replace a different file of the same name in tm/.")
@format_option
def tm_import(project: Path | None, file: Path, replace_existing: bool, output_format: str) -> None:
    """Check a TMX file and copy it into tm/, where kztr extract finds it.

    The file is read once, streaming, and copied as it is (any encoding XML
    allows). Source and translations are told apart by each <tuv>'s language,
    not the header's srclang. A file with entity declarations (billion laughs,
    external entities) is refused; nothing is ever fetched. Dropping a TMX
    into tm/ by hand works too: extract reads every file of tm/ whose name
    ends in .tmx, in any case (the tm-dir setting).

    \b
    Example:
      kztr tm import ~/omegat/astana/astana-omegat.tmx
      kztr extract
    """
    from kztr.workflow.exchange import tm_import as run

    result = run(load(project), file, replace_existing=replace_existing)
    pairs = ", ".join(f"{count} for {locale}" for locale, count in result.units.items())
    lines = [f"{result.path}: {result.state} ({pairs} unit pairs)"]
    if result.declared:
        lines.append(f'    its header says srclang="{result.declared}"; kztr went by the language of each <tuv> '
                     f"({', '.join(result.sources)})")
    emit(output_format, result, lines)


@click.group(cls=KztrGroup, context_settings=CONTEXT,
             short_help="Exchange catalogs with CAT tools (XLIFF 1.2 and 2.1).")
def xliff() -> None:
    """Catalogs out to a CAT tool (OmegaT, Trados, memoQ, Okapi) as XLIFF 1.2 or 2.1, and translations back.

    \b
    Example:
      kztr xliff export --lang en
      kztr xliff import _build/xliff/en.xlf
    """


@xliff.command("export", context_settings=CONTEXT, short_help="Write a language's catalogs as XLIFF 1.2 or 2.1.")
@project_option
@lang_option
@click.option("--doc", "-d", default=None, help="Only this document (its id: the source file's stem).")
@output_option
@click.option("--xliff-version", "version", type=click.Choice(["1.2", "2.1"]), default="1.2", show_default=True,
              help="1.2 (every CAT tool) or 2.1 (OASIS XLIFF 2, core).")
@click.option("--omegat", is_flag=True,
              help="OmegaT 3.x flavour of 1.2: every <target> is a copy of the source (OmegaT translates the "
                   "target); the translations go to OmegaT through kztr tm export, in the project's tm/auto/.")
@click.option("--translate-toolkit", "translate_toolkit", is_flag=True,
              help="translate-toolkit's flavour of 1.2 (Weblate, Pootle, xliff2po): source locations in groups all "
                   "named po-reference, which the strict schema does not allow.")
@format_option
def xliff_export(project: Path | None, lang: str, doc: str | None, output: Path | None, version: str, omegat: bool,
                 translate_toolkit: bool, output_format: str) -> None:
    """Write a language's catalogs (or one document's) as one XLIFF file.

    Each unit carries its source, translation and state (1.2: translated,
    needs-review-translation for fuzzy, new; 2.1: final, translated for fuzzy,
    initial), the block kind and section and translator comments as notes,
    and the source file and line. Default output: _build/xliff/LANG.xlf
    (2.1: _build/xliff2/LANG.xlf; with --doc: DOC.LANG.xlf).

    \b
    Example:
      kztr xliff export --lang en
      kztr xliff export --lang en --xliff-version 2.1
      kztr xliff export --lang en --doc kazakhstan-diplomacy-2022 -o for-translator.xlf
      kztr xliff export --lang en --omegat -o omegat-project/source/kz.xlf
    """
    from kztr.workflow.exchange import xliff_export as run

    result = run(load(project), lang, doc=doc, output=output, omegat=omegat, version=version,
                 translate_toolkit=translate_toolkit)
    state = "written" if result.written else "unchanged"
    emit(output_format, result, [
        f"{result.path}: {len(result.documents)} documents, {result.translated} translated, {result.fuzzy} fuzzy, "
        f"{result.untranslated} untranslated ({state})"], output)


@xliff.command("import", context_settings=CONTEXT, short_help="Bring translations back from an XLIFF file.")
@project_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--overwrite", is_flag=True, help="Replace translations the catalogs already have (not fuzzy ones).")
@click.option("--lang", "-l", default=None,
              help="The target language, for a file that does not name it (translate-toolkit's po2xliff).")
@click.option("--verbose", "-v", is_flag=True, help="List every unit taken, not only the refused ones.")
@format_option
def xliff_import(project: Path | None, file: Path, overwrite: bool, lang: str | None, verbose: bool,
                 output_format: str) -> None:
    """Take the translations of an XLIFF file (1.2, 1.1 or 2.x) into the catalogs.

    Only units whose source still matches the catalog are used; changed ones
    are listed and left alone. A unit with a translation (not fuzzy) is never
    overwritten without --overwrite. A fuzzy unit takes the file's text; state
    needs-review-* (2.x: initial) keeps it fuzzy; the same text confirms it
    only with state translated, final or signed-off (2.x: reviewed or final).
    A target equal to its source is not a
    translation. A catalog whose entries the file does not change is not
    written, whatever its layout: importing what kztr exported, unchanged,
    changes no byte.

    \b
    Example:
      kztr xliff import _build/xliff/en.xlf
      kztr xliff import omegat-project/target/kz.xlf --overwrite
      kztr xliff import from-po2xliff.xlf --lang ru
    """
    from kztr.workflow.exchange import xliff_import as run

    result = run(load(project), file, overwrite=overwrite, lang=lang)
    if output_format == "json":
        emit(output_format, result, [])
        return
    counts = result.counts
    summary = ", ".join(f"{counts[kind]} {kind}" for kind in counts if counts[kind])
    shown = path_from_cwd(file.resolve())
    click.echo(f"{shown}: {summary or 'no units'}")
    for path in result.catalogs:
        click.echo(f"{path}: {click.style('updated', fg='green')}")
    for change in result.changes:
        if change.kind in ("conflict", "changed") or verbose:
            text = change.source if len(change.source) <= 50 else change.source[:49] + "…"
            where = f"{shown}:{change.line}" if change.line else f"{shown} ({change.unit})"
            click.echo(f"    {change.kind:<11} {where}  {change.catalog}  {text}")
    if counts["conflict"]:
        one = counts["conflict"] == 1
        click.echo(f"{counts['conflict']} translated unit{'' if one else 's'} differ{'s' if one else ''} from the "
                   "file: kept; --overwrite takes the file's")
    if counts["changed"]:
        click.echo(f"{counts['changed']} unit{'' if counts['changed'] == 1 else 's'} whose source no longer matches "
                   "the catalog (run kztr extract, then export again): not taken")
