"""Parallel scanning: --jobs N gives byte-identical output to --jobs 1, with bounded memory."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

import factcheck.parallel as parallel
from factcheck import exitcodes
from factcheck.cli import app
from factcheck.documents import discover
from factcheck.parallel import MIN_PARALLEL, Item, Pipeline, chunk_size, resolve_jobs, run_scan
from factcheck.progress import ScanProgress, progress_wanted
from factcheck.reports.json_report import report_dict
from helpers import ROOT, project_claims
from scale_helpers import make_corpus

runner = CliRunner()
CLAIMS = str(ROOT / "claims.yaml")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 120)


def scan_cli(*args: str):
    return runner.invoke(app, ["scan", *args, "--claims", CLAIMS, "--no-cache", "--fail-on", "never"])


def report_json(docs: Path, **options: object) -> str:
    report = run_scan(list(discover([str(docs)])), project_claims(), **options)  # type: ignore[arg-type]
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False)


def test_jobs_2_is_byte_identical_to_jobs_1(corpus: Path) -> None:
    one = scan_cli(str(corpus), "--format", "json", "--jobs", "1")
    two = scan_cli(str(corpus), "--format", "json", "--jobs", "2")
    assert one.exit_code == two.exit_code == exitcodes.OK
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    data = json.loads(one.stdout)
    assert data["summary"]["documents"] == 121  # 120 + the undecodable one; the binary one is skipped
    assert data["summary"]["findings"] > 50
    assert [w.split(": ", 1)[1] for w in data["warnings"]] == [
        "binary file, skipped",
        "not valid UTF-8; undecodable bytes replaced",
    ]
    paths = [d["path"] for d in data["documents"]]
    assert paths == sorted(paths)


def test_plain_output_and_order_identical_for_many_jobs(corpus: Path) -> None:
    one = scan_cli(str(corpus), "--format", "plain", "--jobs", "1")
    three = scan_cli(str(corpus), "--format", "plain", "--jobs", "3")
    assert three.stdout == one.stdout
    assert three.stdout.count("\n") > 50


def test_spawn_start_method_gives_the_same_report(corpus: Path) -> None:
    assert report_json(corpus, jobs=2, start_method="spawn") == report_json(corpus, jobs=1)


def test_report_keeps_discovery_order_of_documents_and_warnings(corpus: Path) -> None:
    sources = list(discover([str(corpus)]))
    report = run_scan(sources, project_claims(), jobs=2)
    readable = [d for _, d in sources if not d.endswith("blob.txt")]
    assert [d.path for d in report.documents] == readable


def test_a_pool_starts_only_for_enough_documents(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    real = parallel.PoolRunner

    def counting(*args: object, **kwargs: object) -> parallel.PoolRunner:
        started.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "PoolRunner", counting)
    sources = list(discover([str(corpus)]))
    run_scan(sources[: MIN_PARALLEL - 1], project_claims(), jobs=4)
    assert started == []  # small input: in-process, no pool
    run_scan(sources, project_claims(), jobs=2)
    assert started == [1]


class FakeHandle:
    def __init__(self, runner: FakeRunner, items: list[Item]) -> None:
        self.runner, self.items = runner, items

    def result(self) -> list[tuple[None, tuple[str, ...]]]:
        self.runner.live.remove(self)
        return [(None, (item.display,)) for item in self.items]


class FakeRunner:
    """Records the chunks it is given and how many were in flight at once."""

    window = 3

    def __init__(self) -> None:
        self.live: list[FakeHandle] = []
        self.peak = 0
        self.chunks: list[list[Item]] = []

    def submit(self, items: list[Item]) -> FakeHandle:
        handle = FakeHandle(self, items)
        self.live.append(handle)
        self.chunks.append(items)
        self.peak = max(self.peak, len(self.live))
        return handle

    def close(self) -> None:
        pass


def test_pipeline_keeps_order_and_bounds_chunks_in_flight() -> None:
    fake = FakeRunner()
    pipeline = Pipeline(100, lambda: fake, lambda: fake, threshold=10, chunk=4)
    for i in range(100):
        pipeline.add(i, Item(f"doc{i}", b"text", "text"))
        assert len(pipeline._pending) < 10  # never holds more than a threshold's worth unsent
    outcomes = pipeline.finish()
    assert [o[1] for o in outcomes] == [(f"doc{i}",) for i in range(100)]
    assert fake.peak == FakeRunner.window
    assert [len(c) for c in fake.chunks] == [4] * 25


def test_chunk_size_and_jobs() -> None:
    assert chunk_size(120, 2) == 15
    assert chunk_size(100_000, 8) == parallel.MAX_CHUNK
    assert chunk_size(3, 2) == 1
    assert resolve_jobs(3) == 3
    assert resolve_jobs(None) >= 1


@pytest.mark.parametrize("jobs", ["0", "-2"])
def test_bad_jobs_is_a_usage_error(jobs: str) -> None:
    result = scan_cli(str(ROOT / "seeds"), "--jobs", jobs)
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "--jobs must be at least 1" in result.stderr


def test_unknown_executor_is_a_usage_error() -> None:
    result = scan_cli(str(ROOT / "seeds"), "--executor", "ray")
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "--executor must be one of local, dask" in result.stderr


def test_scheduler_without_dask_executor_is_a_usage_error() -> None:
    result = scan_cli(str(ROOT / "seeds"), "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == exitcodes.USAGE_ERROR
    assert "--scheduler needs --executor dask" in result.stderr


def test_stdin_is_scanned_in_its_place_with_jobs(corpus: Path) -> None:
    text = "Over 900 companies exhibited at the show.\n"
    result = runner.invoke(app, ["scan", "-", str(corpus), "--claims", CLAIMS, "--no-cache", "--format", "json",
                                 "--jobs", "2", "--fail-on", "never"], input=text)
    assert result.exit_code == exitcodes.OK
    data = json.loads(result.stdout)
    assert any(f["path"] == "<stdin>" for f in data["findings"])


# ------------------------------------------------------------------ progress


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("flag", "tty", "env", "wanted"),
    [
        (None, True, {}, True),
        (None, False, {}, False),
        (None, True, {"CI": "true"}, False),
        (None, True, {"CI": "1"}, False),
        (None, True, {"CI": ""}, True),
        (True, False, {"CI": "true"}, True),
        (False, True, {}, False),
    ],
)
def test_progress_is_shown_only_on_a_terminal_outside_ci(flag: bool | None, tty: bool, env: dict[str, str], wanted: bool) -> None:
    stream = FakeTTY() if tty else io.StringIO()
    assert progress_wanted(flag, stream, env) is wanted


def test_progress_bar_waits_for_its_delay_then_shows_and_goes() -> None:
    stream = FakeTTY()
    late = ScanProgress(stream, delay=3600)
    late(1, 10, 100)
    assert not late.shown
    bar = ScanProgress(stream, delay=0)
    bar(1, 10, 1_000_000)
    assert bar.shown
    bar(10, 10, 10_000_000)
    bar.close()
    assert not bar.shown


def test_progress_flags_are_accepted_and_a_quick_scan_prints_no_bar() -> None:
    for flag in ("--progress", "--no-progress"):
        result = scan_cli(str(ROOT / "seeds"), "--format", "plain", flag)
        assert result.exit_code == exitcodes.OK
        assert result.stderr == ""


def test_progress_callback_reaches_the_total(corpus: Path) -> None:
    calls: list[tuple[int, int, int]] = []
    run_scan(list(discover([str(corpus)])), project_claims(), jobs=2, progress=lambda *a: calls.append(a))
    assert calls[-1][0] == calls[-1][1] == 122
    assert calls[-1][2] == sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    assert [c[0] for c in calls] == sorted(c[0] for c in calls)


def test_default_jobs_is_the_available_cores() -> None:
    assert resolve_jobs(None) <= (os.cpu_count() or 1)


def test_results_pickle_to_equal_values_in_every_field() -> None:
    import dataclasses
    import pickle

    from factcheck.engine import Engine
    from factcheck.parallel import scan_item

    engine = Engine(project_claims())
    text = (ROOT / "seeds" / "004_b3bf865696324f2f.txt").read_bytes()
    result, _ = scan_item(engine, Item("seeds/004.txt", text, "text"))
    assert result is not None and result.findings and result.coverage
    back = pickle.loads(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    assert dataclasses.astuple(back) == dataclasses.astuple(result)  # Finding's == compares position only
    assert [type(f.verdict) for f in back.findings] == [type(f.verdict) for f in result.findings]
