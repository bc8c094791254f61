"""The package's source: no module binds one top-level name twice.

A second ``_MODALS = ...`` far down a long module silently replaces the first
for every function that reads it; mypy accepts it when the types agree.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

from helpers import ROOT

MODULES = sorted((ROOT / "factcheck").rglob("*.py"))


def _top_level_names(path: Path) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = sorted(name for name, count in _top_level_names(path).items() if count > 1 and name != "__all__")
    assert twice == [], f"{path.name} binds {twice} more than once"


def test_the_check_sees_a_name_bound_twice(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("A = 1\ndef f() -> int:\n    return A\nA = 2\n", encoding="utf-8")
    assert _top_level_names(module)["A"] == 2
