"""Clock times, as Arabic and its translations write them: part of the number reader (``kztr.text.quantities``).

Each function returns a time's readings (``"t:23:45"``, in every hour it may
mean, then the plain number ``23.45``) with the span it covers, or None.

* ``H:MM`` always, ``H.MM`` and the Arabic ``H،MM`` with am/pm after it (صباحًا, вечера), a time zone after it
  (``15،00 UTC``, ``15.00 GMT``, ``23.00 MDT``), o'clock (``10.20 Uhr``) or الساعة/at/pukul before it, or as one
  time of a range whose other has one (``pukul 22.00 dan 23.00``, ``22.00-23.00 MDT``);
* Russian official style ``10 ч. 15 м.``, ``23 час. 59 мин.``; English 24-hour time ``1855 hours``, ``at 1115``,
  ``1200 GMT``; French and Portuguese ``20 h 30``, ``20h30``, ``07h19min``, ``22h``;
* in words: Arabic ``السابعة والنصف صباحاً`` (half past seven), ``الثالثة إلا ربعاً`` (a quarter to three), Russian
  ``до половины третьего`` (half past two: half of the third hour) (``clock_words``);
* Arabic copied in visual order writes a time's two parts right to left, with ``:`` or ``/``:
  ``الساعة 00:11`` is 11:00, ``الساعة 47/10`` is 10:47 (the written order is read too).
"""

from __future__ import annotations

import re

from kztr.text.digits import DIGITS, latin_digits
from kztr.text.target import base_language

TIME = re.compile(rf"(?<![{DIGITS}.,:،])([{DIGITS}]{{1,2}})([:.،])([{DIGITS}]{{2}})(?![{DIGITS}]|[.,:،][{DIGITS}])")
MORNING = re.compile(r"\s*(?:a\.?m\.?(?!\w)|صباح|فجر|утра|ночи)", re.IGNORECASE)
EVENING = re.compile(r"\s*(?:p\.?m\.?(?!\w)|مساء|ظهر|عصر|вечера|дня)", re.IGNORECASE)
HOURS_MINUTES = re.compile(rf"(?<![{DIGITS}])([{DIGITS}]{{1,2}})[ \u00a0]?(?:час|ч)\.?[ \u00a0]?([{DIGITS}]{{2}})"
                           r"[ \u00a0]?(?:мин|м)\.?(?!\w)")
# French and Portuguese 20 h 30, 20h30, 07h19min, 22h: an hour marked h (24 h is a duration: no hour of the day)
HOUR_MARK = re.compile(rf"(?<![{DIGITS}.,:])([01]?[0-9]|2[0-3])[ \u00a0]?h(?:[ \u00a0]?([0-5][0-9])(?:[ \u00a0]?min)?)?"
                       r"(?!\w)")
HOURS = re.compile(rf"(?:(?<=\b[Aa]t )|(?<![{DIGITS}.,:]))([01][0-9]|2[0-3])([0-5][0-9])"
                   rf"(?:[ \u00a0](?:hours|GMT|UTC)(?!\w)|(?<=\b[Aa]t [0-9]{{4}})(?![{DIGITS}]|[.,:][{DIGITS}]))")
# a time zone after a time: UTC, GMT, the Arabic's "by the time of", and the abbreviations news writes (22.00-23.00 MDT:
# FLORES-200's Turkish)
_ZONES = (r"UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|BST|CET|CEST|EET|EEST|WET|WEST|MSK|IST|JST|KST|AEST|"
          r"AEDT|SAST|WIB|WITA|WIT|بتوقيت|توقيت|по Гринвичу")
