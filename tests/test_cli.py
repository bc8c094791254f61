"""End-to-end CLI tests: exit code, stdout and stderr."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck import __version__, exitcodes
from factcheck.cli import app
from helpers import ROOT, workspace

runner = CliRunner()
CLAIMS = str(ROOT / "claims.yaml")
SEEDS = str(ROOT / "seeds")

SMALL_CLAIMS = """\
claims:
  - id: exhibiting-companies
    statement: Over 800 companies exhibited.
    subject: [companies, firms, exhibitors]
    value: {type: number, number: 800, qualifier: over}
  - id: hq-city
    statement: The body is headquartered in Shanghai.
    subject: [headquartered, headquarters]
    value: {type: text, text: Shanghai, kind: place}
    severity: warning
"""


def invoke(*args: str, cwd: Path | None = None):
    """Run the CLI in-process (optionally from another directory)."""
    old = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return runner.invoke(app, list(args))
    finally:
        os.chdir(old)


def test_exit_codes_are_distinct_named_constants() -> None:
    codes = [exitcodes.OK, exitcodes.FINDINGS, exitcodes.USAGE_ERROR, exitcodes.INTERNAL_ERROR]
    assert codes == [0, 1, 2, 3]


def test_seeds_plain_flags_exactly_the_two_seed_004_discrepancies() -> None:
    result = invoke("scan", SEEDS, "--claims", CLAIMS, "--format", "plain")
    assert result.exit_code == exitcodes.FINDINGS
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(
        'seeds/004_b3bf865696324f2f.txt:12:31: error conference-theme "Governing Intelligence, Sharing Future" '
        'contradicts the canonical "Global Solidarity in the AI Era": not the canonical value or an accepted alias'
    )
    assert "004_b3bf865696324f2f.txt:12:114: warning conference-countries \"over 50\" differs" in lines[1]
    assert result.stderr == ""


def test_scanning_the_repository_flags_only_seed_004() -> None:
    """The project's own docs pass its own check: the README's examples are suppressed inline."""
    result = invoke("scan", "--format", "plain", cwd=ROOT)
    assert result.exit_code == exitcodes.FINDINGS
    flagged = {line.split(":")[0] for line in result.stdout.splitlines()}
    assert flagged == {"seeds/004_b3bf865696324f2f.txt"}, result.stdout


def test_seeds_json_matches_golden() -> None:
    result = invoke("scan", "seeds", "--claims", "claims.yaml", "--format", "json", cwd=ROOT)
    assert result.exit_code == exitcodes.FINDINGS
    golden = (ROOT / "tests" / "golden" / "seeds.json").read_text(encoding="utf-8")
    assert result.stdout == golden


def test_json_is_byte_identical_across_runs() -> None:
    first = invoke("scan", "seeds", "--format", "json", cwd=ROOT).stdout
    second = invoke("scan", "seeds", "--format", "json", cwd=ROOT).stdout
    assert first == second
    data = json.loads(first)
    assert data["schema_version"] == 1
    assert data["summary"]["findings"] == 2
    finding = data["findings"][0]
    for key in ("path", "line", "column", "end_line", "end_column", "claim", "verdict", "severity",
                "expected", "found", "message", "excerpt"):
        assert key in finding


def test_fail_on_warning_and_never(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "doc.txt": "The body will be headquartered in Beijing.\n"})
    clean = invoke("scan", "doc.txt", "--format", "plain", cwd=tmp_path)
    assert clean.exit_code == exitcodes.OK  # the claim's own severity is warning
    assert clean.stdout == "doc.txt:1:35: warning hq-city \"Beijing\" contradicts the canonical \"Shanghai\": not the canonical value or an accepted alias\n"
    assert invoke("scan", "doc.txt", "--fail-on", "warning", cwd=tmp_path).exit_code == exitcodes.FINDINGS
    assert invoke("scan", "doc.txt", "--fail-on", "never", cwd=tmp_path).exit_code == exitcodes.OK


def test_claims_discovered_in_a_parent_directory(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "docs/sub/a.md": "# News\n\nOnly 600 firms exhibited.\n"})
    result = invoke("scan", ".", "--format", "plain", cwd=tmp_path / "docs")
    assert result.exit_code == exitcodes.FINDINGS
    assert result.stdout.startswith("sub/a.md:3:6: error exhibiting-companies \"600\" contradicts")


def test_clean_scan_exits_zero_and_prints_nothing(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "a.txt": "More than eight hundred firms exhibited.\n"})
    result = invoke("scan", "a.txt", "--format", "plain", cwd=tmp_path)
    assert (result.exit_code, result.stdout, result.stderr) == (exitcodes.OK, "", "")


def test_a_figure_inside_a_word_is_no_crash(tmp_path: Path) -> None:
    """A regression: "0'05" (minutes and seconds) once put a figure inside a word, past the sentence's
    last token, and the scan stopped with an internal error."""
    text = "WAIC drew more than 800 exhibitors (robots 0'05\nWAIC exhibitors, 0'05\n"
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "a.txt": text})
    result = invoke("scan", "a.txt", "--format", "plain", cwd=tmp_path)
    assert (result.exit_code, result.stdout, result.stderr) == (exitcodes.OK, "", "")


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "a.txt": "x\n"})
    result = invoke("scan", "a.txt", "--format", "yaml", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "unknown format 'yaml'" in result.stderr
    assert result.stdout == ""


def test_bad_fail_on_is_a_usage_error(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "a.txt": "x\n"})
    result = invoke("scan", "a.txt", "--fail-on", "sometimes", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "--fail-on must be one of error, warning, never" in result.stderr


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS})
    result = invoke("scan", "nope.md", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "no such file or directory: nope.md" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_claims_file_is_a_usage_error(tmp_path: Path) -> None:
    workspace(tmp_path, {"a.txt": "x\n"})
    result = invoke("scan", "a.txt", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "no claims file" in result.stderr


def test_bad_claims_file_lists_every_problem(tmp_path: Path) -> None:
    bad = "claims:\n  - id: Bad_Id\n    statment: x\n    subject: firms\n    value: {type: number, number: 8, qualifier: more than}\n"
    workspace(tmp_path, {"claims.yaml": bad, "a.txt": "x\n"})
    result = invoke("scan", "a.txt", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    err = result.stderr
    assert "claims.yaml:2:9: error: claim 'Bad_Id': claims[0].id: id 'Bad_Id' is not a kebab-case id" in err
    assert err.startswith("claims.yaml:")  # shown relative to where the user is
    assert "did you mean 'statement'?" in err
    assert "did you mean 'over'?" in err
    assert "Traceback" not in err
    validate = invoke("validate", "claims.yaml", cwd=tmp_path)
    assert validate.exit_code == exitcodes.USAGE_ERROR
    assert validate.stderr == err


def test_validate_good_file() -> None:
    result = invoke("validate", CLAIMS)
    assert result.exit_code == exitcodes.OK
    assert result.stdout.strip().endswith("20 claims, all valid")


def test_binary_and_undecodable_files_warn_and_scan_goes_on(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "ok.txt": "Only 600 firms exhibited.\n"})
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "latin.txt").write_bytes("Only 500 firms exhibited \xe9t\xe9.\n".encode("latin-1"))
    result = invoke("scan", ".", "--format", "plain", cwd=tmp_path)
    assert result.exit_code == exitcodes.FINDINGS
    assert "warning: bin.txt: binary file, skipped" in result.stderr
    assert "warning: latin.txt: not valid UTF-8" in result.stderr
    assert "latin.txt:1:6: error exhibiting-companies" in result.stdout
    assert "ok.txt:1:6: error exhibiting-companies" in result.stdout


def test_stdin(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS})
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = runner.invoke(app, ["scan", "-", "--format", "plain"], input="About 600 firms exhibited.\n")
    finally:
        os.chdir(old)
    assert result.exit_code == exitcodes.FINDINGS
    assert result.stdout.startswith("<stdin>:1:1: error exhibiting-companies \"about 600\" contradicts")


def test_output_file_format_from_extension(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "a.txt": "Only 600 firms exhibited.\n"})
    result = invoke("scan", "a.txt", "--output", "report.md", cwd=tmp_path)
    assert result.exit_code == exitcodes.FINDINGS
    assert result.stdout == ""
    assert (tmp_path / "report.md").read_text(encoding="utf-8").startswith("## factcheck report")


def test_document_text_never_reaches_terminal_as_escape_or_markup(tmp_path: Path) -> None:
    claims = SMALL_CLAIMS.replace("kind: place", "kind: quote").replace("[headquartered, headquarters]", "[motto]")
    evil = 'The motto is "[bold red]x[/] \x1b[31mred\x1b[0m".\n'
    workspace(tmp_path, {"claims.yaml": claims, "a.txt": evil})
    for fmt in ("rich", "plain"):
        result = invoke("scan", "a.txt", "--format", fmt, "--fail-on", "never", "--color", cwd=tmp_path)
        assert "\x1b[31mred" not in result.stdout
        assert "\\x1b[31mred" in result.stdout
        assert "[bold red]x[/]" in result.stdout  # shown literally, never interpreted


def test_claims_command_lists_claims() -> None:
    result = invoke("claims", "--claims", CLAIMS)
    assert result.exit_code == exitcodes.OK
    assert "conference-countries" in result.stdout and "over 30" in result.stdout


def test_version() -> None:
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (exitcodes.OK, f"factcheck {__version__}\n")


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "factcheck", "scan", "seeds/", "--format", "plain"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == exitcodes.FINDINGS
    assert len(proc.stdout.splitlines()) == 2
    assert proc.stderr == ""


@pytest.mark.parametrize("fmt", ["markdown", "json", "plain", "rich"])
def test_every_format_renders_the_seeds(fmt: str) -> None:
    result = invoke("scan", "seeds", "--format", fmt, "--no-color", cwd=ROOT)
    assert result.exit_code == exitcodes.FINDINGS
    assert "conference-theme" in result.stdout


def test_a_closed_pipe_ends_the_scan_quietly_with_its_exit_code(tmp_path: Path) -> None:
    """``factcheck scan | head -1``: no error message, and the usual exit code."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(300):  # far more output than a pipe buffer holds
        (docs / f"{n:03}.txt").write_text("WAIC 2025 ran for two days.\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "scan", "--claims", str(ROOT / "claims.yaml"),
         "--format", "json", "--jobs", "1", str(docs)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline() == b"{\n"
    process.stdout.close()  # the reader goes away, as head does
    error = process.stderr.read()
    assert process.wait(timeout=60) == exitcodes.FINDINGS
    assert error == b""


def test_caption_files_are_scanned_by_default_and_findings_name_the_cue_line(tmp_path: Path) -> None:
    srt = "1\n00:00:01,000 --> 00:00:04,000\nWAIC 2025 drew more than 1,000\n\n2\n00:00:04,200 --> 00:00:07,000\ncompanies to Shanghai.\n"
    root = workspace(tmp_path, {"claims.yaml": SMALL_CLAIMS, "talk.srt": srt, "clip.vtt": "WEBVTT\n\n00:01.000 --> 00:02.000\nOver 800 firms came.\n"})
    result = invoke("scan", ".", "--format", "plain", cwd=root)
    assert result.exit_code == exitcodes.OK  # (a warning)
    assert result.stdout.splitlines() == [  # the figure's cue line; "companies" is on the next cue's
        'talk.srt:3:16: warning exhibiting-companies "over 1,000" differs from the canonical "over 800": '
        "a different figure, though both could be true"
    ]
    assert result.stderr == ""


def test_validate_takes_the_claims_file_as_scan_does(tmp_path: Path) -> None:
    """`validate` reads the file given by name, by --claims, or by the configuration file, as `scan` does."""
    workspace(tmp_path, {"facts.yaml": SMALL_CLAIMS, ".factcheck.yaml": "claims: facts.yaml\n"})
    for args in ([], ["--claims", "facts.yaml"], ["facts.yaml"]):
        result = invoke("validate", *args, cwd=tmp_path)
        assert (result.exit_code, result.stdout.strip()) == (exitcodes.OK, "facts.yaml: 2 claims, all valid"), args
    both = invoke("validate", "facts.yaml", "--claims", "other.yaml", cwd=tmp_path)
    assert both.exit_code == exitcodes.USAGE_ERROR
    assert "two claims files given" in both.stderr and both.stdout == ""
