"""Read gettext catalogs (PO files and templates), strictly.

The reader is a one-pass, strict parser: it refuses what GNU gettext would
refuse (unterminated strings, a file that ends inside an entry, duplicate
messages, a charset other than UTF-8, raw control characters), naming the
file and line, so kztr never re-saves a file it did not fully understand.
(polib accepts an unterminated string by dropping its last character and
loses ``#~|`` previous msgids, so it serves the tests as an independent
reader instead.)

Writing is kztr.pofile's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kztr.errors import CatalogError
from kztr.model import Catalog, Entry

_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)[ \t]+(.*)$")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"[ \t]*$')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_CHARSET = re.compile(r"charset=([^\s;]+)", re.IGNORECASE)


# ---------------------------------------------------------------- reading


def read_catalog(path: Path, shown: str | None = None) -> Catalog:
    """Read a PO file or template strictly; ``shown`` is the path used in errors."""
    return read_catalog_file(path, shown)[1]


def read_catalog_file(path: Path, shown: str | None = None) -> tuple[bytes, Catalog]:
    """The file's bytes and its catalog, from one read (to tell later whether a rewrite changes it)."""
    shown = shown or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"cannot read: {exc.strerror}", path=shown) from None
    return data, parse_catalog(data, shown)


def parse_catalog(data: bytes, shown: str = "<catalog>") -> Catalog:
    """Parse the bytes of a PO file (UTF-8) into a ``Catalog``."""
    if not data.strip():
        raise CatalogError("empty file: not a PO catalog (restore it from version control)", path=shown)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise CatalogError("NUL byte: binary data in a PO file", path=shown, line=line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        charset = _declared_charset(data)
        hint = f"the header says charset={charset}; " if charset and charset.lower() not in ("utf-8", "utf8") else ""
        raise CatalogError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x}); {hint}convert it: msgconv --to-code=UTF-8",
            path=shown,
            line=line,
        ) from None
    return _Parser(text, shown).parse()


def _declared_charset(data: bytes) -> str | None:
    match = re.search(rb"charset=([A-Za-z0-9_.:-]+)", data)
    return match.group(1).decode("ascii") if match else None


def unescape(body: str, shown: str, line: int) -> str:
    """Turn the inside of a PO string literal into text.

    >>> unescape(r'a\\tb\\"c\\\\n', "x.po", 1)
    'a\\tb"c\\\\n'
    """
    def replace(match: re.Match) -> str:
        code = match.group(1)
        if code in _ESCAPES:
            return _ESCAPES[code]
        if code[0] == "x" and len(code) > 1:
            return chr(int(code[1:], 16))
        if code[0] in "01234567":
            return chr(int(code, 8))
        raise CatalogError(f"invalid escape sequence \\{code} in string", path=shown, line=line)

    return _ESCAPE.sub(replace, body)


@dataclass
class _Draft:
    """An entry being parsed."""

    line: int = 0
    msgid_line: int = 0
    obsolete: bool = False
    translator_comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous: dict[str, str] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)
    plurals: dict[int, str] = field(default_factory=dict)
    last: tuple[str, str] | None = None  # ("field"/"previous"/"plural", name)

    @property
    def has_message(self) -> bool:
        return bool(self.fields) or bool(self.plurals)

    @property
    def has_msgstr(self) -> bool:
        return "msgstr" in self.fields or bool(self.plurals)

    @property
    def is_empty(self) -> bool:
        return not (self.has_message or self.translator_comments or self.extracted_comments
                    or self.references or self.flags or self.previous)


