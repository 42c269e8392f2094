"""kztr status: counts (checked against msgfmt), the four report formats
(golden files), --by-section, findings, the --fail-under gate, bad input.

The golden files are rendered from the fixed project in tests/data/status/project
(see its README). After a deliberate change to the output, regenerate them:

    KZTR_REGEN_GOLDEN=1 python -m pytest tests/test_status.py
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ARTICLE, DATA, msgfmt_check, use_partial_russian
from kztr.cli import main
from kztr.config import load_settings
from kztr.model import Entry
from kztr.stats import FUZZY, TRANSLATED, UNTRANSLATED, count_sections, unit_state

FIXTURE = DATA / "status" / "project"
GOLDEN = DATA / "golden"
PRESS = "astana-cica-summit-press-release-october-2022"
CICA = "مؤتمر حول التفاعل وتدابير بناء الثقة في آسيا (CICA)"
REGENERATE = os.environ.get("KZTR_REGEN_GOLDEN") == "1"


@pytest.fixture
def fixture_project(tmp_path: Path) -> Path:
    """A throwaway copy of the fixed status project (two documents, en + ru)."""
    return Path(shutil.copytree(FIXTURE, tmp_path / "status-project"))


def kztr_status(project: Path, *args: str, expect: int | None = 0):
    result = CliRunner().invoke(main, ["status", "--project", str(project), *args])
    if expect is not None:
        assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
    return result


def records(project: Path, *args: str) -> dict[tuple[str, str], dict]:
    data = json.loads(kztr_status(project, "--format", "json", *args).stdout)
    return {(item["language"], item["document"]): item for item in data}


def msgfmt_counts(path: Path) -> tuple[int, int, int]:
    """(translated, fuzzy, untranslated) from ``msgfmt --statistics``."""
    line = msgfmt_check(path)
    found = {kind: 0 for kind in ("translated", "fuzzy", "untranslated")}
    for number, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", line):
        found[kind] = int(number)
    return found["translated"], found["fuzzy"], found["untranslated"]


# ---------------------------------------------------------------- golden files


@pytest.mark.parametrize("suffix, args", [
    ("txt", ()),
    ("json", ("--format", "json")),
    ("md", ("--format", "markdown", "--by-section")),
    ("html", ("--format", "html", "--by-section")),
])
def test_report_matches_golden_file(fixture_project, suffix, args):
    text = kztr_status(fixture_project, *args).stdout
    golden = GOLDEN / f"status.{suffix}"
    if REGENERATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")


def test_output_file_is_written_whole_and_equals_stdout(fixture_project, tmp_path):
    target = tmp_path / "reports" / "status.html"
    result = kztr_status(fixture_project, "--format", "html", "--by-section", "--output", str(target))
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == (GOLDEN / "status.html").read_text(encoding="utf-8")
    assert [path.name for path in target.parent.iterdir()] == ["status.html"]


# ---------------------------------------------------------------- counts


def test_json_is_one_object_per_document_and_language_with_stable_keys(fixture_project):
    data = json.loads(kztr_status(fixture_project, "--format", "json").stdout)
    assert [(item["language"], item["document"]) for item in data] == [
        ("en", PRESS), ("en", ARTICLE), ("ru", PRESS), ("ru", ARTICLE)]
    assert list(data[0]) == [
        "document", "language", "path", "missing", "behind", "translated", "fuzzy", "untranslated", "obsolete",
        "units_total", "words_total", "words_translated", "words_fuzzy", "words_untranslated",
        "percent", "percent_units", "findings"]
    ru = data[3]
    assert {key: ru[key] for key in ("translated", "fuzzy", "untranslated", "obsolete", "words_total")} == {
        "translated": 13, "fuzzy": 1, "untranslated": 31, "obsolete": 1, "words_total": 993}
    assert ru["percent"] == round(100 * ru["words_translated"] / ru["words_total"], 1) == 17.2
    assert ru["percent_units"] == round(100 * 13 / 45, 1)
    for item in data:
        assert item["words_translated"] + item["words_fuzzy"] + item["words_untranslated"] == item["words_total"]
        assert 0 <= item["percent"] <= 100


def test_counts_agree_with_msgfmt_on_every_fixture_catalog(fixture_project):
    found = records(fixture_project)
    catalogs = sorted((fixture_project / "locales").glob("*/LC_MESSAGES/*.po"))
    assert len(catalogs) == 3
    for path in catalogs:
        item = found[(path.parent.parent.name, path.stem)]
        assert (item["translated"], item["fuzzy"], item["untranslated"]) == msgfmt_counts(path), path


def test_counts_agree_with_msgfmt_on_the_shipped_catalogs(project):
    found = records(project)
    catalogs = sorted((project / "locales").glob("*/LC_MESSAGES/*.po"))
    assert catalogs and len(found) == len(catalogs)
    for path in catalogs:
        item = found[(path.parent.parent.name, path.stem)]
        assert not item["missing"]
        assert (item["translated"], item["fuzzy"], item["untranslated"]) == msgfmt_counts(path), path
        assert item["words_total"] == 993 and 0 <= item["percent"] <= 100


def test_fuzzy_without_translation_is_untranslated_as_for_msgfmt():
    assert unit_state(Entry("نص", "text")) == TRANSLATED
    assert unit_state(Entry("نص", "text", flags=("fuzzy",))) == FUZZY
    assert unit_state(Entry("نص", "", flags=("fuzzy",))) == UNTRANSLATED
    assert unit_state(Entry("نص", "")) == UNTRANSLATED


def test_missing_catalog_counts_as_untranslated_from_the_template(fixture_project):
    item = records(fixture_project)[("ru", PRESS)]
    assert item["missing"] is True
    assert (item["translated"], item["untranslated"], item["percent"]) == (0, 7, 0.0)
    assert item["path"] == f"locales/ru/LC_MESSAGES/{PRESS}.po"
    assert "no catalog yet" in kztr_status(fixture_project, "--lang", "ru").stdout


def test_each_catalog_is_read_once(fixture_project, monkeypatch):
    import kztr.workflow.report as workflow

    seen: list[str] = []
    real = workflow.read_catalog_file

    def counting(path, shown=None):
        seen.append(Path(path).name)
        return real(path, shown)

    # a template through read_catalog, a catalog through read_catalog_file (its bytes hashed for the qa cache)
    monkeypatch.setattr(workflow, "read_catalog_file", counting)
    monkeypatch.setattr(workflow, "read_catalog", lambda path, shown=None: counting(path, shown)[1])
    report = workflow.status(load_settings(fixture_project))
    assert len(report.catalogs) == 4
    assert sorted(seen) == sorted([f"{PRESS}.po", f"{ARTICLE}.po", f"{ARTICLE}.po", f"{PRESS}.pot"])


def test_language_and_document_selection(fixture_project):
    assert list(records(fixture_project, "--lang", "ru", "--doc", ARTICLE)) == [("ru", ARTICLE)]
    assert list(records(fixture_project, "-l", "en", "-l", "en")) == [("en", PRESS), ("en", ARTICLE)]


# ---------------------------------------------------------------- sections


def test_by_section_lists_the_cica_section(fixture_project):
    lines = kztr_status(fixture_project, "--lang", "ru", "--by-section").stdout.splitlines()
    cica = [line for line in lines if line.endswith(CICA)]
    assert len(cica) == 1 and re.match(r"^\s+3 of 7\s+23\.4%  ", cica[0]), cica
    section = {item["section"]: item for item in records(fixture_project, "--by-section")[("ru", ARTICLE)]["sections"]}
    assert (section[CICA]["translated"], section[CICA]["fuzzy"], section[CICA]["units_total"]) == (3, 1, 7)
    assert next(iter(section)) == ""  # the kicker, above the title
    assert sum(item["units_total"] for item in section.values()) == 45


def test_sections_come_from_the_extracted_comments():
    entries = (
        Entry("دبلوماسية", extracted_comments=("kicker",)),
        Entry("عنوان", "Title", extracted_comments=("title",)),
        Entry("جملة.", "Sentence.", extracted_comments=("paragraph — section: عنوان",)),
        Entry("قديم", "Old", extracted_comments=("paragraph — section: عنوان",), obsolete=True),
        Entry("قسم", extracted_comments=("heading",)),
        Entry("جملة أخرى.", extracted_comments=("paragraph — section: قسم",)),
    )
    sections = count_sections(entries)
    assert [(item.section, item.counts.translated, item.counts.units_total) for item in sections] == [
        ("", 0, 1), ("عنوان", 2, 2), ("قسم", 0, 2)]


# ---------------------------------------------------------------- findings


def test_findings_of_kztr_check_in_the_crafted_english_catalog(fixture_project):
    """status counts kztr check's findings (one definition): the identical and the Arabic-letter units."""
    findings = records(fixture_project)[("en", PRESS)]["findings"]
    script = [(item["check"], item["severity"], item["line"], item["source"]) for item in findings
              if item["check"] == "script"]
    assert script == [("script", "error", 25, f"source/{PRESS}.txt:3"),
                      ("script", "error", 41, f"source/{PRESS}.txt:7")]
    assert "identical" in findings[0]["message"] or any("identical" in item["message"] for item in findings)
    assert any("بيان أستانا" in item["message"] for item in findings)
    check = json.loads(CliRunner().invoke(main, ["check", "--project", str(fixture_project), "--format", "json",
                                                 "--fail-on", "never"]).stdout)
    status_findings = [item for data in records(fixture_project).values() for item in data["findings"]]
    assert sorted(map(json.dumps, status_findings)) == sorted(map(json.dumps, check))


