"""The filtering layer: inline suppressions in every format, and baselines."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from factcheck import exitcodes
from factcheck.baseline import Baseline, baseline_key, load_baseline, render_baseline
from factcheck.documents import document_from_text
from factcheck.engine import ScanReport
from factcheck.errors import FactcheckError
from factcheck.filters import apply_filters
from factcheck.model import Verdict
from factcheck.scan import scan_paths
from factcheck.suppressions import parse_suppressions
from ci_helpers import CITY_BEIJING, CLAIMS_TEXT, PLAN_12, PLAN_13, invoke
from helpers import project_claims, project_engine, workspace

PLAN = "action-plan-points"
CITY = "conference-city"


def scanned(text: str, path: str = "doc.md") -> ScanReport:
    """The unfiltered report for one document under the project's claims."""
    return ScanReport(project_claims(), [project_engine().scan(document_from_text(text, path))])


def reported(text: str, path: str = "doc.md", baseline: Baseline | None = None) -> list[tuple[int, str]]:
    """(line, claim) of each finding left after filtering."""
    filtered, _ = apply_filters(scanned(text, path), baseline=baseline)
    return [(f.line, f.claim) for f in filtered.findings]


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


# ------------------------------------------------------ markdown and HTML


def test_unfiltered_document_has_both_findings() -> None:
    assert reported(lines(PLAN_12, "", CITY_BEIJING)) == [(1, PLAN), (3, CITY)]


def test_ignore_silences_only_its_claim_in_the_next_paragraph() -> None:
    text = lines(f"<!-- factcheck: ignore {PLAN} -- an old draft -->", f"{PLAN_12} {CITY_BEIJING}", "", PLAN_12)
    assert reported(text) == [(2, CITY), (4, PLAN)]


def test_ignore_skips_blank_lines_and_covers_a_whole_paragraph() -> None:
    text = lines(f"<!-- factcheck: ignore {PLAN} -->", "", "Intro line.", PLAN_12, "", PLAN_12)
    assert reported(text) == [(6, PLAN)]


def test_ignore_several_ids_and_all() -> None:
    both = lines(f"<!-- factcheck: ignore {PLAN},{CITY} -- both known -->", PLAN_12, CITY_BEIJING, "", PLAN_12)
    assert reported(both) == [(5, PLAN)]
    everything = lines("<!-- factcheck: ignore all -->", PLAN_12, CITY_BEIJING, "", CITY_BEIJING)
    assert reported(everything) == [(5, CITY)]


def test_ignore_at_the_end_of_a_line_covers_that_line() -> None:
    assert reported(lines(f"{PLAN_12} <!-- factcheck: ignore {PLAN} -->", "", PLAN_12)) == [(3, PLAN)]


def test_comments_stacked_on_one_line_still_cover_the_next_paragraph() -> None:
    text = lines(f"<!-- factcheck: ignore {PLAN} --> <!-- factcheck: ignore {CITY} -->", "",
                 f"{PLAN_12} {CITY_BEIJING}", "", PLAN_12)
    assert reported(text) == [(5, PLAN)]


def test_disable_enable_covers_the_block_only() -> None:
    text = lines(PLAN_12, "", f"<!-- factcheck: disable {PLAN} -->", PLAN_12, "", CITY_BEIJING, "",
                 PLAN_12, f"<!-- factcheck: enable {PLAN} -->", "", PLAN_12)
    assert reported(text) == [(1, PLAN), (6, CITY), (11, PLAN)]


def test_disable_without_enable_runs_to_the_end_of_the_file() -> None:
    text = lines(PLAN_12, "<!-- factcheck: disable all -->", "", PLAN_12, "", CITY_BEIJING)
    assert reported(text) == [(1, PLAN)]


def test_enable_names_which_claim_comes_back() -> None:
    text = lines(f"<!-- factcheck: disable {PLAN}, {CITY} -->", f"<!-- factcheck: enable {CITY} -->",
                 "", PLAN_12, "", CITY_BEIJING)
    assert reported(text) == [(6, CITY)]


def test_html_comments_work_in_html_documents() -> None:
    text = lines("<html><body>", f"<!-- factcheck: ignore {PLAN} -->", f"<p>{PLAN_12}</p>", "",
                 f"<p>{PLAN_12}</p>", "</body></html>")
    assert reported(text, "page.html") == [(5, PLAN)]


def test_examples_in_markdown_code_are_not_directives() -> None:
    text = lines("```markdown", "<!-- factcheck: disable all -->", "```", "", PLAN_12, "",
                 "Write `<!-- factcheck: disable all -->` to silence a block.", "", CITY_BEIJING)
    assert reported(text) == [(5, PLAN), (9, CITY)]


