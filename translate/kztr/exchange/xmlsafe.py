"""Read XML from outside (TMX, XLIFF) safely, and write XML text by hand.

Reading goes through defusedxml over the standard library's expat: a
document type that declares an entity (the billion-laughs bomb, an external
``SYSTEM "file:///etc/passwd"`` or ``http://`` entity) is refused, never
expanded or resolved; nothing is ever fetched.  A plain ``<!DOCTYPE tmx
SYSTEM "tmx14.dtd">`` (what OmegaT and Trados write) is accepted and the DTD
is not loaded.  Each element's line is kept so errors can say
``path:line: what``.

Writing is string building: serialisers return text whose bytes depend on
the data only (deterministic output), with every value escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree.ElementTree import Element

from kztr.errors import ExchangeError

# XML 1.0 cannot carry these characters at all, escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# XML can carry DEL (as &#127;) but a PO file cannot (kztr's strict reader refuses it, as msgfmt does).
_NOT_PO = re.compile("[\x7f]")
MAX_XML_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class XmlDocument:
    """A parsed file: its root element and the line each element starts on."""

    root: Element
    lines: dict[int, int]

    def line(self, element: Element) -> int | None:
        return self.lines.get(id(element))


def parse_xml(data: bytes, shown: str) -> XmlDocument:
    """Parse bytes from outside into elements; hostile or malformed XML is an ``ExchangeError``.

    >>> parse_xml(b'<a><b>x</b></a>', "t.xml").root.find("b").text
    'x'
    >>> parse_xml(b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', "t.xml")
    Traceback (most recent call last):
    ...
    kztr.errors.ExchangeError: t.xml:1: refused: the document type declares an entity ('e'); kztr never expands entities
    """
    import defusedxml
    from defusedxml.ElementTree import DefusedXMLParser
    from xml.etree.ElementTree import ParseError, TreeBuilder

    if len(data) > MAX_XML_BYTES:
        raise ExchangeError(f"refused: {len(data):,} bytes is more than a translation file can be", path=shown)
    lines: dict[int, int] = {}
    keep: list[Element] = []

    class Builder(TreeBuilder):
        def start(self, tag, attrs):
            element = super().start(tag, attrs)
            lines[id(element)] = parser.parser.CurrentLineNumber
            keep.append(element)  # ids stay unique while every element lives
            return element

    parser = DefusedXMLParser(target=Builder(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(data)
        root = parser.close()
    except defusedxml.EntitiesForbidden as exc:
        raise ExchangeError(f"refused: the document type declares an entity ({exc.name!r}); "
                            "kztr never expands entities", path=shown, line=_line_of(parser)) from None
    except defusedxml.ExternalReferenceForbidden as exc:
        raise ExchangeError(f"refused: external reference {exc.sysid or exc.pubid!r}; kztr never fetches "
                            "anything", path=shown, line=_line_of(parser)) from None
    except defusedxml.DefusedXmlException as exc:
        raise ExchangeError(f"refused: {exc}", path=shown, line=_line_of(parser)) from None
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        message = str(exc).split(": line ")[0]
        raise ExchangeError(f"not well-formed XML: {message}", path=shown, line=line) from None
    return XmlDocument(root, lines)


def _line_of(parser) -> int | None:
    try:
        return parser.parser.CurrentLineNumber
    except AttributeError:
        return None


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


def local_name(element: Element) -> str:
    """The tag without its namespace.

    >>> local_name(Element("{urn:oasis:names:tc:xliff:document:1.2}source"))
    'source'
    """
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def namespace(element: Element) -> str:
    return element.tag[1:].split("}", 1)[0] if isinstance(element.tag, str) and element.tag.startswith("{") else ""


def plain_text(element: Element | None, skip: frozenset[str] = frozenset()) -> str:
    """The element's text with inline markup removed (``skip``: tags whose content is code, not text)."""
    if element is None:
        return ""
    pieces = [element.text or ""]
    for child in element:
        if local_name(child) not in skip:
            pieces.append(plain_text(child, skip))
        pieces.append(child.tail or "")
    return "".join(pieces)


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
