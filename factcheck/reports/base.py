"""The reporter interface, the format registry and text-safety helpers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar, TextIO

from ..engine import ScanReport
from ..errors import FactcheckError
from ..model import Verdict

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
VERDICT_LABELS = {
    Verdict.CONSISTENT: "consistent",
    Verdict.DIFFERS: "differs",
    Verdict.CONTRADICTS: "contradicts",
    None: "not mentioned",
}


def safe_text(text: str) -> str:
    """Document text made inert for a terminal: control and bidi characters escaped."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text)


class Reporter:
    """Renders a :class:`ScanReport` in one format.

    Subclasses set ``name`` and ``description`` and override :meth:`render`
    (or :meth:`write`, for formats that stream or style their output).
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    extensions: ClassVar[tuple[str, ...]] = ()

    def __init__(self, *, color: bool | None = None, width: int | None = None) -> None:
        self.color = color
        self.width = width

    def render(self, report: ScanReport) -> str:
        """The whole report as text."""
        raise NotImplementedError

    def write(self, report: ScanReport, stream: TextIO) -> None:
        """Write the report to ``stream``."""
        stream.write(self.render(report))


REGISTRY: dict[str, type[Reporter]] = {}


def register(cls: type[Reporter]) -> type[Reporter]:
    """Class decorator: make a reporter available to ``--format``."""
    REGISTRY[cls.name] = cls
    return cls


def get_reporter(name: str) -> type[Reporter]:
    """The reporter class for a format name; an unknown name is an error."""
    try:
        return REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(REGISTRY))
        raise FactcheckError(f"unknown format '{name}' (choose from: {known})", file="--format") from None


def format_for_path(path: str) -> str | None:
    """The format a file name suggests by its extension, if any.

    The longest matching extension wins, so ``x.sarif.json`` is SARIF, not JSON.
    """
    lowered = path.lower()
    matches = [(len(ext), c.name) for c in REGISTRY.values() for ext in c.extensions if lowered.endswith(ext)]
    return max(matches, key=lambda match: match[0])[1] if matches else None


def auto_format(*, tty: bool, environ: Mapping[str, str]) -> str:
    """The format ``--format auto`` stands for.

    ``github`` inside GitHub Actions, ``rich`` on a terminal, else ``plain``.
    """
    if environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return "rich" if tty else "plain"


MATRIX_SYMBOLS = {Verdict.CONSISTENT: "✓", Verdict.DIFFERS: "~", Verdict.CONTRADICTS: "✗", None: "·"}
MAX_MATRIX_DOCUMENTS = 12


def matrix_documents(report: ScanReport) -> tuple[list[str], int]:
    """The documents to show as matrix columns, and how many were left out.

    Beyond a dozen documents only those with findings are shown.
    """
    paths = sorted(d.path for d in report.documents)
    if len(paths) <= MAX_MATRIX_DOCUMENTS:
        return paths, 0
    shown = sorted(d.path for d in report.documents if d.findings)[:MAX_MATRIX_DOCUMENTS]
    return shown, len(paths) - len(shown)


def coverage_rows(report: ScanReport, paths: list[str]) -> list[tuple[str, list[Verdict | None]]]:
    """For each claim, the verdict of each document in ``paths``."""
    by_path = {d.path: {c.claim: c.verdict for c in d.coverage} for d in report.documents}
    return [(c.id, [by_path[p].get(c.id) for p in paths]) for c in report.claims]


def summary_line(report: ScanReport) -> str:
    """"2 findings (1 error, 1 warning) in 1 of 5 documents, 19 claims"."""
    counts = report.counts()
    with_findings = sum(1 for d in report.documents if d.findings)
    n = counts["findings"]
    return (
        f"{n} finding{'s' * (n != 1)} ({counts['errors']} error{'s' * (counts['errors'] != 1)}, "
        f"{counts['warnings']} warning{'s' * (counts['warnings'] != 1)}) in {with_findings} of "
        f"{counts['documents']} document{'s' * (counts['documents'] != 1)}, checked against "
        f"{counts['claims']} claim{'s' * (counts['claims'] != 1)}"
    )
