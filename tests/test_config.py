"""Configuration files: discovery, precedence, validation errors and ``factcheck config``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import exitcodes
from factcheck.config import find_config
from factcheck.selection import matches
from ci_helpers import CITY_BEIJING, CLAIMS_TEXT, PLAN_12, invoke
from helpers import workspace

DOC = f"{PLAN_12}\n"
PYPROJECT_HEAD = '[project]\nname = "demo"\nversion = "1"\n\n'


def project(root: Path, files: dict[str, str]) -> Path:
    """A project with the claims, a contradicting doc.md, a sub/deeper directory and ``files``."""
    (root / "sub" / "deeper").mkdir(parents=True)
    return workspace(root, {"claims.yaml": CLAIMS_TEXT, "doc.md": DOC, **files})


def settings(root: Path, *args: str, cwd: Path | None = None) -> dict:
    result = invoke("config", "--format", "json", *args, cwd=cwd or root)
    assert result.exit_code == exitcodes.OK, result.stderr
    return json.loads(result.stdout)


# ---------------------------------------------------------------- discovery


def test_config_is_found_by_walking_up(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "fail-on: never\n"})
    deeper = tmp_path / "sub" / "deeper"
    assert find_config(deeper) == (tmp_path / ".factcheck.yaml").resolve()
    result = invoke("scan", "../../doc.md", "--format", "plain", cwd=deeper)
    assert result.exit_code == exitcodes.OK
    assert "action-plan-points" in result.stdout
    data = settings(tmp_path, cwd=deeper)
    assert data["settings"]["fail-on"] == {"value": "never", "source": str((tmp_path / ".factcheck.yaml").resolve())}


def test_factcheck_yaml_beats_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    project(tmp_path, {
        ".factcheck.yaml": "fail-on: warning\n",
        "pyproject.toml": PYPROJECT_HEAD + '[tool.factcheck]\nfail-on = "never"\n',
    })
    assert find_config(tmp_path) == (tmp_path / ".factcheck.yaml").resolve()
    assert settings(tmp_path)["settings"]["fail-on"]["value"] == "warning"


def test_nearest_file_wins_and_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    project(tmp_path, {
        ".factcheck.yaml": "fail-on: warning\n",
        "sub/pyproject.toml": PYPROJECT_HEAD + '[tool.factcheck]\nfail-on = "never"\n',
        "sub/deeper/pyproject.toml": PYPROJECT_HEAD + '[tool.black]\nline-length = 100\n',
    })
    deeper = tmp_path / "sub" / "deeper"
    assert find_config(deeper) == (tmp_path / "sub" / "pyproject.toml").resolve()
    assert settings(tmp_path, cwd=deeper)["settings"]["fail-on"]["value"] == "never"


def test_config_option_overrides_discovery(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "fail-on: warning\n", "ci/strict.yaml": "fail-on: never\n"})
    data = settings(tmp_path, "--config", "ci/strict.yaml")
    assert data["config_file"] == "ci/strict.yaml"
    assert data["settings"]["fail-on"] == {"value": "never", "source": "ci/strict.yaml"}
    assert invoke("scan", "doc.md", "--config", "ci/strict.yaml", cwd=tmp_path).exit_code == exitcodes.OK
    missing = invoke("scan", "doc.md", "--config", "nope.yaml", cwd=tmp_path)
    assert missing.exit_code == exitcodes.USAGE_ERROR
    assert missing.stderr == "nope.yaml: error: config file not found\n"


# --------------------------------------------------------------- precedence


def test_command_line_overrides_the_file(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "fail-on: never\nformat: json\n"})
    from_file = invoke("scan", "doc.md", cwd=tmp_path)
    assert from_file.exit_code == exitcodes.OK
    assert json.loads(from_file.stdout)["summary"]["findings"] == 1
    overridden = invoke("scan", "doc.md", "--fail-on", "error", "--format", "plain", cwd=tmp_path)
    assert overridden.exit_code == exitcodes.FINDINGS
    assert overridden.stdout.startswith("doc.md:1:21: error action-plan-points")
    data = settings(tmp_path, "--fail-on", "warning")
    assert data["settings"]["fail-on"] == {"value": "warning", "source": "command line"}
    assert data["settings"]["format"]["source"] == str((tmp_path / ".factcheck.yaml").resolve())


def test_relative_paths_are_relative_to_the_config_file(tmp_path: Path) -> None:
    project(tmp_path, {
        ".factcheck.yaml": "claims: facts/canon.yaml\nformat: [plain, 'json:reports/out.json']\n",
        "facts/canon.yaml": CLAIMS_TEXT,
        "reports/.keep": "",
    })
    (tmp_path / "claims.yaml").unlink()
    result = invoke("scan", "../../doc.md", cwd=tmp_path / "sub" / "deeper")
    assert result.exit_code == exitcodes.FINDINGS, result.stderr
    assert json.loads((tmp_path / "reports" / "out.json").read_text())["summary"]["findings"] == 1


def test_include_and_exclude_globs(tmp_path: Path) -> None:
    project(tmp_path, {
        ".factcheck.yaml": "include: ['docs/**', '*.rst']\nexclude: [vendor, 'docs/drafts/*.md']\n",
        "docs/a.md": DOC, "docs/vendor/b.md": DOC, "docs/drafts/c.md": DOC, "notes.rst": DOC,
    })
    result = invoke("scan", ".", "--format", "plain", cwd=tmp_path)
    assert sorted(line.split(":")[0] for line in result.stdout.splitlines()) == ["docs/a.md", "notes.rst"]
    explicit = invoke("scan", "docs/drafts/c.md", "doc.md", "--format", "plain", cwd=tmp_path)
    assert (explicit.exit_code, explicit.stdout) == (exitcodes.OK, "")


def test_globs_see_symlinks_resolved_as_before(tmp_path: Path) -> None:
    """Directories are resolved once per scan, files that are links one by one: same answer as resolve()."""
    from factcheck.selection import _Resolver

    project(tmp_path, {"real/docs/a.md": DOC, "vendor/b.md": DOC})
    (tmp_path / "linked").symlink_to(tmp_path / "real", target_is_directory=True)
    (tmp_path / "real" / "docs" / "c.md").symlink_to(tmp_path / "vendor" / "b.md")
    resolve = _Resolver()
    for path in (tmp_path / "linked/docs/a.md", tmp_path / "linked/docs/c.md", tmp_path / "real/docs/a.md"):
        assert resolve(path) == path.resolve()
    (tmp_path / ".factcheck.yaml").write_text("exclude: [vendor]\n")
    result = invoke("scan", "linked", "--format", "plain", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["linked/docs/a.md"]


@pytest.mark.parametrize(
    ("glob", "path", "expected"),
    [("*.md", "a/b/c.md", True), ("docs/*.md", "docs/x/c.md", False), ("docs/**", "docs/x/c.md", True),
     ("**/c.md", "c.md", True), ("vendor", "a/vendor/b.md", True), ("docs", "mydocs/a.md", False)],
)
def test_glob_matching(glob: str, path: str, expected: bool) -> None:
    assert matches([glob], path) is expected


# --------------------------------------------------------- severity overrides


def test_severity_override_changes_the_exit_code(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "severity:\n  action-plan-points: warning\n"})
    result = invoke("scan", "doc.md", "--format", "plain", cwd=tmp_path)
    assert result.exit_code == exitcodes.OK
    assert result.stdout.startswith("doc.md:1:21: warning action-plan-points")
    assert invoke("scan", "doc.md", "--fail-on", "warning", cwd=tmp_path).exit_code == exitcodes.FINDINGS


def test_severity_override_in_pyproject(tmp_path: Path) -> None:
    project(tmp_path, {"pyproject.toml": PYPROJECT_HEAD + '[tool.factcheck.severity]\naction-plan-points = "warning"\n'})
    assert invoke("scan", "doc.md", cwd=tmp_path).exit_code == exitcodes.OK


def test_unknown_claim_in_severity_is_an_error_with_its_line(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "fail-on: error\nseverity:\n  action-plan-point: warning\n"})
    result = invoke("scan", "doc.md", "--config", ".factcheck.yaml", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stdout == ""
    assert result.stderr == (".factcheck.yaml:3:3: error: severity.action-plan-point: unknown claim "
                             "'action-plan-point' (did you mean 'action-plan-points'?)\n")


# ------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("claims: claims.yaml\nfail_on: warning\n",
         "cfg.yaml:2:1: error: fail_on: unknown key 'fail_on' at the top level (did you mean 'fail-on'?)"),
        ("fail-on: sometimes\n", "cfg.yaml:1:10: error: fail-on: fail-on 'sometimes' is not one of error, warning, never"),
        ("format: [plain, 'sarfi:x.sarif']\n", "cfg.yaml:1:17: error: format[1]: unknown format 'sarfi' (did you mean 'sarif'?)"),
        ("include: 3\n", "cfg.yaml:1:10: error: include: include must be a string or a list of strings, got the number 3"),
        ("severity:\n  action-plan-points: fatal\n",
         "cfg.yaml:2:23: error: severity.action-plan-points: action-plan-points 'fatal' is not one of error, warning"),
        ("fail-on: [error\n", "cfg.yaml:2:1: error: YAML syntax error"),
        ("- claims.yaml\n", "cfg.yaml:1:1: error: the top level must be a mapping of settings"),
    ],
)
def test_yaml_config_errors_name_file_line_and_key(tmp_path: Path, text: str, expected: str) -> None:
    project(tmp_path, {"cfg.yaml": text})
    result = invoke("scan", "doc.md", "--config", "cfg.yaml", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stdout == ""
    assert result.stderr.startswith(expected), result.stderr


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('[tool.factcheck]\nclaims = "claims.yaml"\nfailon = "never"\n',
         "pyproject.toml:7:1: error: tool.factcheck.failon: unknown key 'failon' at the top level (did you mean 'fail-on'?)"),
        ('[tool.factcheck]\nseverity = { action-plan-points = "fatal" }\n',
         "pyproject.toml:6:14: error: tool.factcheck.severity.action-plan-points: action-plan-points 'fatal' is not one of"),
        ('[tool.factcheck]\nfail-on = "error"\n\n[tool.factcheck.severity]\nhq-cty = "warning"\n',
         "pyproject.toml:9:1: error: tool.factcheck.severity.hq-cty: unknown claim 'hq-cty' (did you mean 'hq-city'?)"),
        ('[tool.factcheck]\nfail-on = error\n', "pyproject.toml:6:11: error: TOML syntax error: Invalid value"),
    ],
)
def test_pyproject_errors_name_file_line_and_key(tmp_path: Path, table: str, expected: str) -> None:
    project(tmp_path, {"pyproject.toml": PYPROJECT_HEAD + table})
    result = invoke("scan", "doc.md", "--config", "pyproject.toml", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stderr.startswith(expected), result.stderr


def test_pyproject_without_table_given_with_config_is_an_error(tmp_path: Path) -> None:
    project(tmp_path, {"pyproject.toml": PYPROJECT_HEAD})
    result = invoke("config", "--config", "pyproject.toml", cwd=tmp_path)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stderr == ("pyproject.toml:1:1: error: no [tool.factcheck] table "
                             "(add a [tool.factcheck] table, or name a .factcheck.yaml file)\n")


# ------------------------------------------------------------ factcheck config


def test_config_command_table_shows_values_and_sources(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "fail-on: warning\nexclude: [vendor, build]\n"})
    result = invoke("config", "--config", ".factcheck.yaml", "--baseline", "base.json", cwd=tmp_path)
    assert result.exit_code == exitcodes.OK
    assert result.stderr == ""
    rows = [line.split() for line in result.stdout.splitlines()]
    assert rows[0] == ["config", "file:", ".factcheck.yaml"]
    assert rows[2:] == [
        ["key", "value", "source"],
        ["claims", "claims.yaml", "default"],
        ["include", "(none)", "default"],
        ["exclude", "vendor,", "build", ".factcheck.yaml"],
        ["fail-on", "warning", ".factcheck.yaml"],
        ["format", "auto", "default"],
        ["baseline", "base.json", "command", "line"],
        ["severity", "(none)", "default"],
    ]


def test_config_command_json(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "severity: {hq-city: warning}\nformat: sarif:out.sarif\n"})
    data = settings(tmp_path, "--config", ".factcheck.yaml", "--claims", "claims.yaml")
    assert data == {
        "config_file": ".factcheck.yaml",
        "settings": {
            "claims": {"value": "claims.yaml", "source": "command line"},
            "include": {"value": [], "source": "default"},
            "exclude": {"value": [], "source": "default"},
            "fail-on": {"value": "error", "source": "default"},
            "format": {"value": ["sarif:out.sarif"], "source": ".factcheck.yaml"},
            "baseline": {"value": None, "source": "default"},
            "severity": {"value": {"hq-city": "warning"}, "source": ".factcheck.yaml"},
        },
    }


def test_config_command_rejects_unknown_output_format(tmp_path: Path) -> None:
    result = invoke("config", "--format", "yaml", cwd=project(tmp_path, {}))
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stderr == "--format: error: --format must be table or json, not 'yaml'\n"


def test_baseline_from_the_config_file(tmp_path: Path) -> None:
    project(tmp_path, {".factcheck.yaml": "baseline: ci/baseline.json\n", "ci/.keep": ""})
    wrote = invoke("scan", "doc.md", "--write-baseline", "ci/baseline.json", cwd=tmp_path)
    assert wrote.exit_code == exitcodes.OK
    (tmp_path / "doc.md").write_text(f"{DOC}\n{CITY_BEIJING}\n", encoding="utf-8")
    result = invoke("scan", "../doc.md", "--format", "plain", cwd=tmp_path / "sub")
    assert result.exit_code == exitcodes.FINDINGS
    assert [line.split(" ")[2] for line in result.stdout.splitlines()] == ["conference-city"]
    baseline = (tmp_path / "ci" / "baseline.json").resolve()  # outside the cwd: shown in full
    assert result.stderr == f"1 finding suppressed by baseline {baseline}\n"
