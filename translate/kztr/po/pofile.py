"""Write gettext catalogs: the text of a PO file (``kztr.files`` puts it on disk).

The text is formatted exactly as ``msgcat --no-wrap`` (GNU gettext 0.21)
formats it: every string on one line (split only after embedded newlines);
references without a leading ``./``, each once, wrapped at 79 bytes; flags
in gettext's order (``fuzzy``, the format flags in gettext's language order,
``range:``, ``no-wrap``), unknown flags dropped, ``fuzzy`` dropped on an
empty translation (the header's too); ``#|`` previous-message lines kept,
the header's too; control characters other than those with a C escape
(``\a \b \t \n \v \f \r``) written raw; obsolete entries last, with their
``#.`` and ``#:`` comments, and dropped when their (first) msgstr is empty
(two obsolete entries with one msgid, which gettext refuses to read: the
first is written).
The header msgstr is written as it was read, except the lines whose value
changed; a catalog without a header gets none.  So a ``msgcat --no-wrap``
round trip changes nothing, and Poedit saves the file without rewrapping it.

Deliberate differences from msgcat: the output is always UTF-8 (msgcat
keeps a legacy charset), LF line ends only (msgcat keeps the CR of a CRLF
comment line), never a byte-order mark, the header entry always first
(msgcat keeps a header where it found it), and a file with only a header
keeps it (msgcat writes nothing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kztr.model import Catalog, Entry

REFERENCE_WIDTH = 79


_NEEDS_ESCAPE = re.compile('[\\\\"\t\r\a\b\f\v\n]')


def escape(text: str) -> str:
    """Escape text for a PO string literal, as gettext does.

    >>> escape('a "b"\\tc\\\\')
    'a \\\\"b\\\\"\\\\tc\\\\\\\\'
    """
    if _NEEDS_ESCAPE.search(text) is None:  # most strings: nothing to escape
        return text
    return (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t").replace("\r", "\\r")
        .replace("\a", "\\a").replace("\b", "\\b").replace("\f", "\\f").replace("\v", "\\v")
        .replace("\n", "\\n")
    )


def _string_lines(prefix: str, keyword: str, text: str) -> list[str]:
    """``msgid "…"`` on one line, or split after each embedded newline."""
    if "\n" not in text:
        return [f'{prefix}{keyword} "{escape(text)}"']
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
        width = len(reference.encode("utf-8")) + 1  # gettext counts bytes here
        if column > 2 and column + width > REFERENCE_WIDTH:
            lines.append(current)
            current, column = "#:", 2
        current += " " + reference
        column += width
    lines.append(current)
    return lines


def _comment(mark: str, text: str) -> str:
    return f"{mark} {text}" if text else mark


# the format languages of GNU gettext 0.21, in the order msgcat writes their flags
_FORMATS = {name: rank for rank, name in enumerate((
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp", "javascript", "scheme", "lisp",
    "elisp", "librep", "ruby", "sh", "awk", "lua", "object-pascal", "smalltalk", "qt", "qt-plural", "kde",
    "kde-kuit", "boost", "tcl", "perl", "perl-brace", "php", "gcc-internal", "gfc-internal", "ycp"))}
_RANGE = re.compile(r"range:\s*(\d+)\.\.(\d+)$")


def _ordered_flags(flags: tuple[str, ...]) -> list[str]:
    """The flags as msgcat writes them.

    >>> _ordered_flags(("python-brace-format", "custom", "fuzzy", "python-format", "no-c-format", "range:  1..3"))
    ['fuzzy', 'no-c-format', 'python-format', 'python-brace-format', 'range: 1..3']
    """
    formats: dict[str, str] = {}
    span = ""
    wrap = True
    for flag in flags:
        if flag.endswith("-format"):
            name, negated = flag[:-7], False
            if name.startswith("no-"):
                name, negated = name[3:], True
            elif name.startswith("possible-"):
                name = name[9:]
            if name in _FORMATS:
                formats[name] = f"no-{name}-format" if negated else f"{name}-format"
        elif flag.startswith("range:"):
            match = _RANGE.match(flag)
            if match and int(match.group(1)) <= int(match.group(2)):
                span = f"range: {int(match.group(1))}..{int(match.group(2))}"
        elif flag in ("wrap", "no-wrap"):
            wrap = flag == "wrap"
    ordered = ["fuzzy"] if "fuzzy" in flags else []
    ordered += [formats[name] for name in sorted(formats, key=_FORMATS.__getitem__)]
    return ordered + ([span] if span else []) + ([] if wrap else ["no-wrap"])


def _references(references: tuple[str, ...]) -> tuple[str, ...]:
    """msgcat's references: a leading ``./`` dropped, each reference once."""
    return tuple(dict.fromkeys(reference[2:] if reference.startswith("./") else reference
                               for reference in references))


