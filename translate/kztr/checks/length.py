"""The ``omission`` check: a translation far shorter or longer than its source.

A unit is judged by the length ratio translations of Arabic have in its
language, measured on real parallel text and shipped as data
(``kztr/data/length-ratios.tsv``: the median log(translation length / source
length) and its robust spread per language, from the tuning half of
NTREX-128; see benchmarks/ntrex_ratios.py). A catalog's own typical ratio is
combined with that prior only as evidence accumulates: not at all below
``OWN_FROM`` translated units; from there the mean of the catalog's ratios
(each clipped to ``CLIP`` spreads around the prior) enters with the weight
k / (``PRIOR_WEIGHT`` + k) of its k units past ``OWN_FROM``. ``PRIOR_WEIGHT`` is
measured: NTREX's documents differ in their typical ratio by a variance 7
(English) to 15 (Russian) times smaller than units do, so a catalog's own
ratio is worth the prior's after about 10 units. So translating one more unit
never changes the verdict on another in a catalog of fewer than ``OWN_FROM``
units (a 22-unit agency brief is judged by the language's standard, not by
its own 21 other units), and in a larger one moves its score by at most
``MAX_SHIFT`` (the property tests in tests/test_checks.py).

Lengths count fairly (``counted_length``): characters other than spaces,
bracketed text left out (an expansion one side adds in brackets), an acronym
counted as the words it stands for (NATO for حلف شمال الأطلسي).

A unit is an outlier at a robust z-score below -3.5 (shorter: an omission)
or above 4 (longer: more often a translator's explicitation than a
mistake); the band widens for short units (under 60 characters), whose ratio
one word can swing. A pair with no prior uses a wide one (ratio 1, spread
0.3). A translation with fewer
sentences than a multi-sentence source is also reported: a sentence may
have been dropped.

Where the project translates the document into other languages too, their
translations of the same sentence are a second measure: a unit is reported
shorter when it is ``JOINT`` spreads short against its source and
``JOINT_OTHER`` against every other language's translation of it (on
NTREX-128, English and Russian, this finds 89 % of translations cut in half,
where the source alone finds 72 %, and flags 9 units of 3,871 where the
source alone flags 21); when another translation is as unusually short,
the source spells out what translations abbreviate (Brexit for الخروج من
الاتحاد الأوروبي), and the unit is not reported.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kztr.text.arabic import MARKS

MIN_CHARS = 20          # shorter units (names, headings) vary too much to judge
SHORT_CHARS = 60        # below this, the allowed spread grows as 1/sqrt(length)
THRESHOLD = 3.5         # robust z-score (Iglewicz and Hoaglin) for a shorter translation
LONGER_THRESHOLD = 4.0  # a longer one is more often explicitation than a mistake
OWN_FROM = 30           # translated units before a catalog's own ratio counts at all
PRIOR_WEIGHT = 10       # the shipped prior counts as this many units (measured: see above)
CLIP = 2.5              # a unit moves the catalog's ratio by at most this many spreads
MAX_SHIFT = CLIP / PRIOR_WEIGHT + 2 * CLIP / (OWN_FROM + 1)  # most one more unit moves another's score
UNKNOWN_PRIOR = (0.0, 0.30)
AGREEING = 2.5          # another language's translation this far off too: the source is unusual
JOINT = 2.5             # shorter than this against the source, and than JOINT_OTHER against every other
JOINT_OTHER = 2.75      # language's translation of the sentence
PARALLEL_SPREAD = 0.65  # two translations' log length ratio spreads 0.6-0.8 of hypot(their spreads) (NTREX)
_TERMINATOR_INSIDE = re.compile(r"[.!?؟…]\S*\s+\S")  # a sentence end before more text
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# NATO, U.S.; HCoVs, RdRp (two capitals or more in a short word)
_ACRONYM = re.compile(r"\b[A-ZА-ЯЁ]{2,6}s?\b|(?<!\w)(?:[A-ZА-ЯЁ]\.){2,5}|"
                      r"\b(?=[A-ZА-ЯЁ][a-zа-яё]{0,2}[A-ZА-ЯЁ])[A-ZА-ЯЁa-zа-яё]{2,6}\b")
# what every acronym has: a capital and another within three letters (the cheap test first: most texts have none)
_CAPITALS_NEAR = re.compile(r"[A-ZА-ЯЁ](?:[A-ZА-ЯЁ]|\.[A-ZА-ЯЁ]|[a-zа-яё]{1,2}[A-ZА-ЯЁ])")
# an acronym among words in capitals (three or more in a row) is a shouted sentence, not an acronym
_CAPITALS_BEFORE = re.compile(r"[A-ZА-ЯЁ]{2,}\W{1,3}$")
_CAPITALS_AFTER = re.compile(r"\W{1,3}[A-ZА-ЯЁ]{2,}")
ACRONYM_LETTER = 6      # characters an acronym's letter stands for once spelled out
BRACKETED_SHARE = 0.25  # a bracket this much of its side's text may hold what the other side says plainly


@dataclass(frozen=True)
class LengthModel:
    """A language's typical log length ratio and its spread, as a catalog's units see it."""

    centre: float
    spread: float
    sample: int
    prior: float | None = None  # the shipped prior's centre (None: no measured prior)

    @property
    def typical(self) -> float:
        return math.exp(self.centre)


@cache
def shipped_priors() -> dict[str, tuple[float, float]]:
    """The measured prior of each target language: {code: (centre, spread)}."""
    from importlib.resources import files

    priors = {}
    for line in files("kztr").joinpath("data/length-ratios.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, centre, spread, _ = line.split("\t")
            priors[code] = (float(centre), float(spread))
    return priors


def prior_for(source_language: str, target_language: str) -> tuple[float, float] | None:
    """The measured (centre, spread) for Arabic into ``target_language``, or None.

    >>> centre, spread = prior_for("ar", "ru")
    >>> 1.1 < math.exp(centre) < 1.4, 0.1 < spread < 0.3
    (True, True)
    """
    if source_language.split("_")[0] != "ar":
        return None
    priors = shipped_priors()
    code = target_language.replace("-", "_").split("@")[0]
    return priors.get(code) or priors.get(code.split("_")[0])


@lru_cache(maxsize=131072)
def counted_length(text: str, brackets: bool = False) -> int:
    """A text's length as the omission check counts it (``brackets``: with the bracketed text too).

    >>> [counted_length(text) for text in ("NATO (حلف شمال الأطلسي) met", "THANK YOU FOR IT", "U.S. met",
    ...                                    "the RCGP RSC", "All HCoVs")]
    [27, 13, 17, 45, 23]
    >>> counted_length("فِي اللَّيْلِ كُلُّ الْقِطَطِ رَمَادِيَّةٌ.") == counted_length("في الليل كل القطط رمادية.")
    True
    """
    if not brackets and ("(" in text or "[" in text):
        text = _BRACKETED.sub(" ", text)
    text = MARKS.sub("", text)  # فِي اللَّيْلِ is في الليل: vowel marks are no characters of the sentence
    extra = sum((ACRONYM_LETTER - 1) * sum(1 for char in match.group() if char.isupper())
                for match in _ACRONYM.finditer(text) if not _shouted(text, match)) if _CAPITALS_NEAR.search(text) else 0
    return len(text) - text.count(" ") + extra


def _shouted(text: str, match: re.Match) -> bool:
    """Is the word in capitals one of three or more in a row (THANK YOU FOR IT), not an acronym (RCGP RSC)?"""
    before = _CAPITALS_BEFORE.search(text, 0, match.start())
    after = _CAPITALS_AFTER.match(text, match.end())
    return bool(before and after) or bool(before and _CAPITALS_BEFORE.search(text, 0, before.start())) or bool(
        after and _CAPITALS_AFTER.match(text, after.end()))


def log_ratio(source: str, translation: str, least: int = MIN_CHARS, brackets: bool = False) -> float | None:
    if counted_length(source, brackets) < least or not translation.strip():
        return None
    return math.log(max(counted_length(translation, brackets), 1) / counted_length(source, brackets))


def learn_lengths(pairs, source_language: str = "ar", target_language: str = "") -> LengthModel:
    """The model of a catalog from its translated (source, translation) pairs and the shipped prior.

    >>> pairs = [("ا" * 40, "e" * 56) for n in range(150)]
    >>> [round(learn_lengths(pairs[:count], "ar", "en").typical, 2) for count in (29, 40, 150)]
    [1.11, 1.25, 1.38]
    """
    measured = prior_for(source_language, target_language)
    centre, spread = measured or UNKNOWN_PRIOR
    ratios = [ratio for ratio in (log_ratio(source, target) for source, target in pairs) if ratio is not None]
    count = len(ratios)
    if count < OWN_FROM:
        return LengthModel(centre, spread, count, centre if measured else None)
    low, high = centre - CLIP * spread, centre + CLIP * spread
    own = sum(min(max(ratio, low), high) for ratio in ratios) / count
    evidence = count - OWN_FROM  # no step at OWN_FROM: the catalog's voice grows from nothing
    weight = evidence / (PRIOR_WEIGHT + evidence)
    return LengthModel(centre + weight * (own - centre), spread, count, centre if measured else None)


def omission_score(source: str, translation: str, model: LengthModel, least: int = MIN_CHARS,
                   brackets: bool = False) -> float | None:
    """The unit's robust z-score against the model (None: a source under ``least`` characters, too short to
    judge; ``brackets``: the bracketed text counted too)."""
    ratio = log_ratio(source, translation, least, brackets)
    if ratio is None:
        return None
    # A short unit's ratio is noisier (one acronym or article changes a lot): widen its band.
    widen = math.sqrt(max(1.0, SHORT_CHARS / counted_length(source, brackets)))
    return (ratio - model.centre) / (model.spread * widen)


CUT_SHORT = -1.5        # robust z under which a translation ending on a word that ends no sentence is cut short
CUT_MIN_CHARS = 8       # a shorter source (a greeting, a name) says nothing
_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# after the last word, a mark that ends it on purpose: a question or an exclamation (What is it used for?, It can't
# be!), a list to come (such as:, как:), a label (Agenda item 5 (a))
_NOT_CUT = re.compile(r"[?!؟:;)\]…]")


@cache
def non_final_words(language: str) -> frozenset[str]:
    """The words that end no sentence in ``language`` (lower case): in at least 100 of FLORES-200's 1,012 devtest
    sentences, ending none (``kztr/data/non-final-words.tsv``, benchmarks/flores_endings.py); empty for a language
    not measured.

    >>> {"una", "de", "para"} <= non_final_words("es"), "casa" in non_final_words("es"), non_final_words("xh")
    (True, False, frozenset())

    The words are casefolded, as the measure wrote them: Greek's final sigma is a sigma there (τις as τισ), so a word is
    looked up casefolded too.

    >>> "τις" in non_final_words("el"), "τις".casefold() in non_final_words("el")
    (False, True)
    """
    from importlib.resources import files

    from kztr.text.target import base_language

    wanted = {"no": "nb"}.get(base_language(language), base_language(language))
    for line in files("kztr").joinpath("data/non-final-words.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, words = line.split("\t")
            if code == wanted:
                return frozenset(words.split())
    return frozenset()


def _cut_short(source: str, translation: str, context) -> list[tuple[str, str]]:
    """A translation cut short: it ends on a word, in lower case, that ends no sentence of its language (``Yo solo
    quiero una.``, ``Füllen Sie das.``, ``Governing Council of``), not before a question or exclamation mark, a colon
    or a closing bracket (English questions end on prepositions: What is it used for?), and is shorter than usual
    (robust z under ``CUT_SHORT``, measured as the omission score is, from a source of ``CUT_MIN_CHARS``: most such
    cuts are of short sentences). Tuned on the Tatoeba sets' seeded cuts and the judged corpora (benchmarks/RESULTS.md,
    issue 17 round 12)."""
    score = omission_score(source, translation, context.lengths, CUT_MIN_CHARS)
    if score is None or score >= CUT_SHORT:
        return []  # most units: no need to read their words
    tail = translation[-120:]  # the last word is in it
    words = list(_TOKEN.finditer(tail))
    if not words:
        return []
    last = words[-1].group()
    if not last.islower() or last.casefold() not in non_final_words(context.target_language) \
            or _NOT_CUT.search(tail, words[-1].end()):
        return []
    return [("warning", f"the translation ends with “{last}”, a word no sentence of its language ends with, and is "
                        f"shorter than usual: its end may be missing")]


MIN_SENTENCE_WORDS = 4  # a shorter "sentence" is an abbreviation's full stop (الأمريكى. for U.S.) or a label


@lru_cache(maxsize=65536)
def sentence_count(text: str) -> int:
    """Sentences of a unit of four words or more, as kztr's segmenter cuts them (most units are one)."""
    from kztr.text.segment import split_sentences

    if not _TERMINATOR_INSIDE.search(text):
        return 1
    return max(1, sum(1 for sentence in split_sentences(text) if len(sentence.split()) >= MIN_SENTENCE_WORDS))


