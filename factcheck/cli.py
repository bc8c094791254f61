"""The command line: arguments in, reports out, exit code back. The only place that prints."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__, exitcodes
from .cache import DEFAULT_CACHE_DIR
from .claims import find_claims_file, format_value, load_claims
from .config import AUTO, check_severity
from .engine import ScanReport
from .errors import FactcheckError
from .filters import FilterStats, filter_report
from .model import Claim, Severity
from .progress import ScanProgress, progress_wanted
from .reports import REGISTRY, auto_format, format_for_path, get_reporter
from .reports.base import safe_text
from .scan import scan_paths
from .selection import select_documents
from .settings import Settings, effective_settings, settings_dict, settings_table

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
    append: bool = False  # add to the file (a job summary) instead of replacing it


def parse_outputs(
    formats: list[str], output: Optional[str], *, tty: bool, environ: Optional[Mapping[str, str]] = None
) -> list[Output]:
    """``--format FORMAT[:PATH]`` (repeatable) and ``--output`` as a list of outputs.

    ``auto`` (the default on stdout) is ``github`` under GitHub Actions,
    ``rich`` on a terminal and ``plain`` otherwise.
    """
    if not formats:
        formats = [(format_for_path(output) or "plain") if output else AUTO]
    specs = [(name, path or None) for name, _, path in (spec.partition(":") for spec in formats)]
    if output is not None:
        free = [i for i, (_, path) in enumerate(specs) if path is None]
        if not free:
            raise FactcheckError("--output given but every --format already names its file", file="--output")
        specs[free[0]] = (specs[free[0]][0], output)
    environ = os.environ if environ is None else environ
    outputs: list[Output] = []
    for name, path in specs:
        if name == AUTO:
            name = auto_format(tty=tty and path is None, environ=environ)
        get_reporter(name)  # unknown format: error
        outputs.append(Output(name, path))
    return outputs


def summary_outputs(requested: bool, environ: Optional[Mapping[str, str]] = None) -> list[Output]:
    """The markdown job summary ``--github-summary`` appends to ``$GITHUB_STEP_SUMMARY``."""
    path = (os.environ if environ is None else environ).get("GITHUB_STEP_SUMMARY")
    if not requested:
        return []
    if not path:
        _stderr("warning: --github-summary: GITHUB_STEP_SUMMARY is not set (not running in GitHub Actions?); "
                "no job summary written")
        return []
    return [Output("markdown", path, append=True)]


def write_outputs(report: ScanReport, outputs: list[Output], color: Optional[bool]) -> None:
    """Render each requested report to its file or to stdout."""
    for out in outputs:
        if out.path is None:
            reporter = get_reporter(out.format)(color=color)
            try:
                reporter.write(report, sys.stdout)
                sys.stdout.flush()
            except BrokenPipeError:  # "factcheck scan | head": the reader has all it wants
                _discard_stdout()
            continue
        reporter = get_reporter(out.format)(color=False, width=100)
        try:
            with open(out.path, "a" if out.append else "w", encoding="utf-8", newline="\n") as stream:
                reporter.write(report, stream)
        except OSError as error:
            raise FactcheckError(f"cannot write report: {error.strerror}", file=out.path) from None


def _discard_stdout() -> None:
    """Point stdout at /dev/null so that nothing more (not even the final flush) fails."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def exit_code(report: ScanReport, fail_on: str) -> int:
    """``FINDINGS`` when a finding is at or above ``fail_on``, else ``OK``."""
    if fail_on == "never":
        return exitcodes.OK
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for f in report.findings)
    return exitcodes.FINDINGS if failing else exitcodes.OK


ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", help="Config file (default: the nearest .factcheck.yaml, or pyproject.toml with [tool.factcheck])."),
]
ClaimsOption = Annotated[Optional[Path], typer.Option("--claims", "-c", help="Claims file (default: the nearest claims.yaml).")]
FailOnOption = Annotated[
    Optional[str], typer.Option("--fail-on", help="Exit 1 on findings at or above: error, warning or never (default: error).")
]
BaselineOption = Annotated[Optional[Path], typer.Option("--baseline", help="Report only findings not in this baseline file.")]


def load_settings(config: Optional[Path], **overrides: object) -> Settings:
    """The effective settings: the config file's, overridden by command-line values given."""
    fail_on = overrides.get("fail_on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise FactcheckError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not '{fail_on}'", file="--fail-on")
    return effective_settings(config, {key.replace("_", "-"): value for key, value in overrides.items()})


def _print_filter_stats(stats: FilterStats) -> None:
    def findings(n: int) -> str:
        return f"{n} finding{'s' * (n != 1)}"

    if stats.written is not None:
        _stderr(f"wrote {findings(stats.written)} to baseline {stats.baseline}")
    if stats.baseline is not None:
        _stderr(f"{findings(stats.baselined)} suppressed by baseline {stats.baseline}")


JobsOption = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", help="Worker processes (default: one per core; 1: no pool). Under 50 documents always run in-process."),
]
CacheOption = Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse results of unchanged documents (default: on).")]
CacheDirOption = Annotated[Optional[Path], typer.Option("--cache-dir", help=f"Cache directory (default: {DEFAULT_CACHE_DIR} in the current directory).")]
ProgressOption = Annotated[
    Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar on stderr (default: on a terminal, not in CI, after 1 s).")
]
ExecutorOption = Annotated[str, typer.Option("--executor", help="Where to scan: local (process pool) or dask (needs --scheduler).")]
SchedulerOption = Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address for --executor dask, e.g. tcp://host:8786.")]


