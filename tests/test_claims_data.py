"""The shipped claims.yaml tested as data: valid, unique, and stated by its sources."""

from __future__ import annotations

import pytest

from factcheck.documents import read_document
from factcheck.model import Verdict
from helpers import ROOT, project_claims, project_engine

REQUIRED = {
    "action-plan-points": "13",
    "hq-city": "Shanghai",
    "exhibiting-companies": "over 800",
    "products-shown": "over 3,000",
    "llms-shown": "40",
    "devices-shown": "50",
    "robots-shown": "60",
    "conference-length": "3-day",
    "conference-dates": "2025-07-26 to 2025-07-28",
    "speech-day": "Saturday (2025-07-26)",
    "us-plan-release-day": "Wednesday (2025-07-23)",
    "roundtable-countries": "over 30",
    "conference-countries": "over 30",
    "premier": "Li Qiang",
    "vice-foreign-minister": "Ma Zhaoxu",
    "conference-theme": "Global Solidarity in the AI Era",
    "genai-rules-year": "2023",
}


def test_ids_are_unique() -> None:
    ids = [c.id for c in project_claims()]
    assert len(ids) == len(set(ids))


def test_required_claims_have_their_canonical_values() -> None:
    from factcheck.claims import format_value

    values = {c.id: format_value(c.value) for c in project_claims()}
    for claim_id, value in REQUIRED.items():
        if claim_id == "action-plan-points":
            assert values[claim_id] == "13-point"
        else:
            assert values[claim_id] == value, claim_id


def test_every_claim_names_a_source() -> None:
    assert all(c.sources for c in project_claims())


def _seed_sources():
    for claim in project_claims():
        for source in claim.sources:
            if source.startswith("seeds/"):
                yield pytest.param(claim.id, source, id=f"{claim.id}@{source[6:9]}")


@pytest.mark.parametrize(("claim_id", "source"), list(_seed_sources()))
def test_each_seed_source_really_states_its_claim(claim_id: str, source: str) -> None:
    document, warnings = read_document(ROOT / source, source)
    assert document is not None and warnings == []
    verdicts = [s.verdict for s in project_engine().statements(document) if s.match.claim.claim.id == claim_id]
    assert Verdict.CONSISTENT in verdicts


def test_claims_from_outside_the_seeds_name_a_url() -> None:
    for claim in project_claims():
        if not any(s.startswith("seeds/") for s in claim.sources):
            assert any("://" in s for s in claim.sources), claim.id
