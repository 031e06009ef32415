"""The curator-write load for ``run.py``: a few clients, each reading a record for its
ETag and patching it, over and over.

wrk cannot do it with a fixed URL: every PATCH needs the ETag of the record as it stands,
so each one is preceded by a GET. A write is slow (it validates the whole dataset, then
the writing process rebuilds its read model), so a handful of Python threads keep the
server busy: writes are taken one at a time per process anyway. Each client patches a
record of its own (the first one ``stay-hydrated``), so the clients never make each other's
ETags stale; a 412 would still be counted as an error.
"""

from __future__ import annotations

import http.client
import json
import math
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

TIP_SLUGS = ("stay-hydrated", "combine-with-stretching", "consistency-is-key", "relaxing-oils")
MERGE_PATCH = "application/merge-patch+json"
MARK = " [bench]"
"""Added to and removed from the tip's body in turn, so that every PATCH changes it."""
TIMEOUT_SECONDS = 60.0


def tip_path(slug: str) -> str:
    return f"/v1/curation/tips/{slug}"


@dataclass(slots=True)
class WriteTally:
    latencies_ms: list[float] = field(default_factory=list)
    """Of the PATCHes answered 200 (the GET before each is not counted in)."""
    bad_status: int = 0
    socket_errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)

    def add(self, other: WriteTally) -> None:
        self.latencies_ms += other.latencies_ms
        self.bad_status += other.bad_status
        self.socket_errors += other.socket_errors
        for status, n in other.statuses.items():
            self.statuses[status] = self.statuses.get(status, 0) + n


def _one_write(connection: http.client.HTTPConnection, path: str, key: str) -> tuple[int, float]:
    """GET the record, PATCH it with its ETag; the PATCH's status and latency in ms."""
    auth = {"Authorization": f"Bearer {key}"}
    connection.request("GET", path, headers=auth)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        return response.status, 0.0
    etag = response.getheader("ETag") or ""
    text = str(json.loads(body)["body"])
    new_text = text.removesuffix(MARK) if text.endswith(MARK) else text + MARK
    patch = json.dumps({"body": new_text}).encode()
    headers = {**auth, "If-Match": etag, "Content-Type": MERGE_PATCH}
    started = time.perf_counter()
    connection.request("PATCH", path, body=patch, headers=headers)
    response = connection.getresponse()
    response.read()
    return response.status, (time.perf_counter() - started) * 1000


def _client(base_url: str, slug: str, key: str, deadline: float, tally: WriteTally) -> None:
    parts = urlsplit(base_url)
    connection = http.client.HTTPConnection(
        parts.hostname or "127.0.0.1", parts.port, timeout=TIMEOUT_SECONDS
    )
    try:
        while time.monotonic() < deadline:
            try:
                status, latency = _one_write(connection, tip_path(slug), key)
            except (OSError, http.client.HTTPException):
                tally.socket_errors += 1
                connection.close()
                continue
            tally.statuses[status] = tally.statuses.get(status, 0) + 1
            if status == 200:
                tally.latencies_ms.append(latency)
            else:
                tally.bad_status += 1
    finally:
        connection.close()


def run_writes(base_url: str, key: str, clients: int, seconds: float) -> tuple[WriteTally, float]:
    """Load for ``seconds``; the tally and the time it really took (the last writes finish
    after the deadline)."""
    tallies = [WriteTally() for _ in range(clients)]
    started = time.monotonic()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=_client,
            args=(base_url, TIP_SLUGS[i % len(TIP_SLUGS)], key, deadline, tallies[i]),
            daemon=True,
        )
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    total = WriteTally()
    for tally in tallies:
        total.add(tally)
    return total, elapsed


def percentile(values: list[float], percent: float) -> float:
    """Nearest-rank percentile; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(percent / 100 * len(ordered))))
    return ordered[rank - 1]
