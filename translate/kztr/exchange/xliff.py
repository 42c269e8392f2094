"""XLIFF 1.2: catalogs out to CAT tools (OmegaT, Trados, memoQ, Okapi) and their translations back;
and the one reader of XLIFF files, 1.x and 2.x alike (the 2.x writer is ``kztr.exchange.xliff2``).

One ``<file>`` per catalog (``original`` = the catalog's path, so the
document is known on the way back), one ``<trans-unit>`` per live singular
entry.  A unit's ``id`` and ``resname`` are a hash of its msgid (and msgctxt):
stable across exports, and a unit whose source changed no longer matches.

* source, target and state: ``translated`` (and ``approved="yes"``),
  ``needs-review-translation`` (fuzzy, ``approved="no"``), ``new`` (no
  translation: an empty target);
* notes in the conventions of translate-toolkit's PO↔XLIFF mapping (what
  Weblate, Pootle and Virtaal read, and ``xliff2po`` turns back into the
  catalog): the extracted comments (block kind, section, glossary…) as
  ``note from="developer"``, translator comments as ``note
  from="translator"``; a fuzzy unit's previous source as ``note from="kztr"``;
* the source locations as ``context-group purpose="location"``.
  translate-toolkit reads locations only from groups that are all named
  ``po-reference``, which the strict schema forbids (a group's name is
  unique in its ``<file>``): ``po_reference=True`` (``kztr xliff export
  --translate-toolkit``) writes them so, for translate-toolkit, Weblate and
  Pootle, at the price of that one rule.

``omegat=True`` writes the flavour OmegaT 3.x needs: its XLIFF filter
translates what is in ``<target>`` (the Okapi translation-kit convention),
so every target holds a copy of the source with state ``needs-translation``;
the translations travel in a TMX (``kztr tm export``) put in the OmegaT
project's ``tm/auto/``, from which OmegaT fills them in.

Reading streams (one unit in memory at a time, see ``kztr.exchange.xmlsafe``)
and skips what is no translation of an entry: translate-toolkit's PO header
unit (``restype="x-gettext-domain-header"``) and ``translate="no"`` units.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kztr.errors import ExchangeError
from kztr.exchange.tmx import language_tag
from kztr.exchange.xmlsafe import Node, escape_attr, escape_text, stream_xml, text_for_po
from kztr.model import Catalog, Entry

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF2_NS = "urn:oasis:names:tc:xliff:document:2.0"
_VERSION_1 = ("", XLIFF_NS, "urn:oasis:names:tc:xliff:document:1.1")
# Inline elements whose content is code, not text (g, mrk and pc wrap text and are kept); 1.2's and 2.x's.
_CODES = frozenset({"bpt", "ept", "ph", "it", "x", "bx", "ex", "sc", "ec", "sm", "em"})
_TEXTS = frozenset({"source", "target", "note"})
REVIEW_STATES = frozenset({"needs-review-translation", "needs-review-adaptation", "needs-review-l10n"})
# Only these say a person approved the text: a fuzzy unit with the same text is confirmed
# by them and by nothing else (OmegaT 3.x never updates a state, and fills units from tm/auto).
APPROVED_STATES = frozenset({"translated", "final", "signed-off"})
# XLIFF 2.x: only reviewed and final confirm a fuzzy unit; kztr marks its fuzzy units with a subState.
APPROVED_STATES_2 = frozenset({"reviewed", "final"})
FUZZY_SUBSTATE = "kztr:fuzzy"
HEADER_RESTYPE = "x-gettext-domain-header"


def unit_id(entry: Entry) -> str:
    """A unit's stable identifier: a hash of its context and source.

    >>> unit_id(Entry("انتهت القمة."))
    'u289ff978c7c9f6af'
    """
    key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
    return "u" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def exported_entries(catalog: Catalog) -> list[Entry]:
    """The entries XLIFF carries: live, singular (plural forms have no place in kztr's XLIFF)."""
    return [entry for entry in catalog.entries if not entry.obsolete and entry.msgid_plural is None]


def state_of(entry: Entry) -> str:
    if not entry.has_translation:
        return "new"
    return "needs-review-translation" if entry.fuzzy else "translated"


def split_reference(reference: str) -> tuple[str, str]:
    """``source/a.txt:12`` as (file, line); a reference without a line number as (reference, '').

    >>> split_reference("source/a.txt:12"), split_reference("source/a.txt")
    (('source/a.txt', '12'), ('source/a.txt', ''))
    """
    file, _, line = reference.rpartition(":")
    return (file, line) if file and line.isdigit() else (reference, "")


@dataclass(frozen=True)
class XliffCatalog:
    """A catalog to export: its path as the project shows it, and its entries."""

    original: str
    catalog: Catalog


def generate_xliff(catalogs: list[XliffCatalog], srclang: str, locale: str, omegat: bool = False,
                   po_reference: bool = False) -> str:
    """The XLIFF 1.2 document for ``catalogs`` (valid against the strict schema unless ``po_reference``)."""
    source_tag, target_tag = escape_attr(language_tag(srclang)), escape_attr(language_tag(locale))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<xliff version="1.2" xmlns="{XLIFF_NS}">']
    for item in catalogs:
        where = item.original
        lines += [
            f'  <file original="{escape_attr(item.original, where)}" source-language="{source_tag}" '
            f'target-language="{target_tag}" datatype="po" tool-id="kztr">',
            '    <header><tool tool-id="kztr" tool-name="kztr"/></header>',
            "    <body>",
        ]
        for entry in exported_entries(item.catalog):
            lines += _trans_unit(entry, source_tag, target_tag, where, omegat, po_reference)
        lines += ["    </body>", "  </file>"]
    lines += ["</xliff>", ""]
    return "\n".join(lines)


def _trans_unit(entry: Entry, source_tag: str, target_tag: str, where: str, omegat: bool,
                po_reference: bool) -> list[str]:
    ident = unit_id(entry)
    named = ' name="po-reference"' if po_reference else ""
    state = "needs-translation" if omegat else state_of(entry)
    target = entry.msgid if omegat else entry.msgstr
    # approved: what translate-toolkit (Weblate, Pootle, Virtaal) reads as "not fuzzy"
    approved = "" if omegat or state == "new" else f' approved="{"yes" if state == "translated" else "no"}"'
    lines = [
        f'      <trans-unit id="{ident}" resname="{ident}"{approved} xml:space="preserve">',
        f'        <source xml:lang="{source_tag}">{escape_text(entry.msgid, where)}</source>',
        f'        <target xml:lang="{target_tag}" state="{state}">{escape_text(target, where)}</target>',
    ]
    for reference in entry.references:
        file, line = split_reference(reference)
        lines.append(f'        <context-group{named} purpose="location">'
                     f'<context context-type="sourcefile">{escape_text(file, where)}</context>'
                     + (f'<context context-type="linenumber">{line}</context>' if line else "")
                     + "</context-group>")
    lines += [f'        <note from="developer" annotates="source">{escape_text(text, where)}</note>'
              for text in entry.extracted_comments]
    lines += [f'        <note from="translator">{escape_text(text, where)}</note>'
              for text in entry.translator_comments]
    if entry.fuzzy and entry.previous_msgid is not None and not omegat:
        lines.append(f'        <note from="kztr" annotates="target">previous source: '
                     f"{escape_text(entry.previous_msgid, where)}</note>")
    lines.append("      </trans-unit>")
    return lines


@dataclass(frozen=True)
class XliffUnit:
    """A unit as read (1.2 ``trans-unit`` or 2.x ``unit``): its id, source, target (None when absent),
    state, and what the state says: ``needs_review`` (the translation is not final), ``approving``
    (a person approved it)."""

    id: str
    source: str
    target: str | None
    state: str
    line: int | None
    needs_review: bool = False
    approving: bool = False


@dataclass(frozen=True)
class XliffFile:
    original: str
    source_language: str
    target_language: str
    units: tuple[XliffUnit, ...]
    line: int | None
    version: str = "1.2"
    ident: str = ""  # the file's id (2.x): kztr writes the document id there too


def _text(node: Node | None) -> str:
    return "" if node is None else unicodedata.normalize("NFC", node.text)


def _code_point(name: str, attrib: dict[str, str]) -> str:
    """XLIFF 2's ``<cp hex="…"/>``: a character XML cannot carry; every other inline element stands for nothing."""
    if name != "cp":
        return ""
    try:
        return chr(int(attrib.get("hex", ""), 16))
    except (ValueError, OverflowError):
        return ""


class _Reading:
    """The state of one pass over an XLIFF file: its version, the file being read, the files done."""

    def __init__(self, shown: str, lang: str | None):
        self.shown, self.lang = shown, lang
        self.version = ""
        self.root: Node | None = None
        self.file: Node | None = None
        self.units: list[XliffUnit] = []
        self.files: list[XliffFile] = []

    def start(self, node: Node) -> None:
        if self.root is None:
            self.root = node
            self.version = _version(node, self.shown)
        elif node.name == "file" and self.file is None:
            self.file, self.units = node, []

    def end(self, node: Node) -> None:
        if node is not self.file:
            return
        if self.version.startswith("1."):
            source, target = node.get("source-language"), node.get("target-language")
        else:
            assert self.root is not None  # start() met the root before any <file>
            source, target = self.root.get("srcLang"), self.root.get("trgLang")
        if not target:
            if not self.lang:
                where = "<file>" if self.version.startswith("1.") else "<xliff>"
                raise ExchangeError(f"{where} without {'target-language' if where == '<file>' else 'trgLang'}: "
                                    "which language are these translations? Give it with --lang",
                                    path=self.shown, line=node.line)
            target = self.lang
        elif self.lang and not _same_language(target, self.lang):
            raise ExchangeError(f"the file's target language is {target!r}, not {self.lang!r} (--lang)",
                                path=self.shown, line=node.line)
        self.files.append(XliffFile(node.get("original"), source, target, tuple(self.units), node.line,
                                    self.version, node.get("id")))
        self.file = None

    def record(self, node: Node) -> None:
        unit = _unit_1(node, self.shown) if self.version.startswith("1.") else _unit_2(node, self.shown)
        if unit is not None and self.file is not None:
            self.units.append(unit)


def read_xliff(source: Path | bytes, shown: str, lang: str | None = None) -> tuple[XliffFile, ...]:
    """The files and units of an XLIFF 1.x or 2.x document, read in one streaming pass; anything else is
    an ``ExchangeError``. ``lang``: the target language of a file that does not say it."""
    reading = _Reading(shown, lang)
    events = stream_xml(source, shown, frozenset({"trans-unit", "unit"}), _TEXTS, _CODES, _code_point)
    for kind, node in events:
        if kind == "start":
            reading.start(node)
        elif kind == "end":
            reading.end(node)
        else:
            if reading.root is None:
                reading.start(node)  # a record as the root: refused by the version check
            reading.record(node)
    return tuple(reading.files)


def _version(root: Node, shown: str) -> str:
    if root.name != "xliff":
        raise ExchangeError(f"not an XLIFF file (the root element is <{root.name}>)", path=shown, line=root.line)
    version = root.get("version")
    if version.startswith("1.") and root.namespace in _VERSION_1:
        return version
    if version.startswith("2.") and root.namespace == XLIFF2_NS:
        return version
    raise ExchangeError(f"XLIFF version {version or '?'} ({root.namespace or 'no namespace'}): "
                        "kztr reads XLIFF 1.2 (and 1.1) and 2.x", path=shown, line=root.line)


def _same_language(tag: str, lang: str) -> bool:
    first, second = (code.replace("_", "-").casefold().split("-")[0] for code in (tag, lang))
    return first == second


def _unit_1(node: Node, shown: str) -> XliffUnit | None:
    if node.get("restype") == HEADER_RESTYPE or node.get("translate") == "no":
        return None  # translate-toolkit's PO header, a unit not for translation
    source = node.find("source")
    if source is None or not node.get("id"):
        raise ExchangeError("<trans-unit> without id or <source>", path=shown, line=node.line)
    target = node.find("target")
    state = "" if target is None else target.get("state")
    approved = node.get("approved")
    return XliffUnit(
        id=node.get("id"),
        source=_text(source),
        target=None if target is None else text_for_po(_text(target), shown, node.line),
        state=state,
        line=node.line,
        needs_review=state in REVIEW_STATES or (state not in APPROVED_STATES and approved == "no"),
        approving=state in APPROVED_STATES or (approved == "yes" and state not in REVIEW_STATES),
    )


_ORDER_2 = ("initial", "translated", "reviewed", "final")


def _unit_2(node: Node, shown: str) -> XliffUnit | None:
    """An XLIFF 2 unit: its segments and ignorables joined in order; its state the least advanced one."""
    if node.get("translate") == "no":
        return None
    parts = [child for child in node.children if child.name in ("segment", "ignorable")]
    if not node.get("id") or not parts or any(part.find("source") is None for part in parts):
        raise ExchangeError("<unit> without id or <segment> with a <source>", path=shown, line=node.line)
    source = "".join(_text(part.find("source")) for part in parts)
    targets = [part.find("target") for part in parts]
    segments = [part for part in parts if part.name == "segment"]
    has_target = any(target is not None for target, part in zip(targets, parts, strict=True) if part.name == "segment")
    # an ignorable (white space between segments) without a target stands as its source
    target = "".join(_text(found) if found is not None else (_text(part.find("source")) if part.name == "ignorable"
                                                               else "")
                     for found, part in zip(targets, parts, strict=True)) if has_target else None
    states = [part.get("state") or "initial" for part in segments]
    state = min(states, key=lambda value: _ORDER_2.index(value) if value in _ORDER_2 else 0) if states else "initial"
    fuzzy = any(part.get("subState") == FUZZY_SUBSTATE for part in segments)
    return XliffUnit(
        id=node.get("id"),
        source=source,
        target=None if target is None else text_for_po(target, shown, node.line),
        state=state,
        line=node.line,
        needs_review=fuzzy and state not in APPROVED_STATES_2,
        approving=state in APPROVED_STATES_2,
    )
