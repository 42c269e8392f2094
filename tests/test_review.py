"""``kztr review export`` and ``import``: the bilingual table (xlsx, docx) and the reviewer's corrections back.

The shipped English catalog is exported; the reviewer's edits are made with
openpyxl and python-docx here (tests/test_review_office.py makes them in a
real LibreOffice); polib reads the catalogs back, msgfmt --check checks them.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import polib
import pytest
from conftest import msgfmt_check
from kztr.exchange.review import COMMENT, CORRECTION, HEADERS, SOURCE, TRANSLATION, UNIT_ID

ARTICLE = "kazakhstan-diplomacy-2022"


@pytest.fixture
def run(project: Path):
    """``kztr review SUBCOMMAND --project PROJECT ARGS`` through click's CliRunner."""
    from click.testing import CliRunner
    from kztr.cli import main

    def invoke(*args: str, expect: int = 0):
        result = CliRunner().invoke(main, [args[0], args[1], "--project", str(project), *args[2:]])
        assert result.exit_code == expect, (result.exit_code, result.output, result.exception)
        return result

    return invoke


def catalog(project: Path, lang: str = "en") -> Path:
    return project / "locales" / lang / "LC_MESSAGES" / f"{ARTICLE}.po"


def export(run, project: Path, fmt: str = "xlsx", lang: str = "en") -> Path:
    run("review", "export", "--lang", lang, "--format", fmt)
    return project / "_build" / "review" / f"{lang}.{fmt}"


def entries(project: Path, lang: str = "en") -> dict[str, polib.POEntry]:
    return {entry.msgid: entry for entry in polib.pofile(str(catalog(project, lang)))}


def sheet_rows(path: Path) -> list[list]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    return [[cell.value for cell in row] for row in book.worksheets[0].iter_rows()]


