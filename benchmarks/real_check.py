"""kztr check on real translations it was not tuned on, beside pofilter: a parallel corpus as catalogs.

Two corpora, each a kztr project of Arabic sources with English and Russian
catalogs of professional translations (parallel_corpus.py):

* ``un-dev``: the United Nations Parallel Corpus v1.0 development set
  (un_corpus.py), 4,000 sentences of other UN documents of 2015, unseen until
  the code was frozen for round 3: the figure that decides;
* ``un``: the same corpus's test set, measured unseen in round 2 and tuned on
  in round 3;
* ``ntrex``: NTREX-128's held-out (or tuning) half (ntrex_corpus.py), read
  once when it was unseen and tuned on since: history;
* ``tico``: TICO-19's held-out half (tico_corpus.py; COVID-19 texts of
  Wikipedia, PubMed, Wikinews…), unseen until the code was frozen for round 4;
* ``tico-tuning``: TICO-19's other half, measured after the fixes that the
  held-out half's reading brought (round 4);
* ``xquad``: XQuAD (xquad_corpus.py; Wikipedia paragraphs and their
  questions), unseen until the code was frozen for round 5;
* ``tatoeba``: Tatoeba's Arabic–English test set of LASER (tatoeba_corpus.py;
  short conversational sentences, an English catalog only), unseen until
  round 7 measured it with main's code as it was;
* ``flores``: FLORES-200's devtest set (flores_corpus.py; Wikinews, Wikijunior
  and Wikivoyage sentences), unseen until round 8 measured it with main's
  code as it was;
* ``tatoeba-ru``: the Tatoeba Translation Challenge's Arabic–Russian test set
  (tatoeba_ru_corpus.py; short sentences, a Russian catalog only), unseen until
  round 9 measured it with main's code as it was;
* ``tatoeba-fr``: the same challenge's Arabic–French test set (tatoeba_corpora.py;
  a target language no rule was tuned for), unseen until round 10 measured it
  with main's code as it was;
* ``tatoeba-es``, ``tatoeba-de``: its Arabic–Spanish and Arabic–German test sets
  (tatoeba_corpora.py), unseen until round 11 measured each with main's code as
  it was (German after the round's changes); ``tatoeba-it``, ``tatoeba-tr``,
  ``tatoeba-el`` likewise (round 12);
* ``flores-uk``, ``flores-fr``, ``flores-id``, ``flores-ca``: FLORES-200's devtest
  set with one catalog, Ukrainian, French, Indonesian or Catalan (flores_corpus.py),
  unseen until round 13 measured each with main's code as it was (each after the
  round's changes for the one before); ``flores-pl``, ``flores-de``: its Polish and
  German, likewise (round 14); ``flores-pt``, ``flores-es``: its Portuguese and
  Spanish, measured after round 14's changes; ``flores-el``: its Greek, measured
  after round 15's (Greek number words among them); ``flores-tr``: its Turkish,
  measured after round 15's Greek changes; ``flores-nl``: its Dutch, after the
  Turkish ones; ``flores-it``: its Italian, after round 16's names changes; ``flores-sv``: its Swedish, after
  the round's changes for Italian and the garbled-text check; ``flores-da``: its Danish, after round 17's
  cities of GeoNames; ``flores-sl``: its Slovenian, after the round's changes for Danish; ``flores-ro``: its
  Romanian, after round 18's spelling dictionaries; ``flores-cs``: its Czech, after round 19's places mentioned
  once; ``flores-sk``: its Slovak, after round 20's Slovak case endings (written from the grammar);
  ``flores-hr``: its Croatian, after the round's changes for Slovak and Croatian's case endings (from the grammar).
  ``flores-bg``: its Bulgarian (round 23), a language whose number words kztr does not read, measured once with
  the round's code.

Three measurements:

1. Real translations: ``kztr check`` and translate-toolkit's ``pofilter``
   (Debian's /usr/bin/pofilter, its default checks) on the same catalogs. Every
   kztr finding was read and judged by hand (benchmarks/data/<corpus>-judgements.tsv:
   ``true`` when the pair really differs in what the check is about, so that a
   reviewer comparing the two would want to look, whichever side is at fault;
   ``false`` when the checker misread an agreeing pair, or when the
   difference is a convention of the target language: a headline without a
   full stop, a transliterated name, a converted unit). pofilter's findings
   are far too many to read: a random sample of 100 was judged the same way.
   Errors and warnings apart: pofilter's "critical" checks count as errors,
   its functional and cosmetic ones as warnings.
2. Seeded mistakes (seeds.py): a unit counts as found when a tool
   reports something on it that it did not report on the clean unit.
3. Time: both tools over the same catalogs (hyperfine when installed).

    python benchmarks/real_check.py findings --corpus un      # kztr's findings, to judge (TSV)
    python benchmarks/real_check.py sample --corpus un        # pofilter's sample to judge (TSV)
    python benchmarks/real_check.py names --corpus un         # capitalised words to pick names from (TSV)
    python benchmarks/real_check.py report --corpus un        # the figures (Markdown)
    python benchmarks/real_check.py report --corpus un-dev    # the development set (round 3)
    python benchmarks/real_check.py report --corpus ntrex     # NTREX-128's held-out half (--half tuning)
    python benchmarks/real_check.py report --corpus tico      # TICO-19's held-out half (round 4)
    python benchmarks/real_check.py report --corpus tico-tuning   # TICO-19's other half (round 4, after)
    python benchmarks/real_check.py report --corpus xquad     # XQuAD (round 5)
    python benchmarks/real_check.py report --corpus tatoeba   # Tatoeba, Arabic–English only (round 7)
    python benchmarks/real_check.py report --corpus flores    # FLORES-200 devtest (round 8)
    python benchmarks/real_check.py report --corpus tatoeba-ru   # Tatoeba, Arabic–Russian only (round 9)
    python benchmarks/real_check.py report --corpus tatoeba-fr   # Tatoeba, Arabic–French only (round 10)
    python benchmarks/real_check.py report --corpus tatoeba-es   # Tatoeba, Arabic–Spanish only (round 11)
    python benchmarks/real_check.py report --corpus tatoeba-de   # Tatoeba, Arabic–German only (round 11)
    python benchmarks/real_check.py report --corpus flores-uk    # FLORES-200, Arabic–Ukrainian only (round 13)
    python benchmarks/real_check.py report --corpus flores-fr    # FLORES-200, Arabic–French only (round 13)
    python benchmarks/real_check.py report --corpus flores-id    # FLORES-200, Arabic–Indonesian only (round 13)
    python benchmarks/real_check.py report --corpus flores-ca    # FLORES-200, Arabic–Catalan only (round 13)
    python benchmarks/real_check.py report --corpus flores-pl    # FLORES-200, Arabic–Polish only (round 14)
    python benchmarks/real_check.py report --corpus flores-de    # FLORES-200, Arabic–German only (round 14)
    python benchmarks/real_check.py report --corpus flores-pt    # FLORES-200, Arabic–Portuguese only (round 14)
    python benchmarks/real_check.py report --corpus flores-es    # FLORES-200, Arabic–Spanish only (round 14)
    python benchmarks/real_check.py report --corpus flores-el    # FLORES-200, Arabic–Greek only (round 15)
    python benchmarks/real_check.py report --corpus flores-tr    # FLORES-200, Arabic–Turkish only (round 15)
    python benchmarks/real_check.py report --corpus flores-nl    # FLORES-200, Arabic–Dutch only (round 15)
    python benchmarks/real_check.py report --corpus flores-it    # FLORES-200, Arabic–Italian only (round 16)
    python benchmarks/real_check.py report --corpus flores-sv    # FLORES-200, Arabic–Swedish only (round 16)
    python benchmarks/real_check.py report --corpus flores-da    # FLORES-200, Arabic–Danish only (round 17)
    python benchmarks/real_check.py report --corpus flores-sl    # FLORES-200, Arabic–Slovenian only (round 17)
    python benchmarks/real_check.py report --corpus flores-ro    # FLORES-200, Arabic–Romanian only (round 18)
    python benchmarks/real_check.py report --corpus flores-cs    # FLORES-200, Arabic–Czech only (round 19)
    python benchmarks/real_check.py report --corpus flores-sk    # FLORES-200, Arabic–Slovak only (round 20)
    python benchmarks/real_check.py report --corpus flores-hr    # FLORES-200, Arabic–Croatian only (round 20)
    python benchmarks/real_check.py report --corpus flores-bg    # FLORES-200, Arabic–Bulgarian only (round 23)
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from parallel_corpus import corpus_line, kztr

ROOT = Path(__file__).resolve().parents[1]
POFILTER_SAMPLE = 100
CRITICAL = {"dialogsizes", "escapes", "newlines", "nplurals", "printf", "pythonbraceformat", "tabs", "validxml",
            "variables", "xmltags"}


# ---------------------------------------------------------------- running the tools


def languages_of(project: Path) -> tuple[str, ...]:
    """The languages the project has catalogs for (en and ru; Tatoeba en only)."""
    return tuple(sorted(path.name for path in (project / "locales").iterdir() if path.is_dir()))


def kztr_findings(project: Path, every: bool = True) -> list[dict]:
    """Every check's findings, names too (off by default since round 5: its rows are what the default drops);
    the default checks' only where ``every`` is false."""
    from kztr.checks import CHECK_IDS

    done = kztr(project, "check", "--format", "json", "--fail-on", "never",
                *(option for check in (CHECK_IDS if every else ()) for option in ("--check", check)))
    assert done.returncode == 0, done.stderr
    found = []
    for item in json.loads(done.stdout):
        item["line"] = corpus_line(project, item["source"])
        found.append(item)
    return found


