"""The ``latin`` and ``script`` checks: what must survive translation unchanged, and
which letters a translation may contain.

* ``latin``: acronyms, names, URLs and e-mail addresses written in Latin
  script inside the Arabic (CICA, COVID-19, U.S., www.gov.kz) appear unchanged
  in the translation. A glossary entry for the run (CICA = СВМДА) stands for it.
* ``script``: Arabic letters in a translation whose language is written in
  another script; a translation identical to its source; a Latin- or
  Cyrillic-script translation with no letter of its script; a word that
  mixes Latin, Cyrillic or Greek letters (``cети`` with a Latin c, ``Алисa``,
  ``eму``): look-alike letters a reader cannot see and a search cannot find;
  text whose UTF-8 was read as Windows-1252 (``GalÃ¡pagos`` for Galápagos,
  ``â€”`` for an em dash), that the source does not have.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kztr.text.target import base_language

_URL = r"(?:https?://|www\.)[^\s<>\"“”«»()،]+[^\s<>\"“”«»()،.,;:!?؟]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_RUN = r"[\p{Latin}0-9](?:[\p{Latin}0-9.&'’\-/]|[ ](?=[\p{Latin}0-9]))*(?<=[\p{Latin}0-9.])"


@cache
def _pattern(name: str):
    import regex

    return {
        "runs": regex.compile(f"{_URL}|{_EMAIL}|{_RUN}"),
        "letter": regex.compile(r"\p{L}"),
        "latin": regex.compile(r"\p{Latin}"),
        "tokens": regex.compile(r"[\p{Latin}0-9][\p{Latin}0-9.\-'’&/@]*"),
        "cyrillic": regex.compile(r"\p{Cyrillic}"),
        "greek": regex.compile(r"\p{Greek}"),
        "word": regex.compile(r"\p{L}+"),
        "foreign_acronym": regex.compile(r"(?<!\p{L})(?:(?!\p{Latin})\p{Lu}){2,8}(?!\p{L})"),
        "latin_acronym": regex.compile(r"(?<![\p{L}\-])(?=\p{Latin})\p{Lu}(?:-?(?=\p{Latin})\p{Lu}){1,7}(?![\p{L}\-])"),
    }[name]


@cache
def _script(script: str):
    import regex

    return regex.compile(rf"\p{{Script={script}}}+")


@lru_cache(maxsize=65536)
def latin_runs(text: str) -> tuple[str, ...]:
    """The Latin-script runs of an Arabic text that must reach the translation.

    >>> latin_runs("قمة CICA وجائحة COVID-19 في U.S. (انظر www.gov.kz أو info@mfa.kz).")
    ('CICA', 'COVID-19', 'U.S.', 'www.gov.kz', 'info@mfa.kz')
    >>> latin_runs("عام 2022-2024")
    ()
    >>> latin_runs("تلقى استوديو Lionsgate 26 ترشيحاً، مثل بارو (Nu 150) في COP 20")
    ('Lionsgate', 'Nu', 'COP 20')
    >>> latin_runs("بدأ في 08:30 بالتوقيت المحلي (15،00 UTC).")
    ('UTC',)
    """
    if not _pattern("latin").search(text):
        return ()
    runs = []
    for match in _pattern("runs").finditer(text):
        run = match.group()
        if not _pattern("latin").search(run):
            continue
        if run.endswith(".") and not _is_abbreviation(run):
            run = run.rstrip(".")
        head, _, tail = run.rpartition(" ")
        if head and tail.isdigit() and not head.isupper() and _pattern("latin").search(head):
            run = head  # استوديو Lionsgate 26 ترشيحاً: the studio, then a count (the numbers check's); COP 20 stays
        first, _, rest = run.partition(" ")
        if len(rest) >= 2 and first.isdigit() and _pattern("latin").search(rest):
            run = rest  # 15:00 UTC, 600 BP: the number (the numbers check's), then the zone or era; "9 â" stays
        runs.append(run)
    return tuple(runs)


def _is_abbreviation(run: str) -> bool:
    pieces = run.rstrip(".").split(".")
    return len(pieces) > 1 and all(len(piece) <= 2 for piece in pieces)


def _loose(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def check_latin(source: str, translation: str, context) -> list[tuple[str, str]]:
    """A Latin run of the source missing from the translation, or changed."""
    findings = []
    loose_forms = None
    latin_target = context.target_script == "Latin"
    own_acronyms = None
    runs = tuple(dict.fromkeys(latin_runs(source)))
    if context.markup and context.markup_checked and runs:
        from kztr.text.markup import markup_signature

        # a link's or image's target is the markup check's (one finding for one changed link)
        targets = {link.removeprefix("image:") for link in markup_signature(source).links}
        runs = tuple(run for run in runs if run not in targets)
    english = base_language(context.target_language) == "en"  # the language Latin acronyms come from: they stay
    for run in runs:
        if run in translation or ("/" in run and run.replace(" ", "") in translation):
            continue  # Hipposideros/ GhanaKwam/19 is the code the translation writes without the space
        if not latin_target and (not _must_stay(run) or _PAGE.fullmatch(run)):
            continue  # a name or a title in Latin letters is transliterated or translated in Cyrillic, Greek…
        if _PAGE.fullmatch(run) and all(re.search(rf"(?<!\d){number}(?!\d)", translation)
                                        for number in re.findall(r"[0-9]+", run)):
            continue  # p109 as halaman 109, S. 109: a page the translation writes its own way
        acronym = _ACRONYM.fullmatch(run) is not None
        if acronym and not english:
            if own_acronyms is None:
                own_acronyms = _own_acronyms(source, translation, latin_target)
            if own_acronyms:
                own_acronyms -= 1
                continue  # WHO is ВОЗ, UN is ООН, FTIR is IRTF: the translation has an acronym of its own
        if (_spelt_out(run, translation) and f"({run})" not in source) or _in_series(run, runs, translation):
            continue  # an acronym glossing the source's own words, (AIF), stays: they are spelt out already
        if latin_target and _declined_there(run, translation, context.target_language):
            continue  # Audi TT as Audija TT, Oldsmobile as Oldsmobilu: the name in a case of the language's
        if loose_forms is None:
            tokens = [_loose(token) for token in _pattern("tokens").findall(translation)]
            loose_forms = {"".join(tokens[start:start + size]) for size in (1, 2, 3) for start in range(len(tokens))}
        substitutes = context.glossary_targets(run)
        if any(target.casefold() in translation.casefold() for target in substitutes):
            continue
        loose = _loose(run)
        plural = latin_target and loose + "s" in loose_forms  # Editathon as editathons
        if loose and (loose in loose_forms or plural or (not latin_target and run.endswith("s")
                                                          and loose[:-1] in loose_forms)):
            if (loose not in loose_forms and not plural) or len(run) == 1:
                continue  # MWPs is MWP in a language without the English plural; a letter named (c and g as C a G)
                # is any language's to write in either case, and one letter inside a word already passes it
            findings.append(("warning", f"“{run}” is written differently in the translation (case or dots changed)"))
        else:
            # its letters still there, cut otherwise ("TIPOFF U.S" in "Tipoff U.S.-Canada"): uncertain. So is a name,
            # a term or an acronym missing from a translation into another language than English, which spells
            # acronyms out or makes its own (PTWC: le centre d'alerte des tsunamis; FTIR: IRTF) and translates names of
            # things (Super-G: supergegant); codes, addresses and figures (S/2014/648, www.gov.kz) stay in any language
            inside = " " in run and len(loose) >= 6 and loose in _loose(translation)
            localised = not english and (acronym or not _must_stay(run))
            severity = "error" if latin_target and not inside and not localised else "warning"
            findings.append((severity, f"“{run}” (Latin script in the source) is missing from the translation"))
    return findings


# Languages written in Latin letters that decline a foreign name with an ending (Croatian Audija, Oldsmobilu; the
# possessive Asusovo): FLORES-200's Croatian and Slovenian (issue 17, round 20)
_DECLINING = frozenset({"cs", "sk", "sl", "hr", "bs", "sr", "pl"})
_ENDING = 4  # letters a case ending or a possessive adds (-ovo, -ija, -u)


def _declined_there(run: str, translation: str, language: str) -> bool:
    """Is every word of a Latin run in the translation with an ending of the language's cases (its last vowel
    replaced or kept), its first letter as the source writes it? Words of one or two letters, and words with a
    digit or a dash, must be there as they are.

    >>> _declined_there("Audi TT", "iz crvenog Audija TT.", "hr"), _declined_there("ASUS", "Asusovo računalo", "hr")
    (True, True)
    >>> _declined_there("Oldsmobile Intrigue", "crnom Oldsmobilu Intrigue", "hr")
    True
    >>> _declined_there("Audi TT", "iz crvenog Audija TT.", "en"), _declined_there("Audi TT", "iz crvenog auta", "hr")
    (False, False)
    """
    if base_language(language) not in _DECLINING:
        return False
    words = [word.rstrip(".-'’") for word in _pattern("tokens").findall(translation)]
    for piece in run.split():
        if len(piece) <= 2 or not piece.isalpha():
            if piece not in words:
                return False
            continue
        folded = piece.casefold()
        stem = folded[:-1] if folded[-1] in "aeiouy" else folded
        if not any(word[:1] == piece[:1] and word.casefold().startswith(stem) and len(word) - len(stem) <= _ENDING
                   and word[len(stem):].isalpha() for word in words):
            return False
    return True


# a page reference (p109, pp. 12-15): «с. 109» in Russian, halaman 109 in Indonesian
_PAGE = re.compile(r"pp?\.? ?[0-9]+(?:[-–][0-9]+)?")


def _own_acronyms(source: str, translation: str, latin: bool = False) -> int:
    """How many acronyms the translation has that the source has not: in another script than Latin (ВОЗ, ЮНИТАР), or
    in a Latin-script translation, Latin ones (IRTF for FTIR, TB-MR for XDR-TB)."""
    pattern = _pattern("latin_acronym" if latin else "foreign_acronym")
    return sum(1 for match in pattern.finditer(translation) if match.group() not in source)


# An acronym of the source: capitals only, with dots, hyphens or an ampersand between (PTWC, XDR-TB, U.S., AT&T)
_ACRONYM = re.compile(r"[A-Z](?:[.&\-]?[A-Z])+\.?s?")


def _spelt_out(run: str, translation: str) -> bool:
    """Is ``run``, an acronym of letters and digits (F1, PTWC), spelt out in the translation: capitalised words whose
    initials are its letters, and its digits, in order (Formule 1; Pacific Tsunami Warning Center; not "chairmanship
    in Cica and" for CICA)?

    >>> _spelt_out("F1", "le roller hockey et la Formule 1."), _spelt_out("PTWC", "du centre d'alerte")
    (True, False)
    """
    parts = re.findall(r"[A-Z]|[0-9]+", run)
    if len(parts) < 2 or not re.fullmatch(r"[A-Z0-9\-]+", run):
        return False
    words = re.findall(r"[^\W_]+", translation)
    for start in range(len(words) - len(parts) + 1):
        if all(word == part if part.isdigit() else word[:1] == part and len(word) > 1
               for word, part in zip(words[start:start + len(parts)], parts, strict=True)):
            return True
    return False


def _in_series(run: str, runs: tuple[str, ...], translation: str) -> bool:
    """Is ``run`` one of a series the translation writes once (802.11a, b et g for 802.11a و802.11b و802.11g): another
    run of the source, there in the translation, is the same but for its last letter, and that letter stands alone?

    >>> _in_series("802.11b", ("802.11a", "802.11b"), "les itérations 802.11a, b et g")
    True
    """
    if len(run) < 3 or not run[-1].isalpha():
        return False
    return any(other != run and other[:-1] == run[:-1] and other in translation for other in runs) and bool(
        re.search(rf"(?<![\w.]){re.escape(run[-1])}(?![\w.])", translation))


def _must_stay(run: str) -> bool:
    """What a translation into another script keeps in Latin letters: addresses, codes with
    digits (COVID-19), acronyms (CICA, MWPs); not names and titles (Ballyhackamore, Johnny English).

    >>> [_must_stay(run) for run in ("www.gov.kz", "COVID-19", "CICA", "MWPs", "Ballyhackamore", "Johnny English")]
    [True, True, True, True, False, False]
    """
    if "@" in run or "://" in run or run.startswith("www.") or any(char.isdigit() for char in run):
        return True
    letters = [char for char in run.rstrip("s") if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


def is_identical(source: str, translation: str) -> bool:
    """A translation that is its source again (ignoring outer spaces); needs a letter.

    >>> is_identical("CICA قمة", " CICA قمة ")
    True
    >>> is_identical("2022", "2022")
    False
    """
    source, translation = source.strip(), translation.strip()
    return bool(translation) and source == translation and _pattern("letter").search(source) is not None


def script_fragments(text: str, script: str) -> tuple[str, ...]:
    """The runs of ``script`` letters in ``text`` (a Unicode script name).

    >>> script_fragments("The CICA summit (قمة) in Astana", "Arabic")
    ('قمة',)
    """
    return tuple(_script(script).findall(text))


_SCRIPTS = ("Latin", "Cyrillic", "Greek")


def mixed_words(text: str) -> tuple[tuple[str, str], ...]:
    """Words that mix Latin, Cyrillic and Greek letters, each with the letters of its minority script.

    >>> mixed_words("в cети и у Алисa, COVID-19 и iPhone")
    (('cети', 'c'), ('Алисa', 'a'))
    """
    present = [script for script in _SCRIPTS if _pattern(script.lower()).search(text)]
    if len(present) < 2:
        return ()
    found = []
    for word in _pattern("word").findall(text):
        letters = {script: [char for char in word if _pattern(script.lower()).match(char)] for script in present}
        used = {script: chars for script, chars in letters.items() if chars}
        if len(used) > 1:
            majority = max(used, key=lambda script: len(used[script]))
            odd = "".join(char for script, chars in used.items() if script != majority for char in chars)
            found.append((word, odd))
    return tuple(found)


_LOOK_ALIKE = frozenset("aceiopxyk")
_WORD_END_VOWELS = frozenset("аеёиоуыэюяйь")


def _footnote_letter(word: str, odd: str) -> bool:
    """One lowercase Latin letter after a Cyrillic word that ends in a vowel or й, as a footnote
    marker is glued to its word (годыa, Федерацииa, резолюцийb): b is plainly a footnote; a may be
    one, or a look-alike. After a consonant it is a letter of the word (Алисa).

    >>> _footnote_letter("резолюцийb", "b"), _footnote_letter("годыa", "a"), _footnote_letter("Алисa", "a")
    (True, True, False)
    """
    return (len(odd) == 1 and word.endswith(odd) and "a" <= odd <= "z" and len(word) >= 4
            and word[-2].lower() in _WORD_END_VOWELS)


# Letters that look like a letter of the other script (Latin in Russian, Cyrillic in English)
_HAS_TWIN = frozenset("AaBCcEeHKkMOoPpTXxYy" "АаВСсЕеНКкМОоРрТХхУу")
_ROMAN = re.compile(r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _glued(word: str, odd: str) -> bool:
    """Two words glued without a space or hyphen, not a look-alike letter: a run of the other script of
    two letters or more at the word's start or end that is a Roman numeral or has a letter no letter of
    the other script looks like (ХабитатIII, VIPдне). ``cети``, ``Алисa``, ``ХабитатXa`` stay look-alikes.

    >>> _glued("ХабитатIII", "III"), _glued("VIPдне", "дне"), _glued("Алисa", "a"), _glued("Алиca", "ca")
    (True, True, False, False)
    """
    return (len(odd) >= 2 and (word.startswith(odd) or word.endswith(odd))
            and (_ROMAN.fullmatch(odd) is not None or any(char not in _HAS_TWIN for char in odd)))


# What a UTF-8 lead byte becomes read as Windows-1252: Â Ã (Latin-1's letters), â (punctuation), Î Ï (Greek), Ð Ñ
# (Cyrillic), Ø Ù (Arabic); then the continuation bytes, 0x80-0xBF, as Windows-1252 or Latin-1 shows them.
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1252", "ignore") + "".join(map(chr, range(0x80, 0xC0)))
_GARBLED = re.compile(f"[ÂÃâÎÏÐÑØÙ][{re.escape(_CONTINUATION)}]+")


def garbled(text: str) -> tuple[tuple[str, str], ...]:
    """The words of ``text`` whose UTF-8 was decoded as Windows-1252 (or Latin-1), each with its repair.

    >>> garbled("Kepulauan GalÃ¡pagos Ekuador, Las CaÃ±itas")
    (('GalÃ¡pagos', 'Galápagos'), ('CaÃ±itas', 'Cañitas'))
    >>> garbled("SÃO PAULO, ÂNGULO, ØRSTED, Ça va — fine")
    ()
    """
    if not any(lead in text for lead in "ÂÃâÎÏÐÑØÙ"):
        return ()  # the cheap test first: almost no text has one
    found = []
    for word in text.split():
        repaired = _GARBLED.sub(_repaired, word)
        if repaired != word:
            found.append((word, repaired))
    return tuple(found)


def _repaired(match: re.Match) -> str:
    """A run's text as UTF-8 decoded right, or the run as it was where its bytes are no UTF-8 (SÃO is São's
    capitals, not a slip)."""
    run = match.group()
    for encoding in ("cp1252", "latin-1"):
        try:
            return run.encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
    return run


# Arabic's comma, semicolon and question mark: Unicode's Common script, so no Arabic "letter", but never right in
# a translation into a language written in another script (؟ for ?, ، for a comma).
_ARABIC_MARKS = re.compile("[،؛؟]")


# the letters another language's text would be in, by the target's script (the blocks: the cheap test)
_OTHER_ALPHABETS = {"Latin": re.compile("[\u0370-\u03ff\u0400-\u04ff]"), "Cyrillic": re.compile("[\u0370-\u03ff]"),
                    "Greek": re.compile("[\u0400-\u04ff]")}


def _other_alphabet(source: str, translation: str, context) -> str:
    """Cyrillic or Greek, where most of a translation's letters are in it and the target's script is another
    alphabet (a Russian edition pasted into English: «старший редактор The Astana Times»); "" if not, if the
    source writes that alphabet too, or if the language is written in both Latin and Cyrillic letters (Serbian).
    Latin letters in a Cyrillic or Greek translation are not enough: news writes brands and names in them
    (Apple Watch), and a translation with no letter of its own script is the warning below."""
    from kztr.locales import written_in_both
    from kztr.text.sources import letter_scripts

    others = _OTHER_ALPHABETS.get(context.target_script)
    if others is None or not others.search(translation):
        return ""  # the cheap test first: almost every translation has no letter of them
    counts = letter_scripts(translation)
    main = next(iter(counts), "")
    if main not in _SCRIPTS[1:] or main == context.target_script or 2 * counts[main] <= sum(counts.values()):
        return ""
    if _script(main).search(source) or written_in_both(context.target_language):
        return ""
    return main


def check_script(source: str, translation: str, context) -> list[tuple[str, str]]:
    """Source-script letters in the translation, a copied source, no letter of the target script, look-alikes,
    text decoded with the wrong encoding."""
    if is_identical(source, translation):
        return [("error", "the translation is identical to the source")]
    findings = []
    wrong = [(word, repaired) for word, repaired in garbled(translation) if word not in source]
    if wrong:
        shown = ", ".join(f"{word} ({repaired})" for word, repaired in wrong[:3]) + (" …" if len(wrong) > 3 else "")
        findings.append(("error", f"text decoded with the wrong encoding (UTF-8 read as Windows-1252): {shown}"))
    mixed = [(word, odd) for word, odd in mixed_words(translation) if word not in source]
    notes = [(word, odd) for word, odd in mixed if _footnote_letter(word, odd)]
    glued = [(word, odd) for word, odd in mixed if (word, odd) not in notes and _glued(word, odd)]
    mixed = [pair for pair in mixed if pair not in notes and pair not in glued]
    if mixed:
        shown = ", ".join(f"{word} ({odd})" for word, odd in mixed[:3]) + (" …" if len(mixed) > 3 else "")
        findings.append(("error", f"a word mixes Latin and Cyrillic (or Greek) look-alike letters: {shown}"))
    if glued:
        shown = ", ".join(word for word, _ in glued[:3]) + (" …" if len(glued) > 3 else "")
        findings.append(("warning", f"Latin and Cyrillic letters glued in one word (a space or hyphen missing?): "
                                    f"{shown}"))
    looking_alike = [(word, odd) for word, odd in notes if odd in _LOOK_ALIKE]
    if looking_alike:
        shown = ", ".join(f"{word} ({odd})" for word, odd in looking_alike[:3])
        findings.append(("warning", f"a word ends with a Latin look-alike letter (a footnote letter?): {shown}"))
    if context.source_script != context.target_script:
        fragments = script_fragments(translation, context.source_script)
        if fragments:
            shown = " ".join(fragments[:3]) + (" …" if len(fragments) > 3 else "")
            what = "letters" if any(_pattern("letter").search(fragment) for fragment in fragments) else "digits"
            findings.append(("error", f"{context.source_script} {what} in a {context.target_script}-script "
                                      f"translation: {shown}"))
        marks = _ARABIC_MARKS.findall(translation) if context.source_script == "Arabic" else []
        if marks:
            findings.append(("error", f"Arabic punctuation in a {context.target_script}-script translation: "
                                      f"{' '.join(dict.fromkeys(marks))}"))
    other = _other_alphabet(source, translation, context)
    if other and not findings:
        findings.append(("error", f"the translation is written in {other} letters, not {context.target_script} "
                                  f"(another language's text?)"))
    if (context.target_script in ("Latin", "Cyrillic") and _pattern("letter").search(source)
            and not _script(context.target_script).search(translation) and not findings):
        findings.append(("warning", f"no {context.target_script} letter in the translation"))
    return findings
