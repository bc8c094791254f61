"""The verdict semantics, value by value."""

from __future__ import annotations

import pytest

from factcheck.engine import Engine
from factcheck.judge import canonical_text, in_days, judge
from factcheck.model import (
    Claim,
    Context,
    DateValue,
    NumberKind as K,
    NumberValue,
    PartialDate,
    Qualifier as Q,
    TextValue,
    Verdict as V,
    WeekdayValue,
)
from helpers import statements

OVER_800 = NumberValue(800, Q.OVER)


@pytest.mark.parametrize(
    ("found", "verdict"),
    [
        (NumberValue(800), V.CONSISTENT),  # journalistic rounding
        (NumberValue(800, Q.ABOUT), V.CONSISTENT),  # "some 800"
        (NumberValue(800, Q.AT_LEAST), V.CONSISTENT),  # "800+"
        (NumberValue(800, Q.OVER), V.CONSISTENT),
        (NumberValue(800, Q.NEARLY), V.DIFFERS),  # "nearly 800"
        (NumberValue(800, Q.AT_MOST), V.CONTRADICTS),  # "up to 800": the opposite way
        (NumberValue(900), V.DIFFERS),  # compatible, other figure
        (NumberValue(850), V.CONSISTENT),  # what "over 800" rounds
        (NumberValue(899), V.CONSISTENT),
        (NumberValue(850, Q.ABOUT), V.CONSISTENT),  # "some 850": what "over 800" rounds, within "about"'s 10 %
        (NumberValue(890, Q.ABOUT), V.DIFFERS),  # what "over 800" rounds, but more than 10 % over it
        (NumberValue(790, Q.ABOUT), V.DIFFERS),  # below it
        (NumberValue(850, Q.OVER), V.DIFFERS),
        (NumberValue(1000, Q.OVER), V.DIFFERS),
        (NumberValue(700, Q.OVER), V.DIFFERS),
        (NumberValue(600), V.CONTRADICTS),
        (NumberValue(800, Q.UNDER), V.CONTRADICTS),
        (NumberValue(500, Q.ABOUT), V.CONTRADICTS),
    ],
)
def test_over_800(found: NumberValue, verdict: V) -> None:
    assert judge(OVER_800, found)[0] is verdict


