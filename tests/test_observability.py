"""What operators see of each request: its id, its log line, its metrics and its headers.

Every answer carries `X-Request-ID` (the client's when sane, else a new one), the security
headers and, for problems, the same id in the body; each request writes one JSON line; and
GET /metrics counts requests by route template, whatever answered them. The real server
with two workers is tested in test_observability_server.py.
"""

import asyncio
import base64
import hashlib
import io
import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import structlog
from fastapi.testclient import TestClient
from opentelemetry import trace
from prometheus_client.parser import text_string_to_metric_families

from app.core.logs import FLUSH_SECONDS, configure_logging, request_logger
from app.main import create_app
from tests.support import bearer, make_key, settings_for

ClientFactory = Callable[..., TestClient]
JSON_POLICY = "default-src 'none'; frame-ancestors 'none'"
GENERATED_ID = re.compile(r"[0-9a-f]{24}")


@pytest.fixture
def log_lines() -> Iterator[Callable[[], list[dict[str, Any]]]]:
    """Logging configured as served (JSON), into a buffer; the lines read back as dicts.

    Apps built after this fixture log here (each binds its logger on first use).
    """
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    configure_logging("info", "json", stream)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.handlers, root.level = saved
    structlog.reset_defaults()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


def request_lines(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line for line in lines if line.get("event") == "request"]


