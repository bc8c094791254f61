"""The gate: blocks and sentences that cannot state a claim are skipped, and only those."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.documents import document_from_text
from factcheck.extract import VALUE_WORDS, extract
from factcheck.gate import spaced, spellings, subject_keys, term_keys, typo_pieces
from factcheck.index import ClaimIndex
from factcheck.match import Matcher
from factcheck.model import Claim, Context, NumberValue, TextValue
from factcheck.text import split_sentences
from helpers import ROOT, load_fixture, project_claims, table

CORPUS = Path(__file__).parent / "corpus"


def _index(gate: bool = True) -> ClaimIndex:
    return ClaimIndex(
        (
            Claim("exhibiting-companies", "s", ("companies", "exhibitors"), NumberValue(800)),
            Claim("conference-countries", "s", ("countries",), NumberValue(30), Context(require=("WAIC",))),
            Claim("premier", "s", ("Premier",), TextValue("Li Qiang", kind="name")),
        ),
        gate=gate,
    )


def _live_sentences(text: str, index: ClaimIndex | None = None) -> tuple[list[str], list[str]]:
    """(every live sentence, those live for text claims), as text."""
    index = index or _index()
    blocks = tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    live = index.live(text, blocks)
    assert live is not None
    spans = split_sentences(text, live.blocks, live.numbers, live.whole)
    every, texts = index.sentences(text, spans, live)
    return [text[spans[i].start : spans[i].end] for i in every], [text[spans[i].start : spans[i].end] for i in texts]


def test_a_sentence_is_live_with_a_subject_and_a_value_or_a_text_claim() -> None:
    text = "Premier Li spoke. Over 800 companiesand more. Nothing here. The companies left. 30 Countries at WAIC."
    every, texts = _live_sentences(text)
    assert every == ["Premier Li spoke.", "Over 800 companiesand more.", "30 Countries at WAIC."]
    assert texts == ["Premier Li spoke."]


def test_numbers_in_words_months_and_weekdays_are_values() -> None:
    text = "Eight hundred companies. A dozen companies. Companies came in July. Companies came on Sat. Companies came."
    assert _live_sentences(text)[0] == [
        "Eight hundred companies.", "A dozen companies.", "Companies came in July.", "Companies came on Sat.",
    ]


def test_context_may_stand_in_the_sentence_before_even_in_the_block_before_but_not_after() -> None:
    assert _live_sentences("WAIC opened. Over 30 countries came.")[0] == ["Over 30 countries came."]
    assert _live_sentences("Over 30 countries came. WAIC opened.")[0] == []  # not the sentence after
    assert _live_sentences("WAIC opened.\nOver 30 countries came.")[0] == ["Over 30 countries came."]
    assert _live_sentences("WAIC opened.\nThen it rained.\nOver 30 countries came.")[0] == []
    assert _live_sentences("WAIC opened. Then it rained.\nOver 30 countries came.")[0] == []
    assert _live_sentences("Over 30 countries came to the UN.")[0] == []


def test_keys_stand_at_word_starts_and_match_whole_words() -> None:
    assert _live_sentences("Subcompanies 800 and ecountries 30 at WAIC.")[0] == []
    assert _live_sentences("800 companyless things.")[0] == []
    assert _live_sentences("The companies’ 800 stands.")[0] == ["The companies’ 800 stands."]
    assert _live_sentences("800 company_names.")[0] == ["800 company_names."]  # "_" separates words too


def test_typos_in_long_words_pass_the_gate_wherever_they_are() -> None:
    assert _live_sentences("800 exhibtors came.")[0] == ["800 exhibtors came."]
    assert _live_sentences("800 ehibitors came.")[0] == ["800 ehibitors came."]
    assert _live_sentences("800 exhibiŧtors came.")[0] == ["800 exhibiŧtors came."]  # a letter outside ASCII
    assert _live_sentences("800 exhibition visitors came.")[0] == []  # pieces, but in other words


def test_keys() -> None:
    assert spellings("company") == ["companies", "company", "companys"]
    assert spellings("glass") == ["glass", "glasses"]
    assert " companiesand " in subject_keys("company")
    assert typo_pieces("exhibitor") == [" exhi", "bitor ", "bitores ", "bitors "]
    assert typo_pieces("technology") == [" techn", "ologies ", "ology ", "ologyes ", "ologys "]
    assert typo_pieces("company") == []  # too short to be matched fuzzily
    assert term_keys("exhibit", prefix=True) == [" exhibit"]
    assert term_keys("li", prefix=False) == [" li "]


def test_accented_subjects_and_values_are_found() -> None:
    index = ClaimIndex((Claim("cafes", "s", ("cafés",), NumberValue(12)),))
    assert _live_sentences("Twelve cafés opened. Douze cafés²", index)[0] == ["Twelve cafés opened."]
    assert _live_sentences("Eight² cafés.", index)[0] == ["Eight² cafés."]  # "eight" is read in "Eight²"


def test_a_subject_without_ascii_letters_turns_the_gate_off() -> None:
    index = ClaimIndex((Claim("city", "s", ("会议",), TextValue("上海", kind="place")),))
    assert index.live("会议 在 上海", ((0, 8),)) is None


def test_a_text_whose_lower_case_changes_length_is_not_gated() -> None:
    assert _index().live("İstanbul hosted 800 companies.", ((0, 30),)) is None


# ---------------------------------------------------------------- superset


def _engines() -> tuple[Matcher, Matcher]:
    claims = project_claims()
    return Matcher(ClaimIndex(claims)), Matcher(ClaimIndex(claims, gate=False))


GATED, UNGATED = _engines()


def _same(text: str, path: str = "doc.txt") -> None:
    document = document_from_text(text, path)
    gated = GATED.matches(document.text, document.blocks, document.cells, document.leads)
    ungated = UNGATED.matches(document.text, document.blocks, document.cells, document.leads)
    assert [(m.claim.claim.id, m.start, m.end, m.found) for m in gated] == [
        (m.claim.claim.id, m.start, m.end, m.found) for m in ungated
    ]


def _corpus_texts() -> list[tuple[str, str]]:
    texts = [
        (c["text"], c.get("path", "doc.txt"))
        for name in ("paraphrases.yaml", "perturbations.yaml", "distractors.yaml")
        for c in load_fixture(CORPUS / name)
        if "text" in c
    ]
    files = sorted((CORPUS / "articles").iterdir()) + sorted((ROOT / "seeds").iterdir())
    files += sorted((CORPUS / "blind").glob("*/docs/*"))
    return texts + [
        (p.read_text(encoding="utf-8"), p.name) for p in files if p.suffix in (".txt", ".md", ".html", ".rst")
    ]


@pytest.mark.parametrize(("text", "path"), _corpus_texts())
def test_the_gate_changes_no_match_on_the_corpus(text: str, path: str) -> None:
    _same(text, path)


def _phrases(field: str) -> list[str]:
    claims = project_claims()
    if field == "subject":
        return sorted({s for c in claims for s in c.subject})
    return sorted({t.rstrip("*") for c in claims for t in c.context.require})


_SUBJECT = st.sampled_from(_phrases("subject")).flatmap(
    lambda s: st.sampled_from([s, s + "s", s.upper(), s + "and", s[:2] + s[3:] if len(s) > 8 else s, s + "’s"])
)
_VALUE = st.sampled_from(
    ["800", "over 30", "more than eight hundred", "13", "thirteen-point", "three-day", "two", "July 26",
     "26-28 July", "Saturday", "2023", "Shanghai", "Beijing", "Li Qiang", "Ma Zhaoxu", "Eric Schmidt", "Cédric O",
     "“Global Solidarity in the AI Era”"]
)
_OTHER = st.sampled_from(
    ["the", "and", "said", "in", "at", "on", "held", "by", "of", "last year", "(", ")", ",", "—", "%", "$", "based in",
     "will", "Premier", "Vice Foreign Minister", "former Google CEO", "special envoy"]
)
_CHUNK = st.one_of(_SUBJECT, _VALUE, _OTHER, st.sampled_from(_phrases("require")))
_SENTENCE = st.lists(_CHUNK, min_size=2, max_size=9).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_SENTENCE, st.sampled_from([". ", "! ", ".\n", ".\n\n", "; "])), min_size=1, max_size=5))
def test_the_gate_changes_no_match_on_random_text(sentences: list[tuple[str, str]]) -> None:
    _same("".join(s[:1].upper() + s[1:] + end for s, end in sentences))


_PLAIN = st.text(st.characters(blacklist_categories=("Nd", "Cs")), max_size=60)
_NEAR = st.sampled_from(sorted(VALUE_WORDS)).flatmap(lambda w: st.sampled_from([w + "x", "x" + w, w[:-1], w.title()]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PLAIN, _NEAR), max_size=6), st.sampled_from([" ", "-", "", "\n", "’"]))
def test_no_digit_and_no_value_word_means_no_value(parts: list[str], glue: str) -> None:
    text = glue.join(parts)
    if not set(spaced(text.lower()).split()) & VALUE_WORDS:
        assert extract(text) == []


_MARKUP = {
    "doc.md": [". ", ".\n\n", "\n\n- ", "\n- ", "\n\n# ", ".\n\n| ", " | ", "\n\n> "],
    "doc.html": [". ", "</p><p>", "<li>", "</td><td>", "<br>", "<h2>"],
}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_MARKUP)).flatmap(
    lambda path: st.tuples(st.just(path), st.lists(st.tuples(_SENTENCE, st.sampled_from(_MARKUP[path])), min_size=1, max_size=6))
))
def test_the_gate_changes_no_match_in_markup(case: tuple[str, list[tuple[str, str]]]) -> None:
    path, sentences = case
    _same("".join(s[:1].upper() + s[1:] + end for s, end in sentences), path)  # lists, headings, tables, quotes


_HEAD = st.lists(_CHUNK, min_size=1, max_size=3).map(" ".join)
_CELL = st.lists(st.one_of(_SUBJECT, _VALUE, _OTHER), min_size=2, max_size=4).map(" ".join)  # context in the header


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["doc.md", "doc.html", "doc.rst"]),
    st.integers(2, 4).flatmap(
        lambda n: st.tuples(st.lists(_HEAD, min_size=n, max_size=n), st.lists(st.lists(_CELL, min_size=n, max_size=n), min_size=2, max_size=5))
    ),
)
def test_the_gate_changes_no_match_in_tables(path: str, rows: tuple[list[str], list[list[str]]]) -> None:
    header, body = rows
    _same(table([header, *body], path), path)  # a cell also has the context of its column's header


@pytest.mark.parametrize("path", ["doc.md", "doc.html", "doc.rst"])
def test_a_header_cell_gives_its_column_the_context(path: str) -> None:
    text = table([["", "WAIC 2025"], ["Firms", "800"], ["Humanoid robots", "60"]], path)
    document = document_from_text(text, path)
    found = [(m.claim.claim.id, document.text[m.start : m.end]) for m in GATED.matches(document.text, document.blocks, document.cells, document.leads)]
    assert found == [("exhibiting-companies", "800"), ("robots-shown", "60")]  # "WAIC" is only in the header
    _same(text, path)


def _list_doc(path: str, lead: str, end: str, items: list[str]) -> str:
    """A paragraph introducing a list of ``items``, in the format of ``path``."""
    if path == "doc.html":
        return f"<p>{lead}{end}</p><ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return f"{lead}{end}\n\n" + "".join(f"- {item}\n" for item in items)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["doc.md", "doc.html", "doc.rst"]),
    _SENTENCE,
    st.sampled_from([":", ".", ""]),
    st.lists(_CELL, min_size=2, max_size=5),
)
def test_the_gate_changes_no_match_in_lists(path: str, lead: str, end: str, items: list[str]) -> None:
    _same(_list_doc(path, lead, end, items), path)  # an item also has the context of the line introducing the list


@pytest.mark.parametrize("path", ["doc.md", "doc.html", "doc.rst"])
def test_the_line_introducing_a_list_gives_every_item_its_context(path: str) -> None:
    text = _list_doc(path, "At WAIC 2025 we saw", ":", ["over 900 companies", "70 humanoid robots", "45 large language models"])
    _same(text, path)
    document = document_from_text(text, path)
    found = [m.claim.claim.id for m in GATED.matches(document.text, document.blocks, document.cells, document.leads)]
    assert found == ["exhibiting-companies", "robots-shown", "llms-shown"]
