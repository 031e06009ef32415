"""Load-test the real server against a bare FastAPI baseline with wrk.

A benchmark, not a test: it prints what it measured and a verdict against the targets in
the architecture notes, and exits 0 whether the targets are met or not (1 only when a
server cannot be started or wrk cannot be had). See bench/README.md.

Run from anywhere: ``.venv/bin/python bench/run.py [--duration 10] [--only LABEL]``;
``--points 10000`` compares the catalog with a synthetic one of that size instead.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Literal

from writes import percentile, run_writes

DESCRIPTION = "Load-test the real server against a bare FastAPI baseline with wrk."
REPO_ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_ROOT / "bench"
RESULTS_DIR = BENCH_DIR / "results"  # git-ignored; also holds the servers' logs
RESULTS_FILE = RESULTS_DIR / "latest.md"
SCALE_RESULTS_FILE = RESULTS_DIR / "latest-scale.md"
HOST = "127.0.0.1"
READY_TIMEOUT_SECONDS = 60.0
STOP_TIMEOUT_SECONDS = 10.0
WARMUP_SECONDS = 2
REQUEST_TIMEOUT_SECONDS = 10.0

# Targets from the architecture notes.
MIN_RATIO = 0.8
MIN_UNCACHED_RATIO = 0.5
"""Uncached search and symptom queries (every request a new query) against the baseline."""
MAX_P99_MS = 10.0
MAX_RSS_MB = 150.0
MIN_WORKERS_RATIO = 1.7
"""Two workers against one, on the same cached read."""
MAX_METRICS_COST_PERCENT = 10.0
"""Throughput a cached read loses to the metrics (off against on, in the same run)."""
METRICS_ROUNDS = 3
"""Loads of each server, taken in turn (off, on, off, …); the median of each is compared."""
MAX_SCALE_LATENCY_RATIO = 2.0
"""Search and symptom queries at the larger size, against the catalog's size."""
FLAT_LATENCY_RATIO = 1.25
"""Lookups at the larger size: "flat", give or take this machine's noise."""

BASELINE = "baseline"
REVALIDATION = "304 revalidation"
EXPORT = "export"
WRITE = "curator write"
METRICS_COST = "metrics cost"
UNLIMITED = "1000000000/minute"
"""A quota wrk cannot use up: limits stay on, so their cost is measured."""


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
    kind: Literal["wrk", "write", "metrics"] = "wrk"
    """``write``: loaded by writes.py (GET for the ETag, then PATCH), not by wrk;
    ``metrics``: loaded by wrk on two servers, metrics off and on, in turn."""
    key: Literal["partner", "curator"] | None = None
    """Sent as ``Authorization: Bearer`` with a key of this role made for the run."""
    connections: int | None = None
    """Fewer connections than the run's, for a slow target (else wrk's 2 s timeouts)."""
    workers: int = 1
    compare_to: str | None = None
    """The one-worker target a two-worker one is compared with."""
    rate_storage: str | None = None
    """``ACUPOINT_RATE_LIMIT_STORAGE`` for its server (None: ``auto``, the database with
    several workers, one SQLite upsert per request)."""

    @property
    def is_hot_read(self) -> bool:
        """One of the public reads the verdict's targets apply to."""
        return self.kind == "wrk" and self.key is None and self.workers == 1 and not self.vary

    def sample_path(self) -> str:
        return self.path.replace("__N__", "0") if self.vary else self.path


@dataclass(frozen=True, slots=True)
class WrkParams:
    threads: int
    connections: int
    duration: int
    write_clients: int = 2


@dataclass(frozen=True, slots=True)
class WrkResult:
    requests: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    bad_status: int
    socket_errors: dict[str, int]
    server_cores: float | None = None
    """CPU the server's processes used during the run, in cores (1.0 = one core busy)."""

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
    workers_memory: Memory | None = None
    api_memory_final: Memory | None = None
    """After the export and write rows too (they rebuild the read model)."""


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
        Target(EXPORT, "/v1/export?format=json", key="partner", connections=4),
        Target(WRITE, "/v1/curation/tips/stay-hydrated", key="curator", kind="write"),
        Target(METRICS_COST, "/v1/points/ST36", kind="metrics"),
        # Counted in memory, per process, to see what the workers themselves add; the
        # quotas are out of reach either way.
        Target(
            "2 workers: point by code",
            "/v1/points/ST36",
            workers=2,
            compare_to="point by code",
            rate_storage="memory",
        ),
        Target(
            "2 workers: search",
            "/v1/search?q=zusanli",
            workers=2,
            compare_to="search",
            rate_storage="memory",
        ),
        Target(
            "2 workers: symptom text, uncached",
            "/v1/points?symptom=sore%20calves%20__N__",
            vary=True,
            workers=2,
            compare_to="symptom text, uncached",
            rate_storage="memory",
        ),
        Target(
            "2 workers, counters in the database: point by code",
            "/v1/points/ST36",
            workers=2,
            compare_to="point by code",
        ),
    ]


