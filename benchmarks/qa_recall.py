"""How many realistic translation mistakes does ``kztr check`` find, next to ``pofilter``?

Builds a throwaway project: the shipped article with its English catalog (a
frozen copy, benchmarks/data/qa-en.po, so the seeds find their text), the
shipped glossary/en.tsv, and
a short news brief (written for this benchmark, below) in the style the
article lacks: Arabic-Indic digits (٤٫٨٪, ١٢٬٥٠٠), Latin runs (AIF, COVID-19,
UNESCO, a URL, an e-mail address), a question. Then, for each kind of
mistake, a copy of the two English catalogs with at least five mistakes of
that kind seeded into different units, written to look like real ones
(a changed number, a dropped acronym, a clause left out, a pasted
neighbour, Tokaev for Tokayev, …).

Both tools run on the same files:

* ``kztr check --format json --fail-on never`` with ``glossary/en.tsv``;
* translate-toolkit's ``pofilter --language=en`` (Debian's /usr/bin/pofilter,
  its default "standard" checks; it has no glossary input of this kind).

A seeded unit counts as found when the tool reports something on it that it
did not report on the same unit of the clean catalogs (for pofilter a check
name, as its messages are generic; for kztr a check and message): a flag the
clean unit already carried tells a reviewer nothing. False findings are the
clean units a tool flags (the same units in every copy, so counted once),
with the checks that flag them.

    python benchmarks/qa_recall.py [--keep DIR] [--markdown]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "kazakhstan-diplomacy-2022"
BRIEF = "astana-forum-brief"
# The shipped English catalog as it was when the seeds were written (commit dedade9): seeds need fixed text.
FROZEN_EN = ROOT / "benchmarks" / "data" / "qa-en.po"

BRIEF_SOURCE = """\
منتدى أستانا الدولي

