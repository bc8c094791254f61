"""Units that convert into each other: a measure in another unit of a claim's dimension states the claim."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import exitcodes
from factcheck.documents import document_from_text
from factcheck.engine import Engine
from factcheck.judge import judge_number
from factcheck.model import Claim, Context, NumberValue, Verdict
from factcheck.model import Qualifier as Q
from factcheck.units import convert, convertible, unit_symbol
from helpers import statements

RACE = Engine(
    (Claim("swim", "The swim leg is 1,500 metres.", ("swim", "swim leg"), NumberValue(1500, unit="metres")),
     Claim("bike", "The bike leg is 40 km.", ("bike", "bike leg", "ride"), NumberValue(40, unit="km")),
     Claim("run", "The run is 10 km.", ("run",), NumberValue(10, unit="km")),
     Claim("climb", "The bike course climbs 650 m.", ("climb", "ascent"), NumberValue(650, unit="m")),
     Claim("water", "The water temperature was 18 °C.", ("water temperature", "water"), NumberValue(18, unit="°C")),
     Claim("course-height", "The Sentinel, the course's landmark fir, is 67.4 m tall.", ("Sentinel", "fir", "tree"),
           NumberValue(67.4, unit="m"), Context(require=("Sentinel", "fir", "tree"))))
)  # fmt: skip


def found(text: str, engine: Engine = RACE) -> list[tuple[str, str, str]]:
    """Each statement in ``text``: its claim, verdict and the value as the report shows it."""
    return [(s.match.claim.claim.id, s.verdict.value, s.found) for s in engine.statements(document_from_text(text, "doc.txt"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # paraphrases in other units agree
        ("The swim leg is 1.5 km.", [("swim", "consistent", "1.5 km (1,500 metres)")]),
        ("The swim leg is 1,640 yards.", [("swim", "consistent", "1,640 yd (1,500 metres)")]),
        ("The run is 6.2 miles.", [("run", "consistent", "6.2 mi (9.98 km)")]),
        ("The run is about 6 miles.", [("run", "consistent", "about 6 mi (about 9.66 km)")]),
        ("The run is 10,000 m.", [("run", "consistent", "10,000 m (10 km)")]),
        ("The water temperature was 64 °F.", [("water", "consistent", "64 °F (17.8 °C)")]),
        ("The water temperature was 64 degrees Fahrenheit.", [("water", "consistent", "64 °F (17.8 °C)")]),
        ("The swim is 1.5km long and the run 10km.", [("swim", "consistent", "1.5 km (1,500 metres)"), ("run", "consistent", "10 km")]),
    ],
)
def test_a_measure_in_another_unit_states_the_claim(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # wrong figures in other units are flagged, with both units shown
        ("The swim leg is 1.9 km.", [("swim", "contradicts", "1.9 km (1,900 metres)")]),
        ("The run is 8 miles.", [("run", "contradicts", "8 mi (12.9 km)")]),
        ("The water temperature was 75 °F.", [("water", "contradicts", "75 °F (23.9 °C)")]),
        ("The water temperature was 41 °F.", [("water", "contradicts", "41 °F (5 °C)")]),  # (temperatures have no ratio)
        ("Athletes face a 750m swim.", [("swim", "contradicts", "750 metres")]),
        ("The run is 10 miles.", [("run", "contradicts", "10 mi (16.1 km)")]),
    ],
)
def test_a_wrong_measure_in_another_unit_is_flagged(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # what converts is only what could mean the same
        ("At roughly 40 kilometres, with 650 metres of climb, the ride is no stroll.", [("bike", "consistent"), ("climb", "consistent")]),
        ("The run is 10 km (6.2 miles).", [("run", "consistent")]),
        ("The run is 12 km (7.5 miles).", [("run", "contradicts")]),  # one statement in two units: one finding
        ("The kids' swim (1,000–5,000 yards) starts later.", []),  # a range that reaches past twice the claim's figure
        ("The catchment population of the race is 1.3m.", []),  # no million without a currency, no metres of a claim
        ("Eight lanes, depth 0.9 m at the shallow end of the swim.", []),  # a depth, no swim's length
        ("The course passes a cluster of 60m+ trees.", []),  # other trees, not the Sentinel
        ("The Sentinel is a 60-metre tree.", [("course-height", "contradicts")]),
        ("The 1,900m swim starts from the pontoon.", [("swim", "contradicts")]),
        ("The transition area is 200 yards from the swim exit.", []),  # a distance from a point
    ],
)
def test_only_a_measure_of_the_claim_s_thing_is_converted(text: str, expected: list) -> None:
    assert statements(text, engine=RACE) == expected


WAVE = Engine(
    (Claim("wave-metres", "The wave was 26.4 metres high.", ("wave",), NumberValue(26.4, unit="m")),
     Claim("wave-feet", "The wave was about 87 feet high.", ("wave",), NumberValue(87, Q.ABOUT, unit="ft")),
     Claim("race", "The race is sailed over 3,650 nautical miles.", ("race", "course"), NumberValue(3650, unit="nautical mile")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a claim in the figure's own unit takes it over a twin in another; sailors' miles are nautical
        ("Footage shows a 70-foot wave.", [("wave-feet", "contradicts")]),
        ("Footage shows a 21-metre wave.", [("wave-metres", "contradicts")]),
        ("The race is a 3,650-mile crossing.", []),
        ("The race covers 6,760 km.", [("race", "consistent")]),
    ],
)
def test_twin_claims_and_nautical_miles(text: str, expected: list) -> None:
    assert statements(text, engine=WAVE) == expected


def test_conversion_carries_the_rounding_of_the_written_figure() -> None:
    miles = convert(6.2, None, "mi", "km")
    assert miles is not None
    assert miles.value == pytest.approx(9.978, abs=1e-3)
    assert miles.tolerance == pytest.approx(0.0998, abs=1e-4)  # 1 % of it, more than half of 0.1 mile (0.08 km)
    ten = convert(10, None, "mi", "km")  # one significant digit and a trailing zero: read to two
    assert ten is not None and ten.tolerance == pytest.approx(0.805, abs=1e-3)
    about = convert(60, None, "ft", "m", rough=True)
    assert about is not None and about.tolerance == pytest.approx(0.05 * 18.288, abs=1e-6)


def test_temperatures_convert_with_their_offset() -> None:
    boiling = convert(212, None, "°f", "°c")
    assert boiling is not None and boiling.value == pytest.approx(100)
    freezing = convert(0, 10, "°c", "°f")
    assert freezing is not None and (freezing.value, freezing.high) == (pytest.approx(32), pytest.approx(50))


@pytest.mark.parametrize(
    ("source", "target", "expected"),
    [("km", "m", True), ("acre", "ha", True), ("mph", "km/h", True), ("kwh", "mwh", True), ("km", "kg", False),
     ("mi", "nautical mile", False), ("m", "m", False), ("gb", "mb", False), ("ton", "kg", False)],
)
def test_which_units_convert(source: str, target: str, expected: bool) -> None:
    assert convertible(source, target) is expected


def test_the_judge_takes_a_canonical_figure_within_the_rounding_for_the_same() -> None:
    restated = NumberValue(9.978, unit="km", tolerance=0.0805, written="6.2 mi")
    assert judge_number(NumberValue(10, unit="km"), restated)[0] is Verdict.CONSISTENT
    assert judge_number(NumberValue(10.1, unit="km"), restated)[0] is Verdict.CONTRADICTS
    assert judge_number(NumberValue(10, Q.OVER, unit="km"), restated) == (Verdict.CONSISTENT, "the same figure")
    assert unit_symbol("°f") == "°F" and unit_symbol("km") == "km"


def test_cli_reports_both_units(tmp_path: Path) -> None:
    (tmp_path / "claims.yaml").write_text(
        "claims:\n  - id: run\n    statement: The run is 10 km.\n    subject: [run]\n"
        "    value: {type: number, number: 10, unit: km}\n", encoding="utf-8")  # fmt: skip
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "race.md").write_text("The run is 8 miles.\n\nThe run is 6.2 miles.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", "docs", "--format", "plain", "--no-cache"],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == exitcodes.FINDINGS
    assert proc.stdout.splitlines() == [
        'docs/race.md:1:12: error run "8 mi (12.9 km)" contradicts the canonical "10 km": the figures cannot both be true'
    ]
    assert proc.stderr == ""


BRIDGE = Engine(
    (Claim("clearance", "The bridge has a signed height clearance of 3.9 metres.", ("clearance", "bridge height", "low bridge"),
           NumberValue(3.9, unit="m")),
     Claim("lorry-height", "The lorry was 4.4 metres tall.", ("lorry", "trailer"), NumberValue(4.4, unit="m")),
     Claim("pan", "The paella pan was 7.2 metres across.", ("pan", "paella"), NumberValue(7.2, unit="m")),
     Claim("gondola", "The gondola is 3.4 km long.", ("gondola", "line"), NumberValue(3.4, unit="km")))
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a relative clause or a participle after "a" names what a measure measures; feet and inches are one figure;
        # an elevation is no length
        ("The trailer tried to get under a low bridge that is signed at 4.2m.", [("clearance", "contradicts")]),
        ("The trailer tried to get under a tunnel that is signed at 3.9m.", []),
        ("The trailer was half a metre too tall for a tunnel signed at 3.9m.", []),
        ("The trailer, 4.4m tall, hit the bridge.", [("lorry-height", "consistent")]),
        ("The trailer, 13.6m long, hit the bridge.", []),  # a length, no height
        ("The paella was cooked in a pan 23 ft 7 in across.", [("pan", "consistent")]),
        ("The paella was cooked in a pan 25 feet across.", [("pan", "contradicts")]),
        ("Gondola valley station elevation: 2,310 m.", []),
        ("The gondola line is 2,400 m long.", [("gondola", "contradicts")]),
    ],
)
def test_what_a_measure_measures(text: str, expected: list) -> None:
    assert statements(text, engine=BRIDGE) == expected