@pytest.mark.parametrize(
    ("expected", "found", "verdict"),
    [
        (NumberValue(30, Q.OVER), NumberValue(50, Q.OVER), V.DIFFERS),
        (NumberValue(3, unit="day"), NumberValue(2, unit="day"), V.CONTRADICTS),
        (NumberValue(3, unit="day"), NumberValue(3, unit="day"), V.CONSISTENT),
        (NumberValue(13), NumberValue(13, Q.ABOUT), V.CONSISTENT),
        (NumberValue(800, Q.UNDER), NumberValue(790, Q.ABOUT), V.CONSISTENT),  # "about 790": what "under 800" rounds
        (NumberValue(2000, Q.OVER), NumberValue(2400, Q.ABOUT), V.DIFFERS),  # rounds to it, but 20 % over
        (NumberValue(300, Q.ABOUT), NumberValue(320, Q.ABOUT), V.DIFFERS),  # two rough figures, not the same
        (NumberValue(5000, Q.NEARLY), NumberValue(4600, Q.ABOUT), V.DIFFERS),
        (NumberValue(13), NumberValue(12), V.CONTRADICTS),
        (NumberValue(40), NumberValue(40, Q.OVER), V.DIFFERS),  # another qualifier
        (NumberValue(40), NumberValue(40, Q.UNDER), V.DIFFERS),
        (NumberValue(40, Q.AT_MOST), NumberValue(40, Q.OVER), V.CONTRADICTS),  # opposite ways
        (NumberValue(3000, Q.OVER), NumberValue(3000, Q.NEARLY), V.DIFFERS),
        (NumberValue(30, high=50), NumberValue(30, high=50), V.CONSISTENT),
        (NumberValue(30, high=50), NumberValue(40), V.DIFFERS),
        (NumberValue(30, high=50), NumberValue(60), V.CONTRADICTS),
        (NumberValue(40, Q.UNDER), NumberValue(40), V.CONSISTENT),
        (NumberValue(40, Q.UNDER), NumberValue(45), V.CONTRADICTS),
        (NumberValue(40, Q.UNDER), NumberValue(35), V.CONSISTENT),  # what "under 40" rounds
        (NumberValue(40, Q.UNDER), NumberValue(30), V.DIFFERS),
        (NumberValue(2_400_000, Q.OVER), NumberValue(2_431_870), V.CONSISTENT),
        (NumberValue(2_400_000, Q.OVER), NumberValue(2_500_000), V.DIFFERS),
        (NumberValue(13, Q.OVER), NumberValue(14), V.DIFFERS),  # 13 counts in ones: 14 is above what it rounds
        (NumberValue(38, Q.OVER, kind=K.PERCENT), NumberValue(38.6, kind=K.PERCENT), V.CONSISTENT),  # what "over 38%" rounds
        (NumberValue(38, Q.OVER, kind=K.PERCENT), NumberValue(39.2, kind=K.PERCENT), V.DIFFERS),
        (NumberValue(30, Q.AT_LEAST), NumberValue(39), V.CONSISTENT),
        (NumberValue(4800, Q.NEARLY), NumberValue(4760), V.CONSISTENT),  # what "nearly 4,800" rounds up
        (NumberValue(4800, Q.NEARLY), NumberValue(4650), V.DIFFERS),
        (NumberValue(4800, Q.NEARLY), NumberValue(4800), V.CONSISTENT),  # a bare figure agrees with its "nearly"
        (NumberValue(540, Q.ABOUT), NumberValue(541), V.CONSISTENT),  # what "about 540" rounds
        (NumberValue(540, Q.ABOUT), NumberValue(535), V.CONSISTENT),
        (NumberValue(540, Q.ABOUT), NumberValue(545), V.DIFFERS),  # rounds to 550
        (NumberValue(540, Q.ABOUT), NumberValue(552), V.DIFFERS),
        (NumberValue(800, Q.ABOUT), NumberValue(780), V.CONSISTENT),
        (NumberValue(800, Q.ABOUT), NumberValue(780, Q.OVER), V.DIFFERS),  # only a bare figure is a rounded one
        (NumberValue(8.5, Q.ABOUT), NumberValue(8.46), V.DIFFERS),  # a figure with decimals has no place to round to
    ],
)
def test_numbers(expected: NumberValue, found: NumberValue, verdict: V) -> None:
    assert judge(expected, found)[0] is verdict


CONFERENCE = DateValue(PartialDate(2025, 7, 26), PartialDate(2025, 7, 28))


@pytest.mark.parametrize(
    ("found", "verdict"),
    [
        (DateValue(PartialDate(None, 7, 26), PartialDate(None, 7, 28)), V.CONSISTENT),
        (DateValue(PartialDate(2025, 7, 26), PartialDate(2025, 7, 28)), V.CONSISTENT),
        (DateValue(PartialDate(None, 7, 27)), V.CONSISTENT),  # a day within
        (DateValue(PartialDate(2025, 7)), V.CONSISTENT),  # "July 2025"
        (DateValue(PartialDate(None, 7, 29)), V.CONTRADICTS),
        (DateValue(PartialDate(None, 7, 26), PartialDate(None, 7, 29)), V.CONTRADICTS),
        (DateValue(PartialDate(2024, 7, 26)), V.CONTRADICTS),
        (DateValue(PartialDate(None, 8)), V.CONTRADICTS),  # "in August"
    ],
)
def test_dates(found: DateValue, verdict: V) -> None:
    assert judge(CONFERENCE, found)[0] is verdict


WINTER = DateValue(PartialDate(2025, 11, 4), PartialDate(2026, 2, 12))


