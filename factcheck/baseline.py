"""Baselines: today's findings recorded, so that later runs report only new ones.

A baseline file is JSON: ``{"version": 1, "findings": [...]}``, one entry per
finding with its fingerprint, claim, path and found value, sorted, so that
the same findings always give a byte-identical file. Fingerprints leave line
numbers out (see :mod:`factcheck.reports.fingerprint`), so a finding keeps
its fingerprint when lines are inserted above it. Document paths are
recorded relative to the baseline file's directory, so a baseline matches
whatever directory factcheck runs from and however a path was spelt.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import FactcheckError, Problem
from .model import Finding
from .reports.fingerprint import fingerprint

BASELINE_VERSION = 1
_HEX = re.compile(r"[0-9a-f]{64}")
_SHAPE_HINT = 'a baseline is {"version": 1, "findings": [{"fingerprint": ...}, ...]}; rewrite it with --write-baseline'


@dataclass(frozen=True)
class Baseline:
    """The fingerprints a baseline file holds (with how often each occurs), and its directory."""

    counts: Counter[str]
    anchor: Path = Path(".")

    def key(self, finding: Finding) -> str:
        """The fingerprint ``finding`` has in this baseline."""
        return baseline_key(finding, self.anchor)


def normalise_path(path: str, anchor: Path = Path(".")) -> str:
    """A document path as a baseline in directory ``anchor`` records it: relative to it, with ``/``."""
    if path.startswith("<"):
        return path  # <stdin>, <text>
    try:
        path = os.path.relpath(Path(path).resolve(), anchor.resolve())
    except ValueError:  # another drive (Windows)
        path = str(Path(path).resolve())
    return posixpath.normpath(path.replace(os.sep, "/"))


def baseline_key(finding: Finding, anchor: Path = Path(".")) -> str:
    """The fingerprint a baseline in directory ``anchor`` records for ``finding``."""
    return fingerprint(replace(finding, path=normalise_path(finding.path, anchor)))


def render_baseline(findings: Iterable[Finding], anchor: Path = Path(".")) -> str:
    """The text of a baseline file in directory ``anchor`` for ``findings``: stable, sorted JSON."""
    entries = []
    for f in findings:
        path = normalise_path(f.path, anchor)
        entries.append({"fingerprint": baseline_key(f, anchor), "claim": f.claim, "path": path, "found": f.found})
    entries.sort(key=lambda e: (e["path"], e["claim"], e["found"], e["fingerprint"]))
    document = {"version": BASELINE_VERSION, "findings": entries}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_baseline(findings: Iterable[Finding], path: Path) -> int:
    """Record ``findings`` in the baseline file ``path``; how many were recorded."""
    findings = list(findings)
    text = render_baseline(findings, path.parent)
    try:
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as error:
        raise FactcheckError(f"cannot write baseline: {error.strerror or error}", file=str(path)) from None
    return len(findings)


def load_baseline(path: Path) -> Baseline:
    """The fingerprints a baseline file holds, with how often each occurs."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactcheckError(Problem(str(path), "baseline file not found",
                                     hint="create it with --write-baseline")) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise FactcheckError(f"cannot read baseline: {reason}", file=str(path)) from None
    return Baseline(Counter(_fingerprints(_parse(text, str(path)), str(path))), path.parent)


def _parse(text: str, filename: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problem = Problem(filename, f"not a valid baseline: invalid JSON: {error.msg}",
                          error.lineno, error.colno, hint=_SHAPE_HINT)
        raise FactcheckError(problem) from None


def _fingerprints(data: Any, filename: str) -> list[str]:
    """The fingerprints in a parsed baseline; an error if it is not one."""
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise FactcheckError(Problem(filename, "not a factcheck baseline", hint=_SHAPE_HINT))
    if data.get("version") != BASELINE_VERSION:
        message = f"unsupported baseline version {data.get('version')!r} (expected {BASELINE_VERSION})"
        raise FactcheckError(Problem(filename, message, key="version", hint=_SHAPE_HINT))
    found = []
    for index, entry in enumerate(data["findings"]):
        value = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(value, str) or not _HEX.fullmatch(value):
            message = "each finding needs a 'fingerprint' of 64 hex digits"
            raise FactcheckError(Problem(filename, message, key=f"findings[{index}]", hint=_SHAPE_HINT))
        found.append(value)
    return found
