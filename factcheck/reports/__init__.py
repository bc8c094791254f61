"""Report formats: one module per format behind :class:`Reporter`."""

from __future__ import annotations

from . import (  # noqa: F401  (registers the formats)
    github,
    gitlab,
    json_report,
    junit,
    markdown,
    plain,
    sarif,
    terminal,
)
from .base import REGISTRY, Reporter, auto_format, format_for_path, get_reporter

__all__ = ["REGISTRY", "Reporter", "auto_format", "format_for_path", "get_reporter"]
