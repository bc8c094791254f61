"""Sentences, tokens, subject matching and the subject gate."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.index import ClaimIndex, Term
from factcheck.model import Claim, Context, NumberValue, TextValue
from factcheck.text import normalize, split_sentences, tokenize


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
