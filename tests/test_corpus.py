"""The robustness corpus: paraphrases pass, perturbations are flagged, distractors ignored."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from factcheck.claims import load_claims
from factcheck.engine import Engine
from helpers import load_fixture, statements

CORPUS = Path(__file__).parent / "corpus"
ROOT_CLAIMS = Path(__file__).parent.parent / "claims.yaml"


def _cases(name: str) -> list[dict]:
    cases = load_fixture(CORPUS / name)
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


ARTICLES = CORPUS / "articles"


def _articles() -> list:
    expected = load_fixture(ARTICLES / "expected.yaml")
    return [pytest.param(name, findings, id=name) for name, findings in expected.items()]


@pytest.mark.parametrize(("name", "expected"), _articles())
def test_whole_article(name: str, expected: list[str]) -> None:
    """Whole documents in several formats, with markup, front matter and code to skip."""
    from factcheck.documents import read_document
    from helpers import project_engine

    document, warnings = read_document(ARTICLES / name, name)
    assert document is not None and warnings == []
    got = [f"{f.line}:{f.column} {f.claim} {f.verdict.value}" for f in sorted(project_engine().check(document))]
    assert got == expected


NIMBUS = CORPUS / "nimbus"


def test_a_docs_tree_against_its_own_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    """A SaaS docs tree (pricing, FAQ, changelog, comparison tables, press release) written blind
    against a claims file of another domain: exactly the planted errors are flagged."""
    import factcheck

    monkeypatch.chdir(NIMBUS)
    report = factcheck.scan_paths(["docs"], "claims.yaml")
    expected = load_fixture(NIMBUS / "expected.yaml")
    got = [f"{f.path}:{f.line}:{f.column} {f.claim} {f.verdict.value}" for f in report.findings]
    assert got == expected
    assert report.warnings == []


def _blind_cases() -> list:
    return [
        pytest.param(case, id=f"{path.stem}-{n}")
        for path in sorted((CORPUS / "blind").glob("*.yaml"))
        for n, case in enumerate(load_fixture(path))
    ]


@pytest.mark.parametrize("case", _blind_cases())
def test_blind_case(case: dict) -> None:
    """Cases written blind: exactly the expected findings ("claim verdict", or "claim a|b")."""
    said = statements(case["text"], "doc.txt")
    got = sorted(f"{claim} {verdict}" for claim, verdict in said if verdict != "consistent")
    expected = sorted(case["expect"])
    assert [g.split()[0] for g in got] == [e.split()[0] for e in expected], case["why"]
    for g, e in zip(got, expected):
        assert g.split()[1] in e.split()[1].split("|"), case["why"]


def _blind_trees() -> list:
    return [pytest.param(d, id=d.name) for d in sorted((CORPUS / "blind").iterdir()) if d.is_dir()]


@pytest.mark.parametrize("tree", _blind_trees())
def test_blind_document_tree(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole documents written blind (news articles; web pages with tables, lists and boilerplate):
    exactly the findings in their expected.yaml, against the project's claims."""
    import factcheck

    monkeypatch.chdir(tree)
    report = factcheck.scan_paths(["docs"], ROOT_CLAIMS)
    expected = load_fixture(tree / "expected.yaml")
    assert [f"{f.path}:{f.line}:{f.column} {f.claim} {f.verdict.value}" for f in report.findings] == expected


DOMAINS = CORPUS / "domains"


def _domain_cases() -> list:
    return [
        pytest.param(domain, case, id=f"{domain.name}-{n}")
        for domain in sorted(DOMAINS.iterdir())
        for n, case in enumerate(load_fixture(domain / "sentences.yaml"))
    ]


@lru_cache(maxsize=None)
def _domain_engine(domain: Path) -> Engine:
    return Engine(load_claims(domain / "claims.yaml"))


@pytest.mark.parametrize(("domain", "case"), _domain_cases())
def test_blind_case_of_another_domain(domain: Path, case: dict) -> None:
    """Cases written blind for other domains (a marathon, a company's reports), each against its own
    claims.yaml: exactly the expected findings."""
    said = statements(case["text"], "doc.txt", _domain_engine(domain))
    got = sorted(f"{claim} {verdict}" for claim, verdict in said if verdict != "consistent")
    expected = sorted(case["expect"])
    assert [g.split()[0] for g in got] == [e.split()[0] for e in expected], case["why"]
    for g, e in zip(got, expected):
        assert g.split()[1] in e.split()[1].split("|"), case["why"]


@pytest.mark.parametrize("domain", [pytest.param(d, id=d.name) for d in sorted(DOMAINS.iterdir())])
def test_blind_documents_of_another_domain(domain: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole documents written blind for another domain: exactly the findings in expected.yaml."""
    import factcheck

    monkeypatch.chdir(domain)
    report = factcheck.scan_paths(["docs"], "claims.yaml")
    expected = load_fixture(domain / "expected.yaml")
    assert [f"{f.path}:{f.line}:{f.column} {f.claim} {f.verdict.value}" for f in report.findings] == expected
    assert report.warnings == []