class _Parser:
    def __init__(self, text: str, shown: str):
        self.lines = text.split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()
        self.shown = shown
        self.draft = _Draft()
        self.entries: list[Entry] = []
        self.header: Entry | None = None
        self.seen: dict[tuple[str | None, str], int] = {}

    def error(self, message: str, line: int) -> CatalogError:
        return CatalogError(message, path=self.shown, line=line)

    def parse(self) -> Catalog:
        for number, raw in enumerate(self.lines, start=1):
            line = raw[:-1] if raw.endswith("\r") else raw
            self.parse_line(line.rstrip(" \t") if line.strip() else "", number)
        self.finish(len(self.lines) + 1, at_end=True)
        return self.build()

    def parse_line(self, line: str, number: int) -> None:
        if not line:
            self.finish(number)
            return
        if line.startswith("#~"):
            rest = line[2:]
            if rest.startswith("|"):
                self.comment_line("#|" + rest[1:], number, obsolete=True)
            else:
                self.message_line(rest.lstrip(" \t"), number, obsolete=True)
        elif line.startswith("#"):
            self.comment_line(line, number, obsolete=False)
        else:
            self.message_line(line.lstrip(" \t"), number, obsolete=False)

    def comment_line(self, line: str, number: int, obsolete: bool) -> None:
        if self.draft.has_msgstr:
            self.finish(number)
        elif self.draft.has_message and not line.startswith("#|"):
            raise self.error("comment inside an entry: msgid without msgstr before it", number)
        draft = self.draft
        if not draft.line:
            draft.line = number
        kind, body = line[:2], line[2:]
        if kind == "#|":
            draft.obsolete = draft.obsolete or obsolete
            self.message_line(body.lstrip(" \t"), number, obsolete=obsolete, previous=True)
        elif kind == "#.":
            draft.extracted_comments.append(body[1:] if body.startswith(" ") else body)
        elif kind == "#:":
            draft.references.extend(body.split())
        elif kind == "#,":
            draft.flags.extend(flag.strip() for flag in body.split(",") if flag.strip())
        else:
            body = line[1:]
            draft.translator_comments.append(body[1:] if body.startswith(" ") else body)

    def message_line(self, line: str, number: int, obsolete: bool, previous: bool = False) -> None:
        draft = self.draft
        if line.startswith('"'):
            if draft.last is None or (draft.last[0] == "previous") != previous:
                raise self.error("string continuation without a keyword before it", number)
            where, name = draft.last
            text = self.string(line, number)
            if where == "plural":
                draft.plurals[int(name)] += text
            else:
                getattr(draft, "previous" if where == "previous" else "fields")[name] += text
            return
        match = _KEYWORD.match(line)
        if not match:
            raise self.error(f"cannot parse this line: {line[:40]!r}", number)
        keyword, index, rest = match.groups()
        text = self.string(rest, number)
        if previous:
            if keyword not in ("msgctxt", "msgid", "msgid_plural"):
                raise self.error(f"{keyword} in a previous-message (#|) comment", number)
            draft.previous[keyword] = text
            draft.last = ("previous", keyword)
            return
        if keyword in ("msgctxt", "msgid") and draft.has_msgstr:
            self.finish(number)
            draft = self.draft
        if draft.has_message and draft.obsolete != obsolete:
            raise self.error("entry mixes obsolete (#~) and live lines", number)
        if not draft.line:
            draft.line = number
        draft.obsolete = obsolete
        if index is not None:
            if "msgid_plural" not in draft.fields:
                raise self.error("msgstr[N] without msgid_plural", number)
            draft.plurals[int(index)] = text
            draft.last = ("plural", index)
            return
        if keyword in draft.fields:
            raise self.error(f"second {keyword} in one entry (a missing msgstr above?)", number)
        order = ("msgctxt", "msgid", "msgid_plural", "msgstr")
        if any(later in draft.fields for later in order[order.index(keyword) + 1:]):
            raise self.error(f"{keyword} out of order", number)
        if keyword != "msgctxt" and keyword != "msgid" and "msgid" not in draft.fields:
            raise self.error(f"{keyword} without msgid", number)
        if keyword == "msgstr" and "msgid_plural" in draft.fields:
            raise self.error("plural entry needs msgstr[0], msgstr[1]…, not msgstr", number)
        draft.fields[keyword] = text
        draft.last = ("field", keyword)
        if keyword == "msgid":
            draft.msgid_line = number

    def string(self, literal: str, number: int) -> str:
        match = _STRING.match(literal)
        if not match:
            if literal.startswith('"'):
                raise self.error("unterminated string (missing closing \")", number)
            raise self.error(f"expected a quoted string, found {literal[:20]!r}", number)
        body = match.group(1)
        control = _CONTROL.search(body)
        if control:
            raise self.error(f"control character U+{ord(control.group()):04X} in a string", number)
        return unescape(body, self.shown, number)

    def finish(self, number: int, at_end: bool = False) -> None:
        draft = self.draft
        if draft.is_empty:
            return
        if not draft.has_message:
            if at_end or draft.previous:
                # trailing comments with no message: gettext drops them too
                self.draft = _Draft()
                return
            return  # comments then a blank line: they belong to the next entry
        if "msgid" not in draft.fields:
            raise self.error("msgctxt without msgid", draft.line)
        if not draft.has_msgstr:
            where = "file ends inside an entry (truncated?)" if at_end else "msgid without msgstr"
            raise self.error(where, draft.msgid_line)
        if "msgid_plural" in draft.fields and sorted(draft.plurals) != list(range(len(draft.plurals))):
            raise self.error("plural forms must be msgstr[0], msgstr[1]… without gaps", draft.line)
        entry = Entry(
            msgid=draft.fields["msgid"],
            msgstr=draft.fields.get("msgstr", ""),
            msgctxt=draft.fields.get("msgctxt"),
            msgid_plural=draft.fields.get("msgid_plural"),
            msgstr_plural=tuple(sorted(draft.plurals.items())),
            translator_comments=tuple(draft.translator_comments),
            extracted_comments=tuple(draft.extracted_comments),
            references=tuple(draft.references),
            flags=tuple(draft.flags),
            previous_msgctxt=draft.previous.get("msgctxt"),
            previous_msgid=draft.previous.get("msgid"),
            previous_msgid_plural=draft.previous.get("msgid_plural"),
            obsolete=draft.obsolete,
            line=draft.line,
        )
        msgid_line = draft.msgid_line
        self.draft = _Draft()
        if entry.msgid == "" and entry.msgctxt is None and not entry.obsolete:
            if self.header is not None or self.entries:
                raise self.error("header entry (msgid \"\") must come first, once", entry.line)
            self.header = entry
            return
        if not entry.obsolete:
            first = self.seen.get(entry.key)
            if first is not None:
                raise self.error(f"duplicate message (first defined at line {first})", msgid_line)
            self.seen[entry.key] = msgid_line
        self.entries.append(entry)

    def build(self) -> Catalog:
        header_fields: list[tuple[str, str]] = []
        header = self.header
        if header is not None:
            for offset, line in enumerate(header.msgstr.split("\n")):
                if not line.strip():
                    continue
                name, colon, value = line.partition(":")
                if not colon:
                    raise self.error(f"header line {line[:30]!r} is not 'Name: value'", header.line + offset + 1)
                header_fields.append((name.strip(), value.strip()))
            content_type = dict((k.lower(), v) for k, v in header_fields).get("content-type", "")
            charset = _CHARSET.search(content_type)
            if charset and charset.group(1).upper() not in ("UTF-8", "UTF8", "CHARSET"):
                raise self.error(
                    f"charset is {charset.group(1)}, kztr reads UTF-8 catalogs: "
                    "convert it: msgconv --to-code=UTF-8",
                    header.line,
                )
        return Catalog(
            header=tuple(header_fields),
            header_comments=header.translator_comments if header else (),
            header_flags=header.flags if header else (),
            entries=tuple(self.entries),
        )
