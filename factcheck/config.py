"""Configuration files: ``.factcheck.yaml`` or ``[tool.factcheck]`` in ``pyproject.toml``.

The nearest file up from the current directory wins; in one directory
``.factcheck.yaml`` beats ``.factcheck.yml``, which beats ``pyproject.toml``
(a ``pyproject.toml`` without a ``[tool.factcheck]`` table does not count).
A file is checked against the shipped JSON Schema
(``schemas/config.schema.json``) with the same located, friendly errors as a
claims file; TOML keys are located by a scan of the table's lines. Relative
paths in a file are relative to its directory.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator

from .errors import FactcheckError, Problem
from .model import Claim, Severity
from .reports import REGISTRY
from .schema_errors import (
    KeyPath,
    Locator,
    did_you_mean,
    format_path,
    node_problems,
    schema_problems,
    sort_problems,
    yaml_problem,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CONFIG_FILENAMES = (".factcheck.yaml", ".factcheck.yml", "pyproject.toml")
SCHEMA_RESOURCE = ("schemas", "config.schema.json")
AUTO = "auto"
_TOOL_TABLE = re.compile(r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*factcheck[ \t]*[\].]", re.M)
_TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class ConfigFile:
    """A validated configuration file: its settings, paths already made usable from the cwd."""

    path: Path
    values: dict[str, Any]
    locator: Locator

    def problem(self, path: KeyPath, message: str, hint: str = "") -> Problem:
        """A problem located at the key ``path`` of this file."""
        return self.locator.problem(path, message, hint, key=True)


def find_config(start: Path | None = None) -> Path | None:
    """The configuration file in ``start`` (default: the cwd) or its nearest parent."""
    here = (start or Path.cwd()).resolve()
    for directory in (here, *here.parents):
        for name in CONFIG_FILENAMES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def load_config(path: Path) -> ConfigFile:
    """Read and validate a configuration file; raise :class:`FactcheckError` on any problem."""
    text = _read(path)
    if path.suffix == ".toml":
        data, locator = _parse_toml(text, str(path))
    else:
        data, locator = _parse_yaml(text, str(path))
    problems = schema_problems(_validator(), data, locator)
    problems += _format_problems(data, locator)
    if problems:
        raise FactcheckError(sort_problems(problems))
    return ConfigFile(path, _normalise(data, path.parent), locator)


def check_severity(config: ConfigFile, claims: Sequence[Claim]) -> None:
    """Raise if the file's ``severity`` overrides name claims that do not exist."""
    ids = [claim.id for claim in claims]
    problems = [
        config.problem(["severity", name], f"unknown claim '{name}'",
                       did_you_mean(name, ids) or "severity keys are claim ids from the claims file")
        for name in config.values.get("severity", {}) if name not in ids
    ]
    if problems:
        raise FactcheckError(problems)


def shown(path: Path) -> Path:
    """``path`` relative to the cwd when it lies inside it, else as it is."""
    if not path.is_absolute():
        return path
    relative = os.path.relpath(path)
    return Path(relative) if not relative.startswith("..") else path


# ------------------------------------------------------------------- reading


@functools.lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    folder, name = SCHEMA_RESOURCE
    resource = resources.files("factcheck").joinpath(folder).joinpath(name)
    return Draft202012Validator(json.loads(resource.read_text(encoding="utf-8")))


