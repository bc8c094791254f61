"""Which documents a run scans: include/exclude globs and ``--changed-since``.

Globs are matched against a document's path relative to the configuration
file's directory (or its path as given, when outside it): ``*`` and ``?``
stay within one directory, ``**`` crosses directories, and a glob without a
``/`` matches a file or directory name at any depth (``vendor`` excludes
everything under any ``vendor`` directory). They apply to files named on the
command line too, so pre-commit's file lists honour them.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
from collections.abc import Sequence
from pathlib import Path

from .documents import discover
from .errors import FactcheckError

STDIN = "-"


def select_documents(
    paths: Sequence[str],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    base: Path = Path("."),
    changed_since: str | None = None,
) -> list[str]:
    """The documents under ``paths`` to scan, as paths to pass on (unchanged when nothing filters)."""
    if not include and not exclude and changed_since is None:
        return list(paths)
    changed = changed_files(changed_since) if changed_since is not None else None
    base = base.resolve()
    resolve = _Resolver()
    selected = []
    for path, display in discover(paths):
        if path is None:
            selected.append(STDIN)
        elif changed is None or path.resolve() in changed:
            relative = _relative(resolve(path), display, base)
            if (not include or matches(include, relative)) and not matches(exclude, relative):
                selected.append(display)
    return selected


def matches(globs: Sequence[str], path: str) -> bool:
    """True if any of ``globs`` matches the ``/``-separated relative ``path``."""
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for glob in globs:
        pattern = glob.strip().strip("/")
        candidates = parts if "/" not in pattern else prefixes
        if any(_compile(pattern).fullmatch(candidate) for candidate in candidates):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _compile(glob: str) -> re.Pattern[str]:
    """A glob as a regular expression: ``**/`` any directories, ``*`` and ``?`` within one."""
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            out.append({"*": "[^/]*", "?": "[^/]"}.get(glob[i], re.escape(glob[i])))
            i += 1
    return re.compile("".join(out))


def _relative(resolved: Path, display: str, base: Path) -> str:
    """A resolved path relative to ``base`` (resolved) with forward slashes, or ``display`` if outside it."""
    try:
        relative = resolved.relative_to(base)
    except ValueError:
        return display.removeprefix("./")
    return relative.as_posix()


class _Resolver:
    """``path.resolve()``, resolving each directory once (thousands of files share a few)."""

    def __init__(self) -> None:
        self._directories: dict[Path, Path] = {}

    def __call__(self, path: Path) -> Path:
        if path.is_symlink():
            return path.resolve()
        parent = self._directories.get(path.parent)
        if parent is None:
            parent = self._directories[path.parent] = path.parent.resolve()
        return parent / path.name


# ----------------------------------------------------------------------- git


def changed_files(ref: str) -> set[Path]:
    """The files changed since git ``ref`` (deleted ones left out), and untracked ones, resolved."""
    if not ref or ref.startswith("-"):
        raise FactcheckError(f"not a git ref: '{ref}'", file="--changed-since")
    top = Path(_git(["rev-parse", "--show-toplevel"]).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], f"unknown git ref '{ref}'")
    diff = _git(["-C", str(top), "diff", "--name-only", "--diff-filter=d", "-z", ref, "--"])
    untracked = _git(["-C", str(top), "ls-files", "--others", "--exclude-standard", "-z"])
    names = [name for name in (diff + untracked).split("\0") if name]
    return {(top / name).resolve() for name in names}


def _git(args: list[str], failure: str = "") -> str:
    """Run git; a :class:`FactcheckError` (naming ``--changed-since``) if it fails."""
    try:
        done = subprocess.run(["git", *args], capture_output=True, text=True, check=False)
    except OSError as error:
        raise FactcheckError(f"--changed-since needs git, which could not run: {error.strerror or error}",
                             file="--changed-since") from None
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines()
        reason = failure or (lines[0] if lines else f"git {args[0]} failed")
        if "not a git repository" in done.stderr:
            reason = f"needs a git repository, and {os.getcwd()} is not in one"
        raise FactcheckError(reason, file="--changed-since")
    return done.stdout