def _header_text(catalog: Catalog) -> str:
    """The header msgstr: as read, with changed pairs rewritten, removed ones dropped, new ones appended."""
    if catalog.header_text is None:
        return "".join(f"{name}: {value}\n" for name, value in catalog.header)
    remaining = list(catalog.header)
    lines = catalog.header_text.split("\n")
    out: list[str] = []
    for number, line in enumerate(lines):
        end = "" if number == len(lines) - 1 else "\n"
        if not line and not end:
            continue
        name, colon, value = line.partition(":")
        if not (colon and name.strip()):
            out.append(line + end)  # not a pair: kept as it was
            continue
        pair = (name.strip(), value.strip())
        if pair in remaining:
            remaining.remove(pair)
            out.append(line + end)
            continue
        same = next((item for item in remaining if item[0].lower() == pair[0].lower()), None)
        if same is not None:
            remaining.remove(same)
            out.append(f"{same[0]}: {same[1]}\n")
    return "".join(out) + "".join(f"{name}: {value}\n" for name, value in remaining)


def _entry_lines(entry: Entry) -> list[str]:
    lines = [_comment("#", text) for text in entry.translator_comments] if entry.translator_comments else []
    if entry.extracted_comments:
        lines += [_comment("#.", text) for text in entry.extracted_comments]
    references = entry.references
    if len(references) == 1 and not references[0].startswith("./"):
        lines.append("#: " + references[0])  # one reference: one line, however long
    elif references:
        lines += _reference_lines(_references(references))
    if entry.flags:
        flags = _ordered_flags(entry.flags)
        if not _first_msgstr(entry):
            flags = [flag for flag in flags if flag != "fuzzy"]  # gettext drops fuzzy on an empty translation
        if flags:
            lines.append("#, " + ", ".join(flags))
    if entry.previous_msgctxt is not None or entry.previous_msgid is not None or \
            entry.previous_msgid_plural is not None:
        lines += _previous_lines("#~| " if entry.obsolete else "#| ",
                                 (entry.previous_msgctxt, entry.previous_msgid, entry.previous_msgid_plural))
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


def _previous_lines(prefix: str, previous: tuple[str | None, str | None, str | None]) -> list[str]:
    lines: list[str] = []
    for keyword, value in zip(("msgctxt", "msgid", "msgid_plural"), previous, strict=True):
        if value is not None:
            lines += _string_lines(prefix, keyword, value)
    return lines


def _first_msgstr(entry: Entry) -> str:
    if entry.msgid_plural is not None:
        return entry.msgstr_plural[0][1] if entry.msgstr_plural else ""
    return entry.msgstr


def generate_po(catalog: Catalog) -> str:
    """The text of a PO file, formatted exactly as ``msgcat --no-wrap`` would."""
    blocks = list(_blocks(catalog))
    return "\n\n".join(blocks) + "\n" if blocks else ""


def po_chunks(catalog: Catalog, size: int = 1 << 20) -> Iterator[str]:
    """``generate_po(catalog)`` in pieces of about ``size`` characters, joined they are its text.

    A 100,000-unit catalog is 50 MB of text: hashed and written piece by
    piece it need not be in memory whole, nor twice while it is joined.

    >>> catalog = Catalog(entries=tuple(Entry(f"جملة {number}") for number in range(50)))
    >>> "".join(po_chunks(catalog, size=100)) == generate_po(catalog)
    True
    """
    pending: list[str] = []
    length = 0
    written = False
    for block in _blocks(catalog):
        if written or pending:
            pending.append("\n\n")
        pending.append(block)
        length += len(block) + 2
        if length >= size:
            yield "".join(pending)
            pending, length, written = [], 0, True
    if written or pending:
        yield "".join(pending) + "\n"


def _blocks(catalog: Catalog) -> Iterator[str]:
    """The header's text and each entry's, in the order written (no blank lines between)."""
    if catalog.has_header:
        header_lines = [_comment("#", text) for text in catalog.header_comments]
        header_lines += [_comment("#.", text) for text in catalog.header_extracted_comments]
        if catalog.header_references:
            header_lines += _reference_lines(_references(catalog.header_references))
        text = _header_text(catalog)
        flags = _ordered_flags(catalog.header_flags)
        if not text:
            flags = [flag for flag in flags if flag != "fuzzy"]  # as msgcat: fuzzy on an empty header marks nothing
        if flags:
            header_lines.append("#, " + ", ".join(flags))
        header_lines += _previous_lines("#| ", catalog.header_previous)
        header_lines.append('msgid ""')
        header_lines += _string_lines("", "msgstr", text)
        yield "\n".join(header_lines)
    for entry in catalog.entries:
        if not entry.obsolete:
            yield "\n".join(_entry_lines(entry))
    # gettext drops obsolete entries whose (first) msgstr is empty; so do we, to stay its fixed point;
    # and it refuses two obsolete entries with one msgid: the first (the latest to go) is written
    seen: set[tuple[str | None, str]] = set()
    for entry in catalog.entries:
        if entry.obsolete and _first_msgstr(entry) and entry.key not in seen:
            seen.add(entry.key)
            yield "\n".join(_entry_lines(entry))
