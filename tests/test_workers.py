"""The real server with two worker processes: many curators writing at once, and how soon
every worker serves a write.

Each test starts `python -m app serve --workers 2` on a fresh seeded database and stops it
afterwards, so it runs on SQLite and on PostgreSQL like every other database test.
"""

import contextlib
import http.client
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from app.core.database import build_engine, session_factory
from app.core.settings import PROJECT_ROOT
from app.models.audit import AuditEntry
from app.models.records import Change
from tests.live_server import free_port
from tests.support import bearer, dataset_state, make_key, settings_for

RELOAD_INTERVAL_SECONDS = 0.5
STALENESS_BOUND_SECONDS = 10 * RELOAD_INTERVAL_SECONDS + 2
SOURCE = "tcmtips-post-exercise-recovery"
# The records the writers fight over, and the text member each write changes.
TARGETS = [
    ("point-details", f"BL58/{SOURCE}", "lay_location"),
    ("point-details", f"BL40/{SOURCE}", "lay_location"),
    ("regions", "calf", "description"),
    ("conditions", "foot-pain", "description"),
    ("tips", "stay-hydrated", "body"),
]
WRITERS = 10
ROUNDS = 4
CREATED_SLUGS = ["extra-a", "extra-a", "extra-b", "extra-b", "extra-c", "extra-d"]


@dataclass
class Server:
    base_url: str
    port: int
    pid: int
    database_url: str
    log: Path

    def log_tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]


