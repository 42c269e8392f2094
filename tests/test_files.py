"""kztr.files: the one writer. Regular files whole or not at all, special files written through, never
replaced; a transaction puts several files in place together or puts every one back."""

from __future__ import annotations

import errno
import os
import stat
import threading
from pathlib import Path

import pytest
from conftest import fail_step, fill_disk, full_disk, read_only
from kztr.errors import WriteError
from kztr.files import Transaction, remove_stale_temporaries, stage, write_text

ARABIC = "قمة «سيكا» في أستانا، ١٤ أكتوبر ٢٠٢٢؟\n"


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


# ---------------------------------------------------------------- regular files


def test_write_text_replaces_whole_file_and_keeps_mode(tmp_path):
    path = tmp_path / "a.po"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o640)
    assert write_text(path, ARABIC)
    assert path.read_text(encoding="utf-8") == ARABIC
    assert path.stat().st_mode & 0o777 == 0o640
    assert _names(tmp_path) == ["a.po"]


def test_a_new_file_gets_the_umask_and_its_folders(tmp_path):
    old = os.umask(0o027)
    try:
        write_text(tmp_path / "new" / "folders" / "a.po", ARABIC)
    finally:
        os.umask(old)
    assert (tmp_path / "new" / "folders" / "a.po").stat().st_mode & 0o777 == 0o640


def test_an_unchanged_file_is_not_touched(tmp_path):
    path = tmp_path / "a.po"
    write_text(path, ARABIC)
    os.utime(path, (1_000_000_000, 1_000_000_000))
    inode = path.stat().st_ino
    assert not write_text(path, ARABIC)
    assert (path.stat().st_mtime, path.stat().st_ino) == (1_000_000_000, inode)


