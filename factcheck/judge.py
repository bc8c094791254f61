"""Verdicts: how a stated value compares with the canonical one.

The semantics (also in the README):

* numbers: the same figure with a compatible qualifier is ``consistent``,
  allowing for journalistic rounding ("800", "some 800", "800+" all agree with
  "over 800"); with another qualifier it ``differs`` ("nearly 800", "over 40"
  against 40), unless the two point opposite ways ("under 800" against "over
  800"), which ``contradicts``. "Exactly N" rules out rounding: it agrees
  with a canonical qualifier that allows N itself, and ``contradicts`` one
  that does not ("exactly 30" against "over 30"). Different figures are read
  as intervals; if they can both be true the statement ``differs``, if not it
  ``contradicts``.
* durations: a measure in weeks, fortnights or hours states a claim in days
  when it is a whole number of days ("two weeks" is 14 days, "72 hours" 3;
  "36 hours" is no day measure), see :func:`in_days`.
* dates: a date inside the canonical range (or the same range) is
  ``consistent``; anything else ``contradicts``. A missing year is read as the
  canonical one (the one that fits, for a canonical range into the next year; a
  found range whose end comes before its start runs into the next year).
* weekdays, names, places and titles: equal (or an accepted alias) is
  ``consistent``, anything else ``contradicts``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import replace
from fractions import Fraction

from .model import (
    WEEKDAYS,
    ClaimValue,
    DateValue,
    NumberValue,
    PartialDate,
    Qualifier,
    TextValue,
    Verdict,
    WeekdayValue,
)

Q = Qualifier
ABOUT_TOLERANCE = 0.1
# Same figure: which stated qualifiers agree with which canonical ones.
_AGREES: dict[Qualifier, frozenset[Qualifier]] = {
    Q.EXACT: frozenset({Q.EXACT, Q.ABOUT, Q.EXACTLY}),
    Q.ABOUT: frozenset({Q.EXACT, Q.ABOUT, Q.EXACTLY}),
    Q.OVER: frozenset({Q.EXACT, Q.ABOUT, Q.OVER, Q.AT_LEAST}),
    Q.AT_LEAST: frozenset({Q.EXACT, Q.ABOUT, Q.OVER, Q.AT_LEAST, Q.EXACTLY}),
    Q.UNDER: frozenset({Q.EXACT, Q.ABOUT, Q.UNDER, Q.AT_MOST}),
    Q.AT_MOST: frozenset({Q.EXACT, Q.ABOUT, Q.UNDER, Q.AT_MOST, Q.EXACTLY}),
    Q.NEARLY: frozenset({Q.EXACT, Q.ABOUT, Q.NEARLY}),
    Q.EXACTLY: frozenset({Q.EXACT, Q.ABOUT, Q.EXACTLY}),  # not in claims files; for completeness
}

_UP = frozenset({Q.OVER, Q.AT_LEAST})
_DOWN = frozenset({Q.UNDER, Q.AT_MOST})  # "nearly" is below too, but the spec calls it a difference

Interval = tuple[float, float, bool, bool]  # low, high, low open, high open


def judge(expected: ClaimValue, found: ClaimValue) -> tuple[Verdict, str]:
    """The verdict on ``found`` measured against ``expected``, with the reason."""
    if isinstance(expected, NumberValue) and isinstance(found, NumberValue):
        return judge_number(expected, found)
    if isinstance(expected, DateValue) and isinstance(found, DateValue):
        return judge_date(expected, found)
    if isinstance(expected, WeekdayValue) and isinstance(found, DateValue) and expected.date is not None:
        return judge_date(DateValue(expected.date), found)  # "on July 26" for Saturday, 26 July 2025
    if isinstance(expected, WeekdayValue) and isinstance(found, WeekdayValue):
        if expected.weekday == found.weekday:
            return Verdict.CONSISTENT, "same weekday"
        return Verdict.CONTRADICTS, "a different weekday"
    if isinstance(expected, TextValue) and isinstance(found, TextValue):
        return judge_text(expected, found.text)
    raise TypeError(f"cannot compare {type(found).__name__} with {type(expected).__name__}")


# ------------------------------------------------------------------ numbers


def judge_number(expected: NumberValue, found: NumberValue) -> tuple[Verdict, str]:
    """Compare figures: same figure and agreeing qualifier, overlap, or neither."""
    if not same_currency(expected.currency, found.currency):
        return Verdict.CONTRADICTS, "a different currency"
    if found.amount < 0 <= expected.amount:  # (a claim of a fall given as its size, "shrank 0.3%": "-0.3%" states it)
        found = replace(found, amount=-found.amount)
    if found.tolerance:
        found = _snapped(expected, found)  # "6.2 miles" as 9.98 km: the canonical 10 km, rounded
    same_figure = math.isclose(found.amount, expected.amount) and found.high == expected.high
    if same_figure:
        if found.qualifier in _AGREES[expected.qualifier]:
            return Verdict.CONSISTENT, "the same figure"
        if found.qualifier is Q.EXACTLY:  # over, under, nearly N: not N itself, once rounding is ruled out
            return Verdict.CONTRADICTS, "exactly the figure, which the canonical qualifier rules out"
        if {expected.qualifier, found.qualifier} & _UP and {expected.qualifier, found.qualifier} & _DOWN:
            return Verdict.CONTRADICTS, "the same figure, qualified the opposite way"
        return Verdict.DIFFERS, "the same figure with a different qualifier"
    if _rounds_to(expected, found):
        return Verdict.CONSISTENT, "a figure the canonical one rounds"
    if _overlap(interval(expected, canonical=True), interval(found, canonical=False)):
        return Verdict.DIFFERS, "a different figure, though both could be true"
    return Verdict.CONTRADICTS, "the figures cannot both be true"


def _snapped(expected: NumberValue, found: NumberValue) -> NumberValue:
    """A figure restated from another unit, taken for the canonical figure (and its range's end) where
    it is within the restatement's tolerance of it: "6.2 miles" (9.98 km, give or take 0.1) is 10 km."""

    def near(figure: float, canonical: float) -> bool:
        return abs(figure - canonical) <= found.tolerance * (1 + 1e-9)

    amount = expected.amount if near(found.amount, expected.amount) else found.amount
    high = found.high
    if high is not None and expected.high is not None and near(high, expected.high):
        high = expected.high
    return replace(found, amount=amount, high=high, tolerance=0.0)


def _rounds_to(expected: NumberValue, found: NumberValue) -> bool:
    """Whether a bare figure is one that a canonical "over N" or "under N" rounds to N: at or above
    N and below N plus the place of N's last significant digit ("2,431,870" or "850" against *over
    2.4 million* or *over 800*; not "900"), or at or below N and above N less it for "under N", or
    below N and above N less it for "nearly N" ("4,760" against *nearly 4,800*), or within half of it
    either side for "about N" ("541" against *about 540*: what was rounded to it). A figure given as
    about one of those within the tolerance of "about" agrees too, against *over N* or *under N*:
    "some 850" and "about 1,250" are what *over 800* and *over 1,200* were rounded from, where
    "about 900" and "around 2,400" (against *over 2,000*) are not."""
    if found.qualifier not in (Q.EXACT, Q.ABOUT) or found.high is not None or expected.high is not None:
        return False
    if found.qualifier is Q.ABOUT and (expected.qualifier in (Q.NEARLY, Q.ABOUT) or not _within_about(expected.amount, found.amount)):
        return False  # ("about 4,600" is no rounding of *nearly 5,000*, "about 320" none of *about 300*, "around 2,400" none of *over 2,000*)
    step = _last_place(expected.amount)
    if step is None:
        return False
    if expected.qualifier in (Q.OVER, Q.AT_LEAST):
        return expected.amount <= found.amount < expected.amount + step
    if expected.qualifier in (Q.UNDER, Q.AT_MOST):
        return expected.amount - step < found.amount <= expected.amount
    if expected.qualifier is Q.NEARLY:  # "4,760" against *nearly 4,800*: what was rounded up to it
        return expected.amount - step < found.amount < expected.amount
    if expected.qualifier is Q.ABOUT:
        return expected.amount - step / 2 <= found.amount < expected.amount + step / 2
    return False


def _within_about(canonical: float, found: float) -> bool:
    """Whether a figure is within the tolerance of "about" of the canonical one (850 of 800, not 2,400 of 2,000)."""
    return abs(found - canonical) <= ABOUT_TOLERANCE * abs(canonical)


def _last_place(amount: float) -> int | None:
    """The place value of a whole figure's last significant digit (100 for 800, 100,000 for 2.4
    million, 1 for 6 or 38: "6.25%" against *over 6%*, "38.6%" against *over 38%*), or None for a
    figure with decimals (99.95)."""
    if amount < 1 or amount != int(amount):
        return None
    n, step = int(amount), 1
    while n % 10 == 0:
        n, step = n // 10, step * 10
    return step


_SHARED_SIGNS = {"$": frozenset({"USD", "HKD", "AUD", "CAD", "SGD", "NZD", "TWD"}), "¥": frozenset({"JPY", "CNY"})}


def same_currency(expected: str | None, found: str | None) -> bool:
    """Whether two currencies may be the same: unknown on either side, equal, or a shared sign
    ("$" for any dollar, "¥" for yen or yuan)."""
    if expected is None or found is None or expected == found:
        return True
    return expected in _SHARED_SIGNS.get(found, ()) or found in _SHARED_SIGNS.get(expected, ())


def interval(value: NumberValue, *, canonical: bool) -> Interval:
    """The range of true values a figure allows.

    A canonical "over N" is read as including N itself, since reports round.
    """
    low = value.amount
    high = value.high if value.high is not None else value.amount
    q = value.qualifier
    if q is Q.OVER:
        return (low, math.inf, not canonical, True)
    if q is Q.AT_LEAST:
        return (low, math.inf, False, True)
    if q is Q.UNDER:
        return (-math.inf, high, True, not canonical)
    if q is Q.AT_MOST:
        return (-math.inf, high, True, False)
    if q is Q.ABOUT:  # (below zero the tolerance widens the other way: about -24 is -26.4 to -21.6)
        return (min(low * _LESS, low * _MORE), max(high * _LESS, high * _MORE), False, False)
    if q is Q.NEARLY:  # nearly N: a little nearer zero than N
        return (low * _LESS, high, False, False) if low >= 0 else (low, high * _LESS, False, False)
    return (low, high, False, False)


_LESS, _MORE = 1 - ABOUT_TOLERANCE, 1 + ABOUT_TOLERANCE


def _overlap(a: Interval, b: Interval) -> bool:
    """Whether two intervals share at least one point."""
    low, low_open = max((a[0], a[2]), (b[0], b[2]))
    high, high_open = min((a[1], not a[3]), (b[1], not b[3]))
    high_open = not high_open
    if low < high:
        return True
    return low == high and not low_open and not high_open


#: Units of duration that a claim in days accepts, in days each. Minutes and seconds are left out:
#: no whole number of days is said in minutes ("a 30-minute call" is no day measure).
DAYS_PER_UNIT: dict[str, Fraction] = {
    "week": Fraction(7), "fortnight": Fraction(14),
    "hour": Fraction(1, 24), "hr": Fraction(1, 24), "hrs": Fraction(1, 24),
}  # fmt: skip


def in_days(amount: float, unit: str) -> float | None:
    """``amount`` of ``unit`` (normalised: "week", "hour") as a whole number of days, or ``None``
    when the unit is no such duration or the days are not whole (36 hours)."""
    per_day = DAYS_PER_UNIT.get(unit)
    if per_day is None or not math.isfinite(amount):
        return None
    days = Fraction(amount) * per_day
    return float(days) if days.denominator == 1 else None


# -------------------------------------------------------------------- dates


def judge_date(expected: DateValue, found: DateValue) -> tuple[Verdict, str]:
    """A date inside the canonical range, or the same range, is consistent."""
    first = expected.start
    last = expected.end or expected.start
    year = first.year
    got_first = _with_year(found.start, year)
    got_last = _with_year(found.end, got_first.year) if found.end else None
    if got_last is not None and found.end is not None and found.end.year is None and _key(got_last) < _key(got_first):
        got_last = _with_year(found.end, got_first.year + 1 if got_first.year else None)  # "4 November to 12 February"
    if got_last is None and found.start.year is None and last.year != year and not _within(got_first, first, last):
        got_first = _with_year(found.start, last.year)  # "on 12 February" for 4 November 2025 to 12 February 2026
    if got_last is not None:
        if _key(got_first) == _key(first) and _key(got_last) == _key(last):
            return Verdict.CONSISTENT, "the same dates"
        return Verdict.CONTRADICTS, "different dates"
    if _within(got_first, first, last):
        return Verdict.CONSISTENT, "a date within the canonical dates"
    return Verdict.CONTRADICTS, "a date outside the canonical dates"


def _precision(date: PartialDate) -> int:
    return 1 + (date.month is not None) + (date.day is not None)


def _with_year(date: PartialDate, year: int | None) -> PartialDate:
    if date.year is None and year is not None:
        return PartialDate(year, date.month, date.day)
    return date


def _key(date: PartialDate) -> tuple[int, int, int]:
    return (date.year or 0, date.month or 0, date.day or 0)


def _within(date: PartialDate, first: PartialDate, last: PartialDate) -> bool:
    """Whether ``date``, at its own precision, falls within ``first``..``last``."""
    precision = min(_precision(date), _precision(first))

    def cut(d: PartialDate) -> tuple[int, ...]:
        return tuple(p or 0 for p in (d.year, d.month, d.day)[:precision])

    return cut(first) <= cut(date) <= cut(last)


# --------------------------------------------------------------------- text


def judge_text(expected: TextValue, found: str) -> tuple[Verdict, str]:
    """Equal to the canonical text or an alias (normalised) is consistent."""
    got = canonical_text(found)
    accepted = [canonical_text(t) for t in (expected.text, *expected.aliases)]
    if got in accepted:
        return Verdict.CONSISTENT, "the same" if got == accepted[0] else "an accepted alias"
    if expected.kind == "name" and any(_part_of(got, a) for a in accepted):
        return Verdict.CONSISTENT, "part of the same name"
    if expected.kind == "quote" and (main := _SUBTITLE.split(found, maxsplit=1)[0]) != found and canonical_text(main) in accepted:
        return Verdict.CONSISTENT, "the same title, with a subtitle"  # "A Preventable Failure: Independent Technical Review"
    if got in {canonical_text(t) for t in expected.wrong}:
        return Verdict.CONTRADICTS, "a known wrong variant"
    return Verdict.CONTRADICTS, "not the canonical value or an accepted alias"


_SUBTITLE = re.compile(r"\s*:\s+|\s+[–—]\s+")  # what parts a title from its subtitle


def _part_of(got: str, name: str) -> bool:
    words = got.split()
    return bool(words) and set(words) <= set(name.split())


_PUNCT = re.compile(r"[^\w\s]")


def canonical_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a text value."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_PUNCT.sub(" ", text.casefold()).split())


def weekday_name(value: WeekdayValue) -> str:
    """The weekday's English name."""
    return WEEKDAYS[value.weekday]
