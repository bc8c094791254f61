"""``json``: the versioned machine-readable report (schema in the README)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
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
    return {key: list(value) if key in _ITEM_KEYS else value for key, value in _sections(report)}


_ITEM_KEYS = ("claims", "findings", "documents", "warnings")
_BATCH = 512  # items written per call: one write per item costs more than encoding it


def _sections(report: ScanReport) -> Iterator[tuple[str, Any]]:
    """The report's top-level keys in order; list sections are made one item at a time."""
    findings = report.findings
    documents = sorted(report.documents, key=lambda d: d.path)
    yield "schema_version", SCHEMA_VERSION
    yield "tool", {"name": "factcheck", "version": __version__}
    yield "summary", report.counts()
    yield "claims", (
        {"id": c.id, "statement": c.statement, "expected": format_value(c.value), "severity": c.severity.value}
        for c in report.claims
    )
    yield "findings", (finding_dict(f) for f in findings)
    yield "documents", (_document_dict(d) for d in documents)
    yield "warnings", iter(report.warnings)


def _dumps(value: Any) -> str:
    """One value on one line (json's C encoder: no ``indent``)."""
    return json.dumps(value, ensure_ascii=False)


def _write_items(items: Iterator[Any], stream: TextIO) -> None:
    """A list, one item per line, written in batches as the items are made."""
    batch: list[str] = []
    first = True
    for item in items:
        batch.append(("[\n    " if first else ",\n    ") + _dumps(item))
        first = False
        if len(batch) == _BATCH:
            stream.write("".join(batch))
            batch.clear()
    batch.append("[]" if first else "\n  ]")
    stream.write("".join(batch))


@register
class JsonReporter(Reporter):
    """A JSON document, byte-identical for identical inputs, written as it is encoded.

    Top-level keys are indented; each claim, finding, document and warning is
    one line, so that the report diffs line by line and is encoded by json's
    C encoder.
    """

    name = "json"
    description = "versioned JSON report with findings, coverage and summary"
    extensions = (".json",)

    def write(self, report: ScanReport, stream: TextIO) -> None:
        stream.write("{")
        for n, (key, value) in enumerate(_sections(report)):
            stream.write(("\n  " if n == 0 else ",\n  ") + _dumps(key) + ": ")
            if key in _ITEM_KEYS:
                _write_items(value, stream)
            else:
                stream.write(_dumps(value))
        stream.write("\n}\n")

    def render(self, report: ScanReport) -> str:
        buffer = io.StringIO()
        self.write(report, buffer)
        return buffer.getvalue()
