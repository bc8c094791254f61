"""Time ``factcheck scan`` on generated corpora and print a Markdown table.

``python -m bench`` measures, in one run:

* factcheck's throughput (documents/s, MB/s) and peak memory at ``--jobs 1``
  and at the default number of jobs (``n/a`` when the CLI has no ``--jobs``);
* ``grep -rF -f PATTERNS DIR`` on the same documents as a floor (the patterns
  are the claims' subject phrases), and how many times slower factcheck is;
* how that scales with corpus size (default 1k, 5k and 20k documents with the
  project's own claims) and with claim count (10, 50 and 500 claims on 2k
  documents);
* the precision and recall of the findings, from the JSON report of the
  ``--jobs 1`` run scored against the corpus's ``expected.json``: a finding is
  correct when a wrong statement of that claim, with that verdict, stands on
  that line of that document (recall: the share of the wrong statements, those
  that differ or contradict, found so).

Every measurement runs the command under a fresh Python wrapper process, so
the wrapper's ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` is that one command's
peak RSS (of its largest process, workers included). On Linux the wrapper
also samples ``/proc`` for the summed RSS of the whole process tree, which is
what matters with several workers. Wall time is taken around the command
only, so it includes Python start-up and imports (shown separately above the
table) but not the wrapper's own start-up.

Corpora are cached in ``--workdir`` (default ``$TMPDIR/factcheck-bench``),
keyed by documents, claims, seed and a digest of the generator and the
project claims, so reruns do not regenerate them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench import corpus

REPO = Path(__file__).resolve().parent.parent
DEFAULT_WORKDIR = Path(tempfile.gettempdir()) / "factcheck-bench"
DEFAULT_SIZES = (1000, 5000, 20000)
DEFAULT_CLAIMS = (10, 50, 500)
DEFAULT_CLAIMS_DOCS = 2000
QUICK_SIZES = (200, 500, 1000)
QUICK_CLAIMS_DOCS = 500

# Run as ``python -c WRAPPER JSON_COMMAND``; prints one JSON object.
WRAPPER = r"""
import json, os, resource, subprocess, sys, threading, time

def tree_rss(root):
    # Summed RSS (KiB) of root and its descendants, from /proc.
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as f:
                    stat = f.read()
                parents[int(name)] = int(stat[stat.rindex(b")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, q in parents.items() if q == pid and p not in tree]
        tree.update(kids)
        frontier.extend(kids)
    total = 0
    for pid in tree:
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, ValueError, IndexError):
            pass
    return total

command = json.loads(sys.argv[1])
peak_tree = [None]
start = time.perf_counter()
child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
done = threading.Event()

def sample():
    if not os.path.isdir("/proc"):
        return
    peak = 0
    while True:
        peak = max(peak, tree_rss(child.pid))
        peak_tree[0] = peak
        if done.wait(0.1):
            break

sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
_, err = child.communicate()
wall = time.perf_counter() - start
done.set()
sampler.join()
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
scale = 1024 if sys.platform == "darwin" else 1  # ru_maxrss: bytes on macOS, KiB elsewhere
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
                  "maxrss_kib": usage.ru_maxrss // scale, "tree_rss_kib": peak_tree[0],
                  "returncode": child.returncode, "stderr": err.decode("utf-8", "replace")[-2000:]}))
"""


@dataclass(frozen=True)
class Corpus:
    """A generated corpus on disk."""

    docs: int
    claims: int
    seed: int
    root: Path
    bytes: int

    @property
    def docs_dir(self) -> Path:
        return self.root / "docs"

    @property
    def claims_file(self) -> Path:
        return self.root / "claims.yaml"

    @property
    def patterns_file(self) -> Path:
        return self.root / "patterns.txt"

    @property
    def expected_file(self) -> Path:
        return self.root / corpus.EXPECTED


@dataclass(frozen=True)
class Measurement:
    """One command's wall and CPU time (s), peak RSS of its largest process and of its tree (KiB)."""

    wall: float
    cpu: float
    maxrss_kib: int
    tree_rss_kib: int | None
    returncode: int
    stderr: str = ""


@dataclass
class Row:
    """One line of the results table."""

    scenario: str
    docs: int
    claims: int
    mb: float
    jobs: str
    seconds: float | None = None
    cpu_seconds: float | None = None
    docs_per_s: float | None = None
    mb_per_s: float | None = None
    peak_rss_mb: float | None = None
    tree_rss_mb: float | None = None
    grep_seconds: float | None = None
    vs_grep: float | None = None
    precision: float | None = None  # of the findings, against expected.json (--jobs 1 run only)
    recall: float | None = None
    flags_found: int | None = None  # findings
    flags_expected: int | None = None  # statements that differ or contradict
    flags_correct: int | None = None  # findings that are one of those, with its verdict and line
    note: str = ""


