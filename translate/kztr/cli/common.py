"""What every command of the ``kztr`` command line shares: options, settings, progress, errors."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kztr.errors import GateError, KztrError

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

project_option = click.option(
    "--project", "-C",
    type=click.Path(file_okay=True, dir_okay=True, path_type=Path),
    envvar="KZTR_PROJECT",
    help="Project folder (or its pyproject.toml / kztr.toml). Default: search up from the current folder. "
    "[env: KZTR_PROJECT]",
)
# An output file: a regular file is replaced whole, a device or pipe written through, "-" is standard
# output. No click checks (they would refuse with a usage error): kztr.files says why it cannot write.
OUTPUT_PATH = click.Path(path_type=Path, allow_dash=True)

format_option = click.option(
    "--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="Output for people (text) or programs (json).",
)


def load(project: Path | None):
    """The settings of the project at ``project`` (or above the current folder)."""
    from kztr.config import load_settings

    return load_settings(project)


def progress_reporter(enabled: bool):
    """Progress on one self-erasing stderr line, only on a terminal; the summary follows on stdout."""
    def report(message: str) -> None:
        if enabled:
            click.echo(f"\r\033[K{click.style(message[:78], dim=True)}", err=True, nl=False)
    return report


def end_progress(enabled: bool) -> None:
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
        except OSError as exc:  # one the core did not expect (it turns the ones it knows into KztrError)
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"{click.style('kztr: error:', fg='red', bold=True)} {where}{exc.strerror or exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("kztr: interrupted; files are written whole or not at all", err=True)
            sys.exit(130)


def note_line(note) -> str:
    """A source note (kztr.project.SourceNote) as one line: where, skipped or warning, why."""
    return f"{note.where}: {'skipped: ' if note.skipped else 'warning: '}{note.message}"


def echo_notes(notes) -> None:
    """Source notes on stderr, beside a report on stdout."""
    for note in notes:
        click.echo(f"kztr: {note_line(note)}", err=True)


def write_output(path: Path, text: str) -> None:
    """A report to ``-o FILE``: written (see kztr.files), then said on stderr unless it went to stdout."""
    from kztr.files import STDOUT, write_text

    write_text(path, text)
    if str(path) != STDOUT:
        click.echo(f"{path}: written", err=True)


def path_from_cwd(path: Path) -> str:
    """A path the user can open from where they are: relative below the cwd, else absolute."""
    try:
        return path.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return str(path)
