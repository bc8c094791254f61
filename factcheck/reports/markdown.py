"""``markdown``: a GitHub-flavoured report for PR comments and job summaries."""

from __future__ import annotations

import html
import re

from ..engine import ScanReport
from ..model import Finding
from .base import (
    MATRIX_SYMBOLS,
    Reporter,
    coverage_rows,
    matrix_documents,
    register,
    safe_text,
    summary_line,
)

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def md_escape(text: str) -> str:
    """Document text made inert in markdown: no HTML, links, emphasis or table breaks.

    Runs of white space (newlines included) fold to one space, kept at the ends.
    """
    text = html.escape(safe_text(text), quote=True)
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _excerpt(f: Finding) -> str:
    before, value, after = f.excerpt[: f.excerpt_start], f.excerpt[f.excerpt_start : f.excerpt_end], f.excerpt[f.excerpt_end :]
    return f"{md_escape(before)}**{md_escape(value)}**{md_escape(after)}"


@register
class MarkdownReporter(Reporter):
    """Findings table, excerpts and the claims x documents matrix."""

    name = "markdown"
    description = "GitHub-flavoured markdown, for PR comments and job summaries"
    extensions = (".md", ".markdown")

    def render(self, report: ScanReport) -> str:
        parts = ["## factcheck report", "", md_escape(summary_line(report)).strip() + ".", ""]
        if report.findings:
            parts += self._findings(report)
        parts += self._matrix(report)
        if report.warnings:
            parts += ["", "### Warnings", ""] + [f"- {md_escape(w)}" for w in report.warnings]
        return "\n".join(parts) + "\n"

    def _findings(self, report: ScanReport) -> list[str]:
        rows = ["### Findings", "", "| Location | Severity | Claim | Found | Expected | Verdict |", "|---|---|---|---|---|---|"]
        for f in report.findings:
            where = md_escape(f"{f.path}:{f.line}:{f.column}")
            rows.append(
                f"| {where} | {f.severity.value} | `{f.claim}` | {md_escape(f.found)} | "
                f"{md_escape(f.expected)} | {f.verdict.value} |"
            )
        rows += ["", "<details><summary>Excerpts</summary>", ""]
        for f in report.findings:
            rows.append(f"- {md_escape(f'{f.path}:{f.line}:{f.column}')} `{f.claim}`: {_excerpt(f)}")
        return rows + ["", "</details>", ""]

    def _matrix(self, report: ScanReport) -> list[str]:
        paths, hidden = matrix_documents(report)
        if not paths:
            return []
        header = "| Claim | " + " | ".join(md_escape(p.rsplit("/", 1)[-1]) for p in paths) + " |"
        rows = ["### Coverage", "", header, "|---|" + "---|" * len(paths)]
        for claim_id, verdicts in coverage_rows(report, paths):
            rows.append(f"| `{claim_id}` | " + " | ".join(MATRIX_SYMBOLS[v] for v in verdicts) + " |")
        rows += ["", "✓ consistent · ~ differs · ✗ contradicts · · not mentioned"]
        if hidden:
            rows.append(f"\n{hidden} more documents without findings are not shown.")
        return rows