def _source_is_odd(source: str, score: float, context) -> bool:
    """Is the source itself unusually long (or short)? Then every language's translation of it is far
    from its typical length in the same direction: here, another language's is at least AGREEING
    spreads off too (a source that spells out what the translations abbreviate: Brexit, Chequers)."""
    others = (context.parallel or {}).get(source, {})
    for language, translation in others.items():
        if language == context.target_language or not translation:
            continue
        prior = prior_for(context.source_language, language)
        if prior is None:
            continue
        other = omission_score(source, translation, LengthModel(prior[0], prior[1], 0, prior[0]))
        if other is not None and other * score > 0 and abs(other) >= AGREEING:
            return True
    return False


def parallel_scores(source: str, translation: str, context) -> list[float]:
    """The translation's robust z-score against each other language's translation of the same sentence:
    their log length ratio, centred on the two languages' priors, spread PARALLEL_SPREAD of the two
    priors' combined spread (measured on NTREX-128: two translations of one sentence vary together)."""
    mine = prior_for(context.source_language, context.target_language)
    scores = []
    for language, other in (context.parallel or {}).get(source, {}).items():
        theirs = prior_for(context.source_language, language)
        if language == context.target_language or mine is None or theirs is None or \
                counted_length(other) < MIN_CHARS or not translation.strip():
            continue
        widen = math.sqrt(max(1.0, SHORT_CHARS / counted_length(other)))
        spread = PARALLEL_SPREAD * math.hypot(mine[1], theirs[1]) * widen
        scores.append((math.log(max(counted_length(translation), 1) / counted_length(other))
                       - (mine[0] - theirs[0])) / spread)
    return scores


