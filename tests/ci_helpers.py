"""Helpers for the CI-integration tests: the CLI run from a directory, and git repositories."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from click.testing import Result
from typer.testing import CliRunner

from factcheck.cli import app
from helpers import ROOT, workspace

CLAIMS_TEXT = (ROOT / "claims.yaml").read_text(encoding="utf-8")
PLAN_12 = "The action plan has 12 points."  # contradicts action-plan-points (13)
PLAN_13 = "The action plan has 13 points."  # consistent
CITY_BEIJING = "WAIC 2025 was held in Beijing."  # contradicts conference-city (Shanghai)
GIT_ENV = {
    "GIT_AUTHOR_NAME": "factcheck tests",
    "GIT_AUTHOR_EMAIL": "tests@example.invalid",
    "GIT_COMMITTER_NAME": "factcheck tests",
    "GIT_COMMITTER_EMAIL": "tests@example.invalid",
}
_CLEAN_ENV = {"GITHUB_ACTIONS": None, "GITHUB_STEP_SUMMARY": None, "FACTCHECK_DEBUG": None}

runner = CliRunner()


def invoke(*args: str, cwd: Path | None = None, env: Mapping[str, str | None] | None = None) -> Result:
    """Run the CLI in-process from ``cwd``, outside GitHub Actions unless ``env`` says otherwise."""
    old = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return runner.invoke(app, list(args), env={**_CLEAN_ENV, **(env or {})})
    finally:
        os.chdir(old)


def git(repo: Path, *args: str) -> str:
    """Run git in ``repo``; its stdout (a failure raises)."""
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True,
                          env={**os.environ, **GIT_ENV})
    return done.stdout


def git_repo(root: Path, files: dict[str, str]) -> Path:
    """A git repository at ``root`` holding ``files``, all committed."""
    workspace(root, files)
    git(root, "init", "-q", "-b", "main")
    commit_all(root, "initial")
    return root


def commit_all(repo: Path, message: str) -> None:
    """Stage everything in ``repo`` and commit it."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--no-gpg-sign", "-m", message)


def pre_commit_command() -> list[str] | None:
    """How to run pre-commit here, or ``None`` if it is not installed."""
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    found = shutil.which("pre-commit")
    return [found] if found else None
