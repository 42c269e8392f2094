"""Translation QA: checks that point at translations a reviewer should look at.

A check never changes a catalog and never decides completeness (that is
``kztr.stats``). Every translated and fuzzy unit is compared with its source
by each check of ``CHECKS``; each problem is a ``Finding`` with a severity
(``error`` or ``warning``). A reviewer accepts a finding with a translator
comment on the unit, which Poedit keeps on save::

    # kztr: ok numbers — the year is written out

(several checks: ``# kztr: ok numbers, glossary — reason``). Accepted findings
are still reported, marked accepted; they are not errors.

One module per family: ``numbers``, ``scripts`` (latin, script),
``punctuation``, ``length`` (omission), ``spacing`` (whitespace),
``markup`` (Markdown documents), ``consistency`` and ``names`` (across
units and documents), ``terms`` (glossary).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kztr check --help and kztr --help import this module for CHECK_IDS: no more than that
    from kztr.checks.length import LengthModel
    from kztr.glossary import Glossary
    from kztr.model import Catalog, Entry

ERROR, WARNING = "error", "warning"
SEVERITIES = (ERROR, WARNING)


@dataclass(frozen=True)
class Check:
    """A check as ``kztr check --list`` documents it."""

    id: str
    summary: str
    severity: str  # what its findings usually are: "error", "warning" or "error or warning"
    source: str
    translation: str
    finding: str
    default: bool = True  # run unless a project or the command line says otherwise; else only when asked


CHECKS = (
    Check("numbers", "the same quantities in source and translation, read as each language writes them: any digits "
          "(0-9, ٠-٩, ۰-۹) and separators (١٢٫٥ = 12.5, 1,5 مليون = 1.5 million, ١٠٬٠٠٠ = 10,000 or 10 000), "
          "multiplier words (168 ألف = 168 thousand = 168 тыс.), numbers in words (ثمانية = eight), decades, "
          "centuries (القرن التاسع عشر = XIX век), clock times, Hijri years, converted measures, the month of a "
          "date (١٥ مارس = 15 March = 15 марта); % and ٪",
          "error (missing or changed); warning (added)",
          "نما الاقتصاد بنسبة ٣٫٥٪ عام ٢٠٢٢.", "The economy grew by 5.3% in 2022.",
          "error: ٣٫٥ (3.5) in the source, 5.3 in the translation (changed?)"),
    Check("latin", "acronyms, names, URLs and e-mail addresses in Latin script inside the Arabic appear unchanged",
          "error (warning for a non-Latin target or a changed case)",
          "مددت كازاخستان رئاستها في CICA.", "Kazakhstan extended its chairmanship.",
          "error: “CICA” (Latin script in the source) is missing from the translation"),
    Check("script", "no Arabic letters in a translation written in another script; not identical to the source; "
          "not in another language's alphabet (Cyrillic in English); a Latin or Cyrillic translation has a letter of "
          "its script", "error (warning: no letter of the script)",
          "قمة أستانا", "The Astana قمة", "error: Arabic letters in a Latin-script translation: قمة"),
    Check("punctuation", "a sentence-final mark when the source has one (؟ is ?), a question stays a question, "
          "brackets and quotes balanced", "error (a question lost); warning",
          "هل نجحت القمة؟", "Did the summit succeed.",
          "error: the source is a question (؟) but the translation has no question mark"),
    Check("omission", "a translation far shorter or longer than translations into its language usually are (a "
          "length ratio measured on real parallel text, the catalog's own as it grows past 30 units), or with "
          "fewer sentences than a multi-sentence source", "warning",
          "حضر القمة أحد عشر رئيس دولة ونحو 50 وفداً من آسيا وأوروبا وأفريقيا.", "The summit was attended.",
          "warning: the translation is far shorter than usual: 21 characters where about 60 are expected …"),
    Check("whitespace", "leading or trailing spaces, doubled spaces, line breaks the source does not have, "
          "stray bidi controls (LRM, RLM, ALM, embeddings, isolates) and zero-width spaces", "warning",
          "قمة أستانا", "The Astana\u200f summit ", "warning: the translation ends with a space or line break"),
    Check("markup", "a Markdown document's translation keeps its inline markup, as the edition defines it: link and "
          "image targets, code spans, bold, emphasis, line breaks, raw HTML tags (else the edition shows it as text, "
          "flagged)",
          "error (a link, image or HTML tag the source does not have); warning",
          "انظر [البيان](https://example.kz/b).", "See [the statement](https://evil.example/phish).",
          "error: markup differs (the edition shows this translation as text): a link the source does not have: "
          "https://evil.example/phish; a link of the source is missing: https://example.kz/b"),
    Check("consistency", "one source sentence translated two ways in one language (across units and documents), "
          "and one translation used for two different sources", "warning",
          "قمة أستانا (twice, in two documents)", "The Astana summit / The summit in Astana",
          "warning: the same source is translated differently at locales/en/LC_MESSAGES/other.po:10: "
          "“The Astana summit”"),
    Check("names", "a name the Arabic writes in Arabic letters (ترامب, شميت) spelt as the language's other units spell "
          "it: compared by consonant skeleton across scripts (ترامب = Trump = Трамп), across every catalog of the "
          "language", "warning",
          "قال شميت (and Schmidt for شميت in two other units)", "Shmidt said",
          "warning: شميت is spelt “Shmidt” here and “Schmidt” in 2 other units", default=False),
    Check("glossary", "a glossary term in the source (any attached prefixes, with or without diacritics and "
          "tatweel) needs its agreed translation; a forbidden variant is an error",
          "error (forbidden variant); warning (agreed translation missing)",
          "وقال الرئيس توكاييف", "President Tokaev said",
          "error: “Tokaev” is a forbidden translation of توكاييف: the glossary says “Tokayev”"),
)
CHECK_IDS = tuple(check.id for check in CHECKS)


def checks_to_run(only: tuple[str, ...], extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The checks a run makes: those asked for (``--check``), else the default ones and the project's extra ones.

    names is off unless asked for: on six outside corpora of real translations its findings were right about
    one time in three (benchmarks/RESULTS.md, issue 17 round 5), on 32 of them 62 times in 138 (round 26), and a
    name finding as often wrong as right is worse than none.

    >>> "names" in checks_to_run(()), "names" in checks_to_run((), ("names",)), checks_to_run(("names",))
    (False, True, ('names',))
    """
    if only:
        return only
    return tuple(check.id for check in CHECKS if check.default or check.id in extra)


