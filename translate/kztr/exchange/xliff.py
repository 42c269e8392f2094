"""XLIFF 1.2: catalogs out to CAT tools (OmegaT, Trados, memoQ, Okapi) and their translations back.

One ``<file>`` per catalog (``original`` = the catalog's path, so the
document is known on the way back), one ``<trans-unit>`` per live singular
entry.  A unit's ``id`` and ``resname`` are a hash of its msgid (and msgctxt):
stable across exports, and a unit whose source changed no longer matches.

* source, target and state: ``translated`` (and ``approved="yes"``),
  ``needs-review-translation`` (fuzzy, ``approved="no"``), ``new`` (no
  translation: an empty target);
* notes: the extracted comments (block kind, section, glossary…) from
  ``kztr``, translator comments from ``translator``, a fuzzy unit's previous
  source; the source location as a ``context-group``.

``omegat=True`` writes the flavour OmegaT 3.x needs: its XLIFF filter
translates what is in ``<target>`` (the Okapi translation-kit convention),
so every target holds a copy of the source with state ``needs-translation``;
the translations travel in a TMX (``kztr tm export``) put in the OmegaT
project's ``tm/auto/``, from which OmegaT fills them in.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass

from kztr.errors import ExchangeError
from kztr.model import Catalog, Entry
from kztr.exchange.tmx import language_tag
from kztr.exchange.xmlsafe import escape_attr, escape_text, local_name, namespace, parse_xml, plain_text, text_for_po

XLIFF_NS = "urn:oasis:names:tc:xliff:document:1.2"
# Inline elements whose content is code, not text (g and mrk wrap text and are kept).
_CODES = frozenset({"bpt", "ept", "ph", "it", "x", "bx", "ex"})
REVIEW_STATES = frozenset({"needs-review-translation", "needs-review-adaptation", "needs-review-l10n"})
# Only these say a person approved the text: a fuzzy unit with the same text is confirmed
# by them and by nothing else (OmegaT 3.x never updates a state, and fills units from tm/auto).
APPROVED_STATES = frozenset({"translated", "final", "signed-off"})


def unit_id(entry: Entry) -> str:
    """A unit's stable identifier: a hash of its context and source.

    >>> unit_id(Entry("انتهت القمة."))
    'u289ff978c7c9f6af'
    """
    key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
    return "u" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def exported_entries(catalog: Catalog) -> list[Entry]:
    """The entries XLIFF carries: live, singular (plural forms have no place in XLIFF 1.2 here)."""
    return [entry for entry in catalog.entries if not entry.obsolete and entry.msgid_plural is None]


def state_of(entry: Entry) -> str:
    if not entry.has_translation:
        return "new"
    return "needs-review-translation" if entry.fuzzy else "translated"


@dataclass(frozen=True)
class XliffCatalog:
    """A catalog to export: its path as the project shows it, and its entries."""

    original: str
    catalog: Catalog


def generate_xliff(catalogs: list[XliffCatalog], srclang: str, locale: str, omegat: bool = False) -> str:
    """The XLIFF 1.2 document for ``catalogs`` (valid against the strict schema)."""
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
            ident = unit_id(entry)
            state = "needs-translation" if omegat else state_of(entry)
            target = entry.msgid if omegat else entry.msgstr
            # approved: what translate-toolkit (Weblate, Pootle, Virtaal) reads as "not fuzzy"
            approved = "" if omegat or state == "new" else f' approved="{"yes" if state == "translated" else "no"}"'
            lines += [
                f'      <trans-unit id="{ident}" resname="{ident}"{approved} xml:space="preserve">',
                f'        <source xml:lang="{source_tag}">{escape_text(entry.msgid, where)}</source>',
                f'        <target xml:lang="{target_tag}" state="{state}">{escape_text(target, where)}</target>',
            ]
            for reference in entry.references:
                file, _, line = reference.rpartition(":")
                if not (file and line.isdigit()):
                    file, line = reference, ""
                lines.append('        <context-group purpose="location">'
                             f'<context context-type="sourcefile">{escape_text(file, where)}</context>'
                             + (f'<context context-type="linenumber">{line}</context>' if line else "")
                             + "</context-group>")
            lines += [f'        <note from="kztr" annotates="source">{escape_text(text, where)}</note>'
                      for text in entry.extracted_comments]
            lines += [f'        <note from="translator">{escape_text(text, where)}</note>'
                      for text in entry.translator_comments]
            if entry.fuzzy and entry.previous_msgid is not None and not omegat:
                lines.append(f'        <note from="kztr" annotates="target">previous source: '
                             f"{escape_text(entry.previous_msgid, where)}</note>")
            lines.append("      </trans-unit>")
        lines += ["    </body>", "  </file>"]
    lines += ["</xliff>", ""]
    return "\n".join(lines)


@dataclass(frozen=True)
class XliffUnit:
    """A trans-unit as read: its id, source, target (None when absent), state and approved attribute."""

    id: str
    source: str
    target: str | None
    state: str
    line: int | None
    approved: str = ""

    @property
    def needs_review(self) -> bool:
        """The file says the translation is not final: a review state, or approved="no" without an approving state."""
        return self.state in REVIEW_STATES or (self.state not in APPROVED_STATES and self.approved == "no")

    @property
    def approving(self) -> bool:
        """The file says a person approved the translation."""
        return self.state in APPROVED_STATES or (self.approved == "yes" and self.state not in REVIEW_STATES)


@dataclass(frozen=True)
class XliffFile:
    original: str
    source_language: str
    target_language: str
    units: tuple[XliffUnit, ...]
    line: int | None


def _text(element) -> str:
    return unicodedata.normalize("NFC", plain_text(element, _CODES))


def read_xliff(data: bytes, shown: str) -> tuple[XliffFile, ...]:
    """The files and units of an XLIFF 1.x document; anything else is an ``ExchangeError``."""
    document = parse_xml(data, shown)
    root = document.root
    if local_name(root) != "xliff":
        raise ExchangeError(f"not an XLIFF file (the root element is <{local_name(root)}>)",
                            path=shown, line=document.line(root))
    version = root.get("version", "")
    if not version.startswith("1.") or namespace(root) not in ("", XLIFF_NS, "urn:oasis:names:tc:xliff:document:1.1"):
        raise ExchangeError(f"XLIFF version {version or '?'} ({namespace(root) or 'no namespace'}): "
                            "kztr reads XLIFF 1.2 (and 1.1)", path=shown, line=document.line(root))
    files = []
    for file in root:
        if local_name(file) != "file":
            continue
        target_language = file.get("target-language", "")
        if not target_language:
            raise ExchangeError("<file> without target-language: which language are these translations?",
                                path=shown, line=document.line(file))
        units = []
        for unit in file.iter():
            if local_name(unit) != "trans-unit":
                continue
            source = next((child for child in unit if local_name(child) == "source"), None)
            if source is None or not unit.get("id"):
                raise ExchangeError("<trans-unit> without id or <source>", path=shown, line=document.line(unit))
            target = next((child for child in unit if local_name(child) == "target"), None)
            line = document.line(unit)
            units.append(XliffUnit(
                id=unit.get("id", ""),
                source=_text(source),
                target=None if target is None else text_for_po(_text(target), shown, line),
                state="" if target is None else target.get("state", ""),
                line=line,
                approved=unit.get("approved", ""),
            ))
        files.append(XliffFile(file.get("original", ""), file.get("source-language", ""), target_language,
                               tuple(units), document.line(file)))
    return tuple(files)

