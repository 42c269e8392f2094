"""The ``kztr`` command line: parse options, call one workflow function, format.

One module per command family; each command is a plain ``click.command``
registered on the group here, so ``kztr --help`` imports click and nothing heavy.
"""

from __future__ import annotations

import click

from kztr import __version__
from kztr.cli.align import align
from kztr.cli.common import CONTEXT, KztrGroup
from kztr.cli.documents import rename
from kztr.cli.edition import build
from kztr.cli.exchange import tm, xliff
from kztr.cli.qa import check
from kztr.cli.report import status
from kztr.cli.review import review
from kztr.cli.terminology import glossary
from kztr.cli.update import extract, init


@click.group(cls=KztrGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", "-V", prog_name="kztr")
def main() -> None:
    """Translate documents through gettext catalogs and build bilingual editions.

    \b
    A day with kztr:
      kztr init --lang fr       start a new language (empty catalogs)
      kztr extract              after the source changed: update template and catalogs
      kztr status               what is left to translate, per language
      kztr check --lang en      is it right? numbers, punctuation, omissions, glossary…
      kztr build --lang en      the Arabic–English reader edition (_build/en/…)
      kztr rename OLD NEW       a document's new name: source, template, catalogs
      kztr xliff export -l en   the catalogs for a CAT tool (XLIFF 1.2 or 2.1); kztr tm: the memory
      kztr glossary export -l en  the glossary for a terminology tool (TBX-Basic)
      kztr review export -l en  a bilingual table for a reviewer (xlsx, docx); review import: back
      kztr align -l en -d DOC edition.txt   fill a catalog from a translation that already exists

    Run `kztr COMMAND --help` for the options and an example of each command.
    """
    collect_cycles_less_often()


# Python looks for reference cycles after every 700 new objects (and more deeply every 10 and 100 of those
# looks); a command builds hundreds of thousands that hold no cycles (a catalog's entries, the checks' readings
# and findings), and those looks took a fifth of `kztr check`'s time on 100,000 units (benchmarks/RESULTS.md,
# issue 22's round 19). Memory held by cycles is still freed, after 50,000 new objects.
GC_THRESHOLD = 50_000


def collect_cycles_less_often() -> None:
    import gc

    _young, middle, old = gc.get_threshold()
    gc.set_threshold(GC_THRESHOLD, middle, old)


for command in (init, extract, status, check, build, rename, align, tm, xliff, glossary, review):
    main.add_command(command)