@dataclass(frozen=True)
class CliFeatures:
    """What the installed ``factcheck scan`` supports."""

    jobs: bool
    no_cache: bool


def log(message: str) -> None:
    """Progress goes to stderr; the table alone goes to stdout."""
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ corpora


def inputs_digest() -> str:
    """A digest of what a corpus depends on besides its arguments: the generator and the project claims."""
    h = hashlib.sha256()
    for path in (Path(corpus.__file__), corpus.PROJECT_CLAIMS):
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


def ensure_corpus(workdir: Path, docs: int, claims: int, seed: int) -> Corpus:
    """The cached corpus for these arguments, generated first if missing."""
    root = workdir / f"corpus-d{docs}-c{claims}-s{seed}-{inputs_digest()}"
    manifest = root / "manifest.json"
    if not manifest.exists():
        log(f"generating {docs} documents with {claims} claims in {root}")
        scratch = workdir / f".{root.name}.tmp{os.getpid()}"
        if scratch.exists():
            shutil.rmtree(scratch)
        corpus.generate(scratch, docs, claims, seed)
        if root.exists():  # a half-written corpus from an interrupted run
            shutil.rmtree(root)
        scratch.rename(root)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    found = Corpus(docs, claims, seed, root, int(data["bytes"]))
    if not found.patterns_file.exists():
        write_patterns(found)
    return found


def write_patterns(found: Corpus) -> None:
    """The claims' subject phrases, one per line, for ``grep -F -f``."""
    import yaml

    data = yaml.safe_load(found.claims_file.read_text(encoding="utf-8"))
    phrases: dict[str, None] = {}
    for claim in data["claims"]:
        for phrase in corpus._terms(claim["subject"]):
            phrases[phrase] = None
    found.patterns_file.write_text("".join(f"{p}\n" for p in phrases), encoding="utf-8")


# -------------------------------------------------------------- measuring


def measure(command: Sequence[str], cwd: Path = REPO) -> Measurement:
    """Run ``command`` in ``cwd`` under a fresh wrapper process and return what it measured."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-c", WRAPPER, json.dumps(list(command))], cwd=cwd, env=env,
                          capture_output=True, text=True, check=True)
    return Measurement(**json.loads(done.stdout))


def best_of(command: Sequence[str], runs: int, cwd: Path = REPO) -> Measurement:
    """The fastest of ``runs`` measurements (the noise in timings is one-sided)."""
    return min((measure(command, cwd) for _ in range(max(1, runs))), key=lambda m: m.wall)


def cli_features() -> CliFeatures:
    """Detect ``--jobs`` and ``--no-cache`` from ``factcheck scan --help``."""
    shown = subprocess.run([sys.executable, "-m", "factcheck", "scan", "--help"], cwd=REPO,
                           capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    text = shown.stdout + shown.stderr
    return CliFeatures(jobs="--jobs" in text, no_cache="--no-cache" in text)


def factcheck_command(found: Corpus, features: CliFeatures, jobs: int | None, output: str = os.devnull) -> list[str]:
    """The scan command line: JSON report to ``output`` (default /dev/null), never failing on findings."""
    command = [sys.executable, "-m", "factcheck", "scan", str(found.docs_dir), "--claims", str(found.claims_file),
               "--format", "json", "--output", output, "--fail-on", "never"]
    if features.no_cache:
        command.append("--no-cache")
    if jobs is not None and features.jobs:
        command += ["--jobs", str(jobs)]
    return command


Flag = tuple[str, str, str, int]  # document path relative to the corpus root, claim, verdict, line


def expected_flags(found: Corpus) -> set[Flag]:
    """What a correct scan flags: the statements in expected.json that are not consistent."""
    data = json.loads(found.expected_file.read_text(encoding="utf-8"))
    return {(path, s["claim"], s["verdict"], s["line"]) for path, statements in data.items()
            for s in statements if s["verdict"] != "consistent"}


def reported_flags(found: Corpus, report_file: Path) -> set[Flag]:
    """The findings of a JSON report of ``factcheck_command``, with paths as in expected.json."""
    prefix = str(found.docs_dir).replace(os.sep, "/").rstrip("/") + "/"  # the CLI reports "<path given>/<under it>"
    data = json.loads(report_file.read_text(encoding="utf-8"))
    flags = set()
    for f in data["findings"]:
        path = f["path"]
        flags.add(("docs/" + path[len(prefix):] if path.startswith(prefix) else path, f["claim"], f["verdict"], f["line"]))
    return flags


def score(row: Row, found: Corpus, report_file: Path) -> None:
    """Fill in the row's precision and recall from the report, against expected.json."""
    if not found.expected_file.exists():
        row.note = "no expected.json"
        return
    want, got = expected_flags(found), reported_flags(found, report_file)
    row.flags_expected, row.flags_found, row.flags_correct = len(want), len(got), len(want & got)
    row.precision = len(want & got) / len(got) if got else None
    row.recall = len(want & got) / len(want) if want else None


