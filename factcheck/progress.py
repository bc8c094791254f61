"""The progress bar of long scans: documents, MB/s and ETA on stderr.

It appears only on an interactive stderr, never in CI (``CI`` set), and only
once a scan has run for :data:`DELAY` seconds, so quick scans print nothing;
it is transient, leaving no trace once the scan is done.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import IO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

DELAY = 1.0
"""Seconds a scan runs before the bar appears."""


def progress_wanted(flag: bool | None, stream: IO[str], environ: Mapping[str, str] = os.environ) -> bool:
    """Whether to show progress: ``--progress``/``--no-progress``, else a TTY outside CI."""
    if flag is not None:
        return flag
    if environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class ScanProgress:
    """A :data:`~factcheck.parallel.ProgressCallback` that draws a rich bar after :data:`DELAY`."""

    def __init__(self, stream: IO[str] | None = None, delay: float = DELAY) -> None:
        self._stream = stream
        self._delay = delay
        self._began = time.monotonic()
        self._bar: Progress | None = None
        self._task = TaskID(0)

    @property
    def shown(self) -> bool:
        """Whether the bar has appeared."""
        return self._bar is not None

    def __call__(self, done: int, total: int, nbytes: int) -> None:
        """Advance to ``done`` of ``total`` documents, ``nbytes`` read."""
        if self._bar is None:
            if time.monotonic() - self._began < self._delay or done >= total:
                return
            self._bar = self._show(total)
        rate = nbytes / max(time.monotonic() - self._began, 1e-9) / 1e6
        self._bar.update(self._task, completed=done, total=total, rate=rate)

    def _show(self, total: int) -> Progress:
        console = Console(file=self._stream, stderr=self._stream is None)
        bar = Progress(
            TextColumn("scanning"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("documents"),
            TextColumn("{task.fields[rate]:.1f} MB/s", style="progress.data.speed"),
            TimeRemainingColumn(),
            console=console,
            transient=True,
        )
        self._task = bar.add_task("scan", total=total, rate=0.0)
        bar.start()
        return bar

    def close(self) -> None:
        """Remove the bar, if it was shown."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> ScanProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
