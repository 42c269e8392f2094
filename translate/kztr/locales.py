"""Everything kztr knows about languages comes from Babel, through this module."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kztr.errors import LocaleError

_CODE_SHAPE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*(@[a-z]{2,16})?$")
# gettext locale modifiers that name a script (``sr@latin``, ``uz@cyrillic``): the
# folder keeps the gettext name, Babel is asked about the script it means.
SCRIPT_MODIFIERS = {"latin": "Latn", "cyrillic": "Cyrl", "arabic": "Arab", "devanagari": "Deva"}
OTHER_MODIFIERS = ("valencia", "saaho")  # glibc's other modifiers of languages (ca@valencia)

# Scripts (ISO 15924) whose letters kztr can recognise, as Unicode script names.
SCRIPT_NAMES = {
    "Arab": "Arabic",
    "Latn": "Latin",
    "Cyrl": "Cyrillic",
    "Grek": "Greek",
    "Hebr": "Hebrew",
    "Deva": "Devanagari",
    "Hans": "Han",
    "Hant": "Han",
    "Jpan": "Han",
    "Kore": "Hangul",
    "Armn": "Armenian",
    "Geor": "Georgian",
    "Thai": "Thai",
    "Ethi": "Ethiopic",
    "Beng": "Bengali",
    "Taml": "Tamil",
}


@cache
def validate_locale(code: str) -> str:
    """Return the canonical form of a language code, or raise ``LocaleError``.

    >>> validate_locale("pt-BR")
    'pt_BR'
    >>> validate_locale("ru")
    'ru'
    >>> validate_locale("sr@latin")
    'sr@latin'
    """
    if not isinstance(code, str) or not _CODE_SHAPE.match(code):
        raise LocaleError(f"{code!r} is not a language code (try: en, ru, fr, pt_BR, sr@latin)")
    base, _, modifier = code.partition("@")
    canonical = str(_parse(base, code))
    if not modifier:
        return canonical
    if modifier not in SCRIPT_MODIFIERS and modifier not in OTHER_MODIFIERS:
        known = ", ".join(f"@{name}" for name in (*SCRIPT_MODIFIERS, *OTHER_MODIFIERS))
        raise LocaleError(f"unknown locale modifier in {code!r} (known: {known})")
    if modifier in SCRIPT_MODIFIERS:
        canonical = "_".join(part for part in canonical.split("_") if len(part) != 4)  # the modifier is the script
        _parse(_with_script(canonical, modifier), code)
    return f"{canonical}@{modifier}"


def _parse(code: str, shown: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        raise LocaleError(f"unknown language code {shown!r} (try: en, ru, fr, pt_BR, sr@latin)") from None


def _with_script(canonical: str, modifier: str) -> str:
    """``sr`` + ``latin`` -> ``sr_Latn`` (Babel's name); a modifier that is no script is dropped."""
    script = SCRIPT_MODIFIERS.get(modifier)
    if script is None:
        return canonical
    language, *rest = canonical.split("_")
    rest = [part for part in rest if len(part) != 4]  # a script Babel inferred gives way to the modifier's
    return "_".join([language, script, *rest])


def _locale(code: str):
    """The Babel locale a (gettext) code means: ``sr@latin`` is ``sr_Latn``."""
    from babel import Locale

    base, _, modifier = validate_locale(code).partition("@")
    return Locale.parse(_with_script(base, modifier) if modifier else base)


def base_language(code: str) -> str:
    """The code without its gettext modifier: ``sr@latin`` -> ``sr``.

    >>> base_language("sr@latin")
    'sr'
    """
    return validate_locale(code).partition("@")[0]


def bcp47(code: str) -> str:
    """The tag an HTML ``lang`` attribute wants: ``pt_BR`` -> ``pt-BR``, ``sr@latin`` -> ``sr-Latn``.

    >>> bcp47("sr@latin"), bcp47("pt_BR")
    ('sr-Latn', 'pt-BR')
    """
    base, _, modifier = validate_locale(code).partition("@")
    return (_with_script(base, modifier) if modifier else base).replace("_", "-")


def english_name(code: str) -> str:
    """The language's name in English, e.g. ``Russian``."""
    return _locale(code).get_display_name("en") or code


def native_name(code: str) -> str:
    """The language's name in itself, e.g. ``русский``."""
    return _locale(code).get_display_name() or code


def display_name(code: str) -> str:
    """``Russian — русский``; just ``English`` when the two agree."""
    english, native = english_name(code), native_name(code)
    if english.casefold() == native.casefold():
        return english
    return f"{english} — {native}"


def text_direction(code: str) -> str:
    """``rtl`` or ``ltr``, as an HTML ``dir`` attribute wants it."""
    return "rtl" if _locale(code).character_order == "right-to-left" else "ltr"


def script_of(code: str) -> str:
    """The ISO 15924 script the language is usually written in (``Arab``, ``Latn``…)."""
    from babel.core import get_global

    locale = _locale(code)
    if locale.script:
        return locale.script
    likely = get_global("likely_subtags").get(locale.language, "")
    parts = likely.split("_")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 4 else "Latn"


@lru_cache(maxsize=256)
def written_in_both(code: str) -> bool:
    """Is the language written in both Latin and Cyrillic letters (CLDR has a locale of each: Serbian, Bosnian,
    Uzbek, Azerbaijani), so that a translation in either is the language's?

    >>> written_in_both("sr"), written_in_both("sr@latin"), written_in_both("ru"), written_in_both("en")
    (True, True, False, False)
    """
    from babel import localedata

    language = _locale(code).language
    return localedata.exists(f"{language}_Latn") and localedata.exists(f"{language}_Cyrl")


def dictionary_names(code: str) -> tuple[str, ...]:
    """The names a spelling dictionary of the language may have, the likeliest first: the code's own region, the
    region CLDR gives the language, the bare language (``da`` -> ``da_DK``, ``da``; ``pt_BR`` -> ``pt_BR``,
    ``pt``).

    >>> dictionary_names("da"), dictionary_names("pt_BR"), dictionary_names("sr@latin")
    (('da_DK', 'da'), ('pt_BR', 'pt'), ('sr_RS', 'sr'))
    """
    from babel.core import get_global

    locale = _locale(code)
    likely = get_global("likely_subtags").get(locale.language, "").split("_")
    names = [f"{locale.language}_{locale.territory}"] if locale.territory else []
    if len(likely) > 1 and len(likely[-1]) == 2:
        names.append(f"{locale.language}_{likely[-1]}")
    return tuple(dict.fromkeys([*names, locale.language]))


def script_name(code: str) -> str:
    """The Unicode script name for regular expressions (``Arabic``, ``Latin``…)."""
    return SCRIPT_NAMES.get(script_of(code), "Latin")


def plural_forms(code: str) -> str:
    """The gettext ``Plural-Forms`` header value for a language: what GNU gettext's msginit
    writes (and so Poedit and Weblate), Babel's CLDR rule only for a language gettext does not know.

    >>> plural_forms("fr"), plural_forms("pt_BR"), plural_forms("pt")
    ('nplurals=2; plural=(n > 1);', 'nplurals=2; plural=(n > 1);', 'nplurals=2; plural=(n != 1);')
    >>> plural_forms("ar").startswith("nplurals=6;")  # gettext 0.21 has no rule for Arabic: CLDR's
    True
    """
    from babel.messages.plurals import get_plural

    canonical = validate_locale(code)
    table = gettext_plural_forms()
    for key in (canonical, canonical.partition("@")[0], canonical.partition("@")[0].split("_")[0]):
        if key in table:
            return table[key]
    return get_plural(base_language(code)).plural_forms


@lru_cache(maxsize=1)
def gettext_plural_forms() -> dict[str, str]:
    """{language: Plural-Forms} as msginit writes them (package data, scripts/generate_plurals.py)."""
    from importlib.resources import files

    text = files("kztr").joinpath("data/gettext-plural-forms").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@cache
def number_symbols(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The decimal and group separators a language writes numbers with (Babel's CLDR data).

    Both the Latin-digit symbols and those of the language's own numbering
    system (Arabic ``٫`` ``٬``) are given; a group separator that is a kind of
    space stands for every kind of space, since typists rarely tell them apart.

    >>> decimals, groups = number_symbols("ru")
    >>> sorted(decimals), " " in groups
    ([','], True)
    >>> sorted(number_symbols("en")[0])
    ['.']
    """
    from babel.numbers import get_decimal_symbol, get_group_symbol

    locale = validate_locale(code)
    decimals, groups = set(), set()
    for system in ("latn", "default"):
        try:
            decimals.add(get_decimal_symbol(locale, numbering_system=system))
            groups.add(get_group_symbol(locale, numbering_system=system))
        except Exception:  # an old Babel or a system without symbols: the Latin ones stand
            continue
    if any(symbol.isspace() for symbol in groups):
        groups |= {" ", "\u00a0", "\u202f"}
    return frozenset(decimals), frozenset(groups - decimals)


# The zero of each decimal numbering system CLDR makes some locale's default (numberingSystems.xml):
# the other nine digits follow it in Unicode.
_ZEROS = {"latn": "0", "arab": "\u0660", "arabext": "\u06f0", "deva": "\u0966", "beng": "\u09e6",
          "mymr": "\u1040", "tibt": "\u0f20", "olck": "\u1c50", "nkoo": "\u07c0", "mtei": "\uabf0",
          "cakm": "\U00011136", "adlm": "\U0001e950", "hmnp": "\U0001e140"}


@cache
def number_style(code: str) -> tuple[str, str, str, str]:
    """How a language writes numbers by default: (its ten digits, decimal mark, group mark, percent sign).

    From CLDR through Babel: the locale's default numbering system and its symbols.

    >>> number_style("en"), number_style("fr")[1:3]
    (('0123456789', '.', ',', '%'), (',', '\\u202f'))
    >>> number_style("fa")[:3]
    ('۰۱۲۳۴۵۶۷۸۹', '٫', '٬')
    """
    locale = _locale(code)
    system = locale.default_numbering_system
    zero = _ZEROS.get(system)
    if zero is None:  # a numbering system kztr has no digits for: Latin digits and symbols
        system, zero = "latn", "0"
    symbols = locale.number_symbols.get(system) or locale.number_symbols.get("latn") or {}
    digits = "".join(chr(ord(zero) + value) for value in range(10))
    return digits, symbols.get("decimal", "."), symbols.get("group", ","), symbols.get("percentSign", "%")


@cache
def compact_multipliers(code: str) -> dict[str, int]:
    """The words a language writes after a number to multiply it (CLDR's compact number formats).

    ``168 thousand``, ``350 тыс.``, ``20 млн``, ``5 Mio.``: the long and short compact
    formats, each word with the power of ten it stands for.

    >>> table = compact_multipliers("ru")
    >>> table["тыс."], table["млн"], table["миллиардов"]
    (1000, 1000000, 1000000000)
    >>> compact_multipliers("en")["thousand"]
    1000
    """
    locale = _locale(code)
    table: dict[str, int] = {}
    for width in ("long", "short"):
        for patterns in locale.compact_decimal_formats.get(width, {}).values():
            for magnitude, pattern in patterns.items():
                text = pattern.pattern.replace("'", "")
                zeros = text.count("0")
                word = text.replace("0", "").strip(" \u00a0\u202f")
                if zeros and word and not any(char.isdigit() for char in word):
                    table.setdefault(word, int(magnitude) // 10 ** (zeros - 1))
    return table


@cache
def percent_words(code: str) -> frozenset[str]:
    """CLDR's long names of "percent" in a language, in every plural form (Babel writes 1, 2, 3, 5, 1.5 percent),
    lower case, a phrase as a whole (por cento); empty for a code Babel does not know.

    >>> sorted(percent_words("sl")), sorted(percent_words("pt_BR"))
    (['odstotek', 'odstotka', 'odstotki', 'odstotkov'], ['por cento'])
    """
    from babel.units import format_unit

    try:
        locale = _locale(code)
    except LocaleError:
        return frozenset()
    phrases = (_NOT_WORDS.sub(" ", format_unit(value, "concentr-percent", length="long", locale=locale)).strip()
               for value in (1, 2, 3, 5, 1.5))
    return frozenset(" ".join(phrase.split()).casefold() for phrase in phrases if len(phrase) >= 3)


_NOT_WORDS = re.compile(r"[\W\d_]+")  # the number and its separators, around CLDR's "percent" (por cento, 8 odstotkov)


@cache
def place_names(code: str) -> dict[str, str]:
    """CLDR's names of countries, regions and continents (by territory code) and of cities (by time zone) in a
    language. A city the language does not name is called by its zone's name, as CLDR's own fallback does
    (English names few: America/Montevideo is Montevideo). Of the numbered regions, the continents and the
    Caribbean only (``CONTINENTS``: not the world, العالم, nor "Western Asia").

    >>> place_names("ar")["SY"], place_names("en")["SY"], place_names("ru")["Europe/Prague"]
    ('سوريا', 'Syria', 'Прага')
    >>> place_names("en")["America/Montevideo"], place_names("en")["America/Argentina/Buenos_Aires"]
    ('Montevideo', 'Buenos Aires')
    >>> place_names("ar")["150"], place_names("de")["150"], "001" in place_names("en")
    ('أوروبا', 'Europa', False)
    """
    locale = _locale(code)
    names = {key: name for key, name in locale.territories.items() if not key.isdigit() or key in CONTINENTS}
    for zone in _locale("ar").time_zones:  # the zones whose cities CLDR names in Arabic
        city = locale.time_zones.get(zone, {}).get("city")
        if city is None and "/" in zone and not zone.startswith("Etc/"):
            city = zone.rsplit("/", 1)[1].replace("_", " ")
        if city is not None:
            names[zone] = city
    return names


# CLDR's numbered regions that are places news names in one word: Africa, Oceania, the Caribbean, Australasia,
# Melanesia, Polynesia, Asia, Europe
CONTINENTS = frozenset({"002", "009", "029", "053", "054", "061", "142", "150"})


@cache
def calendar_words(code: str) -> frozenset[str]:
    """The names of the months and of the days of the week in a language, lower-cased (CLDR, every width).

    >>> {"november", "monday"} <= calendar_words("en"), "ноября" in calendar_words("ru")
    (True, True)
    """
    locale = _locale(code)
    words: set[str] = set()
    for table in (locale.months, locale.days):
        for context in table.values():
            for width in ("wide", "abbreviated"):
                words.update(name.casefold().rstrip(".") for name in context.get(width, {}).values())
    return frozenset(words)


def month_names(codes: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each month's wide names in the locales ``codes``, January's first, each name once (CLDR).

    >>> month_names(("ar", "ar_SY"))[7]
    ('أغسطس', 'آب')
    """
    tables = [_locale(code).months["format"]["wide"] for code in codes]
    return tuple(tuple(dict.fromkeys(table[month] for table in tables)) for month in range(1, 13))


@cache
def month_forms(code: str) -> tuple[tuple[str, ...], ...]:
    """Each month's names in a language, January's first: CLDR's format and stand-alone forms, wide and abbreviated
    (Russian's марта, март, мар.), each once.

    >>> month_forms("ru")[4], month_forms("en")[8]
    (('мая', 'май'), ('September', 'Sep'))
    """
    months = _locale(code).months
    return tuple(tuple(dict.fromkeys(months[context][width][month] for context in ("format", "stand-alone")
                                     for width in ("wide", "abbreviated")))
                 for month in range(1, 13))