@pytest.mark.parametrize(
    ("found", "verdict"),
    [  # a missing year across the new year: the range runs into the next, a day takes the year that fits
        (DateValue(PartialDate(None, 11, 4), PartialDate(None, 2, 12)), V.CONSISTENT),  # "4 November to 12 February"
        (DateValue(PartialDate(None, 11, 4), PartialDate(None, 2, 13)), V.CONTRADICTS),
        (DateValue(PartialDate(None, 2, 12)), V.CONSISTENT),  # "on 12 February"
        (DateValue(PartialDate(None, 11, 20)), V.CONSISTENT),
        (DateValue(PartialDate(None, 3, 1)), V.CONTRADICTS),
        (DateValue(PartialDate(2025, 2, 12)), V.CONTRADICTS),  # a year given is kept
    ],
)
def test_dates_across_the_new_year(found: DateValue, verdict: V) -> None:
    assert judge(WINTER, found)[0] is verdict


def test_year() -> None:
    year = DateValue(PartialDate(2023))
    assert judge(year, DateValue(PartialDate(2023)))[0] is V.CONSISTENT
    assert judge(year, DateValue(PartialDate(2023, 8, 15)))[0] is V.CONSISTENT
    assert judge(year, DateValue(PartialDate(2022)))[0] is V.CONTRADICTS


def test_weekday() -> None:
    assert judge(WeekdayValue(5), WeekdayValue(5))[0] is V.CONSISTENT
    assert judge(WeekdayValue(5), WeekdayValue(6))[0] is V.CONTRADICTS


def test_a_weekday_with_its_date_is_stated_by_that_date() -> None:
    saturday = WeekdayValue(5, PartialDate(2025, 7, 26))
    assert judge(saturday, DateValue(PartialDate(None, 7, 26)))[0] is V.CONSISTENT
    assert judge(saturday, DateValue(PartialDate(2025, 7, 26)))[0] is V.CONSISTENT
    assert judge(saturday, DateValue(PartialDate(2025, 7, 25)))[0] is V.CONTRADICTS
    assert judge(saturday, DateValue(PartialDate(2024, 7, 26)))[0] is V.CONTRADICTS
    assert judge(saturday, DateValue(PartialDate(2025, 8, 2)))[0] is V.CONTRADICTS  # another Saturday: judged as a day


PREMIER = TextValue("Li Qiang", aliases=("Li",), wrong=("Li Keqiang",), kind="name")


@pytest.mark.parametrize(
    ("found", "verdict", "reason"),
    [
        ("Li Qiang", V.CONSISTENT, "the same"),
        ("LI QIANG", V.CONSISTENT, "the same"),
        ("Li", V.CONSISTENT, "an accepted alias"),
        ("Qiang", V.CONSISTENT, "part of the same name"),
        ("Li Keqiang", V.CONTRADICTS, "a known wrong variant"),
        ("Wang Yi", V.CONTRADICTS, "not the canonical value or an accepted alias"),
    ],
)
def test_names(found: str, verdict: V, reason: str) -> None:
    assert judge(PREMIER, TextValue(found)) == (verdict, reason)


def test_quote_is_not_fuzzy() -> None:
    theme = TextValue("Global Solidarity in the AI Era", kind="quote")
    assert judge(theme, TextValue("global solidarity in the AI era!"))[0] is V.CONSISTENT
    assert judge(theme, TextValue("Global Solidarity in the AI Age"))[0] is V.CONTRADICTS


def test_canonical_text() -> None:
    assert canonical_text("  Cédric   O. ") == "cedric o"


