"""TBX (ISO 30042), the TBX-Basic dialect: a language's glossary out to terminology tools and in from them.

Writing: one ``conceptEntry`` per glossary term, a ``langSec`` for the
source (the Arabic term) and one for the language: the agreed translation
as a ``termSec`` with ``administrativeStatus`` = ``preferredTerm-admn-sts``
and the term's note as its ``note``, each forbidden variant as a ``termSec``
with ``deprecatedTerm-admn-sts``.  By default TBX v3 (ISO 30042:2019,
``<tbx type="TBX-Basic" style="dca">``), valid against the TBX core grammar
and the TBX-Basic Schematron rules; ``version=2`` writes the same in the
older ``<martif type="TBX-Basic">`` form (ISO 30042:2008) that
translate-toolkit (Weblate, Pootle), OmegaT 3.x and older MultiTerm read.
The bytes depend on the glossary only.

Reading (v2 or v3, streaming like every XML kztr reads): per concept, the
source-language terms that are not deprecated become glossary sources, the
language's preferred term (or first admitted one) the target, its
deprecated and superseded terms the forbidden variants, the ``note``
elements the note.  Everything else (definitions, contexts, subject fields,
parts of speech, transactions, other admitted terms…) has no place in a
kztr glossary and is listed, with its line, as not mapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kztr.errors import ExchangeError
from kztr.exchange.tmx import language_tag, matches_language
from kztr.exchange.xmlsafe import XML_LANG, Node, escape_attr, escape_text, stream_xml
from kztr.glossary import Glossary, Term

TBX_NS = "urn:iso:std:iso:30042:ed-2"
PREFERRED, ADMITTED = "preferredTerm-admn-sts", "admittedTerm-admn-sts"
FORBIDDING = ("deprecatedTerm-admn-sts", "supersededTerm-admn-sts")
_CONCEPTS = frozenset({"conceptEntry", "termEntry"})
_TEXTS = frozenset({"term", "termNote", "note", "descrip", "admin", "transac", "date", "transacNote", "ref", "xref",
                    "p"})
_CODES = frozenset({"ph", "bpt", "ept", "sc", "ec"})


# ---------------------------------------------------------------- writing


def generate_tbx(glossary: Glossary, srclang: str, locale: str, version: int = 3) -> str:
    """The TBX-Basic document of a glossary: v3 (DCA style) or v2 (martif)."""
    source_tag, target_tag = escape_attr(language_tag(srclang)), escape_attr(language_tag(locale))
    where = glossary.path
    if version == 3:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>',
                 f'<tbx type="TBX-Basic" style="dca" xml:lang="{source_tag}" xmlns="{TBX_NS}">']
        names = ("tbxHeader", "conceptEntry", "langSec", "termSec")
    else:
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<martif type="TBX-Basic" xml:lang="{source_tag}">']
        names = ("martifHeader", "termEntry", "langSet", "tig")
    header, concept, language, term_section = names
    lines += [f"  <{header}>", "    <fileDesc>", "      <sourceDesc>",
              f"        <p>kztr glossary: {escape_text(glossary.path, where)}</p>",
              "      </sourceDesc>", "    </fileDesc>", f"  </{header}>", "  <text>", "    <body>"]
    for number, term in enumerate(glossary.terms, start=1):
        lines += [f'      <{concept} id="c{number}">',
                  f'        <{language} xml:lang="{source_tag}">',
                  f"          <{term_section}><term>{escape_text(term.source, where)}</term></{term_section}>",
                  f"        </{language}>",
                  f'        <{language} xml:lang="{target_tag}">']
        variants = [(term.target, PREFERRED, term.note)] + [(text, FORBIDDING[0], "") for text in term.forbidden]
        for text, status, note in variants:
            lines.append(f"          <{term_section}>")
            lines.append(f"            <term>{escape_text(text, where)}</term>")
            lines.append(f'            <termNote type="administrativeStatus">{status}</termNote>')
            if note:
                lines.append(f"            <note>{escape_text(note, where)}</note>")
            lines.append(f"          </{term_section}>")
        lines += [f"        </{language}>", f"      </{concept}>"]
    lines += ["    </body>", "  </text>", "</tbx>" if version == 3 else "</martif>", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class TbxContent:
    """What a TBX file gave a language's glossary, and what it had that a glossary cannot hold."""

    terms: tuple[Term, ...]
    unmapped: tuple[str, ...]  # "what (n): lines a, b…", in order of first appearance
    concepts: int
    skipped: int  # concepts without a source term or a translation in the language
    dialect: str  # the root's type attribute (TBX-Basic, TBX-Default…), as written


