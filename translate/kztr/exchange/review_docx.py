"""The review table as a Word document (python-docx): a heading and a table per document, landscape.

Source paragraphs are right-to-left (``w:bidi``, runs ``w:rtl``) in an
Arabic face set as the complex-script font, so Word and LibreOffice shape
and order the Arabic; the header row repeats on every page.  Reading takes
each cell's shown text (line breaks as ``\\n``): fields and hyperlinks give
their result text, never their code; nothing is evaluated or followed.
"""

from __future__ import annotations

import io

from kztr.errors import ExchangeError
from kztr.exchange.review import (
    ARABIC_FONT,
    COMMENT,
    CORRECTION,
    HEADERS,
    MAX_CELL_CHARS,
    NUMBER,
    SOURCE,
    STATE,
    TRANSLATION,
    UNIT_ID,
    ReviewRow,
    ReviewTable,
    header_columns,
)

_WIDTHS_CM = (0.8, 5.9, 5.9, 2.3, 3.6, 4.6, 2.4, 1.8)


def write_review_docx(tables: list[ReviewTable], title: str, instructions: str) -> bytes:
    """The document's bytes (reproducible: fixed dates in the zip and the properties)."""
    from datetime import datetime

    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    from kztr.exchange.office import reproducible_zip

    document = Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "kztr"
    properties.title = title
    properties.created = properties.modified = datetime(2000, 1, 1)
    properties.revision = 1
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.2))
    document.styles["Normal"].font.size = Pt(9)
    document.add_heading(title, level=1)
    document.add_paragraph(instructions)
    for table_data in tables:
        document.add_heading(table_data.title, level=2)
        table = document.add_table(rows=1, cols=len(HEADERS))
        table.style = "Table Grid"
        table.autofit = False
        header = table.rows[0]
        _repeat_header(header)
        for index, text in enumerate(table_data.headers()):
            run = header.cells[index].paragraphs[0].add_run(text)
            run.bold = True
        for row in table_data.rows:
            cells = table.add_row().cells
            values = [row.number, row.source, row.translation, row.state, row.findings, row.correction, row.comment,
                      row.unit_id]
            for index, value in enumerate(values):
                direction = {SOURCE: table_data.source_direction, TRANSLATION: table_data.target_direction,
                             CORRECTION: table_data.target_direction}.get(index, "ltr")
                _fill(cells[index], value, direction, small=index == UNIT_ID)
        for index, width in enumerate(_WIDTHS_CM):  # the grid (LibreOffice reads) and each cell (Word reads)
            table.columns[index].width = Cm(width)
            for cell in table.columns[index].cells:
                cell.width = Cm(width)
    output = io.BytesIO()
    document.save(output)
    return reproducible_zip(output.getvalue())


def _repeat_header(row) -> None:
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))


def _fill(cell, text: str, direction: str, small: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    paragraph = cell.paragraphs[0]
    if direction == "rtl":
        paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(text)
    if direction == "rtl":
        run.font.rtl = True
        run.font.complex_script = True
        fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:cs"), ARABIC_FONT)
        size = OxmlElement("w:szCs")
        size.set(qn("w:val"), "22")  # half-points: 11 pt
        run._r.get_or_add_rPr().insert_element_before(size, "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
                                                     "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em",
                                                     "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")
    if small:
        run.font.size = Pt(6)
        run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


# ---------------------------------------------------------------- reading


def read_review_docx(data: bytes, shown: str) -> list[ReviewRow]:
    """Every row of every table whose first row has the review table's headers."""
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on damaged files
        raise ExchangeError(f"not a document python-docx can read: {type(exc).__name__}: {exc}", path=shown) from None
    rows: list[ReviewRow] = []
    for number, table in enumerate(document.tables, start=1):
        rows += _read_table(table, number)
    if not rows:
        raise ExchangeError("no table with the review table's headers (Unit id in the last column): "
                            "was this file made by kztr review export?", path=shown)
    return rows


def _read_table(table, number: int) -> list[ReviewRow]:
    table_rows = list(table.rows)
    if not table_rows:
        return []
    columns = header_columns([cell_text(cell) for cell in table_rows[0].cells])
    if columns is None:
        return []
    rows = []
    for index, row in enumerate(table_rows[1:], start=2):
        cells = row.cells
        texts = {field: cell_text(cells[column]) if column < len(cells) else "" for field, column in columns.items()}
        if not any(texts.values()):
            continue
        huge = [HEADERS[field] for field, text in texts.items() if len(text) > MAX_CELL_CHARS]
        refused = f"{huge[0]}: more than {MAX_CELL_CHARS:,} characters" if huge else ""
        rows.append(ReviewRow(texts.get(NUMBER, ""), texts.get(SOURCE, ""), texts.get(TRANSLATION, ""),
                              texts.get(STATE, ""), "", texts.get(CORRECTION, ""), texts.get(COMMENT, ""),
                              texts.get(UNIT_ID, ""), f"table {number}, row {index}", refused))
    return rows


def cell_text(cell) -> str:
    """The text a cell shows: its paragraphs' text runs (inside hyperlinks, fields, content controls and
    tracked insertions too), tabs and breaks; never a field's code (``w:instrText``) or deleted text."""
    from docx.oxml.ns import qn

    text, tab, breaks = qn("w:t"), qn("w:tab"), (qn("w:br"), qn("w:cr"))
    paragraphs = []
    for paragraph in cell._tc.iterchildren(qn("w:p")):
        parts = []
        for node in paragraph.iter(text, tab, *breaks):
            parts.append(node.text or "" if node.tag == text else "\t" if node.tag == tab else "\n")
        paragraphs.append("".join(parts))
    return "\n".join(paragraphs)
