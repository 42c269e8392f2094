"""Translators' work survives bad catalogs, bad sources, crashes and concurrent runs."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from conftest import ARTICLE, ROOT, msgcat_no_wrap, msgfmt_check, one_line_error
from kztr.po.catalog import read_catalog


def _po(project: Path, lang: str = "en") -> Path:
    return project / "locales" / lang / "LC_MESSAGES" / f"{ARTICLE}.po"


def _source(project: Path) -> Path:
    return project / "source" / f"{ARTICLE}.txt"


def _translations(path: Path) -> dict[str, str]:
    return {entry.msgid: entry.msgstr for entry in read_catalog(path).entries if entry.msgstr}


def _files(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes()
            for p in sorted(project.rglob("*")) if p.is_file() and p.name != ".kztr.lock"}


def _fails_cleanly(run, *words):
    return one_line_error(run("extract", expect=None), *words)


# ------------------------------------------------------------- bad catalogs

def _lines(project):
    return _po(project).read_text(encoding="utf-8").split("\n")


def _write_lines(project, lines):
    _po(project).write_text("\n".join(lines), encoding="utf-8")


def test_syntax_error_mid_file(project, run):
    lines = _lines(project)
    middle = len(lines) // 2
    lines.insert(middle, "msgstr_x \"oops\"")
    _write_lines(project, lines)
    before = _files(project)
    _fails_cleanly(run, f"locales/en/LC_MESSAGES/{ARTICLE}.po:{middle + 1}:")
    assert _files(project) == before


@pytest.mark.parametrize("command", [("extract",), ("status",), ("check", "--lang", "en"), ("build", "--lang", "en")])
def test_a_folder_where_the_catalog_should_be_is_an_error_not_a_missing_catalog(project, run, command):
    """A folder named like the catalog (an unzipped archive, a mistaken mkdir): every command names it and
    stops; none counts it as "no catalog yet" or writes anything."""
    _po(project).rename(project / "saved.po")
    _po(project).mkdir()
    before = _files(project)
    one_line_error(run(*command, expect=None), f"locales/en/LC_MESSAGES/{ARTICLE}.po: cannot read: Is a directory")
    assert _files(project) == before and _po(project).is_dir()


def test_truncated_file(project, run):
    data = _po(project).read_bytes()
    cut = data.index(b'msgstr "', len(data) // 2) + 20
    _po(project).write_bytes(data[:cut])
    before = _files(project)
    _fails_cleanly(run, "unterminated string")
    assert _files(project) == before


def test_truncated_between_msgid_and_msgstr(project, run):
    data = _po(project).read_bytes()
    cut = data.index(b"\nmsgstr", len(data) // 2) + 1
    _po(project).write_bytes(data[:cut])
    _fails_cleanly(run, "file ends inside an entry (truncated?)")


def test_duplicate_msgids(project, run):
    lines = _lines(project)
    start = next(i for i, line in enumerate(lines) if line.startswith("#. kicker"))
    lines[start:start] = lines[start:start + 5]
    _write_lines(project, lines)
    _fails_cleanly(run, "duplicate message (first defined at line")


def test_utf8_catalog_labelled_legacy_is_refused_as_mislabelled(project, run):
    text = _po(project).read_text(encoding="utf-8").replace("charset=UTF-8", "charset=ISO-8859-6")
    _po(project).write_text(text, encoding="utf-8")
    before = _files(project)
    line = _fails_cleanly(run, "mislabelled: the header says charset=ISO-8859-6 but the bytes are UTF-8",
                          "set charset=UTF-8 in the header", "do not run msgconv")
    assert f"{ARTICLE}.po:11: " in line  # the Content-Type line
    assert _files(project) == before


def test_catalog_in_another_encoding(project, run):
    text = _po(project, "ru").read_text(encoding="utf-8").replace("charset=UTF-8", "charset=KOI8-R")
    _po(project, "ru").write_bytes(text.encode("utf-8").replace("Токаев".encode(), "Токаев".encode("koi8-r")))
    _fails_cleanly(run, "not UTF-8", "charset=KOI8-R")


def test_windows_1256_catalog_is_read_and_rewritten_as_utf8(project, run):
    """An old Arabic catalog saved as windows-1256 (issue 11): read with its charset, written back as UTF-8."""
    translations = _translations(_po(project))
    text = _po(project).read_text(encoding="utf-8").replace("charset=UTF-8", "charset=windows-1256")
    _po(project).write_bytes(text.encode("cp1256"))
    assert read_catalog(_po(project)).source_charset == "windows-1256"
    run("extract")
    rewritten = _po(project).read_bytes().decode("utf-8")
    assert "charset=UTF-8" in rewritten and "windows-1256" not in rewritten
    assert _translations(_po(project)) == translations
    msgfmt_check(_po(project))


def test_missing_charset_and_missing_header_are_repaired(project, run):
    translations = _translations(_po(project))
    text = _po(project).read_text(encoding="utf-8")
    _po(project).write_text(text.replace('"Content-Type: text/plain; charset=UTF-8\\n"\n', ""), encoding="utf-8")
    run("extract")
    assert read_catalog(_po(project)).header_value("Content-Type") == "text/plain; charset=UTF-8"
    body = text[text.index("\n\n") + 2:]
    _po(project).write_text(body, encoding="utf-8")
    run("extract")
    catalog = read_catalog(_po(project))
    assert catalog.header_value("Language") == "en"
    assert catalog.header_value("Plural-Forms") == "nplurals=2; plural=(n != 1);"
    assert _translations(_po(project)) == {k: v for k, v in translations.items() if k}
    msgfmt_check(_po(project))


def test_crlf_catalog_is_read_and_rewritten_with_lf(project, run):
    translations = _translations(_po(project))
    _po(project).write_bytes(_po(project).read_bytes().replace(b"\n", b"\r\n"))
    run("extract")
    assert b"\r" not in _po(project).read_bytes()
    assert _translations(_po(project)) == translations


def test_nul_in_a_translation_is_refused(project, run):
    data = _po(project).read_bytes()
    at = data.index(b'msgstr "Diplomacy"') + len(b'msgstr "Diplo')
    _po(project).write_bytes(data[:at] + b"\x00" + data[at:])
    before = _files(project)
    _fails_cleanly(run, "NUL byte")  # gettext would cut the translation there
    assert _files(project) == before


@pytest.mark.parametrize("bad", ["\x01", "\x1b[31m", "\x7f", "\a"])
def test_control_characters_in_a_translation_are_kept(project, run, bad):
    """gettext reads raw control characters; kztr reads them, and writes them as msgcat does."""
    data = _po(project).read_bytes()
    at = data.index(b'msgstr "Diplomacy"') + len(b'msgstr "Diplo')
    _po(project).write_bytes(data[:at] + bad.encode() + data[at:])
    run("extract")
    assert read_catalog(_po(project)).live[0].msgstr == f"Diplo{bad}macy"
    assert msgcat_no_wrap(_po(project)) == _po(project).read_text(encoding="utf-8")
    msgfmt_check(_po(project))


def test_obsolete_only_file_is_revived(project, run):
    translations = _translations(_po(project))
    lines = []
    for line in _lines(project)[14:]:
        lines.append(f"#~ {line}" if line.startswith(("msgid", "msgstr", '"')) else
                     ("" if line.startswith(("#.", "#:")) else line))
    header = "\n".join(_lines(project)[:14])
    _po(project).write_text(header + "\n" + "\n".join(line for line in lines if line is not None) + "\n",
                            encoding="utf-8")
    assert not read_catalog(_po(project)).live
    result = run("extract")
    assert "45 revived" in result.output
    assert _translations(_po(project)) == translations
    assert all(entry.translated for entry in read_catalog(_po(project)).entries)


def test_all_fuzzy_file_stays_fuzzy(project, run):
    text = _po(project).read_text(encoding="utf-8").replace("\nmsgid \"", "\n#, fuzzy\nmsgid \"")
    _po(project).write_text(text, encoding="utf-8")
    run("extract")  # normalises nothing away: every entry keeps its fuzzy flag and its text
    catalog = read_catalog(_po(project))
    assert all(entry.fuzzy and entry.msgstr for entry in catalog.live)
    assert msgfmt_check(_po(project)) == "0 translated messages, 45 fuzzy translations."
    before = _files(project)
    run("extract")
    assert _files(project) == before


# ------------------------------------------------------------- bad sources

def test_nfd_source_gives_the_same_template(project, run):
    pot = project / "locales" / f"{ARTICLE}.pot"
    before = pot.read_bytes()
    text = _source(project).read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text  # the article has composed letters (آ, أ, إ, ؤ, ئ)
    _source(project).write_text(nfd, encoding="utf-8")
    run("extract")
    assert pot.read_bytes() == before


def test_bidi_controls_in_source_are_dropped(project, run):
    pot = project / "locales" / f"{ARTICLE}.pot"
    before = pot.read_bytes()
    text = _source(project).read_text(encoding="utf-8")
    _source(project).write_text(text.replace("CICA", "\u2066CICA\u2069").replace("2022", "\u200e2022"),
                                encoding="utf-8")
    run("extract")
    assert pot.read_bytes() == before


def test_tatweel_and_diacritics_are_kept_as_written(project, run):
    text = _source(project).read_text(encoding="utf-8")
    _source(project).write_text(text.replace("دبلوماسية", "دبلومـاسيّة"), encoding="utf-8")
    run("extract")
    msgids = [entry.msgid for entry in read_catalog(project / "locales" / f"{ARTICLE}.pot").entries]
    assert msgids[0] == "دبلومـاسيّة"
    entry = read_catalog(_po(project)).live[0]
    assert entry.fuzzy and entry.msgstr == "Diplomacy"  # one-word unit: similar enough to inherit


def test_arabic_indic_digits(project, run):
    text = _source(project).read_text(encoding="utf-8")
    _source(project).write_text(text.replace("في 20 سبتمبر", "في ٢٠ سبتمبر"), encoding="utf-8")
    run("extract")
    entry = next(e for e in read_catalog(_po(project)).live if "٢٠ سبتمبر" in e.msgid)
    assert entry.fuzzy and "20 September" in entry.msgstr


@pytest.mark.parametrize("data, words", [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
    ("كشف حساب".encode("utf-16"), "UTF-16"),
])
def test_empty_binary_and_utf16_sources_are_refused(project, run, data, words):
    _source(project).write_bytes(data)
    before = _files(project)
    _fails_cleanly(run, f"source/{ARTICLE}.txt", words)
    assert _files(project) == before


def test_megabyte_single_line_of_prose_is_handled(project, run):
    lines = _source(project).read_text(encoding="utf-8").splitlines()
    sentences = [line for line in lines if len(line) > 200]
    big = " ".join(f"{sentences[i % len(sentences)]} (الفقرة {i})." for i in range(3000))
    assert len(big.encode("utf-8")) > 1_000_000
    _source(project).write_text("عنوان\n\n" + big + "\n", encoding="utf-8")
    started = time.perf_counter()
    run("extract")
    assert time.perf_counter() - started < 60
    assert len(read_catalog(project / "locales" / f"{ARTICLE}.pot").entries) > 3000


def test_megabyte_line_without_sentences_is_refused(project, run):
    _source(project).write_text("عنوان\n\n" + "كلمة " * 200_000 + "\n", encoding="utf-8")
    before = _files(project)
    _fails_cleanly(run, f"source/{ARTICLE}.txt:3: a single unit of 999,999 characters")
    assert _files(project) == before


# ------------------------------------------------------------- crashes and concurrency

def test_killed_mid_write_leaves_the_previous_file(project):
    """SIGKILL while the catalog's new text is half on disk: the old file stays whole."""
    po = _po(project)
    before = po.read_bytes()
    _source(project).write_text(_source(project).read_text(encoding="utf-8").replace("أحد عشر", "اثنا عشر"),
                                encoding="utf-8")
    script = (
        "import os, sys, time; sys.path.insert(0, {!r})\n"
        "import kztr.files as files\n"
        "real = os.fsync\n"
        "def slow(fd):\n"
        "    real(fd); print('writing', flush=True); time.sleep(30)\n"
        "files.os.fsync = slow\n"
        "from kztr.cli import main\n"
        "main(['extract', '--project', {!r}])\n"
    ).format(str(ROOT / "translate"), str(project))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "writing"  # the template's temp file is on disk
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert po.read_bytes() == before
    leftovers = list((project / "locales").rglob(".*.tmp"))
    assert leftovers  # the half-written temp file, never the real one
    msgfmt_check(po)
    subprocess.run([sys.executable, "-m", "kztr", "extract", "--project", str(project)], check=True,
                   capture_output=True)
    assert not list((project / "locales").rglob(".*.tmp"))
    assert read_catalog(po).live != ()