def test_status_column_counts_findings_not_accepted(fixture_project):
    table = kztr_status(fixture_project).stdout
    assert table.splitlines()[0].rstrip().endswith("qa")
    assert "found by kztr check" in table


# ---------------------------------------------------------------- the gate


def test_fail_under_passes_at_or_above_the_threshold(fixture_project):
    result = kztr_status(fixture_project, "--lang", "en", "--fail-under", "85")
    assert "85.4%" in result.stdout and result.stderr == ""


def test_fail_under_fails_with_one_line_naming_the_catalog(fixture_project):
    result = kztr_status(fixture_project, "--lang", "en", "--fail-under", "90", expect=1)
    assert result.stderr.splitlines() == [
        f"kztr: locales/en/LC_MESSAGES/{PRESS}.po is 85.4% translated, below --fail-under 90"]
    assert "85.4%" in result.stdout  # the report is still shown


def test_fail_under_names_the_worst_of_several(fixture_project):
    result = kztr_status(fixture_project, "--fail-under", "50", "--format", "json", expect=1)
    assert result.stderr.splitlines() == [
        f"kztr: locales/ru/LC_MESSAGES/{PRESS}.po is 0.0% translated, below --fail-under 50 (and 1 more)"]


def test_fail_under_zero_always_passes(fixture_project):
    kztr_status(fixture_project, "--fail-under", "0")


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize("args, words", [
    (("--lang", "xx"), ("unknown language code 'xx'",)),
    (("--lang", "fr"), ("no catalogs for language 'fr'", "have: en, ru", "kztr init --lang fr")),
    (("--doc", "nope"), ("no source document 'nope'", ARTICLE)),
])
def test_unknown_language_or_document_is_one_line_and_exit_1(fixture_project, args, words):
    result = kztr_status(fixture_project, *args, expect=1)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.output
    for word in words:
        assert word in lines[0]


