"""Running a scan over many documents: in-process, in a process pool, or on Dask.

The parent process walks the documents in discovery order, reads each file
(reading and hashing run at over a GB/s, matching at a few MB/s per core, so
the parent is never the bottleneck), and answers from the cache
(:mod:`factcheck.cache`) what it can. The rest, the misses, go in chunks to a
*runner* that scans them:

* :class:`InProcessRunner` (``jobs=1``, and any scan with fewer than
  :data:`MIN_PARALLEL` documents to scan, where starting a pool costs more
  than it saves);
* :class:`PoolRunner`: a :class:`~concurrent.futures.ProcessPoolExecutor`
  whose workers each build the :class:`~factcheck.engine.Engine` once, from
  the claims, in an initializer (the engine itself is never pickled);
* :class:`DaskRunner`: an existing ``dask.distributed`` cluster. The claims
  are scattered to every worker once; documents travel as bytes read here,
  so the workers need factcheck installed but no shared file system.

Each outcome is stored at its document's index, so the report is in
discovery order whatever order chunks finish in: output is byte-identical
for every runner and any number of jobs. At most :attr:`Runner.window`
chunks are in flight, so memory holds the results plus a bounded amount of
document text, however many documents there are.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple, Protocol

from .cache import Outcome, ResultCache, content_key
from .claims import claims_digest
from .documents import (
    Document,
    document_from_bytes,
    document_from_text,
    guess_format,
    read_bytes,
    read_stdin_text,
)
from .engine import Engine, ScanReport
from .errors import FactcheckError
from .model import Claim, Coverage, DocumentResult, Severity

MIN_PARALLEL = 50
"""Fewer documents to scan than this run in-process even when ``jobs > 1``."""
MAX_CHUNK = 64
"""Documents per task at most: enough to amortise the cost of a round trip."""
DASK_CONNECT_TIMEOUT = 10.0
EXECUTORS = ("local", "dask")

ProgressCallback = Callable[[int, int, int], None]
"""Called as ``(documents done, documents in all, bytes done)`` as a scan advances."""


class Item(NamedTuple):
    """One document to scan: its display path, its bytes (or stdin's text) and format."""

    display: str
    data: bytes | str
    fmt: str


# ----------------------------------------------------------------- scanning


def scan_item(engine: Engine, item: Item) -> Outcome:
    """Decode and scan one document; a binary file is skipped with a warning."""
    document: Document | None
    warnings: list[str]
    if isinstance(item.data, str):
        document, warnings = document_from_text(item.data, item.display, item.fmt), []
    else:
        document, warnings = document_from_bytes(item.data, item.display, item.fmt)
    return (None if document is None else engine.scan(document)), tuple(warnings)


def scan_chunk(engine: Engine, items: Sequence[Item]) -> list[Outcome]:
    """Scan ``items`` in order."""
    return [scan_item(engine, item) for item in items]


# ------------------------------------------------------------------ runners


class Handle(Protocol):
    """A chunk's pending outcomes (a local or a Dask future)."""

    def result(self) -> list[Outcome]: ...


class Runner(Protocol):
    """Something that scans chunks of documents, several at a time."""

    window: int  # chunks in flight at most

    def submit(self, items: list[Item]) -> Handle: ...

    def close(self) -> None: ...


class InProcessRunner:
    """Scan in this process, at once (the engine is built on first use)."""

    window = 1

    def __init__(self, claims: Sequence[Claim], severities: Mapping[str, Severity] | None) -> None:
        self._args = (tuple(claims), dict(severities or {}))
        self._engine: Engine | None = None

    def submit(self, items: list[Item]) -> Handle:
        """Scan ``items`` now; the returned future is already done."""
        if self._engine is None:
            self._engine = Engine(*self._args)
        future: Future[list[Outcome]] = Future()
        future.set_result(scan_chunk(self._engine, items))
        return future

    def close(self) -> None:
        """Nothing to release."""


_WORKER_ENGINE: Engine | None = None


def _init_worker(claims: tuple[Claim, ...], severities: dict[str, Severity]) -> None:
    """Pool initializer: build this worker's engine once; leave Ctrl-C to the parent."""
    global _WORKER_ENGINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_ENGINE = Engine(claims, severities)


def _pool_scan(items: list[Item]) -> list[Outcome]:
    if _WORKER_ENGINE is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("factcheck worker started without its engine")
    return scan_chunk(_WORKER_ENGINE, items)


def default_start_method() -> str:
    """``fork`` where it exists and is safe (Linux: fastest start), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return "fork" if sys.platform.startswith("linux") and "fork" in methods else "spawn"


class PoolRunner:
    """A pool of ``jobs`` worker processes, each with its own engine."""

    def __init__(
        self,
        claims: Sequence[Claim],
        severities: Mapping[str, Severity] | None,
        jobs: int,
        start_method: str | None = None,
    ) -> None:
        context = multiprocessing.get_context(start_method or default_start_method())
        self.window = 2 * jobs
        self._pool = ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(tuple(claims), dict(severities or {})),
        )

    def submit(self, items: list[Item]) -> Handle:
        """Queue ``items`` for a worker."""
        return self._pool.submit(_pool_scan, items)

    def close(self) -> None:
        """Stop the workers (dropping chunks not yet started)."""
        self._pool.shutdown(wait=True, cancel_futures=True)


_DASK_LOCAL = threading.local()


def _dask_scan(payload: tuple[str, tuple[Claim, ...], dict[str, Severity]], items: list[Item]) -> list[Outcome]:
    """Dask task: scan ``items`` with this worker thread's engine for the claims in ``payload``."""
    digest, claims, severities = payload
    engines: dict[str, Engine] = _DASK_LOCAL.__dict__.setdefault("engines", {})
    engine = engines.get(digest)
    if engine is None:
        engines.clear()
        engine = engines[digest] = Engine(claims, severities)
    return scan_chunk(engine, items)


class DaskRunner:
    """Chunks as tasks on an existing ``dask.distributed`` cluster.

    Workers must have the same factcheck installed. Documents are read here
    and sent as bytes, so no shared file system is needed.
    """

    def __init__(
        self,
        address: str,
        claims: Sequence[Claim],
        severities: Mapping[str, Severity] | None,
        timeout: float | None = None,
    ) -> None:
        try:
            from dask.distributed import Client
        except ImportError:
            raise FactcheckError(
                "--executor dask needs dask.distributed: pip install 'factcheck[dask]'", file="--executor"
            ) from None
        try:
            self._client = Client(address, timeout=timeout or DASK_CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise FactcheckError(
                f"cannot reach the Dask scheduler at {address}: {error or type(error).__name__}", file="--scheduler"
            ) from None
        claims = tuple(claims)
        payload = (claims_digest(claims), claims, dict(severities or {}))
        try:
            self._payload = self._client.scatter(payload, broadcast=True, hash=True)
            threads = sum(self._client.nthreads().values())
        except Exception:
            self._client.close()
            raise
        self.window = max(4, 2 * threads)

    def submit(self, items: list[Item]) -> Handle:
        """Send ``items`` to the cluster as one task."""
        return self._client.submit(_dask_scan, self._payload, items, pure=False)

    def close(self) -> None:
        """Disconnect from the cluster (the cluster keeps running)."""
        self._client.close()


# ----------------------------------------------------------------- pipeline


class _Pending(NamedTuple):
    position: int  # the document's index (``index`` would shadow ``tuple.index``)
    item: Item
    key: str | None  # the cache key, if caching


class Pipeline:
    """Documents in discovery order in; outcomes at their indices out.

    ``start`` makes the runner once ``threshold`` documents wait to be
    scanned; documents left over at the end when it was never started go to
    ``fallback`` (in-process). A ``runner`` given is used from the start and
    closed by :meth:`close` even if nothing was sent to it.
    """

    def __init__(
        self,
        total: int,
        start: Callable[[], Runner],
        fallback: Callable[[], Runner],
        *,
        threshold: int,
        chunk: int,
        cache: ResultCache | None = None,
        progress: ProgressCallback | None = None,
        runner: Runner | None = None,
    ) -> None:
        self.outcomes: list[Outcome | None] = [None] * total
        self._start, self._fallback = start, fallback
        self._threshold, self._chunk = threshold, chunk
        self._cache, self._progress = cache, progress
        self._runner: Runner | None = runner  # already started, if given
        self._pending: list[_Pending] = []
        self._inflight: deque[tuple[list[_Pending], Handle]] = deque()
        self._done = self._bytes = 0
        self._coverage: dict[Coverage, Coverage] = {}

    def add(self, index: int, item: Item, *, cacheable: bool = True) -> None:
        """Queue document ``index``, unless the cache already has its outcome."""
        key = None
        if self._cache is not None and cacheable and isinstance(item.data, bytes):
            key = content_key(item.data, item.fmt)
            hit = self._cache.get(key, item.display)
            if hit is not None:
                self._store(index, hit, len(item.data))
                return
        self._pending.append(_Pending(index, item, key))
        if self._runner is None and len(self._pending) >= self._threshold:
            self._runner = self._start()
        while self._runner is not None and len(self._pending) >= self._chunk:
            self._submit(self._chunk)

    def fail(self, index: int, warnings: Sequence[str]) -> None:
        """Record a document that could not be read."""
        self._store(index, (None, tuple(warnings)), 0)

    def finish(self) -> list[Outcome]:
        """Scan what is left, wait for everything and return the outcomes in order."""
        if self._pending and self._runner is None:
            self._runner = self._fallback()
        while self._pending:
            self._submit(self._chunk)
        while self._inflight:
            self._collect()
        return [o if o is not None else (None, ()) for o in self.outcomes]

    def close(self) -> None:
        """Release the runner (also after an error)."""
        if self._runner is not None:
            self._runner.close()
            self._runner = None

    def _submit(self, size: int) -> None:
        assert self._runner is not None
        batch, self._pending = self._pending[:size], self._pending[size:]
        while len(self._inflight) >= self._runner.window:
            self._collect()
        self._inflight.append((batch, self._runner.submit([p.item for p in batch])))

    def _collect(self) -> None:
        batch, handle = self._inflight.popleft()
        for pending, outcome in zip(batch, handle.result(), strict=True):
            if self._cache is not None and pending.key is not None:
                self._cache.put(pending.key, outcome)
            self._store(pending.position, outcome, len(pending.item.data))

    def _store(self, index: int, outcome: Outcome, size: int) -> None:
        result, warnings = outcome
        if result is not None:  # share equal coverage records: flat memory for big corpora
            coverage = tuple(self._coverage.setdefault(c, c) for c in result.coverage)
            result = DocumentResult(result.path, result.findings, coverage, result.suppressions)
        self.outcomes[index] = (result, warnings)
        self._done += 1
        self._bytes += size
        if self._progress is not None:
            self._progress(self._done, len(self.outcomes), self._bytes)


def chunk_size(documents: int, workers: int) -> int:
    """Documents per task: about four tasks per worker, at most :data:`MAX_CHUNK`."""
    return max(1, min(MAX_CHUNK, math.ceil(documents / max(1, 4 * workers))))


def available_cpus() -> int:
    """The cores this process may run on (its affinity mask where known)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def resolve_jobs(jobs: int | None) -> int:
    """``jobs``, or every available core for ``None``; at least 1."""
    if jobs is None:
        return available_cpus()
    if jobs < 1:
        raise FactcheckError(f"--jobs must be at least 1, not {jobs}", file="--jobs")
    return jobs


def run_scan(
    sources: Sequence[tuple[Path | None, str]],
    claims: Sequence[Claim],
    severities: Mapping[str, Severity] | None = None,
    *,
    jobs: int | None = 1,
    executor: str = "local",
    scheduler: str | None = None,
    cache: ResultCache | None = None,
    progress: ProgressCallback | None = None,
    start_method: str | None = None,
) -> ScanReport:
    """Scan ``sources`` (``(path, display)``; path ``None`` is stdin) into a report in their order."""
    claims = tuple(claims)
    resolve_jobs(jobs)  # a bad --jobs is an error whatever the executor
    pipeline = _pipeline(len(sources), claims, severities, jobs, executor, scheduler, cache, progress, start_method)
    try:
        for index, (path, display) in enumerate(sources):
            _feed(pipeline, index, path, display)
        outcomes = pipeline.finish()
    finally:
        pipeline.close()
    return _report(claims, sources, outcomes)


def _pipeline(
    total: int,
    claims: tuple[Claim, ...],
    severities: Mapping[str, Severity] | None,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
    cache: ResultCache | None,
    progress: ProgressCallback | None,
    start_method: str | None,
) -> Pipeline:
    def local() -> Runner:
        return InProcessRunner(claims, severities)

    if executor == "dask":
        if not scheduler:
            raise FactcheckError("--executor dask needs --scheduler ADDRESS (e.g. tcp://host:8786)", file="--scheduler")
        runner = DaskRunner(scheduler, claims, severities)  # connect now: fail before reading anything
        return Pipeline(total, lambda: runner, lambda: runner, threshold=1, chunk=MAX_CHUNK,
                        cache=cache, progress=progress, runner=runner)
    if executor != "local":
        raise FactcheckError(f"--executor must be one of {', '.join(EXECUTORS)}, not '{executor}'", file="--executor")
    workers = resolve_jobs(jobs)
    if workers == 1:
        return Pipeline(total, local, local, threshold=1, chunk=8, cache=cache, progress=progress)

    def pool() -> Runner:
        return PoolRunner(claims, severities, workers, start_method)

    return Pipeline(total, pool, local, threshold=MIN_PARALLEL, chunk=chunk_size(total, workers),
                    cache=cache, progress=progress)


def _feed(pipeline: Pipeline, index: int, path: Path | None, display: str) -> None:
    if path is None:
        pipeline.add(index, Item(display, read_stdin_text(), "text"), cacheable=False)
        return
    data, warnings = read_bytes(path)
    if data is None:
        pipeline.fail(index, warnings)
    else:
        pipeline.add(index, Item(display, data, guess_format(path.name)))


def _report(claims: tuple[Claim, ...], sources: Sequence[tuple[Path | None, str]], outcomes: list[Outcome]) -> ScanReport:
    report = ScanReport(claims)
    for (_, display), (result, warnings) in zip(sources, outcomes, strict=True):
        report.warnings.extend(f"{display}: {w}" for w in warnings)
        if result is not None:
            report.documents.append(result)
    return report