def test_concurrent_extracts_never_interleave(project):
    """Two extracts at once: one runs, the other refuses; the files are one run's output."""
    _source(project).write_text(_source(project).read_text(encoding="utf-8").replace("أحد عشر", "اثنا عشر"),
                                encoding="utf-8")
    command = [sys.executable, "-m", "kztr", "extract", "--project", str(project)]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [(proc.wait(), proc.stderr.read()) for proc in runs]
    assert any(code == 0 for code, _ in results)
    for code, stderr in results:
        assert code == 0 or "another kztr command is updating these catalogs" in stderr
    msgfmt_check(_po(project))
    before = _files(project)
    subprocess.run(command, check=True, capture_output=True)
    assert _files(project) == before


def test_ctrl_c_during_a_parallel_extract_is_one_line_and_changes_nothing(project):
    """Issue 24, item 3: Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while one
    worker is busy with a document and the other waits for work: one line, exit 130, no worker's
    traceback, every file as it was and no staged file left behind."""
    shutil.copyfile(ROOT / "tests" / "data" / "sources" / "news.md", project / "source" / "news.md")
    _source(project).write_text(_source(project).read_text(encoding="utf-8").replace("أحد عشر", "اثنا عشر"),
                                encoding="utf-8")
    before = _files(project)
    script = (
        "import os, signal, sys, time; sys.path.insert(0, {!r})\n"
        # as in a terminal: a test run started in the background inherits SIGINT ignored, and Python
        # then installs no KeyboardInterrupt handler (the interrupt would never be heard)
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "from kztr.workflow import parallel\n"
        "parallel.POOL_MIN_WORK = 0\n"
        "os.cpu_count = lambda: 2\n"
        "real = parallel.update_document\n"
        "def update(job):\n"
        "    if job.doc_id == {!r}:\n"
        "        print('busy', flush=True); time.sleep(60)\n"
        "    outcome = real(job)\n"
        "    print('done', flush=True)\n"
        "    return outcome\n"
        "parallel.update_document = update\n"
        "from kztr.cli import main\n"
        "main(['extract', '--project', {!r}])\n"
    ).format(str(ROOT / "translate"), ARTICLE, str(project))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, start_new_session=True)
    try:
        assert sorted(child.stdout.readline().strip() for _ in range(2)) == ["busy", "done"]
        os.killpg(child.pid, signal.SIGINT)  # one worker sleeping in a document, the other idle
        _, stderr = child.communicate(timeout=50)  # not the minute the busy worker would sleep
    finally:
        if child.poll() is None:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
    assert child.returncode == 130
    assert stderr == "kztr: interrupted; files are written whole or not at all\n"
    assert _files(project) == before


