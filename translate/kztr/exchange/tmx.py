"""TMX 1.4b: write a language's translated units, read a TMX into memory units.

Writing: one ``tu`` per unit, the document and the unit's note as
properties, translator comments as ``note``; dates come from the catalog
(``PO-Revision-Date``), never from the clock, so exporting twice gives the
same bytes.  The output is valid against the TMX 1.4 DTD (tests check it with
xmllint) and carries no DOCTYPE, so no reader goes looking for the DTD.

Reading streams through ``kztr.exchange.xmlsafe`` (no entities, no DTD, no
network; one ``tu`` in memory at a time) and serves every project language
from one pass.  A ``tu`` gives a pair for a language when it has a variant in
the source language and one in that language, by each ``tuv``'s own
``xml:lang`` (the header's ``srclang`` is reported, not trusted: po2tmx
writes ``en`` whatever the source is).  Inline codes (``bpt``, ``ph``…) are
dropped, the text around them kept; a segment's text is kept as it is,
spaces at its ends included (only NFC-normalised).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC
from functools import lru_cache
from pathlib import Path

from kztr.errors import ExchangeError
from kztr.exchange.xmlsafe import escape_attr, escape_text
from kztr.reuse.memory import MemoryUnit

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
    """What a TMX file gave for the wanted languages, from one reading."""

    units: dict[str, tuple[MemoryUnit, ...]]  # per wanted language (empty when only counted)
    counts: dict[str, int]  # per wanted language: the source-translation pairs
    declared: str  # the header's srclang, as written
    sources: tuple[str, ...]  # the tags of the tuv variants read as the source
    skipped: int  # tu elements that gave no pair for any wanted language
    languages: tuple[str, ...]  # every tuv language in the file

    @property
    def header_differs(self) -> bool:
        """The header names another source language than the variants that were read as the source."""
        return bool(self.sources) and self.declared.casefold() != "*all*" and \
            not any(matches_language(tag, self.declared) for tag in self.sources)


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
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


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


@lru_cache(maxsize=1024)
def matches_language(tag: str, wanted: str) -> bool:
    """Whether a language tag is the wanted language, in any case (BCP 47 tags are case-insensitive);
    a wanted tag without a region takes any region.

    >>> matches_language("EN-gb", "en"), matches_language("en", "en_GB"), matches_language("pt-BR", "pt_BR")
    (True, False, True)
    """
    tag, wanted = tag.replace("_", "-").casefold(), wanted.replace("_", "-").casefold()
    return tag == wanted or ("-" not in wanted and tag.split("-")[0] == wanted)


def _source(text: str) -> str:
    """A source segment as kztr's units are: NFC, whitespace collapsed (so it can match a unit exactly)."""
    from kztr.text.segment import normalize_text

    return normalize_text(text)


def _target(text: str) -> str:
    """A translation exactly as the segment has it (TMX ``seg`` content is significant), in NFC."""
    return unicodedata.normalize("NFC", text)


def is_tmx(path: Path) -> bool:
    """The one rule for what counts as a TMX file by its name: it ends in .tmx, in any case.

    >>> is_tmx(Path("tm/AGENCY.TMX")), is_tmx(Path("tm/agency.tmx.bak"))
    (True, False)
    """
    return path.suffix.casefold() == ".tmx"


def read_tmx(source: Path | bytes, shown: str, srclang: str, locales: tuple[str, ...],
             keep: bool = True) -> TmxContent:
    """The ``srclang`` → ``locales`` pairs of a TMX file, in one streaming pass (``keep=False``: count them
    only); a file that is not TMX is an ``ExchangeError``.

    Which variant is the source and which a translation is decided by each ``tuv``'s language, not by
    the header's ``srclang`` (translate-toolkit's po2tmx writes ``srclang="en"`` whatever the source).
    """
    from kztr.exchange.xmlsafe import XML_LANG, stream_xml, text_for_po

    units: dict[str, list[MemoryUnit]] = {locale: [] for locale in locales}
    counts = dict.fromkeys(locales, 0)
    languages: set[str] = set()
    sources: set[str] = set()
    declared, skipped = "", 0
    seen: set[str] = set()
    for kind, node in stream_xml(source, shown, frozenset({"tu"}), frozenset({"seg"}), _CODES):
        if kind == "start":
            if not seen and node.name != "tmx":
                raise ExchangeError(f"not a TMX file (the root element is <{node.name}>, not <tmx>)",
                                    path=shown, line=node.line)
            seen.add(node.name)
            if node.name == "header":
                declared = node.get("srclang")
            continue
        if kind != "record":
            continue
        found: str | None = None
        targets: dict[str, tuple[str, int]] = {}
        for tuv in node.findall("tuv"):
            lang = tuv.get(XML_LANG) or tuv.get("lang")
            languages.add(lang)
            seg = tuv.find("seg")
            if seg is None:
                continue
            if found is None and matches_language(lang, srclang):  # it may become a #| previous msgid
                found = text_for_po(_source(seg.text), shown, tuv.line)
                sources.add(lang)
                continue
            for locale in locales:
                if locale not in targets and matches_language(lang, locale):
                    targets[locale] = (seg.text, tuv.line)
        paired = False
        for locale, (text, line) in targets.items():
            target = text_for_po(_target(text), shown, line)
            if found and target.strip():
                paired = True
                counts[locale] += 1
                if keep:
                    units[locale].append(MemoryUnit(found, target, shown))
        skipped += not paired
    if "header" not in seen or "body" not in seen:
        raise ExchangeError("not a TMX file: no <header> or <body>", path=shown, line=1)
    return TmxContent({locale: tuple(found) for locale, found in units.items()}, counts, declared,
                      tuple(sorted(sources)), skipped, tuple(sorted(languages)))


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
