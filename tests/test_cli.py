"""kztr extract and init through the CLI, and every bad input: one line, exit 1, nothing damaged."""

from __future__ import annotations

import difflib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLE, ROOT, msgcat_no_wrap, msgfmt_check, one_line_error
from kztr.cli import main


def _snapshot(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes()
            for p in sorted(project.rglob("*")) if p.is_file()}


def test_help_and_version():
    runner = CliRunner()
    assert "kztr build --lang en" in runner.invoke(main, ["--help"]).output
    assert runner.invoke(main, ["--version"]).output.strip() == "kztr, version 0.1.0"
    for command in ("extract", "init"):
        assert "Example" in runner.invoke(main, [command, "--help"]).output


def test_python_dash_m_works():
    completed = subprocess.run([sys.executable, "-m", "kztr", "--version"], capture_output=True, text=True)
    assert completed.stdout.strip() == "kztr, version 0.1.0"


def test_extract_on_the_shipped_project_changes_nothing(project, run):
    before = _snapshot(project)
    result = run("extract")
    assert "45 units" in result.output
    assert "skipped 6 lines (not source-language text): 44, 46, 47, 48, 49, 50" in result.output
    assert "44: Leave a Reply" in run("extract", "--verbose").output
    assert _snapshot(project) == before


def test_extract_writes_valid_gettext_files(project, run):
    shutil.rmtree(project / "locales")
    (project / "locales" / "en").mkdir(parents=True)
    result = run("extract")
    assert "created" in result.stdout
    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    assert msgfmt_check(po) == "0 translated messages, 45 untranslated messages."
    for path in (po, project / "locales" / f"{ARTICLE}.pot"):
        assert msgcat_no_wrap(path) == path.read_text(encoding="utf-8")
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in po.read_text(encoding="utf-8")


