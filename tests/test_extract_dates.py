"""Tests for the date and weekday extractor (factcheck.extract.dates)."""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract, find_dates, find_weekdays
from factcheck.model import DateMention, NumberMention, PartialDate, WeekdayMention

P = PartialDate
MONTH_NAMES = calendar.month_name[1:]


def only(text: str) -> DateMention:
    """The single date found in ``text``."""
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def check(text: str, surface: str, first: PartialDate, last: PartialDate | None = None) -> None:
    mention = only(text)
    assert (mention.text, mention.first, mention.last) == (surface, first, last)
    assert text[mention.start : mention.end] == surface


# ------------------------------------------------------------------ single dates

SINGLE = [
    ("July 26", P(None, 7, 26)),
    ("26 July", P(None, 7, 26)),
    ("July 26, 2025", P(2025, 7, 26)),
    ("July 26 2025", P(2025, 7, 26)),
    ("26 July 2025", P(2025, 7, 26)),
    ("26th July", P(None, 7, 26)),
    ("July 26th", P(None, 7, 26)),
    ("July 1st, 2025", P(2025, 7, 1)),
    ("26th of July", P(None, 7, 26)),
    ("Jul. 26", P(None, 7, 26)),
    ("Jul 26", P(None, 7, 26)),
    ("Sept. 3", P(None, 9, 3)),
    ("2025-07-26", P(2025, 7, 26)),
    ("July 2025", P(2025, 7, None)),
    ("February 29, 2024", P(2024, 2, 29)),
    ("February 29", P(None, 2, 29)),
    ("13/07/2025", P(2025, 7, 13)),  # day first: 13 is no month
    ("26/7/2025", P(2025, 7, 26)),
    ("7/26/2025", P(2025, 7, 26)),  # month first: 26 is no month
    ("26.07.2025", P(2025, 7, 26)),
    ("03.10.2024", P(2024, 10, 3)),  # dotted: day first
    ("2025/07/26", P(2025, 7, 26)),
]


@pytest.mark.parametrize(("surface", "first"), SINGLE)
def test_single_dates(surface: str, first: PartialDate) -> None:
    check(f"The forum opened on {surface} in Shanghai.", surface, first)


def test_the_26th_of_july() -> None:
    check("It was the 26th of July.", "26th of July", P(None, 7, 26))


@pytest.mark.parametrize(
    ("text", "surface", "first"),
    [
        ("It opened on the eighteenth of May.", "eighteenth of May", PartialDate(None, 5, 18)),
        ("on the twenty-first of June, is that right?", "twenty-first of June", PartialDate(None, 6, 21)),
        ("The thirty first of July 2025 was wet.", "thirty first of July 2025", PartialDate(2025, 7, 31)),
    ],
)
def test_a_day_in_words_of_a_month(text: str, surface: str, first: PartialDate) -> None:
    (date,) = find_dates(text)
    assert (date.text, date.first) == (surface, first)
    assert [v.text for v in extract(text) if isinstance(v, NumberMention)] == []  # (the day is no ordinal of its own)


@pytest.mark.parametrize("text", ["a third of May sales", "on the thirty-first of February", "a fifth of June's rain"])
def test_a_fraction_or_an_invalid_day_in_words_is_no_day(text: str) -> None:
    assert all(d.first.day is None for d in find_dates(text))


@pytest.mark.parametrize(
    ("text", "surface", "month"),
    [
        ("It opens in August.", "August", 8), ("on May, they said", "May", 5),
        ("During March the", "March", 3), ("since June", "June", 6), ("until July", "July", 7),
        ("by September", "September", 9), ("in early October", "October", 10),
        ("mid-July talks", "July", 7), ("in mid-July", "July", 7), ("late November", "November", 11),
        ("last December", "December", 12), ("next January", "January", 1),
        ("this April", "April", 4), ("the end of February", "February", 2),
    ],
)  # fmt: skip
def test_month_alone_after_a_context_word(text: str, surface: str, month: int) -> None:
    check(text, surface, P(None, month, None))


@pytest.mark.parametrize(
    "text",
    ["May we go?", "We march on.", "March forward, May said.", "The August meeting.", "in may",
     "in Jul", "the Augustine report", "Mayor Li", "Decent work"],
)  # fmt: skip
def test_month_words_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    "text", ["February 30", "February 29, 2023", "April 31", "July 0", "July 32", "2025-13-01",
             "2025-02-30", "13/13/2025", "31/2/2025", "2025/13/26",
             "07/08/2025",  # day or month first: ambiguous, not read
             "3.10.2024"],  # a version more likely than a date (a dotted date has two-digit parts)
)  # fmt: skip
def test_invalid_dates(text: str) -> None:
    assert find_dates(f"It happened on {text} there.") == []


