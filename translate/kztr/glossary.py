"""Glossaries: the agreed translation of a project's names and terms, per language.

``glossary/<lang>.tsv`` (or ``.csv``), UTF-8, first line exactly
``source<TAB>target<TAB>note<TAB>forbidden`` (commas for ``.csv``); lines
starting with ``#`` are comments. ``source`` is the Arabic term as written,
without attached prefixes or diacritics; ``target`` the agreed translation (for
an inflected language a stem every form contains: ``Казахстан``); ``note``
optional; ``forbidden`` optional variants separated by `` | ``.

A term is found in Arabic text whatever prefixes are attached to its first
word (و ف ب ك ل ال and their combinations: وال بال لل) and with or without
diacritics and tatweel. The agreed translation is found in the translation as
written (case matters), at the start of a word (``CIS`` in ``CIS’s``,
``Казахстан`` in ``Казахстана``).

TBX (TBX-Basic) is written and read by ``kztr.exchange.tbx`` with the XML
reader kztr already has (translate-toolkit, the one maintained Python TBX
library, is GPL and much larger than kztr); ``generate_glossary`` writes a
glossary file back.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kztr.errors import KztrError
from kztr.text.arabic import attached_prefixes, strip_marks, word_pattern, word_stem

HEADER = ("source", "target", "note", "forbidden")
SUFFIXES = (".tsv", ".csv")


class GlossaryError(KztrError):
    """A glossary file is malformed."""


@dataclass(frozen=True)
class Term:
    """One glossary entry."""

    source: str
    target: str
    note: str = ""
    forbidden: tuple[str, ...] = ()
    line: int = 0

    @cached_property
    def pattern(self) -> re.Pattern:
        words = strip_marks(self.source).split()
        body = r"\s+".join([word_pattern(words[0])] + [re.escape(word) for word in words[1:]])
        return re.compile(rf"(?<![\w]){body}(?![\w])")

    @cached_property
    def stem(self) -> str:
        """Its first word as ``pattern`` matches it after the attached prefixes."""
        return word_stem(strip_marks(self.source).split()[0])

    def occurs_in(self, text: str) -> bool:
        """Is the term in this Arabic text (prefixes, diacritics and tatweel aside)?

        >>> Term("رابطة الدول المستقلة", "CIS").occurs_in("ولرابطةِ الدول المستقلة")
        True
        >>> Term("كازاخستان", "Kazakhstan").occurs_in("الكازاخستانية")
        False
        """
        return self.pattern.search(strip_marks(text)) is not None

    def note_line(self) -> str:
        """The ``#.`` line a translator sees in the catalog."""
        line = f"glossary: {self.source} = {self.target}"
        if self.note:
            line += f" ({self.note})"
        if self.forbidden:
            line += f"; not: {', '.join(self.forbidden)}"
        return line


@lru_cache(maxsize=4096)
def target_pattern(text: str) -> re.Pattern:
    """Where a target-language term or variant counts as used: at a word start, in the case
    written (``The Astana Times`` is not ``the Astana Times``; ``Казахстан`` is in ``Казахстана``)."""
    return re.compile(rf"(?<!\w){re.escape(text.strip())}")


@dataclass(frozen=True)
class Glossary:
    """A language's terms, in file order."""

    language: str
    path: str
    terms: tuple[Term, ...] = ()

    def terms_in(self, text: str, nested: bool = False) -> tuple[Term, ...]:
        """The terms that occur in an Arabic text, in glossary order; a term found only inside
        a longer one (الأمم المتحدة in للجمعية العامة للأمم المتحدة) is left to the longer one.

        >>> g = Glossary("en", "", (Term("الأمم المتحدة", "UN", line=2), Term("الجمعية العامة للأمم المتحدة",
        ...                                                                  "UN General Assembly", line=3)))
        >>> [term.target for term in g.terms_in("أمام الجمعية العامة للأمم المتحدة")]
        ['UN General Assembly']
        >>> [term.target for term in g.terms_in("الجمعية العامة للأمم المتحدة ومؤسسات الأمم المتحدة")]
        ['UN', 'UN General Assembly']
        >>> [term.target for term in g.terms_in("أمام الجمعية العامة للأمم المتحدة", nested=True)]
        ['UN', 'UN General Assembly']
        """
        return self._index.nested(text) if nested else self._index.outermost(text)

    def term_spans(self, text: str) -> tuple[tuple[int, int], ...]:
        """Where the terms of ``terms_in(text, nested=True)`` match in ``text`` with its marks stripped
        (``strip_marks``), term by term in glossary order.

        >>> Glossary("en", "", (Term("الأمم المتحدة", "UN"),)).term_spans("قالت الأمم المتحدة")
        ((5, 18),)
        """
        return tuple(span for _, spans in self._index.found(text) for span in spans)

    def targets_for(self, run: str) -> tuple[str, ...]:
        """The agreed translations of a term written ``run`` in the source (CICA = СВМДА)."""
        return self._index.targets.get(strip_marks(run).casefold(), ())

    @cached_property
    def _index(self) -> _TermIndex:
        return _TermIndex(self.terms)


