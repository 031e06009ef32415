"""Load-test the real server against a bare FastAPI baseline with wrk.

A benchmark, not a test: it prints what it measured and a verdict against the targets in
the architecture notes, and exits 0 whether the targets are met or not (1 only when a
server cannot be started or wrk cannot be had). See bench/README.md.

Run from anywhere: ``.venv/bin/python bench/run.py [--duration 10] [--only LABEL]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Literal

DESCRIPTION = "Load-test the real server against a bare FastAPI baseline with wrk."
REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT / "bench"
RESULTS_DIR = BENCH_DIR / "results"  # git-ignored; also holds the servers' logs
RESULTS_FILE = RESULTS_DIR / "latest.md"
HOST = "127.0.0.1"
READY_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 10.0
WARMUP_SECONDS = 2
REQUEST_TIMEOUT_SECONDS = 10.0

# Targets from the architecture notes.
MIN_RATIO = 0.8
MAX_P99_MS = 10.0
MAX_RSS_MB = 150.0

BASELINE = "baseline"
REVALIDATION = "304 revalidation"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True, slots=True)
class Target:
    label: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    server: Literal["api", "baseline"] = "api"
    expected_status: int = 200
    vary: bool = False
    """``path`` holds ``__N__``: every request gets a new number, so none is a cache hit."""

    def sample_path(self) -> str:
        return self.path.replace("__N__", "0") if self.vary else self.path


@dataclass(frozen=True, slots=True)
class WrkParams:
    threads: int
    connections: int
    duration: int


@dataclass(frozen=True, slots=True)
class WrkResult:
    requests: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    bad_status: int
    socket_errors: dict[str, int]

    @property
    def error_count(self) -> int:
        return self.bad_status + sum(self.socket_errors.values())

    def describe_errors(self) -> str:
        if not self.error_count:
            return "0"
        parts = [f"{self.bad_status} non-2xx/3xx"] if self.bad_status else []
        parts += [f"{n} {kind}" for kind, n in self.socket_errors.items() if n]
        return "⚠ " + ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Outcome:
    target: Target
    result: WrkResult | None = None
    skipped: str | None = None  # why it was not loaded


@dataclass(frozen=True, slots=True)
class Memory:
    rss_mb: float
    peak_mb: float
    processes: int


@dataclass(slots=True)
class Server:
    name: str
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path


@dataclass(frozen=True, slots=True)
class Report:
    params: WrkParams
    outcomes: list[Outcome]
    api_memory_start: Memory
    api_memory_after: Memory
    baseline_memory: Memory


class BenchError(Exception):
    """Something that stops the run (a server that would not start, no wrk)."""


def default_targets() -> list[Target]:
    return [
        Target(BASELINE, "/", server="baseline"),
        Target("point by code", "/v1/points/ST36"),
        Target("point by alias", "/v1/points/Zu%20San%20Li"),
        Target("points by condition", "/v1/points?condition=lower-back-pain"),
        Target("points by symptom text", "/v1/points?symptom=sore%20calves%20after%20running"),
        Target("search", "/v1/search?q=zusanli"),
        Target(REVALIDATION, "/v1/points/ST36", expected_status=304),
        Target("symptom text, uncached", "/v1/points?symptom=sore%20calves%20__N__", vary=True),
        Target("search, uncached", "/v1/search?q=zusanli__N__", vary=True),
    ]


# --------------------------------------------------------------------------- wrk


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() != 0:
        raise BenchError("wrk is not installed: install it (apt-get install wrk) and run again.")
    print("wrk not found; installing it with apt-get …", flush=True)
    if _apt_install_wrk() != 0:
        subprocess.run(["apt-get", "update"], check=False, stdout=subprocess.DEVNULL)
        _apt_install_wrk()
    found = shutil.which("wrk")
    if not found:
        raise BenchError("wrk is not installed and apt-get could not install it.")
    return found


def _apt_install_wrk() -> int:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "wrk"]
    return subprocess.run(command, check=False, env=env, stdout=subprocess.DEVNULL).returncode


def wrk_version(wrk: str) -> str:
    # `wrk -v` prints its version and a usage text, and exits 1.
    done = subprocess.run([wrk, "-v"], capture_output=True, text=True, check=False)
    first_line = (done.stdout or done.stderr).strip().splitlines()
    return first_line[0].split(" Copyright")[0] if first_line else "wrk (unknown version)"


def wrk_command(
    wrk: str, params: WrkParams, url: str, headers: dict[str, str], duration: int
) -> list[str]:
    command = [wrk, f"-t{params.threads}", f"-c{params.connections}", f"-d{duration}s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    return [*command, "--latency", url]


# Each wrk thread has its own Lua state: numbering from the thread's own offset keeps
# the paths of all threads distinct.
VARYING_PATH_LUA = """
local counter = 0
local offset = 0
function setup(thread)
  thread:set("offset", math.random(1, 1000) * 10000000)
