"""TMX 1.4b: write a language's translated units, read a TMX into memory units.

Writing: one ``tu`` per unit, the document and the unit's note as
properties, translator comments as ``note``; dates come from the catalog
(``PO-Revision-Date``), never from the clock, so exporting twice gives the
same bytes.  The output is valid against the TMX 1.4 DTD (tests check it with
xmllint) and carries no DOCTYPE, so no reader goes looking for the DTD.

Reading goes through ``kztr.exchange.xmlsafe`` (no entities, no DTD, no network).
Only ``tu`` elements with a variant in the source language and one in the
wanted target language are used; inline codes (``bpt``, ``ph``…) are dropped,
their surrounding text kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kztr.errors import ExchangeError
from kztr.reuse.memory import MemoryUnit
from kztr.exchange.xmlsafe import escape_attr, escape_text, local_name, parse_xml, plain_text, text_for_po

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
_PO_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?::(\d\d))?([+-])(\d\d)(\d\d)")


@dataclass(frozen=True)
class TmxUnit:
    """A unit to write: its source and translation, and what travels with them."""

    source: str
    target: str
    document: str = ""
    note: str = ""
    comments: tuple[str, ...] = ()
    date: str = ""


@dataclass(frozen=True)
class TmxContent:
    """What a TMX file gave for one language pair."""

    units: tuple[MemoryUnit, ...]
    srclang: str
    skipped: int
    languages: tuple[str, ...]


def language_tag(locale: str) -> str:
    """A gettext locale as a BCP 47 tag (what TMX and XLIFF use).

    >>> language_tag("pt_BR")
    'pt-BR'
    """
    return locale.replace("_", "-")


def tmx_date(po_date: str | None) -> str:
    """A PO header date in TMX's form (UTC), or '' when there is none.

    >>> tmx_date("2026-11-28 18:39+0300")
    '20261128T153900Z'
    """
    from datetime import datetime, timedelta, timezone

    match = _PO_DATE.fullmatch((po_date or "").strip())
    if not match:
        return ""
    year, month, day, hour, minute, second, sign, off_h, off_m = match.groups()
    offset = timedelta(hours=int(off_h), minutes=int(off_m)) * (1 if sign == "+" else -1)
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
                          tzinfo=timezone(offset))
    except ValueError:
        return ""
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def generate_tmx(units: list[TmxUnit], srclang: str, locale: str, tool_version: str) -> str:
    """The TMX 1.4b document for ``units`` (source ``srclang``, target ``locale``)."""
    source_tag, target_tag = language_tag(srclang), language_tag(locale)
    dates = [unit.date for unit in units if unit.date]
    created = f' creationdate="{max(dates)}"' if dates else ""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<tmx version="1.4">',
        f'  <header creationtool="kztr" creationtoolversion="{escape_attr(tool_version)}" segtype="sentence" '
        f'o-tmf="PO" adminlang="en" srclang="{escape_attr(source_tag)}" datatype="plaintext"{created}/>',
        "  <body>",
    ]
    for unit in units:
        where = unit.document or "tmx"
        dated = f' creationdate="{unit.date}" changedate="{unit.date}"' if unit.date else ""
        lines.append(f'    <tu srclang="{escape_attr(source_tag)}" datatype="plaintext"{dated}>')
        if unit.document:
            lines.append(f'      <prop type="x-document">{escape_text(unit.document, where)}</prop>')
        if unit.note:
            lines.append(f'      <prop type="x-note">{escape_text(unit.note, where)}</prop>')
        lines += [f"      <note>{escape_text(comment, where)}</note>" for comment in unit.comments]
        lines += [
            f'      <tuv xml:lang="{escape_attr(source_tag)}"><seg>{escape_text(unit.source, where)}</seg></tuv>',
            f'      <tuv xml:lang="{escape_attr(target_tag)}"><seg>{escape_text(unit.target, where)}</seg></tuv>',
            "    </tu>",
        ]
    lines += ["  </body>", "</tmx>", ""]
    return "\n".join(lines)


def _matches(tag: str, wanted: str) -> bool:
    """Whether a TMX language tag is the wanted language (a region-less wanted tag takes any region)."""
    tag, wanted = tag.replace("_", "-").casefold(), wanted.replace("_", "-").casefold()
    return tag == wanted or ("-" not in wanted and tag.split("-")[0] == wanted)


def _source(text: str) -> str:
    """A source segment as kztr's units are: NFC, whitespace collapsed (so it can match a unit exactly)."""
    from kztr.text.segment import normalize_text

    return normalize_text(text)