def metric(text: str, name: str, **labels: str) -> float:
    """One sample of the exposition text, 0 when absent."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and sample.labels == labels:
                return float(sample.value)
    return 0.0


# --------------------------------------------------------------------------- request ids


def test_a_sane_request_id_is_echoed_and_an_insane_one_replaced(client: TestClient) -> None:
    for sane in ("trace-42:span/7", "y" * 128, "!~"):
        answer = client.get("/v1/points/ST36", headers={"X-Request-ID": sane})
        assert answer.headers["x-request-id"] == sane
    insane: list[bytes] = [b"x" * 129, b"has space", b"tab\there", "naïve".encode(), b"\x7f", b""]
    for value in insane:
        answer = client.get("/v1/points/ST36", headers=[(b"X-Request-ID", value)])
        assert GENERATED_ID.fullmatch(answer.headers["x-request-id"]), value


def test_each_request_without_an_id_gets_a_new_one(client: TestClient) -> None:
    ids = [client.get("/v1/points/ST36").headers["x-request-id"] for _ in range(20)]
    assert all(GENERATED_ID.fullmatch(found) for found in ids)
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("method", "path", "headers", "status"),
    [
        ("GET", "/v1/points/NOPE99", {}, 404),
        ("GET", "/v1/nothing-here", {}, 404),
        ("DELETE", "/v1/points/ST36", {}, 405),
        ("GET", "/v1/points?limit=5000", {}, 422),
        ("GET", "/v1/points/ST36", {"Accept": "text/html"}, 406),
        ("GET", "/v1/points/ST36", {"Authorization": "Bearer akb_not-a-key"}, 401),
        ("GET", "/v1/points/" + "x" * 5000, {}, 414),
        ("GET", "/v1/export", {}, 401),
    ],
)
def test_every_problem_holds_the_request_id_of_its_answer(
    client: TestClient, method: str, path: str, headers: dict[str, str], status: int
) -> None:
    answer = client.request(method, path, headers=headers)
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["request_id"] == answer.headers["x-request-id"]
    sent = client.request(method, path, headers={**headers, "X-Request-ID": "mine-1"})
    assert sent.json()["request_id"] == "mine-1" == sent.headers["x-request-id"]


def test_an_unhandled_error_is_a_500_with_the_id_in_answer_and_log(
    seeded_database: str, log_lines: Callable[[], list[dict[str, Any]]]
) -> None:
    app = create_app(settings_for(seeded_database))

    @app.get("/v1/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        answer = test_client.get("/v1/boom", headers={"X-Request-ID": "boom-1"})
    assert answer.status_code == 500
    assert answer.headers["x-request-id"] == "boom-1"
    assert answer.headers["content-security-policy"] == JSON_POLICY
    body = answer.json()
    assert body["type"] == "urn:acupoint-kb:problem:internal-error"
    assert body["request_id"] == "boom-1"
    assert "secret" not in answer.text
    lines = log_lines()
    errors = [line for line in lines if line.get("level") == "error"]
    assert errors, lines
    assert all(line["request_id"] == "boom-1" for line in errors)
    assert any("secret internals" in line.get("exception", "") for line in errors)
    [request] = request_lines(lines)
    assert (request["route"], request["status"]) == ("/v1/boom", 500)


# --------------------------------------------------------------------------- the log line


def test_one_json_line_per_request_names_the_key_never_the_key_itself(
    writable_database: str,
    make_client: ClientFactory,
    log_lines: Callable[[], list[dict[str, Any]]],
) -> None:
    key = make_key(writable_database, "curator", "observed-curator")
    client = make_client(writable_database)
    first = client.get("/v1/points/ST36", headers=bearer(key))
    cached = client.get("/v1/points/ST36")
    revalidated = client.get("/v1/points/ST36", headers={"If-None-Match": first.headers["etag"]})
    missing = client.get("/v1/points/NOPE99", headers={"X-Request-ID": "client-id-7"})
    refused = client.get("/v1/points/ST36", headers=bearer(key + "x"))
    answers = [first, cached, revalidated, missing, refused]
    assert [a.status_code for a in answers] == [200, 200, 304, 404, 401]

    lines = request_lines(log_lines())
    assert len(lines) == len(answers)
    for line, answer in zip(lines, answers, strict=True):
        assert line["request_id"] == answer.headers["x-request-id"]
        assert line["status"] == answer.status_code
        assert line["route"] == "/v1/points/{ref}"
        assert line["method"] == "GET"
        assert line["client"] == "testclient"
        assert line["level"] == "info"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", line["timestamp"])
        assert isinstance(line["duration_ms"], float)
        assert 0 < line["duration_ms"] < 10_000
    assert lines[0]["key_name"] == "observed-curator"
    assert [line["key_name"] for line in lines[1:]] == [None] * 4
    assert lines[3]["request_id"] == "client-id-7"
    assert lines[3]["path"] == "/v1/points/NOPE99"
    everything = json.dumps(log_lines())
    assert key not in everything
    assert key[:12] not in everything  # not even its prefix


def test_the_route_template_of_answers_that_never_reach_routing(
    seeded_database: str,
    make_client: ClientFactory,
    log_lines: Callable[[], list[dict[str, Any]]],
) -> None:
    client = make_client(seeded_database)
    client.get("/v1/search?q=zusanli")  # the fast lane answers it
    client.get("/v1/search?q=zusanli")  # then the response cache
    client.head("/v1/meridians/LU")
    client.get("/no/such/path")
    lines = request_lines(log_lines())
    assert [(line["method"], line["route"], line["status"]) for line in lines] == [
        ("GET", "/v1/search", 200),
        ("GET", "/v1/search", 200),
        ("HEAD", "/v1/meridians/{code}", 200),
        ("GET", "(unmatched)", 404),
    ]


def test_at_level_warning_no_line_is_written_per_request(
    seeded_database: str, make_client: ClientFactory
) -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    try:
        configure_logging("warning", "json", stream)
        client = make_client(seeded_database)
        assert client.get("/v1/points/ST36").status_code == 200
        assert '"request"' not in stream.getvalue()
    finally:
        root.handlers, root.level = saved
        structlog.reset_defaults()
        structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


# --------------------------------------------------------------------------- security headers


def assert_strict(headers: Any) -> None:
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["content-security-policy"] == JSON_POLICY
    assert "x-request-id" in headers


def test_security_headers_on_fresh_cached_revalidated_and_refused_answers(
    client: TestClient,
) -> None:
    fresh = client.get("/v1/meridians/LI")
    cached = client.get("/v1/meridians/LI", headers={"Accept-Encoding": "gzip"})
    revalidated = client.get("/v1/meridians/LI", headers={"If-None-Match": fresh.headers["etag"]})
    refused = client.get("/v1/meridians/LI", headers={"Accept": "text/html"})
    missing = client.get("/v1/meridians/XX")
    probe = client.get("/healthz")
    head = client.head("/v1/meridians/LI")
    for answer, status in zip(
        (fresh, cached, revalidated, refused, missing, probe, head),
        (200, 200, 304, 406, 404, 200, 200),
        strict=True,
    ):
        assert answer.status_code == status
        assert_strict(answer.headers)
        assert answer.headers.get_list("x-request-id") == [answer.headers["x-request-id"]]


@pytest.mark.parametrize("path", ["/docs", "/redoc", "/docs/oauth2-redirect"])
def test_the_documentation_pages_may_run_their_own_scripts_only(
    client: TestClient, path: str
) -> None:
    answer = client.get(path, headers={"Accept-Encoding": "gzip"})
    assert answer.status_code == 200
    assert answer.headers["x-content-type-options"] == "nosniff"
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in answer.headers["content-security-policy"].split(";")
    )
    assert policy["default-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["connect-src"] == "'self'"  # the page reads /openapi.json, nothing else
    scripts = policy["script-src"].split()
    assert "'unsafe-inline'" not in scripts
    assert "'unsafe-eval'" not in scripts
    inline = re.findall(r"<script>(.*?)</script>", answer.text, re.DOTALL)
    allowed = {
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in inline
    }
    assert set(scripts) == {"'self'", *allowed}
    if path == "/docs":
        assert len(inline) == 1
    for source in re.findall(r'(?:src|href)="([^"]+)"', answer.text):
        assert source.startswith("/"), f"{path} loads {source} from elsewhere"


# --------------------------------------------------------------------------- metrics


def test_metrics_count_by_route_template_status_and_cache_use(
    seeded_database: str, make_client: ClientFactory
) -> None:
    client = make_client(seeded_database)
    before = client.get("/metrics").text
    for code in ("LR3", "LR4", "LR3"):
        client.get(f"/v1/points/{code}")
    client.get("/v1/points/NOPE99")
    client.get("/v1/points/LR3", headers={"If-None-Match": '"stale"'})
    answer = client.get("/metrics")
    after = answer.text

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert answer.headers["cache-control"] == "no-store"
    route = {"method": "GET", "route": "/v1/points/{ref}"}

    def grew(name: str, **labels: str) -> float:
        return metric(after, name, **labels) - metric(before, name, **labels)

    assert grew("acupoint_http_requests_total", **route, status="200") == 4
    assert grew("acupoint_http_requests_total", **route, status="404") == 1
    assert grew("acupoint_http_request_duration_seconds_count", route="/v1/points/{ref}") == 5
    assert grew("acupoint_response_cache_hits_total") == 2  # the second LR3, the last LR3
    assert grew("acupoint_response_cache_misses_total") == 3
    assert grew("acupoint_http_requests_total", method="GET", route="/metrics", status="200") == 1
    assert metric(after, "acupoint_snapshot_age_seconds") >= 0
    assert "acupoint_snapshot_age_seconds" in after
    version = client.get("/readyz").json()["dataset_version"]
    assert metric(after, "acupoint_dataset_info", version=version) == 1


def test_metrics_count_server_errors_and_unhandled_exceptions(seeded_database: str) -> None:
    app = create_app(settings_for(seeded_database))

    @app.get("/v1/boom")
    async def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        before = test_client.get("/metrics").text
        test_client.get("/v1/boom")
        test_client.get("/v1/boom")
        after = test_client.get("/metrics").text
    for name in ("acupoint_unhandled_exceptions_total", "acupoint_http_server_errors_total"):
        assert metric(after, name, route="/v1/boom") - metric(before, name, route="/v1/boom") == 2


def test_metrics_count_refusals_and_are_never_limited_or_cached(
    seeded_database: str, make_client: ClientFactory
) -> None:
    client = make_client(
        seeded_database,
        rate_limits_enabled=True,
        rate_limit_anonymous="2/hour",
        rate_limit_storage="memory",
    )
    before = client.get("/metrics").text
    statuses = [client.get("/v1/meridians").status_code for _ in range(4)]
    assert statuses[:2] == [200, 200]
    assert 429 in statuses
    scrapes = [client.get("/metrics") for _ in range(5)]
    assert [scrape.status_code for scrape in scrapes] == [200] * 5
    assert all("ratelimit" not in scrape.headers for scrape in scrapes)
    refused = statuses.count(429)
    after = scrapes[-1].text
    grown = metric(after, "acupoint_rate_limit_refusals_total", quota="anonymous") - metric(
        before, "acupoint_rate_limit_refusals_total", quota="anonymous"
    )
    assert grown == refused
    scraped = metric(
        after, "acupoint_http_requests_total", method="GET", route="/metrics", status="200"
    )
    assert (
        scraped
        - metric(
            scrapes[0].text,
            "acupoint_http_requests_total",
            method="GET",
            route="/metrics",
            status="200",
        )
        == 4
    )


def test_metrics_switched_off_count_nothing_and_serve_nothing(
    seeded_database: str, make_client: ClientFactory
) -> None:
    on = make_client(seeded_database)
    off = make_client(seeded_database, metrics_enabled=False)
    labels = {"method": "GET", "route": "/v1/regions/{ref}", "status": "200"}
    before = metric(on.get("/metrics").text, "acupoint_http_requests_total", **labels)
    assert off.get("/v1/regions/lower-limb").status_code == 200
    assert off.get("/metrics").status_code == 404
    assert metric(on.get("/metrics").text, "acupoint_http_requests_total", **labels) == before
    assert_strict(off.get("/v1/regions/lower-limb").headers)


def test_request_lines_reach_the_stream_within_the_flush_interval() -> None:
    class Counted(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1

    stream = Counted()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)

    async def under_load() -> tuple[int, int]:
        for _ in range(50):
            request_logger().info("request", status=200)
        flushed_at_once = stream.flushes
        await asyncio.sleep(FLUSH_SECONDS * 2)
        return flushed_at_once, stream.flushes

    try:
        configure_logging("info", "json", stream)
        assert asyncio.run(under_load()) == (0, 1)  # one flush for fifty lines
        assert len(stream.getvalue().splitlines()) == 50
    finally:
        root.handlers, root.level = saved
        structlog.reset_defaults()
        structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


@pytest.mark.parametrize(("opentelemetry", "checks_providers"), [(False, False), (True, True)])
def test_fastapi_opentelemetry_is_asked_for_only_when_turned_on(
    seeded_database: str,
    monkeypatch: pytest.MonkeyPatch,
    opentelemetry: bool,
    checks_providers: bool,
) -> None:
    asked: list[str] = []
    original = trace.get_tracer_provider

    def counting() -> Any:
        asked.append("tracer")
        return original()

    monkeypatch.setattr(trace, "get_tracer_provider", counting)
    app = create_app(settings_for(seeded_database, opentelemetry=opentelemetry))
    with TestClient(app) as client:
        asked.clear()
        assert client.get("/v1/points/ST36").status_code == 200
    assert bool(asked) is checks_providers
