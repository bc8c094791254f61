"""Scanning only what changed: ``--changed-since REF`` and file lists from pre-commit."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import exitcodes
from ci_helpers import CLAIMS_TEXT, PLAN_12, PLAN_13, commit_all, git, git_repo, invoke

DOC = f"{PLAN_12}\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A committed repository: claims, three contradicting documents and a script."""
    return git_repo(tmp_path / "repo", {
        "claims.yaml": CLAIMS_TEXT,
        "docs/a.md": DOC,
        "docs/b.md": DOC,
        "notes/c.txt": DOC,
        "tool.py": "print('over 600 companies')\n",
    })


def scanned_paths(result) -> list[str]:
    return sorted({line.split(":")[0] for line in result.stdout.splitlines()})


def test_only_documents_changed_since_the_ref_are_scanned(repo: Path) -> None:
    (repo / "docs" / "b.md").write_text(f"Edited.\n\n{PLAN_12}\n", encoding="utf-8")
    (repo / "docs" / "new.md").write_text(DOC, encoding="utf-8")  # untracked: new since HEAD
    (repo / "notes" / "c.txt").unlink()  # deleted: nothing to scan
    (repo / "tool.py").write_text("print('changed')\n", encoding="utf-8")  # not a document
    result = invoke("scan", ".", "--changed-since", "HEAD", "--format", "plain", cwd=repo)
    assert result.exit_code == exitcodes.FINDINGS
    assert scanned_paths(result) == ["docs/b.md", "docs/new.md"]
    assert result.stderr == ""


def test_changed_since_an_older_commit_and_intersected_with_paths(repo: Path) -> None:
    git(repo, "tag", "base")
    (repo / "docs" / "a.md").write_text(f"{PLAN_12} Again.\n", encoding="utf-8")
    (repo / "notes" / "c.txt").write_text(f"{PLAN_12} Again.\n", encoding="utf-8")
    commit_all(repo, "edit a and c")
    everywhere = invoke("scan", ".", "--changed-since", "base", "--format", "plain", cwd=repo)
    assert scanned_paths(everywhere) == ["docs/a.md", "notes/c.txt"]
    only_docs = invoke("scan", "docs", "--changed-since", "base", "--format", "plain", cwd=repo)
    assert scanned_paths(only_docs) == ["docs/a.md"]
    from_subdir = invoke("scan", ".", "--changed-since", "base", "--format", "plain", cwd=repo / "notes")
    assert scanned_paths(from_subdir) == ["c.txt"]


def test_nothing_changed_scans_nothing_and_passes(repo: Path) -> None:
    result = invoke("scan", ".", "--changed-since", "HEAD", "--format", "plain", cwd=repo)
    assert (result.exit_code, result.stdout, result.stderr) == (exitcodes.OK, "", "")


def test_fixed_document_passes(repo: Path) -> None:
    (repo / "docs" / "a.md").write_text(f"{PLAN_13}\n", encoding="utf-8")
    result = invoke("scan", ".", "--changed-since", "HEAD", "--format", "plain", cwd=repo)
    assert (result.exit_code, result.stdout) == (exitcodes.OK, "")


def test_bad_ref_is_a_usage_error(repo: Path) -> None:
    result = invoke("scan", ".", "--changed-since", "no-such-branch", cwd=repo)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stdout == ""
    assert result.stderr == "--changed-since: error: unknown git ref 'no-such-branch'\n"
    dashed = invoke("scan", ".", "--changed-since=--output=x", cwd=repo)
    assert dashed.exit_code == exitcodes.USAGE_ERROR
    assert dashed.stderr == "--changed-since: error: not a git ref: '--output=x'\n"


def test_outside_a_git_repository_is_a_usage_error(tmp_path: Path) -> None:
    outside = tmp_path / "plain"
    outside.mkdir()
    (outside / "claims.yaml").write_text(CLAIMS_TEXT, encoding="utf-8")
    (outside / "doc.md").write_text(DOC, encoding="utf-8")
    result = invoke("scan", ".", "--changed-since", "HEAD", cwd=outside,
                    env={"GIT_CEILING_DIRECTORIES": str(tmp_path)})
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stdout == ""
    assert result.stderr == f"--changed-since: error: needs a git repository, and {outside} is not in one\n"


def test_file_lists_skip_non_documents_quietly(repo: Path) -> None:
    """What pre-commit does: pass every changed file, documents or not."""
    result = invoke("scan", "claims.yaml", "tool.py", "docs/a.md", "--format", "plain", cwd=repo)
    assert result.exit_code == exitcodes.FINDINGS
    assert scanned_paths(result) == ["docs/a.md"]
    assert result.stderr == ""
