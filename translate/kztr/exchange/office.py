"""Office files from outside (xlsx, docx): checked before any library opens them, and written reproducibly.

An xlsx or docx file is a zip of XML parts.  Before openpyxl or python-docx
sees one, kztr refuses: a file that is not a zip or is neither kind, a zip
whose parts would unpack to more than ``MAX_UNPACKED`` bytes or unpack one
part more than ``MAX_RATIO`` times its packed size (a zip bomb; Python's
zipfile never unpacks more than a part's declared size, so the declared
sizes are the bound), and any part with a document type declaration (an
entity bomb or an external entity: office XML never needs one).  Formulas
are not evaluated by anything here: the readers take each cell's text.

Writing: the libraries stamp the time into the zip and the document
properties; ``reproducible_zip`` rewrites the zip with fixed times so the
same catalogs give the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile

from kztr.errors import ExchangeError

MAX_UNPACKED = 256 * 1024 * 1024
MAX_RATIO = 200
MAX_PARTS = 10_000
_KINDS = {"xl/workbook.xml": "xlsx", "word/document.xml": "docx"}


def office_kind(data: bytes, shown: str) -> str:
    """``xlsx`` or ``docx`` for a safe file of either kind; anything else is an ``ExchangeError``."""
    if not data.startswith(b"PK"):
        raise ExchangeError("not an xlsx or docx file (no zip signature): save it from Excel, LibreOffice "
                            "or Word as .xlsx or .docx", path=shown)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ExchangeError(f"not a readable xlsx or docx file: {exc}", path=shown) from None
    if len(parts) > MAX_PARTS:
        raise ExchangeError(f"refused: {len(parts):,} parts in one office file", path=shown)
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED:
        raise ExchangeError(f"refused: it would unpack to {total:,} bytes (a zip bomb?); kztr reads review "
                            f"files up to {MAX_UNPACKED // 2**20} MiB", path=shown)
    for part in parts:
        if part.file_size > 1 << 20 and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise ExchangeError(f"refused: {part.filename} unpacks {part.file_size // max(part.compress_size, 1):,} "
                                "times its packed size (a zip bomb?)", path=shown)
    names = {part.filename for part in parts}
    kinds = [kind for name, kind in _KINDS.items() if name in names]
    if len(kinds) != 1:
        raise ExchangeError("neither an xlsx workbook nor a docx document", path=shown)
    for part in parts:
        if part.filename.endswith((".xml", ".rels", ".vml")):
            try:
                head = archive.read(part)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
                raise ExchangeError(f"{part.filename}: damaged ({exc})", path=shown) from None
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise ExchangeError(f"refused: {part.filename} has a document type declaration (entities); "
                                    "kztr never expands entities", path=shown)
    return kinds[0]


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def reproducible_zip(data: bytes) -> bytes:
    """The same zip with every part dated 1980-01-01 and stored in name order: same content, same bytes.

    The document's "modified" property (openpyxl stamps the time of saving) is set to 2000-01-01.
    """
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        # [Content_Types].xml first, as Office writes it (some readers look for it there)
        for name in sorted(names, key=lambda item: (item != "[Content_Types].xml", item)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            part = source.read(name)
            if name == "docProps/core.xml":
                part = _MODIFIED.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", part)
            target.writestr(info, part)
    return output.getvalue()