def unknown_check(names: tuple[str, ...]) -> str | None:
    """What is wrong with these check names (--check, extra-checks), if anything.

    >>> unknown_check(("names",)), unknown_check(("nmes", "x"))[:22]
    (None, "unknown check 'nmes' (")
    """
    unknown = [name for name in names if name not in CHECK_IDS]
    return f"unknown check {unknown[0]!r} (choose from {', '.join(CHECK_IDS)})" if unknown else None


@dataclass(frozen=True)
class Finding:
    """One problem of one unit, with everything a report needs to point at it."""

    document: str
    language: str
    check: str
    severity: str
    message: str
    catalog: str   # the catalog path as shown (relative to the project)
    line: int      # the entry's first line in the catalog
    source: str    # the unit's first reference, source/<doc>:<line>
    msgid: str
    msgstr: str
    accepted: bool = False
    reason: str = ""

    def record(self) -> dict:
        """The JSON object: the stable keys, then ``accepted`` and ``reason``."""
        return {"document": self.document, "language": self.language, "check": self.check,
                "severity": self.severity, "message": self.message, "catalog": self.catalog, "line": self.line,
                "source": self.source, "msgid": self.msgid, "msgstr": self.msgstr, "accepted": self.accepted,
                "reason": self.reason}


@dataclass(frozen=True)
class Context:
    """What the per-unit checks need to know about a catalog."""

    source_language: str
    target_language: str
    source_script: str
    target_script: str
    lengths: LengthModel
    glossary: Glossary | None = None
    markup: bool = False  # the units are inline Markdown (a .md document)
    block: str = ""  # the unit's block kind from its ``#.`` note (heading, paragraph…); "" when unknown
    first: bool = False  # the catalog's first unit: a document's headline, whatever its block
    parallel: dict[str, dict[str, str]] | None = None  # source -> {other language: its translation}
    latin_checked: bool = True  # the latin check runs too: a Latin run the glossary keeps as it is is its to report
    markup_checked: bool = True  # the markup check runs too: a Markdown link's target is its to report

    def glossary_targets(self, run: str) -> tuple[str, ...]:
        return self.glossary.targets_for(run) if self.glossary is not None else ()


def _unit_checks() -> dict[str, Callable]:
    from kztr.checks.length import check_omission
    from kztr.checks.markup import check_markup
    from kztr.checks.numbers import check_numbers
    from kztr.checks.punctuation import check_punctuation
    from kztr.checks.scripts import check_latin, check_script
    from kztr.checks.spacing import check_whitespace
    from kztr.checks.terms import check_glossary

    return {"numbers": check_numbers, "latin": check_latin, "script": check_script,
            "punctuation": check_punctuation, "omission": check_omission, "whitespace": check_whitespace,
            "markup": check_markup, "glossary": check_glossary}


