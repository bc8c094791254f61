"""``rich``: the terminal report, with highlighted excerpts and a coverage matrix."""

from __future__ import annotations

import io
from itertools import groupby
from operator import attrgetter
from typing import TextIO

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..engine import ScanReport
from ..model import Finding, Severity, Verdict
from .base import (
    MATRIX_SYMBOLS,
    Reporter,
    coverage_rows,
    matrix_documents,
    register,
    safe_text,
    summary_line,
)

_SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}
_VERDICT_STYLE = {Verdict.CONSISTENT: "green", Verdict.DIFFERS: "yellow", Verdict.CONTRADICTS: "red", None: "dim"}


def _plain(text: str, style: str = "") -> Text:
    """Document text as a rich Text: never parsed as markup."""
    return Text(safe_text(text), style=style)


def _excerpt(f: Finding) -> Text:
    text = _plain(f.excerpt, "italic")
    text.stylize("bold reverse", f.excerpt_start, f.excerpt_end)
    return text


@register
class RichReporter(Reporter):
    """Findings grouped by document, then the claims x documents matrix and totals."""

    name = "rich"
    description = "coloured terminal report (the default on a terminal)"

    def write(self, report: ScanReport, stream: TextIO) -> None:
        console = Console(file=stream, force_terminal=self.color, no_color=self.color is False,
                          width=self.width, highlight=False, markup=False, emoji=False)
        # Findings sort by path first: one pass groups them (not one sort per document).
        for path, group in groupby(report.findings, key=attrgetter("path")):
            console.print(self._document(path, list(group)))
        console.print(self._matrix(report))
        console.print(Text(summary_line(report), style="bold"))

    def render(self, report: ScanReport) -> str:
        buffer = io.StringIO()
        self.write(report, buffer)
        return buffer.getvalue()

    def _document(self, path: str, findings: list[Finding]) -> Group:
        parts: list[Text] = [Text.assemble(_plain(path, "bold underline"), f"  {len(findings)} finding(s)")]
        for f in findings:
            parts.append(Text.assemble(
                (f"  {f.line}:{f.column} ", "cyan"),
                (f"{f.severity.value} ", _SEVERITY_STYLE[f.severity]),
                (f"{f.claim} ", "bold"),
                (f"{f.verdict.value}: ", _VERDICT_STYLE[f.verdict]),
                "found ", _plain(f.found, "bold"), ", expected ", _plain(f.expected, "bold"),
            ))
            parts.append(Text.assemble("    ", _excerpt(f)))
        parts.append(Text(""))
        return Group(*parts)

    def _matrix(self, report: ScanReport) -> Table:
        paths, hidden = matrix_documents(report)
        table = Table(title="Claims × documents", caption=self._caption(hidden), show_lines=False)
        table.add_column("claim", no_wrap=True)
        for path in paths:
            table.add_column(safe_text(path.rsplit("/", 1)[-1])[:12], justify="center")
        for claim_id, verdicts in coverage_rows(report, paths):
            table.add_row(claim_id, *(Text(MATRIX_SYMBOLS[v], style=_VERDICT_STYLE[v]) for v in verdicts))
        return table

    @staticmethod
    def _caption(hidden: int) -> str:
        legend = "✓ consistent  ~ differs  ✗ contradicts  · not mentioned"
        return legend + (f"  ({hidden} documents without findings not shown)" if hidden else "")
