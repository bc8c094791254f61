"""``plain``: one line per finding, ``path:line:col: severity claim-id message``."""

from __future__ import annotations

from ..engine import ScanReport
from .base import Reporter, register, safe_text


@register
class PlainReporter(Reporter):
    """The classic linter line format, for editors, grep and CI logs."""

    name = "plain"
    description = "one line per finding: path:line:col: severity claim-id message"
    extensions = (".txt", ".log")

    def render(self, report: ScanReport) -> str:
        lines = [
            f"{f.path}:{f.line}:{f.column}: {f.severity.value} {f.claim} {f.message}"
            for f in report.findings
        ]
        return "".join(safe_text(line) + "\n" for line in lines)
