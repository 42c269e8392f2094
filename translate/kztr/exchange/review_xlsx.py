"""The review table as an Excel workbook (openpyxl): one sheet per document, one row per unit.

Every cell is written as text, never as a formula: a translation that
starts with ``=`` stays text (openpyxl would otherwise store it as a
formula).  Source cells right-to-left (reading order and alignment) in an
Arabic face; the header row frozen; wrapped text.  Reading takes each
cell's value as text: a formula cell (``=HYPERLINK(…)``, ``=1+1``) or an
error value is refused for its row and never evaluated, and only text,
whole numbers and decimals are read.
"""

from __future__ import annotations

import io
import re

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

_WIDTHS = (5, 45, 45, 12, 28, 40, 24, 20)
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def write_review_xlsx(tables: list[ReviewTable], title: str) -> bytes:
    """The workbook's bytes (reproducible: fixed dates in the zip and the properties)."""
    from datetime import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    from kztr.exchange.office import reproducible_zip

    book = Workbook()
    if book.active is not None:  # a new workbook's empty sheet: the review's takes its place
        book.remove(book.active)
    book.properties.creator = "kztr"
    book.properties.lastModifiedBy = "kztr"
    book.properties.title = title
    book.properties.created = book.properties.modified = datetime(2000, 1, 1)
    used: set[str] = set()
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="EEEEEE")
    for table in tables:
        sheet = book.create_sheet(_sheet_name(table.document, used))
        _write_row(sheet, 1, table.headers())
        for cell in sheet[1]:
            cell.font, cell.fill = bold, grey
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        source_style = _direction(table.source_direction, arabic=True)
        target_style = _direction(table.target_direction, arabic=table.target_direction == "rtl")
        plain = Alignment(vertical="top", wrap_text=True)
        for number, row in enumerate(table.rows, start=2):
            cells = _write_row(sheet, number, [row.number, row.source, row.translation, row.state, row.findings,
                                               row.correction, row.comment, row.unit_id])
            for cell in cells:
                cell.alignment = plain
            for index, (alignment, font) in ((SOURCE, source_style), (TRANSLATION, target_style),
                                             (CORRECTION, target_style)):
                cells[index].alignment = alignment
                if font is not None:
                    cells[index].font = font
            cells[UNIT_ID].font = Font(color="808080", size=8)
            sheet.row_dimensions[number].height = _row_height(cells, table.source_direction)
        for index, width in enumerate(_WIDTHS):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        sheet.row_dimensions[1].height = 30
        sheet.freeze_panes = "A2"
        sheet.print_options.gridLines = True
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = "1:1"
    output = io.BytesIO()
    book.save(output)
    return reproducible_zip(output.getvalue())


def _write_row(sheet, number: int, values: list[str]) -> list:
    cells = []
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=number, column=column)
        cell.value = value
        cell.data_type = "s"  # text, whatever it starts with (=, +, @, #N/A): never a formula
        cells.append(cell)
    return cells


def _row_height(cells, source_direction: str) -> float:
    """Points for a row tall enough for its longest wrapped cell (openpyxl measures nothing; LibreOffice
    and Excel keep a row's height as stored)."""
    import math

    lines = 1.0
    for index, cell in enumerate(cells):
        text = str(cell.value or "")
        arabic = index == SOURCE and source_direction == "rtl"
        per_line = _WIDTHS[index] * (1.1 if arabic else 1.05)
        count = sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))
        lines = max(lines, count * (1.3 if arabic else 1.0))
    return round(15 * lines + 3, 1)


def _direction(direction: str, arabic: bool):
    from openpyxl.styles import Alignment, Font

    if direction == "rtl":
        return (Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2),
                Font(name=ARABIC_FONT, size=12) if arabic else None)
    return Alignment(horizontal="left", vertical="top", wrap_text=True, readingOrder=1), None


def _sheet_name(document: str, used: set[str]) -> str:
    """A sheet name Excel accepts (31 characters, none of []:*?/\\), unique in the workbook."""
    base = _SHEET_NAME.sub("_", document)[:31] or "document"
    name, counter = base, 2
    while name.lower() in used:
        suffix = f" ({counter})"
        name, counter = base[: 31 - len(suffix)] + suffix, counter + 1
    used.add(name.lower())
    return name


# ---------------------------------------------------------------- reading


def read_review_xlsx(data: bytes, shown: str) -> list[ReviewRow]:
    """Every row of every sheet whose first row has the review table's headers, values as text."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False, keep_vba=False)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ExchangeError(f"not a workbook openpyxl can read: {type(exc).__name__}: {exc}", path=shown) from None
    rows: list[ReviewRow] = []
    try:
        for sheet in book.worksheets:
            rows += _read_sheet(sheet)
    finally:
        book.close()
    if not rows:
        raise ExchangeError("no sheet with the review table's headers (Unit id in the last column): "
                            "was this file made by kztr review export?", path=shown)
    return rows


def _read_sheet(sheet) -> list[ReviewRow]:
    columns: dict[int, int] | None = None
    rows: list[ReviewRow] = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        if columns is None:
            columns = header_columns([str(cell.value) if cell.value is not None else "" for cell in cells])
            if columns is None and number >= 5:
                return []
            continue
        texts: dict[int, str] = {}
        refused = ""
        for field, index in columns.items():
            if index >= len(cells):
                continue
            text, problem = _cell_value(cells[index])
            texts[field] = text
            if problem and field in (CORRECTION, COMMENT, UNIT_ID, TRANSLATION):
                refused = refused or f"{HEADERS[field]}: {problem}"
        if not any(texts.values()):
            continue
        rows.append(ReviewRow(texts.get(NUMBER, ""), texts.get(SOURCE, ""), texts.get(TRANSLATION, ""),
                              texts.get(STATE, ""), "", texts.get(CORRECTION, ""), texts.get(COMMENT, ""),
                              texts.get(UNIT_ID, ""), f"sheet {sheet.title!r}, row {number}", refused))
    return rows


def _cell_value(cell) -> tuple[str, str]:
    """A cell's text and, when it cannot be taken as text, why."""
    from datetime import date, datetime, time, timedelta

    value = cell.value
    kind = getattr(cell, "data_type", "s")
    if value is None:
        return "", ""
    if kind == "f" or not isinstance(value, (str, int, float, bool, datetime, date, time, timedelta)):
        return "", "a formula, not text (kztr never evaluates formulas): type the text itself"
    if kind == "e":
        return "", f"an error value ({value}), not text"
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), ""
    if isinstance(value, (datetime, date, time, timedelta)):
        return "", "a date or time, not text: format the cell as text and type it again"
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else repr(value)), ""
    text = str(value)
    if len(text) > MAX_CELL_CHARS:
        return "", f"{len(text):,} characters, more than a cell holds ({MAX_CELL_CHARS:,})"
    return text, ""
