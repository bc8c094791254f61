"""The core report formats: plain, json, markdown (rendered for real) and rich."""

from __future__ import annotations

import io
import json

from markdown_it import MarkdownIt

from factcheck.engine import ScanReport
from factcheck.model import Claim, Coverage, DocumentResult, Finding, NumberValue, Severity, Verdict
from factcheck.reports import REGISTRY, format_for_path, get_reporter
from factcheck.errors import FactcheckError

import pytest

EVIL = 'a | b <b>bold</b> <script>x()</script> [link](http://evil) `code` *em* \x1b[31mred\x1b[0m'


def _report(excerpt: str = EVIL, found: str = "over 50 | <i>") -> ScanReport:
    claim = Claim("conference-countries", "Over 30 countries came.", ("countries",), NumberValue(30))
    finding = Finding(
        path="docs/a|b.md", line=3, column=5, end_line=3, end_column=12, claim=claim.id,
        verdict=Verdict.DIFFERS, severity=Severity.WARNING, expected="over 30", found=found,
        message=f'"{found}" differs from the canonical "over 30"', excerpt=excerpt,
        excerpt_start=0, excerpt_end=5,
    )
    doc = DocumentResult("docs/a|b.md", (finding,), (Coverage(claim.id, Verdict.DIFFERS, (found,)),))
    clean = DocumentResult("docs/c.md", (), (Coverage(claim.id, None),))
    return ScanReport((claim,), [doc, clean])


def test_registry_has_the_core_formats() -> None:
    assert {"rich", "plain", "markdown", "json"} <= set(REGISTRY)
    with pytest.raises(FactcheckError, match="unknown format 'yaml'"):
        get_reporter("yaml")
    assert format_for_path("out/report.md") == "markdown"
    assert format_for_path("report.json") == "json"


def test_plain_line_format_and_escapes() -> None:
    out = get_reporter("plain")().render(_report())
    assert out == 'docs/a|b.md:3:5: warning conference-countries "over 50 | <i>" differs from the canonical "over 30"\n'


def test_json_shape_and_determinism() -> None:
    reporter = get_reporter("json")()
    text = reporter.render(_report())
    assert text == reporter.render(_report())
    data = json.loads(text)
    assert data["summary"] == {"documents": 2, "claims": 1, "findings": 1, "errors": 0, "warnings": 1,
                               "contradicts": 0, "differs": 1}
    assert data["findings"][0]["excerpt"] == EVIL  # JSON escapes control characters itself
    assert "\x1b" not in text
    coverage = {d["path"]: d["coverage"]["conference-countries"]["verdict"] for d in data["documents"]}
    assert coverage == {"docs/a|b.md": "differs", "docs/c.md": "not_mentioned"}


def test_markdown_renders_without_injection() -> None:
    md = get_reporter("markdown")().render(_report())
    tokens = MarkdownIt("commonmark").enable("table").parse(md)
    html = MarkdownIt("commonmark").enable("table").render(md)
    assert "<b>bold</b>" not in html and "<script>" not in html and "<i>" not in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert 'href="http://evil"' not in html
    # the findings table keeps its six columns despite the pipes in the text
    rows = [t for t in tokens if t.type == "tr_open"]
    cells = [t for t in tokens if t.type in ("td_open", "th_open")]
    assert len(rows) >= 2
    header_cells = 6
    first_table_cells = cells[: header_cells * 2]
    assert len(first_table_cells) == 12
    assert "\x1b" not in md


def test_rich_never_interprets_document_text() -> None:
    report = _report(excerpt="[bold red]boom[/] \x1b[2J", found="[link=http://x]y[/link]")
    stream = io.StringIO()
    get_reporter("rich")(color=False, width=200).write(report, stream)
    out = stream.getvalue()
    assert "[bold red]boom[/]" in out
    assert "[link=http://x]y[/link]" in out
    assert "\x1b[2J" not in out and "\\x1b[2J" in out
    assert "Claims × documents" in out
    assert "1 finding (0 errors, 1 warning) in 1 of 2 documents" in out


def test_json_is_streamed_as_report_dict_with_one_item_per_line() -> None:
    from factcheck.reports.json_report import report_dict

    report = _report()
    streamed = get_reporter("json")().render(report)
    assert json.loads(streamed) == report_dict(report)
    assert len(json.loads(streamed)["findings"]) == 1
    lines = streamed.splitlines()
    assert lines[0] == "{" and lines[-1] == "}" and streamed.endswith("}\n")
    finding_lines = [line for line in lines if line.startswith('    {"path": ')]
    assert [json.loads(line.rstrip(",")) for line in finding_lines[:1]] == report_dict(report)["findings"]
    assert '  "warnings": []' in lines


def test_json_writes_in_batches_not_once_per_item() -> None:
    from factcheck.reports import json_report

    report = _report()
    report.documents = report.documents * 1500  # 3,000 document lines
    writes: list[str] = []

    class Recorder(io.StringIO):
        def write(self, chunk: str) -> int:
            writes.append(chunk)
            return len(chunk)

    get_reporter("json")().write(report, Recorder())
    out = "".join(writes)
    assert len(json.loads(out)["documents"]) == len(report.documents)
    assert len(writes) < 60