def scale_targets() -> list[Target]:
    """Loaded at both sizes, with the response cache off, so every answer is computed."""
    return [
        Target("point by code", "/v1/points/ST36"),
        Target("point by alias", "/v1/points/Zu%20San%20Li"),
        Target("search", "/v1/search?q=zusanli"),
        Target("symptom text, varied", "/v1/points?symptom=sore%20calves%20__N__", vary=True),
    ]


LOOKUPS = frozenset({"point by code", "point by alias"})


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


# Each wrk thread has its own Lua state and numbers its own requests: the thread's number
# keeps the paths of all threads distinct, and the run's own prefix (a script argument)
# keeps them distinct from every earlier run's, the warm-up's included.
VARYING_PATH_LUA = """
local threads = 0
local counter = 0
local prefix = ""
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
function init(args)
  prefix = (args[1] or "") .. tostring(wrk.thread:get("id") or 0) .. "n"
end
function request()
  counter = counter + 1
  local path = string.gsub(wrk.path, "__N__", prefix .. tostring(counter))
  return wrk.format(nil, path)
end
"""


def run_wrk(
    wrk: str,
    params: WrkParams,
    url: str,
    headers: dict[str, str],
    *,
    vary: bool = False,
    server_pid: int | None = None,
) -> WrkResult:
    script: list[str] = []
    if vary:
        lua = Path(tempfile.mkdtemp(prefix="acupoint-bench-")) / "vary.lua"
        lua.write_text(VARYING_PATH_LUA, encoding="utf-8")
        script = ["-s", str(lua)]

    def run_prefix() -> list[str]:
        return ["--", secrets.token_hex(2)] if vary else []

    warmup = [*wrk_command(wrk, params, url, headers, WARMUP_SECONDS), *script, *run_prefix()]
    subprocess.run(warmup, capture_output=True, check=False)
    command = [*wrk_command(wrk, params, url, headers, params.duration), *script, *run_prefix()]
    cpu_before = cpu_seconds(server_pid) if server_pid else 0.0
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"wrk failed ({done.returncode}): {done.stderr.strip()}")
    result = parse_wrk(done.stdout)
    if server_pid:
        used = cpu_seconds(server_pid) - cpu_before
        result = dataclasses.replace(result, server_cores=used / params.duration)
    return result


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