def test_extract_json_output(project, run):
    """The documented document (docs/schemas/extract.schema.json), not the workflow's dataclasses."""
    import jsonschema

    data = json.loads(run("extract", "--format", "json").stdout)
    schema = json.loads((ROOT / "docs" / "schemas" / "extract.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    (document,) = data["documents"]
    assert (document["document"], document["units"], document["state"]) == (ARTICLE, 45, "unchanged")
    assert [skip["line"] for skip in document["skipped_lines"]] == [44, 46, 47, 48, 49, 50]
    assert {(item["language"], item["state"], item["units"]["kept"]) for item in data["catalogs"]} == \
        {("en", "unchanged", 45), ("ru", "unchanged", 45)}
    source = project / "source" / f"{ARTICLE}.txt"
    text = source.read_text(encoding="utf-8")
    assert text.count("أحد عشر رئيس") == 1
    source.write_text(text.replace("أحد عشر رئيس", "اثنا عشر رئيس"), encoding="utf-8")
    data = json.loads(run("extract", "--format", "json").stdout)
    jsonschema.validate(data, schema)
    en = next(item for item in data["catalogs"] if item["language"] == "en")
    assert en["state"] == "updated" and en["units"]["fuzzy"] == 1
    (change,) = en["changes"]
    assert change["kind"] == "fuzzy" and "اثنا عشر رئيس" in change["msgid"]
    assert change["reference"].startswith("source/")


def test_init_creates_an_empty_catalog_never_prefilled(project, run):
    result = run("init", "--lang", "fr")
    assert "locales/fr/LC_MESSAGES/kazakhstan-diplomacy-2022.po: created (45 units to translate)" in result.output
    po = project / "locales" / "fr" / "LC_MESSAGES" / f"{ARTICLE}.po"
    assert msgfmt_check(po) == "0 translated messages, 45 untranslated messages."
    text = po.read_text(encoding="utf-8")
    assert "Language: fr\\n" in text and "X-Source-Language: ar\\n" in text
    assert "Plural-Forms: nplurals=2; plural=(n > 1);" in text  # as gettext's msginit writes it, not CLDR's 3 forms
    before = po.read_bytes()
    run("extract")
    assert po.read_bytes() == before
    one_line_error(run("init", "--lang", "fr", expect=None), "already exists")


def test_init_canonicalises_the_code(project, run):
    run("init", "--lang", "pt-BR")
    assert (project / "locales" / "pt_BR" / "LC_MESSAGES" / f"{ARTICLE}.po").is_file()


@pytest.mark.parametrize("code", ["../x", "en/../../etc", "xx", "", "e n"])
def test_bad_language_codes_never_become_paths(project, run, code):
    before = _snapshot(project)
    line = one_line_error(run("init", "--lang", code, expect=None), "language code")
    assert line.startswith("kztr: error:")
    assert _snapshot(project) == before
    assert not (project / "x").exists() and not (project.parent / "x").exists()


def test_unknown_language_folder(project, run):
    (project / "locales" / "klingon").mkdir()
    one_line_error(run("extract", expect=None), "locales/klingon", "rename or remove this folder")


def test_missing_and_empty_source_folder(project, run):
    shutil.rmtree(project / "source")
    one_line_error(run("extract", expect=None), "source: source folder not found")
    (project / "source").mkdir()
    (project / "source" / "notes.pdf").write_bytes(b"%PDF")
    one_line_error(run("extract", expect=None), "source: no source documents")


def test_non_utf8_source(project, run):
    source = project / "source" / f"{ARTICLE}.txt"
    source.write_bytes(source.read_text(encoding="utf-8").encode("cp1256", errors="replace"))
    before = _snapshot(project)
    line = one_line_error(run("extract", expect=None), f"source/{ARTICLE}.txt:1: not UTF-8", "Windows-1256")
    assert "iconv -f CP1256 -t UTF-8" in line
    assert _snapshot(project) == before


def test_crlf_and_bom_source_give_the_same_units(project, run):
    source = project / "source" / f"{ARTICLE}.txt"
    pot = project / "locales" / f"{ARTICLE}.pot"
    before = pot.read_bytes()
    source.write_bytes(b"\xef\xbb\xbf" + source.read_bytes().replace(b"\n", b"\r\n"))
    run("extract")
    assert pot.read_bytes() == before


def test_malformed_catalog_stops_everything(project, run):
    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    lines = po.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("msgstr") and i > 20)
    lines[number] = lines[number][:-1]  # drop the closing quote
    po.write_text("\n".join(lines), encoding="utf-8")
    (project / "source" / f"{ARTICLE}.txt").write_text("عنوان جديد\n\nنص جديد تماما.\n", encoding="utf-8")
    before = _snapshot(project)
    one_line_error(run("extract", expect=None),
                    f"locales/en/LC_MESSAGES/{ARTICLE}.po:{number + 1}: unterminated string")
    assert _snapshot(project) == before  # neither the template nor any catalog written


def test_no_project_here(tmp_path):
    result = CliRunner().invoke(main, ["extract", "--project", str(tmp_path)])
    one_line_error(result, "no kztr project here")


def test_bad_settings(project, run):
    (project / "kztr.toml").write_text('source-language = "ar"\nsauce = "x"\n', encoding="utf-8")
    one_line_error(run("extract", expect=None), "kztr.toml: unknown setting(s) sauce")
    (project / "kztr.toml").write_text('source-language = "zz"\n', encoding="utf-8")
    one_line_error(run("extract", expect=None), "unknown language code 'zz'")


def test_second_extract_refuses_while_one_holds_the_lock(project, run):
    from kztr.lock import project_lock

    with project_lock(project / "locales", "locales"):
        before = _snapshot(project)
        one_line_error(run("extract", expect=None), "another kztr command is updating these catalogs")
        assert _snapshot(project) == before
    run("extract")


def test_lock_is_held_across_processes(project):
    """A real second process (not a thread) is refused while the first holds the lock."""
    script = (
        "import sys; sys.path.insert(0, {!r})\n"
        "from pathlib import Path\n"
        "from kztr.lock import project_lock\n"
        "with project_lock(Path({!r}), 'locales'):\n"
        "    print('locked', flush=True); sys.stdin.readline()\n"  # held until the test says so
    ).format(str(ROOT / "translate"), str(project / "locales"))
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        completed = subprocess.run([sys.executable, "-m", "kztr", "extract", "--project", str(project)],
                                   capture_output=True, text=True)
        assert completed.returncode == 1
        assert "another kztr command" in completed.stderr
    finally:
        holder.communicate("release\n", timeout=60)
    assert holder.returncode == 0


def test_markdown_document_gets_its_own_template_and_catalogs(project, run):
    shutil.copyfile(ROOT / "tests" / "data" / "sources" / "news.md", project / "source" / "news.md")
    result = run("extract")
    assert "source/news.md: 7 blocks, 8 units -> locales/news.pot (written)" in result.output
    assert "skipped 1 line (not source-language text): 13" in result.output  # the code block
    pot = project / "locales" / "news.pot"
    assert msgcat_no_wrap(pot) == pot.read_text(encoding="utf-8")
    for lang in ("en", "ru"):
        po = project / "locales" / lang / "LC_MESSAGES" / "news.po"
        assert msgfmt_check(po) == "0 translated messages, 8 untranslated messages."
    text = pot.read_text(encoding="utf-8")
    assert "#. list-item — section: أبرز النتائج" in text
    assert "#: source/news.md:3" in text


@pytest.mark.parametrize("locations, reference", [("file", f"#: source/{ARTICLE}.txt\n"), ("never", None)])
def test_locations_setting_stops_line_number_churn(project, run, locations, reference):
    config = project / "kztr.toml"
    config.write_text(config.read_text(encoding="utf-8") + f'locations = "{locations}"\n', encoding="utf-8")
    run("extract")
    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    text = po.read_text(encoding="utf-8")
    assert (text.count(reference) == 45) if reference else ("#:" not in text)
    source = project / "source" / f"{ARTICLE}.txt"
    lines = source.read_text(encoding="utf-8").split("\n")
    lines.insert(5, "وأكد الرئيس أن كازاخستان ستواصل سياستها الخارجية المتوازنة.")  # a paragraph after line 5
    source.write_text("\n".join(lines), encoding="utf-8")
    run("extract")
    changed = [line for line in difflib.unified_diff(text.splitlines(), po.read_text(encoding="utf-8").splitlines(),
                                                      lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    # only the new entry (comment, glossary note for Kazakhstan, reference, msgid, msgstr, blank)
    # besides the date: no reference moved
    changed = [line for line in changed if "POT-Creation-Date" not in line]
    assert len(changed) == (6 if reference else 5), changed
    msgfmt_check(po)


def test_bad_locations_setting(project, run):
    (project / "kztr.toml").write_text('source-language = "ar"\nlocations = "some"\n', encoding="utf-8")
    one_line_error(run("extract", expect=None), "'locations' must be full, file or never")


def test_init_reports_each_documents_own_unit_count(project, run):
    shutil.copyfile(ROOT / "tests" / "data" / "sources" / "news.md", project / "source" / "news.md")
    run("extract")
    output = run("init", "--lang", "fr").output.splitlines()
    assert output == [f"locales/fr/LC_MESSAGES/{ARTICLE}.po: created (45 units to translate)",
                      "locales/fr/LC_MESSAGES/news.po: created (8 units to translate)"]


def test_init_refuses_the_source_language(project, run):
    before = _snapshot(project)
    line = one_line_error(run("init", "--lang", "ar", expect=None), "'ar' is the source language of this project")
    assert "source-language in kztr.toml" in line and "kztr init --lang en" in line
    assert _snapshot(project) == before


@pytest.mark.parametrize("code, folder, plurals", [
    ("sr@latin", "sr@latin", "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 :"),
    ("uz@cyrillic", "uz@cyrillic", "nplurals=2;"),
    ("ca@valencia", "ca@valencia", "nplurals=3;"),
])
def test_init_accepts_a_gettext_locale_with_a_modifier(project, run, code, folder, plurals):
    from kztr.locales import display_name, script_name

    run("init", "--lang", code)
    po = project / "locales" / folder / "LC_MESSAGES" / f"{ARTICLE}.po"
    text = po.read_text(encoding="utf-8")
    assert f'"Language: {folder}\\n"' in text and f'"Plural-Forms: {plurals}' in text
    msgfmt_check(po)
    run("extract")  # the folder name is accepted as a language from then on
    assert po.read_text(encoding="utf-8") == text
    assert display_name("sr@latin") == "Serbian (Latin) — srpski (latinica)"
    assert script_name("sr@latin") == "Latin" and script_name("uz@cyrillic") == "Cyrillic"


def test_unknown_locale_modifier_is_refused(project, run):
    one_line_error(run("init", "--lang", "sr@klingon", expect=None), "unknown locale modifier in 'sr@klingon'")


def test_extract_says_which_untranslated_units_it_drops(project, run):
    """A removed unit without a translation leaves the catalog (as with msgmerge): say so, not only in JSON."""
    source = project / "source" / f"{ARTICLE}.txt"
    lines = source.read_text(encoding="utf-8").split("\n")
    byline = lines[41]
    assert byline.startswith("أسيل ساتوبالدينا")
    ru = project / "locales" / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"
    translated = 'msgstr "Асель Сатубалдина, старший редактор The Astana Times"\n'
    assert translated in ru.read_text(encoding="utf-8")  # untranslate it in ru; en keeps its translation
    ru.write_text(ru.read_text(encoding="utf-8").replace(translated, 'msgstr ""\n'), encoding="utf-8")
    del lines[41]
    source.write_text("\n".join(lines), encoding="utf-8")
    result = run("extract", "--verbose")
    assert f"locales/ru/LC_MESSAGES/{ARTICLE}.po: updated (44 kept, 1 untranslated dropped)" in result.output
    assert f"    dropped   (removed, never translated)                {byline}\n" in result.output
    assert f"locales/en/LC_MESSAGES/{ARTICLE}.po: updated (44 kept, 1 obsoleted)" in result.output


def test_commands_leave_no_lock_file_behind(project, run):
    before = sorted(path.name for path in (project / "locales").iterdir())
    run("extract")
    run("init", "--lang", "fr")
    after = sorted(path.name for path in (project / "locales").iterdir())
    assert after == sorted([*before, "fr"])
    assert not any(path.name.startswith(".") for path in project.rglob("*"))


def test_the_lock_file_of_an_older_kztr_is_removed(project, run):
    (project / "locales" / ".kztr.lock").write_text("1234\n", encoding="utf-8")
    run("extract")
    assert not (project / "locales" / ".kztr.lock").exists()


def test_empty_and_non_arabic_documents_are_skipped_alike(project, run):
    (project / "source" / "draft.txt").write_bytes(b"")
    (project / "source" / "notes.txt").write_text("Ideas for the next issue.\n", encoding="utf-8")
    result = run("extract")
    assert "source/draft.txt: skipped: empty file: nothing to translate" in result.output
    assert ('source/notes.txt: skipped: no Arabic text: nothing to translate '
            '(its letters are Latin: is source-language = "ar" right?)') in result.output
    assert not (project / "locales" / "draft.pot").exists() and not (project / "locales" / "notes.pot").exists()
    assert "source/draft.txt: skipped" in run("status").stderr


def test_tests_copy_only_tracked_files(tmp_path):
    """An untracked file in the working tree (a user's locales/fr) never reaches a test project."""
    from conftest import copy_project

    checkout = tmp_path / "checkout"
    (checkout / "locales").mkdir(parents=True)
    (checkout / "locales" / f"{ARTICLE}.pot").write_bytes((ROOT / "locales" / f"{ARTICLE}.pot").read_bytes())
    subprocess.run(["git", "init", "-q", str(checkout)], check=True)
    subprocess.run(["git", "-C", str(checkout), "add", "locales"], check=True)
    (checkout / "locales" / "zz-untracked-by-test.po").write_text("", encoding="utf-8")
    copy_project(tmp_path / "copy", root=checkout)
    assert sorted(path.name for path in (tmp_path / "copy").rglob("*") if path.is_file()) == [f"{ARTICLE}.pot"]


def test_editions_go_to_a_folder_of_kztrs_own_and_it_is_configurable(project, run):
    """build/ is where setuptools (and many tools) write; kztr's default is _build/, build-dir changes it."""
    assert run("build", "--lang", "en").output.splitlines() == [str(project / "_build" / "en" / f"{ARTICLE}.html")]
    config = project / "kztr.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'build-dir = "editions"\n', encoding="utf-8")
    assert run("build", "--lang", "en").output.splitlines() == [str(project / "editions" / "en" / f"{ARTICLE}.html")]
    assert not (project / "build").exists()


# ---------------------------------------------------------------- issue 24, item 15


def test_build_help_names_the_build_folder_as_it_is():
    text = " ".join(CliRunner().invoke(main, ["build", "--help"]).output.split())
    assert "_build/<lang>/index.html" in text
    assert not [word for word in text.split() if word.startswith(("build/", "(build/"))]


def test_the_test_script_and_ci_wait_for_the_apt_lock():
    """Every apt-get of scripts/test and .ci/run goes through scripts/apt-get, which waits for the lock."""
    for script in ("scripts/test", ".ci/run"):
        lines = [line for line in (ROOT / script).read_text(encoding="utf-8").splitlines()
                 if "apt-get" in line and not line.lstrip().startswith("#")]
        assert lines and all("scripts/apt-get " in line for line in lines), (script, lines)
    assert "DPkg::Lock::Timeout" in (ROOT / "scripts" / "apt-get").read_text(encoding="utf-8")


def test_apt_get_waits_while_another_process_holds_the_lists_lock(tmp_path):
    """apt-get update fails at once when the package lists' lock is held (DPkg::Lock::Timeout does not
    cover it); scripts/apt-get waits. The lock is one of our own (Dir::State::Lists in tmp_path), so the
    machine's apt is never blocked, and the sources are empty, so nothing is downloaded."""
    import os

    if shutil.which("apt-get") is None or os.geteuid() != 0:
        pytest.skip("needs apt-get, as root (CI runs as root on Debian)")
    lists = tmp_path / "lists"
    (lists / "partial").mkdir(parents=True)
    (tmp_path / "sources.list").write_text("", encoding="utf-8")
    (tmp_path / "sources.list.d").mkdir()
    options = ["-o", f"Dir::State::Lists={lists}", "-o", f"Dir::Etc::sourcelist={tmp_path / 'sources.list'}",
               "-o", f"Dir::Etc::sourceparts={tmp_path / 'sources.list.d'}", "update", "-qq"]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time\n"
         f"fd = os.open({str(lists / 'lock')!r}, os.O_RDWR | os.O_CREAT)\n"
         "fcntl.lockf(fd, fcntl.LOCK_EX); print('locked', flush=True); sys.stdin.readline()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        plain = subprocess.run(["apt-get", *options], capture_output=True, text=True, check=False)
        assert plain.returncode != 0 and "Could not get lock" in plain.stderr  # what the script meets
        waiting = subprocess.Popen([str(ROOT / "scripts" / "apt-get"), *options], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        assert waiting.stderr.readline().startswith("scripts/apt-get: another process holds the apt lock; waiting")
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert waiting.wait(timeout=120) == 0, waiting.stderr.read()
    finally:
        holder.kill()
        holder.wait()
