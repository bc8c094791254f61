"""The Python API: factcheck.scan_text and factcheck.scan_paths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck.errors import FactcheckError
from factcheck.model import Severity, Verdict
from factcheck.reports.json_report import report_dict
from helpers import ROOT, project_claims, workspace
from scale_helpers import make_corpus

CLAIMS = ROOT / "claims.yaml"


def test_scan_text_with_a_claims_path_or_loaded_claims() -> None:
    text = "Over 900 companies exhibited at the show."
    by_path = factcheck.scan_text(text, CLAIMS)
    by_claims = factcheck.scan_text(text, project_claims())
    assert by_path == by_claims
    [finding] = by_path
    assert (finding.path, finding.line, finding.column) == ("<text>", 1, 1)
    assert (finding.claim, finding.verdict, finding.found) == ("exhibiting-companies", Verdict.DIFFERS, "over 900")


def test_scan_text_format_and_path() -> None:
    text = "# Show\n\n<!-- Over 900 companies -->\nOver 900 companies exhibited.\n"
    [finding] = factcheck.scan_text(text, str(CLAIMS), path="draft.md", fmt="markdown")
    assert (finding.path, finding.line) == ("draft.md", 4)
    assert factcheck.scan_text("Nothing to see.", CLAIMS) == []


def test_scan_paths_defaults_match_parallel_cached_runs(tmp_path: Path) -> None:
    docs = make_corpus(tmp_path, 60)
    plain = report_dict(factcheck.scan_paths([str(docs)], CLAIMS))
    fast = factcheck.scan_paths([str(docs)], CLAIMS, jobs=2, cache_dir=tmp_path / "cache")
    warm = factcheck.scan_paths([str(docs)], CLAIMS, jobs=None, cache_dir=tmp_path / "cache")
    assert report_dict(fast) == plain == report_dict(warm)
    assert plain["summary"]["documents"] == 61


def test_scan_paths_severity_overrides_and_extensions(tmp_path: Path) -> None:
    workspace(tmp_path, {"a.txt": "Over 900 companies exhibited.\n", "b.rst": "Over 900 companies exhibited.\n"})
    report = factcheck.scan_paths([str(tmp_path)], CLAIMS, extensions=[".txt"],
                                  severities={"exhibiting-companies": Severity.ERROR})
    assert [d.path.rsplit("/", 1)[-1] for d in report.documents] == ["a.txt"]
    assert report.counts()["findings"] == 1


def test_scan_paths_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(FactcheckError, match="no such file or directory"):
        factcheck.scan_paths([str(tmp_path / "nope")], CLAIMS)


def test_scan_paths_reports_cache_problems_as_warnings(tmp_path: Path) -> None:
    workspace(tmp_path, {"a.txt": "Over 900 companies exhibited.\n", "blocked": "a file"})
    with pytest.warns(RuntimeWarning, match="cache: cannot use cache directory"):
        report = factcheck.scan_paths([str(tmp_path / "a.txt")], CLAIMS, cache_dir=tmp_path / "blocked")
    assert len(report.findings) == 1
    notices: list[str] = []
    factcheck.scan_paths([str(tmp_path / "a.txt")], CLAIMS, cache_dir=tmp_path / "blocked", notify=notices.append)
    assert len(notices) == 1


def test_scan_paths_progress_callback(tmp_path: Path) -> None:
    workspace(tmp_path, {f"{i}.txt": "Over 900 companies exhibited.\n" for i in range(5)})
    calls: list[tuple[int, int, int]] = []
    factcheck.scan_paths([str(tmp_path)], CLAIMS, progress=lambda *a: calls.append(a))
    assert calls == [(i, 5, 30 * i) for i in range(1, 6)]


def test_api_is_imported_lazily_and_documented() -> None:
    code = (
        "import sys, factcheck; assert 'factcheck.scan' not in sys.modules; "
        "f = factcheck.scan_paths; assert 'factcheck.scan' in sys.modules; print(f.__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "scan_paths"
    for name in ("scan_paths", "scan_text"):
        assert name in factcheck.__all__
        assert getattr(factcheck, name).__doc__
    with pytest.raises(AttributeError):
        factcheck.no_such_thing  # noqa: B018


def test_report_renders_as_json(tmp_path: Path) -> None:
    workspace(tmp_path, {"a.txt": "Over 900 companies exhibited.\n"})
    report = factcheck.scan_paths([str(tmp_path / "a.txt")], CLAIMS)
    assert json.loads(json.dumps(report_dict(report)))["summary"]["findings"] == 1


def test_scan_text_rereads_a_claims_file_that_changed(tmp_path: Path) -> None:
    claims = tmp_path / "claims.yaml"
    text = (
        "claims:\n  - id: exhibiting-companies\n    statement: s\n    subject: [firms]\n"
        "    value: {type: number, number: NUMBER, qualifier: over}\n"
    )
    claims.write_text(text.replace("NUMBER", "800"), encoding="utf-8")
    assert [f.claim for f in factcheck.scan_text("Some 600 firms exhibited.", claims)] == ["exhibiting-companies"]
    claims.write_text(text.replace("NUMBER", "600"), encoding="utf-8")  # now "some 600" agrees
    os.utime(claims, ns=(claims.stat().st_atime_ns, claims.stat().st_mtime_ns + 1_000_000_000))
    assert factcheck.scan_text("Some 600 firms exhibited.", claims) == []


@pytest.mark.parametrize(
    ("text", "found", "verdict", "span"),
    [
        ("Li Qiang gave his speech on Friday, July 25.", "Friday, July 25", Verdict.CONTRADICTS, (29, 44)),
        ("Li Qiang gave his speech on Saturday, July 27.", "Saturday, July 27", Verdict.CONTRADICTS, (29, 46)),
        ("Li Qiang gave his speech on 25 July (Sunday).", "July 25, Sunday", Verdict.CONTRADICTS, (29, 44)),
    ],
)
def test_a_weekday_and_its_date_are_one_finding(text: str, found: str, verdict: Verdict, span: tuple[int, int]) -> None:
    """'Friday, July 25' names one day: one finding spanning both, the worse verdict, not two."""
    [finding] = factcheck.scan_text(text, CLAIMS)
    assert (finding.claim, finding.found, finding.verdict) == ("speech-day", found, verdict)
    assert (finding.column, finding.end_column) == span
    assert factcheck.scan_text("Li Qiang gave his speech on Saturday, July 26.", CLAIMS) == []
