"""Fast checks of the benchmark corpus generator (bench/corpus.py) on small corpora."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # bench/ is not an installed package
    sys.path.insert(0, str(REPO))

from bench import corpus  # noqa: E402
from factcheck.claims import load_claims  # noqa: E402
from factcheck.model import Verdict  # noqa: E402
from factcheck.scan import scan_paths  # noqa: E402

N_DOCS = 40


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus of N_DOCS documents and 60 claims."""
    return corpus.generate(tmp_path_factory.mktemp("small"), N_DOCS, 60, seed=3)


def test_generation_is_byte_identical(small: Path, tmp_path: Path) -> None:
    again = corpus.generate(tmp_path / "again", N_DOCS, 60, seed=3)
    assert _tree(again) == _tree(small)


def test_seed_changes_the_corpus(small: Path, tmp_path: Path) -> None:
    other = corpus.generate(tmp_path / "other", N_DOCS, 60, seed=4)
    assert _tree(other) != _tree(small)


def test_documents_are_3_to_6_kb_in_small_directories(small: Path) -> None:
    docs = sorted((small / "docs").rglob("*.*"))
    assert len(docs) == N_DOCS
    assert {p.suffix for p in docs} == {".txt", ".md"}
    for path in docs:
        assert 3 * 1024 <= path.stat().st_size <= 6 * 1024, path
    assert all(len(list(d.iterdir())) <= corpus.FILES_PER_DIR for d in (small / "docs").iterdir())


def test_doc_paths_split_into_directories_of_1000() -> None:
    assert corpus.doc_path(999, False).parent == corpus.doc_path(0, True).parent
    assert corpus.doc_path(1000, False).parent != corpus.doc_path(999, False).parent


@pytest.mark.parametrize("n_claims", [10, 20, 57, 500])
def test_claims_load_with_exactly_m_unique_ids(tmp_path: Path, n_claims: int) -> None:
    root = corpus.generate(tmp_path, 0, n_claims)
    claims = load_claims(root / "claims.yaml")
    assert len(claims) == n_claims
    assert len({c.id for c in claims}) == n_claims


def test_claims_start_with_the_projects_and_have_distinct_subjects() -> None:
    own = corpus.project_claims()
    claims = corpus.build_claims(500)
    assert [c["id"] for c in claims[: len(own)]] == [c["id"] for c in own]
    synthetic = [phrase.lower() for c in claims[len(own):] for phrase in corpus._terms(c["subject"])]
    assert len(synthetic) == len(set(synthetic))
    assert corpus.build_claims(50) == claims[:50]  # smaller claim sets are prefixes


def test_number_words() -> None:
    assert corpus.number_words(845) == "eight hundred and forty-five"
    assert corpus.number_words(3000) == "three thousand"
    assert corpus.number_words(12500) == "twelve thousand five hundred"


def test_scan_finds_contradictions(small: Path) -> None:
    report = scan_paths([str(small / "docs")], small / "claims.yaml")
    assert len(report.documents) == N_DOCS
    counts = report.counts()
    assert counts["contradicts"] >= N_DOCS // 2
    said = {c.claim for d in report.documents for c in d.coverage if c.verdict is Verdict.CONSISTENT}
    assert len(said) >= 10  # right statements are recognised too
