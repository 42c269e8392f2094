"""Catalogs laid out as kztr and ``msgcat`` write them, read one entry per regular-expression match.

The strict reader (``kztr.po.catalog``) takes a catalog line by line, as
gettext does: every layout gettext reads, every error at its line.  Nearly
every catalog kztr meets is laid out one way (kztr writes it so, and Poedit,
Weblate and msgcat keep it): comments in the order ``#`` ``#.`` ``#:``
``#,`` ``#|``, then ``msgid`` and ``msgstr``, each string on its line (or
continued on the following ones), entries separated by blank lines,
obsolete ones with ``#~``.  This reads such a catalog with one match per
entry, five to ten times faster than line by line.

It only ever reads a catalog the line reader reads the same way: anything
else (a context, plurals, ``#!``, a CR, comments in another order, a
duplicate, an escape that is wrong, trailing text) makes it give up, and the
line reader reads the whole catalog (and names the error).
tests/test_catalog.py compares the two readers on every catalog of the tests
and benchmarks and on thousands of mutated ones.
"""

from __future__ import annotations

import re

from kztr.errors import CatalogError
from kztr.model import Entry
from kztr.po.podecode import unescape_pieces

_BODY = r'"[^"\\\n]*(?:\\[^\n][^"\\\n]*)*"'
_PIECE = re.compile(r'"([^"\\\n]*(?:\\[^\n][^"\\\n]*)*)"')
FLAG = re.compile(r"range:\s*[^,\s]+|[^,\s]+")  # one flag of a ``#,`` line (the line reader's too)


def _entry_pattern(keyword: str, previous: str) -> re.Pattern:
    """One entry: comments, an optional previous msgid, msgid and msgstr, each string on its line
    or continued on the following ones (``keyword`` and ``previous``: the prefixes of their lines).
    A string without escapes on one line is captured bare (the usual case), any other whole."""
    def string(prefix: str) -> str:
        return rf'(?:"([^"\\\n]*)"(?!\n{prefix}")|({_BODY}(?:\n{prefix}{_BODY})*))'

    return re.compile(
        r"((?:#(?: [^\n]*)?\n)*)"  # translator comments
        r"((?:#\.[^\n]*\n)*)"  # extracted comments
        r"((?:#:[^\n]*\n)*)"  # references
        r"((?:#,[^\n]*\n)*)"  # flags
        rf"(?:{previous}msgid {string(previous)}\n)?"
        rf"{keyword}msgid {string(keyword)}\n"
        rf"{keyword}msgstr {string(keyword)}(?:\n|\Z)\n*")


_LIVE = _entry_pattern("", r"#\| ")
_OBSOLETE = _entry_pattern("#~ ", r"#~\| ")
_CONTINUED = re.compile(r"\n(?:#~\|? |#\| )?")


class GiveUp(Exception):
    """The catalog is not laid out the usual way: the line reader must read it."""


def read_entries(text: str, shown: str, codec: str) -> tuple[Entry | None, list[Entry]]:
    """The header entry (None if there is none) and the other entries, as the line reader gives them.

    Raises ``GiveUp`` for any layout it does not read, or any catalog the line reader would refuse.
    """
    if "\r" in text:
        raise GiveUp
    entries: list[Entry] = []
    header: Entry | None = None
    seen: set[str] = set()
    seen_obsolete: set[str] = set()
    live, obsolete, count = _LIVE.match, _OBSOLETE.match, text.count
    # Comment lines repeat from entry to entry (block kinds, glossary notes, fuzzy): one tuple for each
    # distinct run of them, not one per entry (a 100,000-unit catalog holds tens of megabytes less).
    shared: dict[str, tuple[str, ...]] = {}
    position, line, end = 0, 1, len(text)
    while position < end and text[position] == "\n":  # blank lines before the first entry
        position += 1
    line += position
    while position < end:
        match = live(text, position)
        is_obsolete = match is None
        if match is None:
            match = obsolete(text, position)
            if match is None:
                raise GiveUp
        (translator, extracted, references, flags, previous, previous_whole, msgid, msgid_whole,
         msgstr, msgstr_whole) = match.groups()
        entry = Entry(  # positional: as fast as bypassing __init__, and a third of the memory
            msgid if msgid is not None else _text(msgid_whole, shown, codec),
            msgstr if msgstr is not None else _text(msgstr_whole, shown, codec),
            None, None, (),
            (shared.get(translator) or shared.setdefault(translator, _comments(translator, 1))) if translator else (),
            (shared.get(extracted) or shared.setdefault(extracted, _comments(extracted, 2))) if extracted else (),
            _words(references) if references else (),
            (shared.get(flags) or shared.setdefault(flags, _flags(flags))) if flags else (),
            None,
            (previous if previous is not None else _text(previous_whole, shown, codec)
             if previous_whole is not None else None),
            None, is_obsolete, line)
        if is_obsolete:
            if entry.msgid in seen_obsolete:
                raise GiveUp  # two obsolete entries with one msgid: the line reader says where
            seen_obsolete.add(entry.msgid)
            entries.append(entry)
        elif entry.msgid in seen or (entry.msgid == "" and header is not None):
            raise GiveUp  # a duplicate message or header: the line reader says where
        elif entry.msgid == "":
            header = entry
        else:
            seen.add(entry.msgid)
            entries.append(entry)
        line += count("\n", position, match.end())
        position = match.end()
    return header, entries


def _comments(lines: str, mark: int) -> tuple[str, ...]:
    """Comment texts after their mark (``#`` or ``#.``), one leading space dropped, as the line reader does."""
    return tuple([body[mark + 1:] if body[mark:mark + 1] == " " else body[mark:] for body in lines[:-1].split("\n")])


def _words(lines: str) -> tuple[str, ...]:
    """The references of ``#:`` lines."""
    if lines.count("\n") == 1:
        return tuple(lines[2:].split())
    return tuple(word for each in lines[:-1].split("\n") for word in each[2:].split())


def _flags(lines: str) -> tuple[str, ...]:
    return tuple(flag for each in lines[:-1].split("\n") for flag in FLAG.findall(each[2:]))


def _text(literal: str, shown: str, codec: str) -> str:
    """The text of a string with escapes or continued over lines."""
    pieces = _PIECE.findall(_CONTINUED.sub("", literal)) if "\n" in literal else [literal[1:-1]]
    try:
        return unescape_pieces(pieces, shown, 0, codec)
    except CatalogError:
        raise GiveUp from None  # the line reader names the string's own line