def test_bad_fail_under_is_a_usage_error(fixture_project):
    assert kztr_status(fixture_project, "--fail-under", "120", expect=2).exit_code == 2


def test_a_broken_catalog_is_named_with_its_line(fixture_project):
    path = fixture_project / "locales" / "ru" / "LC_MESSAGES" / f"{ARTICLE}.po"
    path.write_text(path.read_text(encoding="utf-8") + 'msgid "x\n', encoding="utf-8")
    result = kztr_status(fixture_project, expect=1)
    assert f"locales/ru/LC_MESSAGES/{ARTICLE}.po:" in result.stderr and "unterminated" in result.stderr


def test_no_languages_yet(fixture_project):
    shutil.rmtree(fixture_project / "locales" / "en")
    shutil.rmtree(fixture_project / "locales" / "ru")
    assert "no languages yet" in kztr_status(fixture_project).stdout
    assert json.loads(kztr_status(fixture_project, "--format", "json").stdout) == []


# ---------------------------------------------------------------- presentation


def test_table_fits_80_columns_and_names_languages_from_babel(fixture_project):
    text = kztr_status(fixture_project, "--by-section").stdout
    lines = text.splitlines()
    assert "Russian — русский (ru)" in lines and "English (en)" in lines
    assert max(len(line) for line in lines if not line.startswith("  locales/")) <= 80
    assert any(line.startswith("  astana-cica-summit-press-r…") for line in lines)


