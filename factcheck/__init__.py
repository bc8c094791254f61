"""factcheck: check documents against a curated file of canonical facts.

The Python API::

    import factcheck

    report = factcheck.scan_paths(["docs"], "claims.yaml", jobs=None, cache_dir=".factcheck_cache")
    findings = factcheck.scan_text("Over 900 companies exhibited.", "claims.yaml")

Both are imported on first use, so ``import factcheck`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["__version__", "scan_paths", "scan_text"]

if TYPE_CHECKING:
    from .scan import scan_paths, scan_text


def __getattr__(name: str) -> Any:
    """Lazily import the API: ``factcheck.scan_paths`` and ``factcheck.scan_text``."""
    if name in ("scan_paths", "scan_text"):
        from . import scan

        return getattr(scan, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
