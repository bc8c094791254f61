"""The package type-checks: ``mypy`` (configured in ``pyproject.toml``) reports no errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from helpers import ROOT

pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")


def test_mypy_reports_no_errors() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "factcheck"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, f"mypy failed:\n{result.stdout}{result.stderr}"
