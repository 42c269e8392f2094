"""Numbers written in words in a text: where they are, and what a century or a decade word makes of them.

Part of the number reader (``kztr.text.quantities``, whose public API is there):
``spelled_numbers(text, language)`` finds the words of a lexicon
(``kztr.text.number_words``) in a text and adds them up; Arabic words with
their attached prefixes (والعشرين), English, Russian, French and Greek words with their
hyphens (thirty-nine), and those of the languages read from num2words with
their phrases and joining words (treinta y cinco); a century word makes an ordinal a century
(القرن التاسع عشر, "nineteenth century", XIX век); Roman numerals.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from kztr.text.arabic import DEFINITE, strip_marks
from kztr.text.number_words import (
    COUNT,
    DECADE,
    EN_DENOMINATORS,
    FRACTION,
    FRACTION_PLURAL,
    ORDINAL,
    Spelled,
    Word,
    add_up,
    arabic_word,
    generated,
    lexicon,
    phrase_at,
    unit_fraction,
)
from kztr.text.target import base_language

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671]+")
_WORD = re.compile(r"[^\W\d_]+")
_CENTURY_AR = re.compile(r"^(?:[وفبل]?ال|[وف]?لل)قرن$")
_DECADE_AR = re.compile(r"(?<![^\sوبل])عقد[\u064b-\u065f]*(?:ا[\u064b-\u065f]*)? من الزم")  # "a decade"
_CENTURY_WORDS = frozenset("century centuries век века веке веку веком веков вв вв. в. αιώνας αιώνα αιώνες αιώνων αι"
                           .split())
_ROMAN = re.compile(r"\b([IVXLC]{1,7})(?:\s*[-–—]\s*([IVXLC]{1,7}))?(?=\s+(?:век|века|веке|веку|веком|веков|вв?\.|"
                    r"century|centuries)(?!\w))")
# French writes a century's Roman numeral with its ordinal's ending: au XVIIe siècle, XIIe-XIIIe siècles
_ROMAN_FRENCH = re.compile(r"\b([IVXLC]{1,7})(?:e|ème|è)(?:\s*(?:[-–—]|et)\s*([IVXLC]{1,7})(?:e|ème|è))?"
                           r"(?=\s+siècles?(?!\w))")


@lru_cache(maxsize=1 << 17)
def _is_century_ar(token: str) -> bool:
    return bool(_CENTURY_AR.match(strip_marks(token)))


def spelled_numbers(text: str, language: str) -> list[tuple[tuple[Decimal, ...], str, int, int]]:
    """The numbers ``text`` writes in words: (values, kind, start, end), in order.

    >>> [(v, k) for v, k, _, _ in spelled_numbers("في خمسينيات القرن الرابع عشر بعد شهرين ونصف", "ar")]
    [((Decimal('1350'), Decimal('50')), 'decade'), ((Decimal('2.5'),), 'count')]
    >>> [(v, k) for v, k, _, _ in spelled_numbers("some thirty-nine stories, one and a half", "en")]
    [((Decimal('39'),), 'count'), ((Decimal('1.5'),), 'count')]
    >>> [(v, k) for v, k, _, _ in spelled_numbers("в двадцать первом веке, XIX век", "ru")]
    [((Decimal('21'), Decimal('2000')), 'century'), ((Decimal('19'), Decimal('1800')), 'century')]
    >>> [(v, k) for v, k, _, _ in spelled_numbers("au XVIIe siècle", "fr")]
    [((Decimal('17'), Decimal('1600')), 'century')]
    """
    base = base_language(language)
    if base == "ar":
        # the words first, where they are only when one is a number: most sentences have none
        found_words = _ARABIC_WORD.findall(text)
        read = [arabic_word(token) for token in found_words]
        if any(read):
            read = _without_percent_words(found_words, read)
        has_numbers = any(read)
        words: list[tuple[Word | None, bool]] = [item or (None, False) for item in read] if has_numbers else []
        tokens = [(match.group(), match.start(), match.end()) for match in _ARABIC_WORD.finditer(text)] \
            if has_numbers else []
        if tokens and "و" in found_words:
            words, tokens = _and_apart(text, words, tokens)
        if tokens:
            words, tokens = _article_apart(words, tokens)
    elif lexicon(base):
        tokens, words = _latin_words(text, lexicon(base), base)
    else:
        return []
    if tokens:
        words, tokens = _apart_at_punctuation(text, words, tokens)
    numbers = add_up(words, units_first=base == "ar", french=base == "fr", greek=base == "el") if any(
        word is not None for word, _ in words) else []
    found = _placed(numbers, tokens, base == "ar")
    if base == "el" and _KERAIA.search(text):  # Greek's numerals: Β΄ Παγκόσμιος Πόλεμος, Λουδοβίκος ΙΣΤ΄
        found += [((Decimal(greek_numeral_value(match.group(1))),), ORDINAL, match.start(), match.end())
                  for match in _GREEK_NUMERAL.finditer(text)]
    if base == "ar" and "عقد" in text:  # the pattern's own word: a cheap test first
        found += [((Decimal(10),), COUNT, match.start(), match.end()) for match in _DECADE_AR.finditer(text)]
    if not _ROMAN_CHARACTER.search(text):
        found.sort(key=lambda item: item[2])
        return found
    for match in (*_ROMAN.finditer(text), *(_ROMAN_FRENCH.finditer(text) if base == "fr" else ())):
        for group in (1, 2):
            if match.group(group):
                value = Decimal(roman_value(match.group(group)))
                found.append(((value, (value - 1) * 100), "century", match.start(group), match.end(group)))
    if base != "ar":
        centuries = {item[2] for item in found if item[1] == "century"}
        found += [((Decimal(roman_value(match.group())),), ORDINAL, match.start(), match.end())
                  for pattern in (_ROMAN_NUMBER, _ROMAN_LETTER if base == "en" else _ROMAN_ANY_LETTER)
                  for match in pattern.finditer(text)
                  if match.start() not in centuries and not _letter_word(text, match, base)]
    found.sort(key=lambda item: item[2])
    return found


_PUNCTUATION = re.compile(r"[،,;؛:.!?؟()\[\]«»\"“”]")


def _apart_at_punctuation(text: str, words: list, tokens: list) -> tuple[list, list]:
    """A number does not run across punctuation: تسعة، عشرة are nine and ten (a count to ten), not 19.

    >>> [v for v, _, _, _ in spelled_numbers("ثمانية، تسعة، عشرة", "ar")]
    [(Decimal('8'),), (Decimal('9'),), (Decimal('10'),)]
    """
    return _parted(words, tokens, lambda index: words[index][0] is not None and words[index - 1][0] is not None
                   and bool(_PUNCTUATION.search(text, tokens[index - 1][2], tokens[index][1])))


def _parted(words: list, tokens: list, apart) -> tuple[list, list]:
    """The words and their tokens with a word that is no number put before each word at whose index ``apart`` is
    true: the number before it ends there."""
    kept_words, kept_tokens = [words[0]], [tokens[0]]
    for index in range(1, len(words)):
        if apart(index):
            kept_words.append((None, False))
            kept_tokens.append(("", tokens[index][1], tokens[index][1]))
        kept_words.append(words[index])
        kept_tokens.append(tokens[index])
    return kept_words, kept_tokens


def _and_apart(text: str, words: list, tokens: list) -> tuple[list, list]:
    """و written apart between two number words, nothing but spaces around it, joins them (ألفين و واحد is 2001;
    not الثامنة عشرة و 3.3 ملايين, where digits stand between).

    >>> [(v, k) for v, k, _, _ in spelled_numbers("عام ألفين و واحد للميلاد", "ar")]
    [((Decimal('2001'),), 'count')]
    >>> [(v, k) for v, k, _, _ in spelled_numbers("قبل سن الثامنة عشرة و 3.3 ملايين منهن", "ar")]
    [((Decimal('18'),), 'ordinal')]
    """
    kept_words: list = []
    kept_tokens: list = []
    joined = False  # the word before was a و between two number words
    for index, (word, token) in enumerate(zip(words, tokens, strict=True)):
        if token[0] == "و" and kept_words and kept_words[-1][0] is not None and index + 1 < len(words) and \
                words[index + 1][0] is not None and not text[kept_tokens[-1][2]:token[1]].strip() and \
                not text[token[2]:tokens[index + 1][1]].strip():
            joined = True
            continue
        kept_words.append((word[0], True) if joined else word)
        kept_tokens.append(token)
        joined = False
    return kept_words, kept_tokens


def _article_apart(words: list, tokens: list) -> tuple[list, list]:
    """An ordinal with the article and a tens word without it are two numbers: a compound ordinal takes the article
    on both (الثالثة والعشرون, the 23rd), so الثالثة وعشرون دقيقة is three o'clock and twenty minutes.

    >>> [v for v, _, _, _ in spelled_numbers("إنها الثالثة وعشرون دقيقة، في الذكرى الثالثة والعشرين", "ar")]
    [(Decimal('3'),), (Decimal('20'),), (Decimal('23'),)]
    """
    def apart(index: int) -> bool:
        (before, _), (word, joined) = words[index - 1], words[index]
        return before is not None and word is not None and joined and before.role == ORDINAL and \
            word.role == COUNT and word.value % 10 == 0 and 20 <= word.value <= 90 and \
            bool(DEFINITE.match(tokens[index - 1][0])) and not DEFINITE.match(tokens[index][0])

    return _parted(words, tokens, apart)


_PER_CENT_AR = frozenset("بالمائة بالمئة بالماية".split())
_HUNDRED_AR = frozenset("المائة المئة الماية".split())


def _without_percent_words(tokens: list[str], read: list) -> list:
    """The words' numbers, the hundred of a percent word (بالمائة, في المائة after a number) taken out: سبعون
    بالمائة is 70 per cent, not 170; the reader makes the number a percentage.

    >>> [v for v, _, _, _ in spelled_numbers("سبعون بالمائة وخمسة في المائة ومائة عام", "ar")]
    [(Decimal('70'),), (Decimal('5'),), (Decimal('100'),)]
    """
    bare = [strip_marks(token) for token in tokens]
    return [None if word in _PER_CENT_AR or (word in _HUNDRED_AR and index > 1 and bare[index - 1] == "في" and read[
        index - 2] is not None) else item for index, (word, item) in enumerate(zip(bare, read, strict=True))]


_JOINERS = frozenset(("and", "и", "et"))
# Greek's alphabetic numerals, a keraia after them (ʹ U+0374, or the tonos ΄ or a prime typed for it; not an apostrophe:
# Ο' Φλιν is O'Flynn): Α΄ is 1, ΣΤ΄ (or Ϛ΄) 6, ΙΣΤ΄ 16, ΚΓ΄ 23; read as ordinals (Β΄ Παγκόσμιος Πόλεμος, Λουδοβίκος
# ΙΣΤ΄, Λιαλόφι Γ΄: FLORES-200's Greek)
_KERAIA = re.compile("[\u0374\u0384\u02b9]")
_GREEK_NUMERAL = re.compile(r"(?<![^\W\d_])([ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩϚϜϞ]{1,4})[\u0374\u0384\u02b9](?![^\W\d_])")
_GREEK_NUMERALS = {"Α": 1, "Β": 2, "Γ": 3, "Δ": 4, "Ε": 5, "Ϛ": 6, "Ϝ": 6, "Ζ": 7, "Η": 8, "Θ": 9, "Ι": 10, "Κ": 20,
                   "Λ": 30, "Μ": 40, "Ν": 50, "Ξ": 60, "Ο": 70, "Π": 80, "Ϟ": 90, "Ρ": 100, "Σ": 200, "Τ": 300,
                   "Υ": 400, "Φ": 500, "Χ": 600, "Ψ": 700, "Ω": 800}


def greek_numeral_value(numeral: str) -> int:
    """A Greek numeral's value: its letters added up, ΣΤ (stigma written as two letters) 6.

    >>> greek_numeral_value("Γ"), greek_numeral_value("ΙΣΤ"), greek_numeral_value("ΚΓ"), greek_numeral_value("ΡΙΒ")
    (3, 16, 23, 112)
    """
    return sum(_GREEK_NUMERALS[letter] for letter in numeral.replace("ΣΤ", "Ϛ"))


_ROMAN_CHARACTER = re.compile("[IVXLC]")  # what every Roman numeral starts with: a cheap test first


def _placed(numbers: list[Spelled], tokens: list[tuple[str, int, int]],
            arabic: bool) -> list[tuple[tuple[Decimal, ...], str, int, int]]:
    """The numbers read from words, with their places in the text; a century word makes an ordinal a century
    (القرن التاسع عشر, "nineteenth century") and a decade before one a decade of that century."""
    if not numbers:
        return []
    if arabic:
        markers = [_is_century_ar(token) for token, _, _ in tokens]
    else:
        markers = [token.casefold() in _CENTURY_WORDS for token, _, _ in tokens]
    found = []
    skip = set()
    for position, spelled in enumerate(numbers):
        if position in skip:
            continue
        values, kind, last = spelled.values, spelled.kind, spelled.last
        following = numbers[position + 1] if position + 1 < len(numbers) else None
        if arabic:
            century_next = last + 1 < len(markers) and markers[last + 1] and following is not None and (
                following.first == last + 2)
            # خمسينيات القرن الرابع عشر: the 1350s (or "the 50s")
            if kind == DECADE and century_next and following is not None:
                values = ((following.values[0] - 1) * 100 + values[0], values[0])
                last = following.last
                skip.add(position + 1)
            elif spelled.first > 0 and markers[spelled.first - 1]:
                kind, values = "century", (values[0], (values[0] - 1) * 100)
        elif last + 1 < len(markers) and markers[last + 1] and kind == ORDINAL:
            kind, values = "century", (values[0], (values[0] - 1) * 100)
        found.append((values, kind, tokens[spelled.first][1], tokens[last][2]))
    return found


# A Roman numeral of two letters or more up to 89 (LVII session, chapter XI, annex II); I alone is a word
_ROMAN_NUMBER = re.compile(r"(?<![\w\-.])(?=[IVXL]{2,}(?![\w\-]))(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w\-])")
# One letter: V, X, L alone (resolution 973 (X), the UN's session د-10); in English I only in brackets, (I)
_ROMAN_LETTER = re.compile(r"(?<![\w\-.])(?:[VXL]|(?<=\()I(?=\)))(?![\w\-'’])")
# outside English a Latin I is no pronoun: типа I, ангиотензин I; an elided article is no numeral (L'usage, L’Aquila)
_ROMAN_ANY_LETTER = re.compile(r"(?<![\w\-.])[IVXL](?![\w\-'’])")


# The one-letter words of a language that are Roman numerals too (Czech and Slovak v, in, and i, and; Polish and
# Croatian i): capitalised, one opens its sentence (V Japonsku byly první oslavy: FLORES-200's Czech and Slovak; issue
# 17, round 21), where a numeral follows its name (Karel V, Jindřich V.)
_LETTER_WORDS = {"cs": frozenset("VI"), "sk": frozenset("VI"), "sl": frozenset("V"), "pl": frozenset("I"),
                 "hr": frozenset("I"), "bs": frozenset("I"), "sr": frozenset("I")}
_OPENS = ".!?…:\"«„“"


def _letter_word(text: str, match: re.Match, base: str) -> bool:
    """Is the Roman numeral one letter that is a word of the language (``_LETTER_WORDS``), opening a sentence?

    >>> [v for v, _, _, _ in spelled_numbers("V Japonsku. Karel V se narodil. Karel V.", "cs")]
    [(Decimal('5'),), (Decimal('5'),)]
    """
    if match.group() not in _LETTER_WORDS.get(base, ()):
        return False
    before = text[:match.start()].rstrip()
    return not before or before[-1] in _OPENS


def _latin_words(text: str, table: dict[str, Word],
                 base: str) -> tuple[list[tuple[str, int, int]], list[tuple[Word | None, bool]]]:
    """Words of a language written in Latin or Cyrillic letters with their numbers: "thirty-nine" is two joined
    words, "and" (и, et; y, e in the languages read from num2words) joins; a hyphen does not join a fraction to its
    numerator (two-thirds is 2/3, not 2 + 1/3); quatre-vingts is 80.

    >>> [v for v, _, _, _ in spelled_numbers("soixante et onze, quatre-vingt-dix, deux mille sept, vingt", "fr")]
    [(Decimal('71'),), (Decimal('90'),), (Decimal('2007'),), (Decimal('20'),)]
    >>> [v for v, _, _, _ in spelled_numbers("treinta y cinco años, dos mil millones, la tercera vez", "es")]
    [(Decimal('35'),), (Decimal('2000000000'),), (Decimal('3'),)]
    """
    tokens: list[tuple[str, int, int]] = []
    words: list[tuple[Word | None, bool]] = []
    joined = False
    # Turkish's dotted capital lower-cases as i and a combining dot (İki: i̇ki); it is Turkish's i
    pieces = [(match.group().replace("İ", "i").lower(), match.start(), match.end()) for match in _WORD.finditer(text)]
    other = generated(base)  # a language read from num2words's words: its phrases and joining words
    lowered = [piece[0] for piece in pieces] if other.phrases else []
    joiners = _JOINERS | other.joiners if other.joiners else _JOINERS
    index = 0
    while index < len(pieces):
        token, start, end = pieces[index]
        phrase = phrase_at(other, lowered, index) if lowered else None
        if phrase is not None:  # tiga belas: 13
            last = pieces[index + phrase[1] - 1][2]
            tokens.append((text[start:last], start, last))
            words.append((phrase[0], joined))
            joined = False
            index += phrase[1]
            continue
        if token in joiners and words and words[-1][0] is not None:
            joined = True
            if token == "and" and index + 2 < len(pieces) and pieces[index + 1][0] == "a" and pieces[index + 2][
                    0] in ("half", "quarter"):
                index += 1  # "two and a half"
            index += 1
            continue
        hyphenated = index > 0 and text[pieces[index - 1][2]:start] in ("-", "‐")
        if base == "fr" and token in ("vingt", "vingts") and hyphenated and tokens[-1][0] == "quatre":
            tokens[-1] = ("quatre-" + token, tokens[-1][1], end)  # quatre-vingts: four twenties, 80
            words[-1] = (Word(Decimal(80), COUNT), words[-1][1])
            index += 1
            continue
        tokens.append((token, start, end))
        word = _as_fraction(table.get(token.replace("ё", "е")), pieces, index, text, base)
        if base == "fr" and token in ("un", "une") and not (joined or hyphenated):
            word = None  # the article; one only in vingt et un, trente-et-un
        fraction = word is not None and word.role in (FRACTION, FRACTION_PLURAL)
        words.append((word, joined or (hyphenated and not fraction)))
        joined = False
        index += 1
    return tokens, words


_RU_DENOMINATOR_ENDINGS = ("ых", "ым", "ыми", "ая", "ой", "ую")  # две пятых, одной десятой: 2/5, 1/10


def _as_fraction(word: Word | None, pieces: list[tuple[str, int, int]], index: int, text: str,
                 base: str) -> Word | None:
    """An ordinal that is a fraction's denominator, as a fraction (else ``word`` as it is): "one third",
    "one-fifth", "a third of", "by a third." (but "a third time"); две пятых, три десятых.

    >>> [v for v, _, _, _ in spelled_numbers("one third, a fifth of them, cut by a third. A third time", "en")]
    [(Decimal('0.333'),), (Decimal('0.2'), Decimal('1.2')), (Decimal('0.333'), Decimal('1.333')), (Decimal('3'),)]
    >>> [v for v, _, _, _ in spelled_numbers("две пятых и одной десятой", "ru")]
    [(Decimal('0.4'),), (Decimal('0.1'),)]
    """
    if word is None or word.role != ORDINAL or index == 0:
        return word
    token, before = pieces[index][0], pieces[index - 1][0]
    if base == "en" and token in EN_DENOMINATORS:
        after = pieces[index + 1] if index + 1 < len(pieces) else None
        # "a third" is a fraction before "of" or where the clause ends: "a third term" is an ordinal
        ends = after is None or after[0] == "of" or text[pieces[index][2]:after[1]].strip(" -‐") != ""
        if before == "one" or (before in ("a", "an") and ends):
            return Word(unit_fraction(EN_DENOMINATORS[token]), FRACTION)
    if base == "ru" and token.endswith(_RU_DENOMINATOR_ENDINGS) and (5 <= word.value <= 10 or word.value in (
            100, 1000)):
        numerator = lexicon(base).get(before.replace("ё", "е"))
        if numerator is not None and numerator.role == COUNT and 1 <= numerator.value <= 10:
            return Word(unit_fraction(int(word.value)), FRACTION)
    return word


def roman_value(numeral: str) -> int:
    """A Roman numeral's value.

    >>> roman_value("XIX"), roman_value("XXI")
    (19, 21)
    """
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    for index, char in enumerate(numeral):
        value = values[char]
        total += -value if index + 1 < len(numeral) and values[numeral[index + 1]] > value else value
    return total