def read_tbx(source: Path | bytes, shown: str, srclang: str, locale: str) -> TbxContent:
    """The glossary terms of a TBX file (v2 ``martif`` or v3 ``tbx``) for ``srclang`` → ``locale``."""
    terms: list[Term] = []
    unmapped: dict[str, list[int]] = {}
    root: Node | None = None
    concepts = skipped = 0
    for kind, node in stream_xml(source, shown, _CONCEPTS, _TEXTS, _CODES):
        if root is None:
            root = node
            if node.name not in ("tbx", "martif"):
                raise ExchangeError(f"not a TBX file (the root element is <{node.name}>)", path=shown, line=node.line)
        if kind != "record":
            continue
        concepts += 1
        found = _concept(node, srclang, locale, unmapped)
        if not found:
            skipped += 1
        terms += found
    if root is None:
        raise ExchangeError("not a TBX file: empty", path=shown)
    listed = tuple(f"{what} ({len(lines)}): line{'s' if len(lines) > 1 else ''} "
                   + ", ".join(str(line) for line in lines[:5]) + ("…" if len(lines) > 5 else "")
                   for what, lines in unmapped.items())
    return TbxContent(tuple(terms), listed, concepts, skipped, root.get("type"))


def _concept(node: Node, srclang: str, locale: str, unmapped: dict[str, list[int]]) -> list[Term]:
    """The glossary terms one concept gives (one per source term); what it has besides is noted."""
    notes: list[str] = []
    sources: list[str] = []
    targets: list[tuple[str, str, list[str]]] = []  # (term, status, notes)
    for child in node.children:
        if child.name in ("langSec", "langSet"):
            lang = child.get(XML_LANG)
            if matches_language(lang, srclang):
                sources += [text for text, status, _ in _terms(child, unmapped) if status not in FORBIDDING]
            elif matches_language(lang, locale):
                targets += _terms(child, unmapped)
            else:
                continue  # another language: nothing to map, nothing lost for this glossary
            notes += _notes(child, unmapped)
        elif child.name == "note":
            notes.append(_one_line(child.text))
        else:
            _unmapped(child, unmapped)
    usable = [item for item in targets if item[1] not in FORBIDDING]
    if not sources or not usable:
        return []
    chosen = next((item for item in usable if item[1] == PREFERRED), usable[0])
    for text, _, _ in usable:
        if text != chosen[0]:
            unmapped.setdefault("another admitted translation (a glossary keeps one)", []).append(node.line)
    forbidden = tuple(dict.fromkeys(text for text, status, _ in targets if status in FORBIDDING))
    note = "; ".join(dict.fromkeys(text for text in notes + chosen[2] if text))
    return [Term(text, chosen[0], note, forbidden, node.line) for text in dict.fromkeys(sources)]


def _terms(section: Node, unmapped: dict[str, list[int]]) -> list[tuple[str, str, list[str]]]:
    """(term, administrative status, notes) of a language section's term sections (v3 termSec, v2 tig,
    ntig/termGrp)."""
    found = []
    for child in section.children:
        if child.name not in ("termSec", "tig", "ntig"):
            continue
        holder = child.find("termGrp") if child.name == "ntig" else child
        holder = holder if holder is not None else child
        term = holder.find("term")
        if term is None or not _one_line(term.text):
            continue
        status, notes = "", []
        for item in holder.children + ([c for c in child.children if c is not holder] if holder is not child else []):
            if item.name == "term":
                continue
            if item.name == "termNote" and item.get("type") == "administrativeStatus":
                status = _one_line(item.text)
            elif item.name == "note":
                notes.append(_one_line(item.text))
            elif item.name != "termGrp":
                _unmapped(item, unmapped)
        found.append((_one_line(term.text), status, notes))
    return found


def _notes(section: Node, unmapped: dict[str, list[int]]) -> list[str]:
    notes = []
    for child in section.children:
        if child.name == "note":
            notes.append(_one_line(child.text))
        elif child.name not in ("termSec", "tig", "ntig"):
            _unmapped(child, unmapped)
    return notes


def _unmapped(node: Node, unmapped: dict[str, list[int]]) -> None:
    kind = node.get("type")
    what = f"<{node.name} type=\"{kind}\">" if kind else f"<{node.name}>"
    unmapped.setdefault(what, []).append(node.line)


def _one_line(text: str) -> str:
    """A TBX text as a glossary cell holds it: one line, spaces collapsed (a TSV cell has no tab or newline)."""
    return " ".join(text.split())
