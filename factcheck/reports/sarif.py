"""``sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; one rule per claim; one result per finding. Columns count Unicode
code points (``columnKind``), as the findings' columns do, and each result
carries a line-independent ``partialFingerprints`` entry so that viewers can
follow a finding when lines are inserted above it.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..claims import format_value
from ..engine import ScanReport
from ..model import Claim, Finding, Severity
from .base import Reporter, register
from .fingerprint import FINGERPRINT_VERSION, fingerprint

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
INFORMATION_URI = "https://github.com/factcheck/factcheck"
SRCROOT = "%SRCROOT%"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning"}
_WORD = re.compile(r"[A-Za-z0-9]+")
_DRIVE = re.compile(r"^[A-Za-z]:/")
# Characters kept literally in a URI path: unreserved (always kept by quote) and
# sub-delims/"@". ":" is left out: in a relative reference's first segment it
# would read as a scheme.
_URI_SAFE = "/!$&'()*+,;=@"


def camel_case(identifier: str) -> str:
    """``hq-city`` -> ``HqCity``: a rule's ``name`` from its claim id."""
    return "".join(word[:1].upper() + word[1:] for word in _WORD.findall(identifier)) or identifier


def level(severity: Severity) -> str:
    """The SARIF ``level`` of a severity."""
    return _LEVELS[severity]


def artifact_location(path: str) -> dict[str, str]:
    """A document path as a SARIF ``artifactLocation``.

    Relative paths become percent-encoded relative URIs based on ``%SRCROOT%``;
    absolute paths become ``file://`` URIs.
    """
    posix = path.replace(os.sep, "/") if os.sep != "/" else path
    if posix.startswith("/") or _DRIVE.match(posix):
        prefix = "file://" if posix.startswith("/") else "file:///"
        return {"uri": prefix + quote(posix, safe=_URI_SAFE + ":")}
    while posix.startswith("./"):
        posix = posix[2:]
    return {"uri": quote(posix, safe=_URI_SAFE), "uriBaseId": SRCROOT}


def rule(claim: Claim) -> dict[str, Any]:
    """A claim as a SARIF ``reportingDescriptor``."""
    expected = format_value(claim.value)
    full = f"{claim.statement} {claim.notes}".strip() if claim.notes else claim.statement
    help_text = f"Documents must agree with the canonical value: {expected}."
    if claim.sources:
        help_text += f" Sources: {', '.join(claim.sources)}."
    return {
        "id": claim.id,
        "name": camel_case(claim.id),
        "shortDescription": {"text": claim.statement},
        "fullDescription": {"text": full},
        "defaultConfiguration": {"level": level(claim.severity)},
        "help": {"text": help_text},
        "properties": {"expected": expected},
    }


def region(finding: Finding) -> dict[str, Any]:
    """The finding's span as a SARIF ``region`` (end column exclusive, as in SARIF)."""
    data: dict[str, Any] = {"startLine": max(finding.line, 1), "startColumn": max(finding.column, 1)}
    if finding.end_line >= 1:
        data["endLine"] = finding.end_line
    if finding.end_column >= 1:
        data["endColumn"] = finding.end_column
    data["snippet"] = {"text": finding.excerpt}
    return data


def result(finding: Finding, rule_index: dict[str, int], artifact_index: dict[str, int]) -> dict[str, Any]:
    """A finding as a SARIF ``result``."""
    location = dict(artifact_location(finding.path), index=artifact_index[finding.path])
    data: dict[str, Any] = {"ruleId": finding.claim}
    if finding.claim in rule_index:
        data["ruleIndex"] = rule_index[finding.claim]
    data.update(
        {
            "level": level(finding.severity),
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {"artifactLocation": location, "region": region(finding)}}],
            "partialFingerprints": {FINGERPRINT_VERSION: fingerprint(finding)},
            "properties": {"verdict": finding.verdict.value, "expected": finding.expected, "found": finding.found},
        }
    )
    return data


def artifact_paths(report: ScanReport) -> list[str]:
    """Every scanned document's path, and any other path a finding names, sorted."""
    return sorted({d.path for d in report.documents} | {f.path for f in report.findings})


def invocation(report: ScanReport) -> dict[str, Any]:
    """The run's ``invocation``, with the scan's warnings as notifications."""
    data: dict[str, Any] = {"executionSuccessful": True}
    if report.warnings:
        data["toolExecutionNotifications"] = [
            {"level": "warning", "message": {"text": warning}} for warning in report.warnings
        ]
    return data


def sarif_log(report: ScanReport) -> dict[str, Any]:
    """The whole report as a SARIF log, in a stable order."""
    rules = [rule(c) for c in report.claims]
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    paths = artifact_paths(report)
    artifact_index = {p: i for i, p in enumerate(paths)}
    driver = {
        "name": "factcheck",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "rules": rules,
    }
    run = {
        "tool": {"driver": driver},
        "invocations": [invocation(report)],
        "artifacts": [{"location": artifact_location(p)} for p in paths],
        "columnKind": "unicodeCodePoints",
        "results": [result(f, rule_index, artifact_index) for f in report.findings],
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


@register
class SarifReporter(Reporter):
    """A SARIF 2.1.0 log, byte-identical for identical inputs."""

    name = "sarif"
    description = "SARIF 2.1.0, for GitHub code scanning and SARIF viewers"
    extensions = (".sarif", ".sarif.json")

    def render(self, report: ScanReport) -> str:
        return json.dumps(sarif_log(report), indent=2, ensure_ascii=False) + "\n"
