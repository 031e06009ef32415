"""The real server, `python -m app serve --workers 2`: its output is JSON lines, one per
request, that name a key's holder and never the key; its headers name no version; and
GET /metrics on either worker sums the requests of both.

Which worker accepts a connection is up to the kernel, so the test opens connections
until it holds one to each worker (asking /proc which process owns each socket).
"""

import http.client
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from app.core.settings import PROJECT_ROOT
from tests.live_server import free_port
from tests.support import bearer, make_key
from tests.test_workers import Server, serving_process, wait_until_ready

pytestmark = pytest.mark.skipif(
    not Path("/proc/net/tcp").exists(), reason="finds each connection's worker in /proc (Linux)"
)
KEY_NAME = "metrics-partner"
ROUTE = "/v1/meridians/{code}"


@dataclass
class Running:
    server: Server
    stdout: Path
    stderr: Path
    key: str
    process: subprocess.Popen[bytes]

    def lines(self) -> list[dict[str, Any]]:
        text = self.stdout.read_text(encoding="utf-8", errors="replace")
        return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def running(writable_database: str, tmp_path: Path) -> Iterator[Running]:
    key = make_key(writable_database, "partner", KEY_NAME)
    port = free_port()
    stdout, stderr = tmp_path / "stdout.log", tmp_path / "stderr.log"
    environment = {
        **os.environ,
        "ACUPOINT_DATABASE_URL": writable_database,
        "ACUPOINT_RATE_LIMITS_ENABLED": "false",
        "ACUPOINT_ENVIRONMENT": "production",
    }
    environment.pop("PROMETHEUS_MULTIPROC_DIR", None)
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with stdout.open("wb") as out, stderr.open("wb") as err:
        process = subprocess.Popen(
            [*command, "--workers", "2"],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=out,
            stderr=err,
            start_new_session=True,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_until_ready(base_url, process, stderr)
            server = Server(base_url, port, process.pid, writable_database, stdout)
            yield Running(server, stdout, stderr, key, process)
        finally:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)  # the group this fixture started
                    process.wait(timeout=10)


def one_connection_per_worker(server: Server) -> dict[int, http.client.HTTPConnection]:
    held: dict[int, http.client.HTTPConnection] = {}
    for _ in range(200):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
        connection.connect()
        assert connection.sock is not None
        connection.request("GET", "/healthz")
        connection.getresponse().read()
        worker = serving_process(server, connection.sock.getsockname()[1])
        if worker in held:
            connection.close()
        else:
            held[worker] = connection
        if len(held) == 2:
            return held
    raise AssertionError(f"every connection went to worker(s) {list(held)}")


def get(
    connection: http.client.HTTPConnection, path: str, headers: dict[str, str] | None = None
) -> http.client.HTTPResponse:
    connection.request("GET", path, headers=headers or {})
    answer = connection.getresponse()
    answer.read()
    return answer


def metric(text: str, name: str, **labels: str) -> float:
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return 0.0


def scrape(connection: http.client.HTTPConnection) -> str:
    connection.request("GET", "/metrics")
    answer = connection.getresponse()
    assert answer.status == 200
    return answer.read().decode()


def test_metrics_of_two_workers_sum_and_logs_are_json(running: Running) -> None:
    workers = one_connection_per_worker(running.server)
    try:
        check_two_workers(running, workers)
    finally:
        for connection in workers.values():
            connection.close()


def check_two_workers(running: Running, workers: dict[int, http.client.HTTPConnection]) -> None:
    first, second = workers.values()
    metrics_dir = next(
        entry.split(b"=", 1)[1].decode()
        for entry in Path(f"/proc/{next(iter(workers))}/environ").read_bytes().split(b"\0")
        if entry.startswith(b"PROMETHEUS_MULTIPROC_DIR=")
    )
    assert Path(metrics_dir).is_dir()

    for _ in range(15):
        assert get(first, "/v1/meridians/LU").status == 200
    for _ in range(10):
        assert get(second, "/v1/meridians/LU", bearer(running.key)).status == 200
    answer = get(second, "/v1/meridians/LU", {"X-Request-ID": "two-workers-1"})
    assert answer.getheader("x-request-id") == "two-workers-1"
    assert answer.getheader("server") is None  # no name, no version
    assert answer.getheader("date") is not None

    labels = {"method": "GET", "route": ROUTE, "status": "200"}
    for connection in (first, second):  # each worker's scrape sums both
        text = scrape(connection)
        assert metric(text, "acupoint_http_requests_total", **labels) == 26
        assert metric(text, "acupoint_http_request_duration_seconds_count", route=ROUTE) == 26
        assert metric(text, "acupoint_response_cache_misses_total") == 2  # one per worker
        assert metric(text, "acupoint_response_cache_hits_total") == 24
        versions = [
            sample
            for family in text_string_to_metric_families(text)
            for sample in family.samples
            if sample.name == "acupoint_dataset_info" and sample.value == 1
        ]
        assert len(versions) == 1, versions
        assert 0 <= metric(text, "acupoint_snapshot_age_seconds") < 600

    lines = running.lines()  # every line of the output is JSON
    served = [line for line in lines if line.get("event") == "request" and line["route"] == ROUTE]
    assert len(served) == 26
    assert [line["key_name"] for line in served].count(KEY_NAME) == 10
    assert {line["client"] for line in served} == {"127.0.0.1"}
    assert served[-1]["request_id"] == "two-workers-1"
    assert any("Application startup complete" in line["event"] for line in lines)
    everything = running.stdout.read_text() + running.stderr.read_text()
    assert running.key not in everything

    running.process.terminate()
    running.process.wait(timeout=30)
    assert not Path(metrics_dir).exists(), "serve removes the workers' metric files"
