"""Output paths that behave (issue 24, items 1 and 2), through the command line.

Every command that writes: a regular file is replaced whole; a device, a pipe or a link to one is
written through and stays what it was; ``-`` is standard output; an unwritable destination (a path
under a file, a read-only folder, a full disk) is one line naming the path and the reason, exit 1,
and nothing half-written. Run as root too: CI does.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import ARTICLE, copy_project, fill_disk, full_disk, one_line_error, read_only

# Each command with an output file: its arguments, with {out} for the path.
WITH_OUTPUT = {
    "status": ("status", "--format", "json", "-o", "{out}"),
    "check": ("check", "--format", "json", "--fail-on", "never", "-o", "{out}"),
    "tm export": ("tm", "export", "--lang", "en", "-o", "{out}"),
    "xliff export": ("xliff", "export", "--lang", "en", "-o", "{out}"),
}
WRITTEN = {"status": b'"document": "kazakhstan-diplomacy-2022"', "check": b"[",
           "tm export": b"<tmx version", "xliff export": b"<xliff version"}


def _files(project: Path) -> dict[str, bytes]:
    return {path.relative_to(project).as_posix(): path.read_bytes()
            for path in sorted(project.rglob("*")) if path.is_file()}


@pytest.fixture
def run_any(project):
    """``run`` for every command, group commands (``tm export``) included."""
    from click.testing import CliRunner
    from kztr.cli import main

    def invoke(args: tuple[str, ...], out: str = "", expect: int | None = 0):
        words = [word.format(out=out) for word in args]
        split = 2 if words[0] in ("tm", "xliff") else 1
        result = CliRunner().invoke(main, [*words[:split], "--project", str(project), *words[split:]])
        if expect is not None:
            assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
        return result

    return invoke


# ---------------------------------------------------------------- item 1: special files are written through


@pytest.mark.parametrize("command", WITH_OUTPUT)
def test_a_named_pipe_is_written_through(project, run_any, command, tmp_path):
    fifo = tmp_path / "report.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    run_any(WITH_OUTPUT[command], str(fifo))
    reader.join(timeout=60)
    assert WRITTEN[command] in received[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("command", WITH_OUTPUT)
def test_a_device_stays_a_device(project, run_any, command, tmp_path):
    """As root, ``-o /dev/null`` used to become a regular file; a device node of our own stands in for
    /dev/null here (the machine's is not put at risk by a regression)."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root (CI runs as root)")
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    before = _files(project)
    run_any(WITH_OUTPUT[command], str(null))
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert _files(project) == before


@pytest.mark.parametrize("command", WITH_OUTPUT)
def test_standard_output_through_a_link_and_as_dash(project, command, tmp_path):
    """``-o /dev/stdout`` (a link into /proc) and ``-o -`` write to the command's standard output; the
    link stays a link, no file named ``-`` appears, and what the command says goes to stderr."""
    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    for out in (str(link), "-"):
        words = [word.format(out=out) for word in WITH_OUTPUT[command]]
        split = 2 if words[0] in ("tm", "xliff") else 1
        completed = subprocess.run([sys.executable, "-m", "kztr", *words[:split], "--project", str(project),
                                    *words[split:]], capture_output=True, cwd=tmp_path, check=False)
        assert completed.returncode == 0, completed.stderr
        assert WRITTEN[command] in completed.stdout
        assert completed.stdout.rstrip().endswith((b"]", b"}", b">")), completed.stdout[-200:]
    assert link.is_symlink() and os.readlink(link) == "/proc/self/fd/1"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["project", "stdout"]


def test_status_json_to_dash_is_json(project, run_any):
    result = run_any(WITH_OUTPUT["status"], "-")
    assert json.loads(result.stdout)[0]["document"] == ARTICLE


@pytest.mark.parametrize("command", WITH_OUTPUT)
def test_a_folder_is_refused(project, run_any, command):
    one_line_error(run_any(WITH_OUTPUT[command], str(project / "source"), expect=None), "source",
              "cannot write: it is a folder, not a file")


# ---------------------------------------------------------------- item 2: unwritable destinations


@pytest.mark.parametrize("command", WITH_OUTPUT)
def test_an_output_under_a_file(project, run_any, command):
    before = _files(project)
    out = str(project / "kztr.toml" / "reports" / "out")
    one_line_error(run_any(WITH_OUTPUT[command], out, expect=None), "kztr.toml/reports/out: cannot write: ",
              "kztr.toml is a file, not a folder")
    assert _files(project) == before


@pytest.mark.parametrize("command", WITH_OUTPUT)
def test_a_full_device(project, run_any, command):
    one_line_error(run_any(WITH_OUTPUT[command], "/dev/full", expect=None),
              "/dev/full: cannot write: No space left on device")


@pytest.mark.parametrize("command", WITH_OUTPUT)
def test_a_read_only_folder(project, run_any, command, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "out").write_bytes(b"previous report")
    with read_only(folder):
        one_line_error(run_any(WITH_OUTPUT[command], str(folder / "out"), expect=None), f"{folder}/out: cannot write: ")
    assert [path.name for path in folder.iterdir()] == ["out"]
    assert (folder / "out").read_bytes() == b"previous report"


def _edit_source(project: Path) -> None:
    source = project / "source" / f"{ARTICLE}.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("أحد عشر", "اثنا عشر"), encoding="utf-8")


def test_build_into_a_path_under_a_file(project, run):
    before = _files(project)
    one_line_error(run("build", "--lang", "en", "--output-dir", str(project / "kztr.toml" / "out"), expect=None),
              "cannot write: ", "kztr.toml is a file, not a folder")
    assert _files(project) == before


def test_extract_and_init_with_locales_under_a_file(project, run):
    (project / "kztr.toml").write_text((project / "kztr.toml").read_text(encoding="utf-8")
                                       + 'locales-dir = "kztr.toml/locales"\n', encoding="utf-8")
    before = _files(project)
    one_line_error(run("extract", expect=None), "kztr.toml/locales: cannot write: kztr.toml is a file, not a folder")
    one_line_error(run("init", "--lang", "fr", expect=None), "kztr.toml is a file, not a folder")
    assert _files(project) == before


def test_read_only_locales(project, run):
    """extract (a changed source), init and build into a read-only place: one line, nothing changed."""
    _edit_source(project)
    (project / "_build").mkdir()
    before = _files(project)
    with read_only(project / "locales"), read_only(project / "_build"):
        one_line_error(run("extract", expect=None), f"locales/{ARTICLE}.pot: cannot write: ")
        one_line_error(run("init", "--lang", "fr", expect=None), f"locales/{ARTICLE}.pot: cannot write: ")
        one_line_error(run("build", "--lang", "en", expect=None), f"_build/en/{ARTICLE}.html: cannot write: ")
        one_line_error(run("rename", ARTICLE, "kz", expect=None), "nothing was renamed")
    assert _files(project) == before


def test_a_full_disk(tmp_path, monkeypatch):
    """The whole project on a small tmpfs with no byte free: extract, init, build, tm and xliff export
    each say so in one line, and every file is as it was."""
    from click.testing import CliRunner
    from kztr.cli import main

    with full_disk(tmp_path / "disk", size_kb=1024) as disk:
        (disk / "kztr.toml").write_text('source-language = "ar"\nproject = "p"\n', encoding="utf-8")
        copy_project(disk)
        _edit_source(disk)
        (disk / "_build").mkdir()
        fill_disk(disk)
        before = _files(disk)
        for words, shown in ((["extract"], f"locales/{ARTICLE}.pot"), (["init", "--lang", "fr"], "locales/"),
                             (["build", "--lang", "en"], f"_build/en/{ARTICLE}.html"),
                             (["tm", "export", "--lang", "en"], "_build/tm/memory-en.tmx"),
                             (["xliff", "export", "--lang", "en"], "_build/xliff/en.xlf")):
            split = 2 if words[0] in ("tm", "xliff") else 1
            result = CliRunner().invoke(main, [*words[:split], "--project", str(disk), *words[split:]])
            one_line_error(result, shown, "cannot write: No space left on device")
            assert _files(disk) == before, words
        assert not [path for path in disk.rglob("*.tmp")]