def grep_command(found: Corpus) -> list[str]:
    """The floor: a fixed-string search for every subject phrase, output discarded."""
    return ["grep", "-rF", "-f", str(found.patterns_file), str(found.docs_dir)]


def bench_corpus(scenario: str, found: Corpus, features: CliFeatures, repeat: int, grep_runs: int) -> list[Row]:
    """The rows for one corpus: factcheck at --jobs 1 and at the default jobs, against grep."""
    mb = found.bytes / 1e6
    grep: Measurement | None = None
    if shutil.which("grep"):
        measure(grep_command(found))  # warm the page cache
        grep = best_of(grep_command(found), grep_runs)
    rows = []
    for jobs in (1, None):
        label = "1" if jobs == 1 else "default"
        row = Row(scenario, found.docs, found.claims, mb, label)
        if jobs is None and not features.jobs:
            row.note = "no --jobs option"
            rows.append(row)
            continue
        log(f"{scenario}: factcheck --jobs {label} on {found.docs} docs, {found.claims} claims")
        # Run from the corpus, so no project config (.factcheck.yaml, pyproject.toml) applies.
        # The --jobs 1 run keeps its JSON report (outside the corpus), to be scored.
        with tempfile.TemporaryDirectory(prefix="factcheck-bench-report") as scratch:
            report_file = Path(scratch) / "report.json"
            output = str(report_file) if jobs == 1 else os.devnull
            result = best_of(factcheck_command(found, features, jobs, output), repeat, cwd=found.root)
            if result.returncode != 0:
                row.note = f"failed (exit {result.returncode})"
                log(f"factcheck failed: {result.stderr.strip()[-500:]}")
                rows.append(row)
                continue
            if jobs == 1:
                score(row, found, report_file)
        row.seconds = result.wall
        row.cpu_seconds = result.cpu
        row.docs_per_s = found.docs / result.wall
        row.mb_per_s = mb / result.wall
        row.peak_rss_mb = result.maxrss_kib / 1024
        row.tree_rss_mb = result.tree_rss_kib / 1024 if result.tree_rss_kib else None
        if grep is not None and grep.returncode in (0, 1):
            row.grep_seconds = grep.wall
            row.vs_grep = result.wall / grep.wall
        if jobs == 1 and not features.jobs:
            row.note = "serial (no --jobs option)"
        rows.append(row)
    return rows


# ---------------------------------------------------------------- reporting


