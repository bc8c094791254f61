"""The robustness corpus: paraphrases pass, perturbations are flagged, distractors ignored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.claims import load_claims
from factcheck.engine import Engine
from helpers import load_fixture, statements

CORPUS = Path(__file__).parent / "corpus"
ROOT_CLAIMS = Path(__file__).parent.parent / "claims.yaml"


def _flagged(case: dict, engine: Engine | None = None) -> list[str]:
    """"claim verdict" for every statement in a case's text that is not consistent, sorted."""
    said = statements(case["text"], case.get("path", "doc.txt"), engine)
    return sorted(f"{claim} {verdict}" for claim, verdict in said if verdict != "consistent")


def _as_expected(got: list[str], expected: list[str]) -> bool:
    """The same claims, each with its verdict or one of its alternatives ("claim a|b")."""
    if [g.split()[0] for g in got] != [e.split()[0] for e in expected]:
        return False
    return all(g.split()[1] in e.split()[1].split("|") for g, e in zip(got, expected))


def _failures(cases: list[dict], check: Callable[[dict], str | None]) -> str:
    """Every case of one fixture file that ``check`` faults, one per line, or "" if none.

    The sentence corpora are checked a file at a time: pytest's own cost per test is
    about twice that of checking one sentence, and there are tens of thousands of them.
    The report still names each failing case, its text and why it is there."""
    lines = []
    for n, case in enumerate(cases):
        problem = check(case)
        if problem is not None:
            why = f" ({case['why']})" if "why" in case else ""
            lines.append(f"case {n}: {case['text'][:120]!r}: {problem}{why}")
    return "\n".join(lines)


def _expect_flagged(key: str, engine: Engine | None = None) -> Callable[[dict], str | None]:
    """A check that a case's text is flagged exactly as its ``key`` entry says."""

    def check(case: dict) -> str | None:
        got = _flagged(case, engine)
        expected = sorted(case[key])
        return None if _as_expected(got, expected) else f"expected {expected}, got {got}"

    return check


def _paraphrase_passes(case: dict) -> str | None:
    said = statements(case["text"], case.get("path", "doc.txt"))
    wrong = [s for s in said if s[1] != "consistent"]
    missing = sorted(set(case["consistent"]) - {claim for claim, _ in said})
    if wrong or missing:
        return f"flagged {wrong}, not found {missing}"
    return None


def _fixture(name: str) -> list[dict]:
    return load_fixture(CORPUS / name)


def test_paraphrases_pass() -> None:
    assert _failures(_fixture("paraphrases.yaml"), _paraphrase_passes) == ""


def test_perturbations_are_flagged() -> None:
    assert _failures(_fixture("perturbations.yaml"), _expect_flagged("findings")) == ""


def test_distractors_are_ignored() -> None:
    cases = [dict(case, findings=[]) for case in _fixture("distractors.yaml")]
    assert _failures(cases, _expect_flagged("findings")) == ""


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


def _blind_files() -> list:
    return [pytest.param(path, id=path.stem) for path in sorted((CORPUS / "blind").glob("*.yaml"))]


@pytest.mark.parametrize("path", _blind_files())
def test_blind_cases(path: Path) -> None:
    """Cases written blind: exactly the expected findings ("claim verdict", or "claim a|b")."""
    assert _failures(load_fixture(path), _expect_flagged("expect")) == ""


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


def _domains() -> list:
    return [pytest.param(d, id=d.name) for d in sorted(DOMAINS.iterdir())]


@pytest.mark.parametrize("domain", _domains())
def test_blind_cases_of_another_domain(domain: Path) -> None:
    """Cases written blind for other domains (a marathon, a company's reports), each against its own
    claims.yaml: exactly the expected findings."""
    engine = Engine(load_claims(domain / "claims.yaml"))
    assert _failures(load_fixture(domain / "sentences.yaml"), _expect_flagged("expect", engine)) == ""


@pytest.mark.parametrize("domain", _domains())
def test_blind_documents_of_another_domain(domain: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole documents written blind for another domain: exactly the findings in expected.yaml."""
    import factcheck

    monkeypatch.chdir(domain)
    report = factcheck.scan_paths(["docs"], "claims.yaml")
    expected = load_fixture(domain / "expected.yaml")
    assert [f"{f.path}:{f.line}:{f.column} {f.claim} {f.verdict.value}" for f in report.findings] == expected
    assert report.warnings == []