ZONE = re.compile(rf"\s*\(?(?:{_ZONES})(?!\w)")
OCLOCK = re.compile(r"[ \u00a0](?:Uhr|uur)(?!\w)")  # German's and Dutch's o'clock after a time: 10.20 Uhr
# الساعة 47/10: a slash between two parts is a time only after the word for the hour
SLASHED = re.compile(rf"(?<=الساعة |الساعه )([{DIGITS}]{{2}})/([{DIGITS}]{{1,2}})(?![{DIGITS}]|[.,:/][{DIGITS}])")
# the word for the hour, or at, before a time (pukul: Indonesian's)
_AT = r"الساعة|الساعه|at|à|um|pukul"
CLOCK_BEFORE = re.compile(rf"(?:{_AT}|o'clock|в)\s*$", re.IGNORECASE)
# The patterns of a time read before any other (read_quantities), each with what every match of it holds: its
# letters (час, h), the word or zone of a four-digit time, a slash. A text with none of these skips the pattern's
# scan, as most do; keep each beside its pattern when either changes.
HOUR_PATTERNS = ((HOURS_MINUTES, ("ч",)), (HOURS, ("hours", "GMT", "UTC", "at ", "At ")), (HOUR_MARK, ("h",)))
ARABIC_HOUR_PATTERNS = ((SLASHED, ("/",)),)
# the second time of a range whose first one is marked as a time (pukul 22.00 dan 23.00, at 10.00 and 11.00)
_RANGE_WORD = r"(?:-|–|—|dan|and|to|hingga|sampai|until|bis|à|au|и|до|و|إلى|الى)"
RANGE_BEFORE = re.compile(rf"(?:{_AT})\s*[{DIGITS}]{{1,2}}[:.،][{DIGITS}]{{2}}\s*{_RANGE_WORD}\s*$", re.IGNORECASE)
# the first time of a range whose second is marked as a time (22.00-23.00 MDT, 10.00 to 11.00 pm)
RANGE_AFTER = re.compile(rf"\s*{_RANGE_WORD}\s*[{DIGITS}]{{1,2}}[.،][{DIGITS}]{{2}}"
                         rf"(?=\s*\(?(?:[aApP]\.?[mM]\.?|{_ZONES})(?!\w))")  # MDT, not German's ist

Reading = tuple[tuple[str, ...], int, int]


def clock(text: str, match: re.Match, arabic: bool) -> Reading | None:
    """A match of ``TIME``: H:MM always, H.MM with am/pm after it or الساعة/at before it; in Arabic,
    MM:HH too (``00:11`` is 11:00, as the text was copied right to left)."""
    hour, separator, minute = int(latin_digits(match.group(1))), match.group(2), latin_digits(match.group(3))
    after = text[match.end():match.end() + 12]
    morning, evening = MORNING.match(after), EVENING.match(after)
    if hour > 24 or int(minute) > 59:
        return None
    if separator in ".،" and not (morning or evening or ZONE.match(after) or OCLOCK.match(after) or CLOCK_BEFORE.search(
            text[max(0, match.start() - 12):match.start()]) or RANGE_BEFORE.search(
            text[max(0, match.start() - 30):match.start()]) or RANGE_AFTER.match(text, match.end())):
        return None
    suffix = morning or evening
    end = match.end() + suffix.end() if suffix else match.end()
    values = _times(hour, minute, bool(morning), bool(evening))
    if arabic and separator == ":" and len(match.group(1)) == 2:
        values += _reversed(match.group(1), match.group(3))
    return (*dict.fromkeys(values), _plain(hour, minute)), match.start(), end


def slashed(match: re.Match) -> Reading | None:
    """A match of ``SLASHED``: الساعة 47/10 is 10:47 (right to left) or 47/10 as written, no time."""
    values = _reversed(match.group(1), match.group(2))
    return (values, match.start(), match.end()) if values else None


def hours_minutes(match: re.Match) -> Reading:
    """``10 ч. 15 м.`` is 10:15; ``1855 hours`` is 18:55 (and still the number 1855: 2000 hours of work); ``20h30``
    is 20:30, ``22h`` 22:00 (and still the number 22: 5 h may be five hours)."""
    hour, minute = int(latin_digits(match.group(1))), latin_digits(match.group(2) or "00")
    values: tuple[str, ...]
    if match.re is HOURS:  # 24-hour time
        values = (f"t:{hour}:{minute}", str(int(match.group(1) + minute)))
    else:
        values = (*_times(hour, minute, False, False), _plain(hour, minute))
    return values, match.start(), match.end()


def _times(hour: int, minute: str, morning: bool, evening: bool) -> tuple[str, ...]:
    """Every hour of the day H:MM may be: 10:15 without am/pm is 10:15 or 22:15."""
    hours = {hour % 24}
    if evening and hour < 12:
        hours = {hour + 12}
    elif not morning and not evening and 0 < hour < 12:
        hours = {hour, hour + 12}
    return tuple(f"t:{value}:{minute}" for value in sorted(hours))


def _plain(hour: int, minute: str) -> str:
    """The time as a plain number (10.47; 10:00 is 10), as ``canonical`` writes it."""
    return f"{hour}.{minute}".rstrip("0").rstrip(".") if minute != "00" else str(hour)


