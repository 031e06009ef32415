"""Prometheus metrics: what each process counts, and the text served at GET /metrics.

With several workers (``python -m app serve --workers N``) each process writes its values
to files in ``PROMETHEUS_MULTIPROC_DIR`` (prometheus-client's multiprocess mode, which
`serve` sets up) and any worker answering a scrape sums them all. The gauges say how they
combine across workers: the dataset version is 1 while any live worker serves it, and the
snapshot time is the oldest one a live worker holds, so the age is the worst staleness.

The request path costs one dict look-up and a few increments: label children are resolved
once per (method, route, status) and kept.
"""

import os
import time
from collections.abc import Iterable
from typing import Any

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    disable_created_metrics,
    generate_latest,
    multiprocess,
)
from prometheus_client.metrics_core import GaugeMetricFamily, Metric

MULTIPROCESS_VARIABLE = "PROMETHEUS_MULTIPROC_DIR"
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Cached reads take well under a millisecond; exports and writes take up to seconds.
LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5)

# A `_created` series per counter doubles the output for a time the scraper knows anyway.
disable_created_metrics()  # type: ignore[no-untyped-call]

REQUESTS = Counter(
    "acupoint_http_requests",
    "Answered requests, by method, route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "acupoint_http_request_duration_seconds",
    "Time from a request's arrival to the end of its answer, by route template.",
    ["route"],
    buckets=LATENCY_BUCKETS,
)
SERVER_ERRORS = Counter(
    "acupoint_http_server_errors", "Answers with a 5xx status, by route template.", ["route"]
)
UNHANDLED = Counter(
    "acupoint_unhandled_exceptions",
    "Exceptions no handler caught (answered 500 when nothing was sent yet), by route template.",
    ["route"],
)
REFUSALS = Counter(
    "acupoint_rate_limit_refusals", "Requests refused with 429, by quota.", ["quota"]
)
CACHE_HITS = Counter("acupoint_response_cache_hits", "GETs answered by the response cache.")
CACHE_MISSES = Counter(
    "acupoint_response_cache_misses", "GETs the response cache looked up and did not hold."
)
DATASET = Gauge(
    "acupoint_dataset_info",
    "1 for the dataset version a live worker serves.",
    ["version"],
    multiprocess_mode="livemax",
)
SNAPSHOT_BUILT_NAME = "acupoint_snapshot_built_timestamp_seconds"
SNAPSHOT_BUILT = Gauge(
    SNAPSHOT_BUILT_NAME,
    "When the read model now served was built (Unix time; the oldest of the live workers).",
    multiprocess_mode="livemin",
)
SNAPSHOT_AGE = "acupoint_snapshot_age_seconds"


def multiprocess_dir() -> str | None:
    return os.environ.get(MULTIPROCESS_VARIABLE) or None


class Metrics:
    """The counting one app does; each instance keeps its own resolved label children."""

    def __init__(self) -> None:
        self._answers: dict[tuple[str, str, int], tuple[Any, Any]] = {}
        self._refusals: dict[str, Any] = {}
        self._hits = CACHE_HITS
        self._misses = CACHE_MISSES
        self._version: str | None = None

    def answered(self, method: str, route: str, status: int, seconds: float) -> None:
        children = self._answers.get((method, route, status))
        if children is None:
            children = self._resolve(method, route, status)
        children[0].inc()
        children[1].observe(seconds)
        if status >= 500:
            SERVER_ERRORS.labels(route).inc()

    def _resolve(self, method: str, route: str, status: int) -> tuple[Any, Any]:
        shown = method if method in METHODS else "other"
        children = (REQUESTS.labels(shown, route, str(status)), LATENCY.labels(route))
        self._answers[method, route, status] = children
        return children

    def unhandled(self, route: str) -> None:
        UNHANDLED.labels(route).inc()

    def refused(self, quota: str) -> None:
        child = self._refusals.get(quota)
        if child is None:
            child = self._refusals[quota] = REFUSALS.labels(quota)
        child.inc()

    def cache_hit(self) -> None:
        self._hits.inc()

    def cache_miss(self) -> None:
        self._misses.inc()

    def snapshot_built(self, version: str) -> None:
        if self._version is not None and self._version != version:
            DATASET.labels(self._version).set(0)
        self._version = version
        DATASET.labels(version).set(1)
        SNAPSHOT_BUILT.set(time.time())


class _Families:
    """A collector of families already collected (what ``generate_latest`` asks for)."""

    def __init__(self, families: list[Metric]) -> None:
        self.families = families

    def collect(self) -> Iterable[Metric]:
        return self.families


def exposition() -> bytes:
    """The text format, summed over every worker's files in multiprocess mode."""
    directory = multiprocess_dir()
    if directory is None:
        families = list(REGISTRY.collect())
    else:
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry, directory)  # type: ignore[no-untyped-call]
        families = list(registry.collect())
    built = [
        sample.value
        for family in families
        if family.name == SNAPSHOT_BUILT_NAME
        for sample in family.samples
        if sample.value > 0  # 0 until this process (or, summed, any worker) built one
    ]
    if built:
        age = GaugeMetricFamily(
            SNAPSHOT_AGE, "Seconds since the oldest read model a live worker serves was built."
        )
        age.add_metric([], max(0.0, time.time() - min(built)))
        families.append(age)
    return generate_latest(_Families(families))


def process_ended() -> None:
    """A worker's live gauges go with it (its counters stay in the sums)."""
    if multiprocess_dir() is not None:
        multiprocess.mark_process_dead(os.getpid())  # type: ignore[no-untyped-call]