def _bracketed_evens(source: str, translation: str, model: LengthModel, threshold: float, shorter: bool) -> bool:
    """Is an outlier no outlier once the bracketed text is counted too, where it is a quarter or more of one side?
    Brackets are left out of the lengths for an expansion one side adds (NATO (حلف شمال الأطلسي)); where one side
    brackets what the other says plainly (a translation's "(za pierwszym razem było to w 1964 roku)", a source's
    long gloss of Chhappan Bhog), counting them shows the two as long as each other (FLORES-200's Polish,
    Portuguese and Spanish; issue 17, round 14)."""
    if not any(bracket in text for text in (source, translation) for bracket in "(["):
        return False
    if not any(counted_length(text) < (1 - BRACKETED_SHARE) * counted_length(text, brackets=True)
               for text in (source, translation)):
        return False  # a short bracket ("(an observer)") leaves the verdict to the text around it
    score = omission_score(source, translation, model, brackets=True)
    return score is not None and (score >= -threshold if shorter else score <= LONGER_THRESHOLD)


def check_omission(source: str, translation: str, context) -> list[tuple[str, str]]:
    findings = []
    model: LengthModel = context.lengths
    score = omission_score(source, translation, model)
    others = parallel_scores(source, translation, context) if score is not None and score < -JOINT else []
    if score is not None and others and score < -JOINT:
        shorter = all(other < -JOINT_OTHER for other in others)  # short against the source and the other translations
    else:
        shorter = score is not None and score < -THRESHOLD and not _source_is_odd(source, score, context)
    longer = score is not None and score > LONGER_THRESHOLD and not _source_is_odd(source, score, context)
    if (shorter or longer) and _bracketed_evens(source, translation, model, JOINT if others else THRESHOLD, shorter):
        shorter = longer = False
    if score is not None and (shorter or longer):  # both need a score
        actual = math.exp(log_ratio(source, translation) or 0.0)
        expected = round(model.typical * counted_length(source))
        what = "shorter" if score < 0 else "longer"
        standard = "translations into this language" if model.prior is not None else "this catalog"
        findings.append(("warning", f"the translation is far {what} than usual: {counted_length(translation)} "
                                    f"characters where about {expected} are expected (ratio {actual:.2f}, "
                                    f"{standard} typically {model.typical:.2f})"
                                    + (": a part may be missing" if score < 0 else "")))
    elif score is None or score < 0:
        findings.extend(_cut_short(source, translation, context))
    sentences = sentence_count(source)
    if sentences > 1:
        translated = sentence_count(translation)
        if translated < sentences:
            findings.append(("warning", f"{translated} sentence{'s' if translated != 1 else ''} for "
                                        f"{sentences} in the source: one may be missing"))
    return findings