# ---------------------------------------------------------------- accepting

_ACCEPT = re.compile(r"^\s*kztr:\s*ok\s+([\w-]+(?:\s*,\s*[\w-]+)*)\s*(?:(?:—|–|-{1,2}|:)\s*(.*))?$", re.IGNORECASE)


def acceptances(entry: Entry) -> dict[str, str]:
    """The checks a reviewer accepted on this unit, each with the reason given.

    >>> from kztr.model import Entry
    >>> acceptances(Entry("x", translator_comments=("kztr: ok numbers — the year is written out",
    ...                                                  "kztr: ok latin, glossary - the name is translated")))
    {'numbers': 'the year is written out', 'latin': 'the name is translated', 'glossary': 'the name is translated'}
    """
    accepted: dict[str, str] = {}
    for comment in entry.translator_comments:
        match = _ACCEPT.match(comment)
        if match:
            for check in re.split(r"\s*,\s*", match.group(1)):
                accepted[check.lower()] = (match.group(2) or "").strip()
    return accepted


def misnamed_acceptances(entry: Entry) -> list[tuple[str, str]]:
    """The names of a unit's ``# kztr: ok`` comments that are no check's, each with the check it is likeliest a
    slip of ("" if none is near): the finding they meant stays open.

    >>> from kztr.model import Entry
    >>> misnamed_acceptances(Entry("x", translator_comments=("kztr: ok punctation, numbers — typo",)))
    [('punctation', 'punctuation')]
    """
    import difflib

    return [(name, next(iter(difflib.get_close_matches(name, CHECK_IDS, n=1)), ""))
            for name in acceptances(entry) if name not in CHECK_IDS]


# ---------------------------------------------------------------- running


def checked_texts(entry: Entry) -> tuple[tuple[str, str], ...]:
    """(source, translation) pairs of a translated or fuzzy unit; none for others."""
    from kztr.stats import UNTRANSLATED, unit_state

    if entry.obsolete or unit_state(entry) == UNTRANSLATED:
        return ()
    if entry.msgid_plural is not None:
        return tuple((entry.msgid if index == 0 else entry.msgid_plural, text)
                     for index, text in entry.msgstr_plural if text)
    return ((entry.msgid, entry.msgstr),)


def make_context(catalog: Catalog, source_language: str, target_language: str,
                 glossary: Glossary | None = None, markup: bool = False, lengths: bool = True) -> Context:
    """What the per-unit checks need to know about ``catalog``; the length model learnt from its translated units
    unless ``lengths`` is False (no omission check to run: the shipped prior alone)."""
    from kztr.checks.length import learn_lengths
    from kztr.locales import script_name
    from kztr.stats import TRANSLATED, unit_state

    pairs = [pair for entry in catalog.entries if unit_state(entry) == TRANSLATED and not entry.obsolete
             for pair in checked_texts(entry)] if lengths else []
    return Context(source_language, target_language, script_name(source_language), script_name(target_language),
                   learn_lengths(pairs, source_language, target_language), glossary, markup)


def check_catalog(catalog: Catalog, source_language: str, target_language: str, *, document: str = "",
                  catalog_path: str = "", glossary: Glossary | None = None,
                  only: tuple[str, ...] = (), markup: bool = False,
                  parallel: dict[str, dict[str, str]] | None = None) -> tuple[Finding, ...]:
    """The findings of every per-unit check on one catalog, in file order (``markup``: a Markdown document's;
    ``parallel``: the same document's translations into other languages, {source: {language: translation}})."""
    prepared = prepare_catalog(catalog, source_language, target_language, document=document,
                               catalog_path=catalog_path, glossary=glossary, only=only, markup=markup,
                               parallel=parallel)
    return check_entries(prepared, 0, len(catalog.entries))


@dataclass(frozen=True)
class Prepared:
    """A catalog made ready for its per-unit checks: what they learn from the whole catalog first.
    ``check_entries`` then checks any run of its entries, so a big catalog can be checked in pieces."""

    catalog: Catalog
    context: Context
    checks: dict[str, Callable]
    paragraphs: dict[int, tuple[list[str], int]]
    first: Entry | None  # the headline (none in a one-unit catalog)
    document: str
    language: str
    path: str