def test_money_in_another_currency_contradicts() -> None:
    price = NumberValue(20, kind=K.MONEY, currency="USD")
    assert judge(price, NumberValue(20, kind=K.MONEY, currency="EUR")) == (V.CONTRADICTS, "a different currency")
    assert judge(price, NumberValue(20, kind=K.MONEY, currency="$"))[0] is V.CONSISTENT  # "$20": some dollar
    assert judge(price, NumberValue(20, kind=K.MONEY))[0] is V.CONSISTENT  # no currency said
    assert judge(NumberValue(20, kind=K.MONEY), NumberValue(20, kind=K.MONEY, currency="EUR"))[0] is V.CONSISTENT
    assert judge(NumberValue(20, kind=K.MONEY, currency="JPY"), NumberValue(20, kind=K.MONEY, currency="¥"))[0] is V.CONSISTENT


# ------------------------------------------------------------------ exactly N


@pytest.mark.parametrize(
    ("expected", "verdict"),
    [
        (NumberValue(30, Q.OVER), V.CONTRADICTS),  # "over 30" is more than 30 once rounding is ruled out
        (NumberValue(30, Q.UNDER), V.CONTRADICTS),
        (NumberValue(30, Q.NEARLY), V.CONTRADICTS),  # nearly 30 is short of it
        (NumberValue(30), V.CONSISTENT),
        (NumberValue(30, Q.ABOUT), V.CONSISTENT),
        (NumberValue(30, Q.AT_LEAST), V.CONSISTENT),
        (NumberValue(30, Q.AT_MOST), V.CONSISTENT),
    ],
)
def test_exactly_n_rules_out_rounding(expected: NumberValue, verdict: V) -> None:
    assert judge(expected, NumberValue(30, Q.EXACTLY))[0] is verdict


def test_exactly_another_figure_is_read_as_that_figure() -> None:
    assert judge(NumberValue(30, Q.OVER), NumberValue(45, Q.EXACTLY))[0] is V.DIFFERS
    assert judge(NumberValue(30, Q.OVER), NumberValue(29, Q.EXACTLY))[0] is V.CONTRADICTS
    assert judge(NumberValue(30, Q.OVER), NumberValue(30))[0] is V.CONSISTENT  # a bare 30 may be rounded


# ------------------------------------------------------------------ durations in days


@pytest.mark.parametrize(
    ("amount", "unit", "days"),
    [
        (2, "week", 14), (1, "fortnight", 14), (72, "hour", 3), (48, "hrs", 2), (1.5, "week", None),
        (36, "hour", None), (30, "minute", None), (3, "day", None), (3, "month", None),
    ],
)  # fmt: skip
def test_in_days(amount: float, unit: str, days: float | None) -> None:
    assert in_days(amount, unit) == days


# ------------------------------------------------------------------ with a small claims fixture

FIXTURE = Engine(
    (
        Claim("free-storage", "The free plan includes 5 GB of storage.", ("storage",), NumberValue(5, unit="GB"),
              Context(require=("free plan",))),
        Claim("uptime", "The service promises 99.9% uptime.", ("uptime",), NumberValue(99.9, kind=K.PERCENT)),
        Claim("trial-length", "The free trial lasts 14 days.", ("free trial",), NumberValue(14, unit="day")),
        Claim("integrations", "Over 40 integrations are available.", ("integrations",), NumberValue(40, Q.OVER)),
    )
)  # fmt: skip


def said(text: str) -> list[tuple[str, str]]:
    """(claim, verdict) of each statement of a fixture claim in ``text``."""
    return statements(text, engine=FIXTURE)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The free plan includes 5GB of storage.", "consistent"),
        ("The free plan includes 8GB of storage.", "contradicts"),
        ("The free plan includes up to 5GB of storage.", "differs"),
    ],
)
def test_a_glued_unit_states_a_measure(text: str, verdict: str) -> None:
    assert said(text) == [("free-storage", verdict)]


