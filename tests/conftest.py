"""Make tests/helpers.py importable as ``helpers``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import os

from hypothesis import settings

# CI runs are reproducible: the same examples every time, no example database.
settings.register_profile("ci", derandomize=True, deadline=None, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