def wait_until_ready(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Both workers answer /readyz (several fresh connections in a row say ready)."""
    deadline = time.monotonic() + 60
    ready_in_a_row = 0
    while ready_in_a_row < 10:
        if process.poll() is not None:
            raise AssertionError(f"the server exited: {log.read_text(errors='replace')[-4000:]}")
        if time.monotonic() > deadline:
            raise AssertionError(f"not ready after 60 s: {log.read_text(errors='replace')[-4000:]}")
        try:
            ready = httpx.get(f"{base_url}/readyz", timeout=2).status_code == 200
        except httpx.TransportError:
            ready = False
        ready_in_a_row = ready_in_a_row + 1 if ready else 0
        if not ready:
            time.sleep(0.2)


@pytest.fixture
def curator_keys(writable_database: str) -> list[dict[str, str]]:
    return [bearer(make_key(writable_database, "curator", f"writer-{n}")) for n in range(4)]


@pytest.fixture
def server(
    writable_database: str, curator_keys: list[dict[str, str]], tmp_path: Path
) -> Iterator[Server]:
    port = free_port()
    log = tmp_path / "server.log"
    environment = {
        **os.environ,
        "ACUPOINT_DATABASE_URL": writable_database,
        "ACUPOINT_RELOAD_INTERVAL_SECONDS": str(RELOAD_INTERVAL_SECONDS),
        "ACUPOINT_RATE_LIMITS_ENABLED": "false",
        "ACUPOINT_ENVIRONMENT": "production",
    }
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--workers", "2"],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_until_ready(base_url, process, log)
            yield Server(base_url, port, process.pid, writable_database, log)
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)  # the group this fixture started
                process.wait(timeout=10)


@dataclass
class Attempt:
    """One write sent, and what it answered."""

    token: str
    actor: str
    kind: str
    key: str
    status: int
    body: Any


def curation_path(kind: str, key: str) -> str:
    return f"/v1/curation/{kind}/{key}"


def read_audit(url: str) -> list[AuditEntry]:
    engine = build_engine(settings_for(url))
    try:
        with session_factory(engine)() as session:
            return list(session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars())
    finally:
        engine.dispose()


def read_changes(url: str, after: int) -> list[Change]:
    engine = build_engine(settings_for(url))
    try:
        with session_factory(engine)() as session:
            query = select(Change).where(Change.seq > after).order_by(Change.seq)
            return list(session.execute(query).scalars())
    finally:
        engine.dispose()


def test_many_writers_at_once_lose_nothing_and_apply_nothing_twice(
    server: Server, curator_keys: list[dict[str, str]]
) -> None:
    _, cursor = dataset_state(server.database_url)
    attempts: list[Attempt] = []
    failures: list[str] = []
    lock = threading.Lock()
    # Every writer reads its first record, then all write at once: two writers per record
    # hold the same ETag, so at most one of each pair can win.
    first_round = threading.Barrier(WRITERS + len(CREATED_SLUGS))

    def note(attempt: Attempt) -> None:
        with lock:
            attempts.append(attempt)

    def writer(number: int) -> None:
        keys = curator_keys[number % len(curator_keys)]
        actor = f"writer-{number % len(curator_keys)}"
        randomly = random.Random(number)
        try:
            with httpx.Client(base_url=server.base_url, headers=keys, timeout=60) as client:
                for round_number in range(ROUNDS):
                    kind, key, member = TARGETS[(number + round_number) % len(TARGETS)]
                    path = curation_path(kind, key)
                    read = client.get(path)
                    if read.status_code != 200:
                        failures.append(f"GET {path}: {read.status_code} {read.text[:300]}")
                    if round_number == 0:
                        first_round.wait(timeout=60)
                    else:
                        time.sleep(randomly.uniform(0, 0.05))
                    token = f"Written by writer {number} in round {round_number}."
                    answer = client.patch(
                        path,
                        json={member: token},
                        headers={"If-Match": read.headers.get("etag", '"none"')},
                    )
                    note(Attempt(token, actor, kind, key, answer.status_code, answer.json()))
        except Exception as error:  # reported below, with every other failure
            failures.append(f"writer {number}: {type(error).__name__}: {error}")

    def creator(number: int) -> None:
        slug = CREATED_SLUGS[number]
        token = f"Extra region made by creator {number}"
        try:
            with httpx.Client(
                base_url=server.base_url, headers=curator_keys[number % 4], timeout=60
            ) as client:
                first_round.wait(timeout=60)
                answer = client.post(
                    "/v1/curation/regions", json={"slug": slug, "name": token, "parent": "foot"}
                )
                body = answer.json() if answer.content else None
                note(
                    Attempt(
                        token, f"writer-{number % 4}", "regions", slug, answer.status_code, body
                    )
                )
        except Exception as error:
            failures.append(f"creator {number}: {type(error).__name__}: {error}")

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    threads += [threading.Thread(target=creator, args=(n,)) for n in range(len(CREATED_SLUGS))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads), "a writer hangs"

    statuses = Counter(attempt.status for attempt in attempts)
    unexpected = [a for a in attempts if a.status not in (200, 201, 409, 412)]
    assert not failures, (failures, server.log_tail())
    assert not unexpected, (
        [(a.status, a.kind, a.key, a.body) for a in unexpected],
        server.log_tail(),
    )
    assert len(attempts) == WRITERS * ROUNDS + len(CREATED_SLUGS)
    assert statuses[412] >= len(TARGETS), statuses  # one loser per pair in the first round
    assert statuses[201] == len(set(CREATED_SLUGS)), statuses
    assert statuses[409] == len(CREATED_SLUGS) - len(set(CREATED_SLUGS)), statuses

    applied_answers = {a.token: a for a in attempts if a.status in (200, 201)}
    refused_answers = [a for a in attempts if a.status in (409, 412)]
    audit = read_audit(server.database_url)
    applied_entries = [entry for entry in audit if entry.outcome == "applied"]
    refused_entries = [entry for entry in audit if entry.outcome == "refused"]

    members = {(kind, key): member for kind, key, member in TARGETS}

    def written_token(entry: AuditEntry) -> str:
        """The text the write put in: each write's own, so it names the write."""
        member = members.get((entry.kind, entry.key), "name")  # a created region: its name
        return str((entry.after or {}).get(member))

    # Every applied write is in the audit exactly once, as it answered.
    assert sorted(written_token(e) for e in applied_entries) == sorted(applied_answers)
    for entry in applied_entries:
        answer = applied_answers[written_token(entry)]
        assert (entry.actor, entry.kind, entry.key) == (answer.actor, answer.kind, answer.key)
        assert entry.after == answer.body
        assert entry.status == answer.status

    # Every refused write is in the audit as refused, with its status.
    assert Counter((e.actor, e.kind, e.key, e.status) for e in refused_entries) == Counter(
        (a.actor, a.kind, a.key, a.status) for a in refused_answers
    )

    # The data holds, per record, the last applied write; refused writes are nowhere.
    records, _ = dataset_state(server.database_url)
    last_applied: dict[tuple[str, str], AuditEntry] = {}
    for entry in applied_entries:
        last_applied[(entry.kind, entry.key)] = entry
    for where, entry in last_applied.items():
        assert records[where] == entry.after, where
    everything = repr(records)
    for attempt in refused_answers:
        if attempt.status == 412:
            assert attempt.token not in everything, attempt

    # The change feed has exactly one entry per applied write, in the same order.
    changes = read_changes(server.database_url, cursor)
    assert [(c.kind, c.key, c.content) for c in changes] == [
        (e.kind, e.key, e.after) for e in applied_entries
    ]
    assert len(changes) == len(applied_answers)
    feed = repr([c.content for c in changes])
    assert not [a for a in refused_answers if a.status == 412 and a.token in feed]


def serving_process(server: Server, client_port: int) -> int:
    """The worker holding the server's end of an open connection from ``client_port``.

    Read from Linux's /proc: the connection's socket inode in /proc/net/tcp, then the
    server's child process that has that socket among its file descriptors.
    """
    local, remote = (f"0100007F:{port:04X}" for port in (server.port, client_port))
    inode = next(
        fields[9]
        for fields in (line.split() for line in Path("/proc/net/tcp").read_text().splitlines())
        if fields[1:3] == [local, remote]
    )
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    for child in children:
        for descriptor in Path(f"/proc/{child}/fd").iterdir():
            with contextlib.suppress(OSError):
                if os.readlink(descriptor) == f"socket:[{inode}]":
                    return int(child)
    raise AssertionError(f"no worker of {server.pid} holds the connection from {client_port}")


def ask_lay_location(server: Server) -> tuple[str, int]:
    """BL58's lay location on a fresh connection, and which worker answered."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        connection.connect()
        assert connection.sock is not None
        client_port = connection.sock.getsockname()[1]
        connection.request("GET", "/v1/points/BL58")
        answer = connection.getresponse()
        body = json.loads(answer.read())
        assert answer.status == 200, body
        worker = serving_process(server, client_port)  # still open: kept alive
    finally:
        connection.close()
    texts = [str(where["text"]) for where in body["locations"] if where["kind"] == "lay"]
    return texts[0], worker


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc")
def test_every_worker_serves_a_write_within_the_staleness_bound(
    server: Server, curator_keys: list[dict[str, str]]
) -> None:
    workers_seen: set[int] = set()
    for _ in range(400):  # both workers answer (and cache) the old value first
        old_location, worker = ask_lay_location(server)
        workers_seen.add(worker)
        if len(workers_seen) == 2:
            break
    assert len(workers_seen) == 2, f"only worker(s) {workers_seen} answered"

    new_location = f"Written at {time.time():.0f}: seven cun above BL60."
    with httpx.Client(base_url=server.base_url, headers=curator_keys[0], timeout=30) as writer:
        path = curation_path("point-details", f"BL58/{SOURCE}")
        etag = writer.get(path).headers["etag"]
        # Timed from the moment the write is sent: it commits later than that, so the
        # staleness measured below can only be overstated.
        written_at = time.monotonic()
        written = writer.patch(
            path, json={"lay_location": new_location}, headers={"If-Match": etag}
        )
        assert written.status_code == 200, written.text

    # Per worker: when it last answered the old value, and how often the new one.
    last_old: dict[int, float] = {}
    new_answers: Counter[int] = Counter()
    while len(new_answers) < 2 or min(new_answers.values()) < 3:
        elapsed = time.monotonic() - written_at
        assert elapsed < STALENESS_BOUND_SECONDS + 5, (
            f"after {elapsed:.2f} s: new answers per worker {dict(new_answers)}, "
            f"last old answer per worker {last_old}"
        )
        location, worker = ask_lay_location(server)
        if location == new_location:
            new_answers[worker] += 1
        else:
            assert location == old_location, location
            assert worker not in new_answers, f"worker {worker} went back to the old value"
            last_old[worker] = time.monotonic() - written_at
    staleness = max(last_old.values(), default=0.0)
    assert staleness <= STALENESS_BOUND_SECONDS, (
        f"a worker served the old value {staleness:.2f} s after the write "
        f"(bound {STALENESS_BOUND_SECONDS} s; last old answer per worker: {last_old})"
    )
    print(
        f"both workers serve the write; the last old answer came {staleness:.2f} s after it "
        f"(per worker: {last_old}; new answers: {dict(new_answers)})"
    )
