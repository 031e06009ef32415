"""Soak without loss: the real server under mixed load for a bounded time, then checked.

Starts ``python -m app serve --workers 2`` on a fresh PostgreSQL database (migrated,
seeded, dropped afterwards) and, for ``--duration`` seconds, runs at once: public reads
(cached and cache-busting), curators' writes (PATCH with If-Match on a few contended
records, create, delete and restore), anonymous corrections with curators accepting and
rejecting them, partner exports (JSON and CSV) and a partner following /v1/changes. It
then checks that no answer was a 5xx or a connection error, that every write the clients
saw succeed is in the audit exactly once and in the data (and no other write is), that the
workers' memory stayed steady, and that both workers serve the last dataset version within
a bound. Exits 1 on any failure. See bench/README.md ("Soak").

Run from anywhere: ``.venv/bin/python bench/soak.py [--duration 180]`` (``make soak``).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import http.client
import io
import itertools
import json
import os
import random
import re
import secrets
import socket
import statistics
import sys
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from run import (
    HOST,
    REPO_ROOT,
    RESULTS_DIR,
    UNLIMITED,
    BenchError,
    Server,
    api_command,
    create_key,
    free_port,
    git_commit,
    prepare_database,
    running,
)
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from writes import MERGE_PATCH, percentile

DESCRIPTION = "Soak the real server (PostgreSQL, two workers) with mixed load, then check it."
RESULTS_FILE = RESULTS_DIR / "soak.md"
DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"
WORKERS = 2
REQUEST_TIMEOUT_SECONDS = 60.0
IDLE_RECONNECT_SECONDS = 3.0
"""Reconnect before reusing a connection idle this long: the server closes it at 5 s."""
CONVERGENCE_SLACK_SECONDS = 5.0
"""Allowed on top of the reload interval for a worker to serve the last version."""
DEFAULT_MAX_GROWTH_MB = 24.0
SOURCE = "tcmtips-post-exercise-recovery"

# The records several writers (and the accepted corrections) fight over, and the text
# member each write sets to its own token.
CONTENDED = (
    ("tips", "stay-hydrated", "body"),
    ("regions", "calf", "description"),
    ("conditions", "foot-pain", "description"),
    ("point-details", f"BL58/{SOURCE}", "lay_location"),
)
# Deleting it is refused (points lie in it): a write audited as refused.
REFERENCED = ("regions", "calf")

POINTS = ("ST36", "BL40", "LI4", "PC6", "Zu%20San%20Li", "UB-40", "GB41", "BL23", "KI1", "CV17")
SEARCHES = ("zusanli", "weizhong", "hegu", "neiguan", "yongquan", "knee", "calf")
SYMPTOMS = ("sore%20calves", "lower%20back%20pain", "stiff%20neck", "nausea", "headache")

# What each kind of request may answer; anything else is a failure (5xx and connection
# errors always are).
ALLOWED: dict[str, frozenset[int]] = {
    "read: point": frozenset({200}),
    "read: search": frozenset({200}),
    "read: search, varied": frozenset({200}),
    "read: symptom": frozenset({200}),
    "read: symptom, varied": frozenset({200}),
    "read: conditions": frozenset({200}),
    "read: condition": frozenset({200}),
    "read: routines": frozenset({200}),
    "read: routine": frozenset({200}),
    "read: tips": frozenset({200}),
    "read: revalidate": frozenset({200, 304}),
    "curation: GET record": frozenset({200}),
    "curation: PATCH": frozenset({200, 412}),
    "curation: POST create": frozenset({201, 409}),
    "curation: DELETE": frozenset({204, 412, 422}),
    "curation: restore": frozenset({200}),
    "corrections: report": frozenset({202}),
    "corrections: follow": frozenset({200}),
    "corrections: queue": frozenset({200}),
    "corrections: accept": frozenset({200, 409, 412}),
    "corrections: reject": frozenset({200, 409}),
    "export: json": frozenset({200}),
    "export: csv": frozenset({200}),
    "sync: changes": frozenset({200}),
    "probe: readyz": frozenset({200}),
    "final: audit": frozenset({200}),
    "final: corrections": frozenset({200}),
    "final: record": frozenset({200, 404}),
    "final: export": frozenset({200}),
    "final: changes": frozenset({200}),
}
CONNECTION_ERROR = 0


# --------------------------------------------------------------------------- tallies


@dataclass(slots=True)
class KindTally:
    statuses: Counter[int] = field(default_factory=Counter)
    latencies_ms: list[float] = field(default_factory=list)


class Stats:
    """Every request's status and latency, per kind of request; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.kinds: dict[str, KindTally] = {}
        self.problems: list[str] = []
        """The first few unexpected answers, for the report."""

    def add(self, kind: str, status: int, latency_ms: float, detail: str = "") -> None:
        with self._lock:
            tally = self.kinds.setdefault(kind, KindTally())
            tally.statuses[status] += 1
            tally.latencies_ms.append(latency_ms)
            if status not in ALLOWED[kind] and len(self.problems) < 20:
                self.problems.append(f"{kind}: {status or 'connection error'} {detail}"[:600])

    def unexpected(self) -> int:
        return sum(
            n
            for kind, tally in self.kinds.items()
            for status, n in tally.statuses.items()
            if status not in ALLOWED[kind]
        )

    def server_errors(self) -> int:
        return sum(
            n
            for tally in self.kinds.values()
            for status, n in tally.statuses.items()
            if status >= 500 or status == CONNECTION_ERROR
        )


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class Client:
    """One kept-alive connection that records every request in ``stats``."""

    def __init__(self, port: int, stats: Stats, headers: dict[str, str] | None = None) -> None:
        self.port = port
        self.stats = stats
        self.headers = headers or {}
        self._connection: http.client.HTTPConnection | None = None
        self._last_used = 0.0

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def request(
        self,
        kind: str,
        method: str,
        path: str,
        body: Any = None,
        headers: dict[str, str] | None = None,
        content_type: str = "application/json",
    ) -> Answer | None:
        """The answer, or None after a connection error (recorded as one)."""
        sent = {**self.headers, **(headers or {})}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            sent["Content-Type"] = content_type
        if time.monotonic() - self._last_used > IDLE_RECONNECT_SECONDS:
            self.close()
        if self._connection is None:
            self._connection = http.client.HTTPConnection(
                HOST, self.port, timeout=REQUEST_TIMEOUT_SECONDS
            )
        started = time.perf_counter()
        try:
            self._connection.request(method, path, body=payload, headers=sent)
            response = self._connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            elapsed = (time.perf_counter() - started) * 1000
            self.stats.add(kind, CONNECTION_ERROR, elapsed, f"{method} {path}: {error!r}")
            self.close()
            return None
        elapsed = (time.perf_counter() - started) * 1000
        self._last_used = time.monotonic()
        answer = Answer(response.status, {k.lower(): v for k, v in response.getheaders()}, data)
        detail = f"{method} {path}: {data[:400].decode(errors='replace')}"
        self.stats.add(kind, answer.status, elapsed, detail)
        if response.will_close:
            self.close()
        return answer


