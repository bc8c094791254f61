"""``json``: the versioned machine-readable report (schema in the README)."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..claims import format_value
from ..engine import ScanReport
from ..model import Finding
from .base import VERDICT_LABELS, Reporter, register

SCHEMA_VERSION = 1


def finding_dict(f: Finding) -> dict[str, Any]:
    """A finding as the JSON report's ``findings`` item."""
    return {
        "path": f.path,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "claim": f.claim,
        "verdict": f.verdict.value,
        "severity": f.severity.value,
        "expected": f.expected,
        "found": f.found,
        "message": f.message,
        "excerpt": f.excerpt,
    }


def report_dict(report: ScanReport) -> dict[str, Any]:
    """The whole report as plain data, in a stable order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "summary": report.counts(),
        "claims": [
            {"id": c.id, "statement": c.statement, "expected": format_value(c.value), "severity": c.severity.value}
            for c in report.claims
        ],
        "findings": [finding_dict(f) for f in report.findings],
        "documents": [
            {
                "path": d.path,
                "findings": len(d.findings),
                "coverage": {
                    c.claim: {"verdict": VERDICT_LABELS[c.verdict].replace(" ", "_"), "found": list(c.found)}
                    for c in d.coverage
                },
            }
            for d in sorted(report.documents, key=lambda d: d.path)
        ],
        "warnings": list(report.warnings),
    }


@register
class JsonReporter(Reporter):
    """A JSON document, byte-identical for identical inputs."""

    name = "json"
    description = "versioned JSON report with findings, coverage and summary"
    extensions = (".json",)

    def render(self, report: ScanReport) -> str:
        return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
