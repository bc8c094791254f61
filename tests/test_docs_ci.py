"""The README's CI section works as written: its YAML, TOML and suppression examples, checked by their consumers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from factcheck.config import load_config
from factcheck.documents import document_from_text
from factcheck.filters import suppression_warnings
from ci_helpers import pre_commit_command
from helpers import ROOT, project_claims

PRE_COMMIT = pre_commit_command()
needs_pre_commit = pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (pip install pre-commit)")

_README = (ROOT / "README.md").read_text(encoding="utf-8")
DOC = _README[_README.index("## In CI") : _README.index("## Dependencies")]
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))


def blocks(language: str) -> list[str]:
    """The fenced code blocks of ``language`` in the README's CI section."""
    return re.findall(rf"^```{language}\n(.*?)^```$", DOC, re.S | re.M)


def block_with(language: str, text: str) -> str:
    return next(block for block in blocks(language) if text in block)


def test_every_yaml_block_parses() -> None:
    assert len(blocks("yaml")) >= 5
    for block in blocks("yaml"):
        assert yaml.safe_load(block)


def test_workflow_uses_only_inputs_and_outputs_the_action_has() -> None:
    workflow = yaml.safe_load(block_with("yaml", "upload-sarif"))
    steps = workflow["jobs"]["factcheck"]["steps"]
    action_step = next(s for s in steps if s.get("uses", "").endswith("/factcheck@v0.1.0"))
    assert set(action_step["with"]) <= set(ACTION["inputs"])
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == f"${{{{ steps.{action_step['id']}.outputs.sarif-file }}}}"
    assert workflow["permissions"]["security-events"] == "write"


def test_no_workflow_interpolates_expressions_into_scripts() -> None:
    for block in blocks("yaml"):
        for job in (yaml.safe_load(block).get("jobs") or {}).values():
            assert all("${{" not in step.get("run", "") for step in job["steps"])


def test_gitlab_job_declares_its_reports() -> None:
    job = yaml.safe_load(block_with("yaml", "codequality"))["factcheck"]
    reports = job["artifacts"]["reports"]
    assert f"gitlab:{reports['codequality']}" in job["script"][0]
    assert f"junit:{reports['junit']}" in job["script"][0]


def test_yaml_and_toml_config_examples_are_valid_and_equal(tmp_path: Path) -> None:
    (tmp_path / ".factcheck.yaml").write_text(block_with("yaml", "include:"), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(blocks("toml")[0], encoding="utf-8")
    from_yaml = load_config(tmp_path / ".factcheck.yaml").values
    from_toml = load_config(tmp_path / "pyproject.toml").values
    assert from_yaml == from_toml
    assert set(from_yaml["severity"]) <= {claim.id for claim in project_claims()}


@pytest.mark.parametrize(("language", "path"), [("markdown", "a.md"), ("rst", "a.rst"), ("text", "a.txt")])
def test_suppression_examples_parse_without_warnings(language: str, path: str) -> None:
    example = block_with(language, "factcheck: ")
    document = document_from_text(example, path)
    assert document.suppressions
    known = [claim.id for claim in project_claims()]
    assert suppression_warnings(path, document.suppressions, known) == []


@needs_pre_commit
def test_pre_commit_config_example_is_valid(tmp_path: Path) -> None:
    assert PRE_COMMIT is not None
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(block_with("yaml", "hooks:"), encoding="utf-8")
    done = subprocess.run([*PRE_COMMIT, "validate-config", str(config)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