def test_no_colour_when_not_a_terminal(fixture_project):
    assert "\x1b" not in kztr_status(fixture_project).output
    completed = subprocess.run([sys.executable, "-m", "kztr", "status", "--project", str(fixture_project)],
                               capture_output=True, text=True, check=True)
    assert "\x1b" not in completed.stdout and "English (en)" in completed.stdout


def test_colour_on_a_terminal(fixture_project):
    from kztr.render.status import render_table
    from kztr.workflow import status

    report = status(load_settings(fixture_project))
    coloured, plain = render_table(report, color=True), render_table(report)
    assert "\x1b[" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_html_escapes_every_string_and_needs_nothing_online(fixture_project):
    page = kztr_status(fixture_project, "--format", "html").stdout
    assert "<script" not in page and "alert" in page
    # Latin runs inside the Arabic isolated, as the edition does; the tag escaped
    assert '&lt;<bdi dir="ltr">script</bdi>&gt;<bdi dir="ltr">alert</bdi>(&#34;<bdi dir="ltr">x</bdi>&#34;)' in page
    assert "Summit results &amp; outcomes" in page
    assert not re.search(r"""(src|href)=|@import|url\(|https?://""", page)
    assert '<td lang="ar" dir="rtl">قال المنظمون' in page
    assert f"source/{PRESS}.txt:4" in page  # the untranslated and fuzzy units with source:line
    assert 'class="bar"' in page


def test_markdown_cells_are_escaped(fixture_project):
    text = kztr_status(fixture_project, "--format", "markdown", "--by-section").stdout
    assert "| English (en) | kazakhstan-diplomacy-2022 | 45 | 0 | 0 | 0 | 993 of 993 | 100.0 % | 0 |" in text
    assert "| \u200f\u2067مؤتمر حول التفاعل وتدابير بناء الثقة في آسيا (\u2066CICA\u2069)\u2069 | 3 of 7 |" in text
    assert "<" not in text.replace("&lt;", "")


def test_help_has_an_example():
    output = CliRunner().invoke(main, ["status", "--help"]).output
    assert "Example" in output and "--fail-under" in output


def test_a_catalog_behind_its_source_is_flagged_and_fails_the_gate(project, run):
    """The source was edited but kztr extract not run: status must not call the catalog complete."""
    source = project / "source" / "kazakhstan-diplomacy-2022.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("أحد عشر رئيس", "اثنا عشر رئيس"), encoding="utf-8")
    table = run("status", "--lang", "en").output
    assert "behind the source: 1 unit not in this catalog (run kztr extract)" in table
    record = json.loads(run("status", "--format", "json").output)[0]
    assert (record["language"], record["behind"]) == ("en", 1)
    gate = run("status", "--fail-under", "0", expect=1)
    assert gate.stderr.strip() == ("kztr: locales/en/LC_MESSAGES/kazakhstan-diplomacy-2022.po is behind the source "
                                   "(1 unit not in it): run kztr extract (and 1 more)")
    run("extract")
    assert json.loads(run("status", "--format", "json").output)[0]["behind"] == 0
    run("status", "--fail-under", "0")


