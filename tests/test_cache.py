"""The incremental cache: rescans skip matching, and the cache never changes output."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import cache as cache_module
from factcheck import exitcodes
from factcheck.cache import ResultCache, from_json, namespace, to_json
from factcheck.cli import app
from factcheck.engine import Engine
from factcheck.model import Coverage, DocumentResult, Finding, Severity, Suppression, Verdict
from helpers import ROOT, project_claims
from scale_helpers import make_corpus

runner = CliRunner()


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A project directory: the claims and a small corpus under docs/."""
    shutil.copy(ROOT / "claims.yaml", tmp_path / "claims.yaml")
    make_corpus(tmp_path, 12)
    return tmp_path


@pytest.fixture()
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths Engine.scan is called on (in this process: use --jobs 1)."""
    calls: list[str] = []
    real = Engine.scan

    def counting(self: Engine, document):  # type: ignore[no-untyped-def]
        calls.append(document.path)
        return real(self, document)

    monkeypatch.setattr(Engine, "scan", counting)
    return calls


def scan(cwd: Path, *args: str):
    """Run ``factcheck scan`` in ``cwd`` (JSON report, one process)."""
    old = os.getcwd()
    try:
        os.chdir(cwd)
        return runner.invoke(app, ["scan", *args, "--format", "json", "--jobs", "1", "--fail-on", "never"])
    finally:
        os.chdir(old)


def entries(root: Path) -> list[Path]:
    return sorted(root.glob("v*/*/*/*.json"))


def distinct(docs: Path) -> int:
    """Documents under ``docs`` with distinct content and format: one cache entry each."""
    return len({(p.read_bytes(), p.suffix) for p in docs.rglob("*") if p.is_file()})


def test_second_run_hits_the_cache_and_output_is_identical(project: Path, scans: list[str]) -> None:
    uncached = scan(project, "docs", "--no-cache")
    scans.clear()
    first = scan(project, "docs")
    assert len(scans) == 13  # every readable document scanned once
    scans.clear()
    second = scan(project, "docs")
    assert scans == []  # nothing matched again
    assert first.exit_code == second.exit_code == uncached.exit_code == exitcodes.OK
    assert first.stdout == second.stdout == uncached.stdout
    assert first.stderr == second.stderr == uncached.stderr  # read warnings come back from the cache too
    assert "not valid UTF-8" in second.stderr


def test_default_cache_is_in_the_working_directory_and_git_ignored(project: Path) -> None:
    scan(project, "docs")
    root = project / ".factcheck_cache"
    assert (root / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (root / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    stored = entries(root)
    assert len(stored) == distinct(project / "docs") > 10  # the binary file's skip is cached too
    for entry in stored:
        assert entry.parent.name == entry.stem[:2]  # sharded by hash prefix
        json.loads(entry.read_text(encoding="utf-8"))  # plain JSON, never pickle
    assert not list(root.rglob(".tmp-*"))


def test_cache_dir_option_and_no_cache(project: Path) -> None:
    scan(project, "docs", "--no-cache")
    assert not (project / ".factcheck_cache").exists()
    scan(project, "docs", "--cache-dir", "elsewhere/cache")
    assert not (project / ".factcheck_cache").exists()
    assert len(entries(project / "elsewhere" / "cache")) == distinct(project / "docs")


def test_a_changed_file_is_rescanned(project: Path, scans: list[str]) -> None:
    scan(project, "docs")
    target = sorted((project / "docs").rglob("doc0000.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8") + "\nOver 100 companies exhibited.\n", encoding="utf-8")
    scans.clear()
    cached = scan(project, "docs")
    assert scans == ["docs/part0/doc0000.txt"]
    assert cached.stdout == scan(project, "docs", "--no-cache").stdout
    assert any(f["path"] == "docs/part0/doc0000.txt" and f["found"] == "over 100"
               for f in json.loads(cached.stdout)["findings"])


def test_changed_claims_invalidate_the_cache(project: Path, scans: list[str]) -> None:
    scan(project, "docs")
    claims = project / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("severity: warning", "severity: error", 1),
                      encoding="utf-8")
    scans.clear()
    cached = scan(project, "docs")
    assert len(scans) == 13
    assert cached.stdout == scan(project, "docs", "--no-cache").stdout


def test_namespace_covers_claims_severity_overrides_and_code(monkeypatch: pytest.MonkeyPatch) -> None:
    claims = project_claims()
    base = namespace(claims)
    assert namespace(claims) == base
    assert namespace(claims[1:]) != base
    assert namespace(claims, {claims[0].id: Severity.WARNING}) != base
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    assert namespace(claims) != base
    monkeypatch.undo()
    cache_module.code_fingerprint.cache_clear()
    monkeypatch.setattr(cache_module, "code_fingerprint", lambda: "edited")
    assert namespace(claims) != base


def test_same_content_at_another_path_is_restamped(project: Path, scans: list[str]) -> None:
    scan(project, "docs")
    copy = project / "copy"
    shutil.copytree(project / "docs", copy)
    scans.clear()
    cached = scan(project, "copy")
    assert scans == []
    assert cached.stdout == scan(project, "copy", "--no-cache").stdout
    assert all(f["path"].startswith("copy/") for f in json.loads(cached.stdout)["findings"])


def test_a_corrupt_entry_is_one_warning_and_no_crash(project: Path, scans: list[str]) -> None:
    expected = scan(project, "docs", "--no-cache")
    scan(project, "docs")
    stored = entries(project / ".factcheck_cache")
    stored[0].write_text("{not json", encoding="utf-8")
    stored[1].write_bytes(b"\xff\xfe garbage")
    stored[2].write_text(json.dumps({"format": 1, "key": stored[2].stem, "warnings": [], "result": {"path": 3}}),
                         encoding="utf-8")
    scans.clear()
    result = scan(project, "docs")
    assert result.exit_code == exitcodes.OK
    assert result.stdout == expected.stdout
    cache_warnings = [line for line in result.stderr.splitlines() if "cache" in line]
    assert len(cache_warnings) == 1
    assert cache_warnings[0].startswith("warning: cache: discarded corrupt entry")
    assert result.stderr.replace(cache_warnings[0] + "\n", "") == expected.stderr
    assert 1 <= len(scans) <= 3  # the corrupt entries were rescanned ...
    scans.clear()
    again = scan(project, "docs")
    assert again.stderr == expected.stderr  # ... and rewritten: the next run is clean
    assert scans == []


def test_an_entry_filed_under_another_key_is_discarded(project: Path) -> None:
    scan(project, "docs")
    first, second = entries(project / ".factcheck_cache")[:2]
    second.write_bytes(first.read_bytes())
    result = scan(project, "docs")
    assert result.stdout == scan(project, "docs", "--no-cache").stdout
    assert "warning: cache: discarded corrupt entry" in result.stderr


def test_an_unusable_cache_directory_is_one_warning(project: Path) -> None:
    expected = scan(project, "docs", "--no-cache")
    (project / "blocked").write_text("a file, not a directory", encoding="utf-8")
    result = scan(project, "docs", "--cache-dir", "blocked")
    assert result.exit_code == exitcodes.OK
    assert result.stdout == expected.stdout
    extra = result.stderr.replace(expected.stderr, "", 1)
    assert extra.count("\n") == 1
    assert extra.startswith("warning: cache: cannot use cache directory blocked:")


def test_an_unwritable_shard_is_one_warning(project: Path) -> None:
    expected = scan(project, "docs", "--no-cache")
    scan(project, "docs", "--cache-dir", "c", "--no-cache")
    space = namespace(project_claims_of(project))
    shard_parent = project / "c" / "v1" / space
    shard_parent.mkdir(parents=True)
    for prefix in "0123456789abcdef":
        for second in "0123456789abcdef":
            (shard_parent / f"{prefix}{second}").write_text("", encoding="utf-8")  # files where dirs go
    result = scan(project, "docs", "--cache-dir", "c")
    assert result.stdout == expected.stdout
    assert result.stderr.count("warning: cache:") == 1
    assert result.stderr.replace(expected.stderr, "", 1).count("\n") == 1


def project_claims_of(project: Path):  # type: ignore[no-untyped-def]
    from factcheck.claims import load_claims

    return load_claims(project / "claims.yaml")


def test_parallel_scan_with_cache_is_identical(project: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    big = tmp_path_factory.mktemp("big")
    shutil.copy(ROOT / "claims.yaml", big / "claims.yaml")
    make_corpus(big, 80)
    expected = scan(big, "docs", "--no-cache")
    old = os.getcwd()
    try:
        os.chdir(big)
        for _ in range(2):  # cold, then warm
            result = runner.invoke(app, ["scan", "docs", "--format", "json", "--jobs", "2", "--fail-on", "never"])
            assert (result.stdout, result.stderr) == (expected.stdout, expected.stderr)
    finally:
        os.chdir(old)
    assert len(entries(big / ".factcheck_cache")) == distinct(big / "docs")


def test_old_namespaces_are_pruned(tmp_path: Path) -> None:
    root = tmp_path / "cache"
    for i in range(12):
        stale = root / "v1" / f"{i:024x}"
        stale.mkdir(parents=True)
        os.utime(stale, (1_000_000 + i, 1_000_000 + i))
    ResultCache.open(root, project_claims(), None, print)
    kept = sorted(p.name for p in (root / "v1").iterdir())
    assert len(kept) == cache_module.KEEP_NAMESPACES
    assert namespace(project_claims()) in kept
    assert f"{0:024x}" not in kept and f"{11:024x}" in kept


def test_codec_round_trips_a_document_result() -> None:
    finding = Finding("a.md", 3, 5, 3, 12, "claim-a", Verdict.CONTRADICTS, Severity.ERROR, "over 800", "over 900",
                      "message", "excerpt", 1, 9)
    result = DocumentResult(
        "a.md",
        (finding,),
        (Coverage("claim-a", Verdict.CONTRADICTS, ("over 900",)), Coverage("claim-b", None, ())),
        (Suppression(4, "ignore", ("claim-a", "all"), 4, 6, "known"),),
    )
    data = json.loads(json.dumps(to_json(result)))
    back = from_json(DocumentResult, data)
    assert back == result
    assert back.suppressions == result.suppressions  # compare=False: check it by hand
    assert back.findings[0].excerpt_end == 9
    with pytest.raises(ValueError):
        from_json(DocumentResult, {**data, "extra": 1})
    with pytest.raises(ValueError):
        from_json(DocumentResult, {**data, "findings": [{**data["findings"][0], "line": "3"}]})