def _renamed_and_edited(project: Path) -> None:
    """A second document with catalogs, the article renamed (git mv) and edited: an extract that moves,
    merges and writes in every way it can."""
    shutil.copyfile(ROOT / "tests" / "data" / "sources" / "news.md", project / "source" / "news.md")
    subprocess.run([sys.executable, "-m", "kztr", "extract", "--project", str(project)], check=True,
                   capture_output=True)
    _source(project).rename(project / "source" / "kz.txt")
    kz = project / "source" / "kz.txt"
    kz.write_text(kz.read_text(encoding="utf-8").replace("أحد عشر", "اثنا عشر"), encoding="utf-8")
    news = project / "source" / "news.md"
    news.write_text(news.read_text(encoding="utf-8") + "\nفقرة جديدة في آخر الخبر.\n", encoding="utf-8")


def test_extract_with_a_malformed_catalog_moves_nothing(project, run):
    """Issue 24, item 17: rename detection used to move the article's catalogs before the other
    catalogs were read; one malformed catalog then stopped the run with the moves made."""
    _renamed_and_edited(project)
    bad = project / "locales" / "ru" / "LC_MESSAGES" / "news.po"
    bad.write_text(bad.read_text(encoding="utf-8") + 'msgid "unterminated\n', encoding="utf-8")
    before = _files(project)
    _fails_cleanly(run, "locales/ru/LC_MESSAGES/news.po:")
    assert _files(project) == before
    assert not list((project / "locales").rglob(".*.tmp"))


