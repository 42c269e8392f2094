"""Read source documents (plain text, Markdown) into blocks.

Decoding is strict: UTF-8 only (a BOM and CRLF line ends are accepted).  A
file in another encoding is refused with a guess of what it is and the
command that converts it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from kztr.errors import SourceError, display_path
from kztr.model import TABLE_CELL, Block, Document, ListItem, SkippedLine, TableCell, is_markdown
from kztr.text.segment import CLOSERS, TERMINATORS, normalize_text

SOURCE_SUFFIXES = (".txt", ".md")
HEADING_MAX_WORDS = 20
# Invisible direction marks say nothing a translator should see in a msgid.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def list_sources(source_dir: Path, relative_to: Path) -> list[Path]:
    """The source documents of a project, sorted; refuses a missing or empty folder."""
    if not source_dir.is_dir():
        raise SourceError("source folder not found", path=display_path(source_dir, relative_to))
    found = sorted(
        path for path in source_dir.iterdir()
        if path.is_file() and path.suffix in SOURCE_SUFFIXES and not path.name.startswith(".")
    )
    if not found:
        raise SourceError(
            f"no source documents ({', '.join(SOURCE_SUFFIXES)}) in this folder",
            path=display_path(source_dir, relative_to),
        )
    return found


def decode_source(data: bytes, shown: str) -> str:
    """Decode a source file's bytes, or say what encoding it seems to be in.

    An empty file decodes to no text: like a file without a line in the source
    language, it is a document with nothing to translate (the caller says so).
    """
    if not data.strip():
        return ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(
            "file is UTF-16, not UTF-8; convert it: iconv -f UTF-16 -t UTF-8",
            path=shown,
        )
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError("binary data (NUL byte): not a text document", path=shown, line=line)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x}); {_guess_encoding(data, shown)}",
            path=shown,
            line=line,
        ) from None
    text = _BIDI_CONTROLS.sub("", text)
    return unicodedata.normalize("NFC", text)


def _guess_encoding(data: bytes, shown: str) -> str:
    for encoding, name in (("cp1256", "Windows-1256 (Arabic)"), ("iso-8859-6", "ISO-8859-6 (Arabic)")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = sum(1 for char in text if char.isalpha())
        arabic = sum(1 for char in text if "\u0600" <= char <= "\u06ff")
        if letters and arabic / letters > 0.5:
            code = "CP1256" if encoding == "cp1256" else "ISO-8859-6"
            return f"it looks like {name}; convert it: iconv -f {code} -t UTF-8 -o {shown}.utf8 {shown}"
    return f"convert it to UTF-8 first: iconv -f ENCODING -t UTF-8 -o {shown}.utf8 {shown}"


def read_source(path: Path, root: Path, script: str, skip_patterns: tuple[str, ...] = (),
                normalize=normalize_text, unwrap: bool = False) -> Document:
    """Read one source document into blocks; ``script`` is the source's Unicode script.

    ``normalize`` makes a block's text (a translation read by ``kztr align`` keeps its no-break spaces);
    ``unwrap``: plain text wrapped at a fixed width (``hard_wrapped``) has its paragraphs' lines joined."""
    shown = display_path(path, root)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", path=shown) from None
    text = decode_source(data, shown)
    is_letter = _script_letter(script)
    skips = [re.compile(pattern) for pattern in skip_patterns]
    markdown = is_markdown(path)
    raw_blocks = _markdown_blocks(text) if markdown else _text_blocks(text, is_letter, unwrap)
    blocks: list[Block] = []
    skipped: list[SkippedLine] = []
    verbatim: list[Block] = []
    section = ""
    for kind, line, content, *place in raw_blocks:
        structure = place[0] if place else {}
        normalized = normalize(content)
        if not normalized:
            continue
        if any(pattern.search(normalized) for pattern in skips):
            skipped.append(SkippedLine(line, normalized, "matches a skip pattern"))
            continue
        if kind == "code":
            skipped.append(SkippedLine(line, normalized, "code block"))
            verbatim.append(Block("code", content.rstrip("\n"), line, len(blocks), section))
            continue
        if not is_letter(normalized):
            cell = f"{TABLE_CELL} with " if kind == "table-cell" else ""
            skipped.append(SkippedLine(line, normalized, f"{cell}no {script} letter"))
            if markdown:  # part of the document's structure, not web chrome
                verbatim.append(Block(kind, normalized, line, len(blocks), section, **structure))
            continue
        if kind in ("title", "heading"):
            section = normalized
        blocks.append(Block(kind=kind, text=normalized, line=line, index=len(blocks), section=section,
                            **structure))
    return Document(
        doc_id=path.stem,
        path=path,
        relpath=shown,
        blocks=tuple(blocks),
        skipped=tuple(skipped),
        verbatim=tuple(verbatim),
    )


