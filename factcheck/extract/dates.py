"""Find dates, date ranges and weekday names in text.

Like :mod:`factcheck.extract.numbers`, the scan runs on the byte copy made by
:func:`factcheck.extract.words.encode` (here not lower-cased: month and
weekday names must be capitalised, so that "may" and "march" stay words).
One pattern finds dates and weekdays together; every candidate starts at a
word whose first character is a digit or one of ``JFMASONDTW``.
"""

from __future__ import annotations

import calendar
import re

from factcheck.extract.words import (
    CASED_TABLE,
    DASHES,
    ORDINALS,
    UNICODE_LEADS,
    encode,
    trie_pattern,
)
from factcheck.model import DateMention, PartialDate, WeekdayMention

__all__ = ["MONTHS", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS", "find_dates", "find_weekdays", "scan_calendar"]

_FULL_MONTHS = tuple(calendar.month_name)[1:]
#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(_FULL_MONTHS, 1)},
    **{name[:3]: number for number, name in enumerate(_FULL_MONTHS, 1)},
    "Sept": 9,
}
WEEKDAYS = {name: number for number, name in enumerate(calendar.day_name)}
WEEKDAY_ABBREVIATIONS = {
    "Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3,
    "Fri": 4, "Sat": 5, "Sun": 6,
}  # fmt: skip

_FULL = "|".join(_FULL_MONTHS)
_MONTH = (
    r"(?P<{}>" + _FULL + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
    r"(?:(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|ept|Sep|Oct|Nov|Dec)\.)?"  # "Jul." but not "July."
)
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?(?![^\W_]|[:.,]\d)"
_YEAR = r"(?P<{}>1\d{{3}}|20\d\d)(?![^\W_]|[:.,/-]\d)"
# Between a month or day and its year: a space or two, or a line break ("26 July\n2025"); not the
# wider gap between two table cells ("| Sunday 19 October | 1978 |": 1978 is another cell's).
_YEAR_GAP = r"(?:[ \t]{1,2}|[ \t]?\n[ \t]*)"
_CONJ = r"(?P<{}>\s*[-?]\s*|\s+(?:to|through|until|till|and)\s+)"
def _alternative(template: str, tag: str) -> str:
    """Expand ``{m1}``, ``{d2}``, ``{y1}``, ``{cj}``... into groups named ``m1<tag>``..."""
    parts = {
        f"{kind}{n}": pattern.format(f"{kind}{n}{tag}")
        for kind, pattern in (("m", _MONTH), ("d", _DAY), ("y", _YEAR))
        for n in "12"
    }
    return template.format(cj=_CONJ.format(f"cj{tag}"), gap=_YEAR_GAP, **parts)