def test_coverage_of_a_silenced_claim_reads_consistent() -> None:
    filtered, stats = apply_filters(scanned(lines(f"<!-- factcheck: ignore {PLAN} -->", PLAN_12)))
    coverage = {c.claim: c.verdict for c in filtered.documents[0].coverage}
    assert coverage[PLAN] is Verdict.CONSISTENT
    assert (stats.inline, stats.baselined) == (1, 0)


# ------------------------------------------------------- rst and plain text


def test_rst_comment_directives() -> None:
    text = lines(f".. factcheck: ignore {PLAN} -- quoted from the 2024 plan", "", PLAN_12, "", PLAN_12)
    assert reported(text, "doc.rst") == [(5, PLAN)]
    block = lines(".. factcheck: disable all", "", PLAN_12, "", ".. factcheck: enable all", "", CITY_BEIJING)
    assert reported(block, "doc.rst") == [(7, CITY)]


@pytest.mark.parametrize("prefix", ["", "# ", "// "])
def test_plain_text_directive_lines(prefix: str) -> None:
    text = lines(f"{prefix}factcheck: ignore {PLAN} -- historical", PLAN_12, "", PLAN_12)
    assert reported(text, "notes.txt") == [(4, PLAN)]


def test_plain_text_disable_enable() -> None:
    text = lines(f"factcheck: disable {PLAN}", PLAN_12, "", PLAN_12, f"factcheck: enable {PLAN}", "", PLAN_12)
    assert reported(text, "notes.txt") == [(7, PLAN)]


def test_markdown_style_comment_in_plain_text_is_not_a_directive() -> None:
    assert parse_suppressions(lines(f"<!-- factcheck: ignore {PLAN} -->", PLAN_12), "text") == ()


# ----------------------------------------------------------------- warnings


def test_unknown_claim_in_suppression_is_a_warning_with_path_and_line() -> None:
    filtered, _ = apply_filters(scanned(lines(PLAN_12, "", "<!-- factcheck: ignore hq-cty, all -->", "")))
    assert filtered.warnings == ["doc.md:3: unknown claim 'hq-cty' in suppression (did you mean 'hq-city'?)"]


def test_misspelt_or_empty_directives_are_warnings() -> None:
    text = lines("<!-- factcheck: ignroe all -->", "<!-- factcheck: ignore -->")
    filtered, _ = apply_filters(scanned(text))
    assert filtered.warnings == [
        "doc.md:1: unknown suppression 'ignroe' (did you mean 'ignore'?)",
        "doc.md:2: suppression names no claim (write claim ids, or 'all')",
    ]


def test_unknown_claim_warning_on_stderr_not_an_error(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": CLAIMS_TEXT,
                         "doc.md": lines("<!-- factcheck: ignore nope -->", PLAN_13)})
    result = invoke("scan", "doc.md", "--format", "plain", cwd=tmp_path)
    assert result.exit_code == exitcodes.OK
    assert result.stdout == ""
    assert result.stderr == "warning: doc.md:1: unknown claim 'nope' in suppression\n"


def test_suppressions_apply_through_the_cli(tmp_path: Path) -> None:
    workspace(tmp_path, {"claims.yaml": CLAIMS_TEXT,
                         "doc.md": lines(f"<!-- factcheck: ignore {PLAN} -->", PLAN_12, "", CITY_BEIJING)})
    result = invoke("scan", "doc.md", "--format", "plain", cwd=tmp_path)
    assert result.exit_code == exitcodes.FINDINGS
    assert [line.split(" ")[:3] for line in result.stdout.splitlines()] == [["doc.md:4:23:", "error", CITY]]


def test_suppressions_survive_the_result_cache(tmp_path: Path) -> None:
    workspace(tmp_path, {"doc.md": lines(f"<!-- factcheck: ignore {PLAN} -->", PLAN_12, "", PLAN_12)})
    for _ in range(2):  # the second run reads every result from the cache
        report = scan_paths([str(tmp_path / "doc.md")], project_claims(), cache_dir=tmp_path / "cache")
        assert [f.line for f in apply_filters(report)[0].findings] == [4]


# ---------------------------------------------------------------- baselines


def write_doc(root: Path, text: str) -> None:
    workspace(root, {"claims.yaml": CLAIMS_TEXT, "doc.md": text})


def test_write_baseline_is_stable_sorted_json(tmp_path: Path) -> None:
    write_doc(tmp_path, lines(CITY_BEIJING, "", PLAN_12, "", PLAN_12))
    first = invoke("scan", "doc.md", "--write-baseline", "base.json", cwd=tmp_path)
    assert first.exit_code == exitcodes.OK
    assert first.stdout == ""
    assert first.stderr == "wrote 3 findings to baseline base.json\n3 findings suppressed by baseline base.json\n"
    text = (tmp_path / "base.json").read_bytes()
    invoke("scan", "doc.md", "--write-baseline", "base.json", cwd=tmp_path)
    assert (tmp_path / "base.json").read_bytes() == text
    data = json.loads(text)
    assert data["version"] == 1
    entries = [(e["path"], e["claim"], e["found"]) for e in data["findings"]]
    assert entries == [("doc.md", PLAN, "12-point"), ("doc.md", PLAN, "12-point"), ("doc.md", CITY, "Beijing")]
    assert all(set(e) == {"fingerprint", "claim", "path", "found"} for e in data["findings"])


