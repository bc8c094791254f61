"""The command line: arguments in, reports out, exit code back. The only place that prints."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__, exitcodes
from .claims import find_claims_file, format_value, load_claims
from .engine import ScanReport
from .errors import FactcheckError
from .model import Claim, Severity
from .reports import REGISTRY, format_for_path, get_reporter
from .reports.base import safe_text
from .scan import scan_paths

app = typer.Typer(
    name="factcheck",
    help="Check documents against a curated claims.yaml of canonical facts.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

FAIL_ON = ("error", "warning", "never")


def _stderr(message: str) -> None:
    typer.echo(safe_text(message), err=True)


@contextmanager
def _guard() -> Iterator[None]:
    """Turn user-facing errors into messages on stderr and exit code 2; bugs into 3."""
    try:
        yield
    except FactcheckError as error:
        for problem in error.problems:
            _stderr(str(problem))
        raise typer.Exit(exitcodes.USAGE_ERROR) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as error:  # a bug: say so briefly, no traceback unless asked
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        _stderr(f"factcheck: internal error: {type(error).__name__}: {error} (set FACTCHECK_DEBUG=1 for a traceback)")
        raise typer.Exit(exitcodes.INTERNAL_ERROR) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit(exitcodes.OK)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Check documents against a curated claims.yaml of canonical facts."""


def resolve_claims_path(claims: Optional[Path]) -> Path:
    """The claims file given, or the claims.yaml in the nearest directory up."""
    if claims is not None:
        return claims
    found = find_claims_file()
    if found is None:
        raise FactcheckError(
            "no claims file: none given with --claims and no claims.yaml in this directory or its parents",
            file="claims.yaml",
        )
    return Path(os.path.relpath(found))


@dataclass(frozen=True)
class Output:
    """One requested report: a format and where it goes (None: stdout)."""

    format: str
    path: Optional[str]


def parse_outputs(formats: list[str], output: Optional[str], *, tty: bool) -> list[Output]:
    """``--format FORMAT[:PATH]`` (repeatable) and ``--output`` as a list of outputs."""
    if not formats:
        default = (format_for_path(output) if output else None) or ("rich" if tty and not output else "plain")
        formats = [default]
    outputs: list[Output] = []
    for spec in formats:
        name, _, path = spec.partition(":")
        get_reporter(name)  # unknown format: error
        outputs.append(Output(name, path or None))
    if output is not None:
        free = [i for i, o in enumerate(outputs) if o.path is None]
        if not free:
            raise FactcheckError("--output given but every --format already names its file", file="--output")
        outputs[free[0]] = Output(outputs[free[0]].format, output)
    return outputs


def write_outputs(report: ScanReport, outputs: list[Output], color: Optional[bool]) -> None:
    """Render each requested report to its file or to stdout."""
    for out in outputs:
        if out.path is None:
            reporter = get_reporter(out.format)(color=color)
            reporter.write(report, sys.stdout)
            continue
        reporter = get_reporter(out.format)(color=False, width=100)
        try:
            with open(out.path, "w", encoding="utf-8", newline="\n") as stream:
                reporter.write(report, stream)
        except OSError as error:
            raise FactcheckError(f"cannot write report: {error.strerror}", file=out.path) from None


def exit_code(report: ScanReport, fail_on: str) -> int:
    """``FINDINGS`` when a finding is at or above ``fail_on``, else ``OK``."""
    if fail_on == "never":
        return exitcodes.OK
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for f in report.findings)
    return exitcodes.FINDINGS if failing else exitcodes.OK


@app.command()
def scan(
    paths: Annotated[list[str], typer.Argument(help="Files or directories to scan ('-' reads stdin).")],
    claims: Annotated[Optional[Path], typer.Option("--claims", "-c", help="Claims file (default: the nearest claims.yaml).")] = None,
    format: Annotated[
        Optional[list[str]],
        typer.Option("--format", "-f", help=f"Report format, optionally FORMAT:PATH; repeatable. One of: {', '.join(sorted(REGISTRY))}."),
    ] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on findings at or above: error, warning or never.")] = "error",
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Force colour on or off.")] = None,
) -> None:
    """Scan documents and report where they contradict the claims."""
    with _guard():
        if fail_on not in FAIL_ON:
            raise FactcheckError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not '{fail_on}'", file="--fail-on")
        outputs = parse_outputs(format or [], output, tty=sys.stdout.isatty())
        report = scan_paths(paths, resolve_claims_path(claims))
        for warning in report.warnings:
            _stderr(f"warning: {warning}")
        write_outputs(report, outputs, color)
        code = exit_code(report, fail_on)
    raise typer.Exit(code)


@app.command()
def validate(
    file: Annotated[Optional[Path], typer.Argument(help="Claims file (default: the nearest claims.yaml).")] = None,
) -> None:
    """Check a claims file and list every problem in it."""
    with _guard():
        path = resolve_claims_path(file)
        loaded = load_claims(path)
        typer.echo(f"{path}: {len(loaded)} claims, all valid")


@app.command(name="claims")
def list_claims(
    claims: Annotated[Optional[Path], typer.Option("--claims", "-c", help="Claims file (default: the nearest claims.yaml).")] = None,
) -> None:
    """List the claims as a table."""
    with _guard():
        loaded = load_claims(resolve_claims_path(claims))
        _print_claims(loaded)


def _print_claims(claims: tuple[Claim, ...]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(claims)} claims")
    for column in ("id", "value", "severity", "statement"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        table.add_row(claim.id, format_value(claim.value), claim.severity.value, claim.statement)
    Console(highlight=False, markup=False, emoji=False).print(table)


def run() -> None:
    """Console-script entry point."""
    app(prog_name="factcheck")