end
function init(args)
  offset = tonumber(wrk.thread:get("offset")) or 0
end
function request()
  counter = counter + 1
  local path = string.gsub(wrk.path, "__N__", tostring(offset + counter))
  return wrk.format(nil, path)
end
"""


def run_wrk(
    wrk: str, params: WrkParams, url: str, headers: dict[str, str], *, vary: bool = False
) -> WrkResult:
    script: list[str] = []
    if vary:
        lua = Path(tempfile.mkdtemp(prefix="acupoint-bench-")) / "vary.lua"
        lua.write_text(VARYING_PATH_LUA, encoding="utf-8")
        script = ["-s", str(lua)]
    warmup = [*wrk_command(wrk, params, url, headers, WARMUP_SECONDS), *script]
    subprocess.run(warmup, capture_output=True, check=False)
    command = [*wrk_command(wrk, params, url, headers, params.duration), *script]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"wrk failed ({done.returncode}): {done.stderr.strip()}")
    return parse_wrk(done.stdout)


_TIME_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}


def _to_ms(value: str, unit: str) -> float:
    return float(value) * _TIME_UNITS_MS[unit]


def _percentile_ms(output: str, percent: str) -> float:
    found = re.search(rf"^\s*{percent}%\s+([\d.]+)(us|ms|s|m|h)\s*$", output, re.MULTILINE)
    if not found:
        raise BenchError(f"no {percent}% latency in wrk's output:\n{output}")
    return _to_ms(found[1], found[2])


def parse_wrk(output: str) -> WrkResult:
    rate = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    total = re.search(r"^\s*(\d+) requests in ", output, re.MULTILINE)
    if not rate or not total:
        raise BenchError(f"cannot read wrk's output:\n{output}")
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    kinds = ("connect", "read", "write", "timeout")
    return WrkResult(
        requests=int(total[1]),
        requests_per_second=float(rate[1]),
        p50_ms=_percentile_ms(output, "50"),
        p99_ms=_percentile_ms(output, "99"),
        bad_status=int(bad[1]) if bad else 0,
        socket_errors={k: int(sockets[i + 1]) if sockets else 0 for i, k in enumerate(kinds)},
    )


# --------------------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


def http_status(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str]]:
    """One GET; the status (any, 3xx/4xx/5xx included) and the response headers."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_SECONDS) as response:
            response.read()
            return response.status, dict(response.headers.items())
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items())


def prepare_database(env: dict[str, str]) -> None:
    for step in ("migrate", "seed"):
        done = subprocess.run(
            [sys.executable, "-m", "app", step],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise BenchError(f"`python -m app {step}` failed:\n{done.stdout}{done.stderr}")
        print(f"  {step}: {done.stdout.strip().splitlines()[0] if done.stdout.strip() else 'ok'}")


def start_server(
    name: str, command: list[str], env: dict[str, str], port: int, log_dir: Path
) -> Server:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    return Server(name, process, f"http://{HOST}:{port}", log_path)


def wait_ready(server: Server, path: str) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_SECONDS
    last = "no answer"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise BenchError(_server_failed(server, f"exited with {server.process.returncode}"))
        try:
            status, _ = http_status(server.base_url + path)
        except OSError as error:
            last = type(error).__name__
        else:
            if status == 200:
                return
            last = f"status {status}"
        time.sleep(0.2)
    raise BenchError(
        _server_failed(server, f"{path} not 200 after {READY_TIMEOUT_SECONDS:.0f} s ({last})")
    )


def _server_failed(server: Server, why: str) -> str:
    log = server.log_path.read_text(errors="replace")[-3000:]
    return f"the {server.name} server {why}. Its log ends:\n{log}"


def stop_server(server: Server) -> None:
    if server.process.poll() is not None:
        return
    server.process.send_signal(signal.SIGINT)
    try:
        server.process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        print(f"  the {server.name} server ignored SIGINT for 10 s; killing it")
        server.process.kill()
        server.process.wait()


@contextmanager
def running(
    name: str, command: list[str], env: dict[str, str], port: int, log_dir: Path, ready: str
) -> Iterator[Server]:
    server = start_server(name, command, env, port, log_dir)
    try:
        wait_ready(server, ready)
        yield server
    finally:
        stop_server(server)


# --------------------------------------------------------------------------- memory


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields start after the last ")".
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == pid:
            found.append(int(entry.name))
    return found


def process_tree(pid: int) -> list[int]:
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending += _children(current)
    return tree


def _status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1])
    return 0


