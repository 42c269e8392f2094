"""Read gettext catalogs (PO files and templates) the way GNU gettext reads them.

One pass over the text, linear in its size: string pieces are collected in
lists and joined once.  What GNU gettext (0.21) reads, kztr reads the same
way: several strings on one line (``msgid "a" "b"``), a keyword glued to its
string (``msgid"a"``) or followed by the next one on the same line,
``msgstr [0]``, indented comments, raw control characters inside strings,
octal and hex escapes as *bytes* of the file's charset (``"caf\\303\\251"`` is
café), flags separated by spaces or commas, a header that is not first or
has lines without a colon, and a legacy charset declared in the header
(decoded with it; the catalog then says ``charset=UTF-8`` and records the
old one in ``Catalog.source_charset``, so it is written back as UTF-8).
The charset is the header entry's (its msgstr joined across strings), never
a ``charset=`` in a comment or another message; charsets Python has no
codec for (VISCII, GEORGIAN-PS, EUC-TW) go through the system's iconv, as
in gettext.

What gettext refuses, kztr refuses too, naming the file and line, so kztr
never re-saves a file it did not fully understand: unterminated strings, a
file that ends inside an entry, duplicate messages (obsolete ones too),
``#~|`` lines before a live entry (or ``#|`` before an obsolete one, or at the very end), a repeated plural index
(``msgstr[0]`` twice), a gap in the plural indexes, comments between msgid
and msgstr.  It also refuses two things gettext would read into damaged
text: a NUL byte (gettext cuts the string there), and a file whose header
names a legacy charset (ISO-8859-1…) while its bytes are UTF-8, or a mixture
of both (decoding as labelled gives mojibake, ``Lø`` → ``LÃ¸``; the message
says to fix the header, not to run msgconv).

Accepted although gettext refuses them (deliberate, kinder to real files):

* a UTF-8 byte-order mark (read, never written);
* a live and an obsolete entry with the same msgid (both kept; the merge
  matches the live one and keeps the obsolete one as it is);
* plural forms out of order (``msgstr[1]`` before ``msgstr[0]``: sorted);
* ``#|`` previous-msgid lines after the msgid (attached to that entry);
* a line of only Unicode white space (NBSP…): taken as blank;
* no charset in the header: read as UTF-8 (as msgfmt does; msgcat refuses
  to convert such a file).

``#!`` lines are flags lines, as in gettext (``#! fuzzy`` is fuzzy).  The
flags of several flags lines add up (gettext 0.21 keeps only the last line's,
silently dropping a ``#, fuzzy`` followed by ``#, c-format``; polib adds them
up too).  polib serves the tests as an independent reader.

Writing is kztr.po.pofile's job.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import overload

from kztr.errors import CatalogError
from kztr.model import Catalog, Entry
from kztr.po.layout import FLAG, GiveUp, read_entries
from kztr.po.podecode import (
    UTF8_NAMES,
    codec_name,
    decode_text,
    header_charset,
    lookup_codec,
    unescape,
    unescape_pieces,
)

__all__ = ["parse_catalog", "parse_header", "read_catalog", "read_catalog_file", "unescape"]

_BODY = r'"([^"\\]*(?:\\.[^"\\]*)*)"'
_WS = r"[ \t\r\f\v]*"
_STRING_LINE = re.compile(_BODY + _WS + r"$", re.S)
_KEYWORD_LINE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?[ \t]+" + _BODY + _WS + "$", re.S)
_TOKEN = re.compile(
    _WS + r"(?:(msgctxt|msgid_plural|msgid|msgstr)(?![\w])" + _WS + r"(?:\[" + _WS + r"(\d+)" + _WS + r"\])?"
    r"|" + _BODY + r"|(#.*)|(\S.*))", re.S)
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
    """Parse the bytes of a PO file into a ``Catalog`` (text decoded with the declared charset)."""
    if not data.strip():
        raise CatalogError("empty file: not a PO catalog (restore it from version control)", path=shown)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise CatalogError("NUL byte: binary data in a PO file", path=shown, line=line)
    label = header_charset(data)
    try:
        return _Parser(decode_text(data, label, shown), shown, codec_name(label, data, shown)).parse()
    except _Recode as recode:  # the header's charset is not the one found first: decode again with it
        label = recode.label
    return _Parser(decode_text(data, label, shown), shown, codec_name(label, data, shown), final=True).parse()


class _Recode(Exception):
    def __init__(self, label: str):
        super().__init__(label)
        self.label = label


_new_entry = object.__new__


class _Draft:
    """An entry being parsed: each string field is a list of escaped pieces, joined once."""

    __slots__ = (
        "extracted",
        "fields",
        "flags",
        "line",
        "lines",
        "msgid_line",
        "obsolete",
        "plurals",
        "previous",
        "previous_obsolete",
        "references",
        "translator",
    )

    def __init__(self) -> None:
        self.line = 0
        self.msgid_line = 0
        self.obsolete = False
        self.translator: list[str] = []
        self.extracted: list[str] = []
        self.references: list[str] = []
        self.flags: list[str] = []
        self.previous: dict[str, list[str]] = {}
        self.previous_obsolete = False
        self.fields: dict[str, list[str]] = {}
        self.plurals: dict[int, list[str]] = {}
        self.lines: dict[object, int] = {}


class _Parser:
    def __init__(self, text: str, shown: str, codec: str, final: bool = False):
        self.text = text
        self.final = final
        self.shown = shown
        self.codec = codec
        self.draft = _Draft()
        self.pieces: list[str] | None = None  # the string being continued
        self.mode = (False, False)  # (obsolete, previous) of the lines that may continue it
        self.entries: list[Entry] = []
        self.header: Entry | None = None
        self.seen: dict[tuple[str | None, str], int] = {}
        self.seen_obsolete: dict[tuple[str | None, str], int] = {}

    def error(self, message: str, line: int) -> CatalogError:
        return CatalogError(message, path=self.shown, line=line)

    def parse(self) -> Catalog:
        """The catalog: read entry by entry when laid out the usual way (kztr.po.layout), else line by line."""
        try:
            self.header, self.entries = read_entries(self.text, self.shown, self.codec)
        except GiveUp:
            return self.parse_lines()
        return self.build()

    def parse_lines(self) -> Catalog:
        keyword_line, string_line = _KEYWORD_LINE.match, _STRING_LINE.match
        for number, line in enumerate(self.text.split("\n"), start=1):
            if not line:
                continue
            first = line[0]
            if first == '"':
                match = string_line(line)
                if match and self.pieces is not None and self.mode == (False, False):
                    self.pieces.append(match.group(1))
                    continue
            elif first == "m":
                match = keyword_line(line)
                if match:
                    keyword, index, body = match.groups()
                    self.keyword(keyword, index, number, False, False).append(body)
                    continue
            elif first == "#":
                if line.endswith("\r"):
                    line = line[:-1]
                self.comment(line, number)
                continue
            self.tokens(line, number, False, False)
        self.finish()
        return self.build()

    def tokens(self, line: str, number: int, obsolete: bool, previous: bool) -> None:
        """The general case: any sequence of keywords, strings and a trailing comment."""
        if not line.strip():
            return  # blank, or only Unicode spaces such as NBSP (gettext: syntax error; kinder to read as blank)
        position = 0
        for match in _TOKEN.finditer(line):
            if match.start() != position:
                break
            keyword, index, body, comment, junk = match.groups()
            position = match.end()
            if keyword is not None:
                self.pieces = self.keyword(keyword, index, number, obsolete, previous)
            elif body is not None:
                if self.pieces is None or self.mode != (obsolete, previous):
                    raise self.error("string continuation without a keyword before it", number)
                self.pieces.append(body)
            elif comment is not None:
                if previous:  # '#|# a' and '#| msgid "a" # b': gettext reads the one, refuses the other; kztr both
                    raise self.error(f"cannot parse this line: {line.strip()[:40]!r}", number)
                comment = comment.rstrip("\r")
                if obsolete and comment.startswith("#|"):  # "#~ #| msgid": gettext reads a "#~| msgid" line
                    self.tokens(comment[2:], number, True, True)
                else:
                    self.comment(comment, number)
                return
            else:
                if junk.startswith('"'):
                    raise self.error("unterminated string (missing closing \")", number)
                if self.pieces is not None and not junk.startswith("msg"):  # a "#" would be a comment
                    raise self.error(f"expected a quoted string, found {junk[:20]!r}", number)
                raise self.error(f"cannot parse this line: {line.strip()[:40]!r}", number)
        if line[position:].strip(" \t\r\f\v"):
            raise self.error(f"cannot parse this line: {line.strip()[:40]!r}", number)

    def comment(self, line: str, number: int) -> None:
        kind = line[1:2]
        if kind == "~":
            rest = line[2:]
            if rest.startswith("|"):
                self.tokens(rest[1:], number, True, True)
            else:
                self.tokens(rest, number, True, False)
            return
        draft = self.draft
        if kind != "|":
            if draft.previous and not draft.fields:
                raise self.error("comment after a #| line: its msgid must follow it", number)
            self.pieces = None
            if "msgstr" in draft.fields or draft.plurals:
                self.finish()
                draft = self.draft
            elif draft.fields:
                raise self.error(f"msgid without msgstr (a comment follows at line {number})",
                                 draft.msgid_line or draft.line)
        if not draft.line:
            draft.line = number
        if kind == "|":
            self.tokens(line[2:], number, False, True)
        elif kind == ".":
            body = line[2:]
            draft.extracted.append(body[1:] if body.startswith(" ") else body)
        elif kind == ":":
            draft.references.extend(line[2:].split())
        elif kind == "," or kind == "!":  # gettext reads #! as a flags line too
            draft.flags.extend(FLAG.findall(line[2:]))
        else:
            body = line[1:]
            draft.translator.append(body[1:] if body.startswith(" ") else body)

    def keyword(self, keyword: str, index: str | None, number: int, obsolete: bool, previous: bool) -> list[str]:
        """Start a string field; returns the list its pieces go to."""
        draft = self.draft
        self.mode = (obsolete, previous)
        pieces: list[str] = []
        if previous:
            if keyword == "msgstr":
                raise self.error("msgstr in a previous-message (#|) comment", number)
            if "msgstr" in draft.fields or draft.plurals:
                self.finish()
                draft = self.draft
            if not draft.line:
                draft.line = number
            before = draft.previous
            if keyword in before or (keyword == "msgid_plural") != ("msgid" in before):  # msgctxt, msgid, plural
                raise self.error(f"#| {keyword} out of order", number)
            if before and draft.previous_obsolete != obsolete:
                raise self.error("inconsistent use of #~", number)
            draft.previous_obsolete = obsolete
            before[keyword] = self.pieces = pieces
            draft.lines["#| " + keyword] = number
            return pieces
        if keyword in ("msgctxt", "msgid") and ("msgstr" in draft.fields or draft.plurals):
            self.finish()
            draft = self.draft
        if draft.fields and draft.obsolete != obsolete:
            if "msgid" not in draft.fields:  # msgctxt "a", then #~ msgid "b"
                raise self.error("inconsistent use of #~", number)
            if keyword in ("msgctxt", "msgid"):
                raise self.error("msgid without msgstr", draft.msgid_line)
            kinds = ("obsolete (#~)", "live") if obsolete else ("live", "obsolete (#~)")
            raise self.error(f"{keyword} is {kinds[0]} but its entry is {kinds[1]}", number)
        if draft.previous and not draft.fields and draft.previous_obsolete != obsolete:
            raise self.error("inconsistent use of #~", number)  # #~| msgid before a live msgid, or #| before #~
        if not draft.line:
            draft.line = number
        draft.obsolete = obsolete
        fields = draft.fields
        self.pieces = pieces
        if index is not None and keyword != "msgstr":
            raise self.error(f"{keyword}[{index}]: only msgstr has plural forms", number)
        if keyword == "msgstr" and index is not None:
            if "msgid_plural" not in fields:
                raise self.error("msgstr[N] without msgid_plural", number)
            form = int(index)
            if form in draft.plurals:
                raise self.error(f"msgstr[{form}] repeated (first at line {draft.lines[form]})", number)
            draft.plurals[form] = pieces
            draft.lines[form] = number
            return pieces
        if keyword in ("msgid", "msgctxt") and "msgid" in fields:
            raise self.error("msgid without msgstr", draft.msgid_line)
        if keyword in fields:
            if keyword in ("msgstr", "msgid_plural"):
                raise self.error(f"second {keyword} in one entry", number)
            raise self.error("msgid without msgstr", draft.msgid_line or draft.line)
        if keyword == "msgid":  # neither it nor msgctxt can come late: that is "msgid without msgstr" above
            draft.msgid_line = number
        elif keyword != "msgctxt":
            if "msgid" not in fields:
                raise self.error(f"{keyword} without msgid", number)
            if keyword == "msgid_plural" and "msgstr" in fields:
                raise self.error("msgid_plural out of order", number)
            if keyword == "msgstr" and "msgid_plural" in fields:
                raise self.error("plural entry needs msgstr[0], msgstr[1]…, not msgstr", number)
        fields[keyword] = pieces
        draft.lines[keyword] = number
        return pieces

    @overload
    def text_of(self, pieces: list[str], line: int) -> str: ...
    @overload
    def text_of(self, pieces: list[str] | None, line: int) -> str | None: ...

    def text_of(self, pieces: list[str] | None, line: int) -> str | None:
        """A field's text (its pieces joined and unescaped); None for a field the entry does not have."""
        if pieces is None:
            return None
        if len(pieces) == 1 and "\\" not in pieces[0]:
            return pieces[0]
        return unescape_pieces(pieces, self.shown, line, self.codec)

    def finish(self) -> None:
        """The entry read so far, when its msgstr is there (callers check) or the file has ended."""
        draft = self.draft
        self.pieces = None
        fields = draft.fields
        if not fields:
            if draft.previous:  # only at the end of the file (gettext: a syntax error there)
                raise self.error("#| line with no message after it (truncated?)", draft.line)
            return  # comments with no message at the end: gettext drops them too
        if "msgid" not in fields:
            raise self.error("msgctxt without msgid", draft.line)
        if "msgstr" not in fields and not draft.plurals:  # only at the end: a msgid or comment finishes no entry
            raise self.error("file ends inside an entry (truncated?)", draft.msgid_line)
        if "msgid_plural" in fields and sorted(draft.plurals) != list(range(len(draft.plurals))):
            gap = next(form for expected, form in enumerate(sorted(draft.plurals)) if form != expected)
            raise self.error(f"msgstr[{gap}]: plural forms must be msgstr[0], msgstr[1]… without gaps",
                             draft.lines[gap])
        lines, text_of, previous = draft.lines, self.text_of, draft.previous
        plural = "msgid_plural" in fields
        msgid = text_of(fields["msgid"], lines["msgid"])
        msgctxt = text_of(fields["msgctxt"], lines["msgctxt"]) if "msgctxt" in fields else None
        previous_texts = {key: text_of(pieces, lines["#| " + key]) for key, pieces in previous.items()}
        entry = _new_entry(Entry)  # Entry's frozen __init__ costs more than the rest of this method
        entry.__dict__.update(
            msgid=msgid,
            msgstr="" if plural else text_of(fields["msgstr"], lines["msgstr"]),
            msgctxt=msgctxt,
            msgid_plural=text_of(fields["msgid_plural"], lines["msgid_plural"]) if plural else None,
            msgstr_plural=tuple((form, text_of(pieces, lines[form])) for form, pieces in sorted(draft.plurals.items())),
            translator_comments=tuple(draft.translator),
            extracted_comments=tuple(draft.extracted),
            references=tuple(draft.references),
            flags=tuple(draft.flags),
            previous_msgctxt=previous_texts.get("msgctxt"),
            previous_msgid=previous_texts.get("msgid"),
            previous_msgid_plural=previous_texts.get("msgid_plural"),
            obsolete=draft.obsolete,
            line=draft.line,
        )
        self.draft = _Draft()
        if draft.obsolete:
            key = (msgctxt, msgid)
            first = self.seen_obsolete.get(key)
            if first is not None:  # gettext refuses two obsolete entries with one msgid too
                raise self.error(f"duplicate message (first defined at line {first})", draft.msgid_line)
            self.seen_obsolete[key] = draft.msgid_line
            self.entries.append(entry)
            return
        if msgid == "" and msgctxt is None:
            if self.header is not None:
                raise self.error(f"duplicate header entry (msgid \"\", first at line {self.header.line})", entry.line)
            self.header = entry  # gettext reads a header that is not first; kztr writes it first
            return
        key = (msgctxt, msgid)
        first = self.seen.get(key)
        if first is not None:
            raise self.error(f"duplicate message (first defined at line {first})", draft.msgid_line)
        self.seen[key] = draft.msgid_line
        self.entries.append(entry)

    def build(self) -> Catalog:
        header = self.header
        if header is None:
            return Catalog(entries=tuple(self.entries))
        pairs = parse_header(header.msgstr)
        found = _CHARSET.search(dict((name.lower(), value) for name, value in pairs).get("content-type", ""))
        source_charset = "UTF-8"
        if found and found.group(1).upper() not in UTF8_NAMES:
            codec = lookup_codec(found.group(1))
            if codec is None:
                raise self.error(f"unknown charset {found.group(1)} in the header", header.line)
            if codec != self.codec:
                if self.final:
                    raise self.error(f"charset={found.group(1)} in the header, but the file names two charsets",
                                     header.line)
                raise _Recode(found.group(1))
            # decoded from a legacy charset: the catalog in memory (and so any rewrite) is UTF-8
            source_charset = found.group(1)
            pairs = tuple((name, _CHARSET.sub("charset=UTF-8", value) if name.lower() == "content-type" else value)
                          for name, value in pairs)
        elif self.codec != "utf-8":
            raise _Recode("UTF-8")
        return Catalog(
            header=pairs,
            header_comments=header.translator_comments,
            header_flags=header.flags,
            entries=tuple(self.entries),
            header_text=header.msgstr,
            header_extracted_comments=header.extracted_comments,
            header_references=header.references,
            source_charset=source_charset,
            header_previous=(header.previous_msgctxt, header.previous_msgid, header.previous_msgid_plural),
        )


def parse_header(text: str) -> tuple[tuple[str, str], ...]:
    """``Name: value`` pairs of a header msgstr; lines without a colon are not pairs (the text keeps them).

    >>> parse_header("Language: ar\\nX-Foo:bar\\nno colon\\n")
    (('Language', 'ar'), ('X-Foo', 'bar'))
    """
    pairs = []
    for line in text.split("\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip():
            pairs.append((name.strip(), value.strip()))
    return tuple(pairs)
