"""Read XML from outside (TMX, XLIFF, TBX) safely and as a stream, and write XML text by hand.

Reading is one pass of expat over the file, a megabyte at a time: the
caller names its *records* (``tu``, ``trans-unit``, ``unit``,
``conceptEntry``…), each is built as a small tree of ``Node`` when it is
complete, handed over and dropped, so memory holds one record, not the
file.  Inside a record, the *text* elements (``seg``, ``source``,
``term``…) keep only their text: inline markup is flattened as it
arrives, its content kept (``hi``, ``g``, ``mrk``) or dropped where it is
code (``ph``, ``bpt``…).  Nothing recurses, so any nesting is read in
constant stack; past ``MAX_DEPTH`` open elements (no real file comes near)
the file is refused in one line, which also bounds expat's own stack.

Nothing is expanded or fetched: a document type that declares an entity
(billion laughs, ``SYSTEM "file:///etc/passwd"`` or ``"http://…"``) is
refused, the external DTD of ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">`` (what
OmegaT and Trados write) is never read, a reference to an undeclared
entity is refused.  Every record knows the line it starts on, so errors
say ``path:line: what``.

Writing is string building: serialisers return text whose bytes depend on
the data only (deterministic output), with every value escaped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

from kztr.errors import ExchangeError

# XML 1.0 cannot carry these characters at all, escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# XML can carry DEL (as &#127;) but a PO file cannot (kztr's strict reader refuses it, as msgfmt does).
_NOT_PO = re.compile("[\x7f]")
MAX_XML_BYTES = 1 << 30  # 1 GiB; memory stays within about twice what the file's units hold
MAX_DEPTH = 10_000
MAX_RECORD_NODES = 100_000
CHUNK = 1 << 20
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = "http://www.w3.org/XML/1998/namespace}lang"  # as expat names it: namespace}local, no braces


class Node:
    """An element as the stream gives it: local name, namespace, attributes (a namespaced one's key is
    ``namespace}local``, as expat gives it), line, and (in a record) its child elements and, for a text
    element, its flattened text."""

    __slots__ = ("attrib", "children", "line", "name", "namespace", "parent", "pieces")

    def __init__(self, name: str, namespace: str, attrib: dict[str, str], line: int, parent: Node | None):
        self.name, self.namespace, self.attrib, self.line, self.parent = name, namespace, attrib, line, parent
        self.children: list[Node] = []
        self.pieces: list[str] = []

    def get(self, key: str, default: str = "") -> str:
        return self.attrib.get(key, default)

    @property
    def text(self) -> str:
        """A text element's text, inline markup flattened ('' for other elements: their text is layout)."""
        return "".join(self.pieces)

    def find(self, name: str) -> Node | None:
        return next((child for child in self.children if child.name == name), None)

    def findall(self, name: str) -> list[Node]:
        return [child for child in self.children if child.name == name]

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Node {self.name} line {self.line}>"


class _Text:
    """The text of one text element while it streams in; joined every few thousand pieces so that
    millions of tiny pieces (``a<ph/>`` repeated) never cost more than the text itself."""

    __slots__ = ("depth", "node", "skip_from")

    def __init__(self, node: Node, depth: int):
        self.node, self.depth, self.skip_from = node, depth, 0


class _Record:
    """The record element being built while a document streams in, how many elements it has, and
    how deep the parser is."""

    __slots__ = ("depth", "node", "nodes")

    def __init__(self) -> None:
        self.node: Node | None = None
        self.nodes = 0
        self.depth = 0