def memory_of(pid: int) -> Memory:
    tree = process_tree(pid)
    rss = sum(_status_kb(p, "VmRSS") for p in tree)
    peak = sum(_status_kb(p, "VmHWM") for p in tree)
    return Memory(rss / 1024, peak / 1024, len(tree))


# --------------------------------------------------------------------------- running


def check_target(server: Server, target: Target) -> tuple[dict[str, str], str | None]:
    """The headers to load the target with, or why it must be skipped."""
    headers = dict(target.headers)
    url = server.base_url + target.sample_path()
    if target.label == REVALIDATION:
        status, response_headers = http_status(url)
        etag = {k.lower(): v for k, v in response_headers.items()}.get("etag")
        if status != 200 or not etag:
            return headers, f"skipped (status {status}{'' if etag else ', no ETag'})"
        headers["If-None-Match"] = etag
    status, _ = http_status(url, headers)
    if status != target.expected_status:
        return headers, f"skipped (status {status})"
    return headers, None


def load_target(wrk: str, params: WrkParams, server: Server, target: Target) -> Outcome:
    try:
        headers, skipped = check_target(server, target)
    except OSError as error:
        headers, skipped = {}, f"skipped ({type(error).__name__}: {error})"
    if skipped:
        log = server.log_path.relative_to(REPO_ROOT)
        print(f"  {target.label:<24} {skipped}; server log: {log}", flush=True)
        return Outcome(target, skipped=skipped)
    print(f"  {target.label:<24} {target.path} …", end=" ", flush=True)
    try:
        result = run_wrk(wrk, params, server.base_url + target.path, headers, vary=target.vary)
    except BenchError as error:
        print(error, flush=True)
        return Outcome(target, skipped=f"not measured ({error})")
    print(f"{result.requests_per_second:,.0f} req/s, p99 {result.p99_ms:.2f} ms", flush=True)
    return Outcome(target, result=result)


def bench(args: argparse.Namespace) -> Report:
    wrk = ensure_wrk()
    params = WrkParams(args.threads, args.connections, args.duration)
    # The baseline always runs: every ratio is to it.
    wanted = {BASELINE, *(args.only or [])}
    targets = [t for t in default_targets() if not args.only or t.label in wanted]
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="acupoint-bench-")))
        env = {**os.environ, "ACUPOINT_DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}"}
        # Rate limits stay on, so their cost is measured, with a quota wrk cannot exhaust.
        env["ACUPOINT_RATE_LIMIT_ANONYMOUS"] = "1000000000/minute"
        print(f"database: {tmp / 'bench.sqlite3'}")
        prepare_database(env)
        api_port, base_port = free_port(), free_port()
        api_command = [sys.executable, "-m", "app", "serve", "--host", HOST]
        api_command += ["--port", str(api_port), "--workers", "1"]
        base_command = [sys.executable, str(BENCH_DIR / "baseline_app.py")]
        base_command += ["--host", HOST, "--port", str(base_port)]
        api = stack.enter_context(
            running("api", api_command, env, api_port, RESULTS_DIR, "/readyz")
        )
        base = stack.enter_context(
            running("baseline", base_command, env, base_port, RESULTS_DIR, "/")
        )
        print(
            f"servers: api {api.base_url} (pid {api.process.pid}), "
            f"baseline {base.base_url} (pid {base.process.pid})"
        )
        memory_start = memory_of(api.process.pid)
        print(
            f"wrk: -t{params.threads} -c{params.connections} -d{params.duration}s "
            f"(after a {WARMUP_SECONDS} s warm-up per target)"
        )
        outcomes = [
            load_target(wrk, params, base if t.server == "baseline" else api, t) for t in targets
        ]
        return Report(
            params, outcomes, memory_start, memory_of(api.process.pid), memory_of(base.process.pid)
        )


# --------------------------------------------------------------------------- report


def baseline_rate(outcomes: Sequence[Outcome]) -> float | None:
    for outcome in outcomes:
        if outcome.target.label == BASELINE and outcome.result:
            return outcome.result.requests_per_second
    return None


