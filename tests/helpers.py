"""Test helpers that read like the spec: workspaces and expected findings."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from factcheck.claims import load_claims
from factcheck.documents import document_from_text
from factcheck.engine import Engine
from factcheck.model import Claim

ROOT = Path(__file__).resolve().parent.parent


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_fixture(path: Path) -> object:
    """Parse one of the test suite's own YAML fixtures.

    The same safe loader as ``yaml.safe_load``, in its libyaml build when PyYAML has
    one: the sentence corpora are tens of thousands of cases, and the pure-Python
    parser spent most of the suite's collection time on them. No fixture needs
    anything a safe loader refuses."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


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


def table(rows: list[list[str]], path: str) -> str:
    """A table with the header row ``rows[0]``: in Markdown, HTML or (a simple table) reStructuredText, by ``path``."""
    if path.endswith(".md"):
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join([lines[0], "|---" * len(rows[0]) + "|", *lines[1:]]) + "\n"
    if path.endswith(".rst"):
        widths = [max(len(row[k]) for row in rows) + 1 for k in range(len(rows[0]))]
        border = " ".join("=" * w for w in widths)
        lines = [" ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows]
        return "\n".join([border, lines[0], border, *lines[1:], border]) + "\n"
    head = "<tr>" + "".join(f"<th>{cell}</th>" for cell in rows[0]) + "</tr>\n"
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows[1:])
    return f"<table>\n<thead>{head}</thead>\n<tbody>\n{body}</tbody>\n</table>\n"


def assert_findings(
    text: str, expected: list[tuple[int, int, str, str]], engine: Engine | None = None, path: str = "doc.txt"
) -> None:
    """Assert that ``text`` (a document called ``path``) yields exactly ``expected`` (line, col, claim, verdict) findings."""
    assert findings(text, path, engine) == expected


def list_table(rows: list[list[str]]) -> str:
    """A reStructuredText ``list-table`` with the header row ``rows[0]``."""
    lines = [".. list-table:: Figures", "   :header-rows: 1", ""]
    for row in rows:
        lines += [f"   * - {row[0]}", *(f"     - {cell}" for cell in row[1:])]
    return "\n".join(lines) + "\n"