def stream_xml(source: Path | bytes, shown: str, records: frozenset[str], texts: frozenset[str] = frozenset(),
               codes: frozenset[str] = frozenset(),
               characters: Callable[[str, dict[str, str]], str] | None = None) -> Iterator[tuple[str, Node]]:
    """The events of an XML file, read with expat a megabyte at a time:
    ``("start", node)`` and ``("end", node)`` for elements outside records (attributes only),
    ``("record", node)`` for each complete record (its subtree).

    ``texts``: elements whose content is text (kept flattened); ``codes``: inline elements whose
    content is dropped; ``characters(name, attrib)``: the text an empty inline element stands for
    (XLIFF 2's ``<cp hex="…"/>``), or ''.

    >>> [(kind, node.name) for kind, node in stream_xml(b'<a><r x="1"><t>y<c>z</c>!</t></r></a>', "t.xml",
    ...                                                   frozenset({"r"}), frozenset({"t"}), frozenset({"c"}))]
    [('start', 'a'), ('record', 'r'), ('end', 'a')]
    >>> next(node for kind, node in stream_xml(b'<r><t>y<c>z</c>!</t></r>', "t.xml", frozenset({"r"}),
    ...      frozenset({"t"}), frozenset({"c"}))).find("t").text
    'y!'
    >>> list(stream_xml(b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', "t.xml", frozenset()))
    Traceback (most recent call last):
    ...
    kztr.errors.ExchangeError: t.xml:1: refused: the document type declares an entity ('e'); kztr never expands entities
    """
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    ready: list[tuple[str, Node]] = []
    stack: list[Node] = []  # open elements outside text content
    state = _Record()
    text: list[_Text | None] = [None]

    def refuse(message: str) -> ExchangeError:
        return ExchangeError(message, path=shown, line=parser.CurrentLineNumber)

    def start(tag: str, attrs: dict[str, str]) -> None:
        depth = state.depth = state.depth + 1
        if depth > MAX_DEPTH:
            raise refuse(f"refused: elements nested more than {MAX_DEPTH:,} deep")
        flat = text[0]
        if flat is not None:  # inside a text element: flatten
            if flat.skip_from:
                return
            name = tag.rpartition("}")[2]
            if name in codes:
                flat.skip_from = depth
            elif characters is not None:
                flat.node.pieces.append(characters(name, attrs))
            return
        namespace, _, name = tag.rpartition("}")
        record = state.node
        node = Node(name, namespace, attrs, parser.CurrentLineNumber, stack[-1] if stack else None)
        if record is not None:
            state.nodes += 1
            if state.nodes > MAX_RECORD_NODES:
                raise ExchangeError(f"refused: more than {MAX_RECORD_NODES:,} elements in one <{record.name}>",
                                    path=shown, line=record.line)
            stack[-1].children.append(node)
        elif name in records:
            state.node, state.nodes = node, 1
        else:
            ready.append(("start", node))
        stack.append(node)
        if name in texts and state.node is not None:
            text[0] = _Text(node, depth)

    def end(tag: str) -> None:
        depth = state.depth
        state.depth = depth - 1
        flat = text[0]
        if flat is not None:
            if flat.skip_from == depth:
                flat.skip_from = 0
            if depth != flat.depth:
                return
            pieces = flat.node.pieces
            if len(pieces) > 1:
                pieces[:] = ["".join(pieces)]
            text[0] = None
        node = stack.pop()
        if node is state.node:
            state.node = None
            node.parent = stack[-1] if stack else None
            ready.append(("record", node))
        elif state.node is None:
            ready.append(("end", node))

    def data(content: str) -> None:
        flat = text[0]
        if flat is not None and not flat.skip_from:
            pieces = flat.node.pieces
            pieces.append(content)
            if len(pieces) >= 4096:
                pieces[:] = ["".join(pieces)]

    def entity(name, *_args) -> NoReturn:
        raise refuse(f"refused: the document type declares an entity ({name!r}); kztr never expands entities")

    def external(_context, _base, system_id, public_id) -> NoReturn:
        raise refuse(f"refused: external reference {system_id or public_id!r}; kztr never fetches anything")

    def skipped(name, _is_parameter) -> NoReturn:
        raise refuse(f"refused: entity &{name}; is not declared (kztr never reads a DTD)")

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    parser.SkippedEntityHandler = skipped
    for chunk, final in _chunks(source, shown):
        try:
            parser.Parse(chunk, final)
        except expat.ExpatError as exc:
            message = expat.errors.messages[exc.code] if exc.code in expat.errors.messages else str(exc)
            raise ExchangeError(f"not well-formed XML: {message}", path=shown, line=exc.lineno) from None
        yield from ready
        ready.clear()


def _chunks(source: Path | bytes, shown: str) -> Iterator[tuple[bytes, bool]]:
    """The bytes of the file a megabyte at a time, the last one marked; too big a file is refused
    before it is read (or as soon as a stream passes the limit)."""
    limit = MAX_XML_BYTES
    if isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > limit:
            raise _too_big(len(source), shown)
        view = memoryview(source)
        for start in range(0, max(len(view), 1), CHUNK):
            yield bytes(view[start:start + CHUNK]), start + CHUNK >= len(view)
        return
    try:
        if source.is_file() and source.stat().st_size > MAX_XML_BYTES:
            raise _too_big(source.stat().st_size, shown)
        with open(source, "rb") as handle:
            size = 0
            while True:
                chunk = handle.read(CHUNK)
                size += len(chunk)
                if size > MAX_XML_BYTES:
                    raise _too_big(size, shown)
                yield chunk, not chunk
                if not chunk:
                    return
    except OSError as exc:
        raise ExchangeError(f"cannot read: {exc.strerror}", path=shown) from None


def _too_big(size: int, shown: str) -> ExchangeError:
    return ExchangeError(f"refused: {size:,} bytes or more; kztr reads XML files of up to "
                         f"{MAX_XML_BYTES:,} bytes", path=shown)


def text_for_po(text: str, shown: str, line: int | None) -> str:
    """Text read from XML that is about to go into a catalog: refuse what a PO file cannot hold.

    >>> text_for_po("a\x7fb", "x.xlf", 3)
    Traceback (most recent call last):
    ...
    kztr.errors.ExchangeError: x.xlf:3: control character U+007F: a PO file cannot hold it
    """
    bad = _NOT_PO.search(text)
    if bad:
        raise ExchangeError(f"control character U+{ord(bad.group()):04X}: a PO file cannot hold it", path=shown,
                            line=line)
    return text


def escape_text(text: str, where: str = "") -> str:
    """Text for element content.

    >>> escape_text('a < b & "c"')
    'a &lt; b &amp; "c"'
    """
    _check(text, where)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attr(text: str, where: str = "") -> str:
    """Text for a double-quoted attribute value (newlines and tabs kept as character references).

    >>> escape_attr('say "hi"\\n')
    'say &quot;hi&quot;&#10;'
    """
    return escape_text(text, where).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _check(text: str, where: str) -> None:
    bad = _NOT_XML.search(text)
    if bad:
        raise ExchangeError(f"control character U+{ord(bad.group()):04X} cannot be written in XML", path=where or None)
