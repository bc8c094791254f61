"""Test helpers that read like the spec: workspaces and expected findings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from factcheck.claims import load_claims
from factcheck.documents import document_from_text
from factcheck.engine import Engine
from factcheck.model import Claim

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def project_claims() -> tuple[Claim, ...]:
    """The project's own claims.yaml."""
    return load_claims(ROOT / "claims.yaml")


@lru_cache(maxsize=1)
def project_engine() -> Engine:
    """An engine over the project's claims, built once."""
    return Engine(project_claims())


def workspace(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` under ``root`` and return it."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def statements(text: str, path: str = "doc.txt", engine: Engine | None = None) -> list[tuple[str, str]]:
    """(claim id, verdict) for every statement of a claim in ``text``."""
    engine = engine or project_engine()
    document = document_from_text(text, path)
    return [(s.match.claim.claim.id, s.verdict.value) for s in engine.statements(document)]


def findings(text: str, path: str = "doc.txt", engine: Engine | None = None) -> list[tuple[int, int, str, str]]:
    """(line, column, claim id, verdict) of every finding in ``text``."""
    engine = engine or project_engine()
    document = document_from_text(text, path)
    return [(f.line, f.column, f.claim, f.verdict.value) for f in sorted(engine.check(document))]


def assert_findings(text: str, expected: list[tuple[int, int, str, str]], engine: Engine | None = None) -> None:
    """Assert that ``text`` yields exactly ``expected`` (line, col, claim, verdict) findings."""
    assert findings(text, engine=engine) == expected
