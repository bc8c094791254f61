"""Fast checks of the benchmark corpus generator (bench/corpus.py) on small corpora."""

from __future__ import annotations

from collections import Counter

import json
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # bench/ is not an installed package
    sys.path.insert(0, str(REPO))

from bench import corpus  # noqa: E402
from factcheck.claims import load_claims  # noqa: E402
from factcheck.engine import ScanReport  # noqa: E402
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


# ------------------------------------------------------------------ accuracy

Flag = tuple[str, str, str, int]  # path relative to the corpus root, claim, verdict, line


def _found(root: Path, report: ScanReport) -> set[Flag]:
    """The scan's findings, their paths made relative to the corpus root like expected.json's."""
    prefix = f"{root}/"  # scan_paths reports "<the path given>/<path under it>"
    assert all(f.path.startswith(prefix) for f in report.findings)
    flags = [(f.path[len(prefix):], f.claim, f.verdict.value, f.line) for f in report.findings]
    doubled = [flag for flag, n in Counter(flags).items() if n > 1]
    assert doubled == [], "one statement reported more than once"
    return set(flags)


def _expected(root: Path) -> dict[str, list[dict[str, Any]]]:
    data: dict[str, list[dict[str, Any]]] = json.loads((root / "expected.json").read_text(encoding="utf-8"))
    return data


def _to_flag(root: Path) -> set[Flag]:
    """The statements in expected.json that a correct scan flags: all but the consistent ones."""
    return {(path, s["claim"], s["verdict"], s["line"])
            for path, statements in _expected(root).items() for s in statements if s["verdict"] != "consistent"}


def test_expected_json_lists_every_document_by_the_scans_path(small: Path) -> None:
    expected = _expected(small)
    report = scan_paths([str(small / "docs")], small / "claims.yaml", jobs=1)
    assert sorted(expected) == list(expected)
    assert {f"{small}/{path}" for path in expected} == {d.path for d in report.documents}
    lines = {path: (small / path).read_text(encoding="utf-8").split("\n") for path in expected}
    for path, statements in expected.items():
        assert statements == sorted(statements, key=lambda s: (s["line"], s["claim"]))
        for s in statements:
            assert set(s) == {"claim", "verdict", "line"}
            assert s["verdict"] in {"consistent", "differs", "contradicts"}
            assert 1 <= s["line"] <= len(lines[path])


def test_verdicts_follow_the_readme() -> None:
    over_800 = {"type": "number", "number": 800, "qualifier": "over"}
    assert corpus.number_verdict(over_800, 800) == "consistent"  # "800 companies"
    assert corpus.number_verdict(over_800, 800, "about") == "consistent"  # "some 800"
    assert corpus.number_verdict(over_800, 800, "at least") == "consistent"  # "800+"
    assert corpus.number_verdict(over_800, 800, "nearly") == "differs"
    assert corpus.number_verdict(over_800, 900) == "differs"
    assert corpus.number_verdict(over_800, 800, "under") == "contradicts"
    assert corpus.number_verdict(over_800, 800, "at most") == "contradicts"  # "up to 800"
    assert corpus.number_verdict(over_800, 600) == "contradicts"
    assert corpus.number_verdict({"type": "number", "number": 30, "qualifier": "over"}, 50, "over") == "differs"
    assert corpus.number_verdict({"type": "number", "number": 40}, 40, "over") == "differs"
    assert corpus.number_verdict({"type": "number", "number": 40}, 42, "about") == "differs"
    assert corpus.number_verdict({"type": "number", "number": 3, "unit": "day"}, 2) == "contradicts"
    name = {"type": "text", "text": "Li Qiang", "kind": "name", "aliases": ["Li"], "wrong": ["Li Keqiang"]}
    assert [corpus.text_verdict(name, t) for t in ("Li Qiang", "li  qiang", "Qiang", "Li Keqiang", "Wen Jiabao")] == [
        "consistent", "consistent", "consistent", "contradicts", "contradicts"]


@pytest.mark.parametrize("n_claims", [20, 60])  # the project's claims alone; and with 40 synthetic ones
def test_scan_flags_exactly_the_statements_that_are_not_consistent(tmp_path: Path, n_claims: int) -> None:
    """Every wrong statement flagged with its verdict, on its line; nothing else (no filler, no distractor)."""
    root = corpus.generate(tmp_path, 80, n_claims, seed=0)
    expected = _to_flag(root)
    verdicts = {flag[2] for flag in expected}
    assert verdicts == {"differs", "contradicts"} and len(expected) > 100  # the check has teeth
    report = scan_paths([str(root / "docs")], root / "claims.yaml", jobs=1)
    found = _found(root, report)
    assert sorted(found - expected) == [], "flagged, but not a wrong statement"
    assert sorted(expected - found) == [], "a wrong statement not flagged (or with another verdict or line)"


# Documents of larger corpora (seed, claims, document index) where the scan
# once flagged more than expected.json says, found by sweeping seeds 0-7 over
# corpora of 1000 x 20, 1000 x 60, 600 x 200 and 300 x 1500: regression cases.
MISREADINGS = [  # once read wrongly (a weekday or a quoted title with its context only in the sentence before; a report)
    pytest.param(0, 20, 675, id="speech-day:s0-c20-doc675"),
    pytest.param(1, 20, 145, id="speech-day:s1-c20-doc145"),
    pytest.param(1, 20, 422, id="speech-day:s1-c20-doc422"),
    pytest.param(1, 60, 70, id="speech-day:s1-c60-doc70"),
    pytest.param(7, 200, 571, id="speech-day:s7-c200-doc571"),
    pytest.param(1, 60, 447, id="conference-theme:s1-c60-doc447"),
    pytest.param(2, 200, 49, id="conference-theme:s2-c200-doc49"),
    pytest.param(4, 200, 173, id="conference-theme:s4-c200-doc173"),
    pytest.param(0, 20, 692, id="genai-rules-year:s0-c20-doc692"),  # once missed: a report "corrected" by a day with no year
    pytest.param(0, 20, 9045, id="roundtable-countries:s0-c20-doc9045"),  # once missed: "corrected" by another claim's report
    pytest.param(0, 20, 13661, id="conference-countries:s0-c20-doc13661"),
]  # fmt: skip


@pytest.mark.parametrize(("seed", "n_claims", "index"), MISREADINGS)
def test_scan_flags_exactly_the_wrong_statements_of_one_document(
    tmp_path: Path, seed: int, n_claims: int, index: int
) -> None:
    """One document of a larger corpus, rebuilt alone and scanned like the whole corpus would be."""
    claims = corpus.build_claims(n_claims, seed)
    relative, text, statements = corpus.document_at(index, claims, seed)
    (tmp_path / "claims.yaml").write_text(corpus.dump_claims(claims), encoding="utf-8")
    path = tmp_path / "docs" / relative
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    report = scan_paths([str(tmp_path / "docs")], tmp_path / "claims.yaml", jobs=1)
    key = f"docs/{relative.as_posix()}"
    expected = {(key, s.claim, s.verdict, s.line) for s in statements if s.verdict != "consistent"}
    assert sorted(_found(tmp_path, report)) == sorted(expected)
