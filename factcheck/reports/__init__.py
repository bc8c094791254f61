"""Report formats: one module per format behind :class:`Reporter`."""

from __future__ import annotations

from . import github, gitlab, json_report, junit, markdown, plain, sarif, terminal  # noqa: F401  (registers the formats)
from .base import REGISTRY, Reporter, auto_format, format_for_path, get_reporter

__all__ = ["REGISTRY", "Reporter", "auto_format", "format_for_path", "get_reporter"]