def _reversed(minute_text: str, hour_text: str) -> tuple[str, ...]:
    """The readings of a time written minutes first (right to left), if it can be one."""
    minute, hour = latin_digits(minute_text), int(latin_digits(hour_text))
    if hour > 24 or int(minute) > 59:
        return ()
    return _times(hour, minute, False, False)


# السابعة والنصف, الحادية عشرة إلا ربعاً: a feminine ordinal hour, then a part of it
_AR_CLOCK = re.compile(r"(?<![\u0621-\u065f])(ال[\u0621-\u065f\u0670]+(?:\s+عشرة)?)\s+(و\s*النصف|و\s*الربع|و\s*الثلث|"
                       r"إلا\s+ربعا?|إلا\s+الربع|إلا\s+ثلثا?|إلا\s+الثلث)[\u064b-\u065f]*(?![\u0621-\u065f])")
_AR_PARTS = {"النصف": 30, "الربع": 15, "الثلث": 20, "ربع": -15, "ربعا": -15, "ثلث": -20, "ثلثا": -20}
# половина третьего: half of the third hour, 2:30; четверть третьего, 2:15; двадцать минут четвёртого, 3:20 (Tatoeba
# ara-rus for الثالثة وعشرون دقيقة)
_RU_CLOCK = re.compile(r"(?<!\w)(половин[аеуы]|четверт[ьи]|(?:\w+\s+)?\w+\s+минут[аы]?)\s+(\w+[ое]го)(?!\w)",
                       re.IGNORECASE)


def clock_words(text: str, language: str) -> list[Reading]:
    """Times said in words, with their readings (as ``clock``'s) and spans.

    >>> [values for values, _, _ in clock_words("نفطر السابعة و النصف صباحاً", "ar")]
    [('t:7:30',)]
    >>> [values for values, _, _ in clock_words("الثالثة إلا ربعاً", "ar")]
    [('t:2:45', 't:14:45')]
    >>> [values for values, _, _ in clock_words("Я буду там до половины третьего.", "ru")]
    [('t:2:30', 't:14:30')]
    >>> [values for values, _, _ in clock_words("— «Двадцать минут четвёртого». Четверть пятого.", "ru")]
    [('t:3:20', 't:15:20'), ('t:4:15', 't:16:15')]
    """
    from kztr.text.arabic import strip_marks
    from kztr.text.number_words import ORDINAL, arabic_word, lexicon

    base = base_language(language)
    found: list[Reading] = []
    if base == "ar" and ("النصف" in text or "الربع" in text or "الثلث" in text or "إلا" in text):
        for match in _AR_CLOCK.finditer(text):
            hour_words = match.group(1).split()
            read = arabic_word(hour_words[0])
            if read is None or read[0].role != ORDINAL or not hour_words[0].endswith(("ة", "ى")):
                continue
            hour = int(read[0].value) + (10 if len(hour_words) > 1 else 0)
            part = _AR_PARTS.get(strip_marks(match.group(2)).split()[-1].lstrip("و"))
            if part is None:
                continue
            if not 1 <= hour <= 12:
                continue
            hour, minute = (hour, part) if part > 0 else (hour - 1 or 12, 60 + part)
            after = text[match.end():match.end() + 12]
            values = _times(hour, f"{minute:02d}", bool(MORNING.match(after)), bool(EVENING.match(after)))
            found.append((values, match.start(), match.end()))
    elif base == "ru" and ("оловин" in text or "етверт" in text or "минут" in text):
        from kztr.text.spelled import spelled_numbers

        for match in _RU_CLOCK.finditer(text):
            word = lexicon("ru").get(match.group(2).lower())
            if word is None or word.role != ORDINAL or not 1 <= word.value <= 12:
                continue
            before = match.group(1).lower()
            if before.startswith("половин"):
                minute = 30
            elif before.startswith("четверт"):
                minute = 15
            else:  # the minutes: a count in words or digits before минут
                counts = spelled_numbers(before, "ru")
                digits = re.fullmatch(r"(?:\w+\s+)?(\d{1,2})\s+минут[аы]?", before)
                minute = int(digits.group(1)) if digits else int(counts[-1][0][0]) if counts else 0
                if not 1 <= minute <= 59:
                    continue
            hour = int(word.value) - 1 or 12
            found.append((_times(hour, f"{minute:02d}", False, False), match.start(), match.end()))
    return found