def pofilter_findings(project: Path) -> list[dict]:
    """pofilter's findings: one per (unit, test), with the unit's msgid and corpus line."""
    import polib

    found = []
    out = project / "pofilter-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    for language in languages_of(project):
        source = project / "locales" / language / "LC_MESSAGES"
        done = subprocess.run(["pofilter", f"--language={language}", "--progress=none", "-i", str(source),
                               "-o", str(out / language)], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        for path in sorted((out / language).glob("*.po")):
            for entry in polib.pofile(str(path)):
                for line in entry.tcomment.splitlines():
                    if line.startswith("(pofilter) "):
                        test, _, message = line[len("(pofilter) "):].partition(": ")
                        found.append({"language": language, "msgid": entry.msgid, "msgstr": entry.msgstr,
                                      "check": test, "message": message,
                                      "severity": "error" if test in CRITICAL else "warning",
                                      "line": corpus_line(project, entry.occurrences[0][0] + ":" +
                                                          entry.occurrences[0][1])})
    return found


def units_of(project: Path) -> dict[str, list[tuple[int, str, str]]]:
    """Translated units per language: (corpus line, msgid, msgstr), in document order."""
    from kztr.po.catalog import read_catalog

    units: dict[str, list[tuple[int, str, str]]] = {language: [] for language in languages_of(project)}
    for language in units:
        for path in sorted((project / "locales" / language / "LC_MESSAGES").glob("*.po")):
            for entry in read_catalog(path).entries:
                if entry.msgid and entry.msgstr:
                    units[language].append((corpus_line(project, entry.references[0]), entry.msgid, entry.msgstr))
    return units


def rewrite(project: Path, changes: dict[tuple[str, str], str]) -> None:
    """Put new translations in: {(language, msgid): msgstr}, through kztr's reader and writer."""
    from kztr.po.catalog import read_catalog
    from kztr.po.pofile import generate_po

    for language in languages_of(project):
        for path in sorted((project / "locales" / language / "LC_MESSAGES").glob("*.po")):
            catalog = read_catalog(path)
            if not any((language, entry.msgid) in changes for entry in catalog.entries):
                continue
            entries = tuple(replace(entry, msgstr=changes.get((language, entry.msgid), entry.msgstr))
                            for entry in catalog.entries)
            path.write_text(generate_po(replace(catalog, entries=entries)), encoding="utf-8")


def project_name(corpus: str, half: str = "held-out", markdown: bool = False) -> str:
    """The folder ``make`` builds the corpus in (ntrex-held-out, flores-md)."""
    return f"{corpus}{'-' + half if corpus in HALVED else ''}{'-md' if markdown else ''}"


def make(corpus: str, folder: Path, half: str = "held-out", markdown: bool = False) -> Path:
    """The corpus (NTREX, TICO-19: one half) as a project in ``folder``."""
    project = folder / project_name(corpus, half, markdown)
    if corpus in ("un", "un-dev"):
        from un_corpus import DEFAULT_UN, build

        build(DEFAULT_UN, project, markdown, "devset" if corpus == "un-dev" else "testset")
    elif corpus in ("tico", "tico-tuning"):
        from tico_corpus import DEFAULT_TICO
        from tico_corpus import build_half as build_tico

        build_tico(DEFAULT_TICO, "tuning" if corpus == "tico-tuning" else half, project, markdown)
    elif corpus == "tatoeba":
        from tatoeba_corpus import DEFAULT_LASER
        from tatoeba_corpus import build as build_tatoeba

        build_tatoeba(DEFAULT_LASER, project, markdown)
    elif corpus == "tatoeba-ru":
        from tatoeba_ru_corpus import DEFAULT_OPUS_TESTSETS as TESTSETS
        from tatoeba_ru_corpus import build as build_tatoeba_ru

        build_tatoeba_ru(TESTSETS, project, markdown)
    elif corpus in MORE_TATOEBA:
        from tatoeba_corpora import DEFAULT_OPUS_TESTSETS as TESTSETS
        from tatoeba_corpora import build as build_tatoeba_more

        build_tatoeba_more(TESTSETS, project, corpus.removeprefix("tatoeba-"), markdown)
    elif corpus == "flores" or corpus in ONE_LANGUAGE:
        from flores_corpus import DEFAULT_OPUS_TESTSETS, LANGUAGES
        from flores_corpus import build as build_flores

        build_flores(DEFAULT_OPUS_TESTSETS, project, markdown,
                     (corpus.removeprefix("flores-"),) if corpus in ONE_LANGUAGE else LANGUAGES)
    elif corpus == "xquad":
        from xquad_corpus import DEFAULT_XQUAD
        from xquad_corpus import build as build_xquad

        build_xquad(DEFAULT_XQUAD, project, markdown)
    else:
        from ntrex_corpus import DEFAULT_NTREX, build_half

        build_half(DEFAULT_NTREX, half, project, markdown)
    return project


# ---------------------------------------------------------------- judgements


def judgements_path(corpus: str) -> Path:
    return ROOT / "benchmarks" / "data" / f"{corpus}-judgements.tsv"


def finding_key(item: dict) -> tuple[str, str, str, str, str]:
    return (item.get("tool", "kztr"), item["language"], str(item["line"]), item["check"], item["message"])


def read_judgements(corpus: str) -> dict[tuple, tuple[str, str]]:
    path = judgements_path(corpus)
    if not path.exists():
        return {}
    judged = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            judged[(row["tool"], row["language"], row["line"], row["check"], row["message"])] = (row["verdict"],
                                                                                                 row["note"])
    return judged


def print_findings(items: list[dict], tool: str, corpus: str) -> None:
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    judged = read_judgements(corpus)
    writer.writerow(["tool", "language", "line", "check", "severity", "verdict", "message", "note"])
    for item in sorted(items, key=lambda item: (item["language"], item["line"], item["check"])):
        item["tool"] = tool
        verdict, note = judged.get(finding_key(item), ("?", ""))
        writer.writerow([tool, item["language"], item["line"], item["check"], item["severity"], verdict,
                         item["message"], note])


def pofilter_sample(items: list[dict]) -> list[dict]:
    generator = random.Random(17)
    return generator.sample(items, min(POFILTER_SAMPLE, len(items)))


# ---------------------------------------------------------------- figures


def real_figures(kztr_items: list[dict], pofilter_items: list[dict], units: int, corpus: str) -> list[str]:
    judged = read_judgements(corpus)
    lines = [f"{units} translated units (the corpus's catalogs together).", "",
             "| tool | check | findings | judged true | precision | false errors / 100 units | "
             "false warnings / 100 units |", "|---|---|--:|--:|--:|--:|--:|"]
    rows = []
    for tool, items in (("kztr check", kztr_items), ("pofilter", pofilter_items)):
        key = "kztr" if tool == "kztr check" else "pofilter"
        by_check: dict[str, list[dict]] = defaultdict(list)
        for item in items:
            item["tool"] = key
            by_check[item["check"]].append(item)
        totals = Counter()
        for check, members in sorted(by_check.items(), key=lambda pair: -len(pair[1])):
            verdicts = [judged.get(finding_key(item), ("?",))[0] for item in members]
            counted = [(item, verdict) for item, verdict in zip(members, verdicts, strict=True)
                       if verdict in ("true", "false")]
            true = sum(1 for _, verdict in counted if verdict == "true")
            share = len(counted) / len(members)
            false_errors = sum(1 for item, verdict in counted if verdict == "false" and item["severity"] == "error")
            false_warnings = sum(1 for item, verdict in counted if verdict == "false" and item["severity"] != "error")
            scale = 1 / share if share else 0  # a sample stands for all of the check's findings
            totals.update(findings=len(members), judged=len(counted), true=true,
                          false_errors=false_errors * scale, false_warnings=false_warnings * scale)
            precision = f"{100 * true / len(counted):.0f} %" if counted else "–"
            judged_text = f"{true} of {len(counted)}" + ("" if share == 1 else " sampled")
            rows.append(f"| {tool} | {check} | {len(members)} | {judged_text} | {precision} | "
                        f"{100 * false_errors * scale / units:.2f} | {100 * false_warnings * scale / units:.2f} |")
        precision = f"{100 * totals['true'] / totals['judged']:.0f} %" if totals["judged"] else "–"
        rows.append(f"| **{tool}** | **all** | **{totals['findings']}** | {totals['true']} of {totals['judged']} | "
                    f"**{precision}** | **{100 * totals['false_errors'] / units:.2f}** | "
                    f"**{100 * totals['false_warnings'] / units:.2f}** |")
    unjudged = sum(1 for item in kztr_items if finding_key(item) not in judged)
    return lines + rows + (["", f"{unjudged} kztr findings not judged yet."] if unjudged else [])


def flags(items: list[dict]) -> dict[tuple[str, str], set[str]]:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in items:
        found[(item["language"], item["msgid"])].add(f"{item['check']}: {item['message']}")
    return found


def seeded_projects(clean: Path, markdown: Path, names: Path | None, short: bool = False,
                    one_language: bool = False) -> list[tuple[Path, list]]:
    """The seeds of a corpus, each with the project it goes into: the clean one's, and the Markdown one's markup
    seeds. ``short``: one language of short sentences, seeded 10 a kind (seeds.SHORT_KINDS); ``one_language``: one
    language of long ones, 10 a kind too (seeds.ONE_LANGUAGE_KINDS)."""
    from seeds import ONE_LANGUAGE_KINDS, SHORT_KINDS, markup_seed, markup_wanted, read_names, seeds_for

    seeds = seeds_for(units_of(clean), read_names(names) if names is not None else [],
                      **({"per_language": 10, "kinds": SHORT_KINDS} if short else
                         {"per_language": 10, "kinds": ONE_LANGUAGE_KINDS} if one_language else {}))
    wanted = markup_wanted(languages_of(markdown))
    return [(clean, seeds), (markdown, _markup_seeds(markdown, wanted, markup_seed))]


def seeded_figures(clean: Path, markdown: Path, folder: Path, names: Path | None, short: bool = False,
                   one_language: bool = False) -> list[str]:
    """Recall per kind, kztr's and pofilter's (``seeded_projects``)."""
    recall: dict[str, Counter] = defaultdict(Counter)
    for project, seeded in seeded_projects(clean, markdown, names, short, one_language):
        baseline = {"kztr check": flags(kztr_findings(project)), "default": flags(kztr_findings(project, False)),
                    "pofilter": flags(pofilter_findings(project))}
        copy = folder / f"{project.name}-seeded"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(project, copy)
        rewrite(copy, {(seed.language, seed.msgid): seed.after for seed in seeded})
        after = {"kztr check": flags(kztr_findings(copy)), "default": flags(kztr_findings(copy, False)),
                 "pofilter": flags(pofilter_findings(copy))}
        for seed in seeded:
            unit = (seed.language, seed.msgid)
            recall[seed.kind]["seeded"] += 1
            for tool in after:
                if after[tool].get(unit, set()) - baseline[tool].get(unit, set()):
                    recall[seed.kind][tool] += 1
    lines = ["| kind | seeded | kztr check (every check) | kztr check (default) | pofilter |", "|---|--:|--:|--:|--:|"]
    total = Counter()
    for kind, counts in recall.items():
        total.update(counts)
        lines.append(f"| {kind} | {counts['seeded']} | {counts['kztr check']} | {counts['default']} | "
                     f"{counts['pofilter']} |")
    lines.append(f"| **all** | **{total['seeded']}** | " + " | ".join(
        f"**{total[tool]} ({100 * total[tool] / total['seeded']:.1f} %)**" for tool in ("kztr check", "default",
                                                                                      "pofilter")) + " |")
    return lines


def _markup_seeds(project: Path, wanted, make_seed) -> list:
    from seeds import SEED, Seed

    generator = random.Random(SEED)
    units = units_of(project)
    seeds = []
    for language, what in wanted:
        pool = [unit for unit in units[language] if len(unit[2]) > 40 and not any(
            seed.msgid == unit[1] and seed.language == language for seed in seeds)]
        line, msgid, msgstr = generator.choice(pool)
        while not re.search(r"[^\W\d_]{5,}", msgstr):  # no word to mark up (short sentences): choose again
            line, msgid, msgstr = generator.choice(pool)
        seeds.append(Seed("markup", language, line, msgid, msgstr, make_seed(what, msgstr, generator)))
    return seeds


def timing(project: Path) -> list[str]:
    kztr_command = [sys.executable, "-m", "kztr", "check", "--project", str(project), "--format", "json",
                    "--fail-on", "never", "--no-cache"]
    out = project / "timing-out"
    out.mkdir(exist_ok=True)
    pofilter_command = ["sh", "-c", " && ".join(
        f"pofilter --language={language} --progress=none -i {project}/locales/{language}/LC_MESSAGES "
        f"-o {out}/{language}" for language in languages_of(project))]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from timing import timed

    kztr_time = timed(kztr_command, runs=5)
    pofilter_time = timed(pofilter_command, prepare=["sh", "-c", f"rm -rf {out} && mkdir {out}"], runs=5)
    return [f"| kztr check (every catalog, its default checks) | {kztr_time:.2f} s | {kztr_time.cpu:.2f} s |",
            f"| pofilter (every catalog) | {pofilter_time:.2f} s | {pofilter_time.cpu:.2f} s |",
            f"| pofilter / kztr | {pofilter_time / kztr_time:.1f}x | {pofilter_time.cpu / kztr_time.cpu:.1f}x |"]


def names_to_pick(project: Path, per_language: int = 120) -> None:
    """A random list of capitalised words (Latin, Cyrillic or Greek) inside the translations' sentences, with their
    units, to pick the names to drop and misspell from by hand (TSV: language, corpus line, word, translation,
    source)."""

    generator = random.Random(SEED_NAMES)
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["language", "line", "word", "translation", "source"])
    for language, units in units_of(project).items():
        found = [(line, match.group(), msgstr, msgid) for line, msgid, msgstr in units
                 for match in _CAPITALISED.finditer(msgstr)]
        for line, word, msgstr, msgid in generator.sample(found, min(per_language, len(found))):
            writer.writerow([language, line, word, msgstr, msgid])