def test_crash_during_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "a.po"
    path.write_text("previous content\n", encoding="utf-8")

    def crash(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(WriteError, match=r"a\.po: cannot write: No space left on device"):
        write_text(path, "new content\n")
    assert path.read_text(encoding="utf-8") == "previous content\n"
    assert _names(tmp_path) == ["a.po"]


def test_a_symlink_to_a_file_stays_a_symlink(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "status.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "status.json"
    link.symlink_to(Path("real") / "status.json")
    write_text(link, ARABIC)
    assert link.is_symlink() and os.readlink(link) == "real/status.json"
    assert target.read_text(encoding="utf-8") == ARABIC
    dangling = tmp_path / "later.json"
    dangling.symlink_to(Path("real") / "later.json")
    write_text(dangling, ARABIC)
    assert dangling.is_symlink() and (tmp_path / "real" / "later.json").read_text(encoding="utf-8") == ARABIC


# ---------------------------------------------------------------- special files: written through


def test_a_named_pipe_is_written_through_and_stays_a_pipe(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    write_text(fifo, ARABIC)
    reader.join(timeout=30)
    assert received == [ARABIC.encode("utf-8")]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert _names(tmp_path) == ["fifo"]


def test_a_character_device_is_written_through_never_replaced(tmp_path):
    """Issue 24, item 1: as root, -o /dev/null used to become a regular file. Tested on a device node
    of our own (the machine's /dev/null is not put at risk): written through, still a device."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root (CI runs as root)")
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    write_text(null, ARABIC)
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    link = tmp_path / "null-link"
    link.symlink_to(null)
    write_text(link, ARABIC)
    assert link.is_symlink() and stat.S_ISCHR(os.lstat(null).st_mode)
    assert _names(tmp_path) == ["null", "null-link"]


def test_dev_full_is_a_full_disk_in_one_line():
    with pytest.raises(WriteError) as caught:
        write_text("/dev/full", ARABIC)
    assert str(caught.value) == "/dev/full: cannot write: No space left on device"


def test_dash_is_standard_output(tmp_path, monkeypatch, capfdbinary):
    monkeypatch.chdir(tmp_path)
    write_text("-", ARABIC)
    assert capfdbinary.readouterr().out == ARABIC.encode("utf-8")
    assert _names(tmp_path) == []


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(WriteError, match="cannot write: it is a folder, not a file"):
        write_text(tmp_path, ARABIC)


def test_a_path_under_a_file_names_the_file(tmp_path):
    (tmp_path / "kztr.toml").write_text("", encoding="utf-8")
    with pytest.raises(WriteError) as caught:
        write_text(tmp_path / "kztr.toml" / "out" / "status.json", ARABIC, shown="kztr.toml/out/status.json")
    assert str(caught.value) == "kztr.toml/out/status.json: cannot write: kztr.toml is a file, not a folder"


def test_a_read_only_folder_in_one_line(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.po").write_text("old", encoding="utf-8")
    with read_only(tmp_path / "locked"):
        with pytest.raises(WriteError) as caught:
            write_text(tmp_path / "locked" / "a.po", ARABIC, shown="locked/a.po")
        assert str(caught.value) in ("locked/a.po: cannot write: Read-only file system",
                                     "locked/a.po: cannot write: Permission denied",
                                     "locked/a.po: cannot write: Operation not permitted")
    assert _names(tmp_path / "locked") == ["a.po"]
    assert (tmp_path / "locked" / "a.po").read_text(encoding="utf-8") == "old"


def test_a_full_disk_leaves_the_old_file_and_no_temporary(tmp_path):
    with full_disk(tmp_path / "disk", size_kb=256) as disk:
        (disk / "a.po").write_text("old", encoding="utf-8")
        fill_disk(disk)
        with pytest.raises(WriteError, match=r"a\.po: cannot write: No space left on device"):
            write_text(disk / "a.po", ARABIC * 100, shown="a.po")
        assert (disk / "a.po").read_text(encoding="utf-8") == "old"
        assert _names(disk) == ["a.po", "filler"]


# ---------------------------------------------------------------- transactions


def _three_files(tmp_path: Path) -> dict[str, bytes]:
    (tmp_path / "a.po").write_text("a old", encoding="utf-8")
    (tmp_path / "b.po").write_text("b old", encoding="utf-8")
    (tmp_path / "old.txt").write_text("moved", encoding="utf-8")
    (tmp_path / "gone.po").write_text("removed", encoding="utf-8")
    return {path.name: path.read_bytes() for path in tmp_path.iterdir()}


def _commit(tmp_path: Path) -> None:
    with Transaction() as files:
        files.write(tmp_path / "a.po", "a new")
        files.write(tmp_path / "c" / "c.po", "c new")
        files.move(tmp_path / "old.txt", tmp_path / "b.po")  # replaces b.po
        files.remove(tmp_path / "gone.po")
        files.commit()


def test_a_transaction_puts_everything_in_place(tmp_path):
    _three_files(tmp_path)
    _commit(tmp_path)
    assert {path.relative_to(tmp_path).as_posix(): path.read_text(encoding="utf-8")
            for path in tmp_path.rglob("*") if path.is_file()} == {"a.po": "a new", "b.po": "moved",
                                                                   "c/c.po": "c new"}


@pytest.mark.parametrize("error", [None, KeyboardInterrupt()])
def test_a_transaction_failing_at_any_step_puts_everything_back(tmp_path, monkeypatch, error):
    """Whichever step fails (staging, keeping a file aside, putting one in place, removing one), every
    file is as it was; a step with a way round it (no hard links: a rename instead) lets the rest go on."""
    step = failed = 0
    while True:
        step += 1
        folder = tmp_path / str(step)
        folder.mkdir()
        before = _three_files(folder)
        with monkeypatch.context() as patch:
            calls = fail_step(patch, step, error)
            try:
                _commit(folder)
            except (WriteError, KeyboardInterrupt):
                files = {path.name: path.read_bytes() for path in folder.rglob("*") if path.is_file()}
                assert files == before, step  # (an empty folder made for c.po may stay)
                failed += 1
        if calls[0] < step:
            break
    assert failed >= 6  # two files staged, three put in place, one removed
    assert (folder / "b.po").read_text(encoding="utf-8") == "moved"


def test_leaving_without_commit_removes_what_was_staged(tmp_path):
    before = _three_files(tmp_path)
    with Transaction() as files:
        files.write(tmp_path / "a.po", "a new")
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_stale_temporaries_are_ours_only(tmp_path):
    staged = stage(tmp_path / "a.po", ARABIC)
    assert staged.name.startswith(".a.po.") and staged.name.endswith(".tmp")
    (tmp_path / ".hidden.tmp").write_text("not ours: two dots", encoding="utf-8")
    assert remove_stale_temporaries(tmp_path) == [staged]
    assert _names(tmp_path) == [".hidden.tmp"]