def create_key(env: dict[str, str], role: str) -> str:
    """A new key of ``role`` in the bench database (``python -m app keys create``)."""
    command = [sys.executable, "-m", "app", "keys", "create", "--role", role]
    command += ["--name", f"bench-{role}"]
    done = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, check=False
    )
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise BenchError(f"`python -m app keys create` failed:\n{done.stdout}{done.stderr}")
    return lines[-1].strip()


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


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process and its children, so far."""
    ticks = 0
    for member in process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def memory_of(pid: int) -> Memory:
    tree = process_tree(pid)
    rss = sum(_status_kb(p, "VmRSS") for p in tree)
    peak = sum(_status_kb(p, "VmHWM") for p in tree)
    return Memory(rss / 1024, peak / 1024, len(tree))


# --------------------------------------------------------------------------- running


def check_target(
    server: Server, target: Target, keys: dict[str, str]
) -> tuple[dict[str, str], str | None]:
    """The headers to load the target with, or why it must be skipped."""
    headers = dict(target.headers)
    if target.key:
        headers["Authorization"] = f"Bearer {keys[target.key]}"
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


def load_target(
    wrk: str, params: WrkParams, server: Server, target: Target, keys: dict[str, str]
) -> Outcome:
    try:
        headers, skipped = check_target(server, target, keys)
    except OSError as error:
        headers, skipped = {}, f"skipped ({type(error).__name__}: {error})"
    if skipped:
        log = server.log_path.relative_to(REPO_ROOT)
        print(f"  {target.label:<24} {skipped}; server log: {log}", flush=True)
        return Outcome(target, skipped=skipped)
    print(f"  {target.label:<24} {target.path} …", end=" ", flush=True)
    try:
        if target.kind == "write":
            result = load_writes(params, server, keys[target.key or "curator"])
        else:
            if target.connections:
                connections = min(params.connections, target.connections)
                params = WrkParams(min(params.threads, connections), connections, params.duration)
            url = server.base_url + target.path
            pid = server.process.pid
            result = run_wrk(wrk, params, url, headers, vary=target.vary, server_pid=pid)
    except BenchError as error:
        print(error, flush=True)
        return Outcome(target, skipped=f"not measured ({error})")
    print(f"{result.requests_per_second:,.0f} req/s, p99 {result.p99_ms:.2f} ms", flush=True)
    return Outcome(target, result=result)


def load_writes(params: WrkParams, server: Server, key: str) -> WrkResult:
    clients = max(1, params.write_clients)
    run_writes(server.base_url, key, clients, WARMUP_SECONDS)
    tally, elapsed = run_writes(server.base_url, key, clients, params.duration)
    return WrkResult(
        requests=len(tally.latencies_ms),
        requests_per_second=len(tally.latencies_ms) / elapsed,
        p50_ms=percentile(tally.latencies_ms, 50),
        p99_ms=percentile(tally.latencies_ms, 99),
        bad_status=tally.bad_status,
        socket_errors={"read": tally.socket_errors},
    )


def bench_env(database: Path) -> dict[str, str]:
    env = {**os.environ, "ACUPOINT_DATABASE_URL": f"sqlite:///{database}"}
    # Rate limits stay on, so their cost is measured, with quotas the load cannot exhaust.
    for role in ("ANONYMOUS", "PARTNER", "CURATOR"):
        env[f"ACUPOINT_RATE_LIMIT_{role}"] = UNLIMITED
    return env


def metrics_cost(wrk: str, params: WrkParams, env: dict[str, str], target: Target) -> list[Outcome]:
    """The same cached read on two one-worker servers, metrics off and on, loaded in turn
    (off, on, off, …) so that the machine's drift falls on both alike; each side's median
    run is reported."""
    runs: dict[bool, list[WrkResult]] = {False: [], True: []}
    with ExitStack() as stack:
        servers = {}
        for enabled in (False, True):
            port = free_port()
            name = f"api-metrics-{'on' if enabled else 'off'}"
            server_env = {**env, "ACUPOINT_METRICS_ENABLED": str(enabled).lower()}
            servers[enabled] = stack.enter_context(
                running(name, api_command(port, 1), server_env, port, RESULTS_DIR, "/readyz")
            )
        print(f"  {target.label:<24} {target.path}, metrics off and on, {METRICS_ROUNDS} rounds …")
        for _ in range(METRICS_ROUNDS):
            for enabled in (False, True):
                url = servers[enabled].base_url + target.path
                runs[enabled].append(run_wrk(wrk, params, url, dict(target.headers)))
    outcomes = []
    for enabled in (False, True):
        ranked = sorted(runs[enabled], key=lambda result: result.requests_per_second)
        median = ranked[len(ranked) // 2]
        label = f"{target.label}: metrics {'on' if enabled else 'off'}"
        print(f"    {label}: {median.requests_per_second:,.0f} req/s (median)", flush=True)
        outcomes.append(Outcome(replace(target, label=label), result=median))
    return outcomes


def metrics_line(outcomes: Sequence[Outcome]) -> str | None:
    off = rate_of(outcomes, f"{METRICS_COST}: metrics off")
    on = rate_of(outcomes, f"{METRICS_COST}: metrics on")
    if off is None or on is None:
        return None
    cost = (off - on) / off * 100
    return (
        f"- metrics cost on a cached read ≤ {MAX_METRICS_COST_PERCENT:.0f} % of its throughput: "
        f"{_mark(cost <= MAX_METRICS_COST_PERCENT)} ({cost:.1f} %: {off:,.0f} req/s off, "
        f"{on:,.0f} req/s on, medians of {METRICS_ROUNDS} runs each)"
    )


def api_command(port: int, workers: int) -> list[str]:
    command = [sys.executable, "-m", "app", "serve", "--host", HOST]
    return [*command, "--port", str(port), "--workers", str(workers)]


def bench(args: argparse.Namespace) -> Report:
    wrk = ensure_wrk()
    params = WrkParams(args.threads, args.connections, args.duration, args.write_clients)
    # The baseline always runs: every ratio is to it.
    wanted = {BASELINE, *(args.only or [])}
    targets = [t for t in default_targets() if not args.only or t.label in wanted]
    one_worker = [t for t in targets if t.workers == 1]
    two_workers = [t for t in targets if t.workers == 2]
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="acupoint-bench-")))
        env = bench_env(tmp / "bench.sqlite3")
        print(f"database: {tmp / 'bench.sqlite3'}")
        prepare_database(env)
        roles = sorted({t.key for t in targets if t.key})
        keys: dict[str, str] = {role: create_key(env, role) for role in roles}
        api_port, base_port = free_port(), free_port()
        base_command = [sys.executable, str(BENCH_DIR / "baseline_app.py")]
        base_command += ["--host", HOST, "--port", str(base_port)]
        base = stack.enter_context(
            running("baseline", base_command, env, base_port, RESULTS_DIR, "/")
        )
        print(
            f"wrk: -t{params.threads} -c{params.connections} -d{params.duration}s "
            f"(after a {WARMUP_SECONDS} s warm-up per target)"
        )
        with running("api", api_command(api_port, 1), env, api_port, RESULTS_DIR, "/readyz") as api:
            print(
                f"servers: api {api.base_url} (pid {api.process.pid}), "
                f"baseline {base.base_url} (pid {base.process.pid})"
            )
            memory_start = memory_of(api.process.pid)
            reads = [t for t in one_worker if not t.key and t.kind != "metrics"]
            outcomes = [
                load_target(wrk, params, base if t.server == "baseline" else api, t, keys)
                for t in reads
            ]
            memory_after = memory_of(api.process.pid)
            outcomes += [load_target(wrk, params, api, t, keys) for t in one_worker if t.key]
            memory_final = memory_of(api.process.pid)
        for target in (t for t in one_worker if t.kind == "metrics"):
            outcomes += metrics_cost(wrk, params, env, target)
        workers_memory = None
        for storage in dict.fromkeys(t.rate_storage for t in two_workers):
            port = free_port()
            server_env = {**env, "ACUPOINT_RATE_LIMIT_STORAGE": storage or "auto"}
            name = f"api-2-workers-{storage or 'auto'}"
            with running(
                name, api_command(port, 2), server_env, port, RESULTS_DIR, "/readyz"
            ) as two:
                print(f"server: {name} {two.base_url} (pid {two.process.pid})")
                group = [t for t in two_workers if t.rate_storage == storage]
                outcomes += [load_target(wrk, params, two, t, keys) for t in group]
                workers_memory = workers_memory or memory_of(two.process.pid)
        return Report(
            params,
            outcomes,
            memory_start,
            memory_after,
            memory_of(base.process.pid),
            workers_memory,
            memory_final if any(t.key for t in one_worker) else None,
        )


# --------------------------------------------------------------------------- scale


@dataclass(frozen=True, slots=True)
class SizeRun:
    points: int
    outcomes: list[Outcome]
    ready_seconds: float
    """From starting the server to /readyz answering 200 (start-up and first build)."""
    memory: Memory


@dataclass(frozen=True, slots=True)
class ScaleReport:
    params: WrkParams
    normal: SizeRun
    large: SizeRun
    growth: dict[str, object]
    """What bench/synthetic.py printed: rows inserted, read-model build times."""


def grow_database(env: dict[str, str], points: int) -> dict[str, object]:
    command = [sys.executable, "-m", "bench.synthetic", "--points", str(points)]
    done = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise BenchError(f"bench/synthetic.py failed:\n{done.stdout}{done.stderr}")
    grown: dict[str, object] = json.loads(lines[-1])
    return grown


def load_size(
    wrk: str, params: WrkParams, env: dict[str, str], targets: list[Target], name: str
) -> SizeRun:
    port = free_port()
    started = time.monotonic()
    with running(name, api_command(port, 1), env, port, RESULTS_DIR, "/readyz") as api:
        ready = time.monotonic() - started
        points = _count_points(api)
        print(f"server: {name} {api.base_url}, {points:,} points, ready in {ready:.1f} s")
        outcomes = [load_target(wrk, params, api, t, {}) for t in targets]
        return SizeRun(points, outcomes, ready, memory_of(api.process.pid))


def _count_points(server: Server) -> int:
    request = urllib.request.Request(server.base_url + "/v1/points?limit=1")
    with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT_SECONDS) as response:
        body = json.loads(response.read())
    total = body.get("total") if isinstance(body, dict) else None
    return int(total) if isinstance(total, int) else -1


def bench_scale(args: argparse.Namespace) -> ScaleReport:
    wrk = ensure_wrk()
    params = WrkParams(args.threads, args.connections, args.duration, args.write_clients)
    targets = scale_targets()
    with tempfile.TemporaryDirectory(prefix="acupoint-bench-") as folder:
        env = bench_env(Path(folder) / "bench.sqlite3")
        # Every answer computed: at the larger size the cache would hold fewer of them.
        env["ACUPOINT_RESPONSE_CACHE_BYTES"] = "0"
        print(f"database: {Path(folder) / 'bench.sqlite3'} (response cache off)")
        prepare_database(env)
        print(f"wrk: -t{params.threads} -c{params.connections} -d{params.duration}s")
        normal = load_size(wrk, params, env, targets, "api-catalog")
        print(f"adding synthetic rows up to {args.points:,} points (source bench-synthetic) …")
        growth = grow_database(env, args.points)
        large = load_size(wrk, params, env, targets, "api-synthetic")
    return ScaleReport(params, normal, large, growth)


def _latency_ratio(normal: Outcome | None, result: WrkResult) -> str:
    if normal is None or normal.result is None:
        return "n/a"
    p50 = result.p50_ms / normal.result.p50_ms
    p99 = result.p99_ms / normal.result.p99_ms
    return f"p50 {p50:.2f}×, p99 {p99:.2f}×"


def render_scale(report: ScaleReport) -> str:
    normal, large = report.normal, report.large
    pairs = list(zip(normal.outcomes, large.outcomes, strict=True))
    rows = [o for pair in pairs for o in pair]
    sizes = {id(o): normal.points for o in normal.outcomes}
    sizes |= {id(o): large.points for o in large.outcomes}
    partner = {id(b): a for a, b in pairs}

    def name(outcome: Outcome) -> str:
        return f"{outcome.target.label}, {sizes[id(outcome)]:,} points (`{outcome.target.path}`)"

    def ratio(outcome: Outcome, result: WrkResult) -> str:
        if id(outcome) not in partner:
            return "1.00×"
        return _latency_ratio(partner[id(outcome)], result)

    growth = report.growth
    inserted = growth.get("inserted")
    verdict = ["Verdict (p50 latency at the larger size against the catalog's size):"]
    for a, b in pairs:
        if a.result is None or b.result is None:
            verdict.append(f"- {a.target.label}: n/a (not measured at both sizes)")
            continue
        ratio_p50 = b.result.p50_ms / a.result.p50_ms
        bound = FLAT_LATENCY_RATIO if a.target.label in LOOKUPS else MAX_SCALE_LATENCY_RATIO
        what = f"flat (≤ {bound}×)" if a.target.label in LOOKUPS else f"≤ {bound}×"
        verdict.append(f"- {a.target.label} {what}: {_mark(ratio_p50 <= bound)} ({ratio_p50:.2f}×)")
    return "\n".join(
        [
            table(rows, "latency vs catalog size", ratio, name),
            "",
            f"Read-model build (in one process, bench/synthetic.py): "
            f"{growth.get('snapshot_seconds_before')} s at {normal.points:,} points, "
            f"{growth.get('snapshot_seconds_after')} s at {large.points:,} points",
            f"Server start to /readyz: {normal.ready_seconds:.1f} s at {normal.points:,} points, "
            f"{large.ready_seconds:.1f} s at {large.points:,} points",
            f"API server RSS after the load: {normal.memory.rss_mb:.1f} MB at "
            f"{normal.points:,} points, {large.memory.rss_mb:.1f} MB at {large.points:,} points",
            f"Synthetic rows inserted (source `bench-synthetic`): {json.dumps(inserted)}",
            "",
            *verdict,
        ]
    )


# --------------------------------------------------------------------------- report


def baseline_rate(outcomes: Sequence[Outcome]) -> float | None:
    for outcome in outcomes:
        if outcome.target.label == BASELINE and outcome.result:
            return outcome.result.requests_per_second
    return None


def result_of(outcomes: Sequence[Outcome], label: str) -> WrkResult | None:
    for outcome in outcomes:
        if outcome.target.label == label and outcome.result:
            return outcome.result
    return None


def rate_of(outcomes: Sequence[Outcome], label: str) -> float | None:
    for outcome in outcomes:
        if outcome.target.label == label and outcome.result:
            return outcome.result.requests_per_second
    return None


Ratio = Callable[[Outcome, WrkResult], str]


def table(
    outcomes: Sequence[Outcome],
    ratio_title: str = "ratio to baseline",
    ratio_of: Ratio | None = None,
    name_of: Callable[[Outcome], str] | None = None,
) -> str:
    base = baseline_rate(outcomes)

    def to_baseline(_: Outcome, result: WrkResult) -> str:
        return f"{result.requests_per_second / base:.2f}×" if base else "n/a"

    lines = [
        f"| endpoint | requests/s | p50 | p99 | {ratio_title} | errors |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for outcome in outcomes:
        name = name_of(outcome) if name_of else f"{outcome.target.label} (`{outcome.target.path}`)"
        result = outcome.result
        if result is None:
            lines.append(f"| {name} | {outcome.skipped} | – | – | – | – |")
            continue
        ratio = (ratio_of or to_baseline)(outcome, result)
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


def _uncached_line(uncached: Sequence[Outcome], base: float | None) -> str:
    criterion = (
        f"- uncached queries (a new query on every request) ≥ {MIN_UNCACHED_RATIO}× baseline, "
        f"p99 < {MAX_P99_MS:.0f} ms:"
    )
    measured = [(o.target.label, o.result) for o in uncached if o.result]
    if base is None or not measured:
        return f"{criterion} n/a (not measured)"
    ok = all(
        r.requests_per_second / base >= MIN_UNCACHED_RATIO and r.p99_ms < MAX_P99_MS
        for _label, r in measured
    )
    figures = "; ".join(
        f"{label} {r.requests_per_second / base:.2f}×, p99 {r.p99_ms:.1f} ms"
        for label, r in measured
    )
    return f"{criterion} {_mark(ok)} ({figures})"


def workers_table(outcomes: Sequence[Outcome]) -> str:
    def to_one_worker(outcome: Outcome, result: WrkResult) -> str:
        one = rate_of(outcomes, outcome.target.compare_to or "")
        ratio = f"{result.requests_per_second / one:.2f}×" if one else "n/a"
        cores = [
            f"{r.server_cores:.2f}"
            for r in (result_of(outcomes, outcome.target.compare_to or ""), result)
            if r is not None and r.server_cores is not None
        ]
        return f"{ratio} (server CPU {' → '.join(cores)} cores)" if len(cores) == 2 else ratio

    two = [o for o in outcomes if o.target.workers == 2]
    return table(two, "ratio to 1 worker", to_one_worker)


def workers_line(outcomes: Sequence[Outcome]) -> str | None:
    """The issue's target: two workers serve the cached reads at least 1.7× as fast."""
    ratios = []
    for outcome in outcomes:
        target = outcome.target
        one = rate_of(outcomes, target.compare_to or "")
        counted_apart = target.rate_storage == "memory"
        if target.workers == 2 and counted_apart and not target.vary and outcome.result and one:
            ratios.append(outcome.result.requests_per_second / one)
    if not ratios:
        return None
    worst = min(ratios)
    return (
        f"- 2 workers ≥ {MIN_WORKERS_RATIO}× 1 worker on the cached reads (rate counters in "
        f"memory; the database-counter row is reported above): "
        f"{_mark(worst >= MIN_WORKERS_RATIO)} (worst {worst:.2f}×)"
    )


