"""The review table: a catalog as rows a reviewer corrects in Excel, LibreOffice or Word, and back.

One row per unit, in document order: its number, the source, the
translation, its state, kztr check's findings, an empty *correction* and
*comment* for the reviewer, and the unit's id.  The id names the language,
the document, the unit (a hash of its source, as in XLIFF) and the
translation as exported (a short hash), so the import finds each row's unit
wherever the row was moved, tells a source changed since the export from a
translation changed since then, and never relies on a row's position.

The spreadsheet (``review_xlsx``) and the Word table (``review_docx``)
write and read these rows; the office files themselves are checked before
any library opens them (``office``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from kztr.model import Entry

HEADERS = ("#", "Source", "Translation", "State", "Findings (kztr check)", "Reviewer's correction", "Comment",
           "Unit id (do not change)")
NUMBER, SOURCE, TRANSLATION, STATE, FINDINGS, CORRECTION, COMMENT, UNIT_ID = range(len(HEADERS))
# Longer than any cell a reviewer writes; Excel's own limit is 32,767 characters.
MAX_CELL_CHARS = 32_767
# The font of the Arabic cells in both review files (Debian's fonts-hosny-amiri, as the edition's first choice).
ARABIC_FONT = "Amiri"
# XML 1.0 (so xlsx and docx) cannot carry these; such a character is shown as U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class ReviewRow:
    """One unit as exported, or one row as read back (``where``: the sheet or table and row)."""

    number: str
    source: str
    translation: str
    state: str = ""
    findings: str = ""
    correction: str = ""
    comment: str = ""
    unit_id: str = ""
    where: str = ""
    refused: str = ""  # why a cell of this row cannot be taken (a formula, a huge cell…)


@dataclass(frozen=True)
class ReviewTable:
    """The rows of one document in one language."""

    document: str
    language: str
    title: str
    source_direction: str
    target_direction: str
    rows: tuple[ReviewRow, ...]
    source_language: str = "ar"

    def headers(self) -> list[str]:
        """The header row: the source and translation columns name their languages."""
        names = {SOURCE: f"Source ({self.source_language})", TRANSLATION: f"Translation ({self.language})"}
        return [names.get(index, header) for index, header in enumerate(HEADERS)]


def cell_text(text: str) -> str:
    r"""Text as a cell carries it: characters XML cannot hold shown as U+FFFD.

    >>> cell_text("a\x07b\tc")
    'a\ufffdb\tc'
    """
    return _NOT_XML.sub("\ufffd", text)


def fingerprint(translation: str) -> str:
    """A short hash of a translation: did it change since the export?"""
    return hashlib.blake2b(translation.encode("utf-8"), digest_size=4).hexdigest()


def make_unit_id(language: str, document: str, entry: Entry) -> str:
    """``en:doc:u<16 hex>:<8 hex>``: language, document, unit, translation as exported.

    >>> make_unit_id("en", "news", Entry("انتهت القمة.", "The summit ended."))
    'en:news:u289ff978c7c9f6af:de084a6d'
    """
    from kztr.exchange.xliff import unit_id

    return f"{language}:{document}:{unit_id(entry)}:{fingerprint(entry.msgstr)}"


@dataclass(frozen=True)
class UnitId:
    language: str
    document: str
    unit: str
    translation: str


_ID = re.compile(r"^([A-Za-z]{2,3}(?:[_@][A-Za-z0-9]+)*):(.+):(u[0-9a-f]{16}):([0-9a-f]{8})$")


def parse_unit_id(text: str) -> UnitId | None:
    """The parts of a row's id, or None when the cell holds no id kztr wrote.

    >>> parse_unit_id(" en:news:u289ff978c7c9f6af:4f9ac1f9 ")
    UnitId(language='en', document='news', unit='u289ff978c7c9f6af', translation='4f9ac1f9')
    >>> parse_unit_id("=HYPERLINK(1)") is None
    True
    """
    match = _ID.match(text.strip())
    return UnitId(*match.groups()) if match else None


def normalise_cell(text: str) -> str:
    """A reviewer's cell as a translation: line ends as \\n, no space around it.

    >>> normalise_cell("  The summit ended.\\r\\n")
    'The summit ended.'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def header_columns(labels: list[str]) -> dict[int, int] | None:
    """Which column holds which field, from a header row's labels (a reviewer may move columns).

    >>> header_columns(["Unit id (do not change)", "#", "Reviewer's correction"])
    {0: 1, 5: 2, 7: 0}
    >>> header_columns(["a", "b"]) is None
    True
    """
    labels = [label.strip().lower() for label in labels]
    found = {}
    for field, header in enumerate(HEADERS):
        key = header.lower().split(" (")[0]
        for index, label in enumerate(labels):
            if label.split(" (")[0] == key:
                found[field] = index
                break
    return found if UNIT_ID in found and CORRECTION in found else None
