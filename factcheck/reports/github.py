"""``github``: GitHub Actions workflow commands that annotate the pull request.

Each finding becomes an ``::error`` or ``::warning`` command, escaped exactly
as ``@actions/core`` does (``escapeData``/``escapeProperty``). GitHub shows at
most ten annotations of each severity per step, so at most
:attr:`GithubReporter.ANNOTATION_LIMIT` of each are emitted and a ``::notice``
counts the rest.
"""

from __future__ import annotations

from typing import ClassVar

from ..engine import ScanReport
from ..model import Finding, Severity
from .base import Reporter, register, safe_text


def escape_data(text: str) -> str:
    """A command's message, escaped as ``@actions/core`` ``escapeData``."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command property's value, escaped as ``@actions/core`` ``escapeProperty``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: dict[str, str], message: str) -> str:
    """One workflow command line: ``::name key=value,...::message``."""
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def annotation(finding: Finding) -> str:
    """The ``::error``/``::warning`` command for one finding (document text made inert)."""
    properties = {
        "file": safe_text(finding.path),
        "line": str(finding.line),
        "col": str(finding.column),
        "endLine": str(finding.end_line),
        "endColumn": str(finding.end_column),
        "title": f"factcheck: {finding.claim} ({finding.verdict.value})",
    }
    message = safe_text(finding.message)
    if finding.excerpt:
        message += "\n" + safe_text(finding.excerpt)
    return command(finding.severity.value, properties, message)


def _plural(count: int, word: str) -> str:
    return f"{count} more {word}{'s' * (count != 1)}"


@register
class GithubReporter(Reporter):
    """Workflow commands for GitHub Actions annotations."""

    name = "github"
    description = "GitHub Actions annotations (::error/::warning workflow commands)"
    extensions = ()

    ANNOTATION_LIMIT: ClassVar[int] = 10

    def render(self, report: ScanReport) -> str:
        lines: list[str] = []
        shown = {Severity.ERROR: 0, Severity.WARNING: 0}
        hidden = {Severity.ERROR: 0, Severity.WARNING: 0}
        for finding in report.findings:
            if shown[finding.severity] < self.ANNOTATION_LIMIT:
                shown[finding.severity] += 1
                lines.append(annotation(finding))
            else:
                hidden[finding.severity] += 1
        if any(hidden.values()):
            lines.append(self._overflow(hidden[Severity.ERROR], hidden[Severity.WARNING]))
        return "".join(line + "\n" for line in lines)

    def _overflow(self, errors: int, warnings: int) -> str:
        """The notice counting findings beyond the annotation limit."""
        text = (
            f"factcheck: {_plural(errors, 'error')} and {_plural(warnings, 'warning')} not annotated; "
            "see the SARIF report or job summary"
        )
        return command("notice", {}, text)
