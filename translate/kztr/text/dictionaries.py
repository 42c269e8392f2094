"""The translations' languages' spelling dictionaries: which capitalised words are names they know.

A name the Arabic writes in its own letters is often one the translation's
language spells one way (Bieber, Reagan, Канада): its spelling dictionary lists
it, capitalised. A capitalised word the dictionary does not know, one slip of
the keys off a name it does (Biebber, Dilkon), may be that name misspelt; the
``names`` check decides with the Arabic (``kztr.checks.names``).

The dictionaries are hunspell's, as Debian installs them (``apt-get install
hunspell-en-us hunspell-ru …``: /usr/share/hunspell), read by hunspell itself
(the chunspell binding, as ``kztr.text.lexicon`` reads Arabic's), in the folders
``kztr.text.lexicon`` looks in. Without a language's dictionary nothing is
asked of it, and the names check is as it was.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from kztr.locales import dictionary_names
from kztr.text.lexicon import dictionary_folder, dictionary_text, load_hunspell
from kztr.text.transliteration import name_stem

_SHORTEST = 4  # letters of a name compared: shorter ones (Tom, Tim) are a letter off many others


def _files(language: str) -> tuple[str, Path] | None:
    """The name and folder of the language's dictionary (``da_DK``, /usr/share/hunspell), or None."""
    for name in dictionary_names(language):
        folder = dictionary_folder(name)
        if folder is not None:
            return name, Path(folder)
    return None


@cache
def _hunspell(language: str) -> Any:
    """hunspell with the language's dictionary (asked only of a word that may be a slip), or None."""
    found = _files(language)
    return None if found is None else load_hunspell(*found)


@cache
def _names(language: str) -> dict[tuple[str, int], tuple[list[str], list[str]]]:
    """The dictionary's words that start with a capital (Bieber, Аристотель; no acronym: NASA), by their first
    letter in lower case and their length: in lower case, and as the dictionary lists them; empty without one."""
    import regex

    found = _files(language)
    text = "" if found is None else dictionary_text(*found)  # unreadable: no names, no error
    table: dict[tuple[str, int], dict[str, str]] = defaultdict(dict)
    for word in regex.findall(rf"^\p{{Lu}}[^/\s]{{{_SHORTEST - 1},}}", text, flags=regex.MULTILINE):
        if not word[1:].isupper():
            folded = word.casefold()
            table[folded[0], len(folded)].setdefault(folded, word)
    return {key: (list(names), list(names.values())) for key, names in table.items()}


def present(language: str) -> bool:
    """Are a dictionary of the language's two files there (without loading it, nor asking for the binding)?"""
    return _files(language) is not None


def debian_package(language: str) -> str:
    """Debian's package of the language's hunspell dictionary (hunspell-cs; hunspell-en-us, hunspell-pt-br where the
    region is in the name; hunspell-no for Norwegian), or "" where Debian has none (Finnish).

    >>> debian_package("cs"), debian_package("pt"), debian_package("nb"), debian_package("fi")
    ('hunspell-cs', 'hunspell-pt-br', 'hunspell-no', '')
    """
    name = dictionary_names(language)[0].lower()
    base = name.split("_")[0]
    for package in (f"hunspell-{name.replace('_', '-')}", f"hunspell-{'no' if base in ('nb', 'nn') else base}"):
        if package.removeprefix("hunspell-") in _DEBIAN_DICTIONARIES:
            return package
    return ""


# Debian 13's hunspell-* dictionaries (apt-cache search --names-only '^hunspell-'; es, eo, et, fo and tl are
# myspell-* packages that provide hunspell-*), without the prefix
_DEBIAN_DICTIONARIES = frozenset(
    "af an ar be bg bn bo br bs ca cs da de-at de-ch de-de dz el en-au en-ca en-gb en-us en-za eo es et eu fo fr gd gl "
    "gu gug he hi hr hu id is it kk kmr ko lo lt lv ml mn ne nl no oc pl pt-br pt-pt ro ru si sk sl sr sv sw te th tl "
    "tr uk uz vi".split())


def installed(language: str) -> bool:
    """Is there a spelling dictionary of the language (and the binding that reads it)? Loads it to say."""
    return _hunspell(language) is not None


@lru_cache(maxsize=1 << 16)
def knows(word: str, language: str) -> bool:
    """Does the language's dictionary know the word as written, with its endings (Apples, Трампа)? True where there
    is no dictionary: nothing is unknown without one."""
    dictionary = _hunspell(language)
    if dictionary is None:
        return True
    try:
        return bool(dictionary.spell(word))
    except UnicodeError:  # a letter the dictionary's encoding lacks (Cyrillic asked of ISO-8859-2): not its word
        return False


@lru_cache(maxsize=1 << 16)
def names_near(word: str, language: str) -> tuple[str, ...]:
    """The names the dictionary lists one slip of the keys from ``word`` (a letter dropped, added, changed, or two
    neighbours swapped; the same first letter), or whose stem is one slip from the word's in a language with case
    endings (Аристотель for Апистотеля: ``name_stem``). Read from the dictionary's list, without hunspell: whether
    it knows the word itself, and that the name is no common word, ``slipped`` asks.

    >>> names_near("Gngrich", "en") if _names("en") else ("Gingrich",)
    ('Gingrich',)
    """
    if len(word) < _SHORTEST:
        return ()
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    folded, stem = word.casefold(), name_stem(word, language).casefold()
    cutoff = 1 if stem == folded else 2  # an ending apart, then a slip (Апистотеля, Аристотель)
    found: list[str] = []
    table = _names(language)
    for length in range(len(folded) - cutoff, len(folded) + cutoff + 1):
        lowered, names = table.get((folded[0], length), ((), ()))
        found.extend(names[at] for _, apart, at in extract(folded, lowered, scorer=OSA.distance, score_cutoff=cutoff,
                                                             limit=None)
                     if apart == 1 or OSA.distance(stem, name_stem(names[at], language).casefold()) == 1)
    return tuple(sorted(found))


def slipped(word: str, name: str, language: str) -> bool:
    """Is ``word`` no word of the dictionary and ``name`` (one of ``names_near`` it) no common word in lower case
    (Biebber, Bieber; not Tessa's neighbour tessellate)? False without a dictionary. Asked last: it loads hunspell."""
    return not knows(word, language) and not knows(name.casefold(), language)


@cache
def _folded_list(language: str) -> str:
    """The dictionary's word list in lower case, each word after a newline; "" without one."""
    found = _files(language)
    return "" if found is None else "\n" + dictionary_text(*found).casefold()


@lru_cache(maxsize=1 << 14)
def unwritten(letters: str, language: str) -> bool:
    """Do no word the dictionary lists hold these letters (``^`` for a word's start, ``$`` for its end)? A consonant
    doubled where the language never doubles it (Frrank, Konng, Elllis) is a slip of the keys, where one doubled
    between vowels is as often another transliteration (Hassan, Hasan). False without a dictionary.

    >>> (unwritten("^frr", "en"), unwritten("ell$", "en")) if present("en") else (True, False)
    (True, False)
    """
    text = _folded_list(language)
    if not text:
        return False
    inner = letters.replace("^", "\n").removesuffix("$")
    if letters.endswith("$"):
        return all(inner + after not in text for after in "/\t \n")  # flags, a morphology field, or none
    return inner not in text
