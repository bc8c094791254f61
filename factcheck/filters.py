"""The one filtering layer between the engine and the reporters.

Inline suppressions are applied first, then the baseline: a finding the
baseline holds is dropped once per time the baseline holds its fingerprint,
so a second copy of an accepted sentence is still reported. Reporters only
ever see the filtered :class:`~factcheck.engine.ScanReport`; a claim whose
findings in a document were all silenced shows there as consistent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from .baseline import Baseline, load_baseline, write_baseline
from .engine import ScanReport
from .model import Coverage, DocumentResult, Finding, Suppression, Verdict
from .schema_errors import did_you_mean
from .suppressions import ACTIONS, ALL, covers

_RANK = {Verdict.CONSISTENT: 0, Verdict.DIFFERS: 1, Verdict.CONTRADICTS: 2}


@dataclass(frozen=True)
class FilterStats:
    """What filtering did: findings silenced inline and by the baseline, and files used."""

    inline: int = 0
    baselined: int = 0
    baseline: Path | None = None  # the baseline applied, if any
    written: int | None = None  # findings recorded by a baseline write, if one was asked for


def apply_filters(report: ScanReport, *, baseline: Baseline | None = None) -> tuple[ScanReport, FilterStats]:
    """``report`` without suppressed findings or findings in ``baseline``.

    Suppressions naming unknown claims become warnings in the returned
    report. Suppressions are consumed: the returned documents hold none.
    """
    known = [claim.id for claim in report.claims]
    budget = Counter(baseline.counts if baseline else {})
    documents, warnings, inline, baselined = [], [], 0, 0
    for document in report.documents:
        warnings += suppression_warnings(document.path, document.suppressions, known)
        kept = [f for f in document.findings if not suppressed(f, document.suppressions)]
        new = [f for f in sorted(kept) if not (baseline and _take(budget, baseline.key(f)))]
        inline, baselined = inline + len(document.findings) - len(kept), baselined + len(kept) - len(new)
        documents.append(_with_findings(document, new))
    filtered = ScanReport(report.claims, documents, [*report.warnings, *warnings])
    return filtered, FilterStats(inline=inline, baselined=baselined)


def filter_report(
    report: ScanReport, *, baseline: Path | None = None, write: Path | None = None
) -> tuple[ScanReport, FilterStats]:
    """Apply inline suppressions, record a baseline to ``write`` if asked, then apply the baseline.

    Writing a baseline accepts today's findings: the baseline just written is
    the one applied, so the run then reports none of them.
    """
    report, stats = apply_filters(report)
    written = None
    if write is not None:
        written = write_baseline(report.findings, write)
        baseline = write
    if baseline is None:
        return report, replace(stats, written=written)
    report, applied = apply_filters(report, baseline=load_baseline(baseline))
    return report, replace(stats, baselined=applied.baselined, baseline=baseline, written=written)


def suppressed(finding: Finding, suppressions: Iterable[Suppression]) -> bool:
    """True if any of ``suppressions`` silences ``finding``."""
    return any(covers(s, finding.claim, finding.line) for s in suppressions)


def suppression_warnings(path: str, suppressions: Iterable[Suppression], known: list[str]) -> list[str]:
    """``path:line: ...`` warnings for misspelt directives and unknown or missing claim ids."""
    warnings: list[str] = []
    for s in suppressions:
        where = f"{path}:{s.line}"
        if s.action not in ACTIONS:
            hint = did_you_mean(s.action, ACTIONS) or f"expected one of: {', '.join(ACTIONS)}"
            warnings.append(f"{where}: unknown suppression '{s.action}' ({hint})")
        elif not s.claims:
            warnings.append(f"{where}: suppression names no claim (write claim ids, or '{ALL}')")
        for claim in (c for c in s.claims if c != ALL and c not in known):
            hint = did_you_mean(claim, known)
            warnings.append(f"{where}: unknown claim '{claim}' in suppression" + (f" ({hint})" if hint else ""))
    return list(dict.fromkeys(warnings))


def _take(budget: Counter[str], key: str) -> bool:
    """Use up one baseline entry for ``key``; False if none is left."""
    if budget[key] <= 0:
        return False
    budget[key] -= 1
    return True


def _with_findings(document: DocumentResult, findings: list[Finding]) -> DocumentResult:
    """``document`` keeping only ``findings``, its coverage recomputed from them."""
    if len(findings) == len(document.findings):
        return replace(document, suppressions=())
    coverage = tuple(_recount(c, findings) for c in document.coverage)
    return replace(document, findings=tuple(findings), coverage=coverage, suppressions=())


def _recount(coverage: Coverage, findings: list[Finding]) -> Coverage:
    """A claim's coverage from its remaining findings: silenced ones count as consistent."""
    if coverage.verdict is None:
        return coverage
    verdicts = [f.verdict for f in findings if f.claim == coverage.claim]
    return replace(coverage, verdict=max(verdicts, key=_RANK.__getitem__, default=Verdict.CONSISTENT))
