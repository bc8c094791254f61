"""Process exit codes, as named constants (a linter's conventions)."""

from __future__ import annotations

OK = 0  #: no finding at or above ``--fail-on``
FINDINGS = 1  #: at least one finding at or above ``--fail-on``
USAGE_ERROR = 2  #: bad usage, claims file, config or input
INTERNAL_ERROR = 3  #: a bug in factcheck itself