# ---------------------------------------------------------------- issue 11: one definition, exact gates, sections


def test_fail_under_compares_the_unrounded_percentage(project, run):
    """The partial Russian catalog is 141 of 993 words: 14.199 %, shown as 14.2 %, below a 14.2 gate."""
    use_partial_russian(project)
    record = next(item for item in json.loads(run("status", "--format", "json").output) if item["language"] == "ru")
    assert (record["words_translated"], record["words_total"]) == (141, 993)
    result = run("status", "--lang", "ru", "--fail-under", "14.2", expect=1)
    assert "14.2%" in result.stdout
    assert result.stderr.strip() == (f"kztr: locales/ru/LC_MESSAGES/{ARTICLE}.po is 14.199% translated, "
                                     "below --fail-under 14.2")
    run("status", "--lang", "ru", "--fail-under", "14.19")
    refused = run("build", "--lang", "ru", "--min-complete", "14.2", expect=1)
    assert "is 14.199% translated (by source words), below --min-complete 14.2: not built" in refused.output
    run("build", "--lang", "ru", "--min-complete", "14.19")


def test_status_and_build_agree_on_a_catalog_behind_its_source(project, run):
    """A sentence split in the source, extract not run: the same units and percent from both commands."""
    source = project / "source" / f"{ARTICLE}.txt"
    text = source.read_text(encoding="utf-8")
    edited = text.replace("أحد عشر رئيس", "اثنا عشر رئيس", 1).replace(
        "بالإضافة إلى أمير قطر ونحو 50 وفداً، تعتبر", "بالإضافة إلى أمير قطر ونحو 50 وفداً. وتعتبر", 1)
    assert edited.count(".") > text.count(".")
    source.write_text(edited, encoding="utf-8")
    from kztr.po.catalog import read_catalog
    from kztr.project import read_documents
    from kztr.render.bilingual import Language, assemble_edition
    from kztr.workflow import status

    settings = load_settings(project)
    (item,) = status(settings, languages=("en",)).catalogs
    arabic, english = Language("ar", "العربية", "Arabic", "rtl"), Language("en", "English", "English", "ltr")
    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    edition = assemble_edition(read_documents(settings)[0], read_catalog(po), arabic, english)
    assert edition.counts == item.counts
    assert item.counts.units_total == 46 and item.counts.translated == 44 and item.behind == 2
    record = next(item for item in json.loads(run("status", "--format", "json").output) if item["language"] == "en")
    assert (record["percent"], record["translated"], record["units_total"]) == (item.counts.percent, 44, 46)
    built = run("build", "--lang", "en", "--format", "txt", "--min-complete", str(item.counts.percent_exact))
    assert "not built" not in built.output  # the same percentage passes build's gate exactly


def test_the_byline_belongs_to_no_section(project, run):
    data = json.loads(run("status", "--lang", "en", "--format", "json", "--by-section").output)[0]
    sections = {item["section"]: item["units_total"] for item in data["sections"]}
    assert sections[""] == 2  # the kicker above the title and the byline at the end
    assert sections["قمة سمرقند لمنظمة الدول التركية"] == 6  # its heading and five sentences, no byline
    assert "(no section: kicker, byline)" in run("status", "--lang", "en", "--by-section").output


def test_output_file_folders_are_created_and_help_says_so(fixture_project, tmp_path):
    target = tmp_path / "new" / "folders" / "status.html"
    kztr_status(fixture_project, "--format", "html", "-o", str(target))
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "missing folders are created" in " ".join(CliRunner().invoke(main, ["status", "--help"]).output.split())


