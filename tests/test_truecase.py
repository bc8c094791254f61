"""Runs of capitals ("HEADQUARTERED IN BEIJING") given back their case before matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import exitcodes
from factcheck.truecase import Truecaser
from helpers import ROOT, statements, workspace
from test_cli import invoke

CASER = Truecaser(["Shanghai", "Beijing", "WAIC", "Li Qiang", "Li Keqiang", "conference", "World Artificial Intelligence Conference"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WAIC 2025 WAS HELD IN BEIJING.", "WAIC 2025 was held in Beijing."),  # the claims' own capitals
        ("PREMIER LI QIANG SPOKE ON SATURDAY, 26 JULY.", "Premier Li Qiang spoke on Saturday, 26 July."),
        ("PREMIER LI PROPOSES A NEW BODY FOR AI", "Premier Li proposes a new body for AI"),  # a known name ends the guess
        ("VICE FOREIGN MINISTER SUN WEIDONG CONFIRMED IT", "Vice foreign Minister Sun Weidong confirmed it"),  # a name after a title
        ("THE WORLD A-I CONFERENCE OPENS", "The World AI  conference opens"),  # spelt out for reading aloud
        ("FORMER GOOGLE C-E-O LARRY PAGE SPOKE", "Former google CEO   Larry Page spoke"),
        ("FIRE STATUS AS OF 7:00 A.M. SATURDAY, AUG. 17:", "Fire status as of 7:00 A.M. Saturday, Aug. 17:"),
        ("THE BODY MAY MEET IN MAY 2026 AND BBC SAYS SO", "The body may meet in May 2026 and BBC says so"),
        ("THE SHOW CLOSED. IT DREW 800 FIRMS", "The show closed. It drew 800 firms"),  # a sentence's first word
    ],
)
def test_runs_of_capitals_are_recased(text: str, expected: str) -> None:
    assert CASER(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "WAIC 2025 was held in Shanghai, organisers said.",  # ordinary text
        "The NHS and the BBC and the UN met.",  # acronyms alone
        "SHANGHAI HOSTS WAIC",  # three words: a label, not a sentence in capitals
    ],
)
def test_text_with_no_run_of_capitals_is_the_same_object(text: str) -> None:
    assert CASER(text) is text


def test_the_documents_own_capitals_are_kept() -> None:
    text = "Our reporter Priya Nair is in the halls.\nPRIYA NAIR REPORTS FROM THE HALLS OF THE EXPO."
    assert CASER(text).splitlines()[1] == "Priya Nair reports from the halls of the expo."


def test_a_line_of_capitals_is_no_evidence_of_case() -> None:
    text = "MAXIMUM SUSTAINED WINDS\nTHE WINDS AND THE RAIN HIT THE COAST"
    assert CASER(text).splitlines()[1] == "The winds and the rain hit the coast"


@given(st.text(alphabet=st.sampled_from("AEIOUBCDSTLNİẞß -.,:'\n0123456789"), max_size=80))
def test_offsets_are_kept(text: str) -> None:
    assert len(CASER(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WAIC 2025 WAS HELD IN BEIJING.", [("conference-city", "contradicts")]),
        ("PREMIER LI QIANG MADE HIS PROPOSAL ON SUNDAY, THE SECOND DAY OF THE CONFERENCE.",
         [("premier", "consistent"), ("speech-day", "contradicts")]),
        ("FEWER THAN EIGHT HUNDRED COMPANIES TOOK PART IN THE WORLD A-I CONFERENCE.",
         [("exhibiting-companies", "contradicts")]),
        ("THE THEME OF WAIC 2025: 'GLOBAL SOLIDARITY IN THE A-I ERA'.", [("conference-theme", "consistent")]),
        ("SUBJECT: CHINA: PREMIER LI PROPOSES A WORLD AI COOPERATION ORGANIZATION", [("premier", "consistent")]),
    ],
)  # fmt: skip
def test_statements_in_capitals_are_read(text: str, expected: list) -> None:
    assert statements(text) == expected


def test_a_script_in_capitals_is_checked_end_to_end(tmp_path: Path) -> None:
    root = workspace(tmp_path, {"script.txt": "THE WORLD A-I CONFERENCE WAS HELD IN BEIJING THIS WEEK.\n"})
    result = invoke("scan", "script.txt", "--claims", str(ROOT / "claims.yaml"), "--format", "json", "--no-cache", cwd=root)
    assert result.exit_code == exitcodes.FINDINGS
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["line"], finding["column"], finding["claim"], finding["verdict"]) == (1, 38, "conference-city", "contradicts")
    assert finding["found"] == "BEIJING"  # as written, not as re-cased
    assert finding["excerpt"] == "THE WORLD A-I CONFERENCE WAS HELD IN BEIJING THIS WEEK."
