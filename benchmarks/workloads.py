"""Workloads for benchmarks/archive.py: edited documents, their catalogs, and how to score a merge.

* ``near_duplicates``: sentences made of pieces of the shipped article, as a
  boilerplate-heavy archive has them (issue 13): new sentences resemble old
  ones, so a merge that fills by similarity alone hands out strangers'
  translations.
* ``real_sentences``: distinct Arabic news sentences written by hand for this
  benchmark (benchmarks/data/arabic-news-sentences.txt) plus the shipped
  article's; or Debian's Arabic user-interface messages (the .mo files under
  /usr/share/locale/ar), when present.

Each workload is a document (paragraphs of sentences) before and after an
edit: a share of sentences edited by one word, some deleted, some new.  Every
old sentence is translated (a unique English line), so a merged catalog says
exactly which translation went where.
"""

from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "translate"))

ARTICLE = ROOT / "source" / "kazakhstan-diplomacy-2022.txt"
NEWS = ROOT / "benchmarks" / "data" / "arabic-news-sentences.txt"
_TERMINATORS = re.compile(r"[.!?؟…]")


@dataclass
class Workload:
    name: str
    old: list[list[str]]  # paragraphs of sentences, before the edit
    new: list[list[str]]  # after
    edited: dict[str, str] = field(default_factory=dict)  # new sentence -> the old one it was
    inserted: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)

    @property
    def units(self) -> int:
        return sum(len(paragraph) for paragraph in self.new)


def translation_of(number: int) -> str:
    return f"Archive sentence number {number} in English."


def _article_sentences() -> list[str]:
    from kztr.text.segment import split_sentences

    sentences = []
    for line in ARTICLE.read_text(encoding="utf-8").splitlines():
        sentences += [s for s in split_sentences(line) if len(s.split()) >= 6 and _TERMINATORS.match(s[-1])]
    return sentences


def _edit(rng: random.Random, paragraphs: list[list[str]], make_new, vocabulary: list[str],
          edit: float, delete: float, insert: float, name: str) -> Workload:
    """Edit a share of sentences by one word, delete some, insert new ones."""
    taken = {sentence for paragraph in paragraphs for sentence in paragraph}
    slots = [(p, s) for p, paragraph in enumerate(paragraphs) for s in range(len(paragraph))]
    rng.shuffle(slots)
    count = len(slots)
    n_edit, n_delete, n_insert = round(count * edit), round(count * delete), round(count * insert)
    to_edit, to_delete = set(slots[:n_edit]), set(slots[n_edit:n_edit + n_delete])
    workload = Workload(name, [list(p) for p in paragraphs], [])
    new_paragraphs = []
    for p, paragraph in enumerate(paragraphs):
        result = []
        for s, sentence in enumerate(paragraph):
            if (p, s) in to_delete:
                workload.deleted.add(sentence)
                continue
            if (p, s) in to_edit:
                words = sentence.split()
                for _ in range(20):
                    at = rng.randrange(len(words) - 1)  # not the last word: it carries the full stop
                    changed = " ".join([*words[:at], rng.choice(vocabulary), *words[at + 1:]])
                    if changed not in taken:
                        break
                else:
                    result.append(sentence)
                    continue
                taken.add(changed)
                workload.edited[changed] = sentence
                result.append(changed)
                continue
            result.append(sentence)
        new_paragraphs.append(result)
    for _ in range(n_insert):
        sentence = make_new(taken)
        if sentence is None:
            break
        taken.add(sentence)
        workload.inserted.add(sentence)
        paragraph = new_paragraphs[rng.randrange(len(new_paragraphs))]
        paragraph.insert(rng.randrange(len(paragraph) + 1), sentence)
    workload.new = _segmentable([paragraph for paragraph in new_paragraphs if paragraph])
    workload.old = _segmentable(workload.old)
    return workload


def _segmentable(paragraphs: list[list[str]]) -> list[list[str]]:
    """The paragraphs, each one that kztr would not cut back into its sentences (``في. في``: a
    sentence end the segmenter reads as initials) written as one paragraph per sentence: a
    document's units are then exactly its sentences, as the scoring needs."""
    from kztr.text.segment import split_sentences

    found = []
    for paragraph in paragraphs:
        if split_sentences(" ".join(paragraph)) == paragraph:
            found.append(paragraph)
        else:
            found += [[sentence] for sentence in paragraph]
    return found