# --------------------------------------------------------------------------- writes


@dataclass(frozen=True, slots=True)
class WriteSeen:
    """A write as the client saw it answered."""

    action: str
    kind: str
    key: str
    status: int
    tokens: tuple[str, ...]
    """The write's own tokens in the record it left (none after a delete)."""
    correction: str | None = None


class Ledger:
    """What the clients sent and saw; thread-safe."""

    def __init__(self, run: str) -> None:
        self.run = run
        self._lock = threading.Lock()
        self._tokens = itertools.count(1)
        self.writes: list[WriteSeen] = []
        self.reports: dict[str, str] = {}
        """Correction id -> the token its patch writes."""
        self.decided: dict[str, list[str]] = {}
        """Correction id -> the decisions the client saw succeed (accepted, rejected)."""
        self.exports: list[str] = []
        """Problems found in exports (digest, zip)."""
        self.sync_items: list[dict[str, Any]] = []
        self.sync_problems: list[str] = []
        self.written_keys: set[tuple[str, str]] = set()

    def token(self) -> str:
        return f"[{self.run}:{next(self._tokens)}]"

    def tokens_in(self, content: Any) -> tuple[str, ...]:
        found = re.findall(rf"\[{self.run}:\d+\]", json.dumps(content, ensure_ascii=False))
        return tuple(sorted(found))

    def wrote(self, seen: WriteSeen) -> None:
        with self._lock:
            self.writes.append(seen)
            self.written_keys.add((seen.kind, seen.key))

    def reported(self, correction: str, token: str) -> None:
        with self._lock:
            self.reports[correction] = token

    def decide(self, correction: str, decision: str) -> None:
        with self._lock:
            self.decided.setdefault(correction, []).append(decision)


WRITE_ROUTE_REFUSALS = frozenset({404, 409, 412, 422, 428})
"""What the write service answers when it refuses a write, auditing the refusal."""


def record_path(kind: str, key: str) -> str:
    return f"/v1/curation/{kind}/{key}"


def _seen(ledger: Ledger, action: str, kind: str, key: str, answer: Answer) -> None:
    if answer.status in (200, 201):
        ledger.wrote(WriteSeen(action, kind, key, answer.status, ledger.tokens_in(answer.json())))
    elif answer.status in (204, *WRITE_ROUTE_REFUSALS):
        ledger.wrote(WriteSeen(action, kind, key, answer.status, ()))


