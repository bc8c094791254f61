"""The value extractor: figures, dates and weekdays mentioned in a text.

:func:`extract` is the entry point used by the pipeline; :func:`find_numbers`,
:func:`find_dates` and :func:`find_weekdays` give one kind of value each.
"""

from __future__ import annotations

from bisect import bisect_right

from factcheck.extract.dates import (
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    find_dates,
    find_weekdays,
    scan_calendar,
)
from factcheck.extract.numbers import (
    SCALE_WORDS,
    find_numbers,
    parse_number_words,
    scan_numbers,
)
from factcheck.extract.words import CASED_TABLE, LOWER_TABLE, START_WORDS, encode
from factcheck.model import DateMention, NumberMention, WeekdayMention

__all__ = [
    "VALUE_WORDS",
    "Value",
    "extract",
    "find_dates",
    "find_numbers",
    "find_weekdays",
    "parse_number_words",
]

Value = NumberMention | DateMention | WeekdayMention

#: Every value the extractor reads holds a digit or one of these words, whole (lower case):
#: "eight hundred", "a dozen", "a fortnight", "a whole week", "week-long", "July", "Jul.", "Saturdays", "Sat.", "first"
#: (a hyphen is a space to the gate, which looks for these).
VALUE_WORDS = frozenset(
    (START_WORDS - {"a"})
    | SCALE_WORDS
    | {"dozen", "fortnight", "a week", "a day"}
    | {f"a {whole} {unit}" for whole in ("full", "whole", "entire") for unit in ("week", "day")}
    | {unit + glue + "long" for unit in ("day", "week", "fortnight", "month", "year") for glue in ("", " ")}
    | {m.lower() for m in MONTHS}
    | {w.lower() for w in WEEKDAYS}
    | {w.lower() + "s" for w in WEEKDAYS}
    | {w.lower() for w in WEEKDAY_ABBREVIATIONS}
)


def extract(text: str) -> list[Value]:
    """All value mentions in ``text``, sorted by start and never overlapping.

    A date wins over the figures inside it: "July 26" is a date, not a count
    of 26, and "26-28 July" is one date range.
    """
    raw = encode(text)
    numbers = scan_numbers(text, _spaced_dashes(text, raw).translate(LOWER_TABLE))
    calendar = scan_calendar(text, raw.translate(CASED_TABLE))
    if not calendar:
        return list(numbers)
    dates = [found for found in calendar if isinstance(found, DateMention)]
    merged: list[Value] = [*calendar, *_outside(numbers, dates)]
    merged.sort(key=lambda found: found.start)
    return merged


def _spaced_dashes(text: str, raw: bytes) -> bytes:
    """``raw`` with each em dash set off by a space made a space, for figures: it sets off a phrase
    ("(A) 50 — 50 robots were shown"), and joins no range ("30—50" still does)."""
    if "\u2014 " not in text and " \u2014" not in text:
        return raw
    return encode(text.replace(" \u2014", "  ").replace("\u2014 ", "  "))


def _outside(numbers: list[NumberMention], dates: list[DateMention]) -> list[NumberMention]:
    """The numbers that overlap none of ``dates`` (both sorted by start)."""
    if not dates:
        return numbers
    starts = [date.start for date in dates]
    kept = []
    for number in numbers:
        index = bisect_right(starts, number.end - 1) - 1  # last date starting inside or before it
        if index < 0 or dates[index].end <= number.start:
            kept.append(number)
    return kept