def near_duplicates(units: int = 10_000, seed: int = 0, edit: float = 0.05, delete: float = 0.02,
                    insert: float = 0.02, per_paragraph: int = 4) -> Workload:
    """``units`` sentences glued from pieces of the article's sentences (issue 13's workload)."""
    from kztr.text.segment import split_sentences

    rng = random.Random(seed)
    sources = [[_TERMINATORS.sub("", word) or word for word in sentence.split()] for sentence in _article_sentences()]
    sources = [[word for word in words if word] for words in sources]
    vocabulary = sorted({word for words in sources for word in words})

    def glued(taken: set[str]) -> str:
        while True:
            pieces = []
            for _ in range(rng.choice((2, 2, 3))):
                words = rng.choice(sources)
                length = rng.randint(3, 9)
                start = rng.randrange(max(1, len(words) - length))
                pieces += words[start:start + length]
            sentence = " ".join(pieces) + "."
            # one unit, and a sentence end before the next (not "لـ." taken for an abbreviation)
            if sentence not in taken and split_sentences(f"{sentence} وأضاف.") == [sentence, "وأضاف."]:
                return sentence

    taken: set[str] = set()
    sentences = []
    for _ in range(units):
        sentence = glued(taken)
        taken.add(sentence)
        sentences.append(sentence)
    paragraphs = [sentences[i:i + per_paragraph] for i in range(0, len(sentences), per_paragraph)]
    return _edit(rng, paragraphs, glued, vocabulary, edit, delete, insert, f"near-duplicates {units}")


def news_corpus() -> list[str]:
    """The hand-written news sentences and the article's, distinct."""
    from kztr.text.segment import normalize_text

    lines = [normalize_text(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(lines + _article_sentences()))


def debian_corpus() -> list[str]:
    """Distinct Arabic sentences of six words or more from Debian's installed .mo files."""
    import polib
    from kztr.text.segment import normalize_text, split_sentences

    seen: dict[str, None] = {}
    for path in sorted(Path("/usr/share/locale/ar/LC_MESSAGES").glob("*.mo")):
        if path.name.startswith(("iso_", "xkeyboard")):
            continue
        for entry in polib.mofile(str(path)):
            text = normalize_text(entry.msgstr)
            if len(text.split()) >= 6 and re.search("[\u0621-\u064a]", text) \
                    and not re.search(r"[%{}<>_&\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]", text) \
                    and not _TERMINATORS.search(text[:-1]):
                text = text if _TERMINATORS.match(text[-1]) else text + "."
                if split_sentences(f"{text} وأضاف.") == [text, "وأضاف."]:
                    seen.setdefault(text)
    return list(seen)


def real_sentences(corpus: list[str], name: str, seed: int = 0, edit: float = 0.05, delete: float = 0.02,
                   insert: float = 0.02, per_paragraph: int = 4) -> Workload:
    """A document of real distinct sentences; the new ones are held out from the same corpus."""
    rng = random.Random(seed)
    sentences = list(corpus)
    rng.shuffle(sentences)
    held_out = sentences[:max(3, round(len(sentences) * insert))]
    document = sentences[len(held_out):]
    vocabulary = sorted({_TERMINATORS.sub("", word) for sentence in corpus for word in sentence.split()} - {""})
    paragraphs = [document[i:i + per_paragraph] for i in range(0, len(document), per_paragraph)]
    pool = iter(held_out)
    return _edit(rng, paragraphs, lambda taken: next(pool, None), vocabulary, edit, delete,
                 len(held_out) / len(document), name)


def write_source(path: Path, paragraphs: list[list[str]]) -> None:
    path.write_text("".join(" ".join(paragraph) + "\n\n" for paragraph in paragraphs), encoding="utf-8")


def make_project(folder: Path, workload: Workload, languages: tuple[str, ...] = ("en",),
                 doc: str = "archive", glossary: bool = False) -> dict[str, str]:
    """A kztr project whose catalogs translate every old sentence; the source then edited.

    ``glossary``: the project has the shipped glossaries (glossary/<lang>.tsv), as
    users have them: extract writes their terms into the catalogs' notes.

    Returns old sentence -> its translation.  Also writes old.po (the first
    language's catalog before the merge) and new.pot (the template of the
    edited source, as kztr extract writes it) beside the project, for peers.
    """
    import shutil

    from kztr.config import load_settings
    from kztr.po.catalog import read_catalog
    from kztr.po.pofile import generate_po
    from kztr.project import read_documents, template_for
    from kztr.workflow import extract, init_language

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "kztr.toml").write_text('source-language = "ar"\nproject = "archive"\n', encoding="utf-8")
    (folder / "source").mkdir(exist_ok=True)
    if glossary:
        shutil.copytree(ROOT / "glossary", folder / "glossary")
    source = folder / "source" / f"{doc}.txt"
    write_source(source, workload.old)
    settings = load_settings(folder)
    for language in languages:
        init_language(settings, language)
    translations = {}
    for language in languages:
        po = settings.catalog_path(language, doc)
        catalog = read_catalog(po)
        entries = []
        for number, entry in enumerate(catalog.entries):
            translations[entry.msgid] = translation_of(number)
            entries.append(replace(entry, msgstr=translation_of(number)))
        po.write_text(generate_po(replace(catalog, entries=tuple(entries))), encoding="utf-8")
    extract(settings)  # the state after the last run: template and catalogs in step with the old source
    (folder.parent / "old.po").write_bytes(settings.catalog_path(languages[0], doc).read_bytes())
    write_source(source, workload.new)
    _, text, _ = template_for(settings, read_documents(settings)[0])
    (folder.parent / "new.pot").write_text(text, encoding="utf-8")
    return translations