استضافت أستانا منتدى أستانا الدولي (AIF) يومي ٨ و٩ يونيو ٢٠٢٣ بمشاركة أكثر من ٥٠٠٠ ضيف من ٧٠ دولة.
وقال الرئيس توكاييف إن الاقتصاد نما بنسبة ٤٫٨٪ في عام ٢٠٢٢، وإن الاستثمارات الأجنبية بلغت ٢٨٫٣ مليار دولار.
وناقش المشاركون آثار جائحة COVID-19 على سلاسل التوريد، ودور منظمة UNESCO في حماية التراث في سمرقند وتركستان.
هل يمكن لآسيا الوسطى أن تصبح جسرًا بين الشرق والغرب؟
وأكد الوزير أن ١٢٬٥٠٠ طن من الحبوب نُقلت عبر الممر الأوسط خلال الفترة ٢٠٢١-٢٠٢٣.
ويمكن الاطلاع على البرنامج الكامل عبر الموقع www.astanaforum.org أو مراسلة المنظمين على press@astanaforum.org.
وشارك في الجلسة الختامية ممثلون عن مجموعة العشرين (G20) وبنك التنمية الآسيوي (ADB).
"""

BRIEF_ENGLISH = {
    "منتدى أستانا الدولي": "The Astana International Forum",
    "استضافت أستانا": "Astana hosted the Astana International Forum (AIF) on 8 and 9 June 2023, with more than "
                      "5,000 guests from 70 countries.",
    "وقال الرئيس توكاييف": "President Tokayev said the economy had grown by 4.8% in 2022 and that foreign "
                           "investment had reached $28.3 billion.",
    "وناقش المشاركون": "Participants discussed the effects of the COVID-19 pandemic on supply chains and the role "
                       "of UNESCO in protecting the heritage of Samarkand and Turkistan.",
    "هل يمكن": "Can Central Asia become a bridge between East and West?",
    "وأكد الوزير": "The minister confirmed that 12,500 tonnes of grain had been shipped through the Middle "
                   "Corridor in 2021–2023.",
    "ويمكن الاطلاع": "The full programme is available at www.astanaforum.org, and the organisers can be reached "
                     "at press@astanaforum.org.",
    "وشارك في الجلسة": "Representatives of the Group of Twenty (G20) and the Asian Development Bank (ADB) attended "
                       "the closing session.",
}

# kind → [(document, start of the msgid, old text, new text)]: the same replacement a
# hurried translator or a bad paste would make. "" as old text: replace the whole msgstr.
SEEDS: dict[str, list[tuple[str, str, str, str]]] = {
    "numbers": [
        (ARTICLE, "وبلغت رئاسة كازاخستان", "on 14 October", "on 4 October"),
        (ARTICLE, "واختتمت القمة السادسة", "2022–2024", "2022–2025"),
        (BRIEF, "وقال الرئيس توكاييف", "4.8%", "8.4%"),
        (BRIEF, "وأكد الوزير", "12,500 tonnes", "12.500 tonnes"),
        (BRIEF, "استضافت أستانا", "5,000 guests", "500 guests"),
        (ARTICLE, "بناءً على الجهود", "since 2003", "since 2013"),
    ],
    "latin": [
        (ARTICLE, "خلال العام 2022، مددت", "its CICA chairmanship", "its chairmanship"),
        (ARTICLE, "وقد منح قرار القمة", "status in CICA", "status in the organisation"),
        (BRIEF, "استضافت أستانا", " (AIF)", ""),
        (BRIEF, "ويمكن الاطلاع", "press@astanaforum.org", "press@astana-forum.org"),
        (BRIEF, "وناقش المشاركون", "the COVID-19 pandemic", "the coronavirus pandemic"),
    ],
    "script": [
        (ARTICLE, "رئاسة كازاخستان في كومنولث", "", "رئاسة كازاخستان في كومنولث الدول المستقلة"),
        (ARTICLE, "واختتمت القمة السادسة", "the Astana Statement", "the بيان أستانا"),
        (ARTICLE, "وحضر القمة أحد عشر", "Belarus (an observer)", "Belarus (مراقب)"),
        (BRIEF, "وأكد الوزير", "the Middle Corridor", "the الممر الأوسط"),
        (BRIEF, "منتدى أستانا الدولي", "", "منتدى أستانا الدولي"),
    ],
    "punctuation": [
        (BRIEF, "هل يمكن", "East and West?", "East and West."),
        (ARTICLE, "تأسس مؤتمر حول", "peace, freedom and prosperity.", "peace, freedom and prosperity"),
        (ARTICLE, "وحضر القمة أحد عشر", "Belarus (an observer)", "Belarus (an observer"),
        (ARTICLE, "ودعا توكاييف المجتمع الدولي", "peaceful coexistence”.", "peaceful coexistence."),
        (BRIEF, "وشارك في الجلسة", "the closing session.", "the closing session"),
    ],
    "omission": [
        (ARTICLE, "وعلى مدار 2022، ركزت", ", expanding the CIS’s cooperation with other regional organisations and "
         "integration associations, facilitating the post-pandemic recovery of CIS member states, introducing digital "
         "technologies and improving the quality and accessibility of transport infrastructure, "
         "among other things", ""),
        (ARTICLE, "تأسس مؤتمر حول", ", which can be achieved through dialogue and cooperation leading to a common "
         "and indivisible security area in Asia, where all states coexist peacefully and their peoples live in "
         "peace, freedom and prosperity", ""),
        (ARTICLE, "وحضر القمة أحد عشر", " – including the presidents of Azerbaijan, Belarus (an observer), Iran, "
         "Kazakhstan, Kyrgyzstan, Palestine, Russia, Tajikistan, Türkiye and Uzbekistan, as well as the Emir of "
         "Qatar –", ""),
        (ARTICLE, "بناءً على الجهود", " The congress was due to be held in 2021 but was postponed until this year "
         "because of the pandemic.", ""),
        (BRIEF, "وناقش المشاركون", " and the role of UNESCO in protecting the heritage of Samarkand and Turkistan",
         ""),
    ],
    "whitespace": [
        (ARTICLE, "دبلوماسية", "Diplomacy", "Diplomacy "),
        (ARTICLE, "ترأست كازاخستان", "Kazakhstan chaired", " Kazakhstan chaired"),
        (ARTICLE, "مع التركيز على توسيع", "expanding supply chains", "expanding  supply chains"),
        (BRIEF, "وقال الرئيس توكاييف", "President Tokayev", "President\u200f Tokayev"),
        (BRIEF, "وشارك في الجلسة", "attended the closing", "attended\nthe closing"),
    ],
    "consistency": [  # a neighbour's translation pasted into the wrong unit
        (ARTICLE, "وقد منح قرار القمة", "", "@previous"),
        (ARTICLE, "وتحدث من على منبر", "", "@previous"),
        (ARTICLE, "ودعا الرئيس توكاييف الدول", "", "@previous"),
        (ARTICLE, "وحصلت المجر", "", "@previous"),
        (BRIEF, "وشارك في الجلسة", "", "@previous"),
    ],
    "glossary": [
        (ARTICLE, "كما تحدث الرئيس توكاييف", "President Tokayev", "President Tokaev"),
        (ARTICLE, "ودعا توكاييف المجتمع", "Tokayev called", "Tokaev called"),
        (ARTICLE, "خلال العام 2022، أعادت", "Astana once again", "Nur-Sultan once again"),
        (ARTICLE, "انطلقت قمة منظمة الدول التركية", "Türkiye", "Turkey"),
        (BRIEF, "وناقش المشاركون", "Samarkand", "Samarqand"),
    ],
}


def kztr(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kztr", *args, "--project", str(project)], capture_output=True,
                          text=True, check=False)


def make_project(folder: Path) -> Path:
    project = folder / "clean"
    (project / "source").mkdir(parents=True)
    shutil.copyfile(ROOT / "source" / f"{ARTICLE}.txt", project / "source" / f"{ARTICLE}.txt")
    (project / "source" / f"{BRIEF}.txt").write_text(BRIEF_SOURCE, encoding="utf-8")
    (project / "kztr.toml").write_text('source-language = "ar"\nproject = "qa benchmark"\n', encoding="utf-8")
    (project / "locales" / "en" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copyfile(FROZEN_EN,
                    project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po")
    shutil.copytree(ROOT / "glossary", project / "glossary")
    done = kztr(project, "extract")
    assert done.returncode == 0, done.stderr
    edit(project, BRIEF, lambda msgid, msgstr, previous: next(text for start, text in BRIEF_ENGLISH.items()
                                                   if msgid.startswith(start)))
    return project


def edit(project: Path, document: str, change) -> None:
    """Rewrite a catalog with ``change(msgid, msgstr, previous msgstr) -> msgstr`` (kztr's reader and writer)."""
    from dataclasses import replace

    from kztr.po.catalog import read_catalog
    from kztr.po.pofile import generate_po

    path = project / "locales" / "en" / "LC_MESSAGES" / f"{document}.po"
    catalog = read_catalog(path)
    entries, previous = [], ""
    for entry in catalog.entries:
        new = change(entry.msgid, entry.msgstr, previous)
        previous = entry.msgstr
        entries.append(replace(entry, msgstr=new))
    path.write_text(generate_po(replace(catalog, entries=tuple(entries))), encoding="utf-8")


def seed(clean: Path, folder: Path, kind: str) -> tuple[Path, set[tuple[str, str]]]:
    project = folder / kind
    shutil.copytree(clean, project)
    seeded: set[tuple[str, str]] = set()
    for document in (ARTICLE, BRIEF):
        wanted = [(start, old, new) for doc, start, old, new in SEEDS[kind] if doc == document]

        def change(msgid: str, msgstr: str, previous: str, wanted=wanted, document=document) -> str:
            for start, old, new in wanted:
                if msgid.startswith(start):
                    seeded.add((document, msgid))
                    if new == "@previous":
                        return previous
                    if not old:
                        return new
                    assert old in msgstr, (kind, start, old)
                    return msgstr.replace(old, new, 1)
            return msgstr

        edit(project, document, change)
    assert len(seeded) == len(SEEDS[kind]), (kind, len(seeded))
    return project, seeded


def kztr_flags(project: Path) -> dict[tuple[str, str], set[str]]:
    done = kztr(project, "check", "--format", "json", "--fail-on", "never")
    assert done.returncode == 0, done.stderr
    flags: dict[tuple[str, str], set[str]] = defaultdict(set)
    for item in json.loads(done.stdout):
        if not item["accepted"]:
            flags[(item["document"], item["msgid"])].add(f"{item['check']}: {item['message']}")
    return flags


def pofilter_flags(project: Path) -> dict[tuple[str, str], set[str]]:
    import polib

    flags: dict[tuple[str, str], set[str]] = defaultdict(set)
    for document in (ARTICLE, BRIEF):
        source = project / "locales" / "en" / "LC_MESSAGES" / f"{document}.po"
        output = project / f"pofilter-{document}.po"
        done = subprocess.run(["pofilter", "--language=en", "--progress=none", "-i", str(source), "-o", str(output)],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        if output.exists():
            for entry in polib.pofile(str(output)):
                for line in entry.tcomment.splitlines():
                    if line.startswith("(pofilter) "):
                        flags[(document, entry.msgid)].add(line[len("(pofilter) "):].split(":")[0])
    return flags


def check_names(flags: dict[tuple[str, str], set[str]]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for found in flags.values():
        for name in {flag.split(":")[0] for flag in found}:
            counts[name] += 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="Keep the generated projects in DIR.")
    args = parser.parse_args()
    if shutil.which("pofilter") is None:
        sys.exit("pofilter not found: apt-get install translate-toolkit")
    folder = Path(tempfile.mkdtemp(prefix="kztr-qa-")) if args.keep is None else args.keep
    folder.mkdir(parents=True, exist_ok=True)
    compare({"kztr check": kztr_flags, "pofilter": pofilter_flags}, folder)
    if args.keep is None:
        shutil.rmtree(folder)


def compare(tools: dict, folder: Path) -> None:
    """Run each tool (project folder -> {(document, msgid): flags}) on the clean and the seeded
    projects made in ``folder``; print the recall table and the clean catalogs' flags."""
    clean = make_project(folder)
    baseline = {name: run(clean) for name, run in tools.items()}
    units = sum(item["units_total"] for item in json.loads(kztr(clean, "status", "--format", "json").stdout))
    found: dict[str, dict[str, int]] = defaultdict(dict)
    total = {name: 0 for name in tools}
    seeds = 0
    for kind in SEEDS:
        project, seeded = seed(clean, folder, kind)
        seeds += len(seeded)
        for name, run in tools.items():
            flags = run(project)
            hits = sum(1 for unit in seeded if flags.get(unit, set()) - baseline[name].get(unit, set()))
            found[kind][name] = hits
            total[name] += hits
    print(f"{seeds} seeded mistakes in {len(SEEDS)} kinds; {units} units in the clean catalogs "
          f"(the article's 45 and the brief's {units - 45})\n")
    print("| kind | seeded | " + " | ".join(tools) + " |")
    print("|---|--:|" + "--:|" * len(tools))
    for kind in SEEDS:
        print(f"| {kind} | {len(SEEDS[kind])} | " + " | ".join(str(found[kind][name]) for name in tools) + " |")
    print(f"| **recall** | {seeds} | " + " | ".join(f"**{total[name]} ({100 * total[name] / seeds:.0f} %)**"
                                                    for name in tools) + " |")
    print(f"| false findings: clean units flagged (of {units}) | | "
          + " | ".join(str(len(baseline[name])) for name in tools) + " |")
    for name in tools:
        names = ", ".join(f"{check} {count}" for check, count in check_names(baseline[name]).items())
        print(f"\n{name} on the clean catalogs: {names or 'nothing'}")


if __name__ == "__main__":
    main()
