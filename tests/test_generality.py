"""Rules found by blind test sets in other domains (a university's facts), on small claims fixtures."""

from __future__ import annotations

import pytest

from factcheck.claims import load_claims
from factcheck.engine import Engine
from factcheck.match.scope import written_year
from factcheck.model import Claim, Context, DateValue, NumberValue, PartialDate, TextValue, WeekdayValue
from factcheck.model import NumberKind as K
from factcheck.model import Qualifier as Q
from helpers import list_table, statements, table

UNIVERSITY = Engine(
    (
        Claim("founded", "Northbridge University was founded in 1892.", ("founded", "established"),
              DateValue(PartialDate(1892))),
        Claim("city", "Northbridge University is in Leeds.", ("university", "campus", "based in"),
              TextValue("Leeds", kind="place", wrong=("York",)), Context(require=("Northbridge",))),
        Claim("vice-chancellor", "Professor Helen Okafor is the Vice-Chancellor.", ("Vice-Chancellor",),
              TextValue("Helen Okafor", kind="name", aliases=("Okafor",))),
        Claim("students", "Over 24,000 students study at Northbridge.", ("students",), NumberValue(24000),
              Context(require=("Northbridge",))),
        Claim("research-income", "Research income was £180 million.", ("research income",),
              NumberValue(180_000_000, kind=K.MONEY, currency="GBP")),
    )
)  # fmt: skip


def said(text: str) -> list[tuple[str, str]]:
    return statements(text, engine=UNIVERSITY)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [("The university, founded in 1895, felt Victorian.", "contradicts"), ("It was founded in 1892.", "consistent")],
)
def test_a_year_before_1900_is_a_year(text: str, verdict: str) -> None:
    assert said(text) == [("founded", verdict)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Vice-Chancellor, Professor Hannah Okafor, will confer degrees.", [("vice-chancellor", "contradicts")]),
        ("The Vice-Chancellor, Professor Helen Okafor, will confer degrees.", [("vice-chancellor", "consistent")]),
        ("The Vice-Chancellor, Professor Okafor, spoke.", [("vice-chancellor", "consistent")]),
    ],
)
def test_a_one_word_alias_with_another_given_name_is_another_name(text: str, expected: list) -> None:
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 1956 the college became Northbridge University.",  # the claim's own name is no place
        "Welcome to Northbridge University, a campus for everyone.",
        "Professor Smith's Northbridge campus tour starts at noon.",  # a possessive is no place
    ],
)
def test_the_claims_own_words_and_possessives_are_no_place(text: str) -> None:
    assert [s for s in said(text) if s[0] == "city"] == []


def test_a_wrong_city_is_still_read() -> None:
    assert said("The Northbridge University campus in York opened.") == [("city", "contradicts")]


@pytest.mark.parametrize(
    "text",
    [
        "The Faculty of Medicine accounted for £64 million of that research income.",
        "Northbridge's largest groups of students are from China (1,450 students) and India (980).",
    ],
)
def test_parts_are_not_totals(text: str) -> None:
    assert [s for s in said(text) if s[1] != "consistent"] == []


def test_a_later_year_after_another_is_not_the_subjects() -> None:
    text = "The university was established in 1892 and received its Royal Charter in 1956."
    assert said(text) == [("founded", "consistent")]


TOWER = Engine(
    (
        Claim("height", "Sama Tower is 1,007 metres tall.", ("tower", "tall"), NumberValue(1007, unit="metre")),
        Claim("floors", "Sama Tower has 168 floors.", ("floors", "levels"), NumberValue(168), Context(require=("tower",))),
        Claim("elevator-speed", "Its elevators travel at 22 metres per second.", ("elevators", "lifts"),
              NumberValue(22, unit="m/s")),
        Claim("announcer", "Cardinal Dominique Mamberti announced the new pope.", ("announced", "protodeacon", "Habemus Papam"),
              TextValue("Dominique Mamberti", kind="name", wrong=("Kevin Farrell",)), Context(require=("pope", "Habemus Papam"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tower's elevators travel at 22 metres per second.", [("elevator-speed", "consistent")]),
        ("The tower's elevators travel at 20 meters per second.", [("elevator-speed", "contradicts")]),
        ("The lifts reach 22 m/s.", [("elevator-speed", "consistent")]),
        ("Its service lifts climb 7 metres per second.", [("elevator-speed", "contradicts")]),  # a speed, never the height
    ],
)
def test_metres_per_second_is_a_speed(text: str, expected: list) -> None:
    assert statements(text, engine=TOWER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cardinal Dominique Mamberti announced the new pope.", [("announcer", "consistent")]),  # a religious title
        ("The protodeacon, Cardinal Dominique Mamberti, announced Habemus Papam.", [("announcer", "consistent")]),
        ("Cardinal Kevin Farrell announced the new pope.", [("announcer", "contradicts")]),  # a verb subject has no title
    ],
)
def test_titles_and_the_claims_own_phrases_are_no_names(text: str, expected: list) -> None:
    assert statements(text, engine=TOWER) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the tower, belt trusses at levels 44, 88 and 132 carry the lateral loads.",
        "The tower's restaurants on levels 58 to 61 are open to the public.",
        "The hotel occupies 22 floors of the tower.",  # what one tenant occupies
        "In the tower, prayer rooms are on levels 1 and 148.",
    ],
)
def test_labels_and_parts_are_no_counts(text: str) -> None:
    assert [s for s in statements(text, engine=TOWER) if s[0] == "floors"] == []


def test_a_count_of_floors_is_still_read() -> None:
    assert statements("The tower has 160 floors.", engine=TOWER) == [("floors", "contradicts")]