def patcher(client: Client, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    """PATCH the contended records (a 412 means another writer won: read again), and now
    and then try a delete the dataset's rules refuse."""
    randomly = random.Random(seed)
    while not stop.is_set():
        kind, key, member = randomly.choice(CONTENDED)
        path = record_path(kind, key)
        read = client.request("curation: GET record", "GET", path)
        if read is None or read.status != 200:
            continue
        etag = read.headers.get("etag", "")
        time.sleep(randomly.uniform(0, 0.3))  # let others read the same ETag
        if (kind, key) == REFERENCED and randomly.random() < 0.1:
            answer = client.request("curation: DELETE", "DELETE", path, headers={"If-Match": etag})
            if answer is not None:
                _seen(ledger, "delete", kind, key, answer)
            continue
        patch = {member: f"Soak write {ledger.token()}"}
        answer = client.request(
            "curation: PATCH",
            "PATCH",
            path,
            body=patch,
            headers={"If-Match": etag},
            content_type=MERGE_PATCH,
        )
        if answer is not None:
            _seen(ledger, "update", kind, key, answer)
        time.sleep(randomly.uniform(0.1, 0.6))


def lifecycle(client: Client, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    """New tips: create, create again (409), change, delete, restore, and every other one
    deleted again, so the bin and the change feed see every kind of write."""
    randomly = random.Random(seed)
    for number in itertools.count(1):
        if stop.is_set():
            return
        slug = f"soak-{ledger.run}-{seed}-{number}"
        tip = {"slug": slug, "source": SOURCE, "title": f"Soak tip {number}"}
        tip["body"] = f"Soak tip {ledger.token()}"
        path = record_path("tips", slug)
        created = client.request("curation: POST create", "POST", "/v1/curation/tips", body=tip)
        if created is None:
            continue
        _seen(ledger, "create", "tips", slug, created)
        if created.status != 201:
            continue
        if randomly.random() < 0.3:
            again = client.request("curation: POST create", "POST", "/v1/curation/tips", body=tip)
            if again is not None:
                _seen(ledger, "create", "tips", slug, again)
        etag = created.headers.get("etag", "")
        changed = client.request(
            "curation: PATCH",
            "PATCH",
            path,
            body={"body": f"Soak tip changed {ledger.token()}"},
            headers={"If-Match": etag},
            content_type=MERGE_PATCH,
        )
        if changed is None:
            continue
        _seen(ledger, "update", "tips", slug, changed)
        etag = changed.headers.get("etag", "")
        deleted = client.request("curation: DELETE", "DELETE", path, headers={"If-Match": etag})
        if deleted is None:
            continue
        _seen(ledger, "delete", "tips", slug, deleted)
        restored = client.request("curation: restore", "POST", f"{path}/restore")
        if restored is None:
            continue
        _seen(ledger, "restore", "tips", slug, restored)
        if number % 2 == 0 and restored.status == 200:
            etag = restored.headers.get("etag", "")
            last = client.request("curation: DELETE", "DELETE", path, headers={"If-Match": etag})
            if last is not None:
                _seen(ledger, "delete", "tips", slug, last)
        time.sleep(randomly.uniform(0.2, 1.0))


def reporter(client: Client, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    """Anonymous reports of mistakes, each with a merge patch carrying its own token."""
    randomly = random.Random(seed)
    while not stop.is_set():
        kind, key, member = randomly.choice(CONTENDED)
        token = ledger.token()
        report = {
            "kind": kind,
            "key": key,
            "problem": f"The {member} could be clearer ({token}).",
            "suggested_fix": "Say it in plainer words.",
            "patch": {member: f"Soak correction {token}"},
        }
        answer = client.request("corrections: report", "POST", "/v1/corrections", body=report)
        if answer is not None and answer.status == 202:
            correction = str(answer.json()["id"])
            ledger.reported(correction, token)
            if randomly.random() < 0.5:
                client.request("corrections: follow", "GET", f"/v1/corrections/{correction}")
        time.sleep(randomly.uniform(0.3, 1.2))


def moderator(client: Client, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    """Take one of the two oldest pending reports (two moderators often take the same one)
    and accept it (with the record's ETag) or reject it."""
    randomly = random.Random(seed)
    while not stop.is_set():
        queue = client.request(
            "corrections: queue", "GET", "/v1/corrections?status=pending&limit=20"
        )
        pending = queue.json() if queue is not None and queue.status == 200 else []
        if not pending:
            time.sleep(0.5)
            continue
        item = randomly.choice(pending[:2])
        correction, kind, key = str(item["id"]), str(item["kind"]), str(item["key"])
        if randomly.random() < 0.6:
            read = client.request("curation: GET record", "GET", record_path(kind, key))
            if read is None or read.status != 200:
                continue
            answer = client.request(
                "corrections: accept",
                "POST",
                f"/v1/corrections/{correction}/accept",
                body={},
                headers={"If-Match": read.headers.get("etag", "")},
            )
            decision, action = "accepted", "update"
        else:
            answer = client.request(
                "corrections: reject",
                "POST",
                f"/v1/corrections/{correction}/reject",
                body={"reason": "Not needed."},
            )
            decision, action = "rejected", ""
        if answer is None:
            continue
        if answer.status == 200:
            ledger.decide(correction, decision)
        if action and answer.status in (200, 409, 412, 422, 428):
            # What the accept wrote (or was refused) through the write path, audited with
            # the correction's id. A 409 (decided already) is audited when it was found
            # inside the write, not when found before it: the client cannot tell which.
            tokens = (ledger.reports.get(correction, "?"),) if answer.status == 200 else ()
            ledger.wrote(WriteSeen(action, kind, key, answer.status, tokens, correction))
        time.sleep(randomly.uniform(0.1, 0.5))


# --------------------------------------------------------------------------- reads


def reader(client: Client, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    randomly = random.Random(seed)
    varied = itertools.count(1)
    etags: dict[str, str] = {}
    conditions = ["lower-back-pain", "calf-tension", "foot-pain", "nausea-vomiting"]
    routines = ["post-exercise-muscle-recovery", "back-pain-after-exercise"]
    choices: list[tuple[str, Callable[[], str]]] = [
        ("read: point", lambda: f"/v1/points/{randomly.choice(POINTS)}"),
        ("read: search", lambda: f"/v1/search?q={randomly.choice(SEARCHES)}"),
        ("read: search, varied", lambda: f"/v1/search?q=zusanli{ledger.run}s{seed}n{next(varied)}"),
        ("read: symptom", lambda: f"/v1/points?symptom={randomly.choice(SYMPTOMS)}"),
        (
            "read: symptom, varied",
            lambda: f"/v1/points?symptom=sore%20calves%20{ledger.run}s{seed}n{next(varied)}",
        ),
        ("read: conditions", lambda: "/v1/conditions"),
        ("read: condition", lambda: f"/v1/conditions/{randomly.choice(conditions)}"),
        ("read: routines", lambda: "/v1/routines"),
        ("read: routine", lambda: f"/v1/routines/{randomly.choice(routines)}"),
        ("read: tips", lambda: "/v1/tips"),
    ]
    while not stop.is_set():
        if etags and randomly.random() < 0.1:
            path, etag = randomly.choice(list(etags.items()))
            answer = client.request(
                "read: revalidate", "GET", path, headers={"If-None-Match": etag}
            )
            if answer is not None and answer.status == 200 and "etag" in answer.headers:
                etags[path] = answer.headers["etag"]
            continue
        kind, path_of = randomly.choice(choices)
        path = path_of()
        answer = client.request(kind, "GET", path)
        if answer is not None and "varied" not in kind and "etag" in answer.headers:
            etags[path] = answer.headers["etag"]


# --------------------------------------------------------------------------- partners


def check_export(ledger: Ledger, answer: Answer, as_csv: bool) -> None:
    digest = "sha-256=:" + base64.b64encode(hashlib.sha256(answer.body).digest()).decode() + ":"
    if answer.headers.get("repr-digest") != digest:
        ledger.exports.append(f"export {'csv' if as_csv else 'json'}: Repr-Digest does not match")
    if as_csv:
        try:
            with zipfile.ZipFile(io.BytesIO(answer.body)) as archive:
                broken = archive.testzip()
                if broken is not None or "manifest.json" not in archive.namelist():
                    ledger.exports.append(f"export csv: bad zip ({broken or 'no manifest'})")
        except zipfile.BadZipFile as error:
            ledger.exports.append(f"export csv: {error}")
    else:
        document = answer.json()
        if document.get("dataset_version") != answer.headers.get("x-dataset-version"):
            ledger.exports.append("export json: dataset_version differs from its header")


def exporter(client: Client, ledger: Ledger, stop: threading.Event, seed: int) -> None:
    for as_csv in itertools.cycle((False, True)):
        if stop.wait(2.0):
            return
        kind, path = (
            ("export: csv", "/v1/export?format=csv") if as_csv else ("export: json", "/v1/export")
        )
        answer = client.request(kind, "GET", path)
        if answer is not None and answer.status == 200:
            check_export(ledger, answer, as_csv)


def syncer(client: Client, ledger: Ledger, stop: threading.Event, cursor: int) -> None:
    """Follow /v1/changes from the first export's cursor, as a partner would."""
    while True:
        stopping = stop.wait(1.0)
        while True:
            answer = client.request("sync: changes", "GET", f"/v1/changes?since={cursor}&limit=100")
            if answer is None or answer.status != 200:
                break
            page = answer.json()
            for item in page["items"]:
                if int(item["cursor"]) <= cursor:
                    ledger.sync_problems.append(
                        f"cursor went back: {item['cursor']} after {cursor}"
                    )
                cursor = int(item["cursor"])
                ledger.sync_items.append(item)
            if not page["has_more"]:
                break
        if stopping:
            return


# --------------------------------------------------------------------------- processes


def worker_pids(supervisor: int) -> list[int]:
    """The uvicorn workers: the supervisor's children started by multiprocessing's spawn
    (its resource tracker is a child too, and is left out)."""
    try:
        children = Path(f"/proc/{supervisor}/task/{supervisor}/children").read_text().split()
    except OSError:
        return []
    found = []
    for child in children:
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            found.append(int(child))
    return sorted(found)


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class MemorySampler:
    """Each worker's RSS every ``interval`` seconds, and every worker pid ever seen."""

    def __init__(self, supervisor: int, interval: float) -> None:
        self.supervisor = supervisor
        self.interval = interval
        self.samples: dict[int, list[tuple[float, float]]] = {}
        self.pid_sets: list[tuple[int, ...]] = []
        self.started = time.monotonic()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self.started = time.monotonic()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self.sample()
            if self._stop.wait(self.interval):
                self.sample()
                return

    def sample(self) -> None:
        pids = tuple(worker_pids(self.supervisor))
        if not self.pid_sets or self.pid_sets[-1] != pids:
            self.pid_sets.append(pids)
        now = time.monotonic() - self.started
        for pid in pids:
            rss = rss_mb(pid)
            if rss is not None:
                self.samples.setdefault(pid, []).append((now, rss))


def serving_worker(server_port: int, client_port: int, supervisor: int) -> int | None:
    """The worker holding the server's end of an open loopback connection from
    ``client_port``: its socket inode in /proc/net/tcp, then the worker that has it open."""
    local, remote = (f"0100007F:{port:04X}" for port in (server_port, client_port))
    inode = None
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[1:3] == [local, remote]:
            inode = fields[9]
            break
    if inode is None:
        return None
    for pid in worker_pids(supervisor):
        with contextlib.suppress(OSError):
            for descriptor in Path(f"/proc/{pid}/fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(descriptor) == f"socket:[{inode}]":
                        return pid
    return None


def ask_version(port: int, supervisor: int, stats: Stats) -> tuple[int | None, str | None]:
    """/readyz on a fresh connection: which worker answered, and its dataset version."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT_SECONDS)
    started = time.perf_counter()
    try:
        connection.connect()
        assert connection.sock is not None
        client_port = connection.sock.getsockname()[1]
        connection.request("GET", "/readyz")
        response = connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        stats.add("probe: readyz", response.status, elapsed, body[:300].decode(errors="replace"))
        worker = serving_worker(port, client_port, supervisor)  # the connection is still open
    except (OSError, http.client.HTTPException) as error:
        stats.add("probe: readyz", CONNECTION_ERROR, 0.0, repr(error))
        return None, None
    finally:
        connection.close()
    if response.status != 200:
        return worker, None
    return worker, str(json.loads(body)["dataset_version"])


@dataclass(slots=True)
class Convergence:
    version: str
    seconds: dict[int, float]
    """Per worker: from the end of the writes to its first answer with ``version``."""
    probes: int
    bound: float

    @property
    def ok(self) -> bool:
        return len(self.seconds) == WORKERS and max(self.seconds.values()) <= self.bound


def converge(
    port: int, supervisor: int, version: str, since: float, bound: float, stats: Stats
) -> Convergence:
    """Probe until every worker has answered ``version`` (or the bound plus a margin)."""
    seconds: dict[int, float] = {}
    probes = 0
    workers = set(worker_pids(supervisor))
    while time.monotonic() - since < bound + 10 and not workers <= set(seconds):
        worker, served = ask_version(port, supervisor, stats)
        probes += 1
        if worker is not None and served == version and worker not in seconds:
            seconds[worker] = time.monotonic() - since
        time.sleep(0.02)
    return Convergence(version, seconds, probes, bound)


def wait_for_workers(port: int, supervisor: int, stats: Stats) -> None:
    """Until both workers have answered /readyz 200 (the first check saw one of them)."""
    seen: set[int] = set()
    deadline = time.monotonic() + 60
    while len(seen) < WORKERS:
        if time.monotonic() > deadline:
            raise BenchError(f"only worker(s) {sorted(seen)} answered /readyz within 60 s")
        worker, version = ask_version(port, supervisor, stats)
        if worker is not None and version is not None:
            seen.add(worker)
        time.sleep(0.05)


# --------------------------------------------------------------------------- databases


@contextmanager
def throwaway_database(admin_url: str) -> Iterator[str]:
    """A new PostgreSQL database for this run, dropped afterwards whatever happened."""
    name = f"acupoint_soak_{secrets.token_hex(6)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        admin.dispose()
        raise BenchError(f"cannot create a database at {admin_url}: {error}") from error
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def redis_answers(url: str) -> bool:
    """Whether a Redis server answers PING at ``url`` (its host and port)."""
    parts = urlsplit(url)
    try:
        address = (parts.hostname or HOST, parts.port or 6379)
        with socket.create_connection(address, timeout=2) as connection:
            connection.sendall(b"PING\r\n")
            return connection.recv(16).startswith(b"+PONG")
    except (OSError, ValueError):
        return False


# --------------------------------------------------------------------------- checks


@dataclass(slots=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(slots=True)
class Final:
    """What the server holds once the load has stopped."""

    audit: list[dict[str, Any]]
    corrections: list[dict[str, Any]]
    records: dict[tuple[str, str], dict[str, Any] | None]
    export: dict[str, Any]
    changes: list[dict[str, Any]]


def read_final(client: Client, ledger: Ledger, cursor: int) -> Final:
    def pages(kind: str, path: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for offset in itertools.count(0, 100):
            joiner = "&" if "?" in path else "?"
            answer = client.request(kind, "GET", f"{path}{joiner}limit=100&offset={offset}")
            if answer is None or answer.status != 200:
                raise BenchError(f"{path}: {answer.status if answer else 'connection error'}")
            page = answer.json()
            items += page
            if len(page) < 100:
                return items
        return items

    audit = sorted(pages("final: audit", "/v1/audit"), key=lambda entry: int(entry["id"]))
    corrections = pages("final: corrections", "/v1/corrections")
    records: dict[tuple[str, str], dict[str, Any] | None] = {}
    for kind, key in sorted(ledger.written_keys):
        answer = client.request("final: record", "GET", record_path(kind, key))
        if answer is None:
            raise BenchError(f"GET {record_path(kind, key)}: connection error")
        records[kind, key] = answer.json() if answer.status == 200 else None
    export = client.request("final: export", "GET", "/v1/export")
    if export is None or export.status != 200:
        raise BenchError("the final export failed")
    changes: list[dict[str, Any]] = []
    since = cursor
    while True:
        answer = client.request("final: changes", "GET", f"/v1/changes?since={since}&limit=1000")
        if answer is None or answer.status != 200:
            raise BenchError("the final read of /v1/changes failed")
        page = answer.json()
        changes += page["items"]
        since = int(page["next_cursor"])
        if not page["has_more"]:
            break
    return Final(audit, corrections, records, export.json(), changes)


def _record_key(kind: str, content: dict[str, Any]) -> str:
    """The key of a record of the kinds the soak writes."""
    if kind == "point-details":
        return f"{content['code']}/{content['source']}"
    return str(content["slug"])


def check_writes(ledger: Ledger, final: Final) -> list[Check]:
    applied = [e for e in final.audit if e["outcome"] == "applied"]
    refused = [e for e in final.audit if e["outcome"] == "refused"]

    seen_ok = Counter(
        (w.action, w.kind, w.key, w.status, w.tokens, w.correction)
        for w in ledger.writes
        if w.status in (200, 201, 204)
    )
    audited_ok = Counter(
        (
            e["action"],
            e["kind"],
            e["key"],
            e["status"],
            ledger.tokens_in(e["after"] or {}),
            e["correction"],
        )
        for e in applied
    )
    missing = seen_ok - audited_ok
    extra = audited_ok - seen_ok
    # A write that leaves tokens is unique; a delete leaves none (a tip may go twice).
    doubled = [shape for shape, n in audited_ok.items() if n > 1 and shape[4]]
    seen_refused = Counter(
        (w.action, w.kind, w.key, w.status, w.correction)
        for w in ledger.writes
        if w.status not in (200, 201, 204)
    )
    audited_refused = Counter(
        (e["action"], e["kind"], e["key"], e["status"], e["correction"]) for e in refused
    )
    # An accept's 409 may or may not be audited (see moderator): at most as many as seen.
    seen_decided = Counter({s: n for s, n in seen_refused.items() if s[3] == 409 and s[4]})
    audited_decided = Counter({s: n for s, n in audited_refused.items() if s[3] == 409 and s[4]})
    refusals_match = (
        seen_refused - seen_decided == audited_refused - audited_decided
        and not audited_decided - seen_decided
    )
    checks = [
        Check(
            "every write seen to succeed is audited exactly once, and no other write is",
            not missing and not extra and not doubled,
            f"{sum(seen_ok.values())} writes seen applied, {len(applied)} audited as applied"
            + (f"; not in the audit: {_few(missing)}" if missing else "")
            + (f"; audited but not seen to succeed: {_few(extra)}" if extra else "")
            + (f"; audited twice: {doubled[:5]}" if doubled else ""),
        ),
        Check(
            "every refused write is audited as refused, with its status",
            refusals_match,
            f"{sum(seen_refused.values())} refusals seen ({_statuses(seen_refused)}), "
            f"{len(refused)} audited"
            + (
                f"; differences: seen−audited {_few(seen_refused - audited_refused)}, "
                f"audited−seen {_few(audited_refused - seen_refused)}"
                if not refusals_match
                else ""
            ),
        ),
    ]
    # Per record: each applied write starts from what the one before left (no lost update),
    # and the record now holds what the last one wrote.
    broken_chains, wrong_final = [], []
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for entry in applied:
        by_key.setdefault((entry["kind"], entry["key"]), []).append(entry)
    for where, entries in by_key.items():
        for before, after in itertools.pairwise(entries):
            if after["before"] != before["after"]:
                broken_chains.append(f"{where} at audit {after['id']}")
        if final.records.get(where, "unread") != entries[-1]["after"]:
            wrong_final.append(f"{where}: holds {final.records.get(where)!r:.200}")
    exported = {
        (kind, _record_key(kind, record))
        for kind in ("tips", "regions", "conditions", "point-details")
        for record in final.export["records"].get(kind, [])
    }
    export_rows = {
        (kind, _record_key(kind, record)): record
        for kind in ("tips", "regions", "conditions", "point-details")
        for record in final.export["records"].get(kind, [])
    }
    export_wrong = [
        f"{where}"
        for where, record in final.records.items()
        if (record is None and where in exported)
        or (record is not None and export_rows.get(where) != record)
    ]
    checks += [
        Check(
            "each applied write starts from the record the previous one left (no lost update)",
            not broken_chains,
            f"{len(by_key)} records written"
            + (f"; broken at {broken_chains[:5]}" if broken_chains else ""),
        ),
        Check(
            "each record holds the last applied write (curation API and the final export)",
            not wrong_final and not export_wrong,
            f"{len(final.records)} records read back"
            + (f"; wrong: {wrong_final[:5]}" if wrong_final else "")
            + (f"; export differs: {export_wrong[:5]}" if export_wrong else ""),
        ),
    ]
    return checks


def check_corrections(ledger: Ledger, final: Final) -> Check:
    held = Counter(str(c["id"]) for c in final.corrections)
    status = {str(c["id"]): str(c["status"]) for c in final.corrections}
    problems = []
    if set(held) != set(ledger.reports):
        lost = set(ledger.reports) - set(held)
        unknown = set(held) - set(ledger.reports)
        problems.append(f"lost {sorted(lost)[:5]}, unknown {sorted(unknown)[:5]}")
    problems += [f"{c} listed {n} times" for c, n in held.items() if n > 1]
    for correction in ledger.reports:
        decided = ledger.decided.get(correction, [])
        expected = decided[0] if len(decided) == 1 else "pending" if not decided else "twice"
        if status.get(correction) != expected:
            problems.append(f"{correction}: {status.get(correction)}, client saw {decided}")
    tally = Counter(status.values())
    return Check(
        "every correction reported is held once, with the decision the client saw",
        not problems,
        f"{len(ledger.reports)} reported; {dict(sorted(tally.items()))}"
        + (f"; problems: {problems[:5]}" if problems else ""),
    )


def check_sync(ledger: Ledger, final: Final, started_cursor: int) -> Check:
    problems = list(ledger.sync_problems[:5])
    followed = [(i["cursor"], i["kind"], i["key"], i["operation"]) for i in ledger.sync_items]
    fresh = [(i["cursor"], i["kind"], i["key"], i["operation"]) for i in final.changes]
    if followed != fresh[: len(followed)]:
        problems.append("the partner's incremental read differs from a fresh read of the feed")
    by_version: dict[str, list[dict[str, Any]]] = {}
    for item in final.changes:
        by_version.setdefault(item["dataset_version"], []).append(item)
    applied = [e for e in final.audit if e["outcome"] == "applied"]
    for entry in applied:
        matches = [
            item
            for item in by_version.get(entry["dataset_version"], [])
            if (item["kind"], item["key"]) == (entry["kind"], entry["key"])
            and (
                item["content"] == entry["after"]
                if entry["after"] is not None
                else item["operation"] == "delete"
            )
        ]
        if len(matches) != 1:
            problems.append(f"audit {entry['id']}: {len(matches)} matching changes")
    versions = {e["dataset_version"] for e in applied}
    orphans = [v for v in by_version if v not in versions]
    if orphans:
        problems.append(f"changes with no applied write: {orphans[:5]}")
    return Check(
        "the change feed holds each applied write once; the partner's follow read it all",
        not problems,
        f"{len(final.changes)} changes after cursor {started_cursor}, "
        f"{len(ledger.sync_items)} read while following"
        + (f"; problems: {problems[:5]}" if problems else ""),
    )


def _few(counter: Counter[Any]) -> str:
    return "; ".join(f"{k} ×{n}" for k, n in list(counter.items())[:5])


def _statuses(counter: Counter[Any]) -> str:
    by_status: Counter[int] = Counter()
    for shape, n in counter.items():
        by_status[shape[3]] += n
    return ", ".join(f"{n}× {s}" for s, n in sorted(by_status.items())) or "none"


@dataclass(slots=True)
class WorkerMemory:
    pid: int
    start: float
    peak: float
    middle: float
    end: float
    timeline: list[float]

    @property
    def growth(self) -> float:
        return self.end - self.middle


def memory_of_workers(sampler: MemorySampler, soak_seconds: float) -> list[WorkerMemory]:
    def around(samples: list[tuple[float, float]], moment: float) -> float:
        """The median of the samples within 3 s of ``moment`` (the nearest one if none)."""
        near = [rss for t, rss in samples if abs(t - moment) <= 3.0]
        if not near:
            near = [min(samples, key=lambda s: abs(s[0] - moment))[1]]
        return statistics.median(near)

    found = []
    for pid, samples in sorted(sampler.samples.items()):
        in_soak = [s for s in samples if s[0] <= soak_seconds] or samples
        found.append(
            WorkerMemory(
                pid,
                start=in_soak[0][1],
                peak=max(rss for _, rss in samples),
                middle=around(in_soak, soak_seconds / 2),
                end=around(in_soak, in_soak[-1][0]),
                timeline=[rss for _, rss in in_soak[:: max(1, len(in_soak) // 10)]],
            )
        )
    return found


# --------------------------------------------------------------------------- the run


@dataclass(slots=True)
class SoakSettings:
    duration: float
    readers: int
    patchers: int
    reload_interval: float
    cache_bytes: int
    max_growth_mb: float
    sample_seconds: float
    postgres_url: str
    redis_url: str
    output: Path


@dataclass(slots=True)
class Outcome:
    settings: SoakSettings
    rate_storage: str
    rate_storage_why: str
    stats: Stats
    final_stats: Stats
    soak_seconds: float
    checks: list[Check]
    memory: list[WorkerMemory]
    pid_sets: list[tuple[int, ...]]
    convergence: Convergence | None
    log_errors: list[str]
    ledger: Ledger

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def server_env(
    settings: SoakSettings, database_url: str, run: str
) -> tuple[dict[str, str], str, str]:
    env = {**os.environ, "ACUPOINT_DATABASE_URL": database_url, "ACUPOINT_ENV_FILE": ""}
    env |= {
        "ACUPOINT_ENVIRONMENT": "production",
        "ACUPOINT_RELOAD_INTERVAL_SECONDS": str(settings.reload_interval),
        "ACUPOINT_RESPONSE_CACHE_BYTES": str(settings.cache_bytes),
        # The line per request would be most of the log; warnings and errors stay.
        "ACUPOINT_LOG_LEVEL": "warning",
    }
    # Limits stay on (every request is counted), with quotas the soak cannot use up: the
    # corrections' quota too, since every client here shares 127.0.0.1.
    for role in ("ANONYMOUS", "PARTNER", "CURATOR", "CORRECTIONS"):
        env[f"ACUPOINT_RATE_LIMIT_{role}"] = UNLIMITED
    if settings.redis_url != "database" and redis_answers(settings.redis_url):
        storage = settings.redis_url
        why = (
            "Redis, shared by both workers: what several workers should use; counting in the "
            "database would add an upsert per request to the PostgreSQL under test"
        )
        env["ACUPOINT_RATE_LIMIT_KEY_PREFIX"] = f"acupoint-soak-{run}"
    else:
        storage = "database"
        why = (
            "the database (Redis was not asked for, or did not answer): shared by both "
            "workers, one upsert per request"
        )
    env["ACUPOINT_RATE_LIMIT_STORAGE"] = storage
    return env, storage, why


def soak(settings: SoakSettings) -> Outcome:
    run = secrets.token_hex(3)
    log_dir = settings.output.parent
    with throwaway_database(settings.postgres_url) as database_url:
        env, storage, why = server_env(settings, database_url, run)
        print(f"database: {make_url(database_url).database} (dropped afterwards)")
        prepare_database(env)
        curator = {"Authorization": f"Bearer {create_key(env, 'curator')}"}
        partner = {"Authorization": f"Bearer {create_key(env, 'partner')}"}
        port = free_port()
        command = api_command(port, WORKERS)
        with running("soak-api", command, env, port, log_dir, "/readyz") as server:
            stats = Stats()
            wait_for_workers(port, server.process.pid, stats)
            print(f"server: {server.base_url}, workers {worker_pids(server.process.pid)}")
            print(f"rate counters: {storage}")
            outcome = load_and_check(settings, server, port, run, curator, partner, stats)
            outcome.rate_storage, outcome.rate_storage_why = storage, why
        outcome.log_errors = log_errors(server)
        if outcome.log_errors:
            outcome.checks.append(
                Check(
                    "the server logged no error",
                    False,
                    f"{len(outcome.log_errors)} error lines in {server.log_path.name}",
                )
            )
        else:
            outcome.checks.append(Check("the server logged no error", True, "none"))
        return outcome


def log_errors(server: Server) -> list[str]:
    found = []
    for line in server.log_path.read_text(errors="replace").splitlines():
        if '"level":"error"' in line or '"level":"critical"' in line or "Traceback" in line:
            found.append(line[:500])
    return found


def load_and_check(
    settings: SoakSettings,
    server: Server,
    port: int,
    run: str,
    curator: dict[str, str],
    partner: dict[str, str],
    stats: Stats,
) -> Outcome:
    ledger = Ledger(run)
    supervisor = server.process.pid
    first = Client(port, stats, partner).request("export: json", "GET", "/v1/export")
    if first is None or first.status != 200:
        raise BenchError("the first export failed")
    cursor = int(first.json()["cursor"])
    sampler = MemorySampler(supervisor, settings.sample_seconds)
    stop = threading.Event()
    plan: list[tuple[Callable[..., None], dict[str, str] | None, int]] = [
        *[(reader, None, n) for n in range(settings.readers)],
        *[(patcher, curator, 100 + n) for n in range(settings.patchers)],
        (lifecycle, curator, 200),
        (reporter, None, 300),
        (moderator, curator, 400),
        (moderator, curator, 401),
        (exporter, partner, 500),
    ]
    clients: list[Client] = []
    threads = []
    for work, headers, seed in plan:
        client = Client(port, stats, headers)
        clients.append(client)
        threads.append(threading.Thread(target=work, args=(client, ledger, stop, seed)))
    sync_client = Client(port, stats, partner)
    clients.append(sync_client)
    threads.append(threading.Thread(target=syncer, args=(sync_client, ledger, stop, cursor)))
    print(
        f"soaking for {settings.duration:.0f} s: {settings.readers} readers, "
        f"{settings.patchers} patchers, a create/delete/restore writer, a reporter, "
        "2 moderators, an exporter, a change-feed follower"
    )
    sampler.start()
    started = time.monotonic()
    for thread in threads:
        thread.start()
    try:
        next_note = started + 30
        while time.monotonic() - started < settings.duration:
            time.sleep(0.5)
            if time.monotonic() >= next_note:
                next_note += 30
                done = sum(sum(t.statuses.values()) for t in stats.kinds.values())
                print(
                    f"  {time.monotonic() - started:5.0f} s: {done:,} requests, "
                    f"{len(ledger.writes)} writes, "
                    f"{stats.server_errors()} 5xx or connection errors",
                    flush=True,
                )
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        for client in clients:
            client.close()
    writes_done = time.monotonic()
    soak_seconds = writes_done - started
    print(f"load stopped after {soak_seconds:.1f} s; checking convergence …", flush=True)

    final_stats = Stats()
    verifier = Client(port, final_stats, curator)
    latest = verifier.request("final: audit", "GET", "/v1/audit?outcome=applied&limit=1")
    latest_items = latest.json() if latest is not None and latest.status == 200 else []
    convergence = None
    if latest_items:
        bound = settings.reload_interval + CONVERGENCE_SLACK_SECONDS
        version = str(latest_items[0]["dataset_version"])
        convergence = converge(port, supervisor, version, writes_done, bound, final_stats)
    sampler.stop()
    print("reading back the audit, the corrections, the records, the feed …", flush=True)
    final = read_final(verifier, ledger, cursor)
    verifier.close()

    exports = sum(
        stats.kinds[kind].statuses[200]
        for kind in ("export: json", "export: csv")
        if kind in stats.kinds
    )
    checks = [
        Check(
            "no 5xx and no connection error",
            stats.server_errors() + final_stats.server_errors() == 0,
            f"{stats.server_errors() + final_stats.server_errors()} "
            f"of {sum(sum(t.statuses.values()) for t in stats.kinds.values()):,} requests",
        ),
        Check(
            "every answer is one its request may give (412, 409 and refused deletes expected)",
            stats.unexpected() + final_stats.unexpected() == 0,
            f"{stats.unexpected() + final_stats.unexpected()} unexpected"
            + (f": {(stats.problems + final_stats.problems)[:5]}" if stats.problems else ""),
        ),
        *check_writes(ledger, final),
        check_corrections(ledger, final),
        check_sync(ledger, final, cursor),
        Check(
            "every export's digest matches its body; every CSV zip is whole",
            not ledger.exports,
            f"{exports} exports" + (f"; {ledger.exports[:5]}" if ledger.exports else ""),
        ),
    ]
    memory = memory_of_workers(sampler, soak_seconds)
    pid_sets = sampler.pid_sets
    checks.append(
        Check(
            "the same two workers served throughout (none died or was replaced)",
            len(pid_sets) == 1 and len(pid_sets[0]) == WORKERS,
            f"worker pids over time: {pid_sets}",
        )
    )
    worst = max((m.growth for m in memory), default=0.0)
    checks.append(
        Check(
            f"memory steady: no worker's RSS grew by more than {settings.max_growth_mb:.0f} MB "
            "over the second half",
            bool(memory) and worst <= settings.max_growth_mb,
            ", ".join(f"pid {m.pid} {m.growth:+.1f} MB" for m in memory),
        )
    )
    if convergence is None:
        checks.append(Check("every worker serves the last dataset version", False, "no write"))
    else:
        per_worker = ", ".join(f"pid {p} {s:.2f} s" for p, s in sorted(convergence.seconds.items()))
        checks.append(
            Check(
                f"every worker serves the last dataset version within {convergence.bound:.0f} s "
                "of the last write",
                convergence.ok,
                f"{convergence.version}: {per_worker or 'no worker'} "
                f"({convergence.probes} probes on fresh connections)",
            )
        )
    return Outcome(
        settings,
        "",
        "",
        stats,
        final_stats,
        soak_seconds,
        checks,
        memory,
        pid_sets,
        convergence,
        [],
        ledger,
    )


# --------------------------------------------------------------------------- report


def render(outcome: Outcome) -> str:
    settings = outcome.settings
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    verdict = "PASS" if outcome.ok else "FAIL"
    lines = [
        f"# Soak: {verdict}",
        "",
        f"- date: {now}; commit {git_commit()} (work tree as it was, edits included)",
        f"- {outcome.soak_seconds:.0f} s of load on `python -m app serve --workers {WORKERS}`, "
        "PostgreSQL (a fresh database, migrated and seeded), loopback only, "
        f"{os.cpu_count()} CPUs shared by the server, PostgreSQL and the clients",
        f"- clients: {settings.readers} readers, {settings.patchers} patchers on "
        f"{len(CONTENDED)} contended records, 1 create/delete/restore writer, 1 anonymous "
        "reporter, 2 moderators, 1 exporter (JSON and CSV in turn), 1 change-feed follower",
        f"- rate counters: {outcome.rate_storage} ({outcome.rate_storage_why}); every quota "
        f"`{UNLIMITED}`",
        f"- response cache: {settings.cache_bytes / 2**20:.0f} MiB per worker "
        "(`ACUPOINT_RESPONSE_CACHE_BYTES`; 32 MiB by default); reload interval "
        f"{settings.reload_interval:g} s",
        "",
        "| request | count | per s | p50 | p99 | statuses |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for kind in ALLOWED:
        tally = outcome.stats.kinds.get(kind)
        if tally is None:
            continue
        count = sum(tally.statuses.values())
        statuses = ", ".join(
            f"{n}× {status or 'connection error'}" for status, n in sorted(tally.statuses.items())
        )
        lines.append(
            f"| {kind} | {count:,} | {count / outcome.soak_seconds:,.1f} "
            f"| {percentile(tally.latencies_ms, 50):.1f} ms "
            f"| {percentile(tally.latencies_ms, 99):.1f} ms | {statuses} |"
        )
    total = sum(sum(t.statuses.values()) for t in outcome.stats.kinds.values())
    lines += [
        f"| all | {total:,} | {total / outcome.soak_seconds:,.1f} | | | |",
        "",
        "| worker | RSS start | peak | middle | end | growth, second half |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for m in outcome.memory:
        lines.append(
            f"| pid {m.pid} | {m.start:.1f} MB | {m.peak:.1f} MB | {m.middle:.1f} MB "
            f"| {m.end:.1f} MB | {m.growth:+.1f} MB |"
        )
    lines += ["", "RSS over the run (MB, about every tenth of it):", ""]
    for m in outcome.memory:
        lines.append(f"- pid {m.pid}: " + " → ".join(f"{rss:.0f}" for rss in m.timeline))
    writes = Counter((w.action, w.status) for w in outcome.ledger.writes)
    lines += [
        "",
        "Writes seen by the clients: "
        + ", ".join(f"{action} {status}: {n}" for (action, status), n in sorted(writes.items())),
        "",
        "| check | result | detail |",
        "|---|---|---|",
    ]
    for check in outcome.checks:
        detail = check.detail.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| {check.name} | {'PASS' if check.ok else 'FAIL'} | {detail} |")
    problems = outcome.stats.problems + outcome.final_stats.problems
    if problems:
        lines += ["", "Unexpected answers (first ones):", ""]
        lines += [f"- `{p}`" for p in problems[:10]]
    if outcome.log_errors:
        lines += ["", "Server log errors (first ones):", ""]
        lines += [f"- `{line}`" for line in outcome.log_errors[:10]]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> SoakSettings:
    parser = argparse.ArgumentParser(description=DESCRIPTION)
    parser.add_argument("--duration", type=float, default=180, help="seconds of load (180)")
    parser.add_argument("--readers", type=int, default=4, help="reading clients (4)")
    parser.add_argument("--patchers", type=int, default=3, help="PATCHing curators (3)")
    parser.add_argument(
        "--reload-interval",
        type=float,
        default=5.0,
        help="ACUPOINT_RELOAD_INTERVAL_SECONDS of the server (5, the default)",
    )
    parser.add_argument(
        "--cache-bytes",
        type=int,
        default=32 * 2**20,
        help="ACUPOINT_RESPONSE_CACHE_BYTES of the server (32 MiB, the default)",
    )
    parser.add_argument(
        "--max-growth-mb",
        type=float,
        default=DEFAULT_MAX_GROWTH_MB,
        help=f"most RSS a worker may gain over the second half ({DEFAULT_MAX_GROWTH_MB:g})",
    )
    parser.add_argument("--sample-seconds", type=float, default=2.0, help="RSS sampling period (2)")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("ACUPOINT_SOAK_POSTGRES_URL", DEFAULT_POSTGRES_URL),
        help="a PostgreSQL database to connect to while creating and dropping the soak's own "
        f"(ACUPOINT_SOAK_POSTGRES_URL, else {DEFAULT_POSTGRES_URL})",
    )
    parser.add_argument(
        "--redis-url",
        default=DEFAULT_REDIS_URL,
        help=f"where rate limits are counted ({DEFAULT_REDIS_URL}); `database` for PostgreSQL",
    )
    parser.add_argument(
        "--output", type=Path, default=RESULTS_FILE, help="the Markdown report (and log) path"
    )
    args = parser.parse_args(argv)
    if args.duration < 5:
        parser.error("--duration must be at least 5 seconds")
    return SoakSettings(
        args.duration,
        args.readers,
        args.patchers,
        args.reload_interval,
        args.cache_bytes,
        args.max_growth_mb,
        args.sample_seconds,
        args.postgres_url,
        args.redis_url,
        args.output.resolve(),
    )


def main(argv: list[str] | None = None) -> int:
    settings = parse_args(argv)
    if not Path("/proc/net/tcp").exists():
        print(
            "the soak reads Linux's /proc (worker memory, which worker answered)", file=sys.stderr
        )
        return 1
    settings.output.parent.mkdir(parents=True, exist_ok=True)
    try:
        outcome = soak(settings)
    except BenchError as error:
        print(f"\nsoak aborted: {error}", file=sys.stderr)
        return 1
    report = render(outcome)
    print("\n" + report)
    settings.output.write_text(report + "\n", encoding="utf-8")
    shown = settings.output
    with contextlib.suppress(ValueError):
        shown = settings.output.relative_to(REPO_ROOT)
    print(f"\nwritten to {shown}")
    return 0 if outcome.ok else 1


if __name__ == "__main__":
    sys.exit(main())
