"""The composite GitHub Action (``action.yml``): its interface, and its scan step run for real.

The scan step's script runs under bash exactly as the runner would run it,
with its ``env`` filled in from the inputs, a ``factcheck`` on ``PATH`` that
is this checkout, and the files GitHub provides (``GITHUB_OUTPUT``,
``GITHUB_STEP_SUMMARY``) in a temporary directory.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import exitcodes
from ci_helpers import CITY_BEIJING, CLAIMS_TEXT, PLAN_12, PLAN_13
from helpers import ROOT, workspace

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
_EXPRESSION = re.compile(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}")
needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")


def step(step_id: str) -> dict[str, Any]:
    return next(s for s in ACTION["runs"]["steps"] if s.get("id") == step_id)


def test_inputs_and_outputs() -> None:
    inputs = ACTION["inputs"]
    defaults = {name: inputs[name]["default"] for name in ("paths", "claims", "fail-on", "sarif-file")}
    assert defaults == {"paths": ".", "claims": "", "fail-on": "error", "sarif-file": "factcheck.sarif"}
    assert all(inputs[name].get("description") for name in inputs)
    assert ACTION["outputs"]["sarif-file"]["value"] == "${{ steps.scan.outputs.sarif-file }}"


def test_composite_steps_set_up_python_and_install_from_the_action_path() -> None:
    assert ACTION["runs"]["using"] == "composite"
    steps = ACTION["runs"]["steps"]
    assert steps[0]["uses"].startswith("actions/setup-python@")
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert "${{ github.action_path }}" in install["run"]
    assert all(s.get("shell") == "bash" for s in steps if "run" in s)


def test_scan_step_passes_inputs_through_env_not_the_script() -> None:
    scan = step("scan")
    assert "${{" not in scan["run"]  # no script injection from inputs
    assert "--format github" in scan["run"] and "--github-summary" in scan["run"]
    assert '"sarif:$FACTCHECK_SARIF"' in scan["run"]


def inputs_with(**overrides: str) -> dict[str, str]:
    values = {name: spec.get("default", "") for name, spec in ACTION["inputs"].items()}
    return {**values, **{key.replace("_", "-"): value for key, value in overrides.items()}}


def factcheck_on_path(directory: Path) -> str:
    """A ``factcheck`` executable that runs this checkout with this interpreter."""
    directory.mkdir()
    shim = directory / "factcheck"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m factcheck "$@"\n', encoding="utf-8")
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    return f"{directory}{os.pathsep}{os.environ.get('PATH', '')}"


def run_scan_step(project: Path, inputs: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Run the scan step in ``project``; the result and the runner's scratch directory."""
    runner = project.parent / "runner"
    runner.mkdir()
    scan = step("scan")
    env = {key: _EXPRESSION.sub(lambda m: inputs[m[1]], value) for key, value in scan["env"].items()}
    env.update(
        PATH=factcheck_on_path(runner / "bin"),
        PYTHONPATH=str(ROOT),
        GITHUB_ACTIONS="true",
        GITHUB_OUTPUT=str(runner / "output"),
        GITHUB_STEP_SUMMARY=str(runner / "summary.md"),
    )
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}, **env}
    done = subprocess.run(["bash", "-e", "-c", scan["run"]], cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)
    return done, runner


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return workspace(tmp_path / "project", {
        "claims.yaml": CLAIMS_TEXT,
        "docs/a.md": f"{PLAN_12}\n",
        "docs/b.md": f"{PLAN_13}\n",
        "notes/c.txt": f"{CITY_BEIJING}\n",
    })


@needs_bash
def test_scan_step_with_defaults_annotates_writes_sarif_and_summary(project: Path) -> None:
    done, runner = run_scan_step(project, inputs_with())
    assert done.returncode == exitcodes.FINDINGS, done.stderr
    assert done.stdout.splitlines()[0].startswith("::error file=docs/a.md,line=1,col=21,")
    assert any(line.startswith("::error file=notes/c.txt,") for line in done.stdout.splitlines())
    sarif = json.loads((project / "factcheck.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert len(sarif["runs"][0]["results"]) == 2
    assert (runner / "summary.md").read_text(encoding="utf-8").startswith("## factcheck report")
    assert (runner / "output").read_text(encoding="utf-8") == "sarif-file=factcheck.sarif\n"


@needs_bash
def test_scan_step_with_every_input_set(project: Path) -> None:
    (project / "claims.yaml").rename(project / "facts.yaml")
    inputs = inputs_with(paths="docs notes/c.txt", claims="facts.yaml", fail_on="never", sarif_file="out.sarif")
    done, runner = run_scan_step(project, inputs)
    assert done.returncode == exitcodes.OK, done.stderr
    assert len([line for line in done.stdout.splitlines() if line.startswith("::error ")]) == 2
    assert json.loads((project / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert (runner / "output").read_text(encoding="utf-8") == "sarif-file=out.sarif\n"


@needs_bash
def test_scan_step_fails_on_warning_when_asked(project: Path) -> None:
    workspace(project, {".factcheck.yaml": "severity: {action-plan-points: warning, conference-city: warning}\n"})
    assert run_scan_step(project, inputs_with())[0].returncode == exitcodes.OK
    shutil.rmtree(project.parent / "runner")
    assert run_scan_step(project, inputs_with(fail_on="warning"))[0].returncode == exitcodes.FINDINGS
