"""Mistakes seeded into a corpus's catalogs, for recall per kind (benchmarks/real_check.py).

Each seed changes one translated unit the way a hurried translator or a bad
paste would. Units are chosen by a fixed random generator among those a kind
applies to (a number to change, a question to lose, a bracket to drop…). The
names to drop or misspell are picked by hand, per corpus, from a random list
of capitalised words of the translations (``real_check.py names``): a
person, place or organisation the Arabic writes in Arabic letters, picked
without running kztr on them; they are data (benchmarks/data/<corpus>-names.tsv:
kind, language, corpus line, the name as the translation writes it, its
misspelling). NTREX's were misspelt by hand the way typists do; the UN
corpus's by ``misspell`` (a letter dropped, doubled, swapped with the next,
or replaced by a neighbour on the keyboard, at a random place after the
first), decided before any was picked.

A corpus of short sentences (Tatoeba, English only) is seeded with
``per_language=10`` and ``SHORT_KINDS``: a number there is mostly a word
(six dogs), so a number word changed or dropped counts with the digits, and
half a translation is dropped from sentences of 30 characters or more. One
language of long sentences (FLORES-200's Ukrainian, French, Indonesian, Catalan, Polish, German,
Portuguese, Spanish) is seeded 10 a kind too, with ``ONE_LANGUAGE_KINDS``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

SEED = 17
PER_LANGUAGE = 5
LANGUAGES = ("en", "ru", "fr", "es", "de", "it", "tr", "el", "uk", "id", "ca", "pl", "pt", "nl", "sv", "da", "sl",
             "ro", "cs", "sk", "hr", "bg")
CYRILLIC = ("ru", "uk", "bg")  # seeded with look-alike Latin letters
_LOOKALIKES = {"а": "a", "е": "e", "о": "o", "с": "c", "р": "p", "х": "x", "у": "y", "і": "i"}  # і: Ukrainian
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{4,}")
_DIGITS = re.compile(r"(?<![\w.,])\d[\d,.\u00a0 ]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])")

@dataclass(frozen=True)
class Seed:
    kind: str
    language: str
    line: int        # the corpus line of the unit
    msgid: str
    before: str
    after: str


def seeds_for(units: dict[str, list[tuple[int, str, str]]], names: list[tuple[str, str, int, str, str]] = (),
              per_language: int = PER_LANGUAGE, kinds: dict | None = None) -> list[Seed]:
    """Every seed, from the units of each language: [(corpus line, msgid, msgstr)] in order, and the
    hand-picked ``names``: [(kind, language, corpus line, name, misspelling or "")]; ``per_language`` of
    each of ``kinds`` (``_KINDS`` unless given) a language, twice that of look-alike letters."""
    generator = random.Random(SEED)
    seeds: list[Seed] = []
    taken: set[tuple[str, str]] = {(language, msgid) for language in LANGUAGES
                                   for line, msgid, _ in units.get(language, ())
                                   if any((language, line) == (name[1], name[2]) for name in names)}
    for kind, make in (_KINDS if kinds is None else kinds).items():
        for language in (language for language in LANGUAGES if language in units):
            if kind == "homoglyph" and language not in CYRILLIC:
                continue
            count = 2 * per_language if kind == "homoglyph" else per_language
            pool = list(units[language])
            generator.shuffle(pool)
            made = 0
            for _index, (line, msgid, msgstr) in enumerate(pool):
                if made == count:
                    break
                if (language, msgid) in taken:
                    continue
                previous = _previous(units[language], msgid)
                after = make(msgid, msgstr, previous, generator,
                             **({"language": language} if make in _BY_LANGUAGE else {}))
                if after is not None and after != msgstr:
                    seeds.append(Seed(kind, language, line, msgid, msgstr, after))
                    taken.add((language, msgid))
                    made += 1
    for kind, language, line, name, replacement in names:
        seeds.append(_named(units, kind, language, line, name, replacement))
    return seeds


def read_names(path: Path) -> list[tuple[str, str, int, str, str]]:
    """The hand-picked names of a corpus: kind, language, corpus line, name, misspelling ("" for a drop)."""
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return [(kind, language, int(line), name, replacement) for kind, language, line, name, replacement in rows[1:]]


_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю",
             "йцукенгшщзхї", "фівапролджє",  # Ukrainian's rows after Russian's: a Russian letter's neighbours as before
             "ςερτυθιοπ", "ασδφγηξκλ", "ζχψωβνμ")  # Greek's (round 15)


def misspell(word: str, generator: random.Random) -> str:
    """A typist's slip in ``word``: a letter dropped, doubled, swapped with the next, or replaced by a
    neighbour on its keyboard row, at a random place after the first letter.

    >>> [misspell("Nottingham", random.Random(seed)) for seed in range(5)]
    ['Nottinggam', 'Notingham', 'Nttingham', 'Nottiingham', 'Nottnigham']
    >>> [misspell("Ноттингем", random.Random(seed)) for seed in range(5)]
    ['Ноттингкм', 'Нотингем', 'Нттингем', 'Ноттиингем', 'Ноттнигем']
    """
    at = generator.randrange(1, len(word))
    slip = generator.choice(("drop", "double", "swap", "neighbour"))
    if slip == "drop":
        return word[:at] + word[at + 1:]
    if slip == "double":
        return word[:at] + word[at] + word[at:]
    if slip == "swap" and at < len(word) - 1:
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    row = next((row for row in _KEYBOARD if word[at].lower() in row), None)
    if row is None:
        return word[:at] + word[at + 1:]
    place = row.index(word[at].lower())
    neighbours = [row[other] for other in (place - 1, place + 1) if 0 <= other < len(row)]
    return word[:at] + generator.choice(neighbours) + word[at + 1:]


def _named(units, kind: str, language: str, line: int, name: str, replacement: str) -> Seed:
    # the line's unit that has the name (a line kztr cut in several sentences has several units)
    line_number, msgid, msgstr = next((unit for unit in units[language] if unit[0] == line and name in unit[2]),
                                      (line, "", ""))
    assert name in msgstr, (language, line, name)
    after = msgstr.replace(name, replacement, 1)
    after = re.sub(r"\s{2,}", " ", after).replace(" ,", ",").replace(" .", ".").strip()
    return Seed(kind, language, line_number, msgid, msgstr, after)


def _previous(units: list[tuple[int, str, str]], msgid: str) -> str:
    texts = [text for _, _, text in units]
    position = next(index for index, (_, other, _) in enumerate(units) if other == msgid)
    return texts[position - 1] if position else ""


def _number_changed(msgid, msgstr, previous, generator):
    matches = list(_DIGITS.finditer(msgstr))
    if not matches:
        return None
    match = generator.choice(matches)
    text = match.group()
    positions = [index for index, char in enumerate(text) if char.isdigit()]
    at = generator.choice(positions)
    changed = text[:at] + str((int(text[at]) + generator.randint(1, 8)) % 10) + text[at + 1:]
    return msgstr[:match.start()] + changed + msgstr[match.end():]


def _number_dropped(msgid, msgstr, previous, generator):
    matches = list(_DIGITS.finditer(msgstr))
    if not matches:
        return None
    match = generator.choice(matches)
    after = (msgstr[:match.start()] + msgstr[match.end():])
    return re.sub(r"\s{2,}", " ", after).replace(" ,", ",").replace(" .", ".").strip()


def _question_lost(msgid, msgstr, previous, generator):
    if "؟" not in msgid or "?" not in msgstr:
        return None
    return msgstr.replace("?", ".")


def _arabic_left(msgid, msgstr, previous, generator):
    arabic = _ARABIC_WORD.findall(msgid)
    words = [match for match in re.finditer(r"[^\W\d_]{5,}", msgstr)]
    if not arabic or not words:
        return None
    word = generator.choice(words)
    return msgstr[:word.start()] + generator.choice(arabic) + msgstr[word.end():]


def _half_dropped(msgid, msgstr, previous, generator, shortest=80):
    if len(msgstr) < shortest:
        return None
    middle = len(msgstr) // 2
    cut = max(msgstr.rfind(",", 0, middle + 10), msgstr.rfind(" ", 0, middle))
    return msgstr[:cut].rstrip(" ,;:—-") + "."


def _unit_copied(msgid, msgstr, previous, generator):
    return previous if previous and previous != msgstr else None


def _spaces(msgid, msgstr, previous, generator):
    choice = generator.randrange(4)
    if choice == 0:
        return msgstr + " "
    if choice == 1:
        return " " + msgstr
    spaces = [match.start() for match in re.finditer(" ", msgstr)]
    if not spaces:
        return None
    at = generator.choice(spaces)
    return msgstr[:at] + ("  " if choice == 2 else " \u200b") + msgstr[at + 1:]


def _bracket_dropped(msgid, msgstr, previous, generator):
    for closing in (")", "»", "”", '"'):
        if closing in msgstr:
            at = msgstr.rfind(closing)
            return msgstr[:at] + msgstr[at + 1:]
    return None


def _homoglyph(msgid, msgstr, previous, generator):
    words = [match for match in re.finditer(r"[а-яёіїє]{4,}", msgstr) if set(match.group()) & set(_LOOKALIKES)]
    if not words:
        return None
    word = generator.choice(words)
    letters = [index for index, char in enumerate(word.group()) if char in _LOOKALIKES]
    at = word.start() + generator.choice(letters)
    return msgstr[:at] + _LOOKALIKES[msgstr[at]] + msgstr[at + 1:]


_KINDS = {
    "number-changed": _number_changed, "number-dropped": _number_dropped, "question-lost": _question_lost,
    "arabic-left": _arabic_left, "half-dropped": _half_dropped, "unit-copied": _unit_copied, "spaces": _spaces,
    "bracket-dropped": _bracket_dropped, "homoglyph": _homoglyph,
}

_NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "twenty", "thirty", "forty", "fifty")
_MULTIPLIERS = ("dozen", "hundred", "thousand", "million")
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_NUMBER_WORDS + _MULTIPLIERS) + r")\b-?", re.IGNORECASE)
# French (round 10), tried where no English word is: not cent or mille, which English text may have
_FRENCH_NUMBER_WORDS = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                        "treize", "vingt", "trente", "quarante", "cinquante")
_FRENCH_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(_FRENCH_NUMBER_WORDS) + r")\b-?", re.IGNORECASE)
# Spanish and German (round 11), Italian, Turkish and Greek (round 12: not sei, "you are" too, nor yedi, "ate"), tried
# in a translation of that language where no English or French word is; written before each set was read
_OWN_NUMBER_WORDS = {
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
           "veinte", "treinta", "cuarenta", "cincuenta"),
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn",
           "zwanzig", "dreißig", "vierzig", "fünfzig"),
    "it": ("due", "tre", "quattro", "cinque", "sette", "otto", "nove", "dieci", "undici", "dodici", "tredici",
           "venti", "trenta", "quaranta", "cinquanta"),
    "tr": ("iki", "üç", "dört", "beş", "altı", "sekiz", "dokuz", "on", "yirmi", "otuz", "kırk", "elli"),
    # Ukrainian (round 13): not сім (сім'я, a family) nor the forms written with an apostrophe
    "uk": ("два", "дві", "три", "чотири", "шість", "вісім", "десять", "одинадцять", "дванадцять", "двадцять",
           "тридцять", "сорок"),
    # Indonesian (round 13): not satu (one) nor the numbers of two words (dua belas, dua puluh)
    "id": ("dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "seratus",
           "seribu"),
    # Catalan (round 13): not set, nou, deu (thirst, new, owes)
    "ca": ("dos", "dues", "tres", "quatre", "cinc", "sis", "vuit", "onze", "dotze", "tretze", "vint", "trenta",
           "quaranta", "cinquanta"),
    # Portuguese (round 14): not the numbers of two words (vinte e um)
    "pt": ("dois", "duas", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze", "treze",
           "vinte", "trinta", "quarenta", "cinquenta"),
    # Polish (round 14): not sto (a hundred; also "stand") nor the numbers of two words
    "pl": ("dwa", "dwie", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dziesięć", "jedenaście",
           "dwanaście", "dwadzieścia", "trzydzieści", "czterdzieści"),
    # Dutch (round 15): not een (a, one) nor the numbers written as one word with en (eenentwintig)
    # Swedish (round 16, written before FLORES-200's Swedish was measured): not en, ett (a, one), sex (six, and sex)
    "sv": ("två", "tre", "fyra", "fem", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "tjugo", "trettio",
           "fyrtio", "femtio"),
    # Danish (round 17, written before FLORES-200's Danish was measured): not en, et (a, one), ni (nine, and you),
    # fire (four; an English word)
    "da": ("to", "tre", "fem", "seks", "syv", "otte", "ti", "elleve", "tolv", "tretten", "tyve", "tredive", "fyrre",
           "halvtreds"),
    # Slovenian (round 17, written before FLORES-200's Slovenian was measured): not en, ena (one; an article's sense)
    "sl": ("dva", "dve", "tri", "štiri", "pet", "šest", "sedem", "osem", "devet", "deset", "enajst", "dvanajst",
           "dvajset", "trideset", "štirideset", "petdeset"),
    # Romanian (round 18, written before FLORES-200's Romanian was measured): not un, o, una (a, one), nouă (nine,
    # and "new")
    "ro": ("doi", "două", "trei", "patru", "cinci", "șase", "șapte", "opt", "zece", "unsprezece", "doisprezece",
           "douăzeci", "treizeci", "patruzeci", "cincizeci"),
    # Czech (round 19, written before FLORES-200's Czech was measured): not jeden, jedna, jedno (one; an article's
    # sense)
    "cs": ("dva", "dvě", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět", "deset", "jedenáct", "dvanáct",
           "dvacet", "třicet", "čtyřicet", "padesát"),
    # Slovak (round 20, written before FLORES-200's Slovak was measured): not jeden, jedna, jedno (one; an article's
    # sense)
    "sk": ("dva", "dve", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť", "desať", "jedenásť", "dvanásť",
           "dvadsať", "tridsať", "štyridsať", "päťdesiat"),
    # Croatian (round 20, written before FLORES-200's Croatian was measured): not jedan, jedna, jedno (one; an
    # article's sense)
    "hr": ("dva", "dvije", "tri", "četiri", "pet", "šest", "sedam", "osam", "devet", "deset", "jedanaest", "dvanaest",
           "dvadeset", "trideset", "četrdeset", "pedeset"),
    # Bulgarian (round 23, written before FLORES-200's Bulgarian was measured): not един, една, едно (one; an
    # article's sense)
    "bg": ("два", "две", "три", "четири", "пет", "шест", "седем", "осем", "девет", "десет", "единадесет",
           "дванадесет", "двадесет", "тридесет", "четиридесет", "петдесет"),
    "nl": ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien",
           "twintig", "dertig", "veertig", "vijftig"),
    "el": ("δύο", "τρία", "τρεις", "τέσσερα", "τέσσερις", "πέντε", "έξι", "επτά", "εφτά", "οκτώ", "οχτώ", "εννέα",
           "εννιά", "δέκα", "έντεκα", "δώδεκα", "είκοσι", "τριάντα", "σαράντα", "πενήντα"),
}
# the forms of one number in those lists (a gender, a spelling): one for another is no mistake (επτά for εφτά was a
# seed of Tatoeba ara-ell until round 15, and kztr rightly missed it)
_SAME_NUMBER = tuple(frozenset(pair.split()) for pair in (
    "τρία τρεις", "τέσσερα τέσσερις", "επτά εφτά", "οκτώ οχτώ", "εννέα εννιά", "dos dues", "dois duas", "dwa dwie",
    "два дві", "два две"))
_OWN_NUMBER_WORD = {language: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)
                    for language, words in _OWN_NUMBER_WORDS.items()}


def _number_word(msgstr, generator, language=""):
    """One of the translation's number words, drawn (None if it has none), and the words it may become; Spanish,
    German, Italian, Turkish or Greek ones only in a translation of that language (once, dos are English and French
    words). In a language with its own list, an English or French word only where it is one of the language's
    numbers too (Catalan's quatre, onze): until round 27 Spanish's ten (have), Polish's ten (this) and Dutch's onze
    (our) were drawn, and the seeds made of them changed or dropped no number."""
    own = ((_OWN_NUMBER_WORD[language], _OWN_NUMBER_WORDS[language]),) if language in _OWN_NUMBER_WORDS else ()
    for pattern, words in ((_NUMBER_WORD, _NUMBER_WORDS), (_FRENCH_NUMBER_WORD, _FRENCH_NUMBER_WORDS), *own):
        matches = [match for match in pattern.finditer(msgstr)
                   if not own or match.group().rstrip("-").lower() in own[0][1]]
        if matches:
            return generator.choice(matches), words
    return None, ()


def _number_or_word_changed(msgid, msgstr, previous, generator, language=""):
    """A digit changed, or where there is none a number word (not "one": no one, one can) swapped for another."""
    if _DIGITS.search(msgstr):
        return _number_changed(msgid, msgstr, previous, generator)
    match, words = _number_word(msgstr, generator, language)
    if match is None:
        return None
    word = match.group().rstrip("-").lower()
    others = [other for other in (_MULTIPLIERS if word in _MULTIPLIERS else words) if other != word]
    other = generator.choice(others)
    if frozenset((word, other)) in _SAME_NUMBER:  # drawn again only then: every other seed stays as it was
        other = generator.choice([one for one in others if frozenset((word, one)) not in _SAME_NUMBER])
    if match.group()[0].isupper():
        other = other.capitalize()
    return msgstr[:match.start()] + other + match.group()[len(word):] + msgstr[match.end():]


def _number_or_word_dropped(msgid, msgstr, previous, generator, language=""):
    """A number dropped, or where there is none a number word (with its hyphen: three-headed)."""
    if _DIGITS.search(msgstr):
        return _number_dropped(msgid, msgstr, previous, generator)
    match, _ = _number_word(msgstr, generator, language)
    if match is None:
        return None
    after = msgstr[:match.start()] + msgstr[match.end():]
    after = re.sub(r"\s{2,}", " ", after).replace(" ,", ",").replace(" .", ".").strip()
    return after[:1].upper() + after[1:]


def _half_dropped_short(msgid, msgstr, previous, generator):
    return _half_dropped(msgid, msgstr, previous, generator, shortest=30)


_BY_LANGUAGE = frozenset((_number_or_word_changed, _number_or_word_dropped))  # told the unit's language
SHORT_KINDS = {**_KINDS, "number-changed": _number_or_word_changed, "number-dropped": _number_or_word_dropped,
               "half-dropped": _half_dropped_short}
# one language of long sentences (FLORES-200's Ukrainian or French, round 13): ten a kind, a number word where no
# digit is
ONE_LANGUAGE_KINDS = {**_KINDS, "number-changed": _number_or_word_changed, "number-dropped": _number_or_word_dropped}

MARKUP_SEEDS = (  # (language, what it does): applied to the Markdown build of the corpus
    ("en", "link"), ("en", "image"), ("en", "bold"), ("en", "code"), ("en", "phish"),
    ("ru", "link"), ("ru", "image"), ("ru", "bold"), ("ru", "code"), ("ru", "phish"),
)


def markup_wanted(languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """``MARKUP_SEEDS`` for a corpus's languages: a seed of a language it lacks goes to its first language."""
    return [(language if language in languages else languages[0], what) for language, what in MARKUP_SEEDS]


def markup_seed(what: str, msgstr: str, generator: random.Random) -> str:
    """A translation given markup its source does not have."""
    words = list(re.finditer(r"[^\W\d_]{5,}", msgstr))
    word = generator.choice(words)
    text = word.group()
    wrapped = {"link": f"[{text}](https://example.org/more)", "image": f"![{text}](https://example.org/a.png)",
               "bold": f"**{text}**", "code": f"`{text}`",
               "phish": f"{text} ([subscribe](https://evil.example/phish))"}[what]
    return msgstr[:word.start()] + wrapped + msgstr[word.end():]