def test_extract_failing_at_any_step_changes_nothing(project, run, monkeypatch):
    """Issue 24, item 17: extract is one transaction. A failure (or Ctrl-C) at every step in turn —
    each file staged, kept aside, put in place, each renamed file's old name removed — leaves every
    file as it was; the run that finally goes through gives the renamed catalogs every translation."""
    from conftest import fail_step

    _renamed_and_edited(project)
    translations = _translations(_po(project))
    before = _files(project)
    pristine = project.parent / "pristine"
    shutil.copytree(project, pristine)
    step = failed = 0
    while True:
        step += 1
        with monkeypatch.context() as patch:
            calls = fail_step(patch, step, KeyboardInterrupt() if step % 4 == 0 else None)
            result = run("extract", expect=None)
        if calls[0] < step:
            break
        if result.exit_code == 0:  # a step with a way round it (no hard link: a rename instead)
            shutil.rmtree(project)
            shutil.copytree(pristine, project)
            continue
        assert result.exit_code == (130 if step % 4 == 0 else 1), result.output
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output, result.output
        assert _files(project) == before, step
        assert not list((project / "locales").rglob(".*.tmp")), step
        failed += 1
    assert result.exit_code == 0, result.output
    assert failed >= 10
    assert "renamed: kazakhstan-diplomacy-2022 -> kz" in result.output
    kz = project / "locales" / "en" / "LC_MESSAGES" / "kz.po"
    assert not _po(project).exists()
    assert {msgid: text for msgid, text in _translations(kz).items() if msgid in translations} \
        == {msgid: text for msgid, text in translations.items() if msgid in _translations(kz)}
    assert len(_translations(kz)) >= len(translations) - 1
    msgfmt_check(kz)
