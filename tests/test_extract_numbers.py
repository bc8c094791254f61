"""Tests for the figure extractor (factcheck.extract.numbers)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from factcheck.extract import extract, find_numbers, parse_number_words
from factcheck.model import DateMention, NumberKind, NumberMention, Qualifier

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
Q, K = Qualifier, NumberKind


def only(text: str) -> NumberMention:
    """The single figure found in ``text``."""
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


def check(mention: NumberMention, text: str, expected: tuple) -> None:
    """Compare a mention with ``(surface, value, qualifier, kind, unit, high)``."""
    surface, value, qualifier, kind, unit, high = expected
    assert mention.text == surface
    assert text[mention.start : mention.end] == surface
    assert (mention.value, mention.qualifier, mention.kind, mention.unit, mention.high) == (
        value, qualifier, kind, unit, high,
    )  # fmt: skip


# ------------------------------------------------------------------ plain forms

PLAIN = [
    ("There were 800 of them.", ("800", 800, Q.EXACT, K.COUNT, None, None)),
    ("There were 3,000 of them.", ("3,000", 3000, Q.EXACT, K.COUNT, None, None)),
    ("It cost 1,250,000 to build.", ("1,250,000", 1_250_000, Q.EXACT, K.COUNT, None, None)),
    ("There were 3 000 of them.", ("3 000", 3000, Q.EXACT, K.COUNT, None, None)),
    ("eight-hundred-plus firms", ("eight-hundred-plus", 800, Q.AT_LEAST, K.COUNT, None, None)),
    ("Over 30\xa0000 came.", ("Over 30\xa0000", 30_000, Q.OVER, K.COUNT, None, None)),
    ("It cost 1 250 000 to build.", ("1 250 000", 1_250_000, Q.EXACT, K.COUNT, None, None)),
    ("A rate of 1.5 is high.", ("1.5", 1.5, Q.EXACT, K.COUNT, None, None)),
    ("It grew by 1.5.", ("1.5", 1.5, Q.EXACT, K.COUNT, None, None)),
    ("Some 1.5 million people came.", ("Some 1.5 million", 1_500_000, Q.ABOUT, K.COUNT, None, None)),
    ("They raised 2 billion from it.", ("2 billion", 2e9, Q.EXACT, K.COUNT, None, None)),
    ("They sold 3 thousand units.", ("3 thousand", 3000, Q.EXACT, K.COUNT, None, None)),
    ("A 10k run.", ("10k", 10_000, Q.EXACT, K.COUNT, None, None)),
    ("eight hundred delegates", ("eight hundred", 800, Q.EXACT, K.COUNT, None, None)),
    ("Thirteen people came.", ("Thirteen", 13, Q.EXACT, K.COUNT, None, None)),
    ("three thousand visitors", ("three thousand", 3000, Q.EXACT, K.COUNT, None, None)),
    ("one hundred and twenty-five firms", ("one hundred and twenty-five", 125, Q.EXACT, K.COUNT, None, None)),
    ("twenty five firms", ("twenty five", 25, Q.EXACT, K.COUNT, None, None)),
    ("a dozen firms", ("a dozen", 12, Q.EXACT, K.COUNT, None, None)),
    ("two dozen firms", ("two dozen", 24, Q.EXACT, K.COUNT, None, None)),
    ("a hundred firms", ("a hundred", 100, Q.EXACT, K.COUNT, None, None)),
    ("a thousand firms", ("a thousand", 1000, Q.EXACT, K.COUNT, None, None)),
    ("It took zero days.", ("zero", 0, Q.EXACT, K.COUNT, None, None)),
    ("one company", ("one", 1, Q.EXACT, K.COUNT, None, None)),
    ("TWENTY delegates", ("TWENTY", 20, Q.EXACT, K.COUNT, None, None)),
    ("(30) delegates", ("30", 30, Q.EXACT, K.COUNT, None, None)),
]


@pytest.mark.parametrize(("text", "expected"), PLAIN)
def test_plain_figures(text: str, expected: tuple) -> None:
    check(only(text), text, expected)


# ------------------------------------------------------------------ qualifiers

QUALIFIED = [
    ("over", Q.OVER), ("more than", Q.OVER), ("above", Q.OVER), ("exceeding", Q.OVER),
    ("in excess of", Q.OVER), ("upwards of", Q.OVER),
    ("at least", Q.AT_LEAST), ("no fewer than", Q.AT_LEAST), ("no less than", Q.AT_LEAST),
    ("a minimum of", Q.AT_LEAST),
    ("about", Q.ABOUT), ("around", Q.ABOUT), ("roughly", Q.ABOUT), ("approximately", Q.ABOUT),
    ("some", Q.ABOUT), ("circa", Q.ABOUT), ("an estimated", Q.ABOUT), ("approx.", Q.ABOUT), ("approx", Q.ABOUT),
    ("ca.", Q.ABOUT), ("c.", Q.ABOUT), ("est.", Q.ABOUT),
    ("nearly", Q.NEARLY), ("almost", Q.NEARLY), ("close to", Q.NEARLY), ("just under", Q.NEARLY),
    ("just shy of", Q.NEARLY), ("the best part of", Q.NEARLY), ("the better part of", Q.NEARLY),
    ("fewer than", Q.UNDER), ("less than", Q.UNDER), ("under", Q.UNDER), ("below", Q.UNDER),
    ("up to", Q.AT_MOST), ("at most", Q.AT_MOST), ("no more than", Q.AT_MOST),
    ("a maximum of", Q.AT_MOST),
    ("exactly", Q.EXACTLY), ("precisely", Q.EXACTLY),
]  # fmt: skip


@pytest.mark.parametrize(("phrase", "qualifier"), QUALIFIED)
@pytest.mark.parametrize(("figure", "value"), [("800", 800), ("eight hundred", 800), ("3,000", 3000)])
def test_qualifiers(phrase: str, qualifier: Qualifier, figure: str, value: float) -> None:
    text = f"The fair drew {phrase} {figure} companies."
    check(only(text), text, (f"{phrase} {figure}", value, qualifier, K.COUNT, None, None))


@pytest.mark.parametrize("phrase", ["Over", "MORE THAN", "Nearly", "Up to"])
def test_qualifiers_ignore_case(phrase: str) -> None:
    mention = only(f"{phrase} 800 companies came.")
    assert mention.text == f"{phrase} 800"
    assert mention.qualifier is not Q.EXACT


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("It ran over three days.", "three", 3),
        ("It ran over 3 days.", "3", 3),
        ("Talks went on over two weeks.", "two", 2),
        ("It spread across 3 days.", "3", 3),
    ],
)
def test_over_a_time_span_means_during(text: str, surface: str, value: int) -> None:
    check(only(text), text, (surface, value, Q.EXACT, K.COUNT, None, None))


@pytest.mark.parametrize(
    "text", ["Annual growth picked up to 4.6%.", "The rate ticked up to 4.6%.", "Fares went up to 4.6%.", "The forecast was revised up to 4.6%.",
             "The law pushes the pension rate up to 4.6%.", "It brought their combined share up to 4.6%."]
)
def test_up_to_after_a_verb_of_rising_is_the_new_level(text: str) -> None:
    mention = only(text)
    assert (mention.text, mention.qualifier) == ("4.6%", Q.EXACT)


@pytest.mark.parametrize("text", ["Speeds can go up to 4.6%.", "The cluster can scale up to 46 nodes.", "Up to 46 nodes.", "Refunds take up to 46 days."])
def test_up_to_as_a_ceiling(text: str) -> None:
    assert only(text).qualifier is Q.AT_MOST


def test_qualifier_must_be_a_whole_word() -> None:
    assert only("The hover 800 units.").qualifier is Q.EXACT
    assert only("The hover 800 units.").text == "800"


# ------------------------------------------------------------------ units, plus, ranges

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 13-point plan", ("13-point", 13, Q.EXACT, K.COUNT, "point", None)),
        ("a three-day forum", ("three-day", 3, Q.EXACT, K.COUNT, "day", None)),
        ("a 3-day forum", ("3-day", 3, Q.EXACT, K.COUNT, "day", None)),
        ("a two-day forum", ("two-day", 2, Q.EXACT, K.COUNT, "day", None)),
        ("a five-year plan", ("five-year", 5, Q.EXACT, K.COUNT, "year", None)),
        ("a five-year-old child", ("five-year", 5, Q.EXACT, K.COUNT, "year", None)),
        ("a twenty-five-year plan", ("twenty-five-year", 25, Q.EXACT, K.COUNT, "year", None)),
        ("the 3-days events", ("3-days", 3, Q.EXACT, K.COUNT, "day", None)),
    ],
)
def test_hyphenated_units(text: str, expected: tuple) -> None:
    check(only(text), text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5GB of storage", ("5GB", 5, Q.EXACT, K.COUNT, "gb", None)),
        ("with 8GB of storage", ("8GB", 8, Q.EXACT, K.COUNT, "gb", None)),
        ("a 10TB drive", ("10TB", 10, Q.EXACT, K.COUNT, "tb", None)),
        ("only 100MB free", ("100MB", 100, Q.EXACT, K.COUNT, "mb", None)),
        ("a 2.5GHz chip", ("2.5GHz", 2.5, Q.EXACT, K.COUNT, "ghz", None)),
        ("a 10km run", ("10km", 10, Q.EXACT, K.COUNT, "km", None)),
        ("a 30min call", ("30min", 30, Q.EXACT, K.COUNT, "min", None)),
        ("up to 5GB free", ("up to 5GB", 5, Q.AT_MOST, K.COUNT, "gb", None)),
        ("5-10GB of it", ("5-10GB", 5, Q.EXACT, K.COUNT, "gb", 10)),
        ("(5GB)", ("5GB", 5, Q.EXACT, K.COUNT, "gb", None)),
        ("a 6ft fence", ("6ft", 6, Q.EXACT, K.COUNT, "ft", None)),
        ("a 26mi ride", ("26mi", 26, Q.EXACT, K.COUNT, "mi", None)),
        ("at 70mph", ("70mph", 70, Q.EXACT, K.COUNT, "mph", None)),
        ("a 1,900m swim", ("1,900m", 1900, Q.EXACT, K.COUNT, "m", None)),  # metres: no million without a currency
        ("over 100m", ("over 100m", 100, Q.OVER, K.COUNT, "m", None)),
    ],
)
def test_glued_units(text: str, expected: tuple) -> None:
    """A known unit glued to the figure reads as "5 GB" would, the unit in the mention."""
    check(only(text), text, expected)


def test_only_known_units_of_two_letters_or_more_are_glued() -> None:
    assert only("a 5GB plan").unit == "gb"
    for text in ("5G networks", "a 3D film", "1,000req per day", "70B parameters", "a 5Gx card", "2GBx"):
        assert find_numbers(text) == [], text
    assert (only("4K screens").value, only("4K screens").unit) == (4000, None)  # a scale, not a unit
    assert only("the 5th edition").kind is K.ORDINAL
    assert not only("2025GB").maybe_year
    money = only("a £5m grant")  # with a currency, "m" is a million
    assert (money.value, money.unit, money.kind) == (5_000_000, None, K.MONEY)
    assert find_numbers("5-10m deep") == []  # (a range in metres is not read)


def test_a_fortnight_is_one_fortnight() -> None:
    text = "The trial lasts about a fortnight."
    check(only(text), text, ("about a fortnight", 1, Q.ABOUT, K.COUNT, "fortnight", None))
    assert only("It ran over a fortnight.").qualifier is Q.EXACT  # during, as "over three days"
    assert find_numbers("a fortnightly call") == []


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("WAIC, a week-long gathering", "week-long", "week"),
        ("the day-long forum", "day-long", "day"),
        ("a weeklong show", "weeklong", "week"),
        ("a fortnight-long festival", "fortnight-long", "fortnight"),
        ("a monthlong exhibition", "monthlong", "month"),
        ("The conference lasted a week.", "a week", "week"),
        ("It spanned a day.", "a day", "day"),
    ],
)
def test_one_unit_of_time(text: str, surface: str, unit: str) -> None:
    check(only(text), text, (surface, 1, Q.EXACT, K.COUNT, unit, None))


@pytest.mark.parametrize("text", ["a week after WAIC closed", "twice a day", "a day-old robot", "a week-old post", "all day long"])
def test_a_week_or_a_day_that_is_no_length(text: str) -> None:
    assert find_numbers(text) == [], text


def test_within_is_at_most() -> None:
    text = "Support answers within 24 hours."
    check(only(text), text, ("within 24", 24, Q.AT_MOST, K.COUNT, None, None))


@pytest.mark.parametrize("surface", ["800+", "800-plus", "800 plus"])
def test_plus_forms(surface: str) -> None:
    text = f"with {surface} companies"
    check(only(text), text, (surface, 800, Q.AT_LEAST, K.COUNT, None, None))


def test_plus_as_arithmetic_is_not_a_qualifier() -> None:
    assert [(m.text, m.qualifier) for m in find_numbers("800 plus 200")] == [
        ("800", Q.EXACT), ("200", Q.EXACT),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "surface",
    ["30-50", "30\u201350", "30 - 50", "30 to 50", "between 30 and 50", "from 30 to 50",
     "Between 30 and 50", "thirty to fifty"],
)  # fmt: skip
def test_ranges(surface: str) -> None:
    text = f"It took {surface} people."
    check(only(text), text, (surface, 30, Q.EXACT, K.COUNT, None, 50))


def test_range_shares_its_scale_and_currency() -> None:
    text = "a $2-3 billion deal"
    check(only(text), text, ("$2-3 billion", 2e9, Q.EXACT, K.MONEY, None, 3e9))
    text = "from 10 to 20 percent"
    check(only(text), text, ("from 10 to 20 percent", 10, Q.EXACT, K.PERCENT, None, 20))


def test_between_and_from_need_the_second_figure() -> None:
    assert only("between 30 companies").text == "30"
    assert only("from over 30 nations").text == "over 30"
    assert only("from 30 nations").text == "30"


def test_score_is_not_a_range() -> None:
    assert find_numbers("They won 3-2 at home.") == []


# ------------------------------------------------------------------ percent and money

@pytest.mark.parametrize("surface", ["30%", "30 percent", "30 per cent", "thirty percent", "30percent"])
def test_percent(surface: str) -> None:
    text = f"It rose {surface} last year."
    check(only(text), text, (surface, 30, Q.EXACT, K.PERCENT, None, None))


@pytest.mark.parametrize("surface", ["30 %", "30\xa0%", "30\u202f%", "thirty %"])
def test_percent_after_a_space(surface: str) -> None:
    text = f"It rose {surface} last year."
    check(only(text), text, (surface, 30, Q.EXACT, K.PERCENT, None, None))


def test_percent_after_a_space_in_ranges_and_decimals() -> None:
    text = "We promise 99.9 % uptime; some 30 - 40 % of it."
    assert [(m.text, m.value, m.high, m.kind) for m in find_numbers(text)] == [
        ("99.9 %", 99.9, None, K.PERCENT), ("some 30 - 40 %", 30, 40, K.PERCENT),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("$2 billion", 2e9), ("US$5m", 5e6), ("\u20ac5 million", 5e6), ("\u00a33", 3),
        ("\u00a510", 10), ("RMB 5 billion", 5e9), ("5 billion yuan", 5e9),
        ("2 billion dollars", 2e9), ("$2bn", 2e9), ("HK$300", 300), ("2 billion US dollars", 2e9),
    ],
)  # fmt: skip
def test_money(surface: str, value: float) -> None:
    text = f"They invested {surface} in it."
    check(only(text), text, (surface, value, Q.EXACT, K.MONEY, None, None))


def test_qualified_money() -> None:
    text = "worth more than $2 billion"
    check(only(text), text, ("more than $2 billion", 2e9, Q.OVER, K.MONEY, None, None))


# ------------------------------------------------------------------ ordinals and years

@pytest.mark.parametrize(
    ("surface", "value"),
    [("13th", 13), ("1st", 1), ("2nd", 2), ("23rd", 23), ("third", 3), ("twentieth", 20),
     ("twenty-first", 21), ("Second", 2)],
)  # fmt: skip
def test_ordinals(surface: str, value: int) -> None:
    text = f"the {surface} edition"
    check(only(text), text, (surface, value, Q.EXACT, K.ORDINAL, None, None))


@pytest.mark.parametrize("text", ["The 2025 WAIC opened.", "In 2023, it acted.", "at WAIC 2025."])
def test_bare_years_may_be_years(text: str) -> None:
    mention = only(text)
    assert mention.value in (2023, 2025)
    assert mention.maybe_year and mention.kind is K.COUNT


@pytest.mark.parametrize("text", ["1,999 people", "2025.5 units", "over 2000 firms", "$2025", "2025%"])
def test_decorated_figures_are_not_years(text: str) -> None:
    assert not only(text).maybe_year


@pytest.mark.parametrize(("surface", "high"), [("2024-25", 2025), ("2024\u20132025", 2025)])
def test_year_ranges(surface: str, high: int) -> None:
    mention = only(f"the {surface} season")
    assert (mention.text, mention.value, mention.high, mention.maybe_year) == (surface, 2024, high, True)


def test_mid_year() -> None:
    mention = only("by mid-2025")
    assert (mention.text, mention.maybe_year) == ("2025", True)


# ------------------------------------------------------------------ not figures

NOT_NUMBERS = [
    "WAIC2025", "GPT-4", "COVID-19", "H100", "A100", "3D", "5G", "v1.2.3", "Llama-3.1",
    "Qwen2.5", "10:30", "3pm", "3 p.m.", "2025/07/26", "+86-21-1234", "1.2.3", "someone",
    "anyone", "tone", "often", "none", "hundreds of", "dozens of", "tens of", "thousands of",
    "one of them", "no one", "one another", "a 3-D film", "two-thirds", "x86",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    assert find_numbers(f"We saw {text} today.") == []


# ------------------------------------------------------------------ parse_number_words

@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("eight hundred", 800), ("thirteen", 13), ("three thousand", 3000),
        ("one hundred and twenty-five", 125), ("a dozen", 12), ("two dozen", 24),
        ("a hundred", 100), ("Thirteen", 13), ("twenty five", 25), ("zero", 0),
        ("one thousand, two hundred", 1200), ("fifteen hundred", 1500), ("a million", 10**6),
        ("two million three hundred thousand", 2_300_000),
        ("nine hundred and ninety-nine thousand, nine hundred and ninety-nine", 999_999),
    ],
)  # fmt: skip
def test_parse_number_words(words: str, value: int) -> None:
    assert parse_number_words(words) == value


@pytest.mark.parametrize(
    "words", ["", "a", "dozens", "hundreds", "one two", "two thousand three thousand", "many", "and"]
)
def test_parse_number_words_rejects(words: str) -> None:
    assert parse_number_words(words) is None


# ------------------------------------------------------------------ real sentences

SEED_SENTENCES = [
    ("The proposal includes a 13-point action plan that", [("13-point", 13, Q.EXACT, "point")]),
    ("drawing participation from over 800 companiesand showcasing",
     [("over 800", 800, Q.OVER, None)]),
    ("showcasing more than 3,000 AI innovations, including 40 large language models, "
     "50 advanced devices, and 60 humanoid robots.",
     [("more than 3,000", 3000, Q.OVER, None), ("40", 40, Q.EXACT, None),
      ("50", 50, Q.EXACT, None), ("60", 60, Q.EXACT, None)]),
    ("in Shanghai, a major three-day global tech forum that convenes",
     [("three-day", 3, Q.EXACT, "day")]),
    ("The 2025 WAIC highlighted China\u2019s growing influence", [("2025", 2025, Q.EXACT, None)]),
    ("as the world\u2019s two largest economies engage", [("two", 2, Q.EXACT, None)]),
    ("policymakers from over 30 nations, including Russia", [("over 30", 30, Q.OVER, None)]),
    ("The Shanghai conference, which spans three days, arrives", [("three", 3, Q.EXACT, None)]),
    ("In 2023, it enacted the world's first nationwide set",
     [("2023", 2023, Q.EXACT, None), ("first", 1, Q.EXACT, None)]),
    ("representatives from over 50 countries.", [("over 50", 50, Q.OVER, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEED_SENTENCES)
def test_seed_sentences(text: str, expected: list[tuple]) -> None:
    found = [(m.text, m.value, m.qualifier, m.unit) for m in find_numbers(text)]
    assert found == expected


def test_seed_files_have_no_glued_codes_or_overlaps() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = extract(text)
        for mention in found:
            assert text[mention.start : mention.end] == mention.text
            assert mention.text == mention.text.strip()
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_seed_file_expected_figures() -> None:
    text = (SEEDS / "001_15478f73d22d552c.txt").read_text(encoding="utf-8")
    found = [(m.text, m.value, m.qualifier) for m in find_numbers(text) if m.kind is K.COUNT]
    assert ("over 800", 800, Q.OVER) in found
    assert ("more than 3,000", 3000, Q.OVER) in found
    assert ("13-point", 13, Q.EXACT) in found


# ------------------------------------------------------------------ extract()

def test_extract_prefers_dates_over_numbers() -> None:
    text = "On Saturday, July 26, 2025, over 800 firms met for 26-28 July talks."
    found = extract(text)
    assert [type(f).__name__ for f in found] == [
        "WeekdayMention", "DateMention", "NumberMention", "DateMention",
    ]  # fmt: skip
    assert [f.text for f in found] == ["Saturday", "July 26, 2025", "over 800", "26-28 July"]
    assert isinstance(found[3], DateMention) and found[3].last is not None


def test_extract_of_plain_text_is_empty() -> None:
    assert extract("") == []
    assert extract("Nothing to see here, really.") == []


def test_offsets_with_non_latin_text() -> None:
    text = "\u674e\u5f3a\u8bf4\uff0c\u201c30\u201d \U0001f600 then \u20ac5 million and 3\u20135 days"
    found = find_numbers(text)
    assert [m.text for m in found] == ["30", "\u20ac5 million", "3\u20135"]
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


# ------------------------------------------------------------------ properties

def _sentence(figure: str) -> str:
    return f"The survey counted {figure} responses."


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=999_999_999), st.booleans())
def test_digits_round_trip(number: int, separators: bool) -> None:
    figure = f"{number:,}" if separators else str(number)
    mention = only(_sentence(figure))
    assert (mention.text, mention.value, mention.high) == (figure, number, None)
    assert mention.maybe_year == ("," not in figure and 1700 <= number <= 2099)


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=999_999))
def test_words_round_trip(number: int) -> None:
    words = num2words(number)
    assert parse_number_words(words) == number
    mention = only(_sentence(words))
    assert (mention.text, mention.value) == (words, number)


@settings(max_examples=100)
@given(st.integers(min_value=0, max_value=999), st.sampled_from(sorted(dict(QUALIFIED))))
def test_qualified_words_round_trip(number: int, phrase: str) -> None:
    words = num2words(number)
    mention = only(_sentence(f"{phrase} {words}"))
    assert (mention.text, mention.value, mention.qualifier) == (
        f"{phrase} {words}", number, dict(QUALIFIED)[phrase],
    )  # fmt: skip


def test_no_figure_in_plain_prose_words() -> None:
    prose = "Someone often said none of the tones were done; anyone attending knew it."
    assert find_numbers(prose) == []
    assert not re.search(r"\d", prose)


@pytest.mark.parametrize(
    ("text", "value", "qualifier", "unit"),
    [
        ("over three-thousand products", 3000.0, Qualifier.OVER, None),
        ("eight-hundred firms", 800.0, Qualifier.EXACT, None),
        ("forty-odd models", 40.0, Qualifier.ABOUT, None),
        ("a 13-point plan", 13.0, Qualifier.EXACT, "point"),
    ],
)
def test_hyphenated_scales_and_rough_figures_are_not_units(text: str, value: float, qualifier: Qualifier, unit: str | None) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.qualifier, mention.unit) == (value, qualifier, unit)


def test_space_grouping_needs_groups_of_three() -> None:
    texts = [n.text for n in find_numbers("In 1999 300 firms came, 30 00 left.")]
    assert texts[:3] == ["1999", "300", "30"] and "30 00" not in texts


@pytest.mark.parametrize(
    ("text", "currency"),
    [("It costs $20.", "$"), ("It costs US$20.", "USD"), ("It costs HK$20.", "HKD"), ("It costs \u20ac20.", "EUR"),
     ("It costs \xa320.", "GBP"), ("It costs \xa520.", "\xa5"), ("It costs RMB 20.", "CNY"), ("It costs 20 euros.", "EUR"),
     ("It costs 20 US dollars.", "USD"), ("It costs 20 dollars.", "$"), ("It costs 20 yuan.", "CNY"),
     ("It costs 20 yen.", "JPY"), ("It costs 20.", None), ("Parking costs SAR 20 per hour.", "SAR"),
     ("A budget of EGP 300 million.", "EGP"), ("It costs AED 50.", "AED")],
)
def test_money_names_its_currency(text: str, currency: str | None) -> None:
    (number,) = find_numbers(text)
    assert number.currency == currency


@pytest.mark.parametrize("text", ["NEWS THEME 0'05", "She is 5’10 tall.", "a jingle of 0′30"])
def test_figures_either_side_of_an_apostrophe_are_no_figures(text: str) -> None:
    """Minutes and seconds, feet and inches ("0'05", "5’10") are no counts (a figure inside a word
    once stopped a scan)."""
    assert find_numbers(text) == []


@pytest.mark.parametrize("text", ["We try 20 times.", "PHP 8 is out.", "Cop 26 was in Glasgow."])
def test_currency_codes_that_are_words_are_no_money(text: str) -> None:
    assert all(n.currency is None for n in find_numbers(text))


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The race was run over 66 laps.", Qualifier.EXACT), ("The Grand Prix runs over 66 laps.", Qualifier.EXACT),
    ("The show is spread over 3 halls.", Qualifier.EXACT), ("The expo drew over 800 firms.", Qualifier.OVER),
])
def test_over_after_run_is_across(text: str, qualifier: Qualifier) -> None:
    (number,) = find_numbers(text)
    assert number.qualifier is qualifier


@pytest.mark.parametrize(("text", "qualifier"), [
    ("The flight rises 58 metres over 2.4km.", Qualifier.EXACT), ("It climbs 300 ft over 5 miles.", Qualifier.EXACT),
    ("It rose 58m over 2km.", Qualifier.EXACT), ("It had 800 and over 1,000 firms.", Qualifier.OVER),
    ("It had 40 teams, over 30 finished.", Qualifier.OVER), ("WAIC 2025 showcased over 60 robots.", Qualifier.OVER),
])
def test_over_after_a_measure_is_across(text: str, qualifier: Qualifier) -> None:
    *_, number = find_numbers(text)
    assert number.qualifier is qualifier


@pytest.mark.parametrize(("text", "surface", "qualifier"), [
    ("~800 exhibitors", "~800", Qualifier.ABOUT), (">800 exhibitors", ">800", Qualifier.OVER),
    ("<800 exhibitors", "<800", Qualifier.UNDER), ("\u2265800 exhibitors", "\u2265800", Qualifier.AT_LEAST),
    ("> 800 exhibitors", "800", Qualifier.EXACT),  # a quoted line's mark, not a sign
    ("<td>45</td>", "45", Qualifier.EXACT),  # a tag's end
])
def test_a_sign_glued_to_a_figure_qualifies_it(text: str, surface: str, qualifier: Qualifier) -> None:
    (number,) = find_numbers(text)
    assert (number.text, number.qualifier) == (surface, qualifier)


@pytest.mark.parametrize(("text", "qualifier"), [
    ("It circles its star roughly every 30 days.", Qualifier.ABOUT),
    ("A bus leaves approximately every 12 minutes.", Qualifier.ABOUT),
    ("It circles its star every 30 days.", Qualifier.EXACT),
    ("Inspections are due at least every 3 years.", Qualifier.EXACT),  # bounds how often, not the interval
])
def test_about_before_every_qualifies_the_interval(text: str, qualifier: Qualifier) -> None:
    (number,) = find_numbers(text)
    assert number.qualifier is qualifier


@pytest.mark.parametrize("text", [
    "Contact the newsroom at (555) 014-7720.", "Call +44 20 7946 0958 for tickets.", "Call 020 7946 0958.",
    "Tel: 555 0142", "Hotline: 800 555 0199", "Call (020) 7946 0958.",
    "The support line is 0800 555 0120, Monday to Friday.",  # a comma after it ends the number
    "Its barcode, 0 71234 55016 4, was scanned.",
    "Claims questions: 1800 442 100.", "If your situation becomes dangerous, call 000.", "Dial 911 now.",  # (and emergency numbers)
])
def test_telephone_numbers_are_no_figures(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(("text", "figures"), [
    ("Over 15 000 visitors came.", [15000.0]),  # a thin space's thousands
    ("The call drew 120 people.", [120.0]),
    ("(2) 450 robots", [2.0, 450.0]),  # a list's number, then a count
    ("Robots (60) 40 of them", [60.0, 40.0]),
    ("in 2025 €265,300", [2025.0, 265_300.0]),  # a sign outside Latin-1 opens the second figure, joins no range
    ("2024 ₹500 and 2025 €7", [2024.0, 500.0, 2025.0, 7.0]),
    ("Call 112 people.", [112.0]),  # (an emergency number's digits that count)
])
def test_figures_next_to_other_digits_are_still_read(text: str, figures: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == figures


@pytest.mark.parametrize(("text", "value"), [
    ("over four point two million people watched", 4_200_000.0), ("three point five percent", 3.5),
    ("two point five billion dollars", 2_500_000_000.0),
    ("prices up nought point eight percent", 0.8), ("one point nought five", 1.05),  # "nought", "naught": zero
])
def test_a_decimal_read_aloud(text: str, value: float) -> None:
    (number,) = find_numbers(text)
    assert number.value == value


@pytest.mark.parametrize(("text", "surface", "value"), [
    # a half after a number in words
    ("an average of seventy-six and a half", "seventy-six and a half", 76.5),
    ("It took two and a half days.", "two and a half", 2.5),
    ("It cost one-and-a-half million euros.", "one-and-a-half million euros", 1_500_000.0),
    ("Two and a half thousand people came.", "Two and a half thousand", 2_500.0),
    # a scale letter set off after a currency (without one: metres)
    ("The fund (EUR 85 m) opens.", "EUR 85 m", 85_000_000.0), ("a £5 m grant", "£5 m", 5_000_000.0),
    ("a €3 bn budget", "€3 bn", 3_000_000_000.0), ("a 85 m tower", "85", 85.0),
    # a fraction of a scale
    ("well over a quarter of a million visitors", "over a quarter of a million", 250_000.0),
    ("half a million people", "half a million", 500_000.0),
    ("three quarters of a million", "three quarters of a million", 750_000.0),
    ("a third of a billion", "a third of a billion", 333_333_333.0),
])
def test_halves_fractions_and_spaced_scales(text: str, surface: str, value: float) -> None:
    (number,) = find_numbers(text)
    assert (number.text, number.value) == (surface, value)


def test_half_of_a_noun_is_no_figure_and_half_a_dozen_is_six() -> None:
    assert find_numbers("Half of the exhibitors came.") == []
    assert [(n.text, n.value) for n in find_numbers("half a dozen left")] == [("half a dozen", 6.0)]


def test_a_half_dozen_after_and_is_no_half() -> None:
    assert [n.value for n in find_numbers("It was two, and a half-dozen more.")] == [2.0]


@pytest.mark.parametrize(("text", "figures"), [
    ("A single ride is one pound fifty for half an hour.", [("one pound fifty", 1.5)]),
    ("It costs two dollars twenty-five.", [("two dollars twenty-five", 2.25)]),
    ("It was five euros twenty a head.", [("five euros twenty", 5.2)]),
    ("one pound 50, please", [("one pound 50", 1.5)]),
    # not a noun's count after the sum, nor "one", nor hundredths of a large sum
    ("He paid ten pounds fifty years ago.", [("ten pounds", 10.0), ("fifty", 50.0)]),
    ("Fares cost 349 euros one way.", [("349 euros", 349.0), ("one", 1.0)]),
    ("two million pounds fifty", [("two million pounds", 2_000_000.0), ("fifty", 50.0)]),
])  # fmt: skip
def test_a_sum_read_aloud_with_its_hundredths(text: str, figures: list) -> None:
    assert [(n.text, n.value) for n in find_numbers(text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    ("Queso Fresco (round)   16 oz   0 71234 55016 4   $4.99", [16.0, 4.99]),  # a UPC in digit groups
    ("EAN 5 012345 678900", []),
    ("Scores were 3 12345 8", [3.0, 12345.0, 8.0]),  # (one long group is no code)
])  # fmt: skip
def test_a_product_code_in_digit_groups_is_no_figure(text: str, figures: list[float]) -> None:
    assert [n.value for n in find_numbers(text)] == figures


@pytest.mark.parametrize(
    ("text", "figure", "value", "qualifier", "unit"),
    [  # below zero: a minus sign right before the figure, "minus", or "below zero" after it
        ("temperatures fell to -24 °C overnight", "-24 °C", -24, Qualifier.EXACT, "°c"),
        ("a low of \u221224C", "\u221224C", -24, Qualifier.EXACT, "c"),
        ("growth of -0.3% in the quarter", "-0.3%", -0.3, Qualifier.EXACT, None),
        ("(-3%)", "-3%", -3, Qualifier.EXACT, None),
        ("about -24 degrees", "about -24", -24, Qualifier.ABOUT, None),
        ("it fell to minus 24 degrees", "minus 24", -24, Qualifier.EXACT, None),
        ("24 degrees below zero", "24 degrees below zero", -24, Qualifier.EXACT, "degree"),
        ("a low of 18 F below zero", "18 F below zero", -18, Qualifier.EXACT, "°f"),
    ],
)
def test_figures_below_zero(text: str, figure: str, value: float, qualifier: Qualifier, unit: str | None) -> None:
    found = only(text)
    assert (found.text, found.value, found.qualifier) == (figure, value, qualifier)
    if unit is not None:
        assert found.unit == unit


@pytest.mark.parametrize(
    ("text", "values"),
    [  # hyphens that join, list or range are no minus signs
        ("scores 20-24", [20]),
        ("pp. 12 -14", [12]),
        ("the 2024-25 season", [2024]),
        ("- 800 companies", [800]),
        ("a two-day event", [2]),
        ("GPT-4 and H100", []),
    ],
)
def test_hyphens_are_no_minus_signs(text: str, values: list[float]) -> None:
    assert [m.value for m in find_numbers(text)] == values
