"""The Dask executor: the same report as a local run, from a real (local) cluster."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck.parallel as parallel
from factcheck import exitcodes
from factcheck.cli import app
from factcheck.documents import discover
from factcheck.parallel import run_scan
from factcheck.reports.json_report import report_dict
from helpers import ROOT, project_claims
from scale_helpers import make_corpus

runner = CliRunner()
CLAIMS = str(ROOT / "claims.yaml")
NEEDS_DASK = "dask.distributed is not installed (pip install 'factcheck[dask]')"
pytestmark = pytest.mark.filterwarnings("ignore:Port .* is already in use:UserWarning")


def distributed():  # type: ignore[no-untyped-def]
    return pytest.importorskip("dask.distributed", reason=NEEDS_DASK)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("dask-corpus"), 120)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A two-process local cluster, reached over TCP like a real one."""
    dd = distributed()
    with dd.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                         worker_dashboard_address=None, silence_logs=40) as local:
        yield local.scheduler_address


def scan_cli(*args: str):
    return runner.invoke(app, ["scan", *args, "--claims", CLAIMS, "--no-cache", "--format", "json",
                               "--fail-on", "never"])


def test_dask_output_is_byte_identical_to_a_local_run(corpus: Path, cluster: str) -> None:
    local = scan_cli(str(corpus), "--jobs", "1")
    remote = scan_cli(str(corpus), "--executor", "dask", "--scheduler", cluster)
    assert remote.exit_code == local.exit_code == exitcodes.OK
    assert remote.stdout == local.stdout
    assert remote.stderr == local.stderr
    assert json.loads(remote.stdout)["summary"]["documents"] == 121


def test_dask_with_the_cache_fills_and_then_uses_it(corpus: Path, cluster: str, tmp_path: Path) -> None:
    expected = scan_cli(str(corpus), "--jobs", "1").stdout
    for _ in range(2):
        result = runner.invoke(app, ["scan", str(corpus), "--claims", CLAIMS, "--format", "json", "--fail-on",
                                     "never", "--executor", "dask", "--scheduler", cluster,
                                     "--cache-dir", str(tmp_path / "cache")])
        assert result.stdout == expected
    assert list((tmp_path / "cache").rglob("*.json"))


def test_threaded_workers_share_nothing_and_agree(corpus: Path) -> None:
    dd = distributed()
    sources = list(discover([str(corpus)]))
    local = report_dict(run_scan(sources, project_claims()))
    with dd.LocalCluster(n_workers=1, threads_per_worker=3, processes=False, dashboard_address=None,
                         worker_dashboard_address=None,
                         silence_logs=40) as threaded:
        remote = report_dict(run_scan(sources, project_claims(), executor="dask", scheduler=threaded.scheduler_address))
    assert remote == local


def test_unreachable_scheduler_is_a_clear_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    distributed()
    monkeypatch.setattr(parallel, "DASK_CONNECT_TIMEOUT", 0.5)
    result = scan_cli(str(ROOT / "seeds"), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert result.stdout == ""
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:1" in result.stderr
    assert "Traceback" not in result.stderr


def test_dask_executor_needs_a_scheduler() -> None:
    result = scan_cli(str(ROOT / "seeds"), "--executor", "dask")
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "--executor dask needs --scheduler ADDRESS" in result.stderr


def test_missing_dask_is_a_clear_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)  # import fails as if not installed
    result = scan_cli(str(ROOT / "seeds"), "--executor", "dask", "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "pip install 'factcheck[dask]'" in result.stderr