def _has_tool_table(path: Path) -> bool:
    try:
        return _TOOL_TABLE.search(path.read_text(encoding="utf-8")) is not None
    except (OSError, UnicodeDecodeError):
        return False


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactcheckError("config file not found", file=str(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise FactcheckError(f"cannot read config file: {reason}", file=str(path)) from None


def _parse_yaml(text: str, filename: str) -> tuple[Any, Locator]:
    """The settings mapping of a YAML file (empty: no settings), and its locator."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        problems, safe = node_problems(Locator(filename, root, None))
        if problems:
            raise FactcheckError(sort_problems(problems))
        data = yaml.safe_load(text) if root is not None else {}
    except yaml.YAMLError as error:
        raise FactcheckError(yaml_problem(error, filename)) from None
    locator = Locator(filename, root, data)
    if not isinstance(data, dict):
        raise FactcheckError(locator.problem([], "the top level must be a mapping of settings",
                                             "write e.g. 'claims: claims.yaml' and 'fail-on: warning'"))
    return data, locator


def _parse_toml(text: str, filename: str) -> tuple[Any, Locator]:
    """The ``[tool.factcheck]`` table of a TOML file, and its locator."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        position = _TOML_POSITION.search(str(error))
        line, column = (int(position[1]), int(position[2])) if position else (1, 1)
        message = _TOML_POSITION.sub("", str(error)).strip()
        raise FactcheckError(Problem(filename, f"TOML syntax error: {message}", line, column)) from None
    tool = document.get("tool")
    if not isinstance(tool, dict) or "factcheck" not in tool:
        raise FactcheckError(Problem(filename, "no [tool.factcheck] table", 1, 1,
                                     hint="add a [tool.factcheck] table, or name a .factcheck.yaml file"))
    return tool["factcheck"], TomlLocator(filename, text, tool["factcheck"])


def _format_problems(data: Any, locator: Locator) -> list[Problem]:
    """Unknown report formats in ``format``."""
    value = data.get("format") if isinstance(data, dict) else None
    specs: list[tuple[list[str | int], str]] = [(["format"], value)] if isinstance(value, str) else []
    if isinstance(value, list):
        specs = [(["format", i], spec) for i, spec in enumerate(value) if isinstance(spec, str)]
    known = sorted([*REGISTRY, AUTO])
    problems = []
    for path, spec in specs:
        name = spec.partition(":")[0]
        if name not in known:
            hint = did_you_mean(name, known) or f"choose from: {', '.join(known)}"
            problems.append(locator.problem(path, f"unknown format '{name}'", hint))
    return problems


def _normalise(data: dict[str, Any], base: Path) -> dict[str, Any]:
    """Settings as the program uses them: paths from ``base``, lists as tuples, severities typed."""
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("claims", "baseline"):
            value = shown(base / value)
        elif key in ("include", "exclude"):
            value = (value,) if isinstance(value, str) else tuple(value)
        elif key == "format":
            value = tuple(_rebase(spec, base) for spec in ([value] if isinstance(value, str) else value))
        elif key == "severity":
            value = {claim: Severity(level) for claim, level in value.items()}
        values[key] = value
    return values


def _rebase(spec: str, base: Path) -> str:
    """A ``FORMAT:PATH`` spec with its path made relative to the config file's directory."""
    name, _, path = spec.partition(":")
    return f"{name}:{shown(base / path)}" if path else name


# ---------------------------------------------------------------- TOML lines


class TomlLocator(Locator):
    """Locates keys of the ``[tool.factcheck]`` table by scanning its lines."""

    def __init__(self, filename: str, text: str, data: Any) -> None:
        super().__init__(filename, None, data)
        self.lines = text.split("\n")

    def problem(self, path: KeyPath, message: str, hint: str = "", *,
                key: bool = False, at: KeyPath | None = None) -> Problem:
        """A problem about ``path`` at the line and column where its key is written."""
        line, column = self.position(path if at is None else at)
        return Problem(self.filename, message, line, column, key=format_path(["tool", "factcheck", *path]), hint=hint)

    def position(self, path: KeyPath) -> tuple[int, int]:
        """1-based line and column of the deepest key of ``path`` found in the table."""
        start, end = self._table()
        line, column, after = start, 1, 0
        for part in (p for p in path if isinstance(p, str)):
            found = self._find(part, line, after, end)
            if found is None:
                break
            line, column, after = found
        return line + 1, column

    def _table(self) -> tuple[int, int]:
        """0-based first line of ``[tool.factcheck]`` and the line after its last sub-table."""
        start = next((i for i, text in enumerate(self.lines) if _TOOL_TABLE.match(text)), 0)
        end = start + 1
        for i in range(start + 1, len(self.lines)):
            header = re.match(r"[ \t]*\[", self.lines[i])
            if header and not _TOOL_TABLE.match(self.lines[i]):
                break
            end = i + 1
        return start, end

    def _find(self, key: str, line: int, after: int, end: int) -> tuple[int, int, int] | None:
        """Where ``key`` is next written as a key from (``line``, ``after``): line, column, end column."""
        name = re.escape(key)
        pattern = re.compile(rf"(?:^|[\s{{,.\[])(\"?){name}\1[ \t]*[=.\]]")
        for i in range(line, end):
            match = pattern.search(self.lines[i], after if i == line else 0)
            if match:
                return i, match.start(1) + 1, match.end()
        return None
