"""kztr check over every outside corpus at once, to see what a change moves: findings and seeds, line by line.

real_check.py measures one corpus (its report: both tools, judged figures, time).
A change to a check is judged by what it moves on all of them: a finding new or
gone on the real translations, a seed found or lost. This runs kztr alone (every
check), writes one TSV per corpus, and compares two such runs:

    python benchmarks/check_sweep.py findings OUT           # every corpus's findings (OUT/<corpus>.tsv)
    python benchmarks/check_sweep.py seeds OUT              # every seed, found or not (OUT/<corpus>.seeds.tsv)
    python benchmarks/check_sweep.py compare OLD NEW        # what moved between two runs, and the seeds' totals

The kztr that runs is the one Python imports: ``PYTHONPATH=DIR`` (a copy of
``translate/`` taken before a change, say) runs that code. The projects are built
once into ``--projects`` (default /tmp/kztr-sweep) and reused; ``--corpus`` picks
some. Seeds are real_check.py's (seeds.py, the same draw), the markup seeds
included; a seed is found when kztr reports something on its unit that it did
not report on the clean unit. FLORES-200's Bulgarian is left out unless named:
it is kept as a fresh corpus (RESULTS.md, round 23).

The names check asks each translation's language's spelling dictionary (Debian's
hunspell-*), and a language without one is not asked: the figures depend on
which are installed. Every corpus language's should be (the setup
docs/check.md tells users to have); a run names on stderr those missing.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from real_check import (
    MORE_TATOEBA,
    ONE_LANGUAGE,
    ROOT,
    SHORT_SENTENCES,
    flags,
    kztr_findings,
    languages_of,
    make,
    project_name,
    rewrite,
    seeded_projects,
)

CORPORA = ("un", "un-dev", "ntrex", "tico", "tico-tuning", "xquad", "tatoeba", "flores", "tatoeba-ru",
           *(corpus for corpus in MORE_TATOEBA if corpus != "tatoeba-it"),
           *(corpus for corpus in ONE_LANGUAGE if corpus != "flores-bg"))
FINDING_FIELDS = ("language", "line", "check", "severity", "message")
SEED_FIELDS = ("kind", "language", "line", "found", "new", "source", "translation", "seeded")


def project_of(corpus: str, projects: Path, markdown: bool = False) -> Path:
    """The corpus as a project under ``projects``, built the first time it is asked for."""
    project = projects / project_name(corpus, markdown=markdown)
    if not (project / "lines.json").exists():
        make(corpus, projects, markdown=markdown)
    return project


def corpus_findings(corpus: str, projects: Path, out: Path) -> str:
    rows = sorted((str(item["language"]), int(item["line"]), item["check"], item["severity"],
                   " ".join(item["message"].split())) for item in kztr_findings(project_of(corpus, projects)))
    write(out / f"{corpus}.tsv", FINDING_FIELDS, rows)
    return f"{corpus}: {len(rows)} findings"


def corpus_seeds(corpus: str, projects: Path, out: Path) -> str:
    rows = []
    for project, seeded in seeded_projects(project_of(corpus, projects), project_of(corpus, projects, markdown=True),
                                           ROOT / "benchmarks" / "data" / f"{corpus}-names.tsv",
                                           short=corpus in SHORT_SENTENCES, one_language=corpus in ONE_LANGUAGE):
        before = flags(kztr_findings(project))
        copy = out / f".{project.name}-seeded"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(project, copy)
        rewrite(copy, {(seed.language, seed.msgid): seed.after for seed in seeded})
        after = flags(kztr_findings(copy))
        shutil.rmtree(copy)
        for seed in seeded:
            new = sorted(after.get((seed.language, seed.msgid), set()) - before.get((seed.language, seed.msgid), set()))
            rows.append((seed.kind, seed.language, seed.line, int(bool(new)),
                         " | ".join(" ".join(text.split()) for text in new), *(" ".join(text.split()) for text in
                                                                               (seed.msgid, seed.before, seed.after))))
    write(out / f"{corpus}.seeds.tsv", SEED_FIELDS, rows)
    return f"{corpus}: {sum(row[3] for row in rows)} of {len(rows)} seeds found"


def missing_dictionaries(corpora, projects: Path) -> None:
    """Name on stderr the corpora's languages whose spelling dictionary is not installed, with Debian's package."""
    from kztr.text.dictionaries import debian_package, present

    languages = {language for corpus in corpora for language in languages_of(project_of(corpus, projects))}
    missing = sorted(language for language in languages if not present(language))
    if missing:
        print("check_sweep: no spelling dictionary of " + ", ".join(missing) + " (apt-get install "
              + " ".join(debian_package(language) for language in missing) + "): their names are checked less",
              file=sys.stderr)


def write(path: Path, fields: tuple[str, ...], rows) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(fields)
        writer.writerows(rows)


def read(path: Path) -> list[tuple[str, ...]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [tuple(row) for row in list(csv.reader(handle, delimiter="\t"))[1:]]


def compare(old: Path, new: Path) -> None:
    """Findings new and gone per corpus; seeds found and lost, and the totals per kind."""
    corpora = sorted({path.name.split(".")[0] for folder in (old, new) for path in folder.glob("*.tsv")})
    totals: dict[str, Counter] = {"old": Counter(), "new": Counter(), "seeded": Counter()}
    for corpus in corpora:
        before, after = set(read(old / f"{corpus}.tsv")), set(read(new / f"{corpus}.tsv"))
        for sign, rows in (("-", before - after), ("+", after - before)):
            for row in sorted(rows):
                print(f"{sign} {corpus}\t" + "\t".join(row))
        seeds_before = {row[:3]: row for row in read(old / f"{corpus}.seeds.tsv")}
        seeds_after = {row[:3]: row for row in read(new / f"{corpus}.seeds.tsv")}
        for key in sorted(seeds_before.keys() | seeds_after.keys()):
            was, now = seeds_before.get(key, ("", "", "", "0", "")), seeds_after.get(key, ("", "", "", "0", ""))
            if was[3] != now[3]:
                print(f"{'found' if now[3] == '1' else 'lost'} {corpus}\t" + "\t".join(key) + f"\t{now[4] or was[4]}")
        for key, row in seeds_after.items():
            totals["seeded"][key[0]] += 1
            totals["new"][key[0]] += int(row[3])
        for key, row in seeds_before.items():
            totals["old"][key[0]] += int(row[3])
    if totals["seeded"]:
        print("\n| kind | seeded | found before | found now |\n|---|--:|--:|--:|")
        for kind in sorted(totals["seeded"]):
            print(f"| {kind} | {totals['seeded'][kind]} | {totals['old'][kind]} | {totals['new'][kind]} |")
        seeded, was, now = (sum(totals[key].values()) for key in ("seeded", "old", "new"))
        print(f"| **all** | **{seeded}** | **{was} ({100 * was / seeded:.1f} %)** | "
              f"**{now} ({100 * now / seeded:.1f} %)** |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("findings", "seeds", "compare"))
    parser.add_argument("out", type=Path, help="the run's folder (compare: the older run's)")
    parser.add_argument("newer", type=Path, nargs="?", help="compare: the newer run's folder")
    parser.add_argument("--corpus", action="append", choices=(*CORPORA, "flores-bg"), help="only these (repeat)")
    parser.add_argument("--projects", type=Path, default=Path("/tmp/kztr-sweep"), help="where the projects are built")
    parser.add_argument("--jobs", type=int, default=2, help="corpora at once (default 2)")
    args = parser.parse_args()
    if args.action == "compare":
        if args.newer is None:
            parser.error("compare needs two folders: OLD NEW")
        compare(args.out, args.newer)
        return
    args.out.mkdir(parents=True, exist_ok=True)
    args.projects.mkdir(parents=True, exist_ok=True)
    work = corpus_findings if args.action == "findings" else corpus_seeds
    corpora = args.corpus or CORPORA
    missing_dictionaries(corpora, args.projects)
    for corpus in corpora:  # built one at a time: two builds of one corpus's halves would share a folder
        project_of(corpus, args.projects)
        if args.action == "seeds":
            project_of(corpus, args.projects, markdown=True)
    with ProcessPoolExecutor(args.jobs) as pool:
        for said in pool.map(work, corpora, [args.projects] * len(corpora), [args.out] * len(corpora)):
            print(said, file=sys.stderr)


if __name__ == "__main__":
    main()
