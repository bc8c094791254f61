"""Stable fingerprints for findings, shared by the SARIF and GitLab reports and baselines.

A fingerprint identifies a finding by *what* it is (the claim, the document
and the sentence that states the value), not by *where* it is: the line and
column are left out, so inserting lines above a finding keeps its fingerprint.
"""

from __future__ import annotations

import hashlib
import json

from ..model import Finding

FINGERPRINT_VERSION = "factcheck/v1"


def normalise_excerpt(text: str) -> str:
    """Excerpt text as fingerprinted: casefolded, runs of whitespace collapsed to one space."""
    return " ".join(text.casefold().split())


def fingerprint(finding: Finding) -> str:
    """The SHA-256 hex digest of the finding's claim id, path and normalised excerpt."""
    key = [finding.claim, finding.path, normalise_excerpt(finding.excerpt)]
    payload = json.dumps(key, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()
