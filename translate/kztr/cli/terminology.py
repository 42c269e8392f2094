"""``kztr glossary``: the glossary out to terminology tools as TBX-Basic, and their TBX in."""

from __future__ import annotations

from pathlib import Path

import click

from kztr.cli.common import CONTEXT, KztrGroup, format_option, load, project_option
from kztr.cli.exchange import emit, lang_option, output_option


@click.group(cls=KztrGroup, context_settings=CONTEXT, short_help="Glossary exchange: TBX-Basic export and import.")
def glossary() -> None:
    """A language's glossary (glossary/LANG.tsv) as TBX-Basic for terminology tools, and their TBX back.

    \b
    Example:
      kztr glossary export --lang en
      kztr glossary import agency-terms.tbx --lang en
    """


@glossary.command("export", context_settings=CONTEXT, short_help="Write a language's glossary as TBX-Basic.")
@project_option
@lang_option
@output_option
@click.option("--tbx-version", "version", type=click.Choice(["3", "2"]), default="3", show_default=True,
              help="3: ISO 30042:2019 (TBX-Basic, DCA style); 2: the older <martif> form that translate-toolkit "
                   "(Weblate), OmegaT 3.x and older MultiTerm read.")
@format_option
def glossary_export(project: Path | None, lang: str, output: Path | None, version: str, output_format: str) -> None:
    """Write glossary/LANG.tsv as TBX-Basic: per term a concept with the Arabic term, the agreed translation
    (preferred), its note, and the forbidden variants (deprecated). Default output: _build/glossary/LANG.tbx.

    \b
    Example:
      kztr glossary export --lang en
      kztr glossary export --lang en --tbx-version 2 -o for-weblate.tbx
    """
    from kztr.workflow.terminology import glossary_export as run

    result = run(load(project), lang, output=output, version=int(version))
    state = "written" if result.written else "unchanged"
    emit(output_format, result, [f"{result.path}: {result.terms} terms, TBX-Basic v{result.version} ({state})"])


@glossary.command("import", context_settings=CONTEXT, short_help="Take a TBX file's terms into the glossary.")
@project_option
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@lang_option
@format_option
def glossary_import(project: Path | None, file: Path, lang: str, output_format: str) -> None:
    """Take the terms of a TBX file (v2 or v3, any dialect) into glossary/LANG.tsv.

    Per concept: the Arabic terms that are not deprecated are the sources, the
    language's preferred term (or first admitted one) the agreed translation,
    its deprecated and superseded terms the forbidden variants, the notes the
    note. New terms are added; a term the glossary has gains the file's
    forbidden variants and note; a different agreed translation is listed as
    a conflict and the glossary's is kept. What a glossary cannot hold
    (definitions, contexts, parts of speech…) is listed, with lines.

    \b
    Example:
      kztr glossary import ~/Downloads/agency-terms.tbx --lang en
    """
    from kztr.workflow.terminology import glossary_import as run

    result = run(load(project), file, lang)
    lines = [f"{result.path}: {result.state} ({result.added} added, {result.updated} updated, {result.kept} as they "
             f"were, {len(result.conflicts)} conflicts; {result.concepts} concepts, {result.skipped} without "
             "both languages)"]
    lines += [f"    conflict  {conflict}" for conflict in result.conflicts]
    if result.unmapped:
        lines.append("    not mapped (a kztr glossary has no place for them):")
        lines += [f"      {what}" for what in result.unmapped]
    emit(output_format, result, lines)