def _target(text: str) -> str:
    """A translation as written (a no-break space in "10 000" stays), NFC, without surrounding blanks."""
    return unicodedata.normalize("NFC", text).strip(" \t\r\n")


def read_tmx(data: bytes, shown: str, srclang: str, locale: str) -> TmxContent:
    """The ``srclang`` → ``locale`` pairs of a TMX file; a file that is not TMX is an ``ExchangeError``."""
    document = parse_xml(data, shown)
    root = document.root
    if local_name(root) != "tmx":
        raise ExchangeError(f"not a TMX file (the root element is <{local_name(root)}>, not <tmx>)",
                            path=shown, line=document.line(root))
    header = next((child for child in root if local_name(child) == "header"), None)
    body = next((child for child in root if local_name(child) == "body"), None)
    if header is None or body is None:
        raise ExchangeError("not a TMX file: no <header> or <body>", path=shown, line=document.line(root))
    declared = header.get("srclang", "")
    if declared and declared.casefold() != "*all*" and not _matches(declared, srclang):
        raise ExchangeError(f"source language {declared!r}, not the project's {srclang!r}",
                            path=shown, line=document.line(header))
    units, skipped, languages = [], 0, set()
    for tu in body:
        if local_name(tu) != "tu":
            continue
        source = target = None
        for tuv in tu:
            if local_name(tuv) != "tuv":
                continue
            lang = tuv.get(XML_LANG) or tuv.get("lang") or ""
            languages.add(lang)
            seg = next((child for child in tuv if local_name(child) == "seg"), None)
            if seg is None:
                continue
            if source is None and _matches(lang, srclang):  # it may become a #| previous msgid
                source = text_for_po(_source(plain_text(seg, _CODES)), shown, document.line(tuv))
            elif target is None and _matches(lang, locale):
                target = text_for_po(_target(plain_text(seg, _CODES)), shown, document.line(tuv))
        if source and target:
            units.append(MemoryUnit(source, target, shown))
        else:
            skipped += 1
    return TmxContent(tuple(units), declared, skipped, tuple(sorted(languages)))


def read_tmx_file(path: Path, shown: str, srclang: str, locale: str) -> TmxContent:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(f"cannot read: {exc.strerror}", path=shown) from None
    return read_tmx(data, shown, srclang, locale)


def generate_moses(units: list[TmxUnit], srclang: str, locale: str, tokenise: bool) -> tuple[str, str]:
    """The units as two aligned plain-text files (one sentence a line), optionally Moses-tokenised."""
    sources = [_one_line(unit.source) for unit in units]
    targets = [_one_line(unit.target) for unit in units]
    if tokenise:
        from sacremoses import MosesTokenizer

        source_tok, target_tok = MosesTokenizer(lang=srclang.split("_")[0]), MosesTokenizer(lang=locale.split("_")[0])
        sources = [source_tok.tokenize(text, return_str=True, escape=False) for text in sources]
        targets = [target_tok.tokenize(text, return_str=True, escape=False) for text in targets]
    return "".join(f"{line}\n" for line in sources), "".join(f"{line}\n" for line in targets)


def _one_line(text: str) -> str:
    """One line of a plain-text corpus: line breaks become spaces, every other character stays."""
    return " ".join(text.splitlines()).strip()