def table(outcomes: Sequence[Outcome]) -> str:
    base = baseline_rate(outcomes)
    lines = [
        "| endpoint | requests/s | p50 | p99 | ratio to baseline | errors |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for outcome in outcomes:
        name = f"{outcome.target.label} (`{outcome.target.path}`)"
        result = outcome.result
        if result is None:
            lines.append(f"| {name} | {outcome.skipped} | – | – | – | – |")
            continue
        ratio = f"{result.requests_per_second / base:.2f}×" if base else "n/a"
        lines.append(
            f"| {name} | {result.requests_per_second:,.0f} | {result.p50_ms:.2f} ms "
            f"| {result.p99_ms:.2f} ms | {ratio} | {result.describe_errors()} |"
        )
    return "\n".join(lines)


def _mark(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def _ratio_line(measured: Sequence[WrkResult], base: float | None) -> str:
    criterion = f"- throughput ≥ {MIN_RATIO}× baseline:"
    if base is None:
        return f"{criterion} n/a (baseline not measured)"
    if not measured:
        return f"{criterion} n/a (no endpoint measured)"
    worst = min(r.requests_per_second / base for r in measured)
    return f"{criterion} {_mark(worst >= MIN_RATIO)} (worst {worst:.2f}×)"


def _p99_line(measured: Sequence[WrkResult]) -> str:
    criterion = f"- p99 < {MAX_P99_MS:.0f} ms:"
    if not measured:
        return f"{criterion} n/a (no endpoint measured)"
    worst = max(r.p99_ms for r in measured)
    return f"{criterion} {_mark(worst < MAX_P99_MS)} (worst {worst:.2f} ms)"


def verdict(report: Report) -> list[str]:
    """The targets apply to the named endpoints; the uncached rows are reported beside them."""
    endpoints = [o for o in report.outcomes if o.target.label != BASELINE and not o.target.vary]
    measured = [o.result for o in endpoints if o.result]
    skipped = [o.target.label for o in endpoints if not o.result]
    note = f"{len(measured)} of {len(endpoints)} endpoints measured" + (
        f"; not measured: {', '.join(skipped)}" if skipped else ""
    )
    rss = report.api_memory_after.rss_mb
    errors = sum(r.error_count for r in measured)
    uncached = [o for o in report.outcomes if o.target.vary and o.result]
    return [
        f"Verdict on the target endpoints ({note}; uncached rows not included):",
        _ratio_line(measured, baseline_rate(report.outcomes)),
        _p99_line(measured),
        f"- RSS < {MAX_RSS_MB:.0f} MB: {_mark(rss < MAX_RSS_MB)} ({rss:.1f} MB)",
        f"- no errors under load: {_mark(errors == 0)} ({errors} errors)",
        *(
            f"- for reference, {o.target.label}: {o.result.requests_per_second:,.0f} req/s, "
            f"p99 {o.result.p99_ms:.1f} ms (every request a different query)"
            for o in uncached
            if o.result
        ),
    ]


def memory_lines(report: Report) -> list[str]:
    start, after, base = report.api_memory_start, report.api_memory_after, report.baseline_memory
    procs = "1 process" if after.processes == 1 else f"{after.processes} processes, summed"
    return [
        f"API server RSS after the load: {after.rss_mb:.1f} MB ({procs}; "
        f"{start.rss_mb:.1f} MB after start-up, peak {after.peak_mb:.1f} MB)",
        f"Baseline server RSS after the load: {base.rss_mb:.1f} MB",
    ]


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def git_commit() -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() or "unknown"


def context_lines(params: WrkParams, wrk: str) -> list[str]:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return [
        f"- date: {now}; commit {git_commit()} (work tree as it was, edits included)",
        f"- machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}; {platform.platform()}",
        f"- Python {platform.python_version()}, FastAPI {_version('fastapi')}, "
        f"uvicorn {_version('uvicorn')}; {wrk_version(wrk)}",
        f"- wrk -t{params.threads} -c{params.connections} -d{params.duration}s --latency, "
        f"after a {WARMUP_SECONDS} s warm-up per target, from a second process on the same "
        "machine; both servers: uvicorn, 1 worker, uvloop, httptools, no access log; "
        "the API on a fresh SQLite database, migrated and seeded",
    ]


def render(report: Report) -> str:
    body = [table(report.outcomes), "", *memory_lines(report), "", *verdict(report)]
    return "\n".join(body)


def write_results(report: Report, text: str) -> None:
    wrk = shutil.which("wrk") or "wrk"
    document = ["# Benchmark: latest results", "", *context_lines(report.params, wrk), "", text]
    RESULTS_FILE.write_text("\n".join(document) + "\n")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    labels = [t.label for t in default_targets()]
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    parser.add_argument("--duration", type=int, default=10, help="seconds per target (10)")
    parser.add_argument("--connections", type=int, default=32, help="open connections (32)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument(
        "--only",
        action="append",
        choices=labels,
        metavar="LABEL",
        help=f"load only this target (repeatable; the baseline always runs): {', '.join(labels)}",
    )
    args = parser.parse_args(argv)
    if args.connections < args.threads:
        parser.error("--connections must be at least --threads")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        report = bench(args)
    except BenchError as error:
        print(f"\nbenchmark aborted: {error}", file=sys.stderr)
        return 1
    text = render(report)
    print("\n" + text)
    write_results(report, text)
    print(f"\nwritten to {RESULTS_FILE.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