def edit_xlsx(path: Path, target: Path, edits) -> None:
    """Apply ``edits(sheet)`` with openpyxl and save to ``target``."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    edits(book.worksheets[0])
    book.save(target)


def row_of(sheet, number: int) -> int:
    """The sheet row showing unit ``number`` (column A)."""
    return next(cell.row for cell in sheet["A"] if str(cell.value) == str(number))


# ---------------------------------------------------------------- export


def test_xlsx_export_has_the_columns_and_one_row_per_unit_in_document_order(run, project):
    from openpyxl import load_workbook

    path = export(run, project)
    rows = sheet_rows(path)
    assert rows[0] == ["#", "Source (ar)", "Translation (en)", *HEADERS[3:]]
    units = [entry for entry in polib.pofile(str(catalog(project))) if not entry.obsolete]
    assert [row[SOURCE] for row in rows[1:]] == [entry.msgid for entry in units]
    assert [row[TRANSLATION] for row in rows[1:]] == [entry.msgstr for entry in units]
    assert [row[0] for row in rows[1:]] == [str(number) for number in range(1, len(units) + 1)]
    assert {row[3] for row in rows[1:]} == {"translated"}
    assert len({row[UNIT_ID] for row in rows[1:]}) == len(units)
    assert all(row[CORRECTION] is None and row[COMMENT] is None for row in rows[1:])
    sheet = load_workbook(path).worksheets[0]
    arabic = sheet.cell(row=2, column=SOURCE + 1)
    assert (arabic.alignment.readingOrder, arabic.alignment.horizontal, arabic.font.name) == (2, "right", "Amiri")
    assert sheet.cell(row=2, column=TRANSLATION + 1).alignment.readingOrder == 1
    assert sheet.freeze_panes == "A2"


def test_findings_of_kztr_check_are_in_their_column(run, project):
    po = catalog(project)
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace("As they welcomed 2022,", "As they welcomed 2023,", 1), encoding="utf-8")
    rows = sheet_rows(export(run, project))
    findings = {row[0]: row[4] for row in rows[1:] if row[4]}
    assert "error, numbers: " in findings["3"] and "2022" in findings["3"]


def test_export_twice_gives_the_same_bytes_and_nothing_is_rewritten(run, project):
    for fmt in ("xlsx", "docx"):
        path = export(run, project, fmt)
        before = (path.read_bytes(), path.stat().st_mtime_ns)
        result = run("review", "export", "--lang", "en", "--format", fmt)
        assert "(unchanged)" in result.output
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_a_translation_that_looks_like_a_formula_is_exported_as_text(run, project):
    po = catalog(project)
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Diplomacy"', 'msgstr "=HYPERLINK(\\"http://example.org\\",\\"x\\")"', 1)
                  .replace('msgstr "Taking Stock', 'msgstr "#N/A Taking Stock', 1), encoding="utf-8")
    path = export(run, project)
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/sheet")]
        xml = archive.read(sheets[0]).decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml and 't="e"' not in xml
    assert sheet_rows(path)[1][TRANSLATION] == '=HYPERLINK("http://example.org","x")'


def test_docx_export_has_a_right_to_left_arabic_column(run, project):
    from docx import Document

    document = Document(str(export(run, project, "docx")))
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["#", "Source (ar)", "Translation (en)", *HEADERS[3:]]
    units = [entry for entry in polib.pofile(str(catalog(project))) if not entry.obsolete]
    assert [row.cells[SOURCE].text for row in table.rows[1:]] == [entry.msgid for entry in units]
    paragraph = table.rows[1].cells[SOURCE].paragraphs[0]._p
    assert paragraph.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    run_ = table.rows[1].cells[SOURCE].paragraphs[0].runs[0]
    assert run_.font.rtl and run_._r.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cs") == "Amiri"


# ---------------------------------------------------------------- import


def test_importing_an_untouched_export_writes_nothing(run, project):
    po = catalog(project)
    before = (po.read_bytes(), po.stat().st_mtime_ns)
    for fmt in ("xlsx", "docx"):
        result = run("review", "import", str(export(run, project, fmt)))
        assert "45 unchanged" in result.output and "updated" not in result.output
    assert (po.read_bytes(), po.stat().st_mtime_ns) == before


def test_rows_moved_deleted_and_added_change_exactly_the_corrected_units(run, project, tmp_path):
    path = export(run, project)
    before = entries(project)
    edited = tmp_path / "edited.xlsx"
    correction = "As 2022 began, Kazakhstan hoped to bring more good to a world still suffering."

    def edits(sheet):
        sheet.cell(row=row_of(sheet, 3), column=CORRECTION + 1, value=correction)
        sheet.cell(row=row_of(sheet, 5), column=COMMENT + 1, value="Check the date\nand the name")
        sheet.delete_rows(row_of(sheet, 7))
        values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
        random.Random(4).shuffle(values)
        values.append(["99", "نص أضافه المراجع", "", "", "", "A row the reviewer added", "", None])
        sheet.delete_rows(2, sheet.max_row)
        for values_row in values:
            sheet.append(values_row)

    edit_xlsx(path, edited, edits)
    result = run("review", "import", str(edited), "--format", "json")
    import json

    data = json.loads(result.output)
    assert {kind: count for kind, count in data["counts"].items() if count} == {
        "corrected": 1, "commented": 1, "unchanged": 42, "no-id": 1}
    after = entries(project)
    changed = [msgid for msgid in before if str(before[msgid]) != str(after[msgid])]
    third, fifth = list(before)[2], list(before)[4]
    assert changed == [third, fifth]
    assert after[third].msgstr == correction and after[third].fuzzy
    assert after[fifth].tcomment == "review: Check the date\nreview: and the name"
    msgfmt_check(catalog(project))


def test_accept_confirms_the_corrections(run, project, tmp_path):
    path = export(run, project)
    edited = tmp_path / "edited.xlsx"
    edit_xlsx(path, edited, lambda sheet: sheet.cell(row=row_of(sheet, 2), column=CORRECTION + 1,
                                                      value="Kazakhstan's International Achievements in 2022"))
    run("review", "import", str(edited), "--accept")
    entry = list(entries(project).values())[1]
    assert entry.msgstr == "Kazakhstan's International Achievements in 2022" and not entry.fuzzy
    msgfmt_check(catalog(project))


def test_a_correction_typed_over_the_translation_itself_is_taken(run, project, tmp_path):
    path = export(run, project)
    edited = tmp_path / "edited.xlsx"
    edit_xlsx(path, edited, lambda sheet: sheet.cell(row=row_of(sheet, 1), column=TRANSLATION + 1,
                                                      value="Diplomacy in 2022"))
    run("review", "import", str(edited))
    entry = next(iter(entries(project).values()))
    assert (entry.msgstr, entry.fuzzy) == ("Diplomacy in 2022", True)


def test_source_changed_since_the_export_is_reported_never_overwritten(run, project, tmp_path):
    path = export(run, project)
    edited = tmp_path / "edited.xlsx"
    edit_xlsx(path, edited, lambda sheet: sheet.cell(row=row_of(sheet, 1), column=CORRECTION + 1, value="Diplomacy!"))
    po = catalog(project)  # the source changed and extract ran: the unit's msgid is another now
    po.write_text(po.read_text(encoding="utf-8").replace('msgid "دبلوماسية"', 'msgid "الدبلوماسية"', 1),
                  encoding="utf-8")
    before = po.read_bytes()
    result = run("review", "import", str(edited))
    assert "source-changed" in result.output and "unit 1" in result.output
    assert po.read_bytes() == before


def test_translation_changed_since_the_export_is_kept(run, project, tmp_path):
    path = export(run, project)
    edited = tmp_path / "edited.xlsx"
    edit_xlsx(path, edited, lambda sheet: sheet.cell(row=row_of(sheet, 1), column=CORRECTION + 1, value="Diplomacy!"))
    po = catalog(project)
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "Diplomacy"', 'msgstr "Diplomacy 2022"', 1),
                  encoding="utf-8")
    before = po.read_bytes()
    assert "translation-changed" in run("review", "import", str(edited)).output
    assert po.read_bytes() == before


def test_an_edited_source_cell_is_reported(run, project, tmp_path):
    path = export(run, project)
    edited = tmp_path / "edited.xlsx"

    def edits(sheet):
        sheet.cell(row=row_of(sheet, 1), column=SOURCE + 1, value="دبلوماسية كازاخستان")
        sheet.cell(row=row_of(sheet, 1), column=CORRECTION + 1, value="Diplomacy!")

    edit_xlsx(path, edited, edits)
    before = catalog(project).read_bytes()
    assert "source-edited" in run("review", "import", str(edited)).output
    assert catalog(project).read_bytes() == before


def test_docx_round_trip_through_python_docx(run, project, tmp_path):
    from docx import Document

    document = Document(str(export(run, project, "docx")))
    table = document.tables[0]
    table.rows[3].cells[CORRECTION].text = "As 2022 began, Kazakhstan hoped for more good."
    table.rows[5].cells[COMMENT].text = "Name the summit"
    table._tbl.remove(table.rows[8]._tr)
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    before = entries(project)
    run("review", "import", str(edited))
    after = entries(project)
    changed = [msgid for msgid in before if str(before[msgid]) != str(after[msgid])]
    assert changed == [list(before)[2], list(before)[4]]
    assert after[list(before)[4]].tcomment == "review: Name the summit"
    msgfmt_check(catalog(project))


# ---------------------------------------------------------------- hostile files


def test_formulas_are_refused_never_evaluated(run, project, tmp_path):
    path = export(run, project)
    edited = tmp_path / "formulas.xlsx"

    def edits(sheet):
        sheet.cell(row=row_of(sheet, 1), column=CORRECTION + 1, value='=HYPERLINK("http://example.org/x","click")')
        sheet.cell(row=row_of(sheet, 2), column=COMMENT + 1, value="=1+1")
        sheet.cell(row=row_of(sheet, 3), column=CORRECTION + 1, value='=WEBSERVICE("http://example.org")')

    edit_xlsx(path, edited, edits)
    before = catalog(project).read_bytes()
    result = run("review", "import", str(edited))
    assert result.output.count("a formula, not text") == 3
    assert catalog(project).read_bytes() == before


def test_a_huge_cell_is_refused(run, project, tmp_path):
    path = export(run, project)
    marked = tmp_path / "marked.xlsx"
    edit_xlsx(path, marked, lambda sheet: sheet.cell(row=row_of(sheet, 1), column=CORRECTION + 1, value="HUGE"))
    with zipfile.ZipFile(marked) as archive:  # openpyxl cuts a cell at 32,767 characters; a hostile file need not
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert sheet.count(b">HUGE<") == 1
    (tmp_path / "huge.xlsx").write_bytes(_zip_with(marked, {
        "xl/worksheets/sheet1.xml": sheet.replace(b">HUGE<", b">" + b"x" * 1_000_000 + b"<")}))
    before = catalog(project).read_bytes()
    result = run("review", "import", str(tmp_path / "huge.xlsx"))
    assert "1,000,000 characters, more than a cell holds" in result.output
    assert catalog(project).read_bytes() == before


def _zip_with(path: Path, parts: dict[str, bytes]) -> bytes:
    """The export with some parts replaced or added."""
    output = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for name in source.namelist():
            target.writestr(name, parts.pop(name, None) or source.read(name))
        for name, data in parts.items():
            target.writestr(name, data)
    return output.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(run, project, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    bomb.write_bytes(_zip_with(export(run, project), {"xl/media/pad.bin": b"\0" * (300 * 1024 * 1024)}))
    assert bomb.stat().st_size < 2 * 1024 * 1024
    result = run("review", "import", str(bomb), expect=1)
    assert "refused" in result.output and "zip bomb" in result.output and "Traceback" not in result.output


def test_an_entity_declaration_is_refused(run, project, tmp_path):
    path = export(run, project, "docx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml")
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              + xml.split(b"?>", 1)[1])
    hostile = tmp_path / "laughs.docx"
    hostile.write_bytes(_zip_with(path, {"word/document.xml": laughs}))
    result = run("review", "import", str(hostile), expect=1)
    assert "document type declaration" in result.output


def test_a_hyperlink_field_in_docx_is_read_as_its_text(run, project, tmp_path):
    path = export(run, project, "docx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    field = ('<w:fldSimple w:instr="HYPERLINK &quot;http://example.org/&quot;"><w:r><w:t>Diplomacy (see link)</w:t>'
             '</w:r></w:fldSimple>')
    # the correction cell of unit 1: the sixth cell of the second row, an empty paragraph
    rows = xml.split("<w:tr>")
    cells = rows[2].split("<w:tc>")
    cells[CORRECTION + 1] = cells[CORRECTION + 1].replace("</w:p>", field + "</w:p>", 1)
    rows[2] = "<w:tc>".join(cells)
    hostile = tmp_path / "field.docx"
    hostile.write_bytes(_zip_with(path, {"word/document.xml": "<w:tr>".join(rows).encode("utf-8")}))
    run("review", "import", str(hostile))
    assert next(iter(entries(project).values())).msgstr == "Diplomacy (see link)"


@pytest.mark.parametrize("content,message", [
    (b"not a zip at all", "no zip signature"),
    (b"PK\x03\x04 broken", "not a readable xlsx or docx"),
])
def test_files_that_are_no_office_files_are_one_line_errors(run, project, tmp_path, content, message):
    path = tmp_path / "review.xlsx"
    path.write_bytes(content)
    before = catalog(project).read_bytes()
    result = run("review", "import", str(path), expect=1)
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert catalog(project).read_bytes() == before


def test_a_workbook_that_is_no_review_table_is_refused(run, project, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["a", "b"])
    book.save(tmp_path / "other.xlsx")
    assert "review table's headers" in run("review", "import", str(tmp_path / "other.xlsx"), expect=1).output


def test_unknown_language_is_a_one_line_error(run):
    result = run("review", "export", "--lang", "xx", expect=1)
    assert len(result.output.strip().splitlines()) == 1 and "xx" in result.output


def test_an_unwritable_output_is_a_one_line_error(run, tmp_path):
    result = run("review", "export", "--lang", "en", "-o", "/proc/kztr-review.xlsx", expect=1)
    assert "cannot write" in result.output and len(result.output.strip().splitlines()) == 1
