"""``json``: the versioned machine-readable report (schema in the README)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from typing import Any, TextIO

from .. import __version__
from ..claims import format_value
from ..engine import ScanReport
from ..model import DocumentResult, Finding
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


class _Stream(list[Any]):
    """A list that json's (indenting) encoder reads item by item, never all held at once."""

    def __init__(self, items: Callable[[], Iterator[Any]], count: int) -> None:
        super().__init__()
        self._items, self._count = items, count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[Any]:
        return self._items()


def _document_dict(d: DocumentResult) -> dict[str, Any]:
    return {
        "path": d.path,
        "findings": len(d.findings),
        "coverage": {
            c.claim: {"verdict": VERDICT_LABELS[c.verdict].replace(" ", "_"), "found": list(c.found)}
            for c in d.coverage
        },
    }


def report_dict(report: ScanReport) -> dict[str, Any]:
    """The whole report as plain data, in a stable order."""
    data = _streaming_dict(report)
    data["findings"] = list(data["findings"])
    data["documents"] = list(data["documents"])
    return data


def _streaming_dict(report: ScanReport) -> dict[str, Any]:
    """The report for json's indenting encoder: findings and documents made one at a time.

    Only the pure-Python encoder (used with ``indent``) iterates a list subclass;
    never pass this to ``json.dumps`` without ``indent``.
    """
    findings = report.findings
    documents = sorted(report.documents, key=lambda d: d.path)
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "summary": report.counts(),
        "claims": [
            {"id": c.id, "statement": c.statement, "expected": format_value(c.value), "severity": c.severity.value}
            for c in report.claims
        ],
        "findings": _Stream(lambda: (finding_dict(f) for f in findings), len(findings)),
        "documents": _Stream(lambda: (_document_dict(d) for d in documents), len(documents)),
        "warnings": list(report.warnings),
    }


@register
class JsonReporter(Reporter):
    """A JSON document, byte-identical for identical inputs, written as it is encoded."""

    name = "json"
    description = "versioned JSON report with findings, coverage and summary"
    extensions = (".json",)

    def write(self, report: ScanReport, stream: TextIO) -> None:
        encoder = json.JSONEncoder(indent=2, ensure_ascii=False)
        for chunk in encoder.iterencode(_streaming_dict(report)):
            stream.write(chunk)
        stream.write("\n")

    def render(self, report: ScanReport) -> str:
        buffer = io.StringIO()
        self.write(report, buffer)
        return buffer.getvalue()
