"""factcheck: check documents against a curated file of canonical facts."""

from __future__ import annotations

__version__ = "0.1.0"
