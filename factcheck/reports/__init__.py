"""Report formats: one module per format behind :class:`Reporter`."""

from __future__ import annotations

from . import json_report, markdown, plain, terminal  # noqa: F401  (registers the formats)
from .base import REGISTRY, Reporter, format_for_path, get_reporter

__all__ = ["REGISTRY", "Reporter", "format_for_path", "get_reporter"]