_ALTERNATIVES = (
    # ISO: 2025-07-26, and a range of two: 2025-07-26 to 2025-07-28
    r"(?P<yi>(?:1\d|20)\d\d)-(?P<mi>[01]\d)-(?P<di>[0-3]\d)"
    r"(?:(?P<rj>\s*[?/]\s*|\s+-\s+|\s+(?:to|through|until|till)\s+)(?P<yj>(?:1\d|20)\d\d)-(?P<mj>[01]\d)-(?P<dj>[0-3]\d))?(?![^\W_]|[-/:.]\d)",
    # 26/7/2025, 7/26/2025, 26.07.2025 (day or month first, when only one reading is a date), and a range of two:
    # 26.07.2025-28.07.2025, 26/07/2025 to 28/07/2025
    r"(?P<pa>[0-3]?\d)(?P<ps>[/.])(?P<pb>[0-3]?\d)(?P=ps)(?P<py>(?:1\d|20)\d\d)"
    r"(?:(?P<rq>[ \t]*[?-][ \t]*|\s+(?:to|through|until|till)\s+)(?P<qa>[0-3]?\d)(?P=ps)(?P<qb>[0-3]?\d)(?P=ps)(?P<qy>(?:1\d|20)\d\d))?"
    r"(?![^\W_]|[-/:.]\d)",
    # Fri 25/7, Sat 26/07: a day and month with no year, after a weekday (only when one reading is a date)
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+(?P<na>[0-3]?\d)/(?P<nb>[0-3]?\d)(?![^\W_]|[-/:.]\d)",
    # 2025年7月26日 (Chinese and Japanese text; the encoding turns each sign into "?")
    r"(?P<yc>(?:1\d|20)\d\d)\?(?P<mc>[01]?\d)\?(?P<dc>[0-3]?\d)\?",
    # 2025/07/26, 2025.7.26
    r"(?P<ys>(?:1\d|20)\d\d)(?P<ss>[/.])(?P<ms>[01]?\d)(?P=ss)(?P<ds>[0-3]?\d)(?![^\W_]|[-/:.]\d)",
    # 26 July - 2 August 2025, 26 July 2024 - 2 August 2025
    _alternative(
        r"{d1}(?:\s+of)?\s+{m1}(?:,?{gap}{y1})?{cj}{d2}(?:\s+of)?\s+{m2}(?:,?{gap}{y2})?", "c"
    ),
    # 26 July, 26th of July 2025, 26-28 July 2025, 26 to 28 July
    _alternative(r"{d1}(?:{cj}{d2})?(?:\s+of)?\s+{m1}(?:,?{gap}{y2})?", "b"),
    # July 26, July 26th, 2025, July 26-28, July 26 - August 2, 2025
    _alternative(r"{m1}\s+{d1}(?:,?{gap}{y1})?(?:{cj}(?:{m2}\s+)?{d2}(?:,?{gap}{y2})?)?", "a"),
    # July 2025
    _alternative(r"{m1},?{gap}{y1}", "d"),
    # (in) August: checked for a preceding "in", "during", "mid-"...
    r"(?P<m1e>" + _FULL + r")\b",
    # Saturday, Saturdays, Saturday's; Sat.
    r"(?P<wd>" + "|".join(WEEKDAYS) + r")(?=s\b|(?![^\W_]))",
    r"(?P<wa>" + "|".join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) + r")\.",
)
_STARTS = {*(name[:3] for name in MONTHS), *WEEKDAY_ABBREVIATIONS}
_GATE = r"(?=[\dJFMASONDTW])(?=\d|" + trie_pattern(_STARTS) + ")"  # a cheap first test
_BODY = _GATE + "(?:" + "|".join(f"(?:{alt})" for alt in _ALTERNATIVES) + ")"
_PASSES = tuple(
    re.compile((lead + _BODY).encode("latin-1"))
    for lead in (" ", r"\?(?<!\d\?)", r"-(?<=[Mm]id-)")
)
# (short key, group number) for every group, in group order: "m1a" -> ("m1", 1)
_NUMBERED = sorted((number, name[:2]) for name, number in _PASSES[0].groupindex.items())
_KEYS = tuple((key, number) for number, key in _NUMBERED)
_CONTEXT_BEFORE = re.compile(
    rb"(?<![A-Za-z])(?:[Ii]n|[Oo]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Mm]id|[Ll]ate"
    rb"|[Ll]ast|[Nn]ext|[Tt]his|[Oo]f)\s+$|(?<![A-Za-z])[Mm]id-$"
)
_RANGE_BEFORE = re.compile(rb"(?<![A-Za-z])([Bb]etween|[Ff]rom)\s+$")

Found = list[DateMention | WeekdayMention]
Groups = dict[str, tuple[bytes, int]]  # short key ("d1") -> (matched bytes, group number)


def find_dates(text: str) -> list[DateMention]:
    """All dates and date ranges in ``text``, in order.

    "July 26", "26 July 2025", "the 26th of July", "2025-07-26", "26/7/2025",
    "7/26/2025", "26.07.2025", "2025/07/26", "July 2025",
    "in August", "26-28 July", "July 26 - August 2, 2025", "2025-07-26 to 2025-07-28"... Invalid dates
    ("February 30") are skipped.
    """
    return [found for found in scan_calendar(text) if isinstance(found, DateMention)]