# ------------------------------------------------------------------ ranges

RANGES = [
    ("26\u201328 July", P(None, 7, 26), P(None, 7, 28)),
    ("26-28 July 2025", P(2025, 7, 26), P(2025, 7, 28)),
    ("July 26-28", P(None, 7, 26), P(None, 7, 28)),
    ("July 26\u201328, 2025", P(2025, 7, 26), P(2025, 7, 28)),
    ("July 26 to 28", P(None, 7, 26), P(None, 7, 28)),
    ("from July 26 to 28", P(None, 7, 26), P(None, 7, 28)),
    ("July 26 to July 28", P(None, 7, 26), P(None, 7, 28)),
    ("between July 26 and 28", P(None, 7, 26), P(None, 7, 28)),
    ("26 to 28 July", P(None, 7, 26), P(None, 7, 28)),
    ("July 26 - August 2", P(None, 7, 26), P(None, 8, 2)),
    ("July 26 \u2013 August 2, 2025", P(2025, 7, 26), P(2025, 8, 2)),
    ("26 July \u2013 2 August 2025", P(2025, 7, 26), P(2025, 8, 2)),
    ("December 30, 2024 - January 2, 2025", P(2024, 12, 30), P(2025, 1, 2)),
    ("December 30 - January 2, 2025", P(2024, 12, 30), P(2025, 1, 2)),
    ("July 26th through 28th", P(None, 7, 26), P(None, 7, 28)),
]


@pytest.mark.parametrize(("surface", "first", "last"), RANGES)
def test_ranges(surface: str, first: PartialDate, last: PartialDate) -> None:
    check(f"The forum runs {surface} in Shanghai.", surface, first, last)


def test_and_without_between_gives_two_dates() -> None:
    found = find_dates("Talks are on July 26 and 28, 2025.")
    assert [(d.text, d.first, d.last) for d in found] == [
        ("July 26", P(2025, 7, 26), None), ("28, 2025", P(2025, 7, 28), None),
    ]  # fmt: skip


def test_backwards_range_is_no_date() -> None:
    assert find_dates("on July 28-26") == []


# ------------------------------------------------------------------ context and offsets

def test_weekday_prefix_and_unicode_quotes() -> None:
    text = "On Saturday, July 26 \u2014 \u201cJuly 27\u201d \u2014July 28"
    found = find_dates(text)
    assert [d.text for d in found] == ["July 26", "July 27", "July 28"]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_codes_are_not_dates() -> None:
    assert find_dates("Call +86-21-1234 or see item 26 July2025x") == []


def test_extract_drops_numbers_inside_dates() -> None:
    found = extract("From July 26 to 28, 2025, over 30 nations met; 26-28 July was busy.")
    assert [(type(f).__name__, f.text) for f in found] == [
        ("DateMention", "From July 26 to 28, 2025"),
        ("NumberMention", "over 30"),
        ("DateMention", "26-28 July"),
    ]


# ------------------------------------------------------------------ weekdays

@pytest.mark.parametrize(
    ("text", "surface", "weekday"),
    [
        ("on Monday", "Monday", 0), ("on Tuesday.", "Tuesday", 1), ("Wednesday's plan", "Wednesday", 2),
        ("Thursday\u2019s plan", "Thursday", 3), ("on Fridays", "Friday", 4), ("Saturday, July 26", "Saturday", 5),
        ("(Sunday)", "Sunday", 6), ("on Sat. 26", "Sat.", 5), ("Wed. night", "Wed.", 2),
        ("Thurs. night", "Thurs.", 3),
    ],
)  # fmt: skip
def test_weekdays(text: str, surface: str, weekday: int) -> None:
    found = find_weekdays(text)
    assert [(w.text, w.weekday) for w in found] == [(surface, weekday)]
    assert text[found[0].start : found[0].end] == surface


@pytest.mark.parametrize("text", ["monday", "SUNDAY", "Sat", "Wed night", "Sundaysx", "Fridayz"])
def test_not_weekdays(text: str) -> None:
    assert find_weekdays(f"We met {text} again.") == []


def test_extract_orders_weekdays_and_dates() -> None:
    found = extract("Saturday, July 26")
    assert [type(f) for f in found] == [WeekdayMention, DateMention]


# ------------------------------------------------------------------ properties

DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _forms(day: datetime.date) -> list[tuple[str, PartialDate]]:
    name, abbr, d, y = MONTH_NAMES[day.month - 1], MONTH_NAMES[day.month - 1][:3], day.day, day.year
    no_year, full = P(None, day.month, d), P(y, day.month, d)
    forms = [
        (f"{name} {d}", no_year), (f"{d} {name}", no_year), (f"{name} {d}, {y}", full),
        (f"{d} {name} {y}", full), (f"{_ordinal(d)} {name}", no_year),
        (f"{name} {_ordinal(d)}", no_year), (f"{_ordinal(d)} of {name}", no_year),
        (f"{abbr} {d}", no_year), (day.isoformat(), full), (f"{name} {y}", P(y, day.month, None)),
    ]  # fmt: skip
    return forms + ([(f"{abbr}. {d}", no_year)] if abbr != name else [])  # no "May."


@settings(max_examples=200)
@given(DAYS)
def test_dates_round_trip(day: datetime.date) -> None:
    for surface, expected in _forms(day):
        text = f"The summit, held {surface}, drew 800 delegates."
        found = extract(text)
        assert [f.text for f in found] == [surface, "800"], surface
        assert isinstance(found[0], DateMention) and found[0].first == expected
        assert isinstance(found[1], NumberMention)


@settings(max_examples=200)
@given(DAYS, st.integers(min_value=1, max_value=27), st.sampled_from(["-", "\u2013", " to "]))
def test_date_ranges_round_trip(day: datetime.date, length: int, dash: str) -> None:
    last_day = min(day.day + length, calendar.monthrange(day.year, day.month)[1])
    if last_day == day.day:
        return
    name, y = MONTH_NAMES[day.month - 1], day.year
    first, last = P(y, day.month, day.day), P(y, day.month, last_day)
    for surface in (f"{day.day}{dash}{last_day} {name} {y}", f"{name} {day.day}{dash}{last_day}, {y}"):
        mention = only(f"It runs {surface} in Shanghai.")
        assert (mention.text, mention.first, mention.last) == (surface, first, last)


@settings(max_examples=100)
@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_weekday_names_round_trip(day: datetime.date) -> None:
    name = calendar.day_name[day.weekday()]
    found = extract(f"On {name}, {MONTH_NAMES[day.month - 1]} {day.day}, {day.year}, they met.")
    assert isinstance(found[0], WeekdayMention) and found[0].weekday == day.weekday()
    assert isinstance(found[1], DateMention) and found[1].first == P(day.year, day.month, day.day)


@pytest.mark.parametrize("surface", ["2025-07-26 to 2025-07-28", "2025-07-26 – 2025-07-28", "2025-07-26/2025-07-28"])
def test_two_iso_dates_make_a_range(surface: str) -> None:
    (found,) = find_dates(f"It ran {surface} in Shanghai.")
    assert (found.text, found.first, found.last) == (surface, P(2025, 7, 26), P(2025, 7, 28))


def test_two_iso_dates_out_of_order_are_two_dates() -> None:
    assert [d.first for d in find_dates("Moved from 2025-07-28 to 2025-07-26.")] == [P(2025, 7, 28), P(2025, 7, 26)]


@pytest.mark.parametrize(
    "surface", ["26.07.2025–28.07.2025", "26.07.2025 - 28.07.2025", "26/07/2025 to 28/07/2025", "7/26/2025-7/28/2025"]
)
def test_two_numeric_dates_make_a_range(surface: str) -> None:
    """Day or month first as either end shows; dotted dates are day first."""
    (found,) = find_dates(f"It ran {surface} in Shanghai.")
    assert (found.text, found.first, found.last) == (surface, P(2025, 7, 26), P(2025, 7, 28))


def test_two_numeric_dates_out_of_order_or_either_way_round() -> None:
    assert [(d.first, d.last) for d in find_dates("Moved from 28.07.2025 to 26.07.2025.")] == [
        (P(2025, 7, 28), None), (P(2025, 7, 26), None)
    ]
    assert find_dates("Held 7/8/2025 to 7/9/2025.") == []  # July or August: not read


@pytest.mark.parametrize(("text", "surface", "first"), [
    ("Premier Li spoke Fri 25/7 at the opening.", "25/7", P(None, 7, 25)),
    ("Keynote: Sat 26/07, Hall 1.", "26/07", P(None, 7, 26)),
])
def test_a_day_and_month_after_a_weekday(text: str, surface: str, first: PartialDate) -> None:
    check(text, surface, first)


@pytest.mark.parametrize("text", ["The help desk is open 24/7.", "Fri 7/8 is ambiguous."])
def test_no_weekday_or_two_readings_is_no_date(text: str) -> None:
    assert find_dates(text) == []