def verdict(report: Report) -> list[str]:
    """The cached reads' targets, then the uncached queries' own."""
    endpoints = [o for o in report.outcomes if o.target.is_hot_read and o.target.label != BASELINE]
    measured = [o.result for o in endpoints if o.result]
    skipped = [o.target.label for o in endpoints if not o.result]
    note = f"{len(measured)} of {len(endpoints)} endpoints measured" + (
        f"; not measured: {', '.join(skipped)}" if skipped else ""
    )
    rss = report.api_memory_after.rss_mb
    errors = sum(r.error_count for r in measured)
    uncached = [o for o in report.outcomes if o.target.vary and o.target.workers == 1]
    return [
        f"Verdict on the target endpoints ({note}):",
        _ratio_line(measured, baseline_rate(report.outcomes)),
        _p99_line(measured),
        f"- RSS < {MAX_RSS_MB:.0f} MB: {_mark(rss < MAX_RSS_MB)} ({rss:.1f} MB)",
        f"- no errors under load: {_mark(errors == 0)} ({errors} errors)",
        _uncached_line(uncached, baseline_rate(report.outcomes)),
        *(line for line in [workers_line(report.outcomes)] if line),
        *(line for line in [metrics_line(report.outcomes)] if line),
    ]


def memory_lines(report: Report) -> list[str]:
    start, after, base = report.api_memory_start, report.api_memory_after, report.baseline_memory
    procs = "1 process" if after.processes == 1 else f"{after.processes} processes, summed"
    lines = [
        f"API server RSS after the load: {after.rss_mb:.1f} MB ({procs}; "
        f"{start.rss_mb:.1f} MB after start-up, peak {after.peak_mb:.1f} MB)",
        f"Baseline server RSS after the load: {base.rss_mb:.1f} MB",
    ]
    final = report.api_memory_final
    if final:
        lines.insert(
            1,
            f"API server RSS after the export and write rows too: {final.rss_mb:.1f} MB "
            f"(peak {final.peak_mb:.1f} MB)",
        )
    two = report.workers_memory
    if two:
        lines.append(
            f"API server with 2 workers, RSS after the load: {two.rss_mb:.1f} MB "
            f"({two.processes} processes, summed: the supervisor and its workers)"
        )
    return lines


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
        "the API on a fresh SQLite database, migrated and seeded; the `2 workers` rows: "
        "`python -m app serve --workers 2` on the same database; the curator writes: "
        f"{params.write_clients} Python clients (GET for the ETag, then PATCH)",
    ]


