"""``gitlab``: a GitLab Code Quality report (a JSON array of Code Climate issues).

Each finding is an issue with a fingerprint that ignores line numbers (see
:mod:`.fingerprint`), so GitLab can tell new findings from old ones in a merge
request; findings whose fingerprints collide are told apart by occurrence.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from ..engine import ScanReport
from ..model import Finding, Severity
from .base import Reporter, register, safe_text
from .fingerprint import fingerprint
from .markdown import md_escape

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor"}
CATEGORIES = ["Bug Risk"]


def unique_fingerprints(findings: list[Finding]) -> Iterator[tuple[Finding, str]]:
    """Each finding with a fingerprint unique in ``findings``.

    The first occurrence keeps :func:`fingerprint`'s value (the one baselines and
    SARIF use); the n-th repeat (n >= 1) hashes it with its occurrence index.
    """
    seen: dict[str, int] = {}
    used: set[str] = set()
    for finding in findings:
        base = fingerprint(finding)
        value = base
        while value in used:
            seen[base] = seen.get(base, 0) + 1
            value = hashlib.sha256(f"{base}:{seen[base]}".encode("ascii")).hexdigest()
        used.add(value)
        yield finding, value


def description(finding: Finding) -> str:
    """The issue's one-line description: the finding's message, whitespace collapsed, controls made inert."""
    return safe_text(" ".join(finding.message.split()))


def body(finding: Finding) -> str:
    """The issue's markdown body: expected, found and the excerpt, made inert."""
    return (
        f"**Expected:** {md_escape(finding.expected)}\n\n"
        f"**Found:** {md_escape(finding.found)} ({finding.verdict.value})\n\n"
        f"> {md_escape(finding.excerpt)}\n"
    )


def issue(finding: Finding, fingerprint_value: str) -> dict[str, Any]:
    """One finding as a Code Quality issue."""
    return {
        "type": "issue",
        "check_name": finding.claim,
        "description": description(finding),
        "content": {"body": body(finding)},
        "categories": list(CATEGORIES),
        "severity": SEVERITIES[finding.severity],
        "fingerprint": fingerprint_value,
        "location": {
            "path": finding.path,
            "lines": {"begin": finding.line, "end": max(finding.end_line, finding.line)},
        },
    }


@register
class GitlabReporter(Reporter):
    """A GitLab Code Quality report, byte-identical for identical inputs."""

    name = "gitlab"
    description = "GitLab Code Quality JSON (artifacts:reports:codequality)"
    extensions = (".codequality.json", "code-quality-report.json")

    def render(self, report: ScanReport) -> str:
        issues = [issue(f, fp) for f, fp in unique_fingerprints(report.findings)]
        return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