def test_baseline_survives_lines_inserted_above_and_reports_new_findings(tmp_path: Path) -> None:
    write_doc(tmp_path, lines(PLAN_12, "", CITY_BEIJING))
    invoke("scan", "doc.md", "--write-baseline", "base.json", cwd=tmp_path)
    write_doc(tmp_path, lines("# Title", "", "Some new introduction.", PLAN_12, "", CITY_BEIJING,
                              "", "The action plan has 11 points."))
    result = invoke("scan", "doc.md", "--baseline", "base.json", "--format", "plain", cwd=tmp_path)
    assert result.exit_code == exitcodes.FINDINGS
    assert [line.split(" ")[0] for line in result.stdout.splitlines()] == ["doc.md:8:21:"]
    assert result.stderr == "2 findings suppressed by baseline base.json\n"


def test_baseline_is_count_aware(tmp_path: Path) -> None:
    write_doc(tmp_path, lines(PLAN_12))
    invoke("scan", "doc.md", "--write-baseline", "base.json", cwd=tmp_path)
    write_doc(tmp_path, lines(PLAN_12, "", PLAN_12))
    result = invoke("scan", "doc.md", "--baseline", "base.json", "--format", "plain", cwd=tmp_path)
    assert result.exit_code == exitcodes.FINDINGS
    assert len(result.stdout.splitlines()) == 1
    assert result.stderr == "1 finding suppressed by baseline base.json\n"


def test_baseline_matches_however_the_path_is_spelt() -> None:
    report = scanned(lines(PLAN_12), "./docs/../doc.md")
    keys = Baseline(Counter(baseline_key(f) for f in scanned(lines(PLAN_12), "doc.md").findings))
    assert reported(lines(PLAN_12), "./docs/../doc.md", baseline=keys) == []
    assert json.loads(render_baseline(report.findings))["findings"][0]["path"] == "doc.md"


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path: Path) -> None:
    write_doc(tmp_path, lines(PLAN_12))
    (tmp_path / "ci").mkdir()
    invoke("scan", "doc.md", "--write-baseline", "ci/base.json", cwd=tmp_path)
    assert json.loads((tmp_path / "ci" / "base.json").read_text())["findings"][0]["path"] == "../doc.md"
    write_doc(tmp_path, lines("New first line.", "", PLAN_12))
    result = invoke("scan", "../doc.md", "--baseline", "base.json", cwd=tmp_path / "ci")
    assert (result.exit_code, result.stdout) == (exitcodes.OK, "")
    assert result.stderr == "1 finding suppressed by baseline base.json\n"


def test_baseline_and_inline_suppressions_combine() -> None:
    text = lines(f"<!-- factcheck: ignore {CITY} -->", CITY_BEIJING, "", PLAN_12)
    keys = Baseline(Counter(baseline_key(f) for f in scanned(lines(PLAN_12)).findings))
    assert reported(text, baseline=keys) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "base.json: error: baseline file not found (create it with --write-baseline)"),
        ("{not json", "base.json:1:2: error: not a valid baseline: invalid JSON"),
        ('{"version": 1, "findings": [{"claim": "x"}]}',
         "base.json: error: findings[0]: each finding needs a 'fingerprint' of 64 hex digits"),
        ('{"version": 7, "findings": []}', "base.json: error: version: unsupported baseline version 7"),
        ("[]", "base.json: error: not a factcheck baseline"),
    ],
)
def test_missing_or_corrupt_baseline_is_a_usage_error(tmp_path: Path, content: str | None, message: str) -> None:
    write_doc(tmp_path, lines(PLAN_12))
    if content is not None:
        (tmp_path / "base.json").write_text(content, encoding="utf-8")
    result = invoke("scan", "doc.md", "--baseline", "base.json", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    with pytest.raises(FactcheckError):
        load_baseline(tmp_path / "base.json")


def test_mdx_takes_directives_in_jsx_comments_and_html_comments() -> None:
    source = "{/* factcheck: ignore action-plan-points -- quoted */}\nA 12-point plan.\n\n<!-- factcheck: disable all -->\n"
    found = parse_suppressions(source, "mdx")
    assert [(s.action, s.claims, s.first, s.last) for s in found][:1] == [("ignore", ("action-plan-points",), 1, 2)]
    assert [s.action for s in found] == ["ignore", "disable"]
    assert parse_suppressions("{/* factcheck: ignore action-plan-points */}\nA 12-point plan.\n", "markdown") == ()
