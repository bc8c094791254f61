"""Scanning many documents: discovery, reading and the engine, with no printing."""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from .claims import load_claims
from .documents import DEFAULT_EXTENSIONS, Document, discover, document_from_text
from .engine import Engine, ScanReport
from .model import Claim, Finding, Severity
from .parallel import ProgressCallback, run_scan


def _claims(claims: Iterable[Claim] | str | Path) -> tuple[Claim, ...]:
    if isinstance(claims, (str, Path)):
        return load_claims(Path(claims))
    return tuple(claims)


def scan_paths(
    paths: Sequence[str],
    claims: Iterable[Claim] | str | Path,
    *,
    extensions: Sequence[str] = DEFAULT_EXTENSIONS,
    severities: Mapping[str, Severity] | None = None,
    jobs: int | None = 1,
    cache_dir: str | os.PathLike[str] | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    progress: ProgressCallback | None = None,
    notify: Callable[[str], None] | None = None,
) -> ScanReport:
    """Scan files and directories (``"-"`` is stdin) against claims.

    ``claims`` is a claims file path or loaded claims. Unreadable or binary
    files become warnings in the report; a missing path raises
    :class:`~factcheck.errors.FactcheckError`. The report is the same, byte
    for byte once rendered, whatever the options below:

    * ``jobs``: worker processes (``None``: one per core; ``1``: this
      process). Fewer than 50 documents to scan always run in this process.
    * ``cache_dir``: keep each document's result there, keyed on its content,
      the claims and the factcheck version, and reuse it (``None``: no cache).
    * ``executor``: ``"local"`` or ``"dask"``, the latter with ``scheduler``
      the address of a running ``dask.distributed`` scheduler.
    * ``progress``: called as ``(documents done, documents, bytes done)``.
    * ``notify``: called with cache problems, which never stop a scan
      (default: :func:`warnings.warn`).
    """
    loaded = _claims(claims)
    sources = list(discover(paths, extensions))
    cache = None
    if cache_dir is not None:
        from .cache import ResultCache

        cache = ResultCache.open(cache_dir, loaded, severities, notify or _warn)
    return run_scan(sources, loaded, severities, jobs=jobs, executor=executor, scheduler=scheduler,
                    cache=cache, progress=progress)


def _warn(message: str) -> None:
    warnings.warn(message, RuntimeWarning, stacklevel=3)


def scan_text(text: str, claims: Iterable[Claim] | str | Path, *, path: str = "<text>", fmt: str = "text") -> list[Finding]:
    """The findings in one text, sorted: for pipelines that check generated text.

    ``claims`` is a claims file path or loaded claims; ``fmt`` is ``text``,
    ``markdown``, ``html`` or ``rst``; ``path`` names the text in findings.
    """
    engine = _engine_for(_claims_cached(claims))
    document: Document = document_from_text(text, path, fmt)
    return sorted(engine.check(document))


def _claims_cached(claims: Iterable[Claim] | str | Path) -> tuple[Claim, ...]:
    """Claims from a file are read again only when the file changes (a pipeline calls often)."""
    if isinstance(claims, (str, Path)):
        try:
            stat = os.stat(claims)
        except OSError:
            return _claims(claims)  # load_claims says what is wrong
        return _load_once(str(Path(claims).resolve()), stat.st_mtime_ns, stat.st_size)
    return tuple(claims)


@lru_cache(maxsize=8)
def _load_once(path: str, mtime_ns: int, size: int) -> tuple[Claim, ...]:
    return load_claims(Path(path))


@lru_cache(maxsize=8)
def _engine_for(claims: tuple[Claim, ...]) -> Engine:
    """One compiled engine per set of claims, reused across scan_text calls."""
    return Engine(claims)