def machine() -> dict[str, Any]:
    """Where the numbers were measured."""
    info: dict[str, Any] = {"platform": platform.platform(), "cpus": os.cpu_count(),
                            "python": platform.python_version()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--", "factcheck"],
                               capture_output=True, text=True, check=True).stdout.strip()
        info["factcheck_revision"] = rev + (" (factcheck/ has local changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        pass
    return info


def _fmt(value: float | None, spec: str) -> str:
    return "n/a" if value is None else format(value, spec)


def _share(value: float | None) -> str:
    """A share as a percentage, rounded down: "100%" only when nothing is missing."""
    if value is None:
        return "n/a"
    return "100%" if value >= 1 else f"{math.floor(value * 10000) / 100:.2f}%"


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table."""
    header = ["scenario", "docs", "claims", "MB", "jobs", "time (s)", "CPU (s)", "docs/s", "MB/s", "peak RSS (MB)",
              "tree RSS (MB)", "grep (s)", "factcheck/grep", "precision", "recall", "note"]
    lines = [header]
    for r in rows:
        lines.append([r.scenario, str(r.docs), str(r.claims), f"{r.mb:.1f}", r.jobs, _fmt(r.seconds, ".2f"), _fmt(r.cpu_seconds, ".2f"),
                      _fmt(r.docs_per_s, ".0f"), _fmt(r.mb_per_s, ".2f"), _fmt(r.peak_rss_mb, ".0f"),
                      _fmt(r.tree_rss_mb, ".0f"), _fmt(r.grep_seconds, ".3f"),
                      "n/a" if r.vs_grep is None else f"{r.vs_grep:.0f}x", _share(r.precision), _share(r.recall),
                      r.note])
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    numeric = [False, True, True, True, False, True, True, True, True, True, True, True, True, True, True, False]

    def render(cells: list[str]) -> str:
        return "| " + " | ".join(c.rjust(w) if n else c.ljust(w) for c, w, n in zip(cells, widths, numeric)) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if n else (":" + "-" * (w + 1)) for w, n in zip(widths, numeric)) + "|"
    return "\n".join([render(lines[0]), rule, *(render(line) for line in lines[1:])])


# -------------------------------------------------------------------- main


def _ints(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected comma-separated integers, not {text!r}") from None
    if not values or min(values) < 1:
        raise argparse.ArgumentTypeError(f"expected positive integers, not {text!r}")
    return values


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description="Benchmark factcheck scan on generated corpora.")
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke run: sizes {','.join(map(str, QUICK_SIZES))}, claims on {QUICK_CLAIMS_DOCS} docs")
    parser.add_argument("--sizes", type=_ints, help="corpus sizes in documents, with the project's claims "
                        f"(default {','.join(map(str, DEFAULT_SIZES))})")
    parser.add_argument("--claims", type=_ints, help=f"claim counts (default {','.join(map(str, DEFAULT_CLAIMS))})")
    parser.add_argument("--claims-docs", type=int, help=f"documents in the claim-count corpora (default {DEFAULT_CLAIMS_DOCS})")
    parser.add_argument("--seed", type=int, default=0, help="corpus seed (default 0)")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR, help=f"corpus cache (default {DEFAULT_WORKDIR})")
    parser.add_argument("--repeat", type=int, default=1, help="factcheck runs per measurement; the best is kept")
    parser.add_argument("--grep-runs", type=int, default=3, help="grep runs per corpus; the best is kept (default 3)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON")
    args = parser.parse_args(argv)
    args.sizes = args.sizes or (QUICK_SIZES if args.quick else DEFAULT_SIZES)
    args.claims = args.claims or DEFAULT_CLAIMS
    args.claims_docs = args.claims_docs or (QUICK_CLAIMS_DOCS if args.quick else DEFAULT_CLAIMS_DOCS)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the machine, the start-up cost and the table."""
    args = parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    features = cli_features()
    own = len(corpus.project_claims())
    startup = best_of([sys.executable, "-m", "factcheck", "--version"], 3)
    plan = [(f"size, {own} project claims", docs, own) for docs in args.sizes]
    plan += [(f"claims, {args.claims_docs} docs", args.claims_docs, n) for n in args.claims]
    rows: list[Row] = []
    done: dict[tuple[int, int], list[Row]] = {}
    for scenario, docs, n_claims in plan:
        if (docs, n_claims) not in done:
            found = ensure_corpus(args.workdir, docs, n_claims, args.seed)
            done[docs, n_claims] = bench_corpus(scenario, found, features, args.repeat, args.grep_runs)
        rows += [Row(**{**asdict(r), "scenario": scenario}) for r in done[docs, n_claims]]
    info = machine()
    print(f"machine: {info['platform']}; {info['cpus']} CPUs" + (f" ({info['cpu']})" if "cpu" in info else "")
          + f"; Python {info['python']}")
    if "factcheck_revision" in info:
        print(f"factcheck: {info['factcheck_revision']}")
    print(f"factcheck scan options: --jobs {'yes' if features.jobs else 'no'}, "
          f"--no-cache {'yes' if features.no_cache else 'no'}; "
          f"start-up (`python -m factcheck --version`): {startup.wall:.2f} s")
    print("MB = 10^6 bytes of documents; time = wall clock incl. start-up; CPU = user+sys of the scan; "
          "peak RSS = largest single process (ru_maxrss); tree RSS = sampled sum over the process tree; "
          "precision, recall = of the --jobs 1 findings against expected.json (right claim, verdict and line)\n")
    print(table(rows))
    if args.json:
        payload = {"machine": info, "features": asdict(features), "startup_seconds": startup.wall,
                   "seed": args.seed, "rows": [asdict(r) for r in rows]}
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0 if all(not r.note.startswith("failed") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