@pytest.mark.parametrize(
    ("text", "verdict"), [("We promise 99.9 % uptime.", "consistent"), ("We promise 99.5 % uptime.", "contradicts")]
)
def test_a_spaced_percent_is_a_percent(text: str, verdict: str) -> None:
    assert said(text) == [("uptime", verdict)]


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("The free trial lasts two weeks.", "consistent"),
        ("The free trial lasts 2 weeks, after which you pay.", "consistent"),
        ("The free trial lasts a fortnight.", "consistent"),
        ("The free trial lasts 336 hours.", "consistent"),
        ("Our two-week free trial starts today.", "consistent"),
        ("The free trial lasts three weeks.", "contradicts"),
        ("The free trial lasts 72 hours.", "contradicts"),
    ],
)
def test_weeks_and_hours_state_a_claim_in_days(text: str, verdict: str) -> None:
    assert said(text) == [("trial-length", verdict)]


def test_only_whole_days_and_lengths_are_read_as_days() -> None:
    assert said("The free trial lasts 48 hours.") == [("trial-length", "contradicts")]
    assert said("The free trial lasts 36 hours.") == []  # no whole number of days
    assert said("The free trial includes a 30-minute call.") == []  # minutes are never days
    assert said("You are billed two weeks after the free trial ends.") == []  # an interval
    assert said("Upgrade within two weeks of the free trial.") == []
    assert said("Support during the free trial runs 24 hours a day.") == []  # a rate


def test_a_year_shaped_figure_counts_nothing_unless_a_round_hundred() -> None:
    assert said("The 2024 integrations roundup is out.") == []  # the year 2024
    assert said("We offer 2025 integrations.") == []
    assert said("We offer 2000 integrations.") == [("integrations", "differs")]
    assert said("We offer 1,999 integrations.") == [("integrations", "differs")]
    assert said("We offer over 2024 integrations.") == [("integrations", "differs")]


MINUS_24 = NumberValue(-24, unit="°C")


@pytest.mark.parametrize(
    ("found", "verdict"),
    [  # a canonical figure below zero: "about" and "nearly" widen towards and away from zero the right way
        (NumberValue(-24), V.CONSISTENT),
        (NumberValue(-25, Q.ABOUT), V.DIFFERS),  # about -25: -27.5 to -22.5
        (NumberValue(-24, Q.NEARLY), V.DIFFERS),  # nearly -24: a little warmer
        (NumberValue(-30, Q.ABOUT), V.CONTRADICTS),
        (NumberValue(-20, Q.UNDER), V.DIFFERS),  # colder than -20 (under it): -24 could be
        (NumberValue(24), V.CONTRADICTS),  # above zero, not below it
        (NumberValue(-20), V.CONTRADICTS),
    ],
)
def test_a_figure_below_zero(found: NumberValue, verdict: V) -> None:
    assert judge(MINUS_24, found)[0] is verdict


def test_a_fall_given_as_its_size_is_stated_by_a_negative_figure() -> None:
    """A claim of a fall stored as its size ("shrank 0.3%") agrees with "-0.3%"; a negative claim does not with "0.3%"."""
    assert judge(NumberValue(0.3, kind=K.PERCENT), NumberValue(-0.3, kind=K.PERCENT))[0] is V.CONSISTENT
    assert judge(NumberValue(-0.3, kind=K.PERCENT), NumberValue(0.3, kind=K.PERCENT))[0] is V.CONTRADICTS


COLD = Engine(
    (Claim("coldest", "The coldest temperature was -24 °C.", ("coldest", "temperature", "low"), NumberValue(-24, unit="°C")),)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coldest temperature was -24 °C.", [("coldest", "consistent")]),
        ("The temperature fell to minus 24 degrees.", [("coldest", "consistent")]),
        ("The low hit 24 degrees below zero.", [("coldest", "consistent")]),
        ("The coldest temperature was \u221220 °C.", [("coldest", "contradicts")]),
        ("The coldest temperature was 24 °C.", [("coldest", "contradicts")]),
        ("The low was about -25C.", [("coldest", "differs")]),
    ],
)
def test_temperatures_below_zero_in_text(text: str, expected: list) -> None:
    assert statements(text, engine=COLD) == expected
