"""The one error type that user-facing problems are raised as.

Every bad input (claims file, config, document path, usage) becomes a
:class:`FactcheckError` holding one or more :class:`Problem` records; the CLI
is the only place that prints them (to stderr) and picks the exit code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, located as precisely as we can."""

    file: str
    message: str
    line: int = 0  # 1-based; 0 = unknown
    column: int = 0  # 1-based; 0 = unknown
    claim: str = ""  # the claim id concerned, if any
    key: str = ""  # the key path concerned ("claims[3].value.qualifier"), if any
    hint: str = ""  # a suggestion ("did you mean 'subject'?")

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}"
            if self.column:
                where += f":{self.column}"
        parts = [f"{where}: error:"]
        if self.claim:
            parts.append(f"claim '{self.claim}':")
        if self.key:
            parts.append(f"{self.key}:")
        parts.append(self.message)
        text = " ".join(parts)
        return f"{text} ({self.hint})" if self.hint else text


class FactcheckError(Exception):
    """A user-facing error: bad claims, config, input paths or usage."""

    def __init__(self, problems: list[Problem] | Problem | str, *, file: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(file=file, message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