def test_one_pass_counts_equal_the_document_and_section_counts(fixture_project):
    """count_document_sections gives what count_document and count_sections of its entries give."""
    from kztr.po.catalog import read_catalog
    from kztr.project import read_documents
    from kztr.stats import count_document, count_document_sections

    settings = load_settings(fixture_project)
    compared = 0
    for segmented in read_documents(settings):
        for language in ("en", "ru"):
            path = settings.catalog_path(language, segmented.document.doc_id)
            if not path.is_file():
                continue
            catalog = read_catalog(path)
            counts, counted = count_document(segmented, catalog)
            assert count_document_sections(segmented, catalog) == (counts, count_sections(counted), counted)
            compared += len(counted)
    assert compared > 50


# ---------------------------------------------------------------- a page for an archive


def test_a_big_html_page_counts_what_it_does_not_list_and_details_lists_it(fixture_project, monkeypatch):
    """Past the page's row limit the units to do and the findings are counted, not listed (an archive's
    page is not a 100,000-row table); --details lists every one, as a small project's page does."""
    from kztr.render import status as render

    small = kztr_status(fixture_project, "--format", "html").stdout
    pending = small.count('<td class="ref">source/')
    assert pending > 5 and "--details" not in small  # a small project's page lists everything
    monkeypatch.setattr(render, "DETAIL_ROWS", 5)
    big = kztr_status(fixture_project, "--format", "html").stdout
    assert '<td class="ref">' not in big and "units to do in" in big
    assert "<code>kztr status --format html --details</code> lists them" in big
    data = records(fixture_project)
    to_do = [int(count) for count in re.findall(r"(\d+) units? to do in \d+ documents?", big)]
    assert to_do == [sum(item["fuzzy"] + item["untranslated"] for (code, _), item in data.items() if code == language)
                     for language in ("en", "ru")] == [2, 39]
    summary = re.findall(r"<tr><td>(\w+)</td><td>(\w+)</td><td class=\"n\">(\d+)</td><td class=\"n\">(\d+)</td></tr>",
                         big)
    counted = {}
    for (language, _), item in data.items():
        for finding in item["findings"]:
            if not finding["accepted"]:
                key = (language, finding["check"])
                counted[key] = counted.get(key, 0) + 1
    assert summary and {(language, check): int(errors) + int(warnings)
                        for language, check, errors, warnings in summary} == counted
    detailed = kztr_status(fixture_project, "--format", "html", "--details").stdout
    assert detailed == small and detailed.count('<td class="ref">source/') == pending


# ---------------------------------------------------------------- what mutation testing found (issue 23)


def test_a_document_with_nothing_to_translate_is_complete():
    """No units, no words: 100 %, as a gate must read it (never a division by zero)."""
    from kztr.stats import count_entries

    counts = count_entries(())
    assert (counts.percent, counts.percent_units, counts.percent_exact) == (100.0, 100.0, 100.0)


def _sections(project, catalog):
    from kztr.project import read_documents
    from kztr.stats import count_document_sections

    segmented = read_documents(load_settings(project))[0]
    return count_document_sections(segmented, catalog, "ar")


def test_a_heading_missing_from_the_catalog_still_starts_its_section(project):
    """A catalog not yet updated for a new heading: the heading is counted (untranslated) in its
    own section, as it will be once extract writes it, not in the section before it."""
    from dataclasses import replace

    from kztr.po.catalog import read_catalog

    catalog = read_catalog(use_partial_russian(project))
    heading = "قمة سمرقند لمنظمة الدول التركية"
    without = replace(catalog, entries=tuple(entry for entry in catalog.entries if entry.msgid != heading))
    _, sections, _ = _sections(project, without)
    _, expected, _ = _sections(project, replace(catalog, entries=tuple(
        replace(entry, msgstr="", flags=()) if entry.msgid == heading else entry for entry in catalog.entries)))
    assert heading in [section.section for section in sections]
    assert [(section.section, section.counts) for section in sections] == \
        [(section.section, section.counts) for section in expected]
