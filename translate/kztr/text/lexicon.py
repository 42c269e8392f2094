"""Which Arabic words a spelling dictionary of Arabic knows: a word it does not is most often a foreign name.

The dictionary is Ayaspell's (hunspell-ar: GPL 2 / LGPL 2.1 / MPL 1.1), as
Debian installs it (``apt-get install hunspell-ar``: /usr/share/hunspell), read
by hunspell itself (the chunspell binding) with its affix rules, so a word with
its clitics and endings (وبالكتابين) is a word. ``KZTR_HUNSPELL_PATH`` names
other folders to look in (``:``-separated), before the usual ones. Without the
dictionary nothing is unknown, and the checks that ask lose only what it adds.
"""

from __future__ import annotations

import os
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

_FOLDERS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell")
_NAME = "ar"


def dictionary_folder(name: str = _NAME) -> str | None:
    """Where a hunspell dictionary's two files are (``ar.dic``, ``ar.aff``): ``KZTR_HUNSPELL_PATH``'s folders first,
    then the usual ones."""
    folders = [folder for folder in os.environ.get("KZTR_HUNSPELL_PATH", "").split(":") if folder] + list(_FOLDERS)
    return next((folder for folder in folders if (Path(folder) / f"{name}.dic").is_file()
                 and (Path(folder) / f"{name}.aff").is_file()), None)


def dictionary_installed() -> bool:
    """Are the Arabic dictionary and hunspell's binding there, without loading the dictionary (0.6 s)?"""
    import importlib.util

    return dictionary_folder() is not None and importlib.util.find_spec("hunspell") is not None


def load_hunspell(name: str, folder: str | Path) -> Any:
    """hunspell (the chunspell binding) with the dictionary ``name`` of ``folder`` (0.1-1 s to load), or None where
    the binding is not installed or cannot read the files."""
    try:
        import hunspell

        return hunspell.Hunspell(name, hunspell_data_dir=str(folder))
    except Exception:  # the binding missing or a file it cannot read: no dictionary
        return None


def dictionary_text(name: str, folder: str | Path) -> str:
    """A hunspell dictionary's word list (``name.dic`` in ``folder``) as text, in the encoding its affix file's SET
    line names (ISO8859-7: iso-8859-7; UTF-8 where it names none); "" where a file cannot be read or Python does not
    know the encoding."""
    try:
        return (Path(folder) / f"{name}.dic").read_bytes().decode(_encoding(Path(folder) / f"{name}.aff"),
                                                                  errors="replace")
    except (OSError, LookupError):
        return ""


def _encoding(affixes: Path) -> str:
    with affixes.open("rb") as lines:
        for line in lines:
            fields = line.split()
            if fields[:1] == [b"SET"] and len(fields) > 1:
                return fields[1].decode("ascii", errors="replace").replace("ISO8859", "iso-8859")
    return "utf-8"


@cache
def _dictionary() -> Any:
    """The Arabic hunspell dictionary, or None where it or the binding is not installed."""
    folder = dictionary_folder()
    return None if folder is None else load_hunspell(_NAME, folder)


@lru_cache(maxsize=1 << 16)
def unknown_arabic(word: str) -> bool:
    """Does the dictionary not know an Arabic word (without marks, its hamzas kept)? False without a dictionary:
    nothing is unknown then."""
    dictionary = _dictionary()
    return dictionary is not None and bool(word) and not _known(dictionary, word)


_HAMZA_ALEFS = ("أ", "إ", "آ")
_FINALS = {"ه": "ة", "ة": "ه", "ي": "ى", "ى": "ي"}


def _known(dictionary: Any, word: str) -> bool:
    """Does the dictionary know the word, or the word as the standard writes it: an alef with its hamza (الانقاض,
    الأنقاض; Arabic is often typed without them), a final ه for ة, ي for ى and back; or two words it knows typed
    without a space between them (المقاعدبمجلس); or one with an alef typed on the wrong side of a consonant
    (متابينة)?"""
    return _spelt(dictionary, word) or any(
        _spelt(dictionary, word[:cut]) and _spelt(dictionary, word[cut:]) for cut in _cuts(word)) or any(
        dictionary.spell(word[:at] + word[at + 1] + word[at] + word[at + 2:]) for at in _alef_slips(word))


def _alef_slips(word: str) -> list[int]:
    """Where an alef stands beside a consonant it may have been typed on the wrong side of (ينقاش for يناقش,
    متابينة for متباينة): inside the word, not its first letter nor its last two (غراهام is no slip of غراهما)."""
    return [at for at in range(1, len(word) - 2)
            if "ا" in word[at:at + 2] and not set(word[at:at + 2]) & set("ويى") and word[at] != word[at + 1]]


