"""``kztr rename``."""

from __future__ import annotations

from pathlib import Path

import click

from kztr.cli.common import CONTEXT, load, project_option


@click.command(context_settings=CONTEXT, short_help="Rename a document: its source, template and every catalog.")
@project_option
@click.argument("old")
@click.argument("new")
def rename(project: Path | None, old: str, new: str) -> None:
    """Rename document OLD to NEW, keeping every translation.

    Moves source/OLD.txt (or .md) to the new name if it is still at the old
    one (after a `git mv` it is not, and only the catalogs move), and
    locales/OLD.pot and every locales/<lang>/LC_MESSAGES/OLD.po. OLD and NEW
    are document names (file stems) or source paths. Refuses a name another
    document uses; a catalog at the new name with nothing translated (left by
    an extract run after a plain mv) is replaced. All files move or none.

    kztr extract also notices a rename by itself: a new document whose units
    are mostly those of a document whose source is gone takes its catalogs.

    \b
    Example:
      kztr rename kazakhstan-diplomacy-2022 kz-2022
      git mv source/a.txt source/b.txt && kztr rename a b
      kztr extract       # then: updates the #: references to the new name
    """
    from kztr.workflow import rename_document

    settings = load(project)
    result = rename_document(settings, old, new)
    for move in result.moves:
        note = " (replaced an untranslated catalog)" if move.replaced else ""
        click.echo(f"{move.old} -> {move.new}{note}")
    click.echo(f"renamed {result.old} to {result.new}; run kztr extract to update the references")