HEIST = Engine(
    (
        Claim("museum", "The jewels were stolen from the Musée Saint-Aurèle.", ("museum", "musée"),
              TextValue("Musée Saint-Aurèle", kind="text", wrong=("Musée Saint-Aurélien",))),
        Claim("minutes-inside", "The thieves spent seven minutes inside the museum.", ("thieves", "gang", "inside"),
              NumberValue(7, unit="minute")),
        Claim("items", "The thieves stole nine items.", ("items", "pieces", "pieces of jewellery"), NumberValue(9),
              Context(require=("stole", "stolen"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thieves broke into the Musée Saint-Aurélien before dawn.", [("museum", "contradicts")]),  # starts with the subject word
        ("The gang spent 20 minutes inside the gallery.", [("minutes-inside", "contradicts")]),  # "spent" is the claim's own
        ("The gang spent seven minutes inside.", [("minutes-inside", "consistent")]),
        ("Thieves stole twelve pieces of jewellery.", [("items", "contradicts")]),  # a subject that starts with "pieces of"
        ("Thieves stole nine pieces of jewellery.", [("items", "consistent")]),
    ],
)
def test_a_claims_own_words_are_read_where_a_rule_would_set_them_aside(text: str, expected: list) -> None:
    assert statements(text, engine=HEIST) == expected


CONCLAVE = Engine(
    (
        Claim("election-date", "Leo XIV was elected on 8 May 2025.", ("elected", "election"), DateValue(PartialDate(2025, 5, 8))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday, 9 May: Leo XIV celebrates Mass with the cardinals who had elected him the day before.", []),
        ("Leo XIV was elected on 9 May.", [("election-date", "contradicts")]),
    ],
)
def test_a_pronoun_object_does_not_hide_a_relative_day(text: str, expected: list) -> None:
    assert statements(text, engine=CONCLAVE) == expected


CRUISE = Engine(
    (
        Claim("ship", "The outbreak occurred aboard the cruise ship Coral Horizon.", ("ship", "cruise ship", "vessel"),
              TextValue("Coral Horizon", kind="name"), Context(require=("outbreak", "norovirus"))),
        Claim("passengers-ill", "More than 240 passengers fell ill.", ("passengers",), NumberValue(240, Q.OVER),
              Context(require=("ill", "illness", "sick"))),
        Claim("share-ill", "More than 9% of passengers fell ill.", ("passengers",), NumberValue(9, Q.OVER, kind=K.PERCENT),
              Context(require=("ill", "illness", "sick"))),
        Claim("voyage-length", "The outbreak happened on a 14-day cruise.", ("cruise", "voyage"), NumberValue(14, unit="day")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Naomi Castell, who heads the Vessel Sanitation Program, spoke about the norovirus outbreak.",  # an organisation's name
        "Of the more than 2,600 passengers aboard, 241 fell ill.",  # the whole a part is taken from
        "The agency lists an outbreak once 3% of passengers report illness.",  # a threshold
        "The agency posts an outbreak when at least 3% of passengers are sick.",
        "Refunds for the cruise are returned within 30 days.",  # a deadline, not the cruise's length
        "The first cases came five days into the voyage.",  # a point in it, not its length
    ],
)
def test_names_wholes_thresholds_and_deadlines_are_not_stated(text: str) -> None:
    assert [s for s in statements(text, engine=CRUISE) if s[1] != "consistent"] == []


def test_a_wrong_ship_and_a_wrong_length_are_still_read() -> None:
    said = statements("The norovirus outbreak hit the cruise ship Ocean Star on a 10-day voyage.", engine=CRUISE)
    assert sorted(said) == [("ship", "contradicts"), ("voyage-length", "contradicts")]


RACE = Engine(
    (
        Claim("margin", "Brandt beat Ferraz by more than four seconds.", ("won by", "beat", "margin"),
              NumberValue(4, Q.OVER, unit="second"), Context(require=("Brandt",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brandt won by 2.4 seconds.", [("margin", "contradicts")]),  # a margin claim stated in words
        ("Brandt beat Ferraz by nearly five seconds.", [("margin", "differs")]),
        ("Brandt won by 4.2 seconds.", [("margin", "consistent")]),
    ],
)
def test_a_margin_claim_in_words_takes_margins(text: str, expected: list) -> None:
    assert statements(text, engine=RACE) == expected


PARK = Engine(
    (
        Claim("park-name", "The park is named Sliabh Rua National Park.", ("national park", "park"),
              TextValue("Sliabh Rua National Park", wrong=("North Mayo Uplands National Park",))),
        Claim("park-county", "The park is in County Mayo.", ("national park", "park"),
              TextValue("County Mayo", kind="place", aliases=("Mayo",), wrong=("County Galway", "Galway"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Route 4 crosses the new North Mayo Uplands National Park.", [("park-name", "contradicts")]),  # no place in it
        ("# Ireland's Newest National Park Is Wild, Wet and Almost Empty", []),  # a headline's capitals
        ("# Ireland's Newest National Park Opens In Galway", [("park-county", "contradicts")]),  # a known wrong place
    ],
)
def test_other_claims_values_and_headline_capitals_are_no_places(text: str, expected: list) -> None:
    assert statements(text, engine=PARK) == expected


FILM = Engine(
    (
        Claim("domestic-opening", "Ironveil opened to $212.4 million in North America.", ("opening", "launch", "debut"),
              NumberValue(212_400_000, kind=K.MONEY, currency="USD"), Context(require=("Ironveil",))),
        Claim("worldwide-opening", "Ironveil's global opening grossed over $480 million.",
              ("worldwide", "global", "global launch", "global opening"),
              NumberValue(480_000_000, Q.OVER, kind=K.MONEY, currency="USD"), Context(require=("Ironveil",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "launch" is a word of the other claim's longer subject "global launch"
        ("Ironveil posts the year's biggest opening, with a global launch north of $480 million.",
         [("worldwide-opening", "consistent")]),
        ("Ironveil posts the year's biggest opening, with a global launch north of $580 million.",
         [("worldwide-opening", "differs")]),
        ("Ironveil's launch brought in $212.4 million.", [("domestic-opening", "consistent")]),
    ],
)  # fmt: skip
def test_a_word_of_another_claims_longer_subject_is_that_claims(text: str, expected: list) -> None:
    assert statements(text, engine=FILM) == expected


DERAILMENT = Engine(
    (
        Claim("wagons-derailed", "23 wagons derailed.", ("wagons",), NumberValue(23), Context(require=("derailed",))),
        Claim("hazmat-wagons", "Nine dangerous-goods wagons derailed.", ("dangerous-goods wagons", "tank wagons"),
              NumberValue(9), Context(require=("derailed",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Dangerous-goods wagons derailed | 9 |", [("hazmat-wagons", "consistent")]),  # a row's label, whole
        ("| Dangerous-goods wagons derailed | 7 |", [("hazmat-wagons", "contradicts")]),
        ("| Wagons derailed | 23 |", [("wagons-derailed", "consistent")]),
    ],
)
def test_a_rows_longer_subject_takes_its_figure(text: str, expected: list) -> None:
    assert statements(text, engine=DERAILMENT) == expected


FAB = Engine(
    (
        Claim("investment", "Veridian will invest $12 billion in the Findlay fab.", ("invest", "spend", "investment"),
              NumberValue(12e9, kind=K.MONEY, currency="USD"), Context(require=("Findlay",))),
        Claim("state-incentives", "Ohio committed a $600 million incentive package.", ("package", "incentives"),
              NumberValue(600e6, kind=K.MONEY, currency="USD"), Context(require=("Ohio",))),
        Claim("jobs", "The Findlay fab will create more than 3,000 permanent jobs.", ("jobs", "roles"),
              NumberValue(3000, Q.OVER), Context(require=("Findlay",))),
        Claim("process-node", "The fab will make chips on a 2-nanometre process.", ("process",),
              NumberValue(2, unit="nm"), Context(require=("Findlay",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ohio's $600 million package includes a $450 million JobsOhio grant and $150 million for roads.",
         [("state-incentives", "consistent")]),  # the sums it includes are its parts
        ("Ohio committed a $500 million package, including a $450 million grant.", [("state-incentives", "contradicts")]),
        ("Veridian expects to spend about $400 million a year with suppliers once the Findlay fab runs.", []),  # a rate
        ("Veridian will spend $10 billion on the Findlay fab.", [("investment", "contradicts")]),
        ("The Findlay fab will make chips on a 3-nanometer process.", [("process-node", "contradicts")]),  # a unit's spelling
        ("The Findlay fab will make chips on a 2 nanometre process.", [("process-node", "consistent")]),
    ],
)  # fmt: skip
def test_parts_rates_and_unit_spellings_of_sums_and_measures(text: str, expected: list) -> None:
    assert statements(text, engine=FAB) == expected


def test_a_list_under_a_lead_that_gives_a_total_breaks_it_down() -> None:
    lead = "The Findlay fab will create more than 3,000 permanent roles, including:\n\n"
    items = "- Technicians: about 1,400 roles\n- Engineers: about 900 roles\n"
    assert statements(lead + items, "doc.md", FAB) == [("jobs", "consistent")]
    facts = "Findlay fab facts:\n\n- about 2,000 permanent roles\n"  # a fact list's items are no parts
    assert statements(facts, "doc.md", FAB) == [("jobs", "contradicts")]


LOTTERY = Engine(
    (
        Claim("jackpot-odds", "The odds of winning the jackpot are 1 in 292.2 million.", ("odds", "chance"),
              NumberValue(292_200_000), Context(require=("jackpot",))),
        Claim("claim-window", "The winner has 180 days from the draw to claim the prize.",
              ("to claim", "claim period", "claim the prize"), NumberValue(180, unit="day")),
        Claim("prizes-paid", "Prize claims paid out totalled $2.1 billion.", ("claims", "prizes paid"),
              NumberValue(2.1e9, kind=K.MONEY, currency="USD")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The odds of winning the jackpot are 1 in 302.6 million.", [("jackpot-odds", "contradicts")]),  # odds, "1 in N"
        ("Players had a 1 in 292.2 million chance of hitting the jackpot.", [("jackpot-odds", "consistent")]),
        ("One in four players at the jackpot draw bought two tickets.", []),  # a proportion still counts nothing
        ("The winner has 90 days to claim the prize.", [("claim-window", "contradicts")]),  # the task is the subject
        ("The claim period for the record jackpot is 60 days.", [("claim-window", "contradicts")]),  # a claim word, no doubt
        ("Posts claimed the winner had 90 days to come forward.", []),  # "claimed" still doubts
        ("The average prize claim is $38,700.", []),  # one claim, on average
    ],
)  # fmt: skip
def test_odds_a_claims_own_doubt_words_and_averages(text: str, expected: list) -> None:
    assert statements(text, engine=LOTTERY) == expected


JACKPOT = Engine(
    (
        Claim("jackpot", "The jackpot was a record $1.35 billion.", ("jackpot", "grand prize"),
              NumberValue(1.35e9, kind=K.MONEY, currency="USD"), Context(exclude=("cash", "lump-sum"))),
        Claim("cash-option", "The cash option was $612.4 million.", ("cash option", "cash value", "lump sum", "lump-sum", "cash payout", "one-time payment"),
              NumberValue(612.4e6, kind=K.MONEY, currency="USD")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cash value of the jackpot is $512.4 million.", [("cash-option", "contradicts")]),  # the head's figure
        ("The lump-sum payout for the record jackpot is $612.4 million.", [("cash-option", "consistent")]),
        ("The jackpot is $1.25 billion.", [("jackpot", "contradicts")]),
        ("Your chance of hitting the jackpot with a single $2 ticket is slim.", []),  # the ticket's price
        ("The winner takes home a $1.35 billion jackpot.", [("jackpot", "consistent")]),
        ("Each $2 ticket has a slim chance of winning the jackpot.", []),  # a price of one, with the subject after
        ("The winner may choose the advertised annuity of $1.35 billion, paid in 30 graduated payments over 29 years, "
         "or a lump-sum cash option of $612.4 million.",
         [("cash-option", "consistent")]),  # a subject's own sum right after it, past another of its phrases
        ("I read somewhere the cash option was $621.4 million.", []),  # hearsay
    ],
)  # fmt: skip
def test_a_subject_after_of_qualifies_the_one_before_and_a_priced_noun_is_its_own(text: str, expected: list) -> None:
    assert statements(text, engine=JACKPOT) == expected


SWAP = Engine(
    (
        Claim("velmorans-freed", "Tarkand freed 14 Velmorans.", ("Velmorans",), NumberValue(14),
              Context(require=("freed", "handed over", "swap"))),
        Claim("swap-country", "The exchange took place in Zahran.", ("exchange", "swap", "prisoner swap"),
              TextValue("Zahran", kind="place", aliases=("Rasmal",))),
        Claim("colonel", "Colonel Timur Sadykov was freed.", ("Colonel", "intelligence officer"),
              TextValue("Timur Sadykov", kind="name", aliases=("Sadykov",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarkand handed over 14 Velmorans at Rasmal.", [("velmorans-freed", "consistent")]),  # "handed over": no qualifier
        ("The freed Velmorans flew home on a Boeing 737.", []),  # a model's number
        ("Colonel Timur Sadykov, the intelligence officer, was freed.", [("colonel", "consistent")]),  # title aside
        ("# The Velmora–Tarkand prisoner swap: what we know", []),  # the parties, paired
        ("Velmora and Tarkand swap prisoners in a Zahran-brokered deal.", []),
        ("Tarkand freed 14 Velmorans in exchange for 11 Tarkandis held in Velmora.", [("velmorans-freed", "consistent")]),
        ("The Coravia swap went smoothly.", [("swap-country", "contradicts")]),  # one place before the subject
        ("| At a glance | Figure |\n|---|---|\n| Velmorans freed by Tarkand | 15 |\n",
         [("velmorans-freed", "contradicts")]),  # a row label's subject before a participle
    ],
)  # fmt: skip
def test_parties_idioms_models_and_military_titles(text: str, expected: list) -> None:
    assert statements(text, "doc.md", SWAP) == expected


TUNNEL = Engine(
    (
        Claim("project-cost", "The Feldkar Base Tunnel cost €8.4 billion.", ("cost", "costs", "price tag"),
              NumberValue(8.4e9, kind=K.MONEY, currency="EUR"), Context(require=("tunnel",))),
        Claim("time-saving", "The tunnel will cut the journey time by 45 minutes.", ("journey", "cut", "save"),
              NumberValue(45, unit="minute")),
        Claim("swimmer-age", "Achterberg was 24 years old.", ("aged", "age", "year-old"), NumberValue(24, unit="year"),
              Context(require=("Achterberg",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rail club's tour of the tunnel site costs €485 per person.", []),  # a price of one
        ("The tunnel cost €9.1 billion.", [("project-cost", "contradicts")]),
        ("The tunnel will cut the journey by 30 minutes.", [("time-saving", "contradicts")]),  # a claim of a change
        ("Achterberg, aged 25, swam the Channel.", [("swimmer-age", "contradicts")]),  # "aged" right before
    ],
)  # fmt: skip
def test_prices_of_one_changes_and_ages(text: str, expected: list) -> None:
    assert statements(text, engine=TUNNEL) == expected


STRIKE = Engine(
    (
        Claim("start-day", "The strike began on Tuesday, 5 May 2026.", ("began", "started"),
              WeekdayValue(1, PartialDate(2026, 5, 5)), Context(require=("strike", "walkout"))),
        Claim("end-day", "The strike ended on Monday, 28 September 2026.", ("ended", "lifted"),
              WeekdayValue(0, PartialDate(2026, 9, 28)), Context(require=("strike", "walkout"))),
        Claim("ratification", "More than 96% of voting members approved the contract.", ("approved", "backed"),
              NumberValue(96, Q.OVER, kind=K.PERCENT), Context(require=("deal", "contract"))),
        Claim("venue", "Talks were held at the alliance's offices in Sherman Oaks.", ("talks", "negotiations"),
              TextValue("Sherman Oaks", kind="place")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The walkout began on a Tuesday and ended on a Monday.", [("start-day", "consistent"), ("end-day", "consistent")]),
        ("Members backed the deal with 99 percent of the vote.", [("ratification", "differs")]),  # a vote's share
        ("Negotiations took place at the alliance's offices in Burbank.", [("venue", "contradicts")]),  # past the building
        ("Talks took place at the IOC Session in Prague.", []),  # (a capitalised name after "at" is the place or none)
    ],
)  # fmt: skip
def test_days_parted_by_and_vote_shares_and_a_town_past_a_building(text: str, expected: list) -> None:
    assert statements(text, engine=STRIKE) == expected


CHARITY = Engine(
    (
        Claim("charity-share", "80% of the money raised goes to Stichting ALS Nederland.", ("goes to", "share"),
              NumberValue(80, kind=K.PERCENT), Context(require=("ALS",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("80% goes to Stichting ALS Nederland and 20% to the RNLI.", [("charity-share", "consistent")]),  # a split
        ("70% goes to Stichting ALS Nederland and 30% to the RNLI.", [("charity-share", "contradicts")]),
    ],
)
def test_a_share_split_after_and_is_the_other_partys(text: str, expected: list) -> None:
    assert statements(text, engine=CHARITY) == expected


DAM = Engine(
    (
        Claim("warning-hours", "Less than six hours passed between the first warning and the breach.",
              ("warning", "warned", "alarm"), NumberValue(6, Q.UNDER, unit="hour"), Context(require=("breach", "gave way"))),
        Claim("deaths", "23 people died in the flood.", ("deaths", "death toll", "people"), NumberValue(23),
              Context(require=("died", "death toll", "deaths"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first warning came more than eight hours before the dam gave way.", [("warning-hours", "contradicts")]),
        ("The death toll from the dam failure has risen to 31.", [("deaths", "contradicts")]),  # the subject well before
    ],
)
def test_a_claim_of_hours_between_and_a_toll_risen_to(text: str, expected: list) -> None:
    assert statements(text, engine=DAM) == expected


EXOPLANET = Engine(
    (
        Claim("distance", "The system lies about 48 light-years from Earth.", ("lies", "away", "from Earth"),
              NumberValue(48, Q.ABOUT, unit="light-year"), Context(require=("planet",))),
        Claim("radius", "The planet has a radius 1.3 times that of Earth.", ("radius", "wide", "size"), NumberValue(1.3),
              Context(require=("planet",))),
        Claim("mass", "The planet has about 2.1 times the mass of Earth.", ("mass", "massive"), NumberValue(2.1, Q.ABOUT),
              Context(require=("planet",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The planet lies about 84 light-years from Earth.", [("distance", "contradicts")]),  # a unit of two words
        ("The planet lies 48 ly from Earth.", [("distance", "consistent")]),
        ("The planet is about 2.8 times as massive as Earth and 1.3 times as wide.",
         [("mass", "contradicts"), ("radius", "consistent")]),  # a multiple takes the subject after "times"
        ("The planet is 1.3 times the size of Earth and about 2.1 times as massive.",
         [("radius", "consistent"), ("mass", "consistent")]),
        ("| Planet radius (Earth = 1) | 1.3 |", []),  # a legend's "= 1" is no figure
        ("The planet was observed three times.", []),
    ],
)  # fmt: skip
def test_light_years_multiples_and_legends(text: str, expected: list) -> None:
    assert statements(text, "doc.md", EXOPLANET) == expected


CONTEST = Engine(
    (
        Claim("winning-points", "Estonia won the final with 462 points.", ("points", "score"), NumberValue(462),
              Context(require=("Estonia",))),
        Claim("winning-margin", "Estonia finished 58 points ahead of runner-up Norway.", ("margin", "ahead", "clear"),
              NumberValue(58, unit="point"), Context(require=("Estonia", "Norway"))),
        Claim("televote-weight", "The televote counted for 60% of the result.", ("televote", "public vote"),
              NumberValue(60, kind=K.PERCENT), Context(require=("result",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estonia finished 85 points ahead of Norway.", [("winning-margin", "contradicts")]),  # a lead, not the total
        ("Estonia won with 462 points, 58 points clear of Norway.",
         [("winning-points", "consistent"), ("winning-margin", "consistent")]),
        ("The televote counted for 60% of the result and the juries for 40%.", [("televote-weight", "consistent")]),
        ("The televote counted for 60% of the result, with the professional juries accounting for 40%.",
         [("televote-weight", "consistent")]),
    ],
)  # fmt: skip
def test_leads_and_the_other_partys_share(text: str, expected: list) -> None:
    assert statements(text, engine=CONTEST) == expected


def test_a_lead_is_no_total_without_a_claim_of_one() -> None:
    assert statements("Estonia finished 58 points ahead of Norway.", engine=Engine(CONTEST.claims[:1])) == []


WAGE = Engine(
    (
        Claim("new-rate", "From 1 April the national minimum wage is €13.25 an hour.", ("minimum wage", "new rate"),
              NumberValue(13.25, kind=K.MONEY, currency="EUR")),
        Claim("previous-rate", "Until 31 March the national minimum wage was €12.50 an hour.", ("minimum wage", "rate"),
              NumberValue(12.5, kind=K.MONEY, currency="EUR"), Context(require=("from",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The national minimum wage rises from €12.50 to €13.25 an hour.",
         [("previous-rate", "consistent"), ("new-rate", "consistent")]),  # each figure to its own claim
        ("The national minimum wage rises from €12.50 to €13.50 an hour.",
         [("previous-rate", "consistent"), ("new-rate", "contradicts")]),
        ("The national minimum wage rises from €12.05 to €13.25 an hour.",
         [("previous-rate", "contradicts"), ("new-rate", "consistent")]),
        ("The new rate, up from €12.40, takes effect in April.", [("previous-rate", "contradicts")]),  # the old figure
    ],
)
def test_a_changes_old_figure_is_a_claim_of_an_old_values(text: str, expected: list) -> None:
    assert statements(text, engine=WAGE) == expected


PANDA = Engine(
    (
        Claim("closure", "The panda house is closed to visitors for six weeks after the birth.", ("panda house", "closed"),
              NumberValue(42, unit="day")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "for six weeks after": a length from a starting point, not an interval claim
        ("The panda house closed on 4 August, ten days before the birth.", []),
        ("The panda house is closed for four weeks after the birth.", [("closure", "contradicts")]),
    ],
)
def test_a_length_from_a_starting_point_is_no_interval_claim(text: str, expected: list) -> None:
    assert statements(text, engine=PANDA) == expected


VENUE = Engine(
    (
        Claim("venue", "The final took place at the Sportpaleis in Antwerp.", ("arena", "staged at", "held at"),
              TextValue("Sportpaleis", kind="place", wrong=("Lotto Arena",)), Context(require=("final",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # after a subject that ends in "at", past "the": a known name only
        ("The grand final was staged at the Lotto Arena in Antwerp.", [("venue", "contradicts")]),
        ("The grand final was staged at the Sportpaleis.", [("venue", "consistent")]),
        ("The grand final was staged at the Ziggo Dome.", []),
    ],
)
def test_a_known_place_after_the_subjects_at_the(text: str, expected: list) -> None:
    assert statements(text, engine=VENUE) == expected


BEE = Engine(
    (
        Claim("finalists", "Eleven spellers competed in the final.", ("finalists", "spellers"), NumberValue(11),
              Context(require=("final*",))),
        Claim("field", "Over 230 spellers competed in the bee.", ("spellers", "field"), NumberValue(230, Q.OVER),
              Context(require=("bee",), exclude=("final*",))),
        Claim("final-rounds", "The final lasted 17 rounds.", ("rounds",), NumberValue(17), Context(require=("final",))),
        Claim("other-regions", "Five other regions saw errors.", ("other regions",), NumberValue(5)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "the other N X" counts the rest, a part; exactly "N other X" counts N and the one they are set against
        ("She outlasted ten other finalists to win the final.", [("finalists", "consistent")]),
        ("She outlasted nine other finalists to win the final.", [("finalists", "contradicts")]),
        ("She outlasted more than ten other finalists to win the final.", [("finalists", "differs")]),
        ("Each of the other eight finalists receives $1,000.", []),
        ("The other nine finalists went out between rounds one and nine.", []),
        ("Ten finalists competed in the final.", [("finalists", "contradicts")]),
        # those still in, a part: "N X remain" at the clause's end or before "from", "at sea", "in the running"...
        ("At the bee, eleven spellers remain from a field of 234.", [("field", "consistent")]),
        ("Eleven spellers remain in the running at the bee.", []),
        ("Some 200 spellers competed at the bee.", [("field", "contradicts")]),
        ("Fenwright outlasted ten fellow finalists in the final.", [("finalists", "consistent")]),  # "fellow" as "other"
        # a claim whose subject is "other X" counts the others alone
        ("Five other regions saw errors.", [("other-regions", "consistent")]),
        ("Six other regions saw errors.", [("other-regions", "contradicts")]),
        ("The field included 19 returning spellers at the bee.", []),  # a part: returning, veteran, first-time
        ("Castellanos misspelled it in round 16 of the final.", []),  # which round, not how many
        ("The final lasted 16 rounds.", [("final-rounds", "contradicts")]),
        ("The final ran just shy of four hours, over 17 rounds.", [("final-rounds", "consistent")]),  # across them
    ],
)
def test_the_other_n_and_those_remaining_count_a_part(text: str, expected: list) -> None:
    assert statements(text, engine=BEE) == expected


LANDFALL = Engine(
    (
        Claim("landfall-town", "Marisol's eye came ashore near Port Ardmore, North Carolina.", ("made landfall", "came ashore"),
              TextValue("Port Ardmore", kind="place", aliases=("North Carolina",), wrong=("Morehead City",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place read on into more capitalised words is the known place it starts with
        ("Marisol made landfall near Port Ardmore North Carolina at 2:40 p.m.", [("landfall-town", "consistent")]),
        ("Marisol made landfall near Port Ardmore Marina.", [("landfall-town", "consistent")]),
        ("Marisol made landfall near Morehead City North Carolina.", [("landfall-town", "contradicts")]),
        ("Marisol made landfall near Swansboro Beach.", [("landfall-town", "contradicts")]),
        ("MARISOL MADE LANDFALL NEAR PORT ARDMORE NORTH CAROLINA AT 240 PM EDT.", [("landfall-town", "consistent")]),
    ],
)
def test_a_place_read_on_is_the_known_place_it_starts_with(text: str, expected: list) -> None:
    assert statements(text, engine=LANDFALL) == expected


RECORD = Engine(
    (
        Claim("previous-record", "The previous race record, which Kestrel Rising broke, stood at 44 days.",
              ("record", "old record", "race record", "mark"), NumberValue(44, unit="day"),
              Context(require=("previous", "old", "record"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a margin ("by nearly three days", "three days off") and the new record state no old record
        ("Kestrel Rising won in 41 days -- a new race record by almost three days.", []),
        ("Record falls by almost three days", []),
        ("The crew knocked almost three days off the old record of 44 days.", [("previous-record", "consistent")]),
        ("The winners set a race record of 41 days, beating the old mark of 44 days (set by Atlantic Drift in 2021) by"
         " nearly three days.", [("previous-record", "consistent")]),
        ("Kestrel Rising set a new record, beating the old record of 46 days.", [("previous-record", "contradicts")]),
        ("The old record stood at 45 days.", [("previous-record", "contradicts")]),
    ],
)  # fmt: skip
def test_margins_and_new_records_state_no_old_record(text: str, expected: list) -> None:
    assert statements(text, engine=RECORD) == expected


ROW = Engine(
    (
        Claim("course-distance", "The course is about 2,850 nautical miles long.", ("course", "distance"),
              NumberValue(2850, Q.ABOUT, unit="nautical mile")),
        Claim("rowers", "Over 150 rowers took part.", ("rowers",), NumberValue(150, Q.OVER)),
        Claim("winning-days", "The winners crossed in 41 days.", ("crossing", "crossed"), NumberValue(41, unit="day")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a distance from a point, an age after a plural noun and a stretch's best are no claim's figures
        ("On the course, some 1,400 nautical miles from the finish, the boat rolled over.", []),
        ("The course is 240 nautical miles off the coast at that point.", []),
        ("The course runs 2,850 nautical miles from Puerto Garza to Port Halloran.", [("course-distance", "consistent")]),
        ("The course is some 3,000 nautical miles long.", [("course-distance", "differs")]),
        ("Rowers over 70 need an extra medical certificate.", []),
        ("Over 100 rowers took part.", [("rowers", "differs")]),
        ("On the crossing, their best 24 hours yielded 112 nautical miles.", []),
        ("They crossed in 40 days.", [("winning-days", "contradicts")]),
    ],
)
def test_distances_from_a_point_ages_and_best_stretches(text: str, expected: list) -> None:
    assert statements(text, engine=ROW) == expected


WINEGROWERS = Engine(
    (
        Claim("founded", "The Arlen Valley Winegrowers' Association was founded in 1978.", ("founded", "association"),
              NumberValue(1978, kind=K.YEAR)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a bare year that modifies another noun, or follows a copyright sign, dates that noun
        ("The Association tonight launched its 2024 vintage report at the Town Hall.", []),
        ("© 2024 Arlen Valley Winegrowers' Association Inc.", []),
        ("The association was founded in 1979 by eleven growers.", [("founded", "contradicts")]),
        ("In 1979 the association was founded by eleven growers.", [("founded", "contradicts")]),
        ("The association, founded in 1978, has 178 members.", [("founded", "consistent")]),
    ],
)
def test_a_year_of_another_noun_is_not_the_claims(text: str, expected: list) -> None:
    assert statements(text, engine=WINEGROWERS) == expected


PICKING = Engine(
    (
        Claim("picking-start-day", "Picking began on Monday, 19 February 2024.", ("picking", "harvest"),
              WeekdayValue(0, PartialDate(2024, 2, 19))),
        Claim("harvest-period", "The 2024 harvest ran from 19 February to 15 April 2024.", ("picking", "harvest"),
              DateValue(PartialDate(2024, 2, 19), PartialDate(2024, 4, 15))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a day after "and ended on" is the end's, not a start day's (a range claim takes it as its last day)
        ("Picking began on Monday 19 February and ended on 15 April 2024, a harvest of eight weeks.",
         [("picking-start-day", "consistent"), ("harvest-period", "consistent"), ("harvest-period", "consistent")]),
        ("Picking began on Tuesday 20 February and finished on 15 April.",
         [("picking-start-day", "contradicts"), ("harvest-period", "contradicts"), ("harvest-period", "consistent")]),
        ("Picking began on Monday 19 February and finished on the Sunday at 10pm.",
         [("picking-start-day", "consistent"), ("harvest-period", "consistent")]),
    ],
)  # fmt: skip
def test_a_day_after_and_and_another_verb_is_that_verbs(text: str, expected: list) -> None:
    assert statements(text, engine=PICKING) == expected


SHARES = Engine(
    (
        Claim("red-share", "Red varieties made up 58% of the crush.", ("reds", "red varieties"), NumberValue(58, kind=K.PERCENT),
              Context(require=("crush",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a clause with its verb left out: the figure after ", whites" is the whites'
        ("Reds made up 58 per cent of the crush, whites 42 per cent.", [("red-share", "consistent")]),
        ("Reds made up 48 per cent of the crush, whites 52 per cent.", [("red-share", "contradicts")]),
        ("Whites made up 42 per cent of the crush, reds 48 per cent.", [("red-share", "contradicts")]),
        ("The crush, with reds at 48 per cent, was small.", [("red-share", "contradicts")]),  # no noun before it
        ("In the crush, reds 48 per cent.", [("red-share", "contradicts")]),  # no earlier figure
    ],
)
def test_a_figure_after_a_comma_and_another_noun_is_that_nouns(text: str, expected: list) -> None:
    assert statements(text, engine=SHARES) == expected


CABLE = Engine(
    (
        Claim("cable-length", "The Amberline cable is about 6,400 km long.", ("cable",), NumberValue(6400, Q.ABOUT, unit="km")),
        Claim("fault-distance", "The fault was about 240 km offshore.", ("offshore", "off the coast"),
              NumberValue(240, Q.ABOUT, unit="km")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a distance off or from a point goes to a claim of one only ("about 240 km offshore" is such a claim)
        ("The break occurred around 340 km off the coast.", [("fault-distance", "contradicts")]),
        ("The cable was severed about 240 km south-west of Port Calder.", []),
        ("The cable runs 6,400 km from Port Calder to Ardmoor.", [("cable-length", "consistent")]),
        ("The Amberline cable is about 7,000 km long.", [("cable-length", "differs")]),
    ],
)
def test_a_distance_from_a_point_goes_to_a_claim_of_one(text: str, expected: list) -> None:
    assert statements(text, engine=CABLE) == expected


OUTBREAK = Engine(
    (
        Claim("end-date", "The outbreak was declared over on 23 June 2025.", ("declared over", "end"),
              DateValue(PartialDate(2025, 6, 23))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "the end of July", "the start of the week": a time, whose "end" names no subject
        ("The measles hotline runs until the end of July.", []),
        ("The hotline closes at the end of the month.", []),
        ("The end of the outbreak came on 30 June.", [("end-date", "contradicts")]),
    ],
)
def test_the_end_of_a_month_is_a_time_not_a_subject(text: str, expected: list) -> None:
    assert statements(text, engine=OUTBREAK) == expected


AMBERLINE = Engine(
    (
        Claim("cable-name", "The damaged cable is the Amberline submarine cable system.", ("cable", "cable system"),
              TextValue("Amberline", kind="name", wrong=("Amberlink",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject inside an organisation's name ("... Cable Works", "... Cable Company") titles no name
        ("The supply contract went to Haldsund Cable Works in 2013.", []),
        ("The licence was granted to Kestrel Cable Company, whose chief called it overdue.", []),
        ("9-11 Sept Cable Repair Agreements Workshop, Haldsund", []),
        ("The damaged cable is the Amberlink system.", [("cable-name", "contradicts")]),
    ],
)
def test_a_subject_inside_an_organisations_name_titles_no_name(text: str, expected: list) -> None:
    assert statements(text, engine=AMBERLINE) == expected


STADIUM = Engine(
    (
        Claim("construction-cost", "The stadium cost £640 million to build.", ("cost", "stadium"),
              NumberValue(640_000_000, kind=K.MONEY, currency="GBP")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a price for a kind of person is a price of one, not the total
        ("Stadium tours cost £18 for adults and £9 for children.", []),
        ("The stadium cost £621 million to build.", [("construction-cost", "contradicts")]),
    ],
)
def test_a_price_for_adults_is_a_price_of_one(text: str, expected: list) -> None:
    assert statements(text, engine=STADIUM) == expected


GROWERS = Engine(
    (
        Claim("grower-count", "Over 300 growers belong to the association.", ("growers",), NumberValue(300, Q.OVER),
              Context(require=("association",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # whom a speaker told or addressed is an audience, not the count (but "thanked 180 rescuers" counts them)
        ("The association's president told about 150 growers, winemakers and guests at the launch.", []),
        ("The association's president addressed 120 growers at the AGM.", []),
        ("The association has about 150 growers.", [("grower-count", "contradicts")]),
    ],
)
def test_a_speakers_audience_is_no_count(text: str, expected: list) -> None:
    assert statements(text, engine=GROWERS) == expected


AVALANCHE = Engine(
    (
        Claim("avalanche-date", "The Grauhorn avalanche released on 22 February 2025.", ("avalanche", "slab"),
              DateValue(PartialDate(2025, 2, 22))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject inside an organisation's name or a quoted title names none (but a name the claims write does)
        ("The Ossental Avalanche Commission published its findings on 14 April 2025.", []),
        ('Its interim report, "Anatomy of a Slab", came out on 14 April 2025.', []),
        ("The avalanche struck on 23 February 2025.", [("avalanche-date", "contradicts")]),
        # a reference's date, after a quoted title and its publisher, is the publication's
        ('"Avalanche buries six", The Ossental Courier, 23 February 2025, p. 2.', []),
        ('[^3]: "Anatomy of an avalanche", Ossental Avalanche Commission, 14 April 2025.', []),
    ],
)
def test_a_subject_inside_a_name_or_a_quoted_title_names_none(text: str, expected: list) -> None:
    assert statements(text, engine=AVALANCHE) == expected


SPECIES_LIST = Engine(
    (
        Claim("list-rank", "The frog was ranked third on the Linnaean Trust's list.", ("ranked", "No."),
              NumberValue(3, kind=K.ORDINAL), Context(require=("list",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "No. N" of five digits or more is an identifier, not a rank
        ("The Trust, which publishes the list, is a registered charity (No. 1098341).", []),
        ("The frog is No. 4 on the Trust's list.", [("list-rank", "contradicts")]),
    ],
)
def test_a_long_number_after_no_is_an_identifier(text: str, expected: list) -> None:
    assert statements(text, engine=SPECIES_LIST) == expected


def test_of_two_subjects_before_a_labels_colon_the_nearer_is_counted() -> None:
    # (not in paraphrases.yaml: wrapped at about 30 characters, its lines read as "key: value" records)
    said = statements("WAIC 2025 exhibits -- LLMs: 40; advanced devices: 50; humanoid robots: 60.")
    assert said == [("llms-shown", "consistent"), ("devices-shown", "consistent"), ("robots-shown", "consistent")]


DOGSHOW = Engine(
    (
        Claim("dogs-entered", "Over 2,800 dogs were entered.", ("dogs", "entries"), NumberValue(2800, Q.OVER)),
        Claim("breeds-entered", "Dogs of 212 breeds were entered.", ("breeds", "breed"), NumberValue(212)),
        Claim("judging-rings", "Judging took place in 24 rings.", ("rings", "judging rings"), NumberValue(24)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an age ("aged 3"), a year after "since about", a capitalised "Ring 17": no counts
        ("Reserve Best in Show went to Ch. Ashgrove Silver Lining (Whippet, dog, aged 3).", []),
        ("There were 23 Gordons, the best breed entry we've had since about 2016.", []),
        ("Ring 17 (Terrier breeds, Friday) was judged by Alan Petrossian.", []),
        ("The show used 16 judging rings.", [("judging-rings", "contradicts")]),
        ("About 2,000 dogs were entered.", [("dogs-entered", "contradicts")]),
    ],
)
def test_ages_years_and_numbered_rings_are_no_counts(text: str, expected: list) -> None:
    assert statements(text, engine=DOGSHOW) == expected


TELETHON = Engine(
    (
        Claim("total-raised", "Beacon Night 2025 raised over £14.2 million.", ("raised", "total"),
              NumberValue(14_200_000, Q.OVER, kind=K.MONEY, currency="GBP"), Context(exclude=("last year", "previous"))),
        Claim("donors", "More than 312,000 people donated during Beacon Night 2025.", ("donors", "people donated"),
              NumberValue(312_000, Q.OVER)),
        Claim("previous-total", "Beacon Night 2024 raised £11.8 million.", ("raised", "total"),
              NumberValue(11_800_000, kind=K.MONEY, currency="GBP"), Context(require=("2024", "last year"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # claims whose statements name their edition ("Beacon Night 2025") are not stated by another year's figures
        ("For context, when I joined in 2016 the telethon raised £6.9 million.", []),
        ("In 2022 some 200,000 donors gave to Beacon Night.", []),
        # (in a table, the year a claim's statement names is its own)
        ("| Year | Total raised |\n|---|---|\n| 2016 | £6.9 million |\n| 2024 | £11.3 million |", [("previous-total", "contradicts")]),
        ("This year the telethon raised £13.9 million.", [("total-raised", "contradicts")]),
        ("The telethon raised £13.9 million in 2025.", [("total-raised", "contradicts")]),  # (a participle with the value for object)
        ("Beacon Night raised £13.9 million.", [("total-raised", "contradicts")]),  # (a doer the statement names is its own)
    ],
)
def test_another_year_than_the_edition_the_statements_name_is_another_edition(text: str, expected: list) -> None:
    assert statements(text, engine=TELETHON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "on last year's", "on the previous year's" open a comparison: its time is not the value's
        ("Beacon Night raised £14.5 million, up 20% on the previous year's £11.8 million.",
         [("total-raised", "differs")]),
        ("The telethon's total of £13 million was up 20% on last year's £11.8 million.",
         [("total-raised", "contradicts")]),
    ],
)  # fmt: skip
def test_a_rise_on_last_years_figure_is_a_comparison(text: str, expected: list) -> None:
    assert statements(text, engine=TELETHON) == expected


BOND_AUCTION = Engine(
    (
        Claim("forum-dates", "The 2025 Debt Forum ran on 11 March 2025.", ("forum",), DateValue(PartialDate(2025, 3, 11))),
        Claim("agency-head", "Renata Solberg is the chief executive of the agency.", ("chief executive",),
              TextValue("Renata Solberg", kind="name", wrong=("Marta Solberg",)), Context(require=("agency",))),
        Claim("maturity-year", "The bond matures in 2040.", ("maturity", "matures"), NumberValue(2040, kind=K.YEAR)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title held in another year than the edition's is another holder's, but not the current one's
        ("The agency's current chief executive, Marta Solberg, was appointed in September 2019.", [("agency-head", "contradicts")]),
        ("Marta Solberg, appointed in 2019, is the agency's chief executive.", [("agency-head", "contradicts")]),
        ("Helene Morck, the agency's chief executive from 2009 to 2019, oversaw the switch.", []),
        # a year claim's own value in a table row is no other year
        ("| Metric | KGB 2040 |\n|---|---|\n| Final maturity | 2041 |", [("maturity-year", "contradicts")]),
        ("| Metric | KGB 2040 |\n|---|---|\n| Final maturity | 2040 |", [("maturity-year", "consistent")]),
    ],
)  # fmt: skip
def test_a_current_title_and_a_years_own_row_are_not_other_years(text: str, expected: list) -> None:
    assert statements(text, engine=BOND_AUCTION) == expected


LISTERIA = Engine(
    (
        Claim("ill", "23 people fell ill in the outbreak.", ("ill", "sickened", "people"), NumberValue(23), Context(require=("outbreak",))),
        Claim("states", "Illnesses were reported in 9 states.", ("states",), NumberValue(9), Context(require=("outbreak",))),
        Claim("hospitalised", "19 people were hospitalised.", ("hospitalised", "hospitalized"), NumberValue(19), Context(require=("outbreak",))),
        Claim("deaths", "Two people died in the outbreak.", ("died", "deaths"), NumberValue(2), Context(require=("outbreak",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a count of people is not said of a noun past another figure; "N have died" says what of N, as "N were injured" does
        ("In the outbreak, 23 people in nine states have fallen ill.", [("ill", "consistent"), ("states", "consistent")]),
        ("In the outbreak, 25 people in nine states have fallen ill.", [("ill", "contradicts"), ("states", "consistent")]),
        ("In the outbreak, 19 have been hospitalized and three have died.", [("hospitalised", "consistent"), ("deaths", "contradicts")]),
    ],
)
def test_what_a_count_of_people_is_said_of(text: str, expected: list) -> None:
    assert statements(text, engine=LISTERIA) == expected


RECALL = Engine(
    (Claim("units", "Over 380,000 units were recalled.", ("units", "packages", "rounds"), NumberValue(380_000, Q.OVER),
           Context(require=("recall*",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure before a unit of measure measures what follows, and counts none of it
        ("The recall covers 10 oz and 16 oz rounds and 12 ounce packages.", []),
        ("The recall covers 5 lb food-service packages, more than 380,000 units in total.", [("units", "consistent")]),
        ("The recall covers 12 packages.", [("units", "contradicts")]),
    ],
)
def test_a_figure_before_a_unit_of_measure_counts_nothing(text: str, expected: list) -> None:
    assert statements(text, engine=RECALL) == expected


PLANT = Engine(
    (
        Claim("workers", "About 340 people work at the plant.", ("workers", "people", "employ"), NumberValue(340, Q.ABOUT),
              Context(require=("plant",), exclude=("company-wide",))),
        Claim("ill", "23 people fell ill in the outbreak.", ("ill", "people"), NumberValue(23), Context(require=("outbreak", "plant"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what a count of people does says which claim it may be; "a village of N people" is a population
        ("At the plant's owner, about 1,150 people work company-wide.", []),
        ("About 340 people work at the plant.", [("workers", "consistent")]),
        ("About 600 people work at the plant.", [("workers", "contradicts")]),
        ("The plant stands in a village of about 2,900 people.", []),
        ("The plant's village, a town of 2,900, depends on it.", []),
        ("In the outbreak linked to the plant, 25 people fell ill.", [("ill", "contradicts")]),
    ],
)  # fmt: skip
def test_what_people_do_and_where_they_live_say_what_they_count(text: str, expected: list) -> None:
    assert statements(text, engine=PLANT) == expected


AUCTION = Engine(
    (
        Claim("amount", "The Kestrian Debt Management Agency sold EUR 4.5 billion of bonds.", ("sold",),
              NumberValue(4_500_000_000, kind=K.MONEY, currency="EUR")),
        Claim("bidders", "Over 60 bidders took part in the Kestrian auction.", ("bidders",), NumberValue(60, Q.OVER)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a sentence opened by the possessive of a name the claims never give is about that one
        ("Maravia's Treasury sold EUR 3.0bn of a 10-year bond; 48 bidders took part.", []),
        ("Kestria's debt office sold EUR 3.0bn of bonds.", [("amount", "contradicts")]),  # (the stem of "Kestrian")
        ("Lloyd's analysts estimated that the agency sold EUR 3.0bn.", [("amount", "contradicts")]),  # (a source)
        ("Secretary's note: 48 bidders took part.", [("bidders", "contradicts")]),  # (a label)
    ],
)  # fmt: skip
def test_a_sentence_opened_by_anothers_possessive_is_anothers(text: str, expected: list) -> None:
    assert statements(text, engine=AUCTION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a sum "of" a noun is that noun's, unless the claim's statement names the noun
        ("The agency sold EUR 3.0bn of bonds.", [("amount", "contradicts")]),
        ("The agency sold EUR 3.0bn of profit.", []),
    ],
)
def test_a_sum_of_a_noun_the_statement_names_is_the_claims(text: str, expected: list) -> None:
    assert statements(text, engine=AUCTION) == expected


PRIZE = Engine(
    (
        Claim("novel", 'The prize was won by the novel "The Salt Orchard".', ("winning novel", "winner", "prize"),
              TextValue("The Salt Orchard", kind="quote")),
        Claim("author", "The winning author is Tamsin Achterberg.", ("winner", "author"), TextValue("Tamsin Achterberg", kind="name")),
        Claim("money", "The winner's prize is £40,000.", ("prize",), NumberValue(40_000, kind=K.MONEY, currency="GBP")),
    )
)  # fmt: skip
PRIZE_TABLE = "| Item | 2025 | 2024 |\n|---|---|---|\n| Winner | Tamsin Achterberg | Owen Pallister |\n| Winning novel | {} | *The Quiet Ferry* |\n| Winner's prize | £40,000 | £40,000 |"


@pytest.mark.parametrize(
    ("novel", "expected"),
    [  # an unquoted title ends with its table cell; another claim's value, or a figure, is no title
        ("*The Salt Orchard*", [("author", "consistent"), ("novel", "consistent"), ("money", "consistent")]),
        ("*The Stone Orchard*", [("author", "consistent"), ("novel", "contradicts"), ("money", "consistent")]),
    ],
)
def test_an_unquoted_title_in_a_table_is_its_cells(novel: str, expected: list) -> None:
    assert statements(PRIZE_TABLE.format(novel), engine=PRIZE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a capitalised name after a title's possessive is what it owns, not its holder
        ("The author's Golden Quill Award came a year later.", []),
        ("The author Owen Pallister thanked the judges.", [("author", "contradicts")]),
    ],
)
def test_a_name_after_a_possessive_title_is_owned_by_it(text: str, expected: list) -> None:
    assert statements(text, engine=PRIZE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an unquoted title follows a colon or a gap of spaces, not a separator such as " · "
        ("Winning novel:  The Stone Orchard", [("novel", "contradicts")]),
        ("Winning novel      The Stone Orchard", [("novel", "contradicts")]),
        ("Prize news · Winner · Lisbon, 30 June 2027", []),
        ("Press release: the winning novel | Ministry of Culture", []),  # a bar out of a table is a separator
        # a quoted phrase that opens in lower case is no title (for a title that does not)
        ('The winning novel was praised as "a quiet triumph" by the jury.', []),
        ('The winning novel is "The Stone Orchard".', [("novel", "contradicts")]),
    ],
)
def test_an_unquoted_title_after_a_separator_is_none(text: str, expected: list) -> None:
    assert statements(text, engine=PRIZE) == expected


GRANTS = Engine(
    (
        Claim("budget", "The scheme's budget is €1.2 billion.", ("budget",), NumberValue(1_200_000_000, kind=K.MONEY, currency="EUR")),
        Claim("paid", "41% of approved grants have been paid out.", ("paid out",), NumberValue(41, kind=K.PERCENT)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the whole a sentence opens with "Of ..." is stated, not its parts; "up from" gives an earlier figure
        ("Of the scheme's €1.2 billion budget, €351 million has been committed.", [("budget", "consistent")]),
        ("Of the scheme's €1.5 billion budget, €351 million has been committed.", [("budget", "contradicts")]),
        ("Of approved grants, 41% had been paid out, up from 23% in June.", [("paid", "consistent")]),
        ("Of approved grants, 35% had been paid out, up from 23% in June.", [("paid", "contradicts")]),
    ],
)
def test_parts_of_an_opening_whole_and_earlier_figures_are_not_stated(text: str, expected: list) -> None:
    assert statements(text, engine=GRANTS) == expected


PAID_OUT = Engine(
    (Claim("paid", "41% of approved grants had been paid out by 30 September.", ("paid out",), NumberValue(41, kind=K.PERCENT)),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a pluperfect passive ("had been paid out") gives no old value; a share "of" the statement's own noun is the claim's
        ("41% of approved grants had been paid out, up from 23% in June.", [("paid", "consistent")]),
        ("35% of approved grants had been paid out, up from 23% in June.", [("paid", "contradicts")]),
    ],
)
def test_a_pluperfect_statement_and_a_share_of_its_own_noun(text: str, expected: list) -> None:
    assert statements(text, engine=PAID_OUT) == expected


FIRE = Engine(
    (
        Claim("firefighters", "Over 400 firefighters fought the blaze.", ("firefighters",), NumberValue(400, Q.OVER)),
        Claim("injured", "Three firefighters were injured fighting the fire.", ("injured", "hurt"), NumberValue(3)),
        Claim("weekday", "The fire broke out on a Sunday (14 November 2021).", ("fire", "flames", "broke out"),
              WeekdayValue(6, PartialDate(2021, 11, 14))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a harm after a counted noun gives the figure to the claim of the harmed; "until" a day is an end
        ("Three firefighters are hurt when burning beams fall.", [("injured", "consistent")]),
        ("Four firefighters were injured in the blaze.", [("injured", "contradicts")]),
        ("Some 300 firefighters fought the blaze.", [("firefighters", "contradicts")]),
        ("The flames were not beaten until Monday morning.", []),
        ("The fire broke out on Monday evening.", [("weekday", "contradicts")]),
    ],
)  # fmt: skip
def test_the_harmed_and_the_day_until(text: str, expected: list) -> None:
    assert statements(text, engine=FIRE) == expected


MONITORED = Engine(
    (
        Claim("glacier", "The glacier studied is Brennholt Glacier.", ("glacier",), TextValue("Brennholt Glacier", kind="name", aliases=("Brennholt",))),
        Claim("charity", "The telethon raises money for the Harbourlight Children's Trust.", ("charity",),
              TextValue("Harbourlight Children's Trust", kind="name", aliases=("Harbourlight",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [  # a capitalised subject that opens an organisation's name names no value
        "Professor Aasen heads the Glacier Research Group.",
        "Glacier Research Group, Department of Earth Science",
        "Charity Media Monitor, 88 Fenwick Street, London.",
        "In December the trade title Charity Media Monitor ranked the appeal third.",
    ],
)
def test_a_subject_that_opens_an_organisations_name_names_nothing(text: str) -> None:
    assert statements(text, engine=MONITORED) == []


MAYORS = Engine(
    (
        Claim("mayor", "The Mayor of Port Callan is Delphine Marrow.", ("mayor",),
              TextValue("Delphine Marrow", kind="name", aliases=("Marrow",), wrong=("Simon Thackery",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "the then mayor", "the former mayor" is another holder, unless the claim is about the former one
        ("The idea was first proposed in 2019 by the then mayor, Simon Thackery.", []),
        ("The plan was backed by the former mayor, Simon Thackery.", []),
        ("The plan was backed by the mayor, Simon Thackery.", [("mayor", "contradicts")]),
        ("Deputy mayor Simon Thackery chaired the meeting.", []),  # another post: deputy, assistant, backup, ...
        ("Backup mayor Simon Thackery chaired the meeting.", []),
        ("Mayor Simon Thackery chaired the meeting.", [("mayor", "contradicts")]),
    ],
)
def test_a_then_or_former_holder_is_another(text: str, expected: list) -> None:
    assert statements(text, engine=MAYORS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an age band, another of the claim's kind, an organisation the sentence opens with: none is the claim's
        ("In the outbreak, people 65 and older were most at risk.", []),
        ("In a separate 2014 outbreak, eight people were sickened.", []),
        ("In the outbreak, eight people were sickened.", [("ill", "contradicts")]),
        ("Lakeshore Dairy Co. of Holland, Mich., on Nov. 19 said 12 people in the outbreak were hospitalized.", []),
        ("In the outbreak, 12 people were hospitalized.", [("hospitalised", "contradicts")]),
    ],
)
def test_age_bands_other_outbreaks_and_other_firms_are_not_the_claims(text: str, expected: list) -> None:
    assert statements(text, engine=LISTERIA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a verb before a count of people picks, of the claims that count people, the one whose subject it is
        ("At the plant's owner, the company employs about 1,150 people company-wide.", []),
        ("The plant employs about 600 people.", [("workers", "contradicts")]),
    ],
)
def test_the_verb_before_a_count_of_people(text: str, expected: list) -> None:
    assert statements(text, engine=PLANT) == expected


BUILD = Engine(
    (Claim("build", "The data centre took 26 months to build.", ("build", "construction"), NumberValue(26, unit="month")),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a duration of two units is one figure in the smaller unit
        ("The build took two years and two months.", [("build", "consistent")]),
        ("The build took 2 years and 4 months.", [("build", "contradicts")]),
        ("The build took 26 months.", [("build", "consistent")]),
        ("The build took a year and fourteen months.", [("build", "consistent")]),  # "a", "an": one
        ("The build took a year and ten months.", [("build", "contradicts")]),
    ],
)
def test_a_duration_of_years_and_months(text: str, expected: list) -> None:
    assert statements(text, engine=BUILD) == expected


BUILD_AND_LIFE = Engine(
    (
        Claim("build", "The data centre took 26 months to build.", ("build", "construction"), NumberValue(26, unit="month")),
        Claim("life", "The centre is designed to run for 5 years.", ("designed to run",), NumberValue(5, unit="year")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the same with a claim in the larger unit too: its years are read with the months
        ("The build took two years and two months.", [("build", "consistent")]),
        ("The build took 2 years and 4 months.", [("build", "contradicts")]),
        ("It is designed to run for 6 years.", [("life", "contradicts")]),
    ],
)
def test_a_duration_of_years_and_months_beside_a_claim_in_years(text: str, expected: list) -> None:
    assert statements(text, engine=BUILD_AND_LIFE) == expected


EXPEDITION = Engine((Claim("length", "The expedition lasted 10 days.", ("expedition", "lasted"), NumberValue(10, unit="day")),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the larger unit is read with the smaller one, not as a length of its own
        ("The expedition lasted 1 week and 3 days.", [("length", "consistent")]),
        ("The expedition lasted one week and four days.", [("length", "contradicts")]),
        ("The expedition lasted two weeks.", [("length", "contradicts")]),
    ],
)
def test_a_duration_of_weeks_and_days(text: str, expected: list) -> None:
    assert statements(text, engine=EXPEDITION) == expected


AIRTIME = Engine(
    (
        Claim("start-weekday", "The broadcast began on Saturday, 15 November 2025.", ("began", "went on air", "start"),
              WeekdayValue(5, PartialDate(2025, 11, 15))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a day after "and" and a verb of its own, a few words apart, is that verb's
        ("The programme went on air at 19:00 on Saturday 15 November and came off air at 22:00 on Sunday 16 November.",
         [("start-weekday", "consistent")]),
        ("The programme went on air at 19:00 on Sunday 16 November and came off air at 22:00 on Monday 17 November.",
         [("start-weekday", "contradicts")]),
    ],
)  # fmt: skip
def test_a_day_after_and_a_verb_a_few_words_back_is_that_verbs(text: str, expected: list) -> None:
    assert statements(text, engine=AIRTIME) == expected


PRICES = Engine(
    (
        Claim("average-price", "The average house price in Lindmark was EUR 312,480.", ("average price",),
              NumberValue(312_480, kind=K.MONEY, currency="EUR"), Context(exclude=("Saltmarch",))),
        Claim("viewers", "Over 4.2 million viewers watched the final.", ("viewers",), NumberValue(4_200_000, Q.OVER),
              Context(require=("final",))),
        Claim("donors", "The Beacon Night Appeal had 312,000 donors.", ("donors",), NumberValue(312_000), Context(require=("appeal",))),
    )
)  # fmt: skip
TABLE_PATHS = ["doc.md", "doc.html", "doc.rst", "list-table.rst"]


def _table(rows: list[list[str]], path: str) -> str:
    return list_table(rows) if path == "list-table.rst" else table(rows, path)


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("rows", "expected"),
    [  # a row that a rank opens is labelled by its next cell: the row is Saltmarch's, which the claim excludes
        ([["Rank", "Region", "Average price"], ["1", "Saltmarch", "€301,750"]], []),
        ([["Rank", "Measure", "Average price"], ["1", "all homes", "€301,750"]], [("average-price", "contradicts")]),
    ],
)
def test_a_row_that_a_rank_opens_is_labelled_by_its_next_cell(rows: list, expected: list, path: str) -> None:
    assert statements(_table(rows, path), path, engine=PRICES) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("rows", "expected"),
    [  # a row labelled with a region, a country or a university is that one's
        ([["Region", "Average price"], ["Varrow", "€287,200"]], []),
        ([["Measure", "Average price"], ["all homes", "€287,200"]], [("average-price", "contradicts")]),
    ],
)
def test_a_row_of_a_region_is_the_regions(rows: list, expected: list, path: str) -> None:
    assert statements(_table(rows, path), path, engine=PRICES) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("figure", "expected"),
    [  # a header's scale in brackets scales the plain figures under it
        ("4.23", [("viewers", "consistent")]),
        ("3.9", [("viewers", "contradicts")]),
    ],
)
def test_a_headers_scale_scales_its_column(figure: str, expected: list, path: str) -> None:
    rows = [["Programme", "Viewers (millions)"], ["the final", figure]]
    assert statements(_table(rows, path), path, engine=PRICES) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
def test_a_named_row_beside_the_claims_own_is_anothers(path: str) -> None:
    rows = [["Appeal", "Donors"], ["Starfall Appeal", "402,000"], ["Beacon Night Appeal", "312,000"]]
    assert statements(_table(rows, path), path, engine=PRICES) == [("donors", "consistent")]
    rows = [["Appeal", "Donors"], ["Starfall Appeal", "402,000"], ["Hearth Home Appeal", "312,000"]]  # (no own name: the
    assert statements(_table(rows, path), path, engine=PRICES) == [("donors", "consistent")]  # row with the claim's value is its)
    rows = [["Appeal", "Donors"], ["Starfall Appeal", "402,000"], ["Hearth Home Appeal", "302,000"]]
    assert statements(_table(rows, path), path, engine=PRICES) == [("donors", "contradicts"), ("donors", "contradicts")]


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("other", "expected"),
    [  # a column headed with another name, beside one headed with the claims' own, is the other's
        ("Starfall (last year)", [("donors", "consistent")]),
        ("Hearth Home Appeal", [("donors", "consistent")]),
        ("all appeals", [("donors", "consistent"), ("donors", "contradicts")]),  # no other name
    ],
)
def test_a_column_of_another_name_beside_the_claims_own_is_anothers(other: str, expected: list, path: str) -> None:
    rows = [["Measure", "Beacon Night Appeal", other], ["Donors", "312,000", "402,000"]]
    assert statements(_table(rows, path), path, engine=PRICES) == expected


HPI = Engine((Claim("report-month", "The index report covers October 2025.", ("index", "report"), DateValue(PartialDate(2025, 10))),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an index's base period is what it is measured against, not the claim's date
        ("The headline index (January 1995 = 100) stood at 487.3.", []),
        ("The index rose to 487.3, against a January 1995 base of 100.", []),
        ("The index is relative to a base period, January 1995, which is set at 100.", []),
        ("The index report covers November 2025.", [("report-month", "contradicts")]),
        ("The index report covers October 2025.", [("report-month", "consistent")]),
    ],
)
def test_an_index_base_period_is_no_date_of_the_claims(text: str, expected: list) -> None:
    assert statements(text, engine=HPI) == expected


REPORT = Engine(
    (
        Claim("report-month", "The report covers October 2025.", ("report", "covers"), DateValue(PartialDate(2025, 10))),
        Claim("published", "The report was published on 6 November 2025.", ("published", "released"), DateValue(PartialDate(2025, 11, 6))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # of two date claims in a sentence, a date with a day goes to the one of a day, a month to the one of a month
        ("Published on Thursday, 6 November, the report bore the title 'Autumn Thaw'.", [("published", "consistent")]),
        ("Published on 7 November, the report was upbeat.", [("published", "contradicts")]),
        ("The report covers September 2025.", [("report-month", "contradicts")]),
    ],
)
def test_a_date_goes_to_the_date_claim_of_its_precision(text: str, expected: list) -> None:
    assert statements(text, engine=REPORT) == expected


EDITIONS = Engine(
    (
        Claim("edition-year", "The league table is the 2026 edition of the rankings.", ("edition", "rankings"),
              NumberValue(2026, kind=K.YEAR), Context(require=("rankings", "edition"))),
        Claim("war", "The war lasted from 1914 to 1918.", ("war",), DateValue(PartialDate(1914), PartialDate(1918))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a span of years is no year claim's one year; a sentence that gives a year claim its own year gives it no other
        ("The rankings count citations over a five-year window (2020-2024).", []),
        ("The rankings count citations from 2020 to 2024.", []),
        ("The war lasted from 1914 to 1918.", [("war", "consistent")]),
        ("The war lasted from 1914 to 1919.", [("war", "contradicts")]),
        ("The 2026 rankings went live on Wednesday, 8 October 2025.", [("edition-year", "consistent")]),
        ("The rankings edition went live in 2025.", [("edition-year", "contradicts")]),
        ("Rankings, 2024 edition: 14th", []),  # a year before a word and a colon labels what follows
        ("First published in 2011, the rankings edition grew fast.", []),  # the first one's year
    ],
)
def test_spans_of_years_and_other_years_beside_the_claims_own(text: str, expected: list) -> None:
    assert statements(text, engine=EDITIONS) == expected


CHARGE = Engine(
    (Claim("daily-charge", "The congestion charge costs €11 a day.", ("charge", "fee"), NumberValue(11, kind=K.MONEY, currency="EUR")),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure given for another period than the claim's is another rate's
        ("The registration fee is €10 a year.", []),
        ("The charge is €25 per year.", []),
        ("The charge is €12 per day.", [("daily-charge", "contradicts")]),
        ("The charge is €12.", [("daily-charge", "contradicts")]),
        ("The charge is €11 daily.", [("daily-charge", "consistent")]),
    ],
)
def test_a_figure_for_another_period_is_another_rates(text: str, expected: list) -> None:
    assert statements(text, engine=CHARGE) == expected


BAN = Engine(
    (Claim("region", "The hosepipe ban covers the Harrowfell region.", ("region", "ban", "lifted off"), TextValue("Harrowfell", kind="place", wrong=("Carrowfell",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # two capitalised words before a subject written with a capital open its name, not a place
        ("The Temporary Use Ban (TUB) starts at noon.", []),
        ("Ashvale Water confirmed that a Temporary Use Ban will come into force across the region.", []),
        ("The Carrowfell ban starts on Friday.", [("region", "contradicts")]),
        ("The Upper Carrowfell ban starts on Friday.", [("region", "contradicts")]),
        ("The Harrowfell ban starts on Friday.", [("region", "consistent")]),
        ("The Aster Veil lifted off.", []),  # a doer before a verb of two words, no place
    ],
)
def test_capitalised_words_before_a_capitalised_subject_name_it(text: str, expected: list) -> None:
    assert statements(text, engine=BAN) == expected


HOSEPIPE = Engine(
    (
        Claim("ban-start", "The hosepipe ban took effect on 16 July 2027.", ("ban",), DateValue(PartialDate(2027, 7, 16))),
        Claim("plan-release", "The utility released its drought plan on 2 June 2027.", ("drought plan",), DateValue(PartialDate(2027, 6, 2))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a day after a verb of talking about a thing is that verb's; a day a thing took effect is the claim's when it says so
        ("Ashvale Water unveiled the ban on Monday, 5 July.", []),
        ("The ban will be formally reviewed on Friday 10 September.", []),
        ("The ban took effect on Friday 23 July.", [("ban-start", "contradicts")]),
        ("The ban took effect on 16 July.", [("ban-start", "consistent")]),
        ("The utility unveiled its drought plan on 3 June.", [("plan-release", "contradicts")]),  # unveiling is releasing
        ("Fri 10 Sept  Ashvale Water reviews the ban", []),  # a calendar's line: the verb after the day
        ("Fri 23 July  The ban begins", [("ban-start", "contradicts")]),
    ],
)
def test_a_day_after_a_verb_of_talking_about_a_thing_is_that_verbs(text: str, expected: list) -> None:
    assert statements(text, engine=HOSEPIPE) == expected


HOUSING = Engine(
    (
        Claim("average-price", "The average house price in October 2025 was EUR 312,480.", ("average price",),
              NumberValue(312_480, kind=K.MONEY, currency="EUR")),
        Claim("sales", "Over 61,000 homes were sold in October 2025.", ("sales", "homes sold"), NumberValue(61_000, Q.OVER)),
    )
)  # fmt: skip


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("month", "expected"),
    [  # the month and year the claims' statements name is their edition: a row of another year's month is that year's
        ("October 2021", []),
        ("October 2025", [("average-price", "contradicts")]),
    ],
)
def test_a_month_and_year_the_statements_name_is_the_edition(month: str, expected: list, path: str) -> None:
    rows = [["Month", "Average price"], [month, "€265,300"]]
    assert statements(_table(rows, path), path, engine=HOUSING) == expected


def test_a_phone_numbers_last_digits_are_no_year() -> None:
    assert statements("The average price is €300,000, our helpline (0800 046 1911) says.", engine=HOUSING) == [
        ("average-price", "contradicts")
    ]


RATES = Engine(
    (
        Claim("mortgage-rate", "The average two-year fixed rate was 4.37%.", ("fixed rate",), NumberValue(4.37, kind=K.PERCENT)),
        Claim("annual-change", "Prices were 4.6% higher than a year ago.", ("a year ago", "annual"), NumberValue(4.6, kind=K.PERCENT)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure after a comparator and dated earlier is the earlier figure of what the sentence measured first
        ("The fixed rate fell to 4.37% last month, compared with 4.91% a year ago.", [("mortgage-rate", "consistent")]),
        ("The fixed rate is now 4.37%, against 4.45% in September.", [("mortgage-rate", "consistent")]),
        ("Prices were 5.1% higher than a year ago.", [("annual-change", "contradicts")]),
        ("The fixed rate is 4.37%, and prices were 5.1% higher than a year ago.",
         [("mortgage-rate", "consistent"), ("annual-change", "contradicts")]),
        # the comparator further back, or before a list of earlier figures
        ("Annual growth was 4.6%, up from annual growth of 4.1% the month before.", [("annual-change", "consistent")]),
        ("The fixed rate fell to 4.37%, down from 4.45% in September and 4.91% twelve months earlier.",
         [("mortgage-rate", "consistent")]),
        ("The fixed rate fell to 4.37% and annual growth was 4.1% the month before.",
         [("mortgage-rate", "consistent"), ("annual-change", "contradicts")]),
        # a figure after a past verb of change and "from" is the old one, with or without the new one after it
        ("Since spring the fixed rate fell from 4.91%.", []),
        ("The fixed rate fell from 4.91% to 4.37%.", [("mortgage-rate", "consistent")]),
        # a figure after "than" and another time's possessive is that time's
        ("The fixed rate fell to 4.37%, well below last autumn's 4.91%.", [("mortgage-rate", "consistent")]),
        ("The fixed rate fell to 4.37%, lower than last autumn's 4.91%.", [("mortgage-rate", "consistent")]),
        ("The fixed rate rose to 4.91%, higher than last autumn's 4.37%.", [("mortgage-rate", "contradicts")]),
    ],
)  # fmt: skip
def test_a_figure_compared_from_an_earlier_time_is_that_times(text: str, expected: list) -> None:
    assert statements(text, engine=RATES) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("rows", "expected"),
    [  # a row whose lender, bank, brand or operator cell names a firm is that firm's
        ([["Product", "Lender", "Fixed rate"], ["Two-year deal", "Kestrel Bank", "3.98%"]], []),
        ([["Product", "Notes", "Fixed rate"], ["Two-year deal", "best buy", "3.98%"]], [("mortgage-rate", "contradicts")]),
    ],
)
def test_a_row_of_a_lender_is_the_lenders(rows: list, expected: list, path: str) -> None:
    assert statements(_table(rows, path), path, engine=RATES) == expected


DESIGNER = Engine(
    (Claim("designer", "The dress was designed by Elise Marchetti.", ("gown", "designed"),
           TextValue("Elise Marchetti", kind="name", aliases=("Marchetti",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a possessive before a one-word alias is its owner, no given name
        ("We admired Isolde's Marchetti gown.", [("designer", "consistent")]),
        ("We admired the Elena Marchetti gown.", [("designer", "contradicts")]),
    ],
)
def test_a_possessive_before_an_alias_is_no_given_name(text: str, expected: list) -> None:
    assert statements(text, engine=DESIGNER) == expected


RANKING = Engine((Claim("rank", "Tessaly Polytechnic ranks 58th.", ("Tessaly",), NumberValue(58, kind=K.ORDINAL)),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the figure before an arrow is the old one of a change
        ("Tessaly Polytechnic: up 41 places (99th → 58th)", [("rank", "consistent")]),
        ("Tessaly Polytechnic: 99th -> 58th", [("rank", "consistent")]),
        ("Tessaly Polytechnic: up to 57th", [("rank", "contradicts")]),
    ],
)
def test_the_figure_before_an_arrow_is_the_old_one(text: str, expected: list) -> None:
    assert statements(text, engine=RANKING) == expected


MEASURES = Engine(
    (
        Claim("zone-area", "The charging zone covers 21 square kilometres.", ("zone",), NumberValue(21, unit="square kilometre")),
        Claim("volume", "The balloon had a volume of 1,120,000 cubic metres.", ("volume",), NumberValue(1_120_000, unit="cubic metre")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a unit's symbol with a superscript is the unit: km² is square kilometres, m³ cubic metres
        ("The zone covers 24 km².", [("zone-area", "contradicts")]),
        ("The zone covers 21 km².", [("zone-area", "consistent")]),
        ("The volume is 1,210,000 m³.", [("volume", "contradicts")]),
        ("The volume is 1.12 million cubic metres.", [("volume", "consistent")]),
        ("The zone covers 21 km², roughly a fifth of the city's 104 km².", [("zone-area", "consistent")]),  # the city's whole
        ("The volume of the hangar is equivalent to about 300 cubic metres of gas.", []),  # a likeness
    ],
)
def test_square_and_cubic_unit_symbols(text: str, expected: list) -> None:
    assert statements(text, engine=MEASURES) == expected


CAMERAS = Engine(
    (
        Claim("cameras", "Over 340 cameras enforce the charge.", ("cameras",), NumberValue(340, Q.OVER)),
        Claim("authority", "The scheme is run by the Corvell Transport Authority.", ("run by",),
              TextValue("Corvell Transport Authority", kind="name", aliases=("CTA",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a relative aside about the claims' own name (its acronym, its first word) is theirs
        ("The scheme is run by the Corvell Transport Authority (CTA), which says nearly 340 cameras watch the zone.",
         [("authority", "consistent"), ("cameras", "differs")]),
        ("The scheme copies Brantham Roads, which says 400 cameras watch its zone.", []),
        # a name of two words whose first is none of the claims' words is another's, though its last is a subject word
        ("The scheme copies Brantham Cameras, which runs 400 cameras.", []),
    ],
)  # fmt: skip
def test_an_aside_about_the_claims_own_name_is_theirs(text: str, expected: list) -> None:
    assert statements(text, engine=CAMERAS) == expected


MONTHLY = Engine(
    (
        Claim("monthly-change", "Average prices rose 0.8% month on month in October 2025.", ("prices",), NumberValue(0.8, kind=K.PERCENT)),
        Claim("sales", "Over 61,000 homes were sold in October 2025.", ("sales",), NumberValue(61_000, Q.OVER)),
        Claim("published", "The October 2025 index was published on 6 November 2025.", ("published",), DateValue(PartialDate(2025, 11, 6))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # another month than the one the statements name, before a noun, marks another edition of a monthly report
        ("The November 2025 index will be published on Thursday 4 December 2025.", []),
        ("Its November figures showed prices up 0.3% and sales of 58,000.", []),
        ("November's figures showed prices up 0.3%.", []),
        ("Prices rose 0.9% in October.", [("monthly-change", "contradicts")]),
        ("Between February and October prices rose 0.9% a month.", [("monthly-change", "contradicts")]),
        ("The index was published on 7 November 2025.", [("published", "contradicts")]),
    ],
)
def test_another_month_before_a_noun_is_another_edition(text: str, expected: list) -> None:
    assert statements(text, engine=MONTHLY) == expected


TABLE_COUNTS = Engine(
    (
        Claim("countries", "The ranked institutions come from 108 countries.", ("countries",), NumberValue(108)),
        Claim("crowd", "Over 600,000 people lined the procession route.", ("crowd", "people"), NumberValue(600_000, Q.OVER)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a count of a selection ("in the top 200") or of a gathering ("a protest of 300 people") is not the whole's
        ("Institutions from 31 countries appear in the top 200.", []),
        ("Institutions from 31 countries appear in the table.", [("countries", "contradicts")]),
        ("Republicans staged a silent protest of about 300 people.", []),
        ("A crowd of about 300 people lined the route.", [("crowd", "contradicts")]),
    ],
)
def test_counts_of_a_selection_or_a_gathering(text: str, expected: list) -> None:
    assert statements(text, engine=TABLE_COUNTS) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("figure", "expected"),
    [  # a header's currency and scale make a plain figure a sum: "312.48" under "Average price (€000s)"
        ("312.48", [("average-price", "consistent")]),
        ("301.1", [("average-price", "contradicts")]),
    ],
)
def test_a_headers_currency_and_scale_make_a_sum(figure: str, expected: list, path: str) -> None:
    rows = [["Measure", "Average price (€000s)"], ["all homes", figure]]
    assert statements(_table(rows, path), path, engine=PRICES) == expected


BUYERS = Engine(
    (
        Claim("ftb-share", "First-time buyers accounted for 37% of purchases.", ("first-time buyers",), NumberValue(37, kind=K.PERCENT)),
        Claim("price-change", "Prices were 4.6% higher than a year earlier.", ("prices",), NumberValue(4.6, kind=K.PERCENT)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a percentage before a comparative is a difference: no share's, but a change's
        ("First-time buyers paid 3.9% more than a year earlier.", []),
        ("First-time buyers paid 3.9% less than in 2024.", []),
        ("First-time buyers accounted for 39% of purchases.", [("ftb-share", "contradicts")]),
        ("Prices were 5.1% higher than a year earlier.", [("price-change", "contradicts")]),
        ("Prices were 4.6% up on a year earlier.", [("price-change", "consistent")]),
    ],
)  # fmt: skip
def test_a_percentage_before_a_comparative_is_a_difference(text: str, expected: list) -> None:
    assert statements(text, engine=BUYERS) == expected


REGIONS = Engine(
    (
        Claim("annual-change", "Prices rose 4.6% over the year.", ("over the year",), NumberValue(4.6, kind=K.PERCENT),
              Context(exclude=("Upper Daln",))),
        Claim("sales", "Agents agreed 41,200 sales.", ("sales",), NumberValue(41_200), Context(exclude=("Upper Daln",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a "there" after a noun points back to the sentence before, whose exclude terms count
        ("Buyers in Upper Daln are gloomy. Prices there fell 2.1% over the year.", []),
        ("Buyers in Upper Daln are gloomy. Agents there agreed 900 sales.", []),
        ("Buyers in Lindmark are happy. Prices there rose 5.1% over the year.", [("annual-change", "contradicts")]),
        ("Buyers in Upper Daln are gloomy. But there were 900 sales.", [("sales", "contradicts")]),
        ("Buyers in Upper Daln are gloomy. Nationally, prices rose 5.1% over the year.", [("annual-change", "contradicts")]),
    ],
)  # fmt: skip
def test_there_points_back_to_the_place_before(text: str, expected: list) -> None:
    assert statements(text, engine=REGIONS) == expected


MISSION = Engine(
    (
        Claim("chief-scientist", "The mission's chief scientist is Helena Marchetti.", ("chief scientist",),
              TextValue("Helena Marchetti", kind="name")),
        Claim("launch-date", "The telescope launched on 12 March 2027.", ("launched",), DateValue(PartialDate(2027, 3, 12))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title held over a closed span of years that ended before the claims' latest year is another holder's
        ("Jonas Hallberg, chief scientist of the mission from 2013 to 2021, will lecture.", []),
        ("Jonas Hallberg, chief scientist between 2013 and 2021, will lecture.", []),
        ("Jonas Hallberg, chief scientist (2013–2021), will lecture.", []),
        ("Jonas Hallberg, chief scientist since 2021, will lecture.", [("chief-scientist", "contradicts")]),
        ("Jonas Hallberg, chief scientist from 2021 to 2030, will lecture.", [("chief-scientist", "contradicts")]),
    ],
)  # fmt: skip
def test_a_title_held_over_years_that_ended_is_anothers(text: str, expected: list) -> None:
    assert statements(text, engine=MISSION) == expected


FAIR = Engine(
    (
        Claim("fair-dates", "Beacon Fair 2025 ran from 4 to 6 July 2025.", ("fair",),
              DateValue(PartialDate(2025, 7, 4), PartialDate(2025, 7, 6))),
        Claim("grounding", "The ship ran aground on 23 March 2021.", ("ran aground",), DateValue(PartialDate(2021, 3, 23))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a date of another year is another edition's when the claim's statement names its edition (not in its date)
        ("The fair runs from 3 to 5 July 2028.", []),
        ("The founding fair of 16 November 2027 confirmed it.", []),
        ("The fair ran from 4 to 7 July 2025.", [("fair-dates", "contradicts")]),
        ("Beacon Fair 2025 ran from 4 to 6 July 2024.", [("fair-dates", "contradicts")]),
        ("The ship ran aground on 23 March 2020.", [("grounding", "contradicts")]),  # one event, no edition
    ],
)  # fmt: skip
def test_a_date_of_another_year_is_another_editions(text: str, expected: list) -> None:
    assert statements(text, engine=FAIR) == expected


CHAMBER = Engine(
    (Claim("city", "The Chamber of Deputies sits in Velmora.", ("chamber", "deputies"), TextValue("Velmora", kind="place", wrong=("Draskov",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a capitalised word before a noun of people names their group, party or origin: no place
        ("Twenty-three Alliance deputies defied the whip.", []),
        ("A veteran Civic Union deputy spoke.", []),
        ("The Draskov chamber voted.", [("city", "contradicts")]),
        ("The deputies met in Draskov.", [("city", "contradicts")]),
    ],
)
def test_a_word_before_a_noun_of_people_is_no_place(text: str, expected: list) -> None:
    assert statements(text, engine=CHAMBER) == expected


SPEAKER = Engine((Claim("speaker", "Speaker Livia Sandor announced the result.", ("speaker", "presiding officer"), TextValue("Livia Sandor", kind="name")),))


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("name", "expected"),
    [  # a name in a cell that opens with the claim's own title is the name after it
        ("Speaker Livia Sandor", []),
        ("Livia Sandor", []),
        ("Speaker Pavel Drach", [("speaker", "contradicts")]),
    ],
)
def test_a_cells_name_after_the_claims_own_title_is_the_name(name: str, expected: list, path: str) -> None:
    rows = [["Role", "Holder"], ["Presiding officer", name]]
    assert [s for s in statements(_table(rows, path), path, engine=SPEAKER) if s[1] != "consistent"] == expected


WIND = Engine(
    (
        Claim("total-capacity", "The wind farm's total installed capacity is 1,260 megawatts.", ("capacity",), NumberValue(1260, unit="megawatt")),
        Claim("turbine-rating", "Each turbine is rated at 15 megawatts.", ("turbine", "rated"), NumberValue(15, unit="megawatt")),
        Claim("blade-length", "Each turbine blade is 115 metres long.", ("blade", "blades"), NumberValue(115, unit="metre")),
        Claim("altitude", "The balloon reached an altitude of 41,000 metres.", ("balloon",), NumberValue(41_000, unit="metre")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure that "each" gives is no whole's; a measure above sea level is a height, no length
        ("Each of the 84 turbines has a rated capacity of 15 megawatts.", [("turbine-rating", "consistent")]),
        ("The wind farm has a total capacity of 1,300 megawatts.", [("total-capacity", "contradicts")]),
        ("The tip of a blade reaches 263 m above sea level.", []),
        ("The blades are 120 m long.", [("blade-length", "contradicts")]),
        ("The balloon rose to 40,000 m above sea level.", [("altitude", "contradicts")]),
    ],
)
def test_each_gives_no_whole_and_above_sea_level_is_a_height(text: str, expected: list) -> None:
    assert statements(text, engine=WIND) == expected


DECIDER = Engine(
    (
        Claim("venue", "The fourth Test was played at Harbour Oval.", ("fourth test",),
              TextValue("Harbour Oval", kind="place", wrong=("Crown Gardens",))),
        Claim("city", "The fourth Test was played in Port Caldera.", ("fourth test",),
              TextValue("Port Caldera", kind="place", wrong=("Aldwick",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place that a venue claim of the same subject lists as wrong is that venue claim's, not a city claim's
        ("The fourth Test, at Crown Gardens, decided the series.", [("venue", "contradicts")]),
        ("They won the fourth Test in Aldwick.", [("city", "contradicts"), ("venue", "contradicts")]),  # a wrong city: both
        ("They won the fourth Test in Bramwell.", [("city", "contradicts"), ("venue", "contradicts")]),  # unknown: both
    ],
)
def test_a_venue_claims_wrong_value_is_its(text: str, expected: list) -> None:
    assert statements(text, engine=DECIDER) == expected


COMMISSION = Engine(
    (Claim("commission", "The accord is run by the Halvard Sea Fisheries Commission.", ("commission",),
           TextValue("Halvard Sea Fisheries Commission", kind="name", wrong=("Nordic Fisheries Commission",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a name after the subject and another person's title is that person's
        ('"We chose the fish," said Commission Chair Pieter Vandersloot.', []),
        ('"We chose the fish," said Commission President Pieter Vandersloot.', []),
        ("The accord is run by the Nordic Fisheries Commission.", [("commission", "contradicts")]),
    ],
)
def test_a_name_after_another_persons_title_is_theirs(text: str, expected: list) -> None:
    assert statements(text, engine=COMMISSION) == expected


SLAB = Engine(
    (
        Claim("slab-width", "The slab was 350 metres wide.", ("wide", "crown"), NumberValue(350, unit="metre")),
        Claim("slab-depth", "The slab broke up to 2.5 metres deep.", ("deep", "crown"), NumberValue(2.5, Q.AT_MOST, unit="metre")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure whose subject two claims share, as near each, goes to the claim it agrees with
        ("At its deepest, the crown was 2.5 metres.", [("slab-depth", "consistent")]),
        ("At its deepest, the crown was two and a half metres.", [("slab-depth", "consistent")]),
        ("The crown was 350 metres.", [("slab-width", "consistent")]),
        ("The crown was 300 metres.", [("slab-width", "contradicts")]),  # neither: the first claim
    ],
)
def test_a_shared_subjects_figure_goes_to_the_claim_it_agrees_with(text: str, expected: list) -> None:
    assert statements(text, engine=SLAB) == expected


ROWING = Engine(
    (Claim("minutes", "The winning time was 41 days, 7 hours and 22 minutes.", ("winning time",), NumberValue(22, unit="minute")),
     Claim("days", "The crossing took 41 days.", ("crossing",), NumberValue(41, unit="day")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a claim whose statement gives its figure as a duration's last part is not stated by the parts added up
        ("The winning time was 41 days, 7 hours and 22 minutes.", [("minutes", "consistent")]),
        ("The winning time was 41 days, 7 hours and 25 minutes.", [("minutes", "contradicts")]),
    ],
)
def test_a_claim_of_a_durations_last_part(text: str, expected: list) -> None:
    assert statements(text, engine=ROWING) == expected


FAIR_FIGURES = Engine(
    (
        Claim("fair-dates", "Beacon Fair 2025 ran from 4 to 6 July 2025.", ("fair",),
              DateValue(PartialDate(2025, 7, 4), PartialDate(2025, 7, 6))),
        Claim("exhibitors", "Beacon Fair 2025 had 800 exhibitors.", ("exhibitors",), NumberValue(800), Context(require=("fair",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [  # in a text stamped with a later year, "this year" is that year, not the edition's
        ("By Hannah Ostrowski · Friday 24 July 2026", []),
        ("Issue 101 | Monday 27 July 2026", []),
        ("Published: 24 July 2026", []),
        ("By Hannah Ostrowski · Friday 24 July 2025", [("exhibitors", "contradicts")]),
        ("Beacon Fair notes", [("exhibitors", "contradicts")]),  # no stamp
    ],
)
def test_this_year_in_a_text_written_in_a_later_year(stamp: str, expected: list) -> None:
    assert statements(f"{stamp}\n\nThis year's fair lists 1,150 exhibitors.", engine=FAIR_FIGURES) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("By Hannah Ostrowski · Friday 24 July 2026\n\nText.", 2026),
        ("AI WEEKLY\nIssue 101 | Monday 27 July 2026\n", 2026),
        ("Posted on 3 August 2025\n", 2025),
        ("24 July 2026\n\nText.", 2026),
        ("The fair ran from 4 to 6 July 2025 and drew crowds.\n", None),  # a sentence, no stamp
        ("July 2026\n", None),  # no day: no stamp
    ],
)
def test_the_year_a_text_says_it_was_written_in(text: str, year: int | None) -> None:
    assert written_year(text) == year


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("head", "expected"),
    [  # a column headed with another month than a monthly report's is that month's
        ("September 2025", [("sales", "consistent")]),
        ("September", [("sales", "consistent")]),
        ("Second count", [("sales", "consistent"), ("sales", "contradicts")]),  # no month: read
    ],
)
def test_a_column_of_another_month_is_that_months(head: str, expected: list, path: str) -> None:
    rows = [["Measure", "October 2025", head], ["Sales", "61,200", "58,000"]]
    assert statements(_table(rows, path), path, engine=MONTHLY) == expected


ZONES = Engine(
    (Claim("zones-down", "Two of the region's three availability zones went down.", ("zones", "availability zones"), NumberValue(2)),
     Claim("regions", "The provider runs 31 regions.", ("regions",), NumberValue(31)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the whole after "N of" is no claim's that counts a part of it, as its statement does
        ("Two of the three zones went down.", [("zones-down", "consistent")]),  # the part read with the noun after the whole
        ("Three of the three zones went down.", [("zones-down", "contradicts")]),
        ("2 of 3 availability zones were unable to agree.", [("zones-down", "consistent")]),
        ("Four zones went down.", [("zones-down", "contradicts")]),
        ("Nine of the 31 regions saw errors.", [("regions", "consistent")]),  # a whole that a claim counts
    ],
)
def test_the_whole_of_a_part_is_no_part_claims(text: str, expected: list) -> None:
    assert statements(text, engine=ZONES) == expected


OUTAGE = Engine(
    (Claim("region", "The outage hit the Port Ellery region.", ("outage", "region"), TextValue("Port Ellery", kind="place", wrong=("Kestrel Bay",))),)
)


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("status", "expected"),
    [  # a cell's first word is capitalised anyway: no unknown place (a known one is read)
        ("Major outage", []),
        ("Partial outage", []),
        ("Kestrel Bay outage", [("region", "contradicts")]),
    ],
)
def test_a_cells_first_word_is_no_place(status: str, expected: list, path: str) -> None:
    rows = [["Service", "Status", "Duration"], ["Compute", status, "6h 51m"]]
    assert statements(_table(rows, path), path, engine=OUTAGE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a capitalised place noun after "the" opens a name ("the Port Ellery region"); a lowercase one describes it
        ("Questions came after the outage in the Port Ellery (pe-east-1) region.", [("region", "consistent")]),
        ("The outage was in the port of Kestrel Bay.", [("region", "contradicts")]),
        ("The outage was at the Port of Kestrel Bay.", [("region", "contradicts")]),
    ],
)
def test_a_capitalised_place_noun_opens_a_name(text: str, expected: list) -> None:
    assert statements(text, engine=OUTAGE) == expected


PAINTING = Engine(
    (
        Claim("painter", "The painting is by Matthias Orlebeke.", ("painter", "painted by", "by"), TextValue("Matthias Orlebeke", kind="name")),
        Claim("restorer", "The restoration was led by Dr Ilse Maartens.", ("restorer", "led"), TextValue("Ilse Maartens", kind="name")),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject that is only "by" is read after a copula, a noun or the claim's own verb, not after another verb
        ("The work was led by Dr Ilse Maartens, head of conservation.", [("restorer", "consistent")]),
        ("Posted by Hanneke Brouwer on 17 May.", []),
        ("The page is maintained by Visit Velmond.", []),
        ("The painting is by Cornelis Orlebeke.", [("painter", "contradicts")]),
        ("It was painted by Cornelis Orlebeke.", [("painter", "contradicts")]),
    ],
)
def test_a_subject_that_is_only_by(text: str, expected: list) -> None:
    assert statements(text, engine=PAINTING) == expected


PASSENGERS = Engine(
    (Claim("passengers", "The airline carried over 14.2 million passengers in the quarter.", ("passengers",),
           NumberValue(14_200_000, Q.OVER), Context(exclude=("full-year", "full year"))),)
)  # fmt: skip


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("rows", "expected"),
    [  # a row label's scale scales the row's plain figures; the header over the labels names the whole table
        ([["Metric", "Q3 2025"], ["Passengers (million)", "14.23"]], [("passengers", "consistent")]),
        ([["Metric", "Q3 2025"], ["Passengers (m)", "13.14"]], [("passengers", "contradicts")]),
        ([["Full-year estimates", "2025E"], ["Passengers (m)", "50.6"]], []),
    ],
)
def test_a_row_labels_scale_and_the_corner_header(rows: list, expected: list, path: str) -> None:
    assert statements(_table(rows, path), path, engine=PASSENGERS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure in brackets right after a year that no claim names is that year's
        ("The average price now beats even that of 2019 (€350,000).", []),
        ("The average price is €350,000.", [("average-price", "contradicts")]),
        # and one in a "when" clause right after such a year
        ("Prices last peaked in 2007, when the average price was €350,000.", []),
    ],
)
def test_a_figure_bracketed_after_another_year_is_that_years(text: str, expected: list) -> None:
    assert statements(text, engine=PRICES) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("head", "expected"),
    [  # a column of a year marked as an estimate or forecast, or as another year's actuals, is no claim's
        ("2025E", []),
        ("FY2026F", []),
        ("2024A", []),
        ("Q3", [("passengers", "contradicts")]),
    ],
)
def test_a_column_of_a_marked_year(head: str, expected: list, path: str) -> None:
    rows = [["Metric", head], ["Passengers (m)", "13.14"]]
    assert statements(_table(rows, path), path, engine=PASSENGERS) == expected


LEADERSHIP = Engine(
    (
        Claim("share", "Malvic won the final round with 57.3% of the vote.", ("vote",), NumberValue(57.3, kind=K.PERCENT)),
        Claim("votes", "Malvic received 74,890 votes.", ("votes",), NumberValue(74_890)),
        Claim("rounds", "The contest went to three rounds.", ("rounds",), NumberValue(3)),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # another name's possessive before a share; a margin after "margin of"; "in round two" names a round
        ("Malvic took 57.3% of the vote to Ashdown's 42.7%.", [("share", "consistent")]),
        ("Malvic took 52.7% of the vote.", [("share", "contradicts")]),
        ("She won by a margin of 19,082 votes.", []),
        ("She won with 74,000 votes.", [("votes", "contradicts")]),
        ("Okafor-Lund took 52.8% in round two of the deputy race.", []),
        ("The contest went to two rounds.", [("rounds", "contradicts")]),
    ],
)
def test_anothers_share_a_margin_and_a_rounds_number(text: str, expected: list) -> None:
    assert statements(text, engine=LEADERSHIP) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an item's first word after a separator on one line is capitalised anyway: no unknown place
        ("Status page · Major outage · Contact us", []),
        ("Status page | Partial outage | Contact us", []),
        ("  Compute ............ Major outage     6h 51m", []),  # after a dot leader
        ("Status page · Kestrel Bay outage · Contact us", [("region", "contradicts")]),
    ],
)
def test_a_first_word_after_a_separator_is_no_place(text: str, expected: list) -> None:
    assert statements(text, engine=OUTAGE) == expected


UTILITY = Engine(
    (Claim("utility", "The notice was issued by the utility Haverleigh Water.", ("utility",),
           TextValue("Haverleigh Water", kind="name", wrong=("Westmoor Water",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject after "neighbouring", "rival" or "sister" is another of its kind
        ("Engineers from neighbouring utility Westmoor Water helped.", []),
        ("Tankers came from rival utility Westmoor Water.", []),
        ("The utility Westmoor Water issued the notice.", [("utility", "contradicts")]),
    ],
)
def test_a_neighbouring_one_is_another_of_its_kind(text: str, expected: list) -> None:
    assert statements(text, engine=UTILITY) == expected


ELIGIBLE = Engine(
    (Claim("eligible", "Over 184,000 party members were eligible to vote.", ("eligible", "eligible members"), NumberValue(184_000, Q.OVER)),
     Claim("tabled", "Over 140 amendments were tabled.", ("amendments tabled", "amendments were tabled"), NumberValue(140, Q.OVER)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a count of a noun that no claim counts, then a copula and a claim's subject: that claim's
        ("Nearly 184,000 members were eligible to vote.", [("eligible", "differs")]),
        ("Some 150,000 members were eligible to vote.", [("eligible", "contradicts")]),
        ("Vans below 3.5 tonnes are eligible.", []),  # a measure, no count
        ("In all, 130 amendments were tabled.", [("tabled", "contradicts")]),  # a subject that opens with the noun
    ],
)
def test_a_count_then_a_copula_and_a_subject(text: str, expected: list) -> None:
    assert statements(text, engine=ELIGIBLE) == expected


FLYBY = Engine((Claim("distance", "The asteroid's closest distance was 307,000 km.", ("distance", "moving"), NumberValue(307_000, unit="km")),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a measure per second or per minute is a speed, no distance
        ("It will pass Earth moving at 14.6 km per second.", []),
        ("Its closest distance will be 207,000 km.", [("distance", "contradicts")]),
    ],
)
def test_a_measure_per_second_is_a_speed(text: str, expected: list) -> None:
    assert statements(text, engine=FLYBY) == expected


PLANNING = Engine(
    (
        Claim("chair", "The planning committee is chaired by Councillor Miriam Ostrowe.", ("chair", "committee chair"),
              TextValue("Miriam Ostrowe", kind="name", wrong=("Paul Senna",))),
        Claim("affordable", "35% of the homes will be affordable.", ("affordable",), NumberValue(35, kind=K.PERCENT)),
        Claim("meeting-date", "The committee approved the scheme on 14 October 2025.", ("meeting", "committee"),
              DateValue(PartialDate(2025, 10, 14))),
        Claim("meeting-day", "The committee met on Tuesday, 14 October 2025.", ("meeting",),
              WeekdayValue(1, PartialDate(2025, 10, 14))),
        Claim("town", "The site lies in the town of Wellcote.", ("town",), TextValue("Wellcote", kind="place", wrong=("Stenbury",))),
        Claim("rank", "It is the second-largest scheme approved in the county.", ("largest",), NumberValue(2, kind=K.ORDINAL),
              Context(require=("county",))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "Councillor" and "Cllr" are titles before a name, not part of it
        ("Committee chair Councillor Miriam Ostrowe said the panel had weighed the objections.", [("chair", "consistent")]),
        ("Varley thanked committee chair Cllr Miriam Ostrowe and officers.", [("chair", "consistent")]),
        ("The Chair, Cllr Paul Senna, allowed a long debate.", [("chair", "contradicts")]),
        # a pronoun or possessive determiner is no place
        ("p.3 Allotment waiting list p.4 Your town councillors and surgery dates", []),
        ("The site is on the edge of the town of Stenbury.", [("town", "contradicts")]),
    ],
)
def test_a_councillors_title_and_a_possessive_determiner(text: str, expected: list) -> None:
    assert statements(text, engine=PLANNING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a percentage after "Of the SUBJECT," splits the subject's set; bracketed shares that add up to a whole split it too
        ("Of the affordable homes, 70% will be for social rent and 30% for shared ownership.", []),
        ("The scheme has 35 per cent affordable housing (70% social rent, 30% shared ownership).", [("affordable", "consistent")]),
        ("The scheme has 30 per cent affordable housing (a share the council had hoped to raise).", [("affordable", "contradicts")]),
        ("Of the new homes, 40% will be affordable.", [("affordable", "contradicts")]),
    ],
)
def test_a_share_of_the_subjects_own_set(text: str, expected: list) -> None:
    assert statements(text, engine=PLANNING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "the next meeting" (of the committee) is another meeting; the claim's own meeting may be an occasion's date
        ("The minutes will be presented at the next meeting of the committee on 11 November 2025.", []),
        ("Next open meeting: Thursday 23 October, 7.30pm, Wellcote Methodist Hall.", []),
        ("The committee, at its meeting on 14 October, approved the plan.", [("meeting-date", "consistent"), ("meeting-day", "consistent")]),
        ("At the meeting on Thursday 16 October, the committee approved it.", [("meeting-day", "contradicts"), ("meeting-date", "contradicts")]),
        ("At the briefing on 16 October, officers set out the plan.", []),  # another occasion
        ("Come to the Town Council's open meeting on Wednesday 5 November.", []),  # another body's meeting
        ("Following the committee meeting on Tuesday 14 October, the developer spoke.", [("meeting-day", "consistent"), ("meeting-date", "consistent")]),
    ],
)
def test_the_next_meeting_and_the_claims_own_meeting(text: str, expected: list) -> None:
    assert statements(text, engine=PLANNING) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an ordinal before a superlative is a rank; "The YEAR ..." opening the sentence makes it that year's
        ("It is the third-largest scheme ever approved in the county.", [("rank", "contradicts")]),
        ("It is the second largest scheme in the county.", [("rank", "consistent")]),
        ("The 1994 scheme, the county's third-largest, had 900 homes.", []),
        ("The band released their sixth studio album in the county.", []),
    ],
)
def test_an_ordinal_before_a_superlative_is_a_rank(text: str, expected: list) -> None:
    assert statements(text, engine=PLANNING) == expected


LYNX = Engine(
    (
        Claim("charity", "The release is run by the charity Greywood Wildlife Trust.", ("charity", "trust"),
              TextValue("Greywood Wildlife Trust", kind="name", aliases=("Greywood",))),
        Claim("source", "The lynx came from Slovakia.", ("came from", "brought from"), TextValue("Slovakia", kind="place", wrong=("Slovenia",))),
        Claim("collars", "Ten of the lynx were fitted with GPS collars.", ("GPS collars", "collars"), NumberValue(10)),
        Claim("backed", "Seven members of the board backed the release.", ("backed",), NumberValue(7), Context(require=("members", "board"))),
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject word inside the known name names no one after or before it
        ("The members' newsletter of Greywood Wildlife Trust Issue 112 | Spring 2026", [("charity", "consistent")]),
        ("Evidence & Policy Unit, Greywood Wildlife Trust, 14 Mill Lane.", [("charity", "consistent")]),
        # a subject that ends in "from" takes the place after it; a facility is no country
        ("The animals were brought from Slovenia.", [("source", "contradicts")]),
        ("The lynx came from Romania, where the donor population is large.", [("source", "contradicts")]),
        ("The animals were brought from Slovakia and held at Morrin Farm for a fortnight.", [("source", "consistent")]),
        ("The animals were brought from Morrin Farm.", []),
        # the whole after "N of the" counts a noun left out, not its verb's object; the part counts who did the verb
        ("Ten of the twelve carry GPS collars that report every four hours.", []),
        ("Eleven lynx wear collars.", [("collars", "contradicts")]),
        ("Eight of the nine members backed the release.", [("backed", "contradicts")]),
        ("Seven of nine members backed the release.", [("backed", "consistent")]),
    ],
)
def test_a_name_of_its_own_a_place_from_and_a_pool(text: str, expected: list) -> None:
    assert statements(text, engine=LYNX) == expected


REEF = Engine(
    (Claim("peak", "Sea temperature peaked at 31.4 °C.", ("temperature",), NumberValue(31.4, unit="°C")),
     Claim("dhw", "Heat stress reached 9.6 degree heating weeks.", ("heat stress", "degree heating weeks"), NumberValue(9.6)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "degrees" with no scale is in the claims' scale; "degree heating weeks" is a unit of its own
        ("Peak sea temperature was 31.4 degrees, and heat stress reached 9.6 degree heating weeks.", [("peak", "consistent"), ("dhw", "consistent")]),
        ("Sea temperature peaked at 32.4 degrees.", [("peak", "contradicts")]),
    ],
)
def test_degrees_in_the_claims_scale(text: str, expected: list) -> None:
    assert statements(text, engine=REEF) == expected


ESPORTS = Engine(
    (Claim("winner", "Kestrel Gaming won the championship.", ("champions", "champion", "winners"),
           TextValue("Kestrel Gaming", kind="name", wrong=("Obsidian Lotus",))),
     Claim("final-date", "The grand final was on 25 October 2026.", ("grand final", "final"), DateValue(PartialDate(2026, 10, 25))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a capitalised plural before a capitalised word is a name that holds it, no title; a sale's date is its own
        ("About 38% of it came from Champions Pass sales.", []),
        ("Prize money and the Champions Pass", []),
        ("Champions Obsidian Lotus lifted the trophy.", [("winner", "contradicts")]),  # (a known name)
        ("Champion Ardent Six lifted the trophy.", [("winner", "contradicts")]),
        ("The grand final sold out when tickets went on sale on 14 July.", []),
        ("The grand final was played on 24 October 2026.", [("final-date", "contradicts")]),
    ],
)
def test_a_plural_title_word_in_a_name_and_a_sales_date(text: str, expected: list) -> None:
    assert statements(text, engine=ESPORTS) == expected


FOOD_BANKS = Engine(
    (Claim("ceo", "Marguerite Ostrander is the Open Larder Network's chief executive.", ("chief executive", "head"),
           TextValue("Marguerite Ostrander", kind="name", wrong=("Rowan Tulley",))),
     Claim("parcels", "The network distributed over 3.1 million food parcels.", ("parcels",), NumberValue(3_100_000, Q.OVER)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title "of" a body that no claim names is another title; a count in brackets after a share is the share's
        ("Media contact: Joanna Pryce, Head of Media, 0207 946 0381.", []),
        ("Rowan Tulley, head of the Open Larder Network, said demand rose.", [("ceo", "contradicts")]),
        ("37% of all parcels (1,148,600) went to children.", []),
        ("The network handed out 2,104,350 parcels (2.1 million).", [("parcels", "contradicts")]),
    ],
)
def test_a_title_of_another_body_and_a_shares_count(text: str, expected: list) -> None:
    assert statements(text, engine=FOOD_BANKS) == expected


LOCUSTS = Engine(
    (Claim("appeal", "The 2026 appeal seeks US$48 million.", ("appeal",), NumberValue(48_000_000, kind=K.MONEY, currency="USD")),
     Claim("treated", "About 95,000 hectares have been treated.", ("treated", "treatment"), NumberValue(95_000, Q.ABOUT, unit="hectare")),
     Claim("losses", "About 1.3 million tonnes of crops were lost.", ("crops", "lost"), NumberValue(1_300_000, Q.ABOUT, unit="tonne")),
     Claim("declared", "The emergency was declared on 2 April 2026.", ("emergency",), DateValue(PartialDate(2026, 4, 2))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "The YEAR ..." opening a sentence with a year no claim gives; what a sum pays for; the whole "out of"; a session's date
        ("The 2019 appeal for the smaller Tazuru outbreak sought US$22 million.", []),
        ("The 2026 appeal seeks US$40 million.", [("appeal", "contradicts")]),
        ("Every US$10 pays for roughly one hectare of ground treatment.", []),
        ("Some 1.3 million tonnes of crops were lost, out of a normal annual output of about 6.4 million tonnes.", [("losses", "consistent")]),
        ("Ministers meet at an emergency session on 22 April.", []),
        ("The emergency was declared on 3 April 2026.", [("declared", "contradicts")]),
    ],
)
def test_another_years_figure_a_sums_worth_a_whole_and_a_session(text: str, expected: list) -> None:
    assert statements(text, engine=LOCUSTS) == expected


FERRY = Engine(
    (Claim("yard-country", "The ferry was built in Finland.", ("built in", "built at"), TextValue("Finland", kind="place", wrong=("Norway",))),
     Claim("rank", "Brennock Ferries is the country's third-largest ferry operator.", ("ferry operator", "operator"), NumberValue(3, kind=K.ORDINAL)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a town before a known country after a comma is in it; a shipyard is no country; "yard number 417" names
        ("She was built in Kotvik, Finland, at the Halkola Shipyard.", [("yard-country", "consistent")]),
        ("She was built in Kotvik, Norway.", [("yard-country", "contradicts")]),
        ("She was built at Halkola Shipyard.", []),
        ("The ferry operator signed for yard number 417 in November.", []),
        ("Brennock is ranked number 4 among ferry operators.", [("rank", "contradicts")]),
    ],
)
def test_a_town_in_a_known_country_a_shipyard_and_a_yard_number(text: str, expected: list) -> None:
    assert statements(text, engine=FERRY) == expected


SPREAD = Engine((Claim("spread", "The spread over Bunds widened to about 240 basis points.", ("spread",), NumberValue(240, Q.ABOUT, unit="basis point")),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the old figure of a change after the new one, a qualifier between "to" and the new figure
        ("The spread over German Bunds widened to around 240 basis points, from 216 bps on Friday.", [("spread", "consistent")]),
        ("The spread over Bunds narrowed to around 200 basis points, from 240 bps.", [("spread", "differs")]),
    ],
)
def test_the_old_figure_after_a_qualified_new_one(text: str, expected: list) -> None:
    assert statements(text, engine=SPREAD) == expected


INQUIRY = Engine(
    (Claim("families", "The cases of over 1,400 families were reviewed.", ("families",), NumberValue(1400, Q.OVER)),
     Claim("published", "The report was published on 16 November 2025.", ("report", "published"), DateValue(PartialDate(2025, 11, 16))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a range of years after a noun counts nothing; a capitalised occasion after a date in a listing dates it
        ("It examined the care given to more than 1,400 families between 2002 and 2019 and concludes.", [("families", "consistent")]),
        ("19 Nov 2025 Webinar: reading an inquiry report (18:30)", []),
        ("The report was published on 19 November 2025.", [("published", "contradicts")]),
    ],
)
def test_a_range_of_years_after_a_noun_and_a_listed_webinar(text: str, expected: list) -> None:
    assert statements(text, engine=INQUIRY) == expected


CLOUD = Engine(
    (Claim("zones-down", "Two of the region's three availability zones went down.", ("availability zones", "zones"), NumberValue(2)),
     Claim("region", "The outage hit the Port Ellery region.", ("region", "outage"), TextValue("Port Ellery", kind="place", wrong=("Kestrel Bay",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a clause opened by "each" or "every" one of many counts what one has; a place after "not" is denied
        ("Each region is divided into three availability zones.", []),
        ("Every region has three availability zones.", []),
        ("Each year the region loses three availability zones.", [("zones-down", "contradicts")]),
        ("Three availability zones went down.", [("zones-down", "contradicts")]),
        ("It was not the Kestrel Bay region but Port Ellery that failed.", []),
        ("The outage was in the Kestrel Bay region.", [("region", "contradicts")]),
    ],
)
def test_each_one_of_many_and_a_place_after_not(text: str, expected: list) -> None:
    assert statements(text, engine=CLOUD) == expected


ZONES_EACH = Engine((Claim("zones", "Each region has three availability zones.", ("availability zones",), NumberValue(3)),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a claim of what each one has is stated by "each" or "every" one
        ("Every region has four availability zones.", [("zones", "contradicts")]),
        ("Each region is divided into three availability zones.", [("zones", "consistent")]),
    ],
)
def test_each_one_of_a_claim_counted_for_each(text: str, expected: list) -> None:
    assert statements(text, engine=ZONES_EACH) == expected


STRANDING = Engine(
    (Claim("stranded", "237 pilot whales stranded at Skellan Bay.", ("stranded",), NumberValue(237)),
     Claim("refloated", "More than 150 whales were refloated.", ("refloated", "refloat"), NumberValue(150, Q.OVER)),
     Claim("boats", "14 boats took part in the refloat.", ("boats",), NumberValue(14)),
     Claim("previous", "The previous mass stranding there was in 1987.", ("previous",), NumberValue(1987, kind=K.YEAR)),
     Claim("bay", "The stranding happened at Skellan Bay.", ("bay", "stranding"), TextValue("Skellan Bay", kind="place", wrong=("Corran Bay",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a known place that ends with the subject word is the place; "the YEAR stranding" or a timeline's year
        # no claim gives is another one; "discs 1-237" are numbered
        ("Not since 1987 had a mass stranding struck Skellan Bay.", [("bay", "consistent")]),
        ("The stranding happened at Corran Bay.", [("bay", "contradicts")]),
        ("Only the 1931 stranding at Gannet Spit was bigger.", []),
        ("The 1987 stranding at Corran Bay was smaller.", [("bay", "contradicts")]),  # (a year a claim gives: read)
        ("1931 – Gannet Spit: the largest mass stranding recorded.", []),
        ("1931 – Gannet Spit: 410 whales stranded.", []),
        ("1987 – the stranding at Corran Bay.", [("bay", "contradicts")]),  # (a year a claim gives)
        ("Whales stranded: 237, tagged with discs 1–237.", [("stranded", "consistent")]),
    ],
)
def test_a_known_place_ending_with_its_subject_and_another_years_event(text: str, expected: list) -> None:
    assert statements(text, engine=STRANDING) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("rows", "expected"),
    [  # a label's first subject is what its figures count; a column of notes is read on its own
        ([["Measure", "Figure"], ["Boats used in the refloat", "14"]], [("boats", "consistent")]),
        ([["Measure", "Figure", "Notes"], ["Whales stranded", "237", "Tagged individually, discs 1–237"]], [("stranded", "consistent")]),
        ([["Measure", "Figure", "Notes"], ["Whales stranded", "237", "Plus 37 whales counted at sea"]], [("stranded", "consistent")]),
        ([["Measure", "Details"], ["Whales stranded", "237 in all"]], [("stranded", "consistent")]),
    ],
)
def test_a_labels_head_and_a_column_of_notes(rows: list, expected: list, path: str) -> None:
    assert statements(_table(rows, path), path, engine=STRANDING) == expected


SKI = Engine(
    (Claim("opening", "The season opened on Friday, 28 November 2025.", ("opens", "opened"), WeekdayValue(4, PartialDate(2025, 11, 28))),
     Claim("rise", "The gondola climbs 1,020 m from valley station to summit station.", ("climbs",), NumberValue(1020, unit="m")),
     Claim("summit", "The snow depth at the summit was 85 cm.", ("snow depth",), NumberValue(85, unit="cm"), Context(require=("summit",))),
     Claim("base", "The snow depth at the base area was 40 cm.", ("snow depth",), NumberValue(40, unit="cm"), Context(require=("base area",))),
     Claim("lifts", "Nine lifts were running on opening day.", ("lifts",), NumberValue(9)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # another named thing that opens; a span's ends; a context after a figure, past "and"; a bracket's part of a count
        ("Imboden said the Christmas market opens on Friday, 12 December.", []),
        ("The resort opens on Friday, 12 December.", [("opening", "contradicts")]),
        ("It climbs 1,020 metres, from 1,290 m at the valley station to 2,310 m at the summit station.", [("rise", "consistent")]),
        ("The gondola climbs 985 m from the valley to the summit.", [("rise", "contradicts")]),
        ("The snow depth was 85 cm at the summit and 50 cm at the base area.", [("summit", "consistent"), ("base", "contradicts")]),
        ("Lifts: 9 (Skarn Express, Tessing T-bar and the six beginner lifts in the village)", [("lifts", "consistent")]),
        ("Lifts: 9 (and six more lifts next week)", [("lifts", "consistent")]),
    ],
)
def test_another_opening_a_spans_ends_a_context_after_and_a_bracketed_part(text: str, expected: list) -> None:
    assert statements(text, engine=SKI) == expected


PENSION = Engine(
    (Claim("age", "The statutory retirement age rises to 67.", ("retirement age",), NumberValue(67)),
     Claim("employee", "The employee contribution rate rises to 9.5% of gross pay.", ("employee rate", "employee share"), NumberValue(9.5, kind=K.PERCENT)),
     Claim("employer", "The employer contribution rate rises to 12.5% of gross pay.", ("employer rate", "employer share"), NumberValue(12.5, kind=K.PERCENT)),
     Claim("combined", "The combined contribution rate rises to 22% of gross pay.", ("combined contribution", "combined rate"), NumberValue(22, kind=K.PERCENT)),
     Claim("minimum", "The minimum pension rises to EUR 720 a month.", ("minimum pension",), NumberValue(720, kind=K.MONEY, currency="EUR")),
     Claim("for", "187 deputies voted in favour of the reform.", ("deputies", "votes"), NumberValue(187), Context(require=("favour", "passed"))),
     Claim("against", "142 deputies voted against the reform.", ("deputies", "votes"), NumberValue(142), Context(require=("against", "votes to"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure that "and" or a participle parts from a subject after it; a change's figures after a word of change;
        # an old figure in brackets or "now" before a change; a vote's tally
        ("The employee rate rises from 8.75% to 9.5% and the employer rate from 11.75% to 12.5%.", [("employee", "consistent"), ("employer", "consistent")]),
        ("The employer share goes from 11.75% to 12.5%, taking the combined contribution to 22%.", [("employer", "consistent"), ("combined", "consistent")]),
        ("The law raises the statutory retirement age from 64 to 67.", [("age", "consistent")]),
        ("The rise in the statutory retirement age, from 64 to 66 by 2038, starts in 2027.", [("age", "contradicts")]),
        ("Combined contribution rate: 22% (previously 20.5%).", [("combined", "consistent")]),
        ("The minimum pension, now EUR 610 a month, will be raised to EUR 720.", [("minimum", "consistent")]),
        ("The minimum pension is EUR 610.", [("minimum", "contradicts")]),
        ("The bill passed by 187 votes to 142.", [("for", "consistent"), ("against", "consistent")]),
        ("The bill passed by 178 votes to 124.", [("for", "contradicts"), ("against", "contradicts")]),
    ],
)
def test_parted_subjects_changes_old_figures_and_a_tally(text: str, expected: list) -> None:
    assert statements(text, engine=PENSION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a preposition ends what a figure counts, so the subject before it is the figure's; "up to" after a verb of
        # raising and its object is the new level, not a ceiling; "and 142 against" after a vote for: the votes against
        ("The statutory retirement age will rise to 66 under the new law.", [("age", "contradicts")]),
        ("The statutory retirement age will rise to 67 within the decade.", [("age", "consistent")]),
        ("Lawmakers voted to push the retirement age up to 66.", [("age", "contradicts")]),
        ("Lawmakers voted to push the retirement age up to 67.", [("age", "consistent")]),
        ("In all, 187 deputies voted in favour, four of them against their own party.", [("for", "consistent")]),
        ("187 deputies voted in favour and 124 against.", [("for", "consistent"), ("against", "contradicts")]),
        ("187 deputies voted in favour of the bill and 142 against it.", [("for", "consistent"), ("against", "consistent")]),
    ],
)
def test_a_preposition_ends_what_a_figure_counts_and_up_to_after_raising(text: str, expected: list) -> None:
    assert statements(text, engine=PENSION) == expected


WATER = Engine(
    (Claim("customers", "The merged utility, Fellbrook Water, serves over 2.3 million customers.", ("customers",), NumberValue(2_300_000, Q.OVER),
           Context(require=("Fellbrook", "combined", "merged"))),
     Claim("staff", "Fellbrook Water employs about 4,200 people.", ("people", "staff", "employs"), NumberValue(4200, Q.ABOUT), Context(require=("Fellbrook",))),
     Claim("works", "The combined company operates 112 water treatment works.", ("treatment works", "works"), NumberValue(112)),
     Claim("rise", "The average household bill rises by about £31 a year.", ("bill", "bills"), NumberValue(31, Q.ABOUT, kind=K.MONEY, currency="GBP")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "work" is no "works"; a claim of a change's size takes a change, not the level
        ("I am one of nearly 4,000 people who now work for Fellbrook Water.", [("staff", "differs")]),
        ("The average bill will go up by about £45 a year.", [("rise", "contradicts")]),
        ("The average household bill rises by £31 a year.", [("rise", "consistent")]),
        ("That is about £31 more a year, on a bill of around £509.", []),
        ("Bills will rise by £40, to £540.", [("rise", "contradicts")]),
    ],
)
def test_a_plural_nouns_stem_and_a_change_not_its_level(text: str, expected: list) -> None:
    assert statements(text, engine=WATER) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
@pytest.mark.parametrize(
    ("rows", "expected"),
    [  # a claim whose context heads another column of the row is that column's; a level is no change
        ([["Measure", "Harrowmere Water", "Fellbrook (combined)"], ["Customers", "1.42 million", "2.33 million"]], [("customers", "consistent")]),
        ([["WAIC metric", "Figure"], ["Customers of Fellbrook", "2.33 million"]], [("customers", "consistent")]),
        ([["Customer type", "Typical bill 2026–27"], ["Metered", "£521"]], []),
    ],
)
def test_a_column_the_context_heads_and_a_level_in_a_table(rows: list, expected: list, path: str) -> None:
    assert statements(_table(rows, path), path, engine=WATER) == expected


HAIL = Engine(
    (Claim("claims", "Insurers received 41,200 claims.", ("claims",), NumberValue(41200)),
     Claim("size", "Hailstones up to 7 cm across fell.", ("hailstones", "stones"), NumberValue(7, unit="cm")),
     Claim("since", "It was the worst hailstorm since 1991.", ("worst",), NumberValue(1991, kind=K.YEAR)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a count per a number of things is a rate; a "when" clause after "since YEAR" is that year's
        ("Kestrel Heights lodged 612 claims per 1,000 dwellings.", []),
        ("Insurers received 41,000 claims.", [("claims", "contradicts")]),
        ("It was the worst hailstorm since 1991, when stones of about 6 cm fell.", []),  # (1991: a year a claim gives)
        ("It was the worst hailstorm since 1991, and stones of about 6 cm fell.", [("size", "contradicts")]),
    ],
)
def test_a_rate_per_a_number_and_the_year_since(text: str, expected: list) -> None:
    assert statements(text, engine=HAIL) == expected


DESAL = Engine(
    (Claim("capacity", "The plant produces 150 megalitres of drinking water per day.", ("produces", "output"), NumberValue(150, unit="ML/day"),
           Context(require=("plant",))),
     Claim("energy", "The plant uses about 3.4 kWh of electricity per kilolitre.", ("energy",), NumberValue(3.4, Q.ABOUT, unit="kWh/kL")),
     Claim("homes", "The plant's output is enough for about 400,000 homes.", ("homes",), NumberValue(400_000, Q.ABOUT)),
     Claim("water", "The city uses less than 38 million litres of water a year.", ("water",), NumberValue(38_000_000, Q.UNDER, unit="litre")),
     Claim("site", "The plant stands at Gannet Head.", ("plant",), TextValue("Gannet Head", kind="place", wrong=("Pelham Reach",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a rate's units ("megalitres ... a day", "kWh per kilolitre", "ML/d"); a rate's unit alone names its one claim;
        # "enough ... for" where a claim says it; another plant after "older"
        ("The plant produces 125 megalitres of drinking water a day.", [("capacity", "contradicts")]),
        ("The plant produces 150 ML/d.", [("capacity", "consistent")]),
        ("The plant produces 150 ml a day.", []),  # (millilitres)
        ("Running at about 4.4 kWh per kilolitre, the plant is no model of efficiency.", [("energy", "contradicts")]),
        ("Energy use is about 3.4 kWh/kL.", [("energy", "consistent")]),
        ("The plant makes enough water for about 500,000 homes.", [("homes", "contradicts")]),
        ("The city will use about 83 million litres of water a year.", [("water", "contradicts")]),
        ("The older Brindle Bay plant averages 4.1 kWh/kL.", [("energy", "contradicts")]),
        ("The plant stands at Pelham Reach.", [("site", "contradicts")]),
    ],
)
def test_rates_their_units_and_another_plant(text: str, expected: list) -> None:
    assert statements(text, engine=DESAL) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a byline's field is a stamp whatever its verb; "Of those X, N ..." is a part; "Of the N X that answered ..." a subset
        ("WAIC 2025 attendee survey for the WAIC organising committee · Version 1.2 · Released Thursday, 14 August 2025", []),
        ("Of those exhibitors, 318 completed this survey.", []),
        ("Of the 318 exhibiting companies that answered the survey, 61% met their targets.", []),
        ("Of the 500 companies that exhibited at WAIC 2025, 61% were Chinese.", [("exhibiting-companies", "contradicts")]),
    ],
)
def test_a_stamps_field_a_part_of_those_and_a_subset_that_answered(text: str, expected: list) -> None:
    assert statements(text) == expected


DISTRICT = Engine(
    (Claim("merging", "Six schools will be merged into three campuses.", ("schools", "campuses"), NumberValue(6), Context(require=("merg*", "combin*"))),
     Claim("students", "Over 31,400 students were enrolled.", ("students",), NumberValue(31_400, Q.OVER)),
     Claim("class", "Average class size will rise to 26 students.", ("class size",), NumberValue(26)),
     Claim("posts", "The union won 300 new posts.", ("posts",), NumberValue(300)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what merged schools become is no count of them; an average is no total; a demand is no outcome
        ("Six schools will combine into three campuses.", [("merging", "consistent")]),
        ("The board voted to merge six others into three campuses.", []),
        ("Four schools will be merged into two campuses.", [("merging", "contradicts")]),
        ("Average class size will rise to 26 students next fall.", [("class", "consistent")]),
        ("Average class size will rise to 28 students.", [("class", "contradicts")]),
        ("And the merger means around 30,000 students are enrolled.", [("students", "differs")]),  # ("means": no average)
        ("The union had sought 500 new posts.", []),
    ],
)
def test_what_mergers_become_an_average_and_a_demand(text: str, expected: list) -> None:
    assert statements(text, engine=DISTRICT) == expected


def test_a_claim_whose_figure_follows_into_takes_it() -> None:
    engine = Engine((Claim("plots", "The estate was merged into 12 plots.", ("plots",), NumberValue(12)),))
    assert statements("The estate was merged into 14 plots.", engine=engine) == [("plots", "contradicts")]


PORT = Engine(
    (Claim("site", "The new container terminal was built at Brennock Spit.", ("new terminal", "terminal"), TextValue("Brennock Spit", kind="place", wrong=("Carrow Point",))),
     Claim("depth", "The approach channel is 16 metres deep.", ("channel",), NumberValue(16, unit="m")),
     Claim("calls", "Over 2,100 vessel calls were recorded.", ("vessel calls", "calls"), NumberValue(2100, Q.OVER)),
     Claim("teu", "The port handled over 4.2 million TEU.", ("containers", "container throughput"), NumberValue(4_200_000, Q.OVER)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a firm's name that ends with the subject word is no place of it; "from X to its current depth": the old figure
        ("It is operated by the firm Tidewell Terminals.", []),
        ("The new terminal was built at Carrow Point.", [("site", "contradicts")]),
        ("Dredgers took the approach channel from 14.5 metres to its current depth.", []),
        ("The approach channel is now 15 metres deep.", [("depth", "contradicts")]),
    ],
)
def test_a_firms_name_and_a_change_to_the_current_figure(text: str, expected: list) -> None:
    assert statements(text, engine=PORT) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
def test_a_bracket_in_a_label_is_no_head(path: str) -> None:
    rows = [["Indicator", "2025"], ["Vessel calls (all container)", "2,164"]]
    assert statements(_table(rows, path), path, engine=PORT) == [("calls", "consistent")]


LIBRARY = Engine(
    (Claim("reopened", "The Central Library reopened on 14 September 2024.", ("reopened",), DateValue(PartialDate(2024, 9, 14))),
     Claim("members", "The library had over 312,000 members.", ("members",), NumberValue(312_000, Q.OVER)),
     Claim("specimens", "The species was described from 12 specimens.", ("specimens",), NumberValue(12)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a date after "since" starts a state; members of another body are not the claim's
        ("The main library, shut since July 2022, reopened on 14 September 2024.", [("reopened", "consistent")]),
        ("Public: 14 members of the public; 1 member of the press", []),
        ("The library had 300,000 members.", [("members", "contradicts")]),
        ("We had about ten specimens of the new frog.", [("specimens", "contradicts")]),  # (what they are: read)
    ],
)
def test_a_date_since_and_members_of_another_body(text: str, expected: list) -> None:
    assert statements(text, engine=LIBRARY) == expected


SENTENCE = Engine(
    (Claim("prison", "Wrenfield was sentenced to 14 years in prison.", ("prison", "imprisonment"), NumberValue(14, unit="year")),
     Claim("release", "The term is to be followed by three years of supervised release.", ("supervised release",), NumberValue(3, unit="year")),
     Claim("judge", "Judge Helena Marchetti presided.", ("judge",), TextValue("Helena Marchetti", kind="name", aliases=("Marchetti",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "N years of X" is the X's, where a claim's subject names it; "Hon." is a title, no sentence's end
        ("He was sentenced to fourteen years' imprisonment, four years of supervised release and a fine.", [("prison", "consistent"), ("release", "contradicts")]),
        ("The presiding judge was Hon. Helena Marchetti.", [("judge", "consistent")]),
    ],
)
def test_years_of_a_named_thing_and_an_honourable_judge(text: str, expected: list) -> None:
    assert statements(text, engine=SENTENCE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the project's claims: a premier's or vice foreign minister's title beside WAIC or the headquarters is China's
        ("At WAIC 2025, Premier Wen Jiabao proposed the World AI Cooperation Organization.", [("premier", "contradicts")]),
        ("Vice Foreign Minister Deng Li said Shanghai was under consideration for the headquarters.", [("vice-foreign-minister", "contradicts")]),
        ("Ontario Premier Doug Ford visited WAIC 2025.", []),
    ],
)
def test_the_premier_and_vice_foreign_minister_at_waic(text: str, expected: list) -> None:
    assert statements(text) == expected


SALOON = Engine(
    (Claim("model", "Korvane's new electric saloon is called the Estra 6.", ("saloon", "model"),
           TextValue("Estra 6", kind="name", aliases=("Estra Six",))),
     Claim("preorders", "Over 18,000 customers pre-ordered the saloon in its first week.", ("pre-orders", "customers"),
           NumberValue(18000, Q.OVER), Context(require=("Estra", "launch", "first week"))),
     Claim("workers", "The plant employs 2,400 workers.", ("workers", "employees", "employee"), NumberValue(2400)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the number of a claim's name counts nothing; "turns 21" is an age, where no claim gives one
        ("Some 18,000 customers placed pre-orders for the Estra 6 during the launch week.", [("preorders", "consistent")]),
        ("Customers placed 12,000 pre-orders for the Estra 6 during the launch week.", [("preorders", "contradicts")]),
        ("When an employee turns 21 during a pay period, the adult rate applies.", []),
        ("When an employee turns 21, the adult rate applies.", []),
    ],
)
def test_a_names_number_and_an_age_after_turns(text: str, expected: list) -> None:
    assert statements(text, engine=SALOON) == expected


BOOK_FAIR = Engine(
    (Claim("dates", "The Northmarch Book Fair 2026 ran from 15 to 18 October 2026.", ("book fair", "Northmarch Book Fair", "Northmarch"),
           DateValue(PartialDate(2026, 10, 15), PartialDate(2026, 10, 18))),
     Claim("opening", "The fair opened on Thursday, 15 October 2026.", ("opened", "opening"), WeekdayValue(3, PartialDate(2026, 10, 15))),
     Claim("city", "The fair took place in the city of Dunmarrow.", ("fair", "book fair", "host city"), TextValue("Dunmarrow", kind="place")),
     Claim("hall", "The fair was held in Corran Hall.", ("hall", "venue"), TextValue("Corran Hall", kind="place")),
     Claim("guest", "Estonia was the guest-of-honour country.", ("guest of honour",),
           TextValue("Estonia", kind="place", wrong=("Latvia", "Finland"))),
     Claim("winner", "Maren Oduya won the prize for best debut.", ("winner", "debut winner"), TextValue("Maren Oduya", kind="name")),
     Claim("countries", "31 countries were represented at the fair.", ("countries",), NumberValue(31)),
     Claim("area", "The exhibition covered 24,000 square metres.", ("floor space",), NumberValue(24000, unit="square metre")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place that opens a name the statements give; days a list gives; a contracted pronoun; where those that no
        # claim counts come from; a street; a known place a copula links to the subject
        ("The Northmarch Book Fair has been held since 1999.", []),
        ("Crowds pack Corran Hall as Northmarch Book Fair throws open its doors.", [("hall", "consistent")]),
        ("The 28th Northmarch Book Fair closed its doors.", []),
        ("The book fair was held in Harrowgate this year.", [("city", "contradicts")]),
        ("Opening hours are 10:00 to 19:00 on Thursday, Friday and Saturday.", []),
        ("The fair opened on Friday, 16 October.", [("opening", "contradicts")]),
        ("More than 250 authors, and a debut winner I'd already fallen for.", []),
        ("The debut winner Maren Odell thanked her publisher.", [("winner", "contradicts")]),
        ("Some 412 journalists from 22 countries were accredited.", []),
        ("Exhibitors came from 22 countries.", [("countries", "contradicts")]),
        ("The fair drew 1,200 participants from 22 countries.", [("countries", "contradicts")]),
        ("Tram line 3 stops outside the hall at Quayside Road.", []),
        ("The guest of honour this year was Latvia, and its pavilion was busy.", [("guest", "contradicts")]),
        ("Finland was this year's guest of honour.", [("guest", "contradicts")]),
        ("Estonia was the guest of honour.", [("guest", "consistent")]),
        ("All times on the guest of honour's stand are Finland time.", []),
    ],
)
def test_names_lists_pronouns_origins_streets_and_a_copula(text: str, expected: list) -> None:
    assert statements(text, engine=BOOK_FAIR) == expected


@pytest.mark.parametrize("path", TABLE_PATHS)
def test_a_headers_unit_in_brackets_and_a_column_of_the_whole(path: str) -> None:
    rows = [["Indicator", "2026", "Group"], ["Floor space (m²)", "more than 22,000", "61,000"]]
    assert statements(_table(rows, path), path, engine=BOOK_FAIR) == [("area", "differs")]
    rows = [["Indicator", "2026"], ["Floor space (m²)", "24,000"]]
    assert statements(_table(rows, path), path, engine=BOOK_FAIR) == [("area", "consistent")]


AMNESTY = Engine(
    (Claim("taxpayers", "Over 41,000 taxpayers came forward under the 2024-25 tax amnesty.", ("taxpayers",), NumberValue(41000, Q.OVER),
           Context(require=("amnesty", "came forward", "programme"))),
     Claim("collected", "The 2024-25 amnesty collected EUR 1.14 billion in tax.", ("collected", "tax collected"),
           NumberValue(1.14e9, kind=K.MONEY, currency="EUR")),
     Claim("declared", "Taxpayers declared EUR 8.6 billion under the 2024-25 amnesty.", ("declared", "amount declared"),
           NumberValue(8.6e9, kind=K.MONEY, currency="EUR")),
     Claim("penalty", "The 2024-25 amnesty charged a flat penalty of 7.5%.", ("penalty", "penalty rate"), NumberValue(7.5, kind=K.PERCENT)),
     Claim("unit", "Disclosures were processed in Brannow.", ("processed", "processing"), TextValue("Brannow", kind="place")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a comparison "against the" figure, and its range's other end; what "any future" scheme would take; a name
        # that ends in an organisation's word
        ("The penalty was a flat 7.5%, against the 40% to 150% that applies when the tax office finds you.", [("penalty", "consistent")]),
        ("The penalty was a flat 10%, against the 40% to 150% that applies otherwise.", [("penalty", "contradicts")]),
        ("Opposition MP Dragan Mollet wants a 20% minimum penalty in any future amnesty.", []),
        ("The amnesty's penalty rate was 20%, and it should stay so.", [("penalty", "contradicts")]),
        ("Disclosures are processed by the Directorate's Voluntary Disclosure Unit.", []),
        ("Disclosures were processed in Kaldemar.", [("unit", "contradicts")]),
    ],
)
def test_a_comparison_against_the_any_future_and_an_organisations_name(text: str, expected: list) -> None:
    assert statements(text, engine=AMNESTY) == expected


def test_a_row_of_another_year_and_a_qualifier_across_a_plain_tables_column_gap() -> None:
    rows = """\
=============  ===========  ============  ==============  ===========
Programme      Taxpayers    Declared      Collected       Penalty
=============  ===========  ============  ==============  ===========
1996 amnesty   3,150        €0.4bn        €52m            20%
2024 amnesty   41,268       see above     €1.14bn         7.5%
=============  ===========  ============  ==============  ===========
"""
    assert statements(rows, "doc.rst", engine=AMNESTY) == [("taxpayers", "consistent"), ("collected", "consistent"), ("penalty", "consistent")]


LANES = Engine(
    (Claim("length", "The network has over 140 km of protected cycle track.", ("cycle track", "cycle lane", "cycle lanes"),
           NumberValue(140, Q.OVER, unit="km")),
     Claim("spaces", "Over 4,500 new cycle parking spaces were installed.", ("parking spaces", "spaces"), NumberValue(4500, Q.OVER)),
     Claim("opening", "The network opened on 14 June 2025.", ("opens", "opened"), DateValue(PartialDate(2025, 6, 14))),
     Claim("others", "Five other Corvane regions saw knock-on errors.", ("other regions", "regions"), NumberValue(5)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # another thing that opens; a "when" clause that ends in another year; a part that "including" gives; a
        # narrowing word of the claim's own statement; a claim that counts "other" things
        ("Consultation opens on 1 July.", []),
        ("The network opens on 1 July.", [("opening", "contradicts")]),
        ("The resort opens on 1 July.", [("opening", "contradicts")]),
        ("A city that, when the Alliance was founded in 1998, had exactly 4 km of cycle track.", []),
        ("Over 4,500 new cycle parking spaces, including 300 for cargo bikes.", [("spaces", "consistent")]),
        ("Some 3,900 new cycle parking spaces were installed.", [("spaces", "contradicts")]),
        ("Errors rippled out to five other Corvane regions.", [("others", "consistent")]),
        ("Errors rippled out to six other Corvane regions.", [("others", "contradicts")]),
    ],
)
def test_processes_that_open_when_clauses_inclusions_and_others(text: str, expected: list) -> None:
    assert statements(text, engine=LANES) == expected


TOKAMAK = Engine(
    (Claim("pulse", "The record pulse lasted 428 seconds.", ("pulse", "lasted"), NumberValue(428, unit="second")),
     Claim("radius", "The tokamak's major radius is 2.1 m.", ("major radius", "radius"), NumberValue(2.1, unit="m")),
     Claim("ticket", "An adult ticket for the tour costs €12.", ("ticket",), NumberValue(12, kind=K.MONEY, currency="EUR")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # minutes and seconds make one duration; the opposite of a word of the claim's statement names another thing
        ("The record pulse lasted seven minutes and eight seconds.", [("pulse", "consistent")]),
        ("The record pulse lasted 7 minutes and 9 seconds.", [("pulse", "contradicts")]),
        ("Minor radius: 0.95 m.", []),
        ("Major radius: 2.4 m.", [("radius", "contradicts")]),
        ("A child ticket costs €6.", []),
        ("An adult ticket costs €14.", [("ticket", "contradicts")]),
    ],
)
def test_minutes_and_seconds_and_the_opposite_kind(text: str, expected: list) -> None:
    assert statements(text, engine=TOKAMAK) == expected


NURSES = Engine(
    (Claim("members", "The union has over 62,000 members.", ("members",), NumberValue(62000, Q.OVER)),
     Claim("turnout", "The strike ballot's turnout was 71%.", ("turnout",), NumberValue(71, kind=K.PERCENT)),
     Claim("vacancies", "There are nearly 5,900 unfilled nursing posts.", ("vacancies",), NumberValue(5900, Q.NEARLY)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # one unit's part of a larger body; a sentence that opens in the past; a percentage right before the subject is
        # the subject's, so a later one is not ("On a 71% turnout, 89% voted")
        ("Special thanks to the 212 members of this branch who did picket duty.", []),
        ("Branch turnout: 76%.", []),
        ("Turnout: 76%.", [("turnout", "contradicts")]),
        ("Five years ago, Ms Farrant reminded the crowd, there were 3,400 vacancies.", []),
        ("Last year, there were 3,400 vacancies.", []),
        ("There are now 3,400 vacancies.", [("vacancies", "contradicts")]),
        ("On a 71% turnout, 89% voted for strike action.", [("turnout", "consistent")]),
        ("On a 61% turnout, 89% voted for strike action.", [("turnout", "contradicts")]),
        ("The turnout was 89%.", [("turnout", "contradicts")]),
    ],
)
def test_a_subunits_part_and_a_sentence_that_opens_in_the_past(text: str, expected: list) -> None:
    assert statements(text, engine=NURSES) == expected


UNION_THEN = Engine(
    (Claim("members", "The union has over 62,000 members.", ("members",), NumberValue(62000, Q.OVER)),
     Claim("vacancies-then", "There were 3,100 unfilled posts last year.", ("vacancies",), NumberValue(3100), Context(require=("last year",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a sentence that opens in the past (a year or more ago) states only the claims of a past time, whatever the others are
        ("Last year, there were 3,400 vacancies.", [("vacancies-then", "contradicts")]),
        ("Last year, there were 3,100 vacancies.", [("vacancies-then", "consistent")]),
        ("Last year, the union had 50,000 members.", []),
        ("The union has 50,000 members.", [("members", "contradicts")]),
        ("Last week, the union had 50,000 members.", [("members", "contradicts")]),  # (a week ago is the news's own time)
    ],
)
def test_a_sentence_that_opens_in_the_past_states_only_past_claims(text: str, expected: list) -> None:
    assert statements(text, engine=UNION_THEN) == expected


ZOO = Engine(
    (Claim("animals", "At the end of 2024 the zoo held over 4,200 animals.", ("animals",), NumberValue(4200, Q.OVER)),
     Claim("opening", "Mabeli Forest opened on Saturday 18 May 2024.", ("open", "opened", "opening"), DateValue(PartialDate(2024, 5, 18))),
     Claim("director", "The zoo's director is Dr Helena Marsk.", ("director",), TextValue("Helena Marsk", kind="name", wrong=("Helen Marsh",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a dateline with a town in title case; one group's count after its label; a hope inside a quotation after its
        # speaker, which hedges nothing the speaker's title says
        ("Brennick, 2 May 2024 — The zoo confirmed that Mabeli Forest will open on Saturday 18 May.", [("opening", "consistent")]),
        ("Mabeli Forest opened on 2 May 2024.", [("opening", "contradicts")]),
        ("Bongo herd: 11 animals, the youngest born on 9 February.", []),
        ("Animals: 3,900.", [("animals", "contradicts")]),
        ('Zoo director Dr Helen Marsh said: "It did exactly what we hoped."', [("director", "contradicts")]),
        ('One keeper guessed that "maybe 3,000 animals" would be moved.', []),
    ],
)
def test_a_title_case_dateline_a_groups_label_and_a_quoted_hope(text: str, expected: list) -> None:
    assert statements(text, engine=ZOO) == expected


ROUTES = Engine(
    (Claim("routes", "The electric buses serve 12 routes.", ("routes",), NumberValue(12)),
     Claim("stations", "The scheme has 64 docking stations.", ("docking stations", "stations"), NumberValue(64)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a capitalised plural before numbers lists labels; a lower-case one counts
        ("Routes 5, 22 and 40 will run a mix of electric and diesel vehicles.", []),
        ("The electric buses now serve 14 routes.", [("routes", "contradicts")]),
        ("| Docking stations | 58 |", [("stations", "contradicts")]),
    ],
)
def test_a_capitalised_plural_lists_labels(text: str, expected: list) -> None:
    assert statements(text, "doc.md", engine=ROUTES) == expected


def test_the_claims_values_are_one_pattern_longest_first() -> None:
    """One pattern for every text claim's values (built once, not once per claim): at one place its longest variant
    wins, so a shorter own value inside another's longer one is still seen as inside it."""
    from factcheck.match.events import all_values

    claims = [
        Claim("county", "The park is in County Mayo.", ("county",), TextValue("County Mayo", kind="place", aliases=("Mayo",), wrong=("Galway",))),
        Claim("title", "Its working title was North Mayo Uplands National Park.", ("working title",),
              TextValue("North Mayo Uplands National Park", kind="quote", wrong=("Mayo Uplands",))),
    ]  # fmt: skip
    pattern = all_values(claims)
    assert pattern is not None
    text = "the working title North Mayo Uplands National Park, in Galway"
    assert [m.group(0) for m in pattern.finditer(text)] == ["North Mayo Uplands National Park"]  # (a place's wrong value is left out)
    assert all_values(claims[:0]) is None


RENTS = Engine(
    (Claim("cap", "Under the ordinance, rents may rise by 3.5% a year.", ("rent cap", "cap", "capped", "rent increases", "increases"), NumberValue(3.5, kind=K.PERCENT)),
     Claim("renters", "58% of households rent their home.", ("households", "renters", "rent"), NumberValue(58, kind=K.PERCENT)),
     Claim("yield", "The 10-year yield is 5.9%.", ("yield",), NumberValue(5.9, kind=K.PERCENT)),
     Claim("rank", "Velmore is the fourth most expensive rental market.", ("most expensive",), NumberValue(4, kind=K.ORDINAL)),
     Claim("vote", "The council passed the ordinance on 13 November 2025.", ("passed",), DateValue(PartialDate(2025, 11, 13))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a change noun right after a subject makes the figure the change's ("rent rises"), and a bound on that change is
        # the change, not a level; a figure "in" a year before the claims' dates is that year's
        ("Velmore council caps rent rises at 3.5% a year.", [("cap", "consistent")]),
        ("Velmore council caps rent rises at 4% a year.", [("cap", "contradicts")]),
        ("Rent increases are limited to 4% a year.", [("cap", "contradicts")]),
        ("Rent: 61% of households.", [("renters", "contradicts")]),
        ("The 10-year yield rose to 6.9% after the cut.", [("yield", "contradicts")]),
        ("Yields rise to 6.9%.", [("yield", "contradicts")]),
        ("Velmore is now the fourth most expensive rental market (it was seventh in 2015).", [("rank", "consistent")]),
        ("Velmore was the seventh most expensive rental market in 2026.", [("rank", "contradicts")]),
    ],
)
def test_a_change_of_the_subject_and_a_figure_of_an_earlier_year(text: str, expected: list) -> None:
    assert statements(text, engine=RENTS) == expected


FINISHERS = Engine(
    (Claim("finished", "87 cars reached the finish.", ("finishers", "cars finished", "cars reached the finish"), NumberValue(87)),
     Claim("zones", "Two availability zones went down.", ("zones went down",), NumberValue(2)),
     Claim("tabled", "Over 140 amendments were tabled to the bill.", ("amendments tabled",), NumberValue(140, Q.OVER)),
     Claim("readings", "The bill had three readings.", ("readings",), NumberValue(3)),
     Claim("speakers", "47 members of the public addressed the committee.", ("members of the public",), NumberValue(47)),
     Claim("robots", "The fair showed 60 humanoid robots.", ("humanoid robots",), NumberValue(60)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject of the counted noun and its verb ("cars finished"), but not for the whole a part is taken from; a
        # sentence that opens with a name of another year ("The Water Act of 1998") is that year's
        ("Nearly 90 cars finished in Port Selden.", [("finished", "differs")]),
        ("87 cars reached the finish.", [("finished", "consistent")]),
        ("Two of three zones went down together.", []),
        ("The Water Act of 1998 saw 64 amendments tabled.", []),
        ("The bill saw 64 amendments tabled.", [("tabled", "contradicts")]),
        ("The Water Act of 1998 had five readings.", []),
        ("The bill had five readings.", [("readings", "contradicts")]),
        ("Thirty-nine members of the public addressed the committee.", [("speakers", "contradicts")]),
        ("The stand's 12 humanoid robots drew crowds.", []),
    ],
)
def test_a_subject_of_the_counted_noun_and_its_verb(text: str, expected: list) -> None:
    assert statements(text, engine=FINISHERS) == expected


SURF = Engine(
    (Claim("height", "The record wave measured 26.4 metres.", ("wave", "record wave"), NumberValue(26.4, unit="m")),
     Claim("age", "Aldous was 31 years old when she rode the wave.", ("Aldous", "age", "aged", "years old"), NumberValue(31, unit="year")),
     Claim("date", "The record wave was ridden on 17 August 2024.", ("ridden", "rode"), DateValue(PartialDate(2024, 8, 17))),
     Claim("ranking", "Aldous was ranked third on the tour.", ("ranked", "ranking"), NumberValue(3, kind=K.ORDINAL)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a comparative after a figure gives a difference; an age something began at, a birthday and a figure with an
        # earlier year in brackets are no claim's (unless a claim gives one)
        ("Aldous's wave is 1.6 metres taller, an increase of about 6%.", []),
        ("The wave measured 24 metres.", [("height", "contradicts")]),
        ("Aldous started surfing at the age of nine.", []),
        ("Aldous rode the wave at the age of 30.", [("age", "contradicts")]),
        ("Maren Aldous (born 3 May 1993) rode the wave.", []),
        ("Aldous rode the wave on 3 May 1993.", [("date", "contradicts")]),
        ("Best tour ranking: 2nd (2023).", []),
        ("Aldous was ranked 2nd (2024).", [("ranking", "contradicts")]),
    ],
)
def test_a_difference_a_beginning_a_birthday_and_an_earlier_year(text: str, expected: list) -> None:
    assert statements(text, engine=SURF) == expected


BASHO = Engine(
    (Claim("attendance", "Over 150,000 spectators attended the tournament.", ("attendance", "spectators", "crowd"), NumberValue(150000, Q.OVER)),
     Claim("wins", "Ryuzanho finished with 13 wins.", ("wins",), NumberValue(13)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a period after a preposition does not take the subject before it; a numbered day's figure is a part; a venue's
        # capacity is room for, not who came
        ("Total attendance across the fifteen days reached 130,000.", [("attendance", "contradicts")]),
        ("Total attendance across the fifteen days reached 150,500.", [("attendance", "consistent")]),
        ("Days 1–4: four straight wins.", []),
        ("On Day 2 a typhoon warning kept the crowd to 7,900.", []),
        ("Ryuzanho finished with 12 wins.", [("wins", "contradicts")]),
        ("The arena holds 10,400 spectators.", []),
        ("The arena, which seats 10,400, was full.", []),
        ("Some 10,400 spectators attended.", [("attendance", "contradicts")]),
    ],
)
def test_a_period_a_numbered_day_and_a_capacity(text: str, expected: list) -> None:
    assert statements(text, engine=BASHO) == expected


OPERA = Engine(
    (Claim("seats", "The restored auditorium has 1,874 seats.", ("seats",), NumberValue(1874)),
     Claim("pit", "The enlarged orchestra pit holds 110 musicians.", ("orchestra pit", "pit", "musicians"), NumberValue(110)),
     Claim("price", "Tickets for the reopening gala cost up to €1,200.", ("gala tickets", "tickets", "ticket"), NumberValue(1200, Q.AT_MOST, kind=K.MONEY, currency="EUR")),
     Claim("gala", "The gala was held on Saturday, 10 October 2026.", ("gala",), WeekdayValue(5, PartialDate(2026, 10, 10))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "every one of" takes all of an owner's whole, which the claim's statement may name; "enlarged from ... to" gives
        # the new figure; a sum of the subject ("ticket revenue") is no price; a sale's day is no event's
        ("Every one of the auditorium's 1,847 seats was taken.", [("seats", "contradicts")]),
        ("The club's 1,847 seats were taken.", []),
        ("The orchestra pit was enlarged from 78 to 110 musicians.", [("pit", "consistent")]),
        ("Ticket revenue from the gala was €1.14 million.", []),
        ("Gala tickets cost from €95 and go on sale to Friends of the Aurelian on Tuesday 14 April.", [("price", "differs")]),
        ("The gala is on Tuesday 14 April.", [("gala", "contradicts")]),
    ],
)
def test_every_one_of_a_sum_of_the_subject_and_a_sale_day(text: str, expected: list) -> None:
    assert statements(text, engine=OPERA) == expected


MARCH = Engine((Claim("protest", "The protest march took place on 5 March 2026.", ("protest", "march", "marched"), DateValue(PartialDate(2026, 3, 5))),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject that is a month's name in a date is no subject ("march" in "11 March 2026")
        ("Council met at Harcourt House on 11 March 2026 and approved the rise.", []),
        ("The vice-chancellor agreed to hold a public Q&A on March 25.", []),
        ("The march took place on 6 March.", [("protest", "contradicts")]),
        ("Students marched on 5 March 2026.", [("protest", "consistent")]),
    ],
)
def test_a_month_in_a_date_is_no_subject(text: str, expected: list) -> None:
    assert statements(text, engine=MARCH) == expected


HOCKEY = Engine(
    (Claim("champions", "The Kestrel Bay Harriers won the 2026 Aurelian Cup.", ("champions", "Aurelian Cup"),
           TextValue("Kestrel Bay Harriers", kind="name", aliases=("Harriers",), wrong=("Dunmore Ironclads",))),
     Claim("crowd", "About 120,000 people lined the parade route.", ("parade crowd", "crowd"), NumberValue(120000, Q.ABOUT)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "Final" ends a cup's name and is no name of a team; "the YEAR parade crowd" is that year's
        ("2026 Aurelian Cup Final", []),
        ("The 54th Aurelian Cup Final was broadcast in 31 countries.", []),
        ("The Dunmore Ironclads won the Aurelian Cup.", [("champions", "contradicts")]),
        ("Police estimated the 2014 parade crowd at about 90,000.", []),
        ("Police estimated the parade crowd at about 90,000.", [("crowd", "contradicts")]),
    ],
)
def test_a_final_and_a_year_before_a_modified_subject(text: str, expected: list) -> None:
    assert statements(text, engine=HOCKEY) == expected


TRAWLER = Engine(
    (Claim("aboard", "There were 9 crew aboard the trawler.", ("crew", "men"), NumberValue(9), Context(require=("aboard", "trawler"))),
     Claim("missing", "3 crew members remain missing.", ("missing", "lost"), NumberValue(3)),
     Claim("length", "The trawler was 21 metres long.", ("trawler", "vessel", "long", "length", "boats"), NumberValue(21, unit="m")),
     Claim("skipper", "The skipper was Tomas Auldwick.", ("skipper",), TextValue("Tomas Auldwick", kind="name", wrong=("Andrew Auldwick",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "were lost" says what befell those counted; a bound of a class ("of 15 m and over", "every vessel over 12
        # metres") is no measure of the claim's thing; a relative's name is not the title holder's
        ("Four men were lost from the trawler.", [("missing", "contradicts")]),
        ("The trawler sailed with nine men aboard.", [("aboard", "consistent")]),
        ("The rules cover all fishing vessels of 15 m length and over.", []),
        ("Every vessel over 12 metres must log alarms.", []),
        ("The trawler was 18 metres long.", [("length", "contradicts")]),
        ("The missing men are the skipper's brother Andrew Auldwick and Kieran Moss.", []),
        ("The skipper, Andrew Auldwick, sent the mayday.", [("skipper", "contradicts")]),
    ],
)
def test_were_lost_a_class_bound_and_a_relative(text: str, expected: list) -> None:
    assert statements(text, engine=TRAWLER) == expected


FLIGHT = Engine(
    (Claim("passengers", "The flight carried four paying passengers.", ("passengers", "paying passengers", "people"), NumberValue(4)),
     Claim("duration", "The flight lasted 11 minutes.", ("flight", "lasted"), NumberValue(11, unit="minute")),
     Claim("weightless", "Passengers had about four minutes of weightlessness.", ("weightlessness",), NumberValue(4, Q.ABOUT, unit="minute")),
     Claim("rank", "Aurora ranks 3rd among space-tourism firms.", ("ranks", "ranked"), NumberValue(3, kind=K.ORDINAL)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an age after "at" beside "oldest"; the staff a firm employs; a countdown; an ordinal day of a month; a part
        # after "including" names no subject of the whole's figure
        ("Mirela Dunstan, the oldest passenger on the flight at 71, cheered.", []),
        ("The company employs more than 640 people.", []),
        ("Six people flew.", [("passengers", "contradicts")]),
        ("The flight director called it at T-minus 40 minutes.", []),
        ("On the fourteenth of March, the firm was ranked third.", [("rank", "consistent")]),
        ("The flight lasted 11 minutes, including around four minutes of weightlessness.", [("duration", "consistent"), ("weightless", "consistent")]),
        ("The ride took 11 minutes, including around four minutes of weightlessness.", [("weightless", "consistent")]),
        ("The flight lasted 14 minutes.", [("duration", "contradicts")]),
    ],
)
def test_an_age_the_staff_a_countdown_a_day_of_a_month_and_a_part(text: str, expected: list) -> None:
    assert statements(text, engine=FLIGHT) == expected


PARKING = Engine(
    (Claim("charge", "Parking cost £2.40 an hour before the change.", ("tariff", "charge", "hourly charge"), NumberValue(2.4, kind=K.MONEY, currency="GBP")),
     Claim("start", "Free parking starts on 1 April 2026.", ("scrapped", "starts", "free"), DateValue(PartialDate(2026, 4, 1))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a citation by an author's surname and initials is dated by its publication
        ('1. Corrigan, N. "Hospital parking charges to be scrapped from April", Merrowdale Courier, 13 February 2026.', []),
        ("Charges were scrapped from 13 February 2026.", [("start", "contradicts")]),
    ],
)
def test_an_authors_citation(text: str, expected: list) -> None:
    assert statements(text, "doc.md", engine=PARKING) == expected


COMMANDER = Engine((Claim("commander", "Area Manager Tobias Fenwick was the incident commander.", ("incident commander",), TextValue("Tobias Fenwick", kind="name")),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "Manager" and "Officer" are titles before a name in apposition, not part of it
        ('Area Manager Tobias Fenwick, the incident commander, told the Courier: "It was a long night."', [("commander", "consistent")]),
        ("Area Manager Tobias Fenton, the incident commander, said it was a long night.", [("commander", "contradicts")]),
    ],
)
def test_a_managers_title_before_a_name(text: str, expected: list) -> None:
    assert statements(text, engine=COMMANDER) == expected


CLOSURES = Engine(
    (Claim("fall", "Like-for-like sales fell 18% in the year to January 2025.", ("sales",), NumberValue(18, kind=K.PERCENT), Context(require=("fell", "down", "drop"))),
     Claim("jobs", "More than 3,200 jobs will be lost.", ("jobs", "redundancies"), NumberValue(3200, Q.OVER)),
     Claim("closing", "The chain shuts on 29 March 2025.", ("shuts",), DateValue(PartialDate(2025, 3, 29))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "the year before" and "in the year to January 2024" date a figure to another year; "where 100 or more" is a
        # condition's threshold
        ("Like-for-like sales fell 18% in the year to January, after a 9% drop the year before.", [("fall", "consistent")]),
        ("Like-for-like sales fell 9%.", [("fall", "contradicts")]),
        ("Like-for-like sales fell 9% on the year before.", [("fall", "contradicts")]),  # the change's base, not its year
        ("Like-for-like sales: down 18% in the year to January 2025 (down 9% in the year to January 2024).", [("fall", "consistent")]),
        ("The legal minimum applies where 100 or more redundancies are proposed.", []),
        ("Some 100 jobs will be lost.", [("jobs", "contradicts")]),
    ],
)
def test_the_year_before_and_a_conditions_threshold(text: str, expected: list) -> None:
    assert statements(text, engine=CLOSURES) == expected


REVIVAL = Engine(
    (Claim("hours", "Radio Sorrel broadcasts 28 hours a week in Halvani.", ("broadcasts",), NumberValue(28, unit="hour"), Context(require=("radio",))),
     Claim("target", "The programme's target is 10,000 fluent speakers by 2040.", ("fluent speakers", "target"), NumberValue(10000), Context(require=("2040",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a length "a week" states a claim of so many hours a week; a goal states a claim of a target
        ("Radio Sorrel broadcasts 24 hours a week in Halvani.", [("hours", "contradicts")]),
        ("Radio Sorrel broadcasts 28 hours a week in Halvani.", [("hours", "consistent")]),
        ("Radio Sorrel broadcasts 24 hours a day.", []),
        ("The programme aims to have 15,000 fluent speakers by 2040.", [("target", "contradicts")]),
    ],
)
def test_a_rate_and_a_goal_that_claims_state(text: str, expected: list) -> None:
    assert statements(text, engine=REVIVAL) == expected



STANDARDS = Engine(
    (Claim("seat", "Elsworth was the MP for Ashcombe and Rilford.", ("constituency", "seat", "MP for", "Member for", "constituents"),
           TextValue("Ashcombe and Rilford", kind="place", aliases=("Ashcombe & Rilford",))),
     Claim("report", "The committee's report was published on 11 March 2025.", ("report", "published", "publication"), DateValue(PartialDate(2025, 3, 11))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a party is no place, nor is a word of an institution's name ("House of Commons"); a claim with a subject after
        # "previous" (any of its subjects, not only the nearest) is another instance's
        ("This sets out the case against Martin Elsworth, Conservative Member for Ashcombe and Rilford.", []),
        ("It was a by-election for the UK House of Commons constituency of Ashcombe and Rilford.", []),
        ("The Committee's previous report was published on 4 February 2025.", []),
        ("The report was published on 4 February 2025.", [("report", "contradicts")]),
    ],
)
def test_a_party_an_institution_and_a_previous_report(text: str, expected: list) -> None:
    assert statements(text, engine=STANDARDS) == expected


HACK = Engine(
    (Claim("city", "The hackathon was held in Brennmoor.", ("hackathon", "civic hack", "hosted", "held"), TextValue("Brennmoor", kind="place", wrong=("Ashcombe",))),
     Claim("participants", "More than 260 people took part.", ("participants", "people"), NumberValue(260, Q.OVER)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place after a superlative's "in" is the ranking's scope, not the venue; "the youngest participant was 16" is
        # an age
        ("It is the third-largest civic hackathon in Europe.", []),
        ("The hackathon was held in Ashcombe.", [("city", "contradicts")]),
        ("It is the largest hackathon held in Ashcombe.", [("city", "contradicts")]),
        ("Women made up 44 per cent of the field, and the youngest participant was 16.", []),
        ("Some 200 participants took part.", [("participants", "contradicts")]),
    ],
)
def test_a_superlatives_scope_and_the_youngest(text: str, expected: list) -> None:
    assert statements(text, engine=HACK) == expected


EXPLOSION = Engine(
    (Claim("deaths", "Three people died in the explosion.", ("died", "killed", "deaths", "lives"), NumberValue(3)),
     Claim("firefighters", "About 120 firefighters fought the blaze.", ("firefighters",), NumberValue(120, Q.ABOUT)),
     Claim("injured", "47 people were injured.", ("injured", "treated"), NumberValue(47)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "the YEAR <name> <subject>" is that year's; "were treated" says what befell those counted
        ("The deadliest, the 1977 Corliss Junction explosion, killed eleven people.", []),
        ("The explosion killed eleven people.", [("deaths", "contradicts")]),
        ("Six firefighters were treated for burns and smoke inhalation.", [("injured", "contradicts")]),
        ("Some 90 firefighters fought the blaze.", [("firefighters", "contradicts")]),
    ],
)
def test_a_named_years_event_and_those_treated(text: str, expected: list) -> None:
    assert statements(text, engine=EXPLOSION) == expected


DERBY = Engine(
    (Claim("winner", "Silver Tamarind won the Caldermoor Derby.", ("winner", "won"), TextValue("Silver Tamarind", kind="name", wrong=("Copper Lantern",))),
     Claim("jockey", "Orla Brennick rode the winner.", ("jockey", "rode", "ridden"), TextValue("Orla Brennick", kind="name", wrong=("Kit Dorran",))),
     Claim("course", "The Caldermoor Derby is run at Harrowfield.", ("racecourse", "course", "Derby"), TextValue("Harrowfield", kind="place", wrong=("Kelmscar",))),
     Claim("date", "The Caldermoor Derby was run on 7 June 2025.", ("Derby", "race", "run"), DateValue(PartialDate(2025, 6, 7))),
     Claim("margin", "Silver Tamarind won by two and a half lengths.", ("won by", "margin", "winning margin"), NumberValue(2.5, unit="length")),
     Claim("first-run", "The Caldermoor Derby was first run in 1837.", ("first run", "inaugurated", "since"), NumberValue(1837, kind=K.YEAR)),
     Claim("prize-fund", "The Derby carried prize money of £1.5 million.", ("prize money", "prize fund", "purse"),
           NumberValue(1_500_000, kind=K.MONEY, currency="GBP")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a vulgar fraction is part of its figure; a list-table's header row names no one; "of which" opens a part;
        # a superlative's "since" is a last time, not a founding year; "the Irish Derby" is another race
        ("Silver Tamarind won by 2½ lengths.", [("winner", "consistent"), ("margin", "consistent")]),
        ("The winning margin was 3½ lengths.", [("margin", "contradicts")]),
        (list_table([["Year", "Winner", "Jockey", "Course"], ["2025", "Silver Tamarind", "Orla Brennick", "Harrowfield"]]), []),
        (list_table([["Item", "Value"], ["Winner", "Copper Lantern"], ["Jockey", "Orla Brennick"]]),
         [("winner", "contradicts"), ("jockey", "consistent")]),
        ("The race carried £1,500,000 in prize money, of which the winner took £855,000.", [("prize-fund", "consistent")]),
        ("The race carried prize money of £855,000.", [("prize-fund", "contradicts")]),
        ("Officially, more than 62,000, the biggest Derby Day crowd since 1987.", []),
        ("It was a first Derby for the trainer since 2016.", []),
        ("The race has been run every year since 1838.", [("first-run", "contradicts")]),
        ("The Irish Derby on 28 June comes too soon.", []),
        ("The Derby at Harrowfield on 28 June drew a record crowd.", [("course", "consistent"), ("date", "contradicts")]),
    ],
)
def test_fractions_header_rows_parts_and_other_races(text: str, expected: list) -> None:
    path = "doc.rst" if text.startswith("..") else "doc.txt"
    assert statements(text, path, engine=DERBY) == expected


RECOUNT = Engine(
    (Claim("margin", "After the recount Achterberg won by 4 votes.", ("margin", "majority", "votes", "won by"), NumberValue(4, unit="vote")),
     Claim("votes", "Achterberg received 2,981 votes.", ("votes", "tally"), NumberValue(2981), Context(require=("Achterberg",))),
     Claim("mentors", "42 mentors supported the count.", ("mentors",), NumberValue(42)),
     Claim("area", "The counting hall covers about 3,400 square metres.", ("hall", "covers"), NumberValue(3400, Q.ABOUT, unit="square metre")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure "by" which someone won, took a seat or leads, or "behind" at a sentence's end, is a margin claim's
        ("Achterberg takes Fenwick Cross by four votes after marathon recount", [("margin", "consistent")]),
        ("Achterberg was declared with 2,981 votes; the runner-up finished five votes behind.", [("votes", "consistent"), ("margin", "contradicts")]),
        ("Provisional result: Achterberg leads by nine votes.", [("margin", "contradicts")]),
        ("Fewer than 260 counters took part, supported by 44 mentors.", [("mentors", "contradicts")]),
        ("The hall covers about 4,300 square metres, of which the stage is roughly 410 square metres.", [("area", "contradicts")]),
    ],
)
def test_margins_by_and_behind(text: str, expected: list) -> None:
    assert statements(text, engine=RECOUNT) == expected


TOLLS = Engine(
    (Claim("old-toll", "Before the rise, the toll for a car was £4.20.", ("car toll", "toll"), NumberValue(4.2, kind=K.MONEY, currency="GBP"),
           Context(require=("car",))),
     Claim("new-toll", "From 2 March 2026 a car pays £5.10.", ("car toll", "toll", "crossing fee"), NumberValue(5.1, kind=K.MONEY, currency="GBP"),
           Context(require=("car",))),
     Claim("hgv-toll", "The new toll for heavy goods vehicles is £14.10.", ("toll",), NumberValue(14.1, kind=K.MONEY, currency="GBP"),
           Context(require=("HGV",))),
     Claim("start", "The new tolls start on 2 March 2026.", ("start", "new tolls"), DateValue(PartialDate(2026, 3, 2))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a statement that opens with "Before" is of an old value; "goes up by 90p, to £5.20" gives the new one; a
        # figure "(from X)" or "compared with X today" is the old one; a change "in" an earlier year is that year's
        ("The car toll goes up by 90p, to £5.20.", [("new-toll", "contradicts")]),
        ("The car toll rises from £4.20 to £5.10.", [("old-toll", "consistent"), ("new-toll", "consistent")]),
        ("New HGV toll: £14.10 (from £11.60).", [("hgv-toll", "consistent")]),
        ("For a car, the toll will be £5.20 per crossing, compared with £4.20 today.", [("new-toll", "contradicts"), ("old-toll", "consistent")]),
        ("The car toll rose from £3.60 to its last level in 2019.", []),
    ],
)
def test_old_and_new_values_of_a_change(text: str, expected: list) -> None:
    assert statements(text, engine=TOLLS) == expected


SINKHOLE = Engine(
    (Claim("road", "The sinkhole swallowed part of Millrace Road.", ("sinkhole", "collapse", "road", "street"),
           TextValue("Millrace Road", kind="place", wrong=("Mill Road",))),
     Claim("town", "The sinkhole opened in Kessingford.", ("sinkhole", "collapse"), TextValue("Kessingford", kind="place", wrong=("Kessington",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a possessive opens a place's name before a noun such as Quarry; a street word that ends a name is no subject;
        # a street "on" which the subject is, is its place
        ("Only the Hobb's Quarry collapse was bigger.", []),
        ("The Quarry sinkhole was bigger.", [("road", "contradicts"), ("town", "contradicts")]),
        ("Water is handed out at the car park on Fenner Street until 6pm.", []),
        ("The sinkhole on Mill Road is the largest yet.", [("road", "contradicts")]),
        ("The sinkhole on Millrace Road is the largest yet.", [("road", "consistent")]),
    ],
)
def test_possessive_place_names_and_streets(text: str, expected: list) -> None:
    assert statements(text, engine=SINKHOLE) == expected


REGATTA = Engine(
    (Claim("margin-lengths", "Brennock won by two and a half lengths.", ("margin", "won by", "winning margin"), NumberValue(2.5, unit="length")),
     Claim("margin-seconds", "The winning margin was seven seconds.", ("margin", "clear"), NumberValue(7, unit="second")),
     Claim("time", "The winning time was 17 minutes 42 seconds.", ("winning time", "time"), NumberValue(1062, unit="second")),
     Claim("target", "The club's funding target is EUR 31 billion.", ("target",), NumberValue(31_000_000_000, kind=K.MONEY, currency="EUR")),
     Claim("turbines", "Each turbine is rated at 15 MW.", ("turbines", "rating"), NumberValue(15, unit="MW")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject after a value goes to a figure between them of the same kind: a sum, one in the same unit, or one
        # right before the subject; a claim whose subject is a margin ("clear", "winning margin") takes a lead; a margin
        # "by" after a verb of winning is the one margin claim in its unit
        ("They crossed the line in 17 minutes 52 seconds, seven seconds clear of their rivals.", [("margin-seconds", "consistent")]),
        ("They finished eight seconds clear of their rivals.", [("margin-seconds", "contradicts")]),
        ("Funding progress: EUR 9bn done, about 29% of the EUR 31bn 2025 target.", [("target", "consistent")]),
        ("It will bid a 900 MW extension, using up to 50 turbines of 18 MW.", [("turbines", "contradicts")]),
        ("Brennock ended four years of frustration, beating Aldwick by three lengths in a time of 17 minutes 42 seconds.",
         [("margin-lengths", "contradicts"), ("time", "consistent")]),
        ("Half a mile in, Aldwick led by three lengths.", []),
        ("Under the old rules Aldwick would have won by three lengths.", []),  # what did not happen
    ],
)
def test_figures_between_a_value_and_its_subject_and_margins(text: str, expected: list) -> None:
    assert statements(text, engine=REGATTA) == expected


BALLET = Engine(
    (Claim("title", 'The new ballet is titled "The Salt Lantern".', ("ballet", "title"), TextValue("The Salt Lantern", kind="quote", wrong=("The Salt Lamp",))),
     Claim("running-time", "The ballet runs 135 minutes, including one interval.", ("running time", "runs", "lasts", "long"), NumberValue(135, unit="minute")),
     Claim("tour-dates", "The tour runs from 10 May to 27 June 2026.", ("tour", "tour dates"), DateValue(PartialDate(2026, 5, 10), PartialDate(2026, 6, 27))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a quoted sentence of speech is no title; a part "including one interval of 20 minutes" is no length of the
        # whole; "ten minutes too long" is a difference; a numbered act's length is a part's; a day something "will be
        # announced on" is the announcing's
        ('The money for the ballet came from patrons: "Sixty-two per cent of it was raised privately, from some 900 donors."', []),
        ('The new ballet, "The Salt Lamp", opened.', [("title", "contradicts")]),
        ('The ballet\'s title, "When in Doubt, Keep Them Out.", is a slogan.', [("title", "contradicts")]),
        ("The ballet runs 2 hours and 15 minutes, including one interval of 20 minutes.", [("running-time", "consistent")]),
        ('One critic found the second act "at least ten minutes too long".', []),
        ("Their Act II pas de deux lasts eleven minutes.", []),
        ("The ballet runs 150 minutes.", [("running-time", "contradicts")]),
        ("Full tour dates will be announced on 2 April.", []),
        ("The tour opens on 2 April.", [("tour-dates", "contradicts")]),
    ],
)
def test_speech_parts_excesses_and_announcements(text: str, expected: list) -> None:
    assert statements(text, engine=BALLET) == expected


CHANCELLOR = Engine(
    (Claim("appointee", "Professor Nadia Verhoeven has been appointed the next Vice-Chancellor.", ("vice-chancellor", "new vice-chancellor"),
           TextValue("Nadia Verhoeven", kind="name", aliases=("Verhoeven",))),
     Claim("chair", "The search panel was led by Rosalind Achterberg.", ("led by", "headed by"), TextValue("Rosalind Achterberg", kind="name")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a full name that "is" or "will be" links to the title is its holder's ("was" only for a claim in the past);
        # a baroness's name is read past her title
        ("The new vice-chancellor is Nadia Verhagen.", [("appointee", "contradicts")]),
        ("The new vice-chancellor will be Nadia Verhoeven.", [("appointee", "consistent")]),
        ("Before she arrived, the vice-chancellor was Colin Reeve.", []),
        ("The vice-chancellor is a chemist.", []),
        ("The panel, led by Baroness Ellen Strathie, met twice.", [("chair", "contradicts")]),
        ("The panel, led by Baroness Rosalind Achterberg, met twice.", [("chair", "consistent")]),
    ],
)
def test_names_after_a_copula_and_a_baroness(text: str, expected: list) -> None:
    assert statements(text, engine=CHANCELLOR) == expected


LEAK = Engine(
    (Claim("review-title", 'The review is titled "A Preventable Failure".', ("review", "report"),
           TextValue("A Preventable Failure", kind="quote", wrong=("An Avoidable Failure",))),
     Claim("plant", "The leak was at the company's plant at Brackwater.", ("plant", "sites", "site"), TextValue("Brackwater", kind="place", wrong=("Corrin Bay",))),
     Claim("fund", "The compensation fund holds £6 million.", ("fund", "paid out"), NumberValue(6_000_000, kind=K.MONEY, currency="GBP")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title with its subtitle is the title; "other" before a subject names another instance; a "range" whose one
        # end has a scale word and the other thousands of its own is two figures, no range
        ('The full review, "A Preventable Failure: Independent Technical Review of the Leak", is online.', [("review-title", "consistent")]),
        ('The full review, "An Avoidable Failure: Independent Review", is online.', [("review-title", "contradicts")]),
        ("Production has stopped; the company's other sites at Corrin Bay and Halsey Moor are unaffected.", []),
        ("The leak was at the plant at Corrin Bay.", [("plant", "contradicts")]),
        ("Its two other sites at Corrin Bay and Halsey Moor are unaffected.", []),
        ("The £6m fund has so far paid out about £2.1m to 5,300 claimants.", [("fund", "consistent")]),
    ],
)
def test_subtitles_other_instances_and_unlike_range_ends(text: str, expected: list) -> None:
    assert statements(text, engine=LEAK) == expected


MANUSCRIPT = Engine(
    (Claim("title", 'The manuscript is known as "The Carrow Computus".', ("book", "manuscript"),
           TextValue("The Carrow Computus", kind="quote", wrong=("Stars in the Margin",))),
     Claim("opening-day", "The exhibition opens on a Saturday (6 September 2025).", ("exhibition opens", "opens"),
           WeekdayValue(5, date=PartialDate(2025, 9, 6))),
     Claim("rank", "It was the second-largest find in the county.", ("largest", "find"), NumberValue(2, kind=K.ORDINAL)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title the writer advises against is not stated; a plural weekday is a day of every week; an ordinal after
        # "Tuesday the" is a day of a month
        ('Please do not call the book "Stars in the Margin".', []),
        ('The book is called "Stars in the Margin".', [("title", "contradicts")]),
        ("The exhibition opens late on Thursdays.", []),
        ("The exhibition opens on Thursday.", [("opening-day", "contradicts")]),
        ("In the early hours of Tuesday the 11th, the largest find in the county was made.", []),
        ("It was the 11th largest find in the county.", [("rank", "contradicts")]),
    ],
)
def test_advice_against_a_title_plural_weekdays_and_weekday_ordinals(text: str, expected: list) -> None:
    assert statements(text, engine=MANUSCRIPT) == expected


TIMETABLE = Engine(
    (Claim("trains", "Fourteen new trains were built.", ("new trains", "trains"), NumberValue(14)),
     Claim("previous-ban", "The previous hosepipe ban was in 2018.", ("previous hosepipe ban", "previous ban"), NumberValue(2018, kind=K.YEAR)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a class, unit, model or type number is a name, no count; dates of one year give that year
        ("The new trains (Class 811) have a top speed of 125 mph.", []),
        ("Workers watched as unit 811 014, the first of the new trains, was hauled out.", []),
        ("The line has 16 new trains.", [("trains", "contradicts")]),
        ("Our previous hosepipe ban ran from 5 July to 21 September 2018.", [("previous-ban", "consistent")]),
        ("Our previous hosepipe ban ran from 5 July to 21 September 2019.", [("previous-ban", "contradicts")]),
    ],
)
def test_class_numbers_and_a_years_dates(text: str, expected: list) -> None:
    assert statements(text, engine=TIMETABLE) == expected


TWITCH = Engine(
    (Claim("visitors", "Over 6,000 birdwatchers came to see the flycatcher.", ("visitors", "birdwatchers"), NumberValue(6000, Q.OVER)),
     Claim("cars", "About 900 cars parked in the village.", ("cars",), NumberValue(900, Q.ABOUT)),
     Claim("normal", "The normal level of visitors for October is 1,800.", ("normal level",), NumberValue(1800)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what is usual is a norm, which only a claim of one takes; "room for" gives a capacity
        ("We usually welcome around 21,000 visitors in a whole year.", []),
        ("This month we welcomed around 21,000 visitors.", [("visitors", "differs")]),
        ("The normal level for October is around 2,500.", [("normal", "contradicts")]),
        ("The car park, which has room for just 60 cars, filled by 7.30am.", []),
        ("Some 60 cars filled the car park by 7.30am.", [("cars", "contradicts")]),
    ],
)
def test_norms_and_room_for(text: str, expected: list) -> None:
    assert statements(text, engine=TWITCH) == expected


INSPECTION = Engine(
    (Claim("pupils", "Just over 1,100 pupils are on Harcourt Mead School's roll.", ("pupils", "pupils on roll", "roll"), NumberValue(1100, Q.OVER)),
     Claim("dates", "Harcourt Mead School was inspected on 14 and 15 October 2025.", ("inspected", "inspection"),
           DateValue(PartialDate(2025, 10, 14), PartialDate(2025, 10, 15))),
     Claim("town", "Harcourt Mead School is in Brantwick.", ("school", "town"), TextValue("Brantwick", kind="place", wrong=("Hollesby",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a row of a table of schools that names another school holds that school's figures, dates and names
        (table([["School", "Town", "Pupils on roll", "Inspected"], ["Harcourt Mead School", "Brantwick", "1,137", "14–15 Oct 2025"],
                ["Queen's Rise School", "Hollesby", "1,512", "7–8 Oct 2025"]], "doc.md"), [("dates", "consistent")]),
        (table([["School", "Town", "Pupils on roll", "Inspected"], ["Harcourt Mead School", "Brantwick", "980", "7–8 Oct 2025"]], "doc.md"),
         [("dates", "contradicts")]),
    ],
)
def test_rows_of_other_schools(text: str, expected: list) -> None:
    assert statements(text, "doc.md", engine=INSPECTION) == expected


def test_a_scale_word_given_as_a_unit_scales_the_figure(tmp_path) -> None:
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "version: 1\nclaims:\n  - id: cost\n    statement: The centre cost £2.4 million.\n    subject: [cost]\n"
        "    value: {type: number, number: 2.4, unit: million, kind: money, currency: GBP}\n"
    )
    value = load_claims(claims)[0].value
    assert (value.amount, value.unit) == (2_400_000, None)
    engine = Engine(load_claims(claims))
    assert statements("The centre cost £2.4m.", engine=engine) == [("cost", "consistent")]
    assert statements("The centre cost £2.9m.", engine=engine) == [("cost", "contradicts")]


FELL_RACE = Engine(
    (Claim("edition", "The 2025 race was the 41st Ravenbeck Skyline.", ("race", "Skyline"), NumberValue(41, kind=K.ORDINAL)),
     Claim("climb", "The course has 1,650 metres of climb.", ("climb", "ascent"), NumberValue(1650, unit="m")),
     Claim("starters", "412 runners started the race.", ("runners", "field", "starters"), NumberValue(412)),
     Claim("village", "The race starts and finishes in Ravenbeck.", ("starts", "start"), TextValue("Ravenbeck", kind="place", wrong=("Thornsgill",))),
     Claim("weekday", "The race was run on Saturday (14 June 2025).", ("race", "run"), WeekdayValue(5, date=PartialDate(2025, 6, 14))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a height in brackets after a hill's name is the hill's; "35th overall" is a placing; "capped at" is a limit;
        # "recorded" before a day is the recording's; "on the green in X" names a place
        ("The race heads over Black Scar (712 m) before the long climb to Harrock Pike (846 m).", []),
        ("The course has 1,712 metres of climb.", [("climb", "contradicts")]),
        ("Fenwick won the women's race in 3:02:47 and was 35th overall.", []),
        ("The field is capped at 450 runners.", []),
        ('Episode 88 on the Skyline race (recorded Thursday 19 June 2025, 52 min).', []),
        ("The race starts on the green in Thornsgill.", [("village", "contradicts")]),
    ],
)
def test_hill_heights_placings_caps_recordings_and_greens(text: str, expected: list) -> None:
    assert statements(text, engine=FELL_RACE) == expected


TURBINE = Engine(
    (Claim("tip-height", "The collapsed turbine stood 148 metres tall to the tip of its blades.", ("tip height", "height", "tower"), NumberValue(148, unit="m")),
     Claim("survey-cost", "The repairs cost £3.2 million.", ("cost", "repairs"), NumberValue(3_200_000, kind=K.MONEY, currency="GBP")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a point up a structure or above ground is no size; "would have cost", however far before, is what did not happen
        ("The joint failed between two sections of the tower, approximately 46 m above ground level.", []),
        ("Fatigue cracks in the tower's flange bolts, 46 m up.", []),
        ("The tower stood 150 m tall.", [("tip-height", "contradicts")]),
        ("A full survey of the towers would have cost, on the report's own figures, well under £200,000.", []),
        ("The repairs cost well under £200,000.", [("survey-cost", "contradicts")]),
    ],
)
def test_points_on_a_structure_and_what_would_have_cost(text: str, expected: list) -> None:
    assert statements(text, engine=TURBINE) == expected


BUS_CUTS = Engine(
    (Claim("start", "The cuts take effect on 29 March 2026.", ("cuts", "take effect"), DateValue(PartialDate(2026, 3, 29))),
     Claim("decision", "The cabinet approved the cuts on 16 December 2025.", ("cabinet", "approved"), DateValue(PartialDate(2025, 12, 16))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a day that something was approved, signed off or ratified on is that act's, not the thing's own
        ("The county council's cabinet signed off the cuts on 16 December.", []),
        ("The cuts were ratified on 13 January.", []),
        ("The cuts take effect on 22 March.", [("start", "contradicts")]),
    ],
)
def test_days_of_approval(text: str, expected: list) -> None:
    assert statements(text, engine=BUS_CUTS) == expected


RESERVOIR = Engine(
    (Claim("opened-by", "The reservoir was opened by Helena Marsh.", ("opened by",), TextValue("Helena Marsh", kind="name")),
     Claim("build-time", "Building the reservoir took six years.", ("building", "took", "construction"), NumberValue(6, unit="year")),
     Claim("payout-period", "The money will be distributed over 18 months.", ("distributed", "paid out"), NumberValue(18, unit="month")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a portfolio before a title is skipped to reach the name; "the next N years" is a time to come, unless a claim is
        ("It was officially opened by Water Minister Helena Marsh on 15 May 2025.", [("opened-by", "consistent")]),
        ("It was officially opened by Water Minister Ann Lee.", [("opened-by", "contradicts")]),
        ("Greythwaite: building a rock-fill dam for the next 150 years", []),
        ("Building the dam took seven years.", [("build-time", "contradicts")]),
        ("The money will be distributed across the next twelve months.", [("payout-period", "contradicts")]),
    ],
)
def test_portfolios_before_titles_and_times_to_come(text: str, expected: list) -> None:
    assert statements(text, engine=RESERVOIR) == expected


AIR_SHOW = Engine(
    (Claim("pilot", "The pilot was Elise Brandt.", ("pilot",), TextValue("Elise Brandt", kind="name")),
     Claim("hours", "The pilot had logged over 4,500 flying hours.", ("flying hours", "hours"), NumberValue(4500, Q.OVER, unit="hour"),
           Context(require=("pilot", "Brandt", "flying"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "flying" between a figure and its unit is the unit's adjective; Sqn Ldr is a title before a name
        ("Brandt was highly experienced, with nearly 4,500 flying hours, including 610 hours on the HT-9.", [("hours", "differs")]),
        ("Pilot Sqn Ldr Elise Brandt flew the display.", [("pilot", "consistent")]),
    ],
)
def test_a_units_adjective_and_military_titles(text: str, expected: list) -> None:
    assert statements(text, engine=AIR_SHOW) == expected


CHEESE_AWARDS = Engine(
    (Claim("dates", "The Caseus Awards ran from 13 to 15 November 2025.", ("Caseus Awards", "Caseus", "festival"),
           DateValue(PartialDate(2025, 11, 13), PartialDate(2025, 11, 15))),
     Claim("champion", "Fjellgull was named supreme champion.", ("supreme champion", "champion"),
           TextValue("Fjellgull", wrong=("Serra Velha",))),
     Claim("champion-country", "The supreme champion comes from Norway.", ("supreme champion", "champion"), TextValue("Norway", kind="place")),
     Claim("dam", "The dam that failed was the Brennock Dam.", ("dam", "earth dam"),
           TextValue("Brennock", aliases=("Brennock Dam",), wrong=("Carrow Dam",)), Context(require=("collapse",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # another capitalised word before a title that a claim gives with its own word is another title; the claims'
        # own event is no place; a name whose kind is the noun ("Brennock Dam") is still read after another name
        ("Serra Velha was named Reserve Champion at the Caseus Awards.", []),
        ("Serra Velha was named champion at the Caseus Awards.", [("champion", "contradicts")]),
        ("Norwegian cheese Fjellgull was crowned Caseus supreme champion.", [("champion", "consistent")]),
        ("The collapse of the Carrow Dam flooded three towns.", [("dam", "contradicts")]),
    ],
)
def test_another_title_and_the_claims_own_event(text: str, expected: list) -> None:
    assert statements(text, engine=CHEESE_AWARDS) == expected


BELLS = Engine(
    (Claim("ring-size", "The cathedral has a ring of 12 bells.", ("bells", "ring"), NumberValue(12)),
     Claim("oldest-bell", "The oldest bell was cast in 1623.", ("oldest bell",), NumberValue(1623, kind=K.YEAR)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure from 1000 to 1699 after "in", "from", "c." is a year; an area code and its number are a telephone number
        ("The oldest bell dates from 1623.", [("oldest-bell", "consistent")]),
        ("The oldest bell was cast in 1632 in the reign of Charles I.", [("oldest-bell", "contradicts")]),
        ("For the bells, email the tower or ring 01632 960431.", []),
        ("The cathedral now has a ring of ten bells.", [("ring-size", "contradicts")]),
    ],
)
def test_old_years_and_telephone_numbers(text: str, expected: list) -> None:
    assert statements(text, engine=BELLS) == expected


PILE_UP = Engine(
    (Claim("motorway", "The pile-up happened on the M62.", ("pile-up", "crash"), TextValue("M62", kind="place", wrong=("M1",))),
     Claim("vehicles", "43 vehicles were involved in the pile-up.", ("vehicles",), NumberValue(43)),
     Claim("crash-date", "The pile-up happened on 14 November 2024.", ("pile-up", "crash"), DateValue(PartialDate(2024, 11, 14))),
     Claim("inquest-dates", "The inquest is listed for 9 to 13 June 2025.", ("inquest",),
           DateValue(PartialDate(2025, 6, 9), PartialDate(2025, 6, 13))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place "near" which the subject was is a landmark, for a claim whose statement puts nothing near one; a line of
        # links to other stories states nothing; a subject that qualifies the noun phrase opening the sentence gives
        # its date to that noun
        ("Forty-three vehicles were involved in the M62 fog pile-up near Normanton.", [("vehicles", "consistent")]),
        ("Forty-three vehicles were involved in the fog pile-up near Normanton.", [("vehicles", "consistent")]),
        ("**Related:** [Eighteen vehicles involved in A1(M) crash near Wetherby](/news/a1m) · [Fog advice](/fog)", []),
        ("A memorial service for the M62 crash victims will be held on Friday 14 November 2025.", []),
        ("The inquest into the M62 pile-up deaths will run from 2 to 6 June 2025.", [("inquest-dates", "contradicts")]),
        ("The pile-up happened on 12 November 2024.", [("crash-date", "contradicts")]),
    ],
)
def test_landmarks_links_and_an_opening_noun_phrase(text: str, expected: list) -> None:
    assert statements(text, "doc.md", engine=PILE_UP) == expected


LIFEBOAT = Engine(
    (Claim("lifeboat-name", "The all-weather lifeboat is the Elizabeth Ferguson Gray.", ("lifeboat",),
           TextValue("Elizabeth Ferguson Gray", kind="name")),
     Claim("ceremony-date", "The medal was presented at the awards ceremony on 13 May 2026.", ("ceremony",),
           DateValue(PartialDate(2026, 5, 13))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # common nouns of bodies and posts after a title are no name; a year right before a date claim's subject
        # that is not the claim's names another edition
        ("The Carrick Ness Lifeboat Station was founded in 1868.", []),
        ("Fiona Gunn, Lifeboat Operations Manager, reported on the year.", []),
        ("The lifeboat Margaret Ferguson Gray launched at 02:41.", [("lifeboat-name", "contradicts")]),
        ("The 2025 ceremony was held on 14 May 2025.", []),
        ("The 2026 ceremony was held on 14 May 2026.", [("ceremony-date", "contradicts")]),
    ],
)
def test_no_name_of_common_nouns_and_another_years_event(text: str, expected: list) -> None:
    assert statements(text, engine=LIFEBOAT) == expected


RESCUE_BASE = Engine(
    (Claim("base-opened", "The team's base opened in 1998.", ("base",), NumberValue(1998, kind=K.YEAR)),
     Claim("rebuild-cost", "Rebuilding the pier will cost about £18.5 million.", ("rebuilding", "rebuild"),
           NumberValue(18_500_000, Q.ABOUT, kind=K.MONEY, currency="GBP")),
     Claim("grant", "The fund contributed £8.5 million towards the wall.", ("contributed", "grant"),
           NumberValue(8_500_000, kind=K.MONEY, currency="GBP")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a facility after a date and "at the" is where something happened on that date; a sum "towards" a thing is a
        # contribution, not the claim's whole sum (but a contribution's own claim reads it)
        ("Next meeting: Wednesday 19 March 2025, 19:00, at the base.", []),
        ("The base opened in 2001.", [("base-opened", "contradicts")]),
        ("The council pledges £500,000 from reserves towards the rebuilding of the pier.", []),
        ("Rebuilding the pier will cost £25 million.", [("rebuild-cost", "contradicts")]),
        ("The fund contributed £9.5 million towards the wall.", [("grant", "contradicts")]),
    ],
)
def test_a_dated_events_place_and_contributions(text: str, expected: list) -> None:
    assert statements(text, engine=RESCUE_BASE) == expected


QUARRY_INQUIRY = Engine(
    (Claim("inquiry-dates", "The public inquiry ran from 4 to 14 March 2025.", ("inquiry",),
           DateValue(PartialDate(2025, 3, 4), PartialDate(2025, 3, 14))),
     Claim("opening-weekday", "The inquiry opened on Tuesday 4 March 2025.", ("inquiry", "opened"),
           WeekdayValue(1, PartialDate(2025, 3, 4))),
     Claim("final-weekday", "The final finished on Monday 6 May 2030.", ("final", "finished"), WeekdayValue(0, PartialDate(2030, 5, 6))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a day that ends something, or a range's last day, states no one-day claim but one of an end
        ("The inquiry sat for eight days, from Tuesday 4 March to Friday 14 March.",
         [("opening-weekday", "consistent"), ("inquiry-dates", "consistent"), ("inquiry-dates", "consistent")]),
        ("The inquiry was timetabled to sit for eight days, finishing on Friday 14 March.", [("inquiry-dates", "consistent")]),
        ("The inquiry is programmed to close on Thursday 13 March 2025.", [("inquiry-dates", "contradicts")]),
        ("The inquiry opened on Wednesday 5 March.", [("opening-weekday", "contradicts"), ("inquiry-dates", "contradicts")]),
        ("The final finished on Sunday, 5 May 2030.", [("final-weekday", "contradicts")]),
    ],
)
def test_a_day_that_ends_something(text: str, expected: list) -> None:
    assert statements(text, engine=QUARRY_INQUIRY) == expected


HONEY = Engine(
    (Claim("spring-share", "Spring honey made up 41% of the 2024 harvest.", ("spring honey",), NumberValue(41, kind=K.PERCENT)),
     Claim("total-harvest", "Respondents harvested over 33 tonnes of honey.", ("harvest", "crop"), NumberValue(33, Q.OVER, unit="tonne")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a share "of" a word that a claim gives as one with the statement's whole ("crop" with "harvest") is the claim's;
        # a figure after another year's possessive is that year's
        ("Spring honey made up 14% of the crop.", [("spring-share", "contradicts")]),
        ("Spring honey made up 14% of the visitors.", []),
        ("Spring honey made up 41 per cent of the crop, well down on 2022's 55%.", [("spring-share", "consistent")]),
    ],
)
def test_a_share_of_the_claims_own_whole_and_another_years_figure(text: str, expected: list) -> None:
    assert statements(text, engine=HONEY) == expected


POWER_STATION = Engine(
    (Claim("capacity", "The power station had a generating capacity of 2,000 MW.", ("capacity",), NumberValue(2000, unit="MW"),
           Context(require=("station",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a measure between a count and a plural noun is each one's, not the whole's
        ("Its four 500 MW sets gave the station a total capacity of 2,000 MW.", [("capacity", "consistent")]),
        ("The station had a capacity of 1,500 MW.", [("capacity", "contradicts")]),
    ],
)
def test_a_measure_of_each_of_a_count(text: str, expected: list) -> None:
    assert statements(text, engine=POWER_STATION) == expected


ENTRY_RULES = Engine(
    (Claim("entries", "More than 4,700 cheeses were entered in the awards.", ("entries", "cheeses entered"), NumberValue(4700, Q.OVER),
           Context(require=("awards",))),
     Claim("producers", "More than 1,300 dairies entered the awards.", ("dairies", "producers"), NumberValue(1300, Q.OVER),
           Context(require=("awards",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a number right after the singular of a counted noun ("Entry 2025"), or after "issue", "volume" or "Part", names one
        ("The awards' Rules of Entry 2025 are strict.", []),
        ("The Dairy Industry Review, issue 112, covered the awards.", []),
        ("The Dairy Industry Review, Vol. 12, covered the awards.", []),
        ("The awards drew 3,786 entries.", [("entries", "contradicts")]),
    ],
)
def test_a_numbered_entry_or_issue(text: str, expected: list) -> None:
    assert statements(text, engine=ENTRY_RULES) == expected


REGISTERED_TRAWLER = Engine(
    (Claim("home-port", "The trawler is registered in Ardcraig.", ("trawler", "registered"), TextValue("Ardcraig", kind="place")),
     Claim("lifeboat-name", "The station's lifeboat is the Elizabeth Gray.", ("lifeboat",), TextValue("Elizabeth Gray", kind="name")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # where a body is registered, with its number, is a legal footer; an institution's name holds no lifeboat's
        ("Registered in Scotland No. SC102938.", []),
        ("The trust is a registered charity in England and Wales, No. 1131842.", []),
        ("The trawler is registered in Peterhead.", [("home-port", "contradicts")]),
        ("ROYAL NATIONAL LIFEBOAT INSTITUTION\n\nThe Institution's inspector praised the crew of the lifeboat.", []),
    ],
)
def test_a_registration_footer_and_an_institution(text: str, expected: list) -> None:
    assert statements(text, engine=REGISTERED_TRAWLER) == expected


def test_a_marks_column_and_another_things_column() -> None:
    """A column of marks is no figure of its row; nor is a column headed with another thing than the claims' acronym."""
    for path in ("doc.md", "doc.html"):
        worksheet = table([["What was counted at WAIC 2025", "Figure", "Marks"], ["Humanoid robots exhibited", "60", "1"]], path)
        assert statements(worksheet, path) == [("robots-shown", "consistent")]
        comparison = table([["Thing", "WAIC 2025", "Wendell's hotel"], ["Humanoid robots exhibited", "60", "1"]], path)
        assert statements(comparison, path) == [("robots-shown", "consistent")]
        wrong = table([["What was counted at WAIC 2025", "Figure", "Marks"], ["Humanoid robots exhibited", "16", "1"]], path)
        assert statements(wrong, path) == [("robots-shown", "contradicts")]


POOL = Engine(
    (Claim("pool-length", "The main pool is 25 metres long.", ("main pool", "pool"), NumberValue(25, unit="m"), Context(require=("pool",))),
     Claim("pool-depth", "The main pool is 2 metres deep at the deep end.", ("main pool", "pool", "depth"), NumberValue(2, unit="m"),
           Context(require=("pool",))),
     Claim("pool-lanes", "The main pool has eight lanes.", ("lanes", "lane"), NumberValue(8), Context(require=("pool",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a measure before "deep" states the claim of a depth; "lane 3" is which lane
        ("A 25-metre main pool, two metres deep at the deep end.", [("pool-length", "consistent"), ("pool-depth", "consistent")]),
        ("The main pool is 20 metres long and three metres deep.", [("pool-length", "contradicts"), ("pool-depth", "contradicts")]),
        ("The pool has eight lanes, but in my defence lane 3 had a man doing butterfly.", [("pool-lanes", "consistent")]),
    ],
)
def test_a_dimension_after_a_measure_and_a_numbered_lane(text: str, expected: list) -> None:
    assert statements(text, engine=POOL) == expected


PUB_SOCIETY = Engine(
    (Claim("members", "The society has 687 members.", ("members",), NumberValue(687), Context(require=("society",))),
     Claim("visitors", "The zoo welcomed more than 610,000 visitors in 2024.", ("visitors",), NumberValue(610000, Q.OVER),
           Context(require=("zoo",))),
     Claim("age", "Kesang is a six-year-old female snow leopard.", ("snow leopard",), NumberValue(6, unit="year")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # committee members are some members; a month's visitors are part of a year's; a male is not the female
        ("Sixteen months ago the society had seven committee members.", []),
        ("The society now has 601 members.", [("members", "contradicts")]),
        ("Zoo visitors in October: 38,400.", []),
        ("October's zoo visitors numbered 38,400.", []),
        ("The zoo had 580,000 visitors in 2024.", [("visitors", "contradicts")]),
        ("Tenzin, our eight-year-old male snow leopard, is on show.", []),
        ("Kesang, a four-year-old female snow leopard, escaped.", [("age", "contradicts")]),
    ],
)
def test_committee_members_a_months_part_and_the_other_sex(text: str, expected: list) -> None:
    assert statements(text, engine=PUB_SOCIETY) == expected


CAVE = Engine(
    (Claim("cave-region", "Ogof Carreg Wen lies in the Brecon Beacons.", ("cave",),
           TextValue("Brecon Beacons", kind="place", wrong=("Snowdonia",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a one-word subject before another noun qualifies that noun: "cave rescue teams" are the teams
        ("Since 2016, cave rescue teams in Wales have been called out 40 times.", []),
        ("Communications used a HeyPhone cave radio link.", []),
        ("The grant to volunteer cave and mountain rescue in Wales is £350,000.", []),
        ("The cave lies in Snowdonia.", [("cave-region", "contradicts")]),
        ("The cave entrance is in Snowdonia.", [("cave-region", "contradicts")]),
    ],
)
def test_a_subject_word_that_qualifies_another_noun(text: str, expected: list) -> None:
    assert statements(text, engine=CAVE) == expected


SHEEPDOG = Engine(
    (Claim("maximum-points", "The final was marked out of 220 points.", ("out of", "marked"), NumberValue(220, unit="point")),
     Claim("winning-score", "The winning run scored 187 points.", ("score", "scored"), NumberValue(187, unit="point"),
           Context(require=("winner", "winning", "title"))),
     Claim("runner-up", "The runner-up was Dafydd Rees.", ("runner-up",), TextValue("Dafydd Rees", kind="name")),
     Claim("previous-champion", "The 2024 champion was Huw Pritchard.", ("champion",), TextValue("Huw Pritchard", kind="name"),
           Context(require=("2024",))),
     Claim("dates", "The 2025 championship ran from 14 to 16 August 2025.", ("National", "championship"),
           DateValue(PartialDate(2025, 8, 14), PartialDate(2025, 8, 16))),
     Claim("next-venue", "The 2026 National will be held at Glenbrae.", ("National", "championship", "held"), TextValue("Glenbrae", kind="place"),
           Context(require=("2026",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a scale a claim gives; a score "out of" one; a name after a short description; a title of the claim's own year
        ("The final is marked out of 200 points.", [("maximum-points", "contradicts")]),
        ("The pair scored 178 points out of a possible 220 to take the title.", [("winning-score", "contradicts")]),
        ("187 points for the winner, out of a possible 220.", []),
        ("The runner-up was Welsh hill farmer Dafydd Evans with his dog Nell.", [("runner-up", "contradicts")]),
        ("The runner-up was local farmer Dafydd Rees.", [("runner-up", "consistent")]),
        ("The 2024 champion, Emyr Pritchard, did not make the final.", [("previous-champion", "contradicts")]),
        ("The 2026 National will be held at Hallbeck.", [("next-venue", "contradicts")]),
    ],
)
def test_scales_scores_described_names_and_a_claims_own_year(text: str, expected: list) -> None:
    assert statements(text, engine=SHEEPDOG) == expected


FLOWER_SHOW = Engine(
    (Claim("opening-day", "The show opened to the public on Wednesday, 11 June 2025.", ("opened", "open to the public"),
           WeekdayValue(2, PartialDate(2025, 6, 11))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a range's last day, and an occasion's day after its label and a colon, state no opening day
        ("The show is open to the public Wednesday 11 to Sunday 15 June 2025 (members' preview: Tuesday 10 June).",
         [("opening-day", "consistent")]),
        ("The show opened to the public on Sunday 15 June 2025.", [("opening-day", "contradicts")]),
    ],
)
def test_a_ranges_last_day_and_a_labelled_occasion(text: str, expected: list) -> None:
    assert statements(text, engine=FLOWER_SHOW) == expected


BOOK_THEFT = Engine(
    (Claim("lenski-sentence", "Marek Lenski was jailed for seven years.", ("Lenski",), NumberValue(7, unit="year"),
           Context(require=("jailed",))),
     Claim("reeve-sentence", "Callum Reeve was jailed for five years and six months.", ("Reeve",), NumberValue(66, unit="month"),
           Context(require=("jailed", "received"))),
     Claim("hours-inside", "The thieves spent about five hours inside the library.", ("thieves",), NumberValue(5, Q.ABOUT, unit="hour")),
     Claim("deliberation", "The jury deliberated for over 13 hours.", ("jury",), NumberValue(13, Q.OVER, unit="hour")),
     Claim("trial-court", "The trial was held at Norbury Crown Court.", ("trial", "court"),
           TextValue("Norbury Crown Court", kind="place", wrong=("Ashbridge Crown Court",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # years for a claim in months; the words of every claim in a unit
        ("Callum Reeve was jailed for four and a half years.", [("reeve-sentence", "contradicts")]),
        ("Lenski was jailed for seven years, and Callum Reeve received five and a half years.",
         [("lenski-sentence", "consistent"), ("reeve-sentence", "consistent")]),
        ("The thieves spent roughly three hours inside the library.", [("hours-inside", "contradicts")]),
    ],
)
def test_durations_in_a_smaller_unit_and_a_known_court(text: str, expected: list) -> None:
    assert statements(text, engine=BOOK_THEFT) == expected


LIGHTS = Engine(
    (Claim("display-period", "Wrenfield's 2025 Christmas lights are on display from 22 November 2025 to 6 January 2026.",
           ("lights",), DateValue(PartialDate(2025, 11, 22), PartialDate(2026, 1, 6)), Context(require=("festival",))),
     Claim("switch-on", "The 2025 lights festival opened on 22 November 2025.", ("festival",), DateValue(PartialDate(2025, 11, 22))),
     Claim("tree-height", "The Christmas tree in Market Square is 12 metres tall.", ("tree", "Norway spruce"), NumberValue(12, unit="m")),
     Claim("mayor", "The Mayor of Wrenfield is Councillor Priya Desai.", ("mayor",), TextValue("Priya Desai", kind="name")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a day that an edition's range runs into; "lit until" gives its last day; a measure before its noun is no
        # distance "from" a point; a greeting is no name
        ("The festival lights will be on display until 6 January 2026.", [("display-period", "consistent")]),
        ("The festival lights will be lit every evening until 5 January 2026.", [("display-period", "contradicts")]),
        ("The centrepiece is a 15-metre Norway spruce from Kielder Forest.", [("tree-height", "contradicts")]),
        ("Evening, Mayor!", []),
        ("Morning, Mayor Priya Patel!", [("mayor", "contradicts")]),
    ],
)
def test_an_editions_last_day_a_measured_noun_and_a_greeting(text: str, expected: list) -> None:
    assert statements(text, engine=LIGHTS) == expected


PEAL = Engine((Claim("peal-duration", "The first peal took 3 hours and 41 minutes.", ("peal",), NumberValue(221, unit="minute")),))


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a duration of two units with a hyphenated number word is read whole
        ("The peal lasted three hours and forty-one minutes.", [("peal-duration", "consistent")]),
        ("The peal lasted three hours and forty-two minutes.", [("peal-duration", "contradicts")]),
    ],
)
def test_a_duration_with_a_hyphenated_number_word(text: str, expected: list) -> None:
    assert statements(text, engine=PEAL) == expected


UNDERGROUND = Engine(
    (Claim("hours-underground", "The four cavers spent 81 hours underground.", ("underground", "trapped"), NumberValue(81, unit="hour")),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a label's bare figure is a measure's only when the label counts nothing and names no other unit
        ("Time trapped underground: 79", [("hours-underground", "contradicts")]),
        ("Members trapped: 4", []),
        ("Days trapped underground: 3", []),
    ],
)
def test_a_labels_figure_of_a_count_or_another_unit(text: str, expected: list) -> None:
    assert statements(text, engine=UNDERGROUND) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a statement with a question tag asserts it; a question does not
        ("That big World AI Conference in Beijing over the weekend, yeah?", [("conference-city", "contradicts")]),
        ("The World AI Conference was in Beijing, wasn't it?", [("conference-city", "contradicts")]),
        ("Was the World AI Conference in Beijing?", []),
    ],
)
def test_a_question_tag_asserts(text: str, expected: list) -> None:
    assert statements(text, "doc.txt") == expected


WATER_WORKS = Engine(
    (Claim("station-year", "The pumping station at Hollins Mill was built in 1974.", ("pumping station", "built"),
           NumberValue(1974, kind=K.YEAR)),
     Claim("chief-executive", "Caldbrook Water's chief executive is Alison Pryce.", ("chief executive",),
           TextValue("Alison Pryce", kind="name")),
     Claim("company", "The works are run by Caldbrook Water.", ("water company",), TextValue("Caldbrook Water", kind="name")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a full date gives no year to a claim of when something was built, unless the sentence says so; a title owned
        # by a capitalised possessive names the one set off after it, anywhere in its sentence
        ("In the early hours of Saturday 14 June 2025, both duty pumps at the Hollins Mill pumping station stopped.", []),
        ("The pumping station dates from 1978.", [("station-year", "contradicts")]),
        ("The Clerk will write to Caldbrook's chief executive, Graham Teale, asking for a meeting.", [("chief-executive", "contradicts")]),
        ("The Clerk will write to Caldbrook's chief executive, Alison Pryce, asking for a meeting.", [("chief-executive", "consistent")]),
        ("The Clerk will write to Wyvern's chief executive, Graham Teale, asking for a meeting.", []),
    ],
)
def test_a_dates_year_for_a_built_year_and_an_owned_title_set_off(text: str, expected: list) -> None:
    assert statements(text, engine=WATER_WORKS) == expected


TRIALS = Engine(
    (Claim("entries", "152 dogs were entered in the championship.", ("entries", "dogs entered"), NumberValue(152),
           Context(require=("championship", "entries"))),
     Claim("chief-judge", "The final was judged by Alasdair Munro.", ("judge", "judged"), TextValue("Alasdair Munro", kind="name")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a ceiling set on a figure is not the figure; a proposed holder of a title is another one
        ("The council agreed to cap championship entries at 160.", []),
        ("Championship entries were limited to 160.", []),
        ("The championship drew 160 entries.", [("entries", "contradicts")]),
        ("The proposed final judge is Ruth Fairbairn.", []),
        ("The final judge was Ruth Fairbairn.", [("chief-judge", "contradicts")]),
    ],
)
def test_a_ceiling_and_a_proposed_holder(text: str, expected: list) -> None:
    assert statements(text, engine=TRIALS) == expected


SPRUCE = Engine(
    (Claim("tree-origin", "The tree was grown in Kielder Forest.", ("spruce", "tree", "came from"),
           TextValue("Kielder Forest", kind="place", aliases=("Kielder",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place after "YEAR, when" for a year no claim names is what was so then
        ("The Kielder spruce is the tallest tree since 2008, when a spruce from Perthshire stood in the square.",
         [("tree-origin", "consistent")]),
        ("This year the spruce came from Perthshire.", [("tree-origin", "contradicts")]),
    ],
)
def test_a_place_of_a_year_when(text: str, expected: list) -> None:
    assert statements(text, engine=SPRUCE) == expected


BRASS = Engine(
    (Claim("host-city", "The final was held in Birmingham.", ("held in", "took place in"),
           TextValue("Birmingham", kind="place", wrong=("Leeds",)), Context(require=("final",))),
     Claim("winner", "Thornbury Mills Band won the 2025 National Brass Band Championship Final.", ("winners",),
           TextValue("Thornbury Mills Band", kind="name"), Context(require=("National*", "championship*"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an event's name that a statement gives is the claims' own event, not another one
        ("The 2025 National Brass Band Championship Final took place in Leeds.", [("host-city", "contradicts")]),
        ("The National Brass Band Championship Final took place in Birmingham.", [("host-city", "consistent")]),
        ("The Scottish Open Brass Band Championship Final took place in Leeds.", []),
    ],
)
def test_an_event_named_in_a_statement_is_the_claims_own(text: str, expected: list) -> None:
    assert statements(text, engine=BRASS) == expected


LIDO = Engine(
    (Claim("restoration-cost", "The restoration of the lido cost £7.4 million.", ("restoration", "cost"),
           NumberValue(7_400_000, kind=K.MONEY, currency="GBP")),
     Claim("adult-ticket", "An adult swim at the lido costs £6.50.", ("adult", "adult swim"),
           NumberValue(6.5, kind=K.MONEY, currency="GBP"), Context(exclude=("season ticket",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a figure is taken for the claim of its scale when another claim's subject is beside it
        ("An adult swim at the lido costs £5.50.", [("adult-ticket", "contradicts")]),
        ("An adult season ticket at the lido costs £190.", []),
        ("The restoration of the lido cost £5m.", [("restoration-cost", "contradicts")]),
        ("The restoration of the lido cost £7,400.", [("restoration-cost", "contradicts")]),
    ],
)
def test_a_figure_goes_to_the_claim_of_its_scale(text: str, expected: list) -> None:
    assert statements(text, engine=LIDO) == expected


ROBOTICS = Engine(
    (Claim("host-arena", "The final was staged at the Canalside Arena.", ("arena", "held at"),
           TextValue("Canalside Arena", kind="place", wrong=("Riverside Arena",)), Context(require=("final",))),
     Claim("coronation-venue", "The king was crowned in St Anselm's Cathedral.", ("crowned in",),
           TextValue("St Anselm's Cathedral", kind="place")),
     Claim("edition", "The 2026 show was the 41st edition of the show.", ("show", "edition"), NumberValue(41, kind=K.ORDINAL)),
     Claim("budget", "The festival's budget was $3.4 million.", ("budget", "cost"), NumberValue(3_400_000, kind=K.MONEY, currency="USD")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a place's possessive before a named facility owns the facility, where a venue is; "site No. 117" names a site;
        # a figure ten thousand times off a claim's counts something else, unless only its scale word is missing
        ("The final was held at Sheffield's Riverside Arena.", [("host-arena", "contradicts")]),
        ("The final was held at Sheffield's Canalside Arena.", [("host-arena", "consistent")]),
        ("The king was crowned in St Anselm's Cathedral.", []),
        ("The show is a registered weigh-off site (site No. 117).", []),
        ("Slide passes at the festival cost $12.", []),
        ("The festival's budget was $3.4.", [("budget", "contradicts")]),
        ("The festival's budget was $3.9m.", [("budget", "contradicts")]),
    ],
)
def test_an_owned_facility_a_sites_number_and_a_figure_far_off(text: str, expected: list) -> None:
    assert statements(text, engine=ROBOTICS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "a full week" lasts seven days; a date a paper is due on, a reference's date (Chicago's comma inside the quotes, or
        # the publisher on the next line) and an export's stamp date nothing
        ("WAIC 2025 ran for a full week in Shanghai.", [("conference-length", "contradicts")]),
        ("WAIC 2025 lasted a whole week, and my feet felt every day of it.", [("conference-length", "contradicts")]),
        ("Response papers on the WAIC 2025 proposal are capped at 1,500 words and due on Tuesday, 14 October.", []),
        ('9. Marcus Lin, "What the WAIC Floor Says about China\'s AI Industry," *The Tech Ledger*, July 29, 2025.', []),
        ('.. [1] "What the WAIC Floor Says about China\'s AI Industry",\n   The Tech Ledger, July 29, 2025.', []),
        ('% Shared group library: "WAIC 2025 / WAICO proposal"\n% Exported from Zotero 7.0.16 (Better BibTeX) on 2025-10-03, 9 entries\n'
         "% Citation keys: authorYEARfirstword.", []),
        ("WAIC 2025 closed on 29 July 2025.", [("conference-dates", "contradicts")]),
    ],
)
def test_a_whole_week_a_due_date_a_references_date_and_an_export_stamp(text: str, expected: list) -> None:
    assert statements(text) == expected


LIDO_CAMPAIGN = Engine(
    (Claim("volunteer-hours", "Volunteers gave about 38,000 hours to the restoration.", ("volunteer hours", "hours", "volunteers"),
           NumberValue(38_000, Q.ABOUT, unit="hour")),
     Claim("shareholders", "More than 2,600 people bought shares.", ("shareholders", "investors", "local people"),
           NumberValue(2_600, Q.OVER), Context(require=("share*",))),
     Claim("capacity", "The lido has a capacity of 700 bathers at any one time.", ("capacity",), NumberValue(700)),
     Claim("first-day", "More than 1,400 bathers swam on the first day.", ("bathers", "swimmers"), NumberValue(1_400, Q.OVER),
           Context(require=("first day",))),
     Claim("water-temperature", "The pool water is heated to 24 °C.", ("water", "heated"), NumberValue(24, unit="°C")),
     Claim("season", "The season runs to 27 September.", ("season",), DateValue(PartialDate(2026, 9, 27))),
     Claim("founder", "Helen Marchbank founded the campaign group.", ("founder",), TextValue("Helen Marchbank", kind="name")),
     Claim("group-founded", "The Friends of the Lido was founded in 2011.", ("founded", "Friends of the Lido"),
           NumberValue(2011, kind=K.YEAR), Context(require=("Friends",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # hours "to the" project are given, not a task's time; a word of a claim's subjects does not narrow its count; the
        # noun before "of" takes the count after it; "all season" after a measure measures nothing; a doer that a claim
        # names does not make a verb another's
        ("Volunteers gave some 18,000 hours to the restoration.", [("volunteer-hours", "contradicts")]),
        ("A share offer attracted more than 3,000 local investors.", [("shareholders", "differs")]),
        ("For everyone's safety, the lido has a capacity of 650 bathers at any one time.", [("capacity", "contradicts")]),
        ("Officers recovered 4,318 dead bathers of 11 species on the first day.", [("first-day", "differs")]),
        ("The main pool is heated to 26°C all season by heat pumps.", [("water-temperature", "contradicts")]),
        ("Helen Marchbank founded the Friends of the Lido in 2009, after a walk past the gates.",
         [("group-founded", "contradicts")]),
        ("Anna Cole founded the Friends of the Lido in 2009, after a walk past the gates.", []),
    ],
)
def test_hours_to_a_project_a_subjects_word_a_capacity_of_all_season_and_a_named_doer(text: str, expected: list) -> None:
    assert statements(text, engine=LIDO_CAMPAIGN) == expected


COGWORKS = Engine(
    (Claim("winning-school", "Ashcombe Park Academy won the Cogworks Cup 2025.", ("winners", "won"),
           TextValue("Ashcombe Park Academy", kind="name", wrong=("Harwood Grammar",)), Context(require=("Cogworks", "final*"))),
     Claim("final-date", "The final took place on 22 November 2025.", ("final", "National Final"),
           DateValue(PartialDate(2025, 11, 22))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a claim's own (wrong) value before a verb subject is no qualifier of a title; a year before a name that ends
        # in the subject is another edition's
        ("Harwood Grammar won the final.", [("winning-school", "contradicts")]),
        ("Ashcombe Park Academy won the final.", [("winning-school", "consistent")]),
        ("The 2026 National Final will be held on Saturday 21 November 2026.", []),
        ("The 2025 National Final was held on 29 November 2025.", [("final-date", "contradicts")]),
    ],
)
def test_a_value_before_a_verb_and_a_year_before_a_named_subject(text: str, expected: list) -> None:
    assert statements(text, engine=COGWORKS) == expected


SWITCH_ON = Engine(
    (Claim("switch-on", "The Wrenfield Christmas lights were switched on by soap actor Danny Okafor.",
           ("switched on", "switch on"), TextValue("Danny Okafor", kind="name", wrong=("Daniel Okoro",)),
           Context(require=("lights",))),)
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a known name right before a lower-case subject is its doer, and a possessive after a phrasal verb its object's owner
        ("More than twelve thousand people watched Danny Okafor switch on Wrenfield's Christmas lights.", [("switch-on", "consistent")]),
        ("Actor Danny Okafor pressed the button to switch on Wrenfield's Christmas lights.", [("switch-on", "consistent")]),
        ("The lights were switched on by Daniel Okoro.", [("switch-on", "contradicts")]),
    ],
)
def test_a_doer_before_a_verb_subject_and_an_owner_after_it(text: str, expected: list) -> None:
    assert statements(text, engine=SWITCH_ON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "according to" names who says so, no owner of a seat; an occasion right before "on" has the day a talking verb
        # gives; the writer's own plan is no claim's; a to-do item's date and "(due ...)" are tasks'; "Plus" opens no name;
        # a rivalry ("the US-China race") and "on show" name no event; an aside in brackets names no event of the sentence
        ("According to Ma Zhaoxu, the new body would be headquartered in Beijing.", [("hq-city", "contradicts")]),
        ("Dr Karim described Premier Li Qiang's speech on Friday 25 July as a turning point.",
         [("premier", "consistent"), ("speech-day", "contradicts")]),
        ("Our own five-point plan for workplace AI goes to the branch committee.", []),
        ("Our branch's five-point plan on workplace AI goes to the committee.", []),
        ("ACTION ITEMS\n[ ] Priya - draft action plan explainer (due Fri 8 Aug)\n[ ] Tom - one-pager: US AI Action Plan vs China's plan (due Wed 6 Aug)", []),
        ("Tom will write a one-pager on the US AI Action Plan (due Wed 6 Aug).", []),
        ("Plus Anne Bouverot, France's special envoy for AI, ran the Paris summit.", [("france-ai-envoy", "consistent")]),
        ("And former Google CEO Larry Page was on the main stage at WAIC too, talking about the US-China race.",
         [("former-google-ceo", "contradicts")]),
        ("| On show at WAIC 2025 | Count |\n|---|---|\n| Large language models | 30 |", [("llms-shown", "contradicts")]),
        ("WAIC 2025 ran from 25 to 27 July (the same site as the 2010 World Expo, my buddy Chen informs me).",
         [("conference-dates", "contradicts")]),
    ],
)
def test_attribution_an_occasions_day_the_writers_own_tasks_and_asides(text: str, expected: list) -> None:
    assert statements(text, path="doc.md") == expected


HALF_MARATHON = Engine(
    (Claim("record-margin", "Jebet broke the course record by 43 seconds.", ("record", "margin"), NumberValue(43, unit="second")),
     Claim("previous-record", "The old mark was 4,051 seconds.", ("old mark",), NumberValue(4051, unit="second")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # beside a claim that a figure is close to, a claim it is twenty times off is none of its
        ("The old mark for the course record was 4,071 seconds.", [("previous-record", "contradicts")]),
        ("Jebet broke the course record by 50 seconds.", [("record-margin", "contradicts")]),
    ],
)
def test_a_figure_close_to_one_claim_is_not_another_s(text: str, expected: list) -> None:
    assert statements(text, engine=HALF_MARATHON) == expected


ORGAN = Engine(
    (Claim("restoration-cost", "The restoration cost £1.2 million.", ("cost", "restoration", "project"),
           NumberValue(1_200_000, kind=K.MONEY, currency="GBP")),
     Claim("lottery-grant", "The National Lottery Heritage Fund gave a grant of £480,000.", ("grant", "Heritage Fund"),
           NumberValue(480_000, kind=K.MONEY, currency="GBP")),
     Claim("appeal-raised", "The local appeal raised over £300,000.", ("appeal", "donations", "parishioners"),
           NumberValue(300_000, Q.OVER, kind=K.MONEY, currency="GBP")),
     Claim("conservation", "The church gave over £2.3 million to the diocese's mission fund in 2024.", ("mission fund",),
           NumberValue(2_300_000, Q.OVER, kind=K.MONEY, currency="GBP")),
     Claim("reopening-weekday", "The reopening recital was on a Saturday.", ("recital", "reopening recital"),
           WeekdayValue(5, PartialDate(2025, 10, 11))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a sum in brackets after another's name is that name's; a sum given "to" something is a gift to it, not what the
        # thing costs or raised (unless the claim is of a gift); a gift "to" the appeal is the gift's; a weekday after
        # "every" is every week's; "the next" recital is another one
        ("The total cost of £1,200,000 was met by the Heritage Fund (£480,000), a public appeal (£312,450), "
         "the Alder Trust (£150,000) and the Fenwick Charitable Trust (£100,000).",
         [("restoration-cost", "consistent"), ("lottery-grant", "consistent"), ("appeal-raised", "consistent")]),
        ("The council contributed £25,000 to the restoration project.", []),
        ("Gift Aid added £41,200 to the organ appeal.", []),
        ("Parishioners gave £312,450 to the appeal.", [("appeal-raised", "consistent")]),
        ("The Heritage Fund gave £380,000 to the restoration.", [("lottery-grant", "contradicts")]),
        ("The church gave £1.9 million to the diocese's mission fund.", [("conservation", "contradicts")]),
        ("The largest single gift to the organ appeal was £20,000.", []),
        ("Donations to the appeal reached £212,450.", [("appeal-raised", "contradicts")]),
        ("Lunchtime recitals on the organ take place every Wednesday at 12.30pm.", []),
        ("The next free lunchtime recital is on Wednesday at half past twelve.", []),
        ("The reopening recital was on Wednesday.", [("reopening-weekday", "contradicts")]),
    ],
)
def test_a_donors_sum_gifts_and_a_day_of_every_week(text: str, expected: list) -> None:
    assert statements(text, engine=ORGAN) == expected


COUNTY_SHOW = Engine(
    (Claim("attendance", "Over 64,000 people attended the 2025 Brackenmoor County Show.", ("attendance", "visitors"),
           NumberValue(64_000, Q.OVER), Context(require=("Brackenmoor", "show"))),
     Claim("show-dates", "The 2025 Brackenmoor County Show ran from 16 to 18 July 2025.", ("Brackenmoor County Show", "show", "held"),
           DateValue(PartialDate(2025, 7, 16), PartialDate(2025, 7, 18))),
     Claim("showground", "The show is held at Kestle Park.", ("showground", "show", "held"), TextValue("Kestle Park", kind="place")),
     Claim("call-outs", "The team was called out 187 times in 2024.", ("call-outs", "called out"), NumberValue(187),
           Context(require=("team", "rescue"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a name of several capitalised words counts as one word between a subject and its figure; a place after a rank or
        # "among" is a ranking's scope; a noun of no claim's before a passive verb is what the verb is done to; an
        # emergency number after "on" or "call" counts nothing
        ("Attendance at the Brackenmoor County Show was under 60,000.", [("attendance", "contradicts")]),
        ("By attendance, the Brackenmoor County Show ranks third among county shows in England.", []),
        ("The Brackenmoor County Show is held at Polworth Down.", [("showground", "contradicts")]),
        ("The Brackenmoor Agricultural Society's AGM will be held on Tuesday 25 November 2025 at Kestle Park.", []),
        ("The members' dinner was held on 20 July 2025.", []),
        ("The Brackenmoor County Show will be held on 20 July 2025.", [("show-dates", "contradicts")]),
        ("The Brackenmoor County Show, which was held on 20 July 2025, drew crowds.", [("show-dates", "contradicts")]),
        ("The Brackenmoor County Show reopened on 17 July 2025 after being held over for a day.", [("show-dates", "consistent")]),
        ("Rescue call-outs come on 999.", []),
    ],
)
def test_a_long_name_a_rankings_scope_a_passive_s_own_noun_and_a_phone_number(text: str, expected: list) -> None:
    assert statements(text, engine=COUNTY_SHOW) == expected


AIR_AMBULANCE = Engine(
    (Claim("base-cost", "The new base cost £6.8 million to build.", ("base", "new base"),
           NumberValue(6_800_000, kind=K.MONEY, currency="GBP"), Context(require=("base", "cost"))),
     Claim("annual-cost", "It costs over £9 million a year to run the service.", ("running costs", "cost", "costs"),
           NumberValue(9_000_000, Q.OVER, kind=K.MONEY, currency="GBP"), Context(require=("a year", "annual"))),
     Claim("doctors", "Ten pre-hospital doctors work for Wrekin Air Ambulance.", ("doctors", "pre-hospital doctors"), NumberValue(10)),
     Claim("medical-director", "The charity's medical director is Dr Samuel Okafor.", ("medical director",),
           TextValue("Samuel Okafor", ("Sam Okafor",), kind="name")),
     Claim("vicar", "The vicar of St Wystan's is the Rev Canon Miriam Hale.", ("vicar",),
           TextValue("Miriam Hale", ("Canon Hale", "Mrs Hale"), kind="name"), Context(require=("St Wystan*", "parish"))),
     Claim("judges-chair", "The judging panel was chaired by Professor Helen Okafor.", ("judging panel", "chair"),
           TextValue("Helen Okafor", ("Okafor", "Professor Okafor"), kind="name"), Context(require=("judg*", "panel"))),
     Claim("winning-school", "Ashcombe Park Academy won the Cogworks Cup 2025.", ("winning school", "winners", "won"),
           TextValue("Ashcombe Park Academy", ("Ashcombe Park",), kind="name", wrong=("Harwood Grammar",)),
           Context(require=("Cogworks", "cup"))),
     Claim("winning-team", "The winning team was the Ironclad Owls.", ("winning team", "team", "winners", "won"),
           TextValue("Ironclad Owls", ("the Owls",), kind="name"), Context(require=("Cogworks", "cup"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "cost" after a subject or a name is its verb; "a team of N doctors" counts the doctors; a title "of" a body still
        # ends an apposition; letters after a name and "Canon" are not the name's; a value one claim lists is that claim's
        ("The new base cost £4.8 million.", [("base-cost", "contradicts")]),
        ("The new base at Atcham cost £4.8 million.", [("base-cost", "contradicts")]),
        ("The service's running cost £8 million a year.", [("annual-cost", "contradicts")]),
        ("The base has a team of 14 pre-hospital doctors.", [("doctors", "contradicts")]),
        ("Twenty teams of 14 doctors each took part.", []),
        ("Dr Samuel Adeyemi, medical director of Wrekin Air Ambulance, welcomed the move.", [("medical-director", "contradicts")]),
        ("Dr Ann Lee, medical director of Severn Air Ambulance, welcomed the move.", []),
        ("CAPTION: The Rev Canon Miriam Hale,\nVicar of St Wystan's", [("vicar", "consistent")]),
        ("Professor Helen Okafor FREng, Chair of the Judging Panel", [("judges-chair", "consistent")]),
        ("Congratulations to Harwood Grammar, winners of the Cogworks Cup 2025.", [("winning-school", "contradicts")]),
    ],
)
def test_a_verb_cost_a_team_of_n_a_body_s_title_post_nominals_and_a_listed_value(text: str, expected: list) -> None:
    assert statements(text, engine=AIR_AMBULANCE) == expected


HUT = Engine(
    (Claim("rebuild-cost", "Rebuilding the Lauterjoch Hut cost 6.8 million euros.", ("cost", "rebuild"),
           NumberValue(6_800_000, kind=K.MONEY, currency="EUR"), Context(require=("hut", "rebuil*"))),
     Claim("public-share", "Public grants covered about 55% of the cost.", ("public grants",), NumberValue(55, Q.ABOUT, kind=K.PERCENT)))
)  # fmt: skip


def test_a_sum_before_of_which_is_the_whole() -> None:
    """A sum right before "of which" is the whole that the clause takes a part of, still the claim's figure."""
    text = "The hut rebuild cost €8.6 million, of which public grants covered about 55 per cent."
    assert statements(text, engine=HUT) == [("rebuild-cost", "contradicts"), ("public-share", "consistent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # registration, applications, entries or sales that "closed on" a day: a deadline, not the event's end
        ("Registration for the Shanghai event closed on 18 July.", []),
        ("Applications to exhibit at WAIC 2025 closed on Friday, 18 July.", []),
        ("WAIC 2025 closed on 27 July.", [("conference-dates", "contradicts")]),
    ],
)
def test_a_closing_deadline_is_no_event_s_end(text: str, expected: list) -> None:
    assert statements(text) == expected


CHOIR = Engine(
    (Claim("founded", "The National Youth Choir Competition was founded in 1987.", ("founded", "established", "began", "started"),
           NumberValue(1987, kind=K.YEAR), Context(require=("competition", "NYCC", "contest"))),
     Claim("rules-year", "The Trust adopted its current competition rules in 2019.", ("competition rules", "rules"),
           NumberValue(2019, kind=K.YEAR)),
     Claim("dates", "The 2025 National Youth Choir Competition ran from 16 to 19 October 2025.", ("competition", "NYCC"),
           DateValue(PartialDate(2025, 10, 16), PartialDate(2025, 10, 19))),
     Claim("choirs", "48 choirs took part in the 2025 National Youth Choir Competition.", ("choirs",), NumberValue(48)),
     Claim("edition", "The 2025 National Youth Choir Competition was the 37th.", ("edition",), NumberValue(37, kind=K.ORDINAL)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # the claims' edition year is no founding year unless the founding verb is right before it
        ("In 2025 the competition began with nine regional heats.", []),
        ("The NYCC 2025 finals started on 16 October.", [("dates", "consistent")]),
        ("The competition was founded in 2025.", [("founded", "contradicts")]),
        ("On 14 June 2025 the trust that founded the contest began its heats.", []),
        ("The competition was founded on 14 June 2025.", [("founded", "contradicts")]),
        ("The competition's rules were adopted in 2025.", [("rules-year", "contradicts")]),
    ],
)
def test_the_edition_year_is_no_founding_year(text: str, expected: list) -> None:
    assert statements(text, engine=CHOIR) == expected


COAST = Engine(
    (Claim("commander", "Commander Rhys Penhaligon of HM Coastguard led the response.", ("coastguard commander", "commander", "coastguard"),
           TextValue("Rhys Penhaligon", ("Commander Penhaligon", "Penhaligon"), kind="name"), Context(require=("coastguard", "commander"))),
     Claim("grant", "Each evacuated household is offered a relocation grant of £7,500.", ("relocation grant", "grant"),
           NumberValue(7500, kind=K.MONEY, currency="GBP")),
     Claim("collapse-length", "The section of cliff that collapsed was 140 metres long.", ("section", "collapse"), NumberValue(140, unit="m")),
     Claim("cliff-height", "The cliff stands 32 metres high.", ("cliff", "height"), NumberValue(32, unit="m")),
     Claim("extension", "The approved extension adds 420 metres to the runway.", ("extension", "lengthen"), NumberValue(420, unit="m")),
     Claim("runway", "Once extended, the runway will be 2,240 metres long.", ("runway",), NumberValue(2240, unit="m")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a title before capitalised plural nouns of bodies names no one; a sum after "plus" is another; "N metres of"
        # a thing and a measure "stretched" are lengths, no heights; a length "by" which something is lengthened is the
        # claim of the change's
        ("Coastguard Rescue Teams tasked: 4.", []),
        ("Coastguard commander Tom Hadley arrived.", [("commander", "contradicts")]),
        ("Households will get a relocation grant of £7,500 each, plus up to £2,000 grant towards removal costs.", [("grant", "consistent")]),
        ("Households will get a relocation grant of £2,000.", [("grant", "contradicts")]),
        ("Roughly 150 metres of cliff fell onto the beach.", []),
        ("The debris fan below the cliff stretched about 45 metres out.", []),
        ("The cliff stands 35 metres high.", [("cliff-height", "contradicts")]),
        ("Councillors agreed to lengthen the runway by 520 metres.", [("extension", "contradicts")]),
        ("The runway will be 2,420 metres long.", [("runway", "contradicts")]),
    ],
)
def test_plural_bodies_added_sums_lengths_of_a_thing_and_changes(text: str, expected: list) -> None:
    assert statements(text, engine=COAST) == expected


TRIATHLON = Engine(
    (Claim("starters", "Over 1,400 athletes started the 2025 Kingfisher Triathlon.", ("starters", "athletes", "competitors"),
           NumberValue(1400, Q.OVER), Context(require=("Kingfisher", "start*"))),
     Claim("finishers", "1,312 athletes finished the 2025 Kingfisher Triathlon.", ("finishers", "finished"), NumberValue(1312),
           Context(require=("Kingfisher", "finish*"))),
     Claim("visits", "The libraries recorded nearly 880,000 visits.", ("visits", "visitors"), NumberValue(880_000, Q.NEARLY)),
     Claim("libraries", "Eastmere has 14 libraries.", ("libraries",), NumberValue(14)))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a verb after the counted noun that one claim's statement has after its figure's noun tells claims of one noun apart
        ("A total of 1,231 competitors finished the 2025 Kingfisher Triathlon.", [("finishers", "contradicts")]),
        ("More than 1,400 competitors started the 2025 Kingfisher Triathlon.", [("starters", "consistent")]),
        ("Two mobile libraries visit 46 stops.", [("libraries", "contradicts")]),  # "visits" is the visits claim's noun
        ("Over 1,400 athletes from 45 libraries finished the Kingfisher Triathlon.", [("starters", "consistent"), ("libraries", "contradicts")]),
    ],
)
def test_a_verb_after_the_counted_noun_picks_the_claim(text: str, expected: list) -> None:
    assert statements(text, engine=TRIATHLON) == expected


DARTS = Engine(
    (Claim("edition", "The 2026 championship was the 33rd edition of the IDC World Darts Championship.",
           ("edition", "World Darts Championship"), NumberValue(33, kind=K.ORDINAL), Context(require=("IDC",))),
     Claim("champion-seed", "Furlong was the No. 5 seed.", ("seed", "seeded"), NumberValue(5, kind=K.ORDINAL),
           Context(require=("Furlong",))),
     Claim("prize-fund", "The total prize fund was £2.5 million.", ("prize fund", "prize money"),
           NumberValue(2_500_000, kind=K.MONEY, currency="GBP"), Context(require=("IDC", "total"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # an ordinal before the noun that follows the ordinal in a claim's statement ranks: "the 32nd edition"
        ("The tournament, the 32nd edition of the IDC World Darts Championship, ran for three weeks.", [("edition", "contradicts")]),
        ("It was the 33rd edition of the IDC World Darts Championship.", [("edition", "consistent")]),
        ("Furlong, the seventh seed, had never been beyond a semi-final.", [("champion-seed", "contradicts")]),
        ("Furlong won his second IDC title.", []),  # another noun: which title, no rank
        ("We went to our first edition of the IDC World Darts Championship.", []),  # no "the": which one, no rank
        ("Sheffield staged the IDC's 30th edition of the World Darts Championship.", [("edition", "contradicts")]),  # a name's
    ],
)
def test_an_ordinal_before_the_statements_noun_is_a_rank(text: str, expected: list) -> None:
    assert statements(text, engine=DARTS) == expected


def test_a_column_whose_header_gives_the_total_holds_parts() -> None:
    table = (
        "IDC prize money.\n\n| Position | Prize money (total: £2,500,000) |\n|---|---|\n"
        "| Winner | £500,000 |\n| Runner-up | £200,000 |\n"
    )
    assert statements(table, "doc.md", engine=DARTS) == [("prize-fund", "consistent")]  # (the header's own total)
    assert statements(table.replace(": £2,500,000", ""), "doc.md", engine=DARTS) == [  # no total given: the rows are read
        ("prize-fund", "contradicts"), ("prize-fund", "contradicts"),
    ]


CYCLE = Engine(
    (Claim("finish-place", "The ride finished at John o' Groats in Caithness.", ("finished", "finish"),
           TextValue("John o' Groats", ("John o'Groats",), ("Dunnet Head", "Thurso"), kind="place"), Context(require=("ride", "riders"))),
     Claim("highest-point", "The highest point of the route was the Drumochter Pass, at 462 metres.", ("highest point",),
           NumberValue(462, unit="m"), Context(require=("route", "ride", "pass"))),
     Claim("climbing", "The route involved over 15,000 metres of climbing.", ("climbing", "ascent"), NumberValue(15000, Q.OVER, unit="m"),
           Context(require=("route", "ride", "riders"))),
     Claim("raised", "The ride raised over £1.2 million.", ("raised", "total"), NumberValue(1_200_000, Q.OVER, kind=K.MONEY, currency="GBP"),
           Context(require=("ride", "charity"))),
     Claim("stage-count", "The ride was split into 12 riding stages.", ("stages",), NumberValue(12), Context(require=("ride",))),
     Claim("ride-dates", "The Lungwell End to End 2025 ran from 6 to 19 September 2025.", ("End to End", "ride"),
           DateValue(PartialDate(2025, 9, 6), PartialDate(2025, 9, 19)), Context(require=("Lungwell", "End to End"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a known place whose lower-case word ends the run of capitals is read whole
        ("The ride finished at John o' Groats.", [("finish-place", "consistent")]),
        ("The ride finished at John o'Groats on Friday.", [("finish-place", "consistent")]),
        ("The ride finished at Dunnet Head.", [("finish-place", "contradicts")]),
        # a subject after a measure, with a measure of its own after it, is not the first one's
        ("The riders climbed more than 16,000 metres, with the highest point at the Drumochter Pass, at 426m.", [("highest-point", "contradicts")]),
        ("The ride's highest point is the Drumochter Pass, 462m above sea level.", [("highest-point", "consistent")]),  # (a height)
        ("The route is 15,500 m of climbing, with 462 m at the highest point.", [("climbing", "consistent"), ("highest-point", "consistent")]),
        # a sum before a subject whose own sum follows after a qualifier
        ("The charity wanted £1 million and the last I heard the ride's total was over £1.2m.", [("raised", "consistent")]),
        # parts named by a range of their numbers, and a name's capitalised "End", which ends nothing
        ("Cornwall and Devon (stages 1–2) open the ride.", []),
        ("The Lungwell End to End riders left Land's End on Saturday, 6 September 2025.", [("ride-dates", "consistent")]),
        ("The Lungwell End to End ended on 20 September 2025.", [("ride-dates", "contradicts")]),
    ],
)
def test_places_read_whole_and_measures_kept_to_their_subjects(text: str, expected: list) -> None:
    assert statements(text, engine=CYCLE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Wheelers Bulletin - October 2025 (End to End special!)",  # an issue's month
        "Lungwell newsletter, October 2025: the End to End special",
        "  Sat 18 Oct 2025   End to End celebration dinner, Hall for Cornwall, Truro\n  Sun 9 Nov 2025    Lungwell walk\n",
    ],
)
def test_an_issues_month_and_a_listed_occasions_day_date_no_claim(text: str) -> None:
    assert statements(text, engine=CYCLE) == []
    assert statements("The Lungwell End to End ride took place in October 2025.", engine=CYCLE) == [("ride-dates", "contradicts")]


CHESS = Engine(
    (Claim("rest-day", "The single rest day of the Olympiad was 9 September 2030.", ("rest day",), DateValue(PartialDate(2030, 9, 9)),
           Context(require=("Olympiad", "round"))),
     Claim("players", "Over 1,700 players competed in the two sections.", ("players", "competitors"), NumberValue(1700, Q.OVER),
           Context(require=("Olympiad",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a subject after a day, past a comma, with a day of its own after it: that one is its
        ("Round 1 was played on 3 September, there was a single rest day on 9 September, and the Olympiad ended.", [("rest-day", "consistent")]),
        ("Round 1 was played on 3 September, there was a single rest day on 8 September.", [("rest-day", "contradicts")]),
        ("The Olympiad's rest day fell on 10 September.", [("rest-day", "contradicts")]),
        # one picked by a superlative is counted by no count
        ("The Olympiad's youngest player was just eight.", []),
        ("The Olympiad drew 1,500 players.", [("players", "contradicts")]),
    ],
)
def test_a_subject_keeps_its_own_day_and_a_superlative_picks_one(text: str, expected: list) -> None:
    assert statements(text, engine=CHESS) == expected


SELL_BY = Engine(
    (Claim("sell-by", "The recalled packages carry sell-by dates from 20 October through 5 December 2025.", ("sell-by",),
           DateValue(PartialDate(2025, 10, 20), PartialDate(2025, 12, 5))),)
)  # fmt: skip


def test_other_rows_of_a_column_that_states_the_claim_are_other_items() -> None:
    rows = [
        ["Product", "Sell-by range"],
        ["Queso Fresco 10 oz", "10/20/2025 - 12/05/2025"],  # the recall's whole range
        ["Queso Fresco 16 oz", "10/24/2025 - 11/28/2025"],  # one product's
    ]
    assert statements(table(rows, "doc.md"), "doc.md", engine=SELL_BY) == [("sell-by", "consistent")]
    assert statements(table([rows[0], rows[2]], "doc.md"), "doc.md", engine=SELL_BY) == [("sell-by", "contradicts")]


TRAIL = Engine(
    (Claim("volunteer-hours", "Volunteers gave over 48,000 hours of work to the Skerrow Way.", ("hours", "volunteer hours"),
           NumberValue(48000, Q.OVER, unit="hour"), Context(require=("volunteer*", "gave"))),
     Claim("project-cost", "Creating the Skerrow Way cost £4.6 million.", ("cost", "price tag", "project"),
           NumberValue(4_600_000, kind=K.MONEY, currency="GBP"), Context(require=("Skerrow", "project"))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volunteers gave some 38,000 hours of their time to the trail.", [("volunteer-hours", "contradicts")]),  # time is what hours are
        ("The project has its critics. Its £6.4 million price tag drew complaints.", [("project-cost", "contradicts")]),  # "Its": the one before's
        ("The project has its critics. A £6.4 million price tag drew complaints.", []),  # (no pointer back: a sum needs its own context)
        ("The council met. Its £1.1 million share drew complaints.", []),
    ],
)
def test_hours_of_ones_time_and_a_sentence_that_points_back(text: str, expected: list) -> None:
    assert statements(text, engine=TRAIL) == expected


SOLAR = Engine(
    (Claim("winning-time", "Kestrel's winning time was 53.5 hours.", ("winning time", "driving time"), NumberValue(53.5, unit="hour"),
           Context(require=("Kestrel", "won"))),
     Claim("average-speed", "Kestrel averaged about 82 km/h over the route.", ("average speed", "averaged"),
           NumberValue(82, Q.ABOUT, unit="km/h"), Context(require=("Kestrel",))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a smaller unit that ends a duration, in which no claim is, adds its fraction
        ("Kestrel won in a total driving time of 53 hours and 30 minutes.", [("winning-time", "consistent")]),
        ("Kestrel won in a total driving time of 53 hours and 45 minutes.", [("winning-time", "contradicts")]),
        # a bound that was not reached states nothing
        ("Kestrel's average speed was roughly 82 km/h, achieved without ever exceeding 115 km/h.", [("average-speed", "consistent")]),
        ("Kestrel's average speed was 82 km/h and never topped 110 km/h.", [("average-speed", "consistent")]),
        ("Kestrel's average speed was not only over 90 km/h but steady.", [("average-speed", "differs")]),
    ],
)
def test_a_durations_smaller_part_and_a_bound_not_reached(text: str, expected: list) -> None:
    assert statements(text, engine=SOLAR) == expected


SCHEME = Engine(
    (Claim("launch-date", "The scheme launched on Saturday 17 May 2025.", ("launch", "launched"), DateValue(PartialDate(2025, 5, 17))),
     Claim("race-date", "The race is run on 12 October 2025.", ("race",), DateValue(PartialDate(2025, 10, 12))),
     Claim("picking", "Picking ran from 19 February to 15 April 2025.", ("picking",),
           DateValue(PartialDate(2025, 2, 19), PartialDate(2025, 4, 15))),
     Claim("picking-start", "Picking started on 19 February 2025.", ("picking", "started"), DateValue(PartialDate(2025, 2, 19))),
     Claim("length", "The festival lasts three days.", ("festival",), NumberValue(3, unit="day")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The race returns on the eleventh of October next year.", []),  # another year's day
        ("The race returns on 11 October next year.", []),
        ("Free rides ran from launch day to the thirty-first of May.", []),  # a range's end, no launch day
        ("We started picking on the nineteenth of February and didn't finish till the fifteenth of April.",
         [("picking", "consistent"), ("picking", "consistent")]),  # (the fifteenth ends the picking: no start day)
        ("The festival: three-day, 3 days, 72 hours.", [("length", "consistent"), ("length", "consistent"), ("length", "consistent")]),
    ],
)
def test_days_in_words_keep_the_rules_of_days_in_figures(text: str, expected: list) -> None:
    assert statements(text, engine=SCHEME) == expected


XMAS = Engine(
    (Claim("visitors", "The market drew about 1.2 million visitors over the season.", ("visitors", "people"),
           NumberValue(1_200_000, Q.ABOUT), Context(require=("market",))),
     Claim("opening-weekday", "The market opened on a Thursday.", ("opened", "opens", "open"), WeekdayValue(3, PartialDate(2025, 11, 20)),
           Context(require=("market",))),
     Claim("market-dates", "The market ran from 20 November to 23 December 2025.", ("market",),
           DateValue(PartialDate(2025, 11, 20), PartialDate(2025, 12, 23))))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The market opened. Around 15,000 people came through in the first four hours.", []),  # a first part of the span
        ("The market opened. About 1.2 million people came through over the season.", [("visitors", "consistent")]),
        ("The market's organisers are expecting 60,000 people today.", []),  # a hope
        ("The market's traders were expecting snow, but about 1.2 million people came over the season.", [("visitors", "consistent")]),
        ("The market stays open until Tuesday the 23rd of December.", [("market-dates", "consistent")]),  # an end, no opening day
    ],
)
def test_a_first_part_a_hope_and_an_end_after_its_weekday(text: str, expected: list) -> None:
    assert statements(text, engine=XMAS) == expected


@pytest.mark.parametrize(
    ("text", "path"),
    [  # a bibliography record's access date, a citation count's date, a paragraph reference
        ("@online{reuters,\n  title = {WAIC 2025 opens in Shanghai},\n  urldate = {2025-08-01},\n}\n", "refs.txt"),
        ("%T WAIC 2025 in Shanghai\n%Z Cited by 2 (Scopus, 1 Dec 2025).\n", "refs.txt"),
        ("Notes on WAIC 2025.\n\n| Figure | Value | Source in article |\n|---|---|---|\n| Companies exhibiting | over 800 | para. 2 |\n", "notes.md"),
    ],
)
def test_a_records_access_date_and_a_paragraph_reference_state_nothing(text: str, path: str) -> None:
    assert [verdict for _, verdict in statements(text, path)] == ["consistent"]


AIRPORT = Engine(
    (Claim("busiest-day", "The airport's busiest day of 2024 was 26 July 2024.", ("busiest day",), DateValue(PartialDate(2024, 7, 26))),
     Claim("programme-cost", "The airport's Gateway 2030 investment programme will cost £118 million.", ("investment programme",),
           NumberValue(118_000_000, kind=K.MONEY, currency="GBP")),
     Claim("programme-name", "The airport's investment programme is called \"Gateway 2030\".", ("programme",),
           TextValue("Gateway 2030", kind="quote")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a year the statements name after every date the claims give is a goal's ("Gateway 2030"), no edition; and the
        # subject's own year after "in" is no other date
        ("The busiest day in 2024 was 27 July.", [("busiest-day", "contradicts")]),
        ("The busiest day of 2024 was 26 July.", [("busiest-day", "consistent")]),
    ],
)
def test_a_goals_year_is_no_edition_and_the_subjects_own_year_no_other_date(text: str, expected: list) -> None:
    assert statements(text, engine=AIRPORT) == expected