# letters that do not join the next: a space left out after one shows as a gap (المقاعدبمجلس)
_NON_JOINING = frozenset("اأإآدذرزوؤةى")
# short words a space is often left out before (منولاية) or after (منطقةفي); not ان at the end, a dual's ending
_FIRST_WORDS = ("في", "من", "عن", "على", "الى", "إلى", "ما", "لا", "او", "أو", "ان", "أن", "إن", "مع")
_LAST_WORDS = ("في", "من", "عن", "على", "الى", "إلى", "مع")
_RUN_ON = 9  # letters: a word this long may be two run together at any letter (نشرترجمة, كانتمكتوبة)


def _cuts(word: str) -> list[int]:
    """Where a word may be two run together: after a letter that does not join (the first half of three letters or
    more, the second of four: نشرترجمة; سولا and نكي are words, سولانكي a name), anywhere in a long word (halves of
    three or more), or beside a short word."""
    cuts = [cut for cut in range(3, len(word) - 2)
            if len(word) >= _RUN_ON or (word[cut - 1] in _NON_JOINING and len(word) - cut >= 4)]
    cuts += [len(short) for short in _FIRST_WORDS if word.startswith(short) and len(word) - len(short) >= 3]
    cuts += [len(word) - len(short) for short in _LAST_WORDS if word.endswith(short) and len(word) - len(short) >= 3]
    return cuts


def _spelt(dictionary: Any, word: str) -> bool:
    """Does the dictionary know the word or one of its standard spellings (``_variants``)?"""
    return dictionary.spell(word) or any(dictionary.spell(variant) for variant in _variants(word))


def _variants(word: str) -> list[str]:
    """The word with one alef given a hamza or one hamza taken off its alef (each alef in turn), its last letter's
    other form, and both; a verb's dual without its ن; spoken Arabic's هال as ال."""
    ends = [word]
    if word[-1:] in _FINALS:
        ends.append(word[:-1] + _FINALS[word[-1]])
    found = ends[1:]
    if word[:1] in "يت" and word.endswith("ان"):
        found.append(word[:-1])  # a verb's dual, as the dictionary may have it only before a particle (يقضيان, يقضيا)
    if word.startswith("هال"):
        found.append(word[2:])  # spoken Arabic's "this" before the article (هالسنة: this year)
    for form in ends:
        for index, letter in enumerate(form):
            if letter == "ا":
                found.extend(form[:index] + alef + form[index + 1:] for alef in _HAMZA_ALEFS)
            elif letter in _HAMZA_ALEFS:
                found.append(form[:index] + "ا" + form[index + 1:])  # a hamza written where none is (إبنتها)
    return found


# Ayaspell's flag class of names written with the article (الصين, الهند, المغرب: ``ar.dic``'s ``صين/59``)
_NAMES_WITH_ARTICLE = "59"
# its analyses' flag of a noun read with a suffix, which makes nouns of names' endings (تركيا as ترك + يا, أفريقيا
# as فريق, آسيا as آس)
_SUFFIXED = "LB"


@cache
def _names_with_article() -> frozenset[str]:
    """The stems Ayaspell lists as names that take the article (صين, هند, يمن), read from its ``.dic`` with one
    regular expression; empty without the dictionary."""
    import re

    folder = dictionary_folder()
    text = "" if folder is None else dictionary_text(_NAME, folder)
    return frozenset(re.findall(rf"^([^/\s]+)/{_NAMES_WITH_ARTICLE}\b", text, flags=re.MULTILINE))


@lru_cache(maxsize=1 << 12)
def only_a_name(word: str, stem: str) -> bool:
    """Does the dictionary read an Arabic word (clitics and all: لبرشلونة) as the name ``stem`` and as no noun or
    adjective (مالي: financial; كوبا: a cup; كرملين: like sand; المغرب: the sunset prayer) nor as a verb's past
    (بنين: they built)? Its readings as a verb's present or after a prefix (لندن as ل + يدن or ل + ند, تركيا as
    ت + ركا) and as a shorter noun with a suffix (تركيا as ترك) are the affix rules' by-products, left aside, and
    so is a place's adjective with an accusative's alef (بريطانيا as بريطاني). With the article, the name must be
    one of the dictionary's names that take it (الصين). A word the dictionary does not know (تايوان) has no other
    reading; without a dictionary the answer is no.
    """
    dictionary = _dictionary()
    if dictionary is None:
        return False
    bare = stem[2:] if stem.startswith("ال") else stem
    named = False
    for reading in dictionary.analyze(word):
        fields = dict(field.split(":", 1) for field in reading.split() if ":" in field)
        base, flag = fields.get("st", ""), fields.get("fl", "")  # the stem's flag is the last fl: field
        if fields.get("po") == "verb":
            if "is:pst" in reading and not reading.lstrip().startswith("fl:"):
                return False  # a verb's past, no prefix before it (بنين: they built; بكين: they cried)
            continue
        if not flag or (base == bare[:-1] and base.endswith("ي")) or (flag == _SUFFIXED and len(base) < len(bare)):
            continue
        if base == bare and (flag == "AB" or (flag == "AA" and base in _names_with_article())):
            named = True
            continue
        return False
    return named or not dictionary.spell(word)