@dataclass(frozen=True)
class Runtime:
    """How to run a scan: workers, cache, progress bar and executor."""

    jobs: Optional[int] = None
    cache: bool = True
    cache_dir: Optional[Path] = None
    progress: Optional[bool] = None
    executor: str = "local"
    scheduler: Optional[str] = None


def run_scan_paths(paths: list[str], claims: tuple[Claim, ...], severities: Optional[Mapping[str, Severity]], runtime: Runtime) -> ScanReport:
    """:func:`scan_paths` with the runtime options; cache problems become warnings on stderr."""
    if runtime.scheduler is not None and runtime.executor != "dask":
        raise FactcheckError("--scheduler needs --executor dask", file="--scheduler")
    notices: list[str] = []
    cache_dir = (runtime.cache_dir or Path(DEFAULT_CACHE_DIR)) if runtime.cache else None
    bar = ScanProgress() if progress_wanted(runtime.progress, sys.stderr) else None
    try:
        report = scan_paths(paths, claims, severities=severities, jobs=runtime.jobs, cache_dir=cache_dir,
                            executor=runtime.executor, scheduler=runtime.scheduler, progress=bar,
                            notify=notices.append)
    finally:
        if bar is not None:
            bar.close()
        for notice in notices:
            _stderr(f"warning: {notice}")
    return report


@app.command()
def scan(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files or directories to scan ('-' reads stdin; default: .).")] = None,
    claims: ClaimsOption = None,
    format: Annotated[
        Optional[list[str]],
        typer.Option("--format", "-f", help=f"Report format, optionally FORMAT:PATH; repeatable. One of: {AUTO} (default), {', '.join(sorted(REGISTRY))}."),
    ] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    fail_on: FailOnOption = None,
    color: Annotated[Optional[bool], typer.Option("--color/--no-color", help="Force colour on or off.")] = None,
    config: ConfigOption = None,
    baseline: BaselineOption = None,
    write_baseline: Annotated[Optional[Path], typer.Option("--write-baseline", help="Record today's findings in this baseline file (and report none of them).")] = None,
    changed_since: Annotated[Optional[str], typer.Option("--changed-since", help="Scan only documents changed since this git ref.")] = None,
    github_summary: Annotated[bool, typer.Option("--github-summary", help="Append a markdown report to $GITHUB_STEP_SUMMARY.")] = False,
    jobs: JobsOption = None,
    cache: CacheOption = True,
    cache_dir: CacheDirOption = None,
    progress: ProgressOption = None,
    executor: ExecutorOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Scan documents and report where they contradict the claims."""
    with _guard():
        settings = load_settings(config, claims=claims, format=format, fail_on=fail_on, baseline=baseline)
        outputs = parse_outputs(settings.formats, output, tty=sys.stdout.isatty()) + summary_outputs(github_summary)
        loaded = load_claims(resolve_claims_path(settings.claims))
        if settings.config is not None:
            check_severity(settings.config, loaded)
        selected = select_documents(paths or ["."], include=settings.include, exclude=settings.exclude,
                                    base=settings.base, changed_since=changed_since)
        runtime = Runtime(jobs, cache, cache_dir, progress, executor, scheduler)
        report = run_scan_paths(selected, loaded, settings.severity, runtime)
        report, stats = filter_report(report, baseline=settings.baseline, write=write_baseline)
        for warning in report.warnings:
            _stderr(f"warning: {warning}")
        _print_filter_stats(stats)
        write_outputs(report, outputs, color)
        code = exit_code(report, settings.fail_on)
    raise typer.Exit(code)


@app.command(name="config")
def show_config(
    config: ConfigOption = None,
    claims: ClaimsOption = None,
    fail_on: FailOnOption = None,
    baseline: BaselineOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="Output: table or json.")] = "table",
) -> None:
    """Show the effective settings and where each came from (default, config file, command line)."""
    with _guard():
        if format not in ("table", "json"):
            raise FactcheckError(f"--format must be table or json, not '{format}'", file="--format")
        settings = load_settings(config, claims=claims, fail_on=fail_on, baseline=baseline)
        if format == "json":
            typer.echo(json.dumps(settings_dict(settings), indent=2, ensure_ascii=False))
        else:
            typer.echo(safe_text(settings_table(settings)))


@app.command()
def validate(
    file: Annotated[Optional[Path], typer.Argument(help="Claims file (default: --claims, the config's, or the nearest claims.yaml).")] = None,
    claims: ClaimsOption = None,
    config: ConfigOption = None,
) -> None:
    """Check a claims file and list every problem in it."""
    with _guard():
        if file is not None and claims is not None and file != claims:
            raise FactcheckError(f"two claims files given ({file} and --claims {claims}): give one", file="--claims")
        settings = load_settings(config, claims=file or claims)
        path = resolve_claims_path(settings.claims)
        loaded = load_claims(path)
        typer.echo(f"{path}: {len(loaded)} claims, all valid")


@app.command(name="claims")
def list_claims(claims: ClaimsOption = None, config: ConfigOption = None) -> None:
    """List the claims as a table."""
    with _guard():
        settings = load_settings(config, claims=claims)
        _print_claims(load_claims(resolve_claims_path(settings.claims)))


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
