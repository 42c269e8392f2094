"""Write gettext catalogs: the text of a PO file, and atomic file writes.

The text is formatted exactly as ``msgcat --no-wrap`` formats it: every string
on one line (split only after embedded newlines), references wrapped at 79
columns, ``fuzzy`` first among flags (and dropped on an empty translation),
obsolete entries last (and dropped when nothing in them is translated).  So a
``msgcat --no-wrap`` round trip changes nothing, and Poedit saves the file
without rewrapping it.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kztr.model import Catalog, Entry

REFERENCE_WIDTH = 79


def escape(text: str) -> str:
    """Escape text for a PO string literal, as gettext does.

    >>> escape('a "b"\\tc\\\\')
    'a \\\\"b\\\\"\\\\tc\\\\\\\\'
    """
    return (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
        .replace("\a", "\\a").replace("\b", "\\b").replace("\f", "\\f").replace("\v", "\\v")
        .replace("\n", "\\n")
    )


def _string_lines(prefix: str, keyword: str, text: str) -> list[str]:
    """``msgid "…"`` on one line, or split after each embedded newline."""
    pieces = text.split("\n")
    if len(pieces) > 2 or (len(pieces) == 2 and pieces[1]):
        segments = [piece + "\n" for piece in pieces[:-1]]
        if pieces[-1]:
            segments.append(pieces[-1])
        return [f'{prefix}{keyword} ""'] + [f'{prefix}"{escape(segment)}"' for segment in segments]
    return [f'{prefix}{keyword} "{escape(text)}"']


def _reference_lines(references: tuple[str, ...]) -> list[str]:
    lines: list[str] = []
    current, column = "#:", 2
    for reference in references:
        width = len(reference) + 1
        if column > 2 and column + width > REFERENCE_WIDTH:
            lines.append(current)
            current, column = "#:", 2
        current += " " + reference
        column += width
    lines.append(current)
    return lines


def _comment(mark: str, text: str) -> str:
    return f"{mark} {text}" if text else mark


def _ordered_flags(flags: tuple[str, ...]) -> list[str]:
    unique = list(dict.fromkeys(flags))
    return (["fuzzy"] if "fuzzy" in unique else []) + [flag for flag in unique if flag != "fuzzy"]


def _entry_lines(entry: Entry) -> list[str]:
    lines = [_comment("#", text) for text in entry.translator_comments]
    if not entry.obsolete:
        lines += [_comment("#.", text) for text in entry.extracted_comments]
        if entry.references:
            lines += _reference_lines(entry.references)
    flags = _ordered_flags(entry.flags)
    first_msgstr = entry.msgstr_plural[0][1] if entry.msgid_plural is not None and entry.msgstr_plural else entry.msgstr
    if not first_msgstr:
        flags = [flag for flag in flags if flag != "fuzzy"]  # gettext drops fuzzy on an empty translation
    if flags:
        lines.append("#, " + ", ".join(flags))
    previous_prefix = "#~| " if entry.obsolete else "#| "
    for keyword, value in (("msgctxt", entry.previous_msgctxt), ("msgid", entry.previous_msgid),
                           ("msgid_plural", entry.previous_msgid_plural)):
        if value is not None:
            lines += _string_lines(previous_prefix, keyword, value)
    prefix = "#~ " if entry.obsolete else ""
    if entry.msgctxt is not None:
        lines += _string_lines(prefix, "msgctxt", entry.msgctxt)
    lines += _string_lines(prefix, "msgid", entry.msgid)
    if entry.msgid_plural is not None:
        lines += _string_lines(prefix, "msgid_plural", entry.msgid_plural)
        for index, text in entry.msgstr_plural:
            lines += _string_lines(prefix, f"msgstr[{index}]", text)
    else:
        lines += _string_lines(prefix, "msgstr", entry.msgstr)
    return lines


def generate_po(catalog: Catalog) -> str:
    """The text of a PO file, formatted exactly as ``msgcat --no-wrap`` would."""
    header_lines = [_comment("#", text) for text in catalog.header_comments]
    flags = _ordered_flags(catalog.header_flags)
    if flags:
        header_lines.append("#, " + ", ".join(flags))
    header_lines.append('msgid ""')
    header_lines += _string_lines("", "msgstr", "".join(f"{name}: {value}\n" for name, value in catalog.header))
    blocks = ["\n".join(header_lines)]
    live = [entry for entry in catalog.entries if not entry.obsolete]
    # gettext drops obsolete entries with nothing translated; so do we, to stay its fixed point
    obsolete = [entry for entry in catalog.entries if entry.obsolete and entry.has_translation]
    blocks += ["\n".join(_entry_lines(entry)) for entry in live + obsolete]
    return "\n\n".join(blocks) + "\n"


def write_atomic(path: Path, text: str) -> None:
    """Write a file by temp file + rename: readers see the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o777 if path.exists() else None
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="\n", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(handle.name, mode)
        else:
            os.chmod(handle.name, 0o644 & ~_umask())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temp files a killed writer left behind (call only under the project lock)."""
    stale = [path for path in folder.rglob(".*.tmp") if path.is_file() and path.name.count(".") >= 3]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
