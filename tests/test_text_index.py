"""Sentences, tokens, subject matching, the subject gate and names in apposition."""

from __future__ import annotations

import pytest
from helpers import statements
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.claims import parse_claims
from factcheck.engine import Engine
from factcheck.entities import name_before
from factcheck.index import ClaimIndex, SubjectHit, Term
from factcheck.model import Claim, Context, NumberValue, TextValue
from factcheck.scan import scan_text
from factcheck.text import normalize, split_sentences, tokenize, unit_key


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, ((0, len(text)),))]


def test_sentence_boundaries() -> None:
    assert sentences("One. Two! Three? Four") == ["One.", "Two!", "Three?", "Four"]
    assert sentences("Reuters.Washington has acted.") == ["Reuters.", "Washington has acted."]
    assert sentences("“It is a game.”The premier said.") == ["“It is a game.”", "The premier said."]


def test_abbreviations_do_not_end_sentences() -> None:
    assert sentences("U.S. President Donald Trump spoke. Dr. Li agreed.") == [
        "U.S. President Donald Trump spoke.",
        "Dr. Li agreed.",
    ]


def test_catalogue_and_volume_marks_do_not_end_sentences() -> None:
    assert sentences("The largest piece (cat. 1) weighs 1,140 grams. The guide (vol. 2) agrees.") == [
        "The largest piece (cat. 1) weighs 1,140 grams.",
        "The guide (vol. 2) agrees.",
    ]


def test_decimals_do_not_end_sentences() -> None:
    assert sentences("It grew 2.5 times. Then it fell.") == ["It grew 2.5 times.", "Then it fell."]


def test_normalize() -> None:
    assert [normalize(w) for w in ("Companies", "nations", "China’s", "businesses", "US", "devices")] == [
        "company", "nation", "china", "business", "us", "device",
    ]


def test_tokens_split_hyphenated_compounds() -> None:
    assert [t.norm for t in tokenize("AI-related products", 0, 20)] == ["ai", "related", "product"]


def _index() -> ClaimIndex:
    return ClaimIndex(
        (
            Claim("exhibiting-companies", "s", ("companies", "exhibitors"), NumberValue(800)),
            Claim("conference-countries", "s", ("countries",), NumberValue(30), Context(require=("WAIC",))),
            Claim("premier", "s", ("Premier",), TextValue("Li Qiang", kind="name")),
        )
    )


def test_subject_matching_tolerates_glue_and_typos_but_not_other_words() -> None:
    index = _index()
    assert index.resolve("companiesand") == ("company",)
    assert index.resolve("exhibtor") == ("exhibitor",)  # one letter dropped from a long word
    assert index.resolve("county") == ()  # not "country"
    assert index.resolve("compass") == ()


def test_context_terms() -> None:
    index = _index()
    text = "Over 30 countries came to WAIC."
    tokens = tokenize(text, 0, len(text))
    assert index.context_level("conference-countries", tokens, []) == 0
    other = tokenize("Over 30 countries came.", 0, 23)
    assert index.context_level("conference-countries", other, tokens) == 1
    assert index.context_level("conference-countries", other, []) is None


def test_prefix_term() -> None:
    term = Term.parse("exhibit*")
    assert term.occurs_in(tokenize("It was exhibited", 0, 16))
    assert not Term.parse("exhibit").occurs_in(tokenize("It was exhibited", 0, 16))


_PIECES = ["Dr.", "U.S.", "Mr. Li", "e.g.", "Reuters.Washington", "said.", "It", "grew", "2.5", "times!", "Why?",
           "over", "800", "firms", "in", "Shanghai.", "“Quote.”", "The", "A.", "Jan.", "(see", "below).", "x" * 30]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=60, max_size=200), st.sampled_from([" ", "\n", "  "]))
def test_the_last_sentence_alone_is_cut_as_in_the_whole_block(words: list[str], space: str) -> None:
    text = "  " + space.join(words) + "  "
    whole = split_sentences(text, ((2, len(text) - 2),))
    assert split_sentences(text, ((2, len(text) - 2),), whole=(False,)) == whole[-1:]


def test_a_last_sentence_longer_than_the_window_is_found_whole() -> None:
    text = "First one. Then " + " ".join(["word"] * 200) + " end"
    block = ((0, len(text)),)
    assert split_sentences(text, block, whole=(False,)) == split_sentences(text, block)[-1:]
    assert split_sentences(text, block, whole=(False,))[0].start == len("First one. ")


# ------------------------------------------------------- names before their title


def _name_before(text: str, title: str) -> list[str]:
    """The names :func:`name_before` finds in apposition to the first ``title`` word in ``text``."""
    tokens = tokenize(text, 0, len(text))
    at = next(k for k, t in enumerate(tokens) if t.norm == normalize(title))
    return [text[s:e] for s, e in name_before(tokens, SubjectHit(at, at, "claim"), text)]


def test_a_name_before_its_title_in_apposition() -> None:
    assert _name_before("Maria Costa, CEO of Nimbus, said it.", "CEO") == ["Maria Costa"]
    assert _name_before("“We grew,” said Maria Costa, CEO of Nimbus.", "CEO") == ["Maria Costa"]
    assert _name_before("Maria Costa, Nimbus's CEO, said it.", "CEO") == ["Maria Costa"]
    assert _name_before("Maria Costa, the Nimbus CEO, said it.", "CEO") == ["Maria Costa"]
    assert _name_before("Maria Costa, its CEO since 2020, said it.", "CEO") == ["Maria Costa"]
    assert _name_before("In a statement, Maria Costa, the CEO, said it.", "CEO") == ["Maria Costa"]
    assert _name_before("Separately, Maria Costa, the CEO, said it.", "CEO") == ["Maria Costa"]
    assert _name_before("China's Li Qiang, the premier, spoke.", "premier") == ["Li Qiang"]