def render(report: Report) -> str:
    one = [o for o in report.outcomes if o.target.workers == 1]
    body = [table(one), ""]
    if any(o.target.workers == 2 for o in report.outcomes):
        body += ["With `--workers 2` (the same database):", "", workers_table(report.outcomes), ""]
    body += [*memory_lines(report), "", *verdict(report)]
    return "\n".join(body)


def write_results(params: WrkParams, text: str, path: Path = RESULTS_FILE) -> None:
    wrk = shutil.which("wrk") or "wrk"
    document = ["# Benchmark: latest results", "", *context_lines(params, wrk), "", text]
    path.write_text("\n".join(document) + "\n")


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    labels = [t.label for t in default_targets()]
    default_clients = WrkParams(0, 0, 0).write_clients
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
    parser.add_argument(
        "--write-clients",
        type=int,
        default=default_clients,
        help=f"concurrent clients of the curator-write row ({default_clients})",
    )
    parser.add_argument(
        "--points",
        type=int,
        default=None,
        metavar="N",
        help="instead of the table: lookups, search and symptoms at the catalog's size and "
        "with synthetic points up to N in all (e.g. 10000), response cache off",
    )
    args = parser.parse_args(argv)
    if args.points is not None and args.only:
        parser.error("--only does not apply with --points")
    if args.write_clients < 1:
        parser.error("--write-clients must be at least 1")
    if args.connections < args.threads:
        parser.error("--connections must be at least --threads")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.points is not None:
            scale = bench_scale(args)
            text, params, path = render_scale(scale), scale.params, SCALE_RESULTS_FILE
        else:
            report = bench(args)
            text, params, path = render(report), report.params, RESULTS_FILE
    except BenchError as error:
        print(f"\nbenchmark aborted: {error}", file=sys.stderr)
        return 1
    print("\n" + text)
    write_results(params, text, path)
    print(f"\nwritten to {path.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