def prepare_catalog(catalog: Catalog, source_language: str, target_language: str, *, document: str = "",
                    catalog_path: str = "", glossary: Glossary | None = None, only: tuple[str, ...] = (),
                    markup: bool = False, parallel: dict[str, dict[str, str]] | None = None) -> Prepared:
    """``check_catalog``'s first step: the length model, the paragraphs and the headline of the catalog."""
    context = replace(make_context(catalog, source_language, target_language, glossary, markup,
                                   lengths=not only or "omission" in only), parallel=parallel,
                      latin_checked=not only or "latin" in only, markup_checked=not only or "markup" in only)
    live = [entry for entry in catalog.live if entry.msgid]
    return Prepared(catalog, context, {name: run for name, run in _unit_checks().items() if not only or name in only},
                    _paragraph_translations(catalog), live[0] if len(live) > 1 else None, document, target_language,
                    catalog_path)


def check_entries(prepared: Prepared, start: int, stop: int) -> tuple[Finding, ...]:
    """The per-unit findings of the catalog's entries ``start:stop``, in file order."""
    from kztr.checks.punctuation import UNBALANCED, balanced_nearby

    context, paragraphs, first = prepared.context, prepared.paragraphs, prepared.first
    findings = []
    for entry in prepared.catalog.entries[start:stop]:
        texts = checked_texts(entry)
        if not texts:
            continue
        kind = block_kind(entry)
        if kind != context.block or (entry is first) != context.first:
            context = replace(context, block=kind, first=entry is first)
        for source, translation in texts:
            for name, run in prepared.checks.items():
                for severity, message in run(source, translation, context):
                    if message.startswith(UNBALANCED) and id(entry) in paragraphs and balanced_nearby(
                            *paragraphs[id(entry)]):
                        continue  # a quotation spanning sentences or paragraphs opens or closes in a neighbour
                    findings.append(make_finding(entry, name, severity, message, prepared.document,
                                                 prepared.language, prepared.path, translation))
    return tuple(findings)


BLOCK_KINDS = frozenset({"kicker", "title", "heading", "paragraph", "byline", "list-item", "quote", "table-cell",
                         "caption"})
HEADINGS = frozenset({"kicker", "title", "heading"})


def block_kind(entry: Entry) -> str:
    """The block kind kztr wrote as the unit's first ``#.`` note (``paragraph — section: …``); "" if none.

    >>> from kztr.model import Entry
    >>> block_kind(Entry("x", extracted_comments=("heading",))), block_kind(Entry("x"))
    ('heading', '')
    """
    if not entry.extracted_comments:
        return ""
    first = entry.extracted_comments[0].split(" ", 1)[0]
    return first if first in BLOCK_KINDS else ""


def parallel_translations(catalogs) -> dict[str, dict[str, dict[str, str]]]:
    """Translated units of each document in every language: {document: {source: {language: translation}}}."""
    from kztr.stats import TRANSLATED, unit_state

    found: dict[str, dict[str, dict[str, str]]] = {}
    for document, language, _, catalog in catalogs:
        for entry in catalog.entries:
            if not entry.obsolete and entry.msgid_plural is None and unit_state(entry) == TRANSLATED:
                found.setdefault(document, {}).setdefault(entry.msgid, {})[language] = entry.msgstr
    return found


def _paragraph_translations(catalog: Catalog) -> dict[int, tuple[list[str], int]]:
    """Each entry's translation among its neighbours, in order: (the units' translations, its place),
    the units of one paragraph (consecutive entries from one source line) joined in one. Keyed by the
    entry's identity, not its line: a catalog made in memory has every line 0."""
    groups: list[list[Entry]] = []
    for entry in catalog.live:
        reference = entry.references[0] if entry.references else None
        if groups and reference is not None and groups[-1][0].references[:1] == (reference,):
            groups[-1].append(entry)
        else:
            groups.append([entry])
    texts = [" ".join(entry.msgstr for entry in group) for group in groups]
    return {id(entry): (texts, index) for index, group in enumerate(groups) for entry in group}


def make_finding(entry: Entry, check: str, severity: str, message: str, document: str, language: str,
                 catalog_path: str, translation: str | None = None) -> Finding:
    """A finding on ``entry``, accepted when a ``# kztr: ok <check>`` comment says so."""
    accepted = acceptances(entry)
    return Finding(document, language, check, severity, message, catalog_path, entry.line,
                   entry.references[0] if entry.references else "", entry.msgid,
                   entry.msgstr if translation is None else translation,
                   check in accepted, accepted.get(check, ""))


def is_open(finding: Finding, fail_on: str = WARNING) -> bool:
    """Does this finding fail a gate at ``fail_on`` (accepted ones never do)?"""
    return not finding.accepted and (fail_on == WARNING or finding.severity == ERROR)