class _TermIndex:
    """All terms of a glossary looked up at once, not scanned one by one.

    A term's ``pattern`` can only match where its first word stands whole (letters
    and digits on neither side) with one of the attached prefixes before its stem.
    So a text's words, looked up in a set of every prefix + stem, name the few
    terms worth matching; those are matched with their own patterns, so what is
    found is exactly what scanning every term finds.  A stem that is not a run of
    word characters (``U.S.``) cannot be looked up so: its term is always matched.
    """

    _WORD = re.compile(r"\w+")

    def __init__(self, terms: tuple[Term, ...]):
        self.terms = terms
        self.distinct = tuple(dict.fromkeys(terms))  # equal terms are one (as in a dict of them)
        by_word: dict[str, list[int]] = {}
        self.always: tuple[int, ...] = ()
        prefixes = attached_prefixes()
        for position, term in enumerate(self.distinct):
            if self._WORD.fullmatch(term.stem):
                for prefix in prefixes:
                    by_word.setdefault(prefix + term.stem, []).append(position)
            else:
                self.always += (position,)
        self.by_word = {word: tuple(positions) for word, positions in by_word.items()}
        self.words = frozenset(self.by_word)
        self.targets: dict[str, tuple[str, ...]] = {}
        for term in terms:
            key = strip_marks(term.source).casefold()
            self.targets[key] = (*self.targets.get(key, ()), term.target)
        # check_glossary asks for both lists of the same unit, and the names check for the terms' places once
        # every unit is checked: the terms found are kept for a whole archive's texts, the outermost for the last
        self.found = lru_cache(maxsize=1 << 17)(self._found)
        self.outermost = lru_cache(maxsize=1024)(self._outermost)

    def __reduce__(self):  # to a worker process: rebuilt there (the caches do not travel)
        return _TermIndex, (self.terms,)

    def _found(self, text: str) -> tuple[tuple[Term, list[tuple[int, int]]], ...]:
        """Each term found in ``text`` with the spans of its matches, in glossary order.

        A term whose first word is looked up is tried only where a word it can start with is written
        (its pattern looks behind for the start of a word), left to right past each match: what
        ``finditer`` finds, without scanning every position of the text for every term."""
        plain = strip_marks(text)
        places: dict[int, list[int]] = {}
        for word in self.words.intersection(self._WORD.findall(plain)):
            at = _occurrences(plain, word)
            for position in self.by_word[word]:
                places.setdefault(position, []).extend(at)
        found = []
        for position in sorted((*places, *self.always)):
            term = self.distinct[position]
            if position in places:
                spans = _matches_at(term.pattern, plain, sorted(places[position]))
            else:
                spans = [match.span() for match in term.pattern.finditer(plain)]
            if spans:
                found.append((term, spans))
        return tuple(found)

    def nested(self, text: str) -> tuple[Term, ...]:
        return tuple(term for term, _ in self.found(text))

    def _outermost(self, text: str) -> tuple[Term, ...]:
        """The terms found, less those found only inside a longer one, by line."""
        found = self.found(text)
        if len(found) < 2:
            return tuple(term for term, _ in found)
        kept = [term for term, spans in found if not all(
            self._inside(term, begin, end, found) for begin, end in spans)]
        return tuple(sorted(kept, key=lambda term: term.line))

    @staticmethod
    def _inside(term: Term, begin: int, end: int, found) -> bool:
        """Is this match of ``term`` inside a longer match of another term?"""
        for other, spans in found:
            if other is not term:
                for start, finish in spans:
                    if start <= begin and end <= finish and finish - start > end - begin:
                        return True
        return False


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` is written in ``text`` (inside longer words too)."""
    places, place = [], text.find(word)
    while place >= 0:
        places.append(place)
        place = text.find(word, place + 1)
    return places


def _matches_at(pattern: re.Pattern, text: str, places: list[int]) -> list[tuple[int, int]]:
    """The spans of ``pattern`` matched at these places, none starting inside the one before (as finditer)."""
    spans: list[tuple[int, int]] = []
    for place in places:
        if spans and place < spans[-1][1]:
            continue
        match = pattern.match(text, place)
        if match:
            spans.append(match.span())
    return spans


def generate_glossary(terms: tuple[Term, ...] | list[Term], delimiter: str = "\t",
                      comments: tuple[str, ...] = ()) -> str:
    r"""The text of a glossary file: the header line, ``#`` comments, one line per term.

    >>> generate_glossary([Term("توكاييف", "Tokayev", "", ("Tokaev", "Tokaiev"))]).splitlines()
    ['source\ttarget\tnote\tforbidden', 'توكاييف\tTokayev\t\tTokaev | Tokaiev']
    """
    lines = [delimiter.join(HEADER)] + [f"# {comment}" if comment else "#" for comment in comments]
    for term in terms:
        cells = [term.source, term.target, term.note, " | ".join(term.forbidden)]
        if delimiter == ",":
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="").writerow(cells)
            lines.append(buffer.getvalue())
        else:
            lines.append("\t".join(" ".join(cell.split()) for cell in cells).rstrip("\t"))
    return "\n".join(lines) + "\n"


def glossary_path(folder: Path, language: str) -> Path | None:
    """``glossary/<lang>.tsv`` or ``.csv``, whichever exists (TSV first)."""
    for suffix in SUFFIXES:
        path = folder / f"{language}{suffix}"
        if path.is_file():
            return path
    return None


def read_glossary(path: Path, language: str, shown: str | None = None) -> Glossary:
    """Read and validate one glossary file; errors name the file and line."""
    shown = shown or str(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise GlossaryError(f"cannot read: {exc.strerror}", path=shown) from None
    except UnicodeDecodeError as exc:
        raise GlossaryError(f"not UTF-8 (byte {exc.start})", path=shown) from None
    return parse_glossary(text, language, shown, delimiter="," if path.suffix == ".csv" else "\t")


def parse_glossary(text: str, language: str, shown: str = "<glossary>", delimiter: str = "\t") -> Glossary:
    r"""Parse the text of a glossary.

    >>> g = parse_glossary("source\ttarget\tnote\tforbidden\n# people\nتوكاييف\tTokayev\t\tTokaev | Tokaiev\n", "en")
    >>> g.terms[0].forbidden, g.terms[0].line
    (('Tokaev', 'Tokaiev'), 3)
    """
    lines = text.splitlines()
    if not lines or tuple(cell.strip() for cell in lines[0].split(delimiter)) != HEADER:
        raise GlossaryError(f"the first line must be exactly {delimiter.join(HEADER)!r}"
                            .replace("\\t", "<TAB>"), path=shown, line=1)
    terms: list[Term] = []
    seen: dict[str, int] = {}  # normalised source → index in terms
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = next(csv.reader(io.StringIO(line), delimiter=delimiter)) if delimiter == "," else line.split("\t")
        cells = [cell.strip() for cell in cells]
        if len(cells) > 4:
            raise GlossaryError(f"{len(cells)} columns, expected at most 4 ({', '.join(HEADER)})",
                                path=shown, line=number)
        cells += [""] * (4 - len(cells))
        source, target, note, forbidden = cells
        if not source or not target:
            raise GlossaryError("a term needs a source and a target", path=shown, line=number)
        key = strip_marks(source)
        variants = tuple(variant.strip() for variant in forbidden.split(" | ") if variant.strip())
        if key in seen:
            first = terms[seen[key]]
            if first.target != target:
                raise GlossaryError(f"{source!r} is already defined at line {first.line} as {first.target!r}",
                                    path=shown, line=number)
            # the same term written two ways (with and without hamza…): one entry, variants joined
            terms[seen[key]] = Term(first.source, first.target, first.note or note,
                                    tuple(dict.fromkeys(first.forbidden + variants)), first.line)
            continue
        seen[key] = len(terms)
        terms.append(Term(source, target, note, variants, number))
    return Glossary(language, shown, tuple(terms))
