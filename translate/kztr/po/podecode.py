"""Bytes to text for PO files: the file's charset, and the escapes inside its strings.

A PO file's charset is the one its header declares (UTF-8 when none is).
A legacy charset declared and used correctly is decoded with it.  Two kinds
of file are refused rather than decoded into mojibake: one whose header
names a legacy charset while its bytes are UTF-8 (mislabelled: decoding it
as labelled turns ``Lø`` into ``LÃ¸``, and so would ``msgconv``), and one
mostly UTF-8 with some legacy bytes (a mixture).  Octal and hex escapes in a
string are bytes of the file's charset, as in GNU gettext: ``"caf\\303\\251"``
is café in a UTF-8 file.
"""

from __future__ import annotations

import codecs
import re

from kztr.errors import CatalogError

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]+|[0-7]{1,3}|.)", re.S)
_BYTE_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]|[0-7])")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
UTF8_NAMES = ("UTF-8", "UTF8", "CHARSET")


def codec_name(label: str | None, data: bytes, shown: str) -> str:
    """Python's codec for a charset label of a PO header (``CHARSET``, a template's placeholder, is UTF-8).

    >>> codec_name("windows-1256", b"", "x.po"), codec_name("CHARSET", b"", "x.po")
    ('cp1256', 'utf-8')
    """
    if label is None or label.upper() in UTF8_NAMES:
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        line = data[: data.find(label.encode("ascii"))].count(b"\n") + 1
        raise CatalogError(f"unknown charset {label} in the header", path=shown, line=line) from None


def decode_text(data: bytes, label: str | None, shown: str) -> str:
    """The text of a PO file whose header declares ``label``; mislabelled or mixed bytes are refused."""
    codec = codec_name(label, data, shown)
    if codec == "utf-8" or data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise CatalogError(f"not UTF-8 (byte 0x{data[exc.start]:02x}); convert it: msgconv --to-code=UTF-8",
                               path=shown, line=line) from None
    header_line = data[: data.find(b"charset=")].count(b"\n") + 1
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8 = sum(len(sequence) for sequence in _UTF8_SEQUENCE.findall(data))
        other = len(data) - len(data.translate(None, bytes(range(0x80, 0x100)))) - utf8
        if utf8 > other:
            line = data[: exc.start].count(b"\n") + 1
            raise CatalogError(
                f"not UTF-8 (byte 0x{data[exc.start]:02x}), yet most of the file is UTF-8 although the header "
                f"says charset={label}: it mixes encodings; re-type this text as UTF-8 and set charset=UTF-8",
                path=shown, line=line) from None
    else:
        sample = re.search(r"\w*[^\x00-\x7f]\w*", text).group()[:12]
        raise CatalogError(
            f"mislabelled: the header says charset={label} but the bytes are UTF-8 "
            f"({sample!r} would read as {sample.encode('utf-8').decode(codec, 'replace')!r}); "
            "set charset=UTF-8 in the header (do not run msgconv: it would keep the mojibake)",
            path=shown, line=header_line)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogError(f"not {label} as the header says (byte 0x{data[exc.start]:02x})",
                           path=shown, line=line) from None


def unescape(body: str, shown: str, line: int, codec: str = "utf-8") -> str:
    """Turn the inside of a PO string literal into text; octal and hex escapes are bytes of ``codec``.

    >>> unescape(r'a\\tb\\"c\\\\n', "x.po", 1)
    'a\\tb"c\\\\n'
    >>> unescape(r'caf\\303\\251 \\x041', "x.po", 1)
    'café A'
    """
    return unescape_pieces([body], shown, line, codec)


def unescape_pieces(pieces: list[str], shown: str, line: int, codec: str) -> str:
    """The text of a string continued over several literals (each literal's escapes end with it, as in gettext)."""
    text = pieces[0] if len(pieces) == 1 else "".join(pieces)
    if "\\" not in text:
        return text
    if _BYTE_ESCAPE.search(text) is None:
        def replace(match: re.Match) -> str:
            code = match.group(1)
            if code in _ESCAPES:
                return _ESCAPES[code]
            raise CatalogError(f"invalid escape sequence \\{code} in string", path=shown, line=line)

        return _ESCAPE.sub(replace, text)
    raw = bytearray()
    for piece in pieces:
        position = 0
        for match in _ESCAPE.finditer(piece):
            raw += piece[position:match.start()].encode(codec)
            code = match.group(1)
            if code in _ESCAPES:
                raw += _ESCAPES[code].encode(codec)
            elif code[0] == "x" and len(code) > 1:
                raw.append(int(code[1:], 16) & 0xFF)  # gettext reads every hex digit, keeps one byte
            elif code[0] in "01234567":
                raw.append(int(code, 8) & 0xFF)
            else:
                raise CatalogError(f"invalid escape sequence \\{code} in string", path=shown, line=line)
            position = match.end()
        raw += piece[position:].encode(codec)
    if 0 in raw:
        raise CatalogError("NUL (\\0) in a string: gettext would cut the string there", path=shown, line=line)
    try:
        return raw.decode(codec)
    except UnicodeDecodeError:
        raise CatalogError(f"escaped bytes in this string are not valid {codec}", path=shown, line=line) from None
