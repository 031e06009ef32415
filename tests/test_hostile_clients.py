"""Slow and hostile clients against the real server (`python -m app serve`), over raw
sockets: each is cut off within its bound instead of holding a connection or the shutdown.

The bounds are set low (a second) so that every test takes a few seconds at most.
"""

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX
from app.core.settings import PROJECT_ROOT, Settings
from tests.live_server import free_port
from tests.test_workers import wait_until_ready

HEADER_TIMEOUT_SECONDS = 1.0
BODY_TIMEOUT_SECONDS = 1.0
SHUTDOWN_TIMEOUT_SECONDS = 1
MAX_CONNECTIONS = 8
MAX_HEADER_BYTES = 16 * 1024
MAX_HEADER_COUNT = 100
SLACK_SECONDS = 2.0  # how much later than its bound the server may act


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    def connect(self, timeout: float = 5.0) -> socket.socket:
        return socket.create_connection(("127.0.0.1", self.port), timeout=timeout)

    def log_tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]


def start_server(database: str, log: Path, workers: int, **settings: str) -> Server:
    port = free_port()
    environment = {
        **os.environ,
        "ACUPOINT_DATABASE_URL": database,
        "ACUPOINT_RATE_LIMITS_ENABLED": "false",
        "ACUPOINT_ENVIRONMENT": "production",
        **{f"ACUPOINT_{name.upper()}": value for name, value in settings.items()},
    }
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--workers", str(workers)],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = Server(process, port, log)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}", process, log)
    except BaseException:
        stop_server(server)
        raise
    return server


def stop_server(server: Server) -> None:
    if server.process.poll() is None:
        os.killpg(server.process.pid, signal.SIGKILL)  # the group start_server began
    server.process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(seeded_sqlite: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("hostile") / "server.log"
    running = start_server(
        seeded_sqlite,
        log,
        workers=1,
        header_timeout_seconds=str(HEADER_TIMEOUT_SECONDS),
        body_timeout_seconds=str(BODY_TIMEOUT_SECONDS),
        max_connections=str(MAX_CONNECTIONS),
        max_header_bytes=str(MAX_HEADER_BYTES),
        max_header_count=str(MAX_HEADER_COUNT),
    )
    yield running
    stop_server(running)


def read_answer(connection: socket.socket) -> http.client.HTTPResponse:
    answer = http.client.HTTPResponse(connection)
    answer.begin()
    return answer


def closed_by_server(connection: socket.socket) -> bool:
    """True once the server has closed; False if it still holds the connection open."""
    try:
        return connection.recv(1) == b""
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False


def problem_of(answer: http.client.HTTPResponse) -> str:
    assert answer.getheader("content-type") == PROBLEM_MEDIA_TYPE
    kind: str = json.loads(answer.read())["type"]
    return kind.removeprefix(PROBLEM_TYPE_PREFIX)


def get(server: Server, headers: bytes = b"") -> int:
    with server.connect() as connection:
        request = b"GET /healthz HTTP/1.1\r\nHost: test\r\n" + headers + b"\r\n"
        connection.sendall(request)
        return read_answer(connection).status


def test_a_body_shorter_than_its_content_length_gets_408_and_a_closed_connection(
    server: Server,
) -> None:
    with server.connect(timeout=BODY_TIMEOUT_SECONDS + SLACK_SECONDS) as connection:
        started = time.monotonic()
        connection.sendall(
            b"POST /v1/safety-check HTTP/1.1\r\nHost: test\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            b'{"points"'
        )
        answer = read_answer(connection)
        waited = time.monotonic() - started
        assert answer.status == 408, server.log_tail()
        assert answer.getheader("connection") == "close"
        assert problem_of(answer) == "request-timeout"
        assert BODY_TIMEOUT_SECONDS - 0.1 <= waited < BODY_TIMEOUT_SECONDS + SLACK_SECONDS
        assert closed_by_server(connection)


def test_idle_connections_are_closed_after_the_header_timeout(server: Server) -> None:
    idle = [server.connect(timeout=HEADER_TIMEOUT_SECONDS + SLACK_SECONDS) for _ in range(20)]
    try:
        started = time.monotonic()
        assert all(closed_by_server(connection) for connection in idle)
        assert time.monotonic() - started < HEADER_TIMEOUT_SECONDS + SLACK_SECONDS
    finally:
        for connection in idle:
            connection.close()


def test_headers_trickled_slowly_are_cut_off_at_the_header_timeout(server: Server) -> None:
    """A byte now and then keeps a connection out of any idle timeout, not this one."""
    with server.connect(timeout=0.2) as connection:
        started = time.monotonic()
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\n")
        cut_off = False
        number = 0
        while not cut_off and time.monotonic() - started < HEADER_TIMEOUT_SECONDS + SLACK_SECONDS:
            try:
                connection.sendall(f"X-Slow-{number}: 1\r\n".encode())
            except (BrokenPipeError, ConnectionResetError):
                cut_off = True
            number += 1
            cut_off = cut_off or closed_by_server(connection)
        assert cut_off, "the server still waits for the headers"
        assert time.monotonic() - started >= HEADER_TIMEOUT_SECONDS - 0.1


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(b"X-Big: " + b"a" * (MAX_HEADER_BYTES + 1024) + b"\r\n", id="20-KiB-value"),
        pytest.param(b"".join(b"X-%d: 1\r\n" % n for n in range(20_000)), id="20000-headers"),
        pytest.param(
            b"".join(b"X-%d: 1\r\n" % n for n in range(MAX_HEADER_COUNT)),  # and Host
            id="one-header-too-many",
        ),
    ],
)
def test_too_large_a_header_block_gets_431(server: Server, headers: bytes) -> None:
    with server.connect() as connection:
        connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\n" + headers + b"\r\n")
        answer = read_answer(connection)
        assert answer.status == 431, server.log_tail()
        assert answer.getheader("connection") == "close"
        assert problem_of(answer) == "headers-too-large"