def test_no_name_before_a_title_that_is_not_in_apposition() -> None:
    assert _name_before("Shanghai, the CEO said, will host it.", "CEO") == []  # a reporting clause
    assert _name_before("In Beijing, the CEO, Maria Costa, spoke.", "CEO") == []  # a place
    assert _name_before("After meeting Xi, the CEO, who flew in, spoke.", "CEO") == []  # an introductory phrase
    assert _name_before("Today, the CEO, Maria Costa, spoke.", "CEO") == []  # an adverb opening a clause
    assert _name_before("Officially, the CEO, Maria Costa, spoke.", "CEO") == []
    assert _name_before("They said that, after meeting Xi, the CEO, who flew in, spoke.", "CEO") == []  # mid-sentence
    assert _name_before("It read (“Today, the CEO, Maria Costa, spoke”).", "CEO") == []
    assert _name_before("However, the CEO said it.", "CEO") == []
    assert _name_before("Wang, Zhang, the CEO, and Ding came.", "CEO") == []  # a list
    assert _name_before("Wang Yi, Zhang Wei, the CEO.", "CEO") == []
    assert _name_before("Zhang Wei, an adviser to the CEO, said it.", "CEO") == []
    assert _name_before("Zhang Wei, the CEO's adviser, said it.", "CEO") == []  # someone else's title
    assert _name_before("Maria Costa CEO said it.", "CEO") == []  # no comma


def _ceo_engine() -> Engine:
    return Engine(
        (
            Claim(
                "ceo",
                "Maria Santos is the CEO of Nimbus.",
                ("CEO", "chief executive"),
                TextValue("Maria Santos", aliases=("Santos",), wrong=("Mario Santos",), kind="name"),
                Context(require=("Nimbus",), exclude=("former",)),
            ),
        )
    )


def test_a_name_before_its_title_states_a_name_claim() -> None:
    engine = _ceo_engine()
    assert statements("“We are growing,” said Maria Costa, CEO of Nimbus.", engine=engine) == [("ceo", "contradicts")]
    assert statements("Maria Costa, CEO of Nimbus, said the firm would grow.", engine=engine) == [
        ("ceo", "contradicts")
    ]
    assert statements("Maria Costa, the Nimbus chief executive, spoke.", engine=engine) == [("ceo", "contradicts")]
    assert statements("Maria Santos, CEO of Nimbus, said so.", engine=engine) == [("ceo", "consistent")]
    assert statements("Santos, Nimbus's CEO, said so.", engine=engine) == [("ceo", "consistent")]
    assert statements("Mario Santos, CEO of Nimbus, said so.", engine=engine) == [("ceo", "contradicts")]


def test_a_name_before_its_title_keeps_the_claims_context() -> None:
    engine = _ceo_engine()
    assert statements("Maria Costa, CEO of Acme, said so.", engine=engine) == []  # require: Nimbus
    assert statements("Maria Costa, a former CEO of Nimbus, said so.", engine=engine) == []  # exclude: former
    assert statements("Nimbus grew. Maria Costa, its CEO, said so.", engine=engine) == [("ceo", "contradicts")]


def test_a_name_in_apposition_is_nearer_than_a_name_elsewhere_but_one_after_the_title_wins() -> None:
    engine = _ceo_engine()
    assert statements("Maria Costa, CEO of Nimbus, met Maria Santos.", engine=engine) == [("ceo", "contradicts")]
    assert statements("At Nimbus, CEO Maria Santos said so.", engine=engine) == [("ceo", "consistent")]
    assert statements("Maria Costa, Nimbus CEO Maria Santos's deputy, spoke.", engine=engine) == [
        ("ceo", "consistent")
    ]


@pytest.mark.parametrize(
    ("spelling", "key"),
    [("square metres", "m2"), ("square meter", "m2"), ("sq m", "m2"), ("sq km", "km2"), ("square feet", "ft2"), ("kilometres", "km"),
     ("ML", "megalitre"), ("megalitres", "megalitre"), ("ml", "ml"), ("millilitres", "ml"), ("litres", "l"),  # case tells ML from ml
     ("ML/day", "megalitre/day"), ("ML/d", "megalitre/day"), ("kWh/kL", "kwh/kl"), ("km/h", "km/h"), ("m/s", "m/s")],  # rates
)
def test_unit_spellings_share_one_key(spelling: str, key: str) -> None:
    assert unit_key(spelling) == key


def test_an_area_in_square_metres_states_a_claim_in_square_metres() -> None:
    claims = parse_claims(
        "claims:\n  - id: gallery-area\n    statement: The museum has 12,500 square metres of gallery space.\n"
        "    subject: [gallery space]\n    value: {type: number, number: 12500, unit: square metre}\n",
        "claims.yaml",
    )
    found = [(f.claim, f.verdict.value) for f in scan_text("The museum has 15,000 sq m of gallery space.", claims)]
    assert found == [("gallery-area", "contradicts")]
