"""Scanning many documents: discovery, reading and the engine, with no printing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .claims import load_claims
from .documents import DEFAULT_EXTENSIONS, Document, discover, document_from_text, read_document, read_stdin
from .engine import Engine, ScanReport
from .model import Claim, Finding, Severity


def _claims(claims: Iterable[Claim] | str | Path) -> tuple[Claim, ...]:
    if isinstance(claims, (str, Path)):
        return load_claims(Path(claims))
    return tuple(claims)


def scan_paths(
    paths: Sequence[str],
    claims: Iterable[Claim] | str | Path,
    *,
    extensions: Sequence[str] = DEFAULT_EXTENSIONS,
    severities: Mapping[str, Severity] | None = None,
) -> ScanReport:
    """Scan files and directories (``"-"`` is stdin) against claims.

    ``claims`` is a claims file path or loaded claims. Unreadable or binary
    files become warnings in the report; a missing path raises
    :class:`~factcheck.errors.FactcheckError`.
    """
    engine = Engine(_claims(claims), severities)
    report = ScanReport(engine.claims)
    for path, display in discover(paths, extensions):
        document, warnings = (read_stdin(), []) if path is None else read_document(path, display)
        report.warnings.extend(f"{display}: {w}" for w in warnings)
        if document is not None:
            report.documents.append(engine.scan(document))
    return report


def scan_text(text: str, claims: Iterable[Claim] | str | Path, *, path: str = "<text>", fmt: str = "text") -> list[Finding]:
    """The findings in one text: for pipelines that check generated text."""
    engine = Engine(_claims(claims))
    document: Document = document_from_text(text, path, fmt)
    return sorted(engine.check(document))