def documents_project(folder: Path, documents: int = 1_000, units: int = 100,
                      languages: tuple[str, ...] = ("en", "fr", "ru"), seed: int = 3) -> None:
    """An archive: ``documents`` documents of ``units`` sentences (the near-duplicate sentences,
    25 paragraphs of four), the shipped glossaries, a catalog per language with every unit's
    fate drawn: 93 % translated, 5 % fuzzy, 2 % untranslated (issue 22's workload)."""
    import shutil

    from kztr.config import load_settings
    from kztr.po.catalog import read_catalog
    from kztr.po.pofile import generate_po
    from kztr.workflow import init_language

    shutil.rmtree(folder, ignore_errors=True)
    (folder / "source").mkdir(parents=True)
    (folder / "kztr.toml").write_text('source-language = "ar"\nproject = "archive"\n', encoding="utf-8")
    shutil.copytree(ROOT / "glossary", folder / "glossary")
    workload = near_duplicates(documents * units, seed=seed, edit=0, delete=0, insert=0)
    sentences = [sentence for paragraph in workload.old for sentence in paragraph]
    for number in range(documents):
        mine = sentences[number * units:(number + 1) * units]
        write_source(folder / "source" / f"article-{number:04d}.txt",
                     _segmentable([mine[i:i + 4] for i in range(0, units, 4)]))
    settings = load_settings(folder)
    for language in languages:
        init_language(settings, language)
    rng = random.Random(seed)
    counter = 0
    for language in languages:
        for number in range(documents):
            path = settings.catalog_path(language, f"article-{number:04d}")
            catalog = read_catalog(path)
            entries = []
            for entry in catalog.entries:
                counter += 1
                draw = rng.random()
                if draw < 0.93:
                    entries.append(replace(entry, msgstr=translation_of(counter)))
                elif draw < 0.98:
                    entries.append(replace(entry, msgstr=translation_of(counter), flags=("fuzzy",)))
                else:
                    entries.append(entry)
            path.write_text(generate_po(replace(catalog, entries=tuple(entries))), encoding="utf-8")


@dataclass(frozen=True)
class Quality:
    edited: int
    edited_kept: int  # the edited unit holds the translation of the sentence it was
    edited_wrong: int  # the edited unit holds another sentence's translation
    new: int
    new_filled: int  # a brand-new unit holds someone's translation
    duplicated: int  # translations standing on more than one live unit
    unchanged_lost: int  # unchanged units without their own translation


def score(po: Path, workload: Workload, translations: dict[str, str]) -> Quality:
    """How a merged catalog treated the workload's edits."""
    import polib

    live = [entry for entry in polib.pofile(str(po)) if not entry.obsolete]
    by_msgid = {entry.msgid: entry.msgstr for entry in live}
    kept = wrong = 0
    for new, old in workload.edited.items():
        got = by_msgid.get(new, "")
        if got == translations[old]:
            kept += 1
        elif got:
            wrong += 1
    filled = sum(1 for sentence in workload.inserted if by_msgid.get(sentence))
    counts: dict[str, int] = {}
    for entry in live:
        if entry.msgstr:
            counts[entry.msgstr] = counts.get(entry.msgstr, 0) + 1
    unchanged = {s for paragraph in workload.new for s in paragraph} - set(workload.edited) - workload.inserted
    lost = sum(1 for sentence in unchanged if by_msgid.get(sentence) != translations.get(sentence))
    return Quality(len(workload.edited), kept, wrong, len(workload.inserted), filled,
                   sum(1 for n in counts.values() if n > 1), lost)