def letter_scripts(text: str) -> dict[str, int]:
    """How many letters of each script a text has (Unicode names: ``Arabic``, ``Cyrillic``…),
    most first (a tie: the script met first).

    A letter's script is the first word of its Unicode name (``Han`` for ``CJK``).
    Letters of the common alphabets are counted in runs by regular expressions;
    only what is left (punctuation, digits, marks, rarer letters) is counted
    character by character, in C: a 100,000-unit source is read in a fraction
    of a second.

    >>> letter_scripts("Привет, мир! سلام")
    {'Cyrillic': 9, 'Arabic': 4}
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    rest = text
    for script, letters, runs in _alphabets():
        # a run takes the spaces and line ends between words too: far fewer, longer runs
        stripped = runs.sub("", rest)
        removed = len(rest) - len(stripped)
        removed -= rest.count(" ") - stripped.count(" ") + rest.count("\n") - stripped.count("\n")
        if removed:
            counts[script] = removed
            found = letters.search(text)
            assert found is not None  # runs of this script's letters were removed from the text
            first[script] = found.start()
        rest = stripped
    for char, count in Counter(rest).items():
        if char.isalpha():
            script = _letter_script(char)
            counts[script] = counts.get(script, 0) + count
            first[script] = min(first.get(script, len(text)), text.index(char))
    return dict(sorted(counts.items(), key=lambda item: (-item[1], first[item[0]])))


def _letter_script(char: str) -> str:
    script = unicodedata.name(char, "UNKNOWN").split()[0].title()
    return "Han" if script == "Cjk" else script


# Blocks whose letters are counted in runs: by far the most common letters of sources.
_ALPHABET_BLOCKS = (("Arabic", 0x0600, 0x06FF), ("Latin", 0x0000, 0x024F), ("Cyrillic", 0x0400, 0x04FF))


@lru_cache(maxsize=1)
def _alphabets() -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    """For each block: its letters of that script (by the definition above), and runs of them with spaces."""
    found = []
    for script, start, end in _ALPHABET_BLOCKS:
        chars = "".join(re.escape(chr(code)) for code in range(start, end + 1)
                        if chr(code).isalpha() and _letter_script(chr(code)) == script)
        found.append((script, re.compile(f"[{chars}]"), re.compile(f"[{chars} \n]+")))
    return tuple(found)


def document_scripts(document: Document) -> dict[str, int]:
    """``letter_scripts`` of a whole document: its blocks and the lines it skipped (a file in another script is
    mostly skipped lines: they hold the letters that say which)."""
    return letter_scripts("\n".join([*(block.text for block in document.blocks),
                                     *(line.text for line in document.skipped)]))


def source_note(document: Document, script: str, language: str) -> str | None:
    """Why a document gives no unit, or why its units look wrong; None when all is well.

    ``script`` is the source language's script (``Arabic``), ``language`` its code as set.
    """
    text_scripts = document_scripts(document)
    total = sum(text_scripts.values())
    main = next(iter(text_scripts), None)
    question = f"is source-language = \"{language}\" right?"
    if not document.blocks:
        if not total:
            return "empty file: nothing to translate" if not document.skipped else "no letters: nothing to translate"
        return f"no {script} text: nothing to translate (its letters are {main}: {question})"
    if main is not None and main != script and text_scripts[main] > total / 2:
        return (f"most of its letters are {main}, not {script} ({question}); "
                f"{len(document.skipped)} lines skipped")
    return None


def _script_letter(script: str):
    import regex

    pattern = regex.compile(rf"\p{{Script={script}}}")

    def has_letter(text: str) -> bool:
        return any(char.isalpha() and pattern.match(char) for char in text)

    return has_letter


def _ends_sentence(text: str) -> bool:
    return text.rstrip(CLOSERS).endswith(tuple(TERMINATORS))


def _is_short(text: str) -> bool:
    return len(text.split()) <= HEADING_MAX_WORDS and not _ends_sentence(text)


def _text_blocks(text: str, is_content, unwrap: bool = False) -> list[tuple[str, int, str]]:
    """Plain text: every non-empty line is a block; decide titles, headings, byline.

    Lines without a letter of the source script (``is_content``) are chrome.
    Leading short lines (no sentence-final punctuation) are the kicker and the
    title; a later short line followed by a paragraph is a heading; a short
    last line is the byline. With ``unwrap``, a text wrapped at a fixed width has
    each run of lines (a paragraph) as one line, numbered as its first.
    """
    lines = [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1)]
    if unwrap and hard_wrapped([line for _, line in lines]):
        lines = _joined_runs(lines)
    content = [(number, line) for number, line in lines if line and is_content(line)]
    chrome = [(number, line) for number, line in lines if line and not is_content(line)]
    blocks: list[tuple[str, int, str]] = []
    leading = 0
    while leading < len(content) and _is_short(content[leading][1]):
        leading += 1
    for position, (number, line) in enumerate(content):
        following = content[position + 1][1] if position + 1 < len(content) else None
        if position < leading:
            kind = _leading_kind(position, leading)
        elif not _is_short(line):
            kind = "paragraph"
        elif following is not None and not _is_short(following):
            kind = "heading"
        elif following is None and position > 0:
            kind = "byline"
        else:
            kind = "paragraph"
        blocks.append((kind, number, line))
    blocks.extend(("chrome", number, line) for number, line in chrome)
    blocks.sort(key=lambda block: block[1])
    return blocks


# A wrapped text: the lines that go on in the next line (every line of a paragraph but its last) end within this
# many characters of the text's longest line (a word longer than that is rare), that line is at most WRAP_MAX,
# and most of them end inside a sentence (in a text of one paragraph per line, every paragraph's line ends one).
WRAP_SLACK = 25
WRAP_MAX = 120
WRAP_SHARE = 0.8  # of the lines that go on
WRAP_LEAST = 3  # lines that go on: fewer say nothing


_WORD_HYPHEN = re.compile(r"[^\W\d_][-\u2010]$")


def hard_wrapped(lines: list[str]) -> bool:
    """Is a plain text wrapped at a fixed width (an e-mail, ``fmt``), its paragraphs' lines broken anywhere,
    rather than one paragraph per line (kztr's sources)?

    >>> hard_wrapped(["As they welcomed 2022, the people of Kazakhstan hoped it would bring",
    ...               "more good to a world still suffering from two years of uncertainty",
    ...               "and a pandemic that had claimed many lives. The year 2022 cannot",
    ...               "be described as an easy one.", "", "Diplomacy"])
    True
    >>> hard_wrapped(["Diplomacy", "Taking Stock of Kazakhstan’s International Achievements in 2022",
    ...               "As they welcomed 2022, the people of Kazakhstan hoped it would bring more good.",
    ...               "Astana hosted the summit.", "The year 2022 cannot be described as an easy one."])
    False
    >>> hard_wrapped(["The summit opened in Samarkand on 11 November.", "Hungary became an observer in 2018.",
    ...               "Turkmenistan became an observer in November 2021.", "The summit adopted a strategy."])
    False
    """
    stripped = [line.strip() for line in lines]
    width = max((len(line) for line in stripped), default=0)
    going_on = [line for line, following in pairwise(stripped) if line and following]
    if width > WRAP_MAX or len(going_on) < WRAP_LEAST:
        return False
    return sum(len(line) >= width - WRAP_SLACK for line in going_on) >= WRAP_SHARE * len(going_on) and \
        sum(_ends_sentence(line) for line in going_on) <= len(going_on) / 2


def _joined_runs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each run of non-empty lines as one line (numbered as its first); empty lines kept. A line that ends in a
    word's hyphen goes on without a space (geo-|economic: geo-economic).

    >>> _joined_runs([(1, "The current geopolitical and geo-"), (2, "economic contradictions – and"), (3, "war."),
    ...               (4, ""), (5, "Tokayev")])
    [(1, 'The current geopolitical and geo-economic contradictions – and war.'), (4, ''), (5, 'Tokayev')]
    """
    joined: list[tuple[int, str]] = []
    going_on = False
    for number, line in lines:
        if line and going_on:
            before = joined[-1][1]
            space = "" if _WORD_HYPHEN.search(before) else " "
            joined[-1] = (joined[-1][0], f"{before}{space}{line}")
        else:
            joined.append((number, line))
        going_on = bool(line)
    return joined


def _leading_kind(position: int, leading: int) -> str:
    if leading == 1:
        return "title"
    if position == 0:
        return "kicker"
    return "title" if position == 1 else "heading"


def _markdown_blocks(text: str) -> list[tuple[str, int, str, dict]]:
    """Markdown through markdown-it: headings, paragraphs, list items, quotes, tables, code.

    Each block comes with its place in a list (``item``: depth, number) or a
    table (``cell``: table, row, column, alignment), so the edition can
    rebuild them; code blocks keep their text as it is.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)  # HTML blocks are not read: not prose
    blocks: list[tuple[str, int, str, dict]] = []
    containers: list[str] = []
    numbers: list[int | None] = []  # the next number of each open list (None: bullets)
    item: ListItem | None = None
    tables = row = column = -1
    seen_title = False
    for position, token in enumerate(tokens):
        if token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            containers.append("quote" if token.type == "blockquote_open" else "list-item")
            if token.type != "blockquote_open":
                numbers.append(None if token.type == "bullet_list_open" else _list_start(token))
        elif token.type in ("bullet_list_close", "ordered_list_close", "blockquote_close"):
            containers.pop()
            if token.type != "blockquote_close":
                numbers.pop()
        elif token.type == "list_item_open":
            number = numbers[-1]  # as CommonMark counts: from the list's start, whatever the items say
            if number is not None:
                numbers[-1] = number + 1
            item = ListItem(depth=len(numbers), number=number)
        elif token.type == "table_open":
            tables, row = tables + 1, -1
        elif token.type == "tr_open":
            row, column = row + 1, -1
        elif token.type in ("th_open", "td_open"):
            column += 1
        elif token.type in ("fence", "code_block"):
            assert token.map is not None  # markdown-it maps every block token to its lines
            blocks.append(("code", token.map[0] + 1, token.content, {}))
        elif token.type == "inline" and token.map:
            opener = tokens[position - 1]
            line = token.map[0] + 1
            place: dict = {}
            if opener.type == "heading_open":
                kind = "title" if opener.tag == "h1" and not seen_title else "heading"
                seen_title = seen_title or kind == "title"
            elif opener.type in ("th_open", "td_open"):
                kind = "table-cell"
                place["cell"] = TableCell(tables, row, column, header=opener.type == "th_open",
                                          align=_alignment(opener))
            else:
                kind = containers[-1] if containers else "paragraph"
                if kind == "list-item" and item is not None and tokens[position - 2].type == "list_item_open":
                    place["item"] = item  # the item's first paragraph carries the marker
            content = token.content
            if any(child.type == "hardbreak" for child in token.children or ()):
                content = _HARD_BREAK.sub("\n", content)  # a backslash break is a line end, not text
            blocks.append((kind, line, content, place))
    return blocks


_HARD_BREAK = re.compile(r"\\\n")


def _list_start(token) -> int:
    start = token.attrGet("start")
    return int(start) if start is not None else 1


def _alignment(token) -> str:
    style = str(token.attrGet("style") or "")
    return style.removeprefix("text-align:") if style.startswith("text-align:") else ""
