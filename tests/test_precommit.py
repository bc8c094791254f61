"""The pre-commit hook, run by the real ``pre-commit try-repo``.

``try-repo`` installs the hook repository at a commit (with uncommitted
changes to tracked files, but not untracked ones), so the test commits a
snapshot of this working tree, exactly as it is, into a scratch repository
and points ``try-repo`` at that. pre-commit then builds a virtualenv and
pip-installs factcheck into it, which needs the package index.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from ci_helpers import CLAIMS_TEXT, GIT_ENV, PLAN_12, PLAN_13, commit_all, git, git_repo, pre_commit_command
from helpers import ROOT


PRE_COMMIT = pre_commit_command()
needs_pre_commit = pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (pip install pre-commit)")


def snapshot(destination: Path) -> Path:
    """This working tree's files (tracked or new, not ignored) committed in a fresh repository."""
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in (n for n in listed if n and (ROOT / n).is_file()):
        target = destination / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    git(destination, "init", "-q", "-b", "main")
    commit_all(destination, "snapshot")
    return destination


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return snapshot(tmp_path_factory.mktemp("hook-repo"))


@pytest.fixture
def user_repo(tmp_path: Path) -> Path:
    return git_repo(tmp_path / "project", {
        "claims.yaml": CLAIMS_TEXT,
        "wrong.md": f"# Notes\n\n{PLAN_12}\n",
        "right.md": f"# Notes\n\n{PLAN_13}\n",
        "setup.cfg": "[metadata]\nname = demo\n",
    })


def try_repo(hook_repo: Path, user_repo: Path, *files: str) -> subprocess.CompletedProcess[str]:
    assert PRE_COMMIT is not None
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(user_repo.parent / "pre-commit-home"),
           "PRE_COMMIT_COLOR": "never"}
    env.pop("GITHUB_ACTIONS", None)
    command = [*PRE_COMMIT, "try-repo", str(hook_repo), "factcheck", "--files", *files]
    return subprocess.run(command, cwd=user_repo, env=env, capture_output=True, text=True, timeout=900)


def test_hook_manifest_declares_the_factcheck_hook() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "factcheck")
    assert hook["entry"] == "factcheck scan"
    assert hook["language"] == "python"
    assert hook["types_or"] == ["markdown", "html", "rst", "text"]
    assert hook["pass_filenames"] is True


@needs_pre_commit
def test_manifest_is_valid_for_pre_commit() -> None:
    assert PRE_COMMIT is not None
    done = subprocess.run([*PRE_COMMIT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


@needs_pre_commit
def test_try_repo_fails_on_a_contradicting_document(hook_repo: Path, user_repo: Path) -> None:
    done = try_repo(hook_repo, user_repo, "wrong.md")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "factcheck" in done.stdout and "Failed" in done.stdout
    assert 'wrong.md:3:21: error action-plan-points "12-point" contradicts the canonical "13-point"' in done.stdout


@needs_pre_commit
def test_try_repo_passes_a_consistent_document_and_skips_other_files(hook_repo: Path, user_repo: Path) -> None:
    done = try_repo(hook_repo, user_repo, "right.md", "setup.cfg", "claims.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