SEED_NAMES = 2015
_CAPITALISED = re.compile(r"(?<=[^.!?…:«“\"(\s]\s)[A-ZА-ЯЁ\u0386-\u038f\u0391-\u03a9][^\W\d_]{2,}")  # inside a sentence
HALVED = ("ntrex", "tico")
# tatoeba_corpora.py's
MORE_TATOEBA = ("tatoeba-fr", "tatoeba-es", "tatoeba-de", "tatoeba-it", "tatoeba-tr", "tatoeba-el")
SHORT_SENTENCES = ("tatoeba", "tatoeba-ru", *MORE_TATOEBA)
# FLORES-200 with one catalog: seeded 10 a kind (seeds.ONE_LANGUAGE_KINDS)
ONE_LANGUAGE = ("flores-uk", "flores-fr", "flores-id", "flores-ca", "flores-pl", "flores-de", "flores-pt",
                "flores-es", "flores-el", "flores-tr", "flores-nl", "flores-it", "flores-sv", "flores-da",
                "flores-sl", "flores-ro", "flores-cs", "flores-sk",
                "flores-hr", "flores-bg")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("findings", "sample", "names", "report"))
    parser.add_argument("--corpus", default="un", choices=("un", "un-dev", "ntrex", "tico", "tico-tuning", "xquad",
                                                         "tatoeba", "flores", "tatoeba-ru", *MORE_TATOEBA,
                                                         *ONE_LANGUAGE))
    parser.add_argument("--half", default="held-out", choices=("tuning", "held-out"), help="NTREX's or TICO's half")
    parser.add_argument("--keep", type=Path, help="keep the generated projects in DIR")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix=f"kztr-{args.corpus}-"))
    folder.mkdir(parents=True, exist_ok=True)
    project = make(args.corpus, folder, args.half)
    names = None
    if args.corpus not in HALVED or args.half == "held-out":
        names = ROOT / "benchmarks" / "data" / f"{args.corpus}-names.tsv"
    if args.action == "findings":
        print_findings(kztr_findings(project), "kztr", args.corpus)
    elif args.action == "sample":
        print_findings(pofilter_sample(pofilter_findings(project)), "pofilter", args.corpus)
    elif args.action == "names":
        names_to_pick(project)
    else:
        started = time.perf_counter()
        units = sum(len(items) for items in units_of(project).values())
        print("\n".join(real_figures(kztr_findings(project), pofilter_findings(project), units, args.corpus)))
        print()
        print("\n".join(seeded_figures(project, make(args.corpus, folder, args.half, markdown=True), folder, names,
                                        short=args.corpus in SHORT_SENTENCES,
                                        one_language=args.corpus in ONE_LANGUAGE)))
        print()
        print("| what | wall (median of 5) | CPU |\n|---|--:|--:|")
        print("\n".join(timing(project)))
        print(f"\n(report made in {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if args.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
