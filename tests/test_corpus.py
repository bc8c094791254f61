"""The robustness corpus: paraphrases pass, perturbations are flagged, distractors ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import statements

CORPUS = Path(__file__).parent / "corpus"


def _cases(name: str) -> list[dict]:
    cases = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    return [pytest.param(c, id=c["text"][:60]) for c in cases]


@pytest.mark.parametrize("case", _cases("paraphrases.yaml"))
def test_paraphrase_passes(case: dict) -> None:
    said = statements(case["text"], case.get("path", "doc.txt"))
    assert [s for s in said if s[1] != "consistent"] == []
    assert set(case["consistent"]) <= {claim for claim, _ in said}


@pytest.mark.parametrize("case", _cases("perturbations.yaml"))
def test_perturbation_is_flagged(case: dict) -> None:
    said = statements(case["text"], case.get("path", "doc.txt"))
    flagged = sorted(f"{claim} {verdict}" for claim, verdict in said if verdict != "consistent")
    assert flagged == sorted(case["findings"])


@pytest.mark.parametrize("case", _cases("distractors.yaml"))
def test_distractor_is_ignored(case: dict) -> None:
    said = statements(case["text"], case.get("path", "doc.txt"))
    assert [s for s in said if s[1] != "consistent"] == []