def find_weekdays(text: str) -> list[WeekdayMention]:
    """All weekday names ("Saturday", "Saturday's", "Sat.") in ``text``, in order."""
    return [found for found in scan_calendar(text) if isinstance(found, WeekdayMention)]


def scan_calendar(text: str, cased: bytes | None = None) -> Found:
    """Dates and weekdays of ``text`` in order; ``cased`` may pass its prepared bytes.

    ``cased`` is ``encode(text).translate(CASED_TABLE)``, made here if not given.
    """
    if cased is None:
        cased = encode(text).translate(CASED_TABLE)
    main, *extra = (
        [mention for match in pattern.finditer(cased) for mention in _mentions(match, text, cased)]
        for pattern in _PASSES
    )
    if extra[0] or extra[1]:
        main = sorted(main + extra[0] + extra[1], key=lambda mention: mention.start)
    if any(isinstance(found, DateMention) and found.first.day is None and found.last is None for found in main):
        main = _with_spelled_days(main, text, cased)  # ("the eighteenth of May" holds the month "May", read after "of")
    return main


_UNITS_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_SPELLED_DAY = (
    rf"(?:(?:twenty|thirty)[ -]?)?(?:{_UNITS_ORDINAL})|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
# A day in words after "the", before "of" and a month: "the eighteenth of May", "the twenty-first of June 2025".
_SPELLED_BEFORE = re.compile(rf"(?<=\b[Tt]he )({_SPELLED_DAY})[ \t]+of[ \t]+\Z".encode(), re.IGNORECASE)
_TENS = {"twenty": 20, "thirty": 30}


def _with_spelled_days(found: Found, text: str, cased: bytes) -> Found:
    """``found`` with each month after a day in words ("the eighteenth of May") made that day."""
    out: Found = []
    for mention in found:
        month = mention.first if isinstance(mention, DateMention) and mention.first.day is None and mention.last is None else None
        lead = _SPELLED_BEFORE.search(cased, max(0, mention.start - 39), mention.start + 1) if month else None  # (``cased``
        if lead is not None and month is not None and month.month is not None:  # has a space first)
            words = lead.group(1).decode().lower().replace("-", " ").split()
            day = _TENS.get(words[0], 0) + ORDINALS.get(words[-1], 0) if len(words) == 2 else ORDINALS[words[0]]
            first = _date(month.year, month.month, day)
            if first is not None:
                mention = _date_mention(text, lead.start() - 1, mention.end, first)
        out.append(mention)
    return out


def _mentions(m: re.Match[bytes], text: str, cased: bytes) -> Found:
    """The mentions (none, one, or two for "July 26 and 28") of one match."""
    if b"?" in m.group(0) and not _valid_unicode(m, text) and not _CJK_DATE.search(m.group(0)):
        return []
    g: Groups = {
        key: (val, number) for (key, number), val in zip(_KEYS, m.groups()) if val is not None
    }
    if "wd" in g or "wa" in g:
        return _weekday(g, m, text)
    if "yc" in g:
        return _cjk(g, m, text)
    if "yi" in g or "ys" in g:
        year, month, day = (g[k][0] for k in (("yi", "mi", "di") if "yi" in g else ("ys", "ms", "ds")))
        first = _date(int(year), int(month), int(day))
        if first is not None and "yj" in g:
            return _iso_range(g, m, text, first)
        return [] if first is None else [_date_mention(text, m.start(), m.end() - 1, first)]
    if "na" in g:
        first = _numeric(int(g["na"][0]), int(g["nb"][0]), None, False)
        return [] if first is None else [_date_mention(text, m.start(g["na"][1]) - 1, m.end() - 1, first)]
    if "pa" in g:
        dotted = g["ps"][0] == b"."
        if dotted and (len(g["pa"][0]) != 2 or len(g["pb"][0]) != 2):
            return []  # "3.10.2024" is more likely a version than a date; "03.10.2024" is a date
        if "qa" in g:
            return _numeric_range(g, m, text, dotted)
        first = _numeric(int(g["pa"][0]), int(g["pb"][0]), int(g["py"][0]), dotted)
        return [] if first is None else [_date_mention(text, m.start(), m.end() - 1, first)]
    if "d1" not in g:
        return _month(g, m, text, cased)
    if "d2" not in g:
        return _single(g, m, text)
    return _range(g, m, text, cased)


_CJK_DATE = re.compile(rb"\d\?\d{1,2}\?\d{1,2}\?$")
_CJK_SIGNS = "年月日"


def _cjk(g: Groups, m: re.Match[bytes], text: str) -> Found:
    """A date written with the signs for year, month and day: "2025年7月26日"."""
    start, end = m.start(), m.end() - 1  # byte i is character i - 1; the lead is dropped
    signs = [ch for ch in text[start:end] if not ch.isdigit()]
    if "".join(signs) != _CJK_SIGNS:
        return []
    first = _date(int(g["yc"][0]), int(g["mc"][0]), int(g["dc"][0]))
    return [] if first is None else [_date_mention(text, start, end, first)]


def _valid_unicode(m: re.Match[bytes], text: str) -> bool:
    """Check the characters that the encoding turned into ``?``: a lead, a dash."""
    offset = m.start() - 1
    for index in (i for i, byte in enumerate(m.group(0)) if byte == 0x3F):
        if text[offset + index] not in (UNICODE_LEADS if index == 0 else DASHES):
            return False
    return True


def _weekday(g: Groups, m: re.Match[bytes], text: str) -> Found:
    """A weekday mention; the span leaves out a plural or possessive "s"."""
    start = m.start()
    if "wd" in g:
        name = g["wd"][0].decode()
        return [WeekdayMention(start, start + len(name), name, WEEKDAYS[name])]
    end, name = m.end() - 1, g["wa"][0].decode()
    return [WeekdayMention(start, end, text[start:end], WEEKDAY_ABBREVIATIONS[name])]


def _month(g: Groups, m: re.Match[bytes], text: str, cased: bytes) -> Found:
    """ "July 2025", or a month alone after "in", "during", "mid-"..."""
    start, end = m.start(), m.end() - 1
    month = MONTHS[g["m1"][0].decode()]
    if "y1" in g:
        return [_date_mention(text, start, end, PartialDate(int(g["y1"][0]), month))]
    if _CONTEXT_BEFORE.search(cased, max(0, start - 8), start + 1) is None:
        return []
    return [_date_mention(text, start, end, PartialDate(None, month))]


def _single(g: Groups, m: re.Match[bytes], text: str) -> Found:
    """One day: "July 26", "26 July 2025", "the 26th of July"."""
    year = g.get("y1", g.get("y2", (None,)))[0]
    first = _date(None if year is None else int(year), MONTHS[g["m1"][0].decode()], int(g["d1"][0]))
    return [] if first is None else [_date_mention(text, m.start(), m.end() - 1, first)]


def _range(g: Groups, m: re.Match[bytes], text: str, cased: bytes) -> Found:
    """A range ("26-28 July", "July 26 to August 2, 2025") or a pair ("July 26 and 28")."""
    first, last = _range_ends(g)
    if first is None or last is None:
        return []
    start, end = m.start(), m.end() - 1
    before = _RANGE_BEFORE.search(cased, max(0, start - 9), start + 1)
    if g["cj"][0].strip() == b"and":
        if before is None or before.group(1).lower() != b"between":
            return _pair(g, m, text, first, last)
    if before is not None:
        start = before.start() - 1
    if (first.year or 0, first.month, first.day) >= (last.year or 0, last.month, last.day):
        assert first.month is not None and last.month is not None  # _date always sets them
        if not (first.year is None and first.month > last.month):  # "December 30 - January 2"
            return []
    return [DateMention(start, end, text[start:end], first, last)]


def _iso_range(g: Groups, m: re.Match[bytes], text: str, first: PartialDate) -> Found:
    """ "2025-07-26 to 2025-07-28": one range; two dates out of order are each read alone."""
    last = _date(int(g["yj"][0]), int(g["mj"][0]), int(g["dj"][0]))
    if last is None or (last.year, last.month, last.day) <= (first.year, first.month, first.day):
        mentions: Found = [_date_mention(text, m.start(), m.start(g["rj"][1]) - 1, first)]  # (no range: each date alone)
        return mentions + ([] if last is None else [_date_mention(text, m.start(g["yj"][1]) - 1, m.end() - 1, last)])
    return [DateMention(m.start(), m.end() - 1, text[m.start() : m.end() - 1], first, last)]


def _numeric_range(g: Groups, m: re.Match[bytes], text: str, dotted: bool) -> Found:
    """ "26.07.2025-28.07.2025", "7/26/2025 to 7/28/2025": one range, read day or month first as either end shows
    (a day over 12 at either end); two dates out of order are each read alone."""
    a, b, c, d = (int(g[key][0]) for key in ("pa", "pb", "qa", "qb"))
    day_first = dotted or a > 12 or c > 12
    if not day_first and not (b > 12 or d > 12):
        return []  # ("7/8/2025 to 7/9/2025": either way round)
    first = _date(int(g["py"][0]), *((b, a) if day_first else (a, b)))
    last = _date(int(g["qy"][0]), *((d, c) if day_first else (c, d)))
    if first is not None and last is not None and (first.year, first.month, first.day) < (last.year, last.month, last.day):
        return [DateMention(m.start(), m.end() - 1, text[m.start() : m.end() - 1], first, last)]
    mentions: Found = [] if first is None else [_date_mention(text, m.start(), m.start(g["rq"][1]) - 1, first)]
    return mentions + ([] if last is None else [_date_mention(text, m.start(g["qa"][1]) - 1, m.end() - 1, last)])


def _range_ends(g: Groups) -> tuple[PartialDate | None, PartialDate | None]:
    """First and last day of a range; each takes the other's month and year if it lacks them."""
    month1 = MONTHS[g["m1"][0].decode()]
    month2 = MONTHS[g["m2"][0].decode()] if "m2" in g else month1
    year1, year2 = (int(g[key][0]) if key in g else None for key in ("y1", "y2"))
    day1, day2 = int(g["d1"][0]), int(g["d2"][0])
    if year1 is None and year2 is not None:
        year1 = year2 - 1 if (month1, day1) > (month2, day2) else year2
    year2 = year1 if year2 is None else year2
    return _date(year1, month1, day1), _date(year2, month2, day2)


def _pair(g: Groups, m: re.Match[bytes], text: str, first: PartialDate, last: PartialDate) -> Found:
    """ "July 26 and 28": two dates, split at the conjunction."""
    conj = g["cj"][1]
    return [
        _date_mention(text, m.start(), m.start(conj) - 1, first),
        _date_mention(text, m.end(conj) - 1, m.end() - 1, last),
    ]


def _numeric(a: int, b: int, year: int | None, dotted: bool) -> PartialDate | None:
    """ "26/7/2025" (day first), "7/26/2025" (month first): the one reading that is a date.
    Both readings valid ("7/8/2025") is ambiguous: not read, unless dotted ("07.08.2025" is day first)."""
    if dotted or (a > 12 >= b):
        return _date(year, b, a)
    if b > 12 >= a:
        return _date(year, a, b)
    return None


def _date(year: int | None, month: int, day: int) -> PartialDate | None:
    """A valid :class:`PartialDate`, or ``None`` ("February 30")."""
    if day < 1 or not 1 <= month <= 12:
        return None
    leap_year = 2000 if year is None else year
    if day > calendar.monthrange(leap_year, month)[1]:
        return None
    return PartialDate(year, month, day)


def _date_mention(text: str, start: int, end: int, first: PartialDate) -> DateMention:
    """A single-date mention of ``text[start:end]``."""
    return DateMention(start, end, text[start:end], first)
