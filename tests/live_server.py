"""A real `python -m app serve` process for tests that speak HTTP from outside the app:
generated clients, the MCP client, a browser.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import httpx

from app.core.settings import PROJECT_ROOT

READY_WITHIN_SECONDS = 60


@dataclass(frozen=True)
class LiveServer:
    base_url: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    def log_tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_ready(server: LiveServer) -> None:
    deadline = time.monotonic() + READY_WITHIN_SECONDS
    while True:
        if server.process.poll() is not None:
            raise AssertionError(f"the server exited: {server.log_tail()}")
        if time.monotonic() > deadline:
            raise AssertionError(f"not ready after {READY_WITHIN_SECONDS} s: {server.log_tail()}")
        try:
            if httpx.get(f"{server.base_url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)


@contextlib.contextmanager
def live_server(
    database_url: str,
    log: Path,
    environment: Mapping[str, str] | None = None,
    workers: int = 1,
) -> Iterator[LiveServer]:
    """Serve `database_url` (already migrated and seeded) until the block ends.

    `environment` adds or overrides `ACUPOINT_*` settings; rate limits stay on unless it
    turns them off.
    """
    port = free_port()
    env = {
        **os.environ,
        "ACUPOINT_DATABASE_URL": database_url,
        "ACUPOINT_ENVIRONMENT": "production",
        **(environment or {}),
    }
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--workers", str(workers)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        server = LiveServer(f"http://127.0.0.1:{port}", port, process, log)
        try:
            _wait_until_ready(server)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)  # the group this function started
                process.wait(timeout=10)