def test_an_8_mb_header_value_is_refused_before_it_is_all_read(server: Server) -> None:
    with server.connect() as connection:
        answer: http.client.HTTPResponse | None = None
        try:
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\nX-Big: ")
            for _ in range(8 * 16):  # 8 MB, 64 KiB at a time
                connection.sendall(b"a" * 65536)
            connection.sendall(b"\r\n\r\n")
            answer = read_answer(connection)
        except (BrokenPipeError, ConnectionResetError):
            pass  # cut off while sending: refused as well
        assert answer is None or answer.status == 431, server.log_tail()


def test_header_blocks_within_the_limits_are_served(server: Server) -> None:
    headers = b"".join(b"X-%d: %s\r\n" % (n, b"a" * 100) for n in range(MAX_HEADER_COUNT - 10))
    assert get(server, headers) == 200


def test_requests_over_the_connection_limit_get_503_until_connections_close(
    server: Server,
) -> None:
    held = [server.connect() for _ in range(MAX_CONNECTIONS)]
    try:
        time.sleep(0.1)  # accepted by the server
        with server.connect() as connection:
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")
            answer = read_answer(connection)
            assert answer.status == 503, server.log_tail()
            assert answer.getheader("retry-after") == "1"
            assert problem_of(answer) == "service-unavailable"
    finally:
        for connection in held:
            connection.close()
    deadline = time.monotonic() + SLACK_SECONDS
    while get(server) != 200:
        assert time.monotonic() < deadline, "still refused after the connections closed"
        time.sleep(0.05)


@pytest.mark.parametrize("workers", [1, 2])
def test_sigterm_with_a_stalled_client_stops_within_the_shutdown_timeout(
    seeded_sqlite: str, tmp_path: Path, workers: int
) -> None:
    server = start_server(
        seeded_sqlite,
        tmp_path / "server.log",
        workers=workers,
        body_timeout_seconds="60",  # the client stalls for longer than the shutdown takes
        shutdown_timeout_seconds=str(SHUTDOWN_TIMEOUT_SECONDS),
    )
    try:
        with server.connect() as stalled:
            stalled.sendall(
                b"POST /v1/safety-check HTTP/1.1\r\nHost: test\r\n"
                b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
            )
            time.sleep(0.3)  # the request is in the application, waiting for its body
            started = time.monotonic()
            server.process.send_signal(signal.SIGTERM)
            try:
                server.process.wait(timeout=SHUTDOWN_TIMEOUT_SECONDS + SLACK_SECONDS)
            except subprocess.TimeoutExpired:
                pytest.fail(
                    f"still running {time.monotonic() - started:.1f} s after SIGTERM "
                    f"(bound {SHUTDOWN_TIMEOUT_SECONDS} s + {SLACK_SECONDS} s)\n"
                    + server.log_tail()
                )
    finally:
        stop_server(server)


def test_the_default_shutdown_fits_a_containers_stop_timeout() -> None:
    """Docker and Kubernetes send SIGKILL 10 s after SIGTERM by default."""
    assert Settings.model_fields["shutdown_timeout_seconds"].default + SLACK_SECONDS < 10
