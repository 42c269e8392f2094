"""XLIFF 2.1 (OASIS Standard, 2018): the catalogs out as the core of XLIFF 2, valid against its schema
and its Schematron rules; read back by ``kztr.exchange.xliff.read_xliff`` (1.x and 2.x alike).

One ``<file>`` per catalog (``id`` f1, f2…, ``original`` = the catalog's
path), one ``<unit>`` per live singular entry with the same ``id`` as in
XLIFF 1.2 (a hash of the source), one ``<segment>`` per unit:

* state: ``final`` for a translation, ``translated`` with
  ``subState="kztr:fuzzy"`` for a fuzzy one (a translation nobody has
  confirmed), ``initial`` and no ``<target>`` for an empty one.  On the way
  back only ``reviewed`` and ``final`` confirm a fuzzy unit, a target whose
  segment still says ``kztr:fuzzy`` stays (or goes in as) fuzzy, and any
  other target is a translation, with or without a state (a tool that keeps
  no state, such as the ``xliff`` package of npm, writes none);
* notes (core ``<note>``, before the segment): the source locations
  (``category="location"``), the extracted comments
  (``category="developer"``), translator comments (``category="translator"``)
  and a fuzzy unit's previous source (``category="previous-source"``);
* a character XML cannot carry (a control character) is written as
  ``<cp hex="…"/>`` in a source or target and read back as itself (in a
  note, which only informs, as U+FFFD);
* a file's ``id`` is its document id when XML allows it as a name, so a
  tool that drops ``original`` still sends the translations home.
"""

from __future__ import annotations

import re
from pathlib import Path

from kztr.exchange.tmx import language_tag
from kztr.exchange.xliff import FUZZY_SUBSTATE, XLIFF2_NS, XliffCatalog, exported_entries, unit_id
from kztr.exchange.xmlsafe import escape_attr, escape_text
from kztr.model import Entry

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NMTOKEN = re.compile(r"[\w.:-]+")


def inline_text(text: str, where: str) -> str:
    """Text for a 2.x ``<source>``/``<target>``/``<note>``: escaped, with ``<cp/>`` for what XML cannot carry.

    >>> inline_text("a\\x01<b>", "x")
    'a<cp hex="0001"/>&lt;b&gt;'
    """
    pieces, start = [], 0
    for match in _NOT_XML.finditer(text):
        pieces += [escape_text(text[start:match.start()], where), f'<cp hex="{ord(match.group()):04X}"/>']
        start = match.end()
    return "".join(pieces) + escape_text(text[start:], where)


def state_2(entry: Entry) -> str:
    if not entry.has_translation:
        return "initial"
    return "translated" if entry.fuzzy else "final"


def generate_xliff2(catalogs: list[XliffCatalog], srclang: str, locale: str) -> str:
    """The XLIFF 2.1 document for ``catalogs``."""
    source_tag, target_tag = escape_attr(language_tag(srclang)), escape_attr(language_tag(locale))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<xliff xmlns="{XLIFF2_NS}" version="2.1" srcLang="{source_tag}" trgLang="{target_tag}">']
    for number, item in enumerate(catalogs, start=1):
        document = Path(item.original).stem
        ident = document if _NMTOKEN.fullmatch(document) else f"f{number}"
        lines.append(f'  <file id="{escape_attr(ident)}" original="{escape_attr(item.original, item.original)}">')
        for entry in exported_entries(item.catalog):
            lines += _unit(entry, item.original)
        lines.append("  </file>")
    lines += ["</xliff>", ""]
    return "\n".join(lines)


def _unit(entry: Entry, where: str) -> list[str]:
    ident = unit_id(entry)
    notes = [("location", "", reference) for reference in entry.references]
    notes += [("developer", ' appliesTo="source"', text) for text in entry.extracted_comments]
    notes += [("translator", "", text) for text in entry.translator_comments]
    if entry.fuzzy and entry.previous_msgid is not None:
        notes.append(("previous-source", ' appliesTo="source"', entry.previous_msgid))
    lines = [f'    <unit id="{ident}" name="{ident}" xml:space="preserve">']
    if notes:
        lines.append("      <notes>")
        # a note is plain text, no <cp/>: what XML cannot carry shows as U+FFFD (notes never come back)
        lines += [f'        <note category="{category}"{applies}>{escape_text(_NOT_XML.sub(chr(0xFFFD), text), where)}'
                  "</note>" for category, applies, text in notes]
        lines.append("      </notes>")
    state = state_2(entry)
    fuzzy = f' subState="{FUZZY_SUBSTATE}"' if entry.fuzzy and state == "translated" else ""
    lines.append(f'      <segment state="{state}"{fuzzy}>')
    lines.append(f"        <source>{inline_text(entry.msgid, where)}</source>")
    if state != "initial":
        lines.append(f"        <target>{inline_text(entry.msgstr, where)}</target>")
    lines += ["      </segment>", "    </unit>"]
    return lines
