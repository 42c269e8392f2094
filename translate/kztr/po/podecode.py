"""Bytes to text for PO files: the file's charset, and the escapes inside its strings.

A PO file's charset is the one its header entry declares (UTF-8 when none
is), found in the bytes before they are decoded (``header_charset``).  A
legacy charset declared and used correctly is decoded with it (through the
system's iconv when Python has no codec).  Two kinds of file are refused
rather than decoded into mojibake: one whose header names a legacy charset
while its bytes are UTF-8 and read as real text in UTF-8 (mislabelled:
decoding it as labelled turns ``Lø`` into ``LÃ¸``, and so would
``msgconv``), and one mostly UTF-8 with some legacy bytes (a mixture).  A
legacy file whose few non-ASCII bytes happen to form UTF-8 that reads as
nothing real (``ANNULÉ\u00a0!`` would be ``ANNULɠ!``) is read as labelled,
as gettext reads it.  Octal and hex escapes in a
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


def lookup_codec(label: str) -> str | None:
    """Python's codec name for a charset label, ``iconv:LABEL`` for one only the system's iconv knows
    (VISCII, GEORGIAN-PS, EUC-TW), or None.

    >>> lookup_codec("windows-1256"), lookup_codec("VISCII"), lookup_codec("nonsense")
    ('cp1256', 'iconv:VISCII', None)
    """
    if label.upper() in UTF8_NAMES:
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        from kztr.po import iconv

        return iconv.PREFIX + label if iconv.iconv_knows(label) else None


def codec_name(label: str | None, data: bytes, shown: str) -> str:
    """Python's codec for a charset label of a PO header (``CHARSET``, a template's placeholder, is UTF-8).

    >>> codec_name("windows-1256", b"", "x.po"), codec_name("CHARSET", b"", "x.po")
    ('cp1256', 'utf-8')
    """
    if label is None:
        return "utf-8"
    codec = lookup_codec(label)
    if codec is None:
        line = data[: data.find(label.encode("ascii"))].count(b"\n") + 1
        raise CatalogError(f"unknown charset {label} in the header", path=shown, line=line)
    return codec


def decode_bytes(data: bytes, codec: str) -> str:
    """Bytes in ``codec`` as text (``UnicodeDecodeError`` when they are not)."""
    if not codec.startswith("iconv:"):
        return data.decode(codec)
    from kztr.po import iconv

    try:
        return iconv.decode(data, codec[len(iconv.PREFIX):])
    except ValueError as exc:
        raise UnicodeDecodeError(codec, data, exc.args[1], exc.args[1] + 1, "not this charset") from None


def encode_text(text: str, codec: str) -> bytes:
    if not codec.startswith("iconv:"):
        return text.encode(codec)
    from kztr.po import iconv

    return iconv.encode(text, codec[len(iconv.PREFIX):])


def decode_text(data: bytes, label: str | None, shown: str) -> str:
    """The text of a PO file whose header declares ``label``; mislabelled or mixed bytes are refused."""
    codec = codec_name(label, data, shown)
    if label is None or codec == "utf-8" or data.isascii():  # no label reads as UTF-8 (codec_name)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise CatalogError(f"not UTF-8 (byte 0x{data[exc.start]:02x}); convert it: msgconv --to-code=UTF-8",
                               path=shown, line=line) from None
    header_line = data[: data.find(b"charset=" + label.encode("ascii"))].count(b"\n") + 1
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
        if reads_as_text(text):
            found = re.search(r"\w*[^\x00-\x7f]\w*", text)
            assert found is not None  # the bytes are not ASCII (above)
            sample = found.group()[:12]
            raise CatalogError(
                f"mislabelled: the header says charset={label} but the bytes are UTF-8 "
                f"({sample!r} would read as {_as_labelled(sample.encode('utf-8'), codec)!r}); "
                "set charset=UTF-8 in the header (do not run msgconv: it would keep the mojibake)",
                path=shown, line=header_line)
        # valid UTF-8 only by chance ("ANNUL\xc9\xa0!" would be "ANNULɠ!"): the header is right, as gettext says
    try:
        return decode_bytes(data, codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogError(f"not {label} as the header says (byte 0x{data[exc.start]:02x})",
                           path=shown, line=line) from None


def _as_labelled(data: bytes, codec: str) -> str:
    try:
        return decode_bytes(data, codec)
    except UnicodeDecodeError:
        return data.decode("latin-1")


_HEADER_ENTRY = re.compile(
    rb'^[ \t]*msgid[ \t]*""[ \t]*\r?\n(?:[ \t]*""[ \t]*\r?\n)*[ \t]*msgstr[ \t]*'
    rb'((?:"(?:[^"\\\n]|\\.)*"[ \t]*\r?(?:\n|$)[ \t]*)+)',
    re.M)
_PIECE = re.compile(rb'"((?:[^"\\\n]|\\.)*)"')
_CONTENT_TYPE = re.compile(rb"^[ \t]*content-type[ \t]*:[^\n]*?charset=([A-Za-z0-9_.:-]+)", re.I | re.M)


def header_charset(data: bytes) -> str | None:
    r"""The charset the header entry declares, read from the bytes before they can be decoded: the
    first ``msgid ""`` without a msgctxt, its msgstr joined across strings (a ``Content-Type`` split
    over two of them counts); a ``charset=`` in a comment or a message is not the header's.

    >>> header_charset(b'# charset=KOI8-R\nmsgid ""\nmsgstr ""\n"Content-Type: text/plain; "\n"charset=ISO-8859-2\\n"\n')
    'ISO-8859-2'
    """  # noqa: E501 - a doctest example is one line
    for match in _HEADER_ENTRY.finditer(data):
        before = data[:match.start()].rstrip().rpartition(b"\n")[2].lstrip()
        if before.startswith((b"msgctxt", b'"')):
            continue  # msgctxt "x" msgid "": a message, not the header
        text = b"".join(_PIECE.findall(match.group(1))).replace(b"\\n", b"\n")
        found = _CONTENT_TYPE.search(text)
        return found.group(1).decode("ascii") if found else None
    return None


_SCRIPTS = ("Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Devanagari", "Bengali", "Thai",
            "Georgian", "Hangul", "Han", "Hiragana", "Katakana", "Ethiopic", "Tamil")


def reads_as_text(text: str) -> bool:
    """Whether the non-ASCII part of a UTF-8 reading looks like real text: no character from the
    blocks such accidents land in, and no word that mixes scripts (Han, kana and Hangul count as one).

    >>> reads_as_text("Løsning"), reads_as_text("لـكازاخستان"), reads_as_text("ANNULɠ!"), reads_as_text("CAFЀ")
    (True, True, False, False)
    """
    import regex

    odd = regex.compile(r"[\x80-\x9f\p{Block=IPA_Extensions}\p{Block=Spacing_Modifier_Letters}\p{Block=Syriac}"
                        r"\p{Block=Thaana}\p{Block=NKo}\p{Block=Samaritan}\p{Block=Mandaic}\p{Co}\p{Cn}]")
    if odd.search(text):
        return False
    patterns = [(name, regex.compile(rf"\p{{Script={name}}}")) for name in _SCRIPTS]
    shared = regex.compile(r"[\p{Script=Common}\p{Script=Inherited}]")  # tatweel, marks: any script's
    for word in regex.findall(r"\w*[^\x00-\x7f]\w*", text):
        found = set()
        for char in word:
            if char.isalpha() and not shared.match(char):
                script = next((name for name, pattern in patterns if pattern.match(char)), "other")
                found.add("CJK" if script in ("Han", "Hiragana", "Katakana", "Hangul") else script)
        if len(found) > 1:
            return False
    return True


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
            raw += encode_text(piece[position:match.start()], codec)
            code = match.group(1)
            if code in _ESCAPES:
                raw += encode_text(_ESCAPES[code], codec)
            elif code[0] == "x" and len(code) > 1:
                raw.append(int(code[1:], 16) & 0xFF)  # gettext reads every hex digit, keeps one byte
            elif code[0] in "01234567":
                raw.append(int(code, 8) & 0xFF)
            else:
                raise CatalogError(f"invalid escape sequence \\{code} in string", path=shown, line=line)
            position = match.end()
        raw += encode_text(piece[position:], codec)
    if 0 in raw:
        raise CatalogError("NUL (\\0) in a string: gettext would cut the string there", path=shown, line=line)
    try:
        return decode_bytes(bytes(raw), codec)
    except UnicodeDecodeError:
        raise CatalogError(f"escaped bytes in this string are not valid {codec}", path=shown, line=line) from None
