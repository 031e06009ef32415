"""Rate limits: 429 problem+json with Retry-After and the RateLimit fields (draft -10), per
key and per client address, trusted proxies only, a strict quota for anonymous reports,
and counters in memory, in the database (both engines) or in Redis.

The several-worker behaviour, with real servers, is in test_rate_limits_across_workers.py.
"""

import asyncio
import logging
import os
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from ipaddress import ip_network
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from sqlalchemy import func, select
from starlette.types import Message, Receive, Scope, Send

from app import __main__ as cli
from app.api.auth import KeyCache
from app.api.client_address import ClientAddress
from app.api.ratelimit import PAUSE_SECONDS, RateLimit
from app.core import rate_limits
from app.core.database import build_engine
from app.core.errors import PROBLEM_TYPES
from app.core.rate_limits import MemoryCounter, parse_quota
from app.core.settings import Settings, get_settings
from app.main import create_app
from app.models.ratelimits import RateCounter
from app.services.rate_counters import DatabaseCounter, RedisCounter, chosen_storage
from tests.support import bearer, make_key, migrate_and_seed, settings_for

ClientFactory = Callable[..., TestClient]
HOUR = 3600
REDIS_URL = "redis://127.0.0.1:6379/0"
RATELIMIT_ITEM = re.compile(r'^"(?P<name>[a-z]+)";r=(?P<r>\d+);t=(?P<t>\d+)$')


def limited(**overrides: object) -> dict[str, object]:
    """Settings with rate limits on, counted in memory unless the test says otherwise."""
    return {"rate_limits_enabled": True, "rate_limit_storage": "memory", **overrides}


def in_a_fresh_window(window: int = HOUR, margin: int = 5) -> None:
    """Wait for the next window when this one ends within `margin` seconds, so a test's
    requests all fall in one fixed window."""
    left = window - int(time.time()) % window
    if left <= margin:
        time.sleep(left + 0.1)


def ratelimit_fields(headers: Any) -> dict[str, tuple[int, int]]:
    """`RateLimit: "a";r=1;t=2, "b";r=3;t=4` as {"a": (1, 2), "b": (3, 4)}."""
    fields: dict[str, tuple[int, int]] = {}
    for item in headers["ratelimit"].split(", "):
        matched = RATELIMIT_ITEM.match(item)
        assert matched is not None, headers["ratelimit"]
        fields[matched["name"]] = (int(matched["r"]), int(matched["t"]))
    return fields


@pytest.fixture(scope="module")
def seeded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A seeded SQLite database of this module's own, which its tests may write to."""
    url = f"sqlite:///{tmp_path_factory.mktemp('rate-limits') / 'seeded.sqlite3'}"
    migrate_and_seed(url)
    return url


@contextmanager
def client_at(url: str, address: str, **settings: object) -> Iterator[TestClient]:
    """A client whose requests come from `address` (the peer the server sees)."""
    with TestClient(create_app(settings_for(url, **settings)), client=(address, 50000)) as client:
        yield client


# --------------------------------------------------------------------------- the answers


def test_a_refused_request_is_429_problem_json_with_retry_after_and_ratelimit_fields(
    seeded_url: str, make_client: ClientFactory
) -> None:
    client = make_client(seeded_url, **limited(rate_limit_anonymous="2/hour"))
    in_a_fresh_window()
    sent = {"X-Request-ID": "over-quota"}
    first, second, refused = (client.get("/v1/points/ST36", headers=sent) for _ in range(3))

    for answer in (first, second, refused):
        assert answer.headers["ratelimit-policy"] == '"anonymous";q=2;w=3600'
    assert [first.status_code, second.status_code] == [200, 200]
    assert ratelimit_fields(first.headers)["anonymous"][0] == 1
    assert ratelimit_fields(second.headers)["anonymous"][0] == 0
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    remaining, reset = ratelimit_fields(refused.headers)["anonymous"]
    assert remaining == 0
    assert 0 < reset <= HOUR
    assert refused.headers["retry-after"] == str(reset)
    assert refused.headers["cache-control"] == "no-store"
    assert refused.json() == {
        "type": "urn:acupoint-kb:problem:rate-limited",
        "title": "Too many requests",
        "status": 429,
        "detail": "This client address sent more than 2 requests per hour without an API key.",
        "instance": "/v1/points/ST36",
        "hint": f"Retry in {reset} s (Retry-After); partners' keys have a higher limit.",
        "request_id": "over-quota",
    }


def test_the_problem_type_is_listed_with_the_others() -> None:
    assert PROBLEM_TYPES["rate-limited"][0] == 429


def test_cached_answers_and_not_modified_answers_count_too(
    seeded_url: str, make_client: ClientFactory
) -> None:
    client = make_client(seeded_url, **limited(rate_limit_anonymous="3/hour"))
    in_a_fresh_window()
    filled = client.get("/v1/meridians")
    from_cache = client.get("/v1/meridians")
    not_modified = client.get("/v1/meridians", headers={"If-None-Match": filled.headers["etag"]})
    refused = client.get("/v1/meridians")

    assert [filled.status_code, from_cache.status_code, not_modified.status_code] == [200, 200, 304]
    assert ratelimit_fields(not_modified.headers)["anonymous"][0] == 0
    assert refused.status_code == 429


def test_health_probes_and_the_documentation_are_never_limited(seeded_url: str) -> None:
    settings = settings_for(seeded_url, **limited(rate_limit_anonymous="1/hour"))
    # The documentation's own correctness is tested elsewhere; here only its limit matters.
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        in_a_fresh_window()
        client.get("/v1/points/ST36")
        assert client.get("/v1/points/ST36").status_code == 429
        for path in ("/healthz", "/readyz") * 3:
            assert client.get(path).status_code == 200, path
        for path in ("/healthz", "/readyz", "/openapi.json", "/docs", "/redoc"):
            answer = client.get(path)
            assert answer.status_code != 429, path
            assert "ratelimit" not in answer.headers, path


def test_switched_off_nothing_is_limited_or_announced(
    seeded_url: str, make_client: ClientFactory
) -> None:
    client = make_client(seeded_url, rate_limit_anonymous="1/hour")  # limits off by default
    answers = [client.get("/v1/points/ST36") for _ in range(3)]
    assert [answer.status_code for answer in answers] == [200, 200, 200]
    assert "ratelimit" not in answers[-1].headers


# --------------------------------------------------------------------------- who is counted


def test_keys_are_counted_per_key_with_their_roles_limits(
    seeded_url: str, make_client: ClientFactory
) -> None:
    suffix = uuid.uuid4().hex[:8]
    partner = make_key(seeded_url, "partner", f"partner-{suffix}")
    other_partner = make_key(seeded_url, "partner", f"other-{suffix}")
    curator = make_key(seeded_url, "curator", f"curator-{suffix}")
    client = make_client(
        seeded_url,
        **limited(
            rate_limit_anonymous="1/hour",
            rate_limit_partner="3/hour",
            rate_limit_curator="2/hour",
        ),
    )
    in_a_fresh_window()

    def statuses(headers: dict[str, str], times: int) -> list[int]:
        return [client.get("/v1/points/ST36", headers=headers).status_code for _ in range(times)]

    assert statuses({}, 2) == [200, 429]
    assert statuses(bearer(partner), 4) == [200, 200, 200, 429]
    assert statuses(bearer(other_partner), 1) == [200]  # a bucket per key
    assert statuses(bearer(curator), 3) == [200, 200, 429]
    refused = client.get("/v1/points/ST36", headers=bearer(partner))
    assert refused.headers["ratelimit-policy"] == '"partner";q=3;w=3600'
    assert refused.json()["detail"] == (
        f"The partner key 'partner-{suffix}' sent more than 3 requests per hour."
    )


def test_guessing_keys_is_limited_per_address_and_stops_the_look_ups(
    seeded_url: str, make_client: ClientFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = make_key(seeded_url, "partner", f"partner-{uuid.uuid4().hex[:8]}")
    client = make_client(seeded_url, **limited(rate_limit_anonymous="3/hour"))
    in_a_fresh_window()
    assert client.get("/v1/points/ST36", headers=bearer(partner)).status_code == 200
    looked_up: list[str] = []
    original = KeyCache._look_up

    def counting(cache: KeyCache, key: str) -> Any:
        looked_up.append(key)
        return original(cache, key)

    monkeypatch.setattr(KeyCache, "_look_up", counting)

    def guess(n: int) -> int:
        return client.get("/healthz", headers=bearer(f"akb_guess{n}")).status_code

    assert [guess(n) for n in range(5)] == [401, 401, 401, 429, 429]
    assert len(looked_up) == 4  # the fifth guess was refused before any look-up
    refused = client.get("/v1/points/ST36", headers=bearer("akb_another"))
    assert refused.status_code == 429
    assert refused.headers["retry-after"].isdigit()
    assert refused.json()["detail"] == (
        "This client address sent more than 3 requests per hour with an API key that is not valid."
    )
    # A key this process already knows to be valid still gets in, and so does a caller
    # without a key (its own quota); a key it would have to look up waits for the window.
    assert client.get("/v1/points/ST36", headers=bearer(partner)).status_code == 200
    assert client.get("/v1/points/ST36").status_code == 200


def test_a_trusted_proxy_names_the_client_and_nobody_else_does(seeded_url: str) -> None:
    settings = limited(rate_limit_anonymous="1/hour", trusted_proxies=["10.0.0.0/8"])
    in_a_fresh_window()
    with client_at(seeded_url, "10.1.2.3", **settings) as behind_proxy:

        def via_proxy(forwarded_for: str) -> int:
            headers = {"X-Forwarded-For": forwarded_for}
            return behind_proxy.get("/v1/points/ST36", headers=headers).status_code

        assert via_proxy("198.51.100.1") == 200
        assert via_proxy("198.51.100.2") == 200  # another client behind the same proxy
        assert via_proxy("198.51.100.1") == 429
        # A client cannot choose its bucket: what it writes sits left of what the proxy saw.
        assert via_proxy("203.0.113.50, 198.51.100.1") == 429
        assert via_proxy("198.51.100.1, 10.0.0.7") == 429  # a chain of trusted proxies

    with client_at(seeded_url, "192.0.2.10", **settings) as direct:
        statuses = [
            direct.get("/v1/points/ST36", headers={"X-Forwarded-For": f"198.51.100.{n}"})
            for n in range(10, 13)
        ]
        assert [answer.status_code for answer in statuses] == [200, 429, 429]


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "counted_as"),
    [
        ("192.0.2.10", [b"198.51.100.1"], "192.0.2.10"),  # untrusted peer: header ignored
        ("10.0.0.1", [b"198.51.100.1"], "198.51.100.1"),
        ("10.0.0.1", [b"203.0.113.5, 198.51.100.1, 10.0.0.9"], "198.51.100.1"),
        ("10.0.0.1", [b"203.0.113.5", b"198.51.100.1"], "198.51.100.1"),  # two header lines
        ("10.0.0.1", [b"10.0.0.8, 10.0.0.9"], "10.0.0.8"),  # only proxies: the first
        ("10.0.0.1", [b"not-an-address"], "10.0.0.1"),  # unreadable: the proxy itself
        ("10.0.0.1", [], "10.0.0.1"),
        ("10.0.0.1", [b"[2001:db8::1]:443"], "2001:db8::/64"),
        ("2001:db8:1:2:aaaa::1", [], "2001:db8:1:2::/64"),  # IPv6 counted per /64
        ("::ffff:192.0.2.4", [], "192.0.2.4"),
        ("testclient", [], "testclient"),
    ],
)
def test_the_client_address_comes_from_trusted_proxies_only(
    peer: str, forwarded_for: list[bytes], counted_as: str
) -> None:
    addresses = ClientAddress([ip_network("10.0.0.0/8")])
    scope = {"client": (peer, 1234), "headers": [(b"x-forwarded-for", v) for v in forwarded_for]}
    assert addresses(scope) == counted_as


def test_anonymous_reports_of_mistakes_have_a_strict_quota_of_their_own(
    seeded_url: str, make_client: ClientFactory
) -> None:
    client = make_client(
        seeded_url, **limited(rate_limit_anonymous="50/hour", rate_limit_corrections="2/hour")
    )
    partner = make_key(seeded_url, "partner", f"reporter-{uuid.uuid4().hex[:8]}")
    report = {
        "kind": "sources",
        "key": "who-nomenclature-1991",
        "problem": "The year of publication looks wrong.",
        "suggested_fix": "Check the title page.",
    }
    in_a_fresh_window()
    accepted = [client.post("/v1/corrections", json=report) for _ in range(2)]
    refused = client.post("/v1/corrections", json=report)

    assert [answer.status_code for answer in accepted] == [202, 202]
    assert refused.status_code == 429
    assert refused.json()["detail"] == (
        "This client address sent more than 2 requests per hour to POST /v1/corrections."
    )
    assert refused.headers["ratelimit-policy"] == (
        '"anonymous";q=50;w=3600, "corrections";q=2;w=3600'
    )
    fields = ratelimit_fields(refused.headers)
    assert fields["anonymous"][0] == 47
    assert fields["corrections"][0] == 0
    assert refused.headers["retry-after"] == str(fields["corrections"][1])
    assert client.get("/v1/points/ST36").status_code == 200  # reading goes on
    # A key holder is accountable and revocable: reports count against the key's quota only.
    by_key = [client.post("/v1/corrections", json=report, headers=bearer(partner)) for _ in "abc"]
    assert [answer.status_code for answer in by_key] == [202, 202, 202]


# --------------------------------------------------------------------------- the counters


def test_the_database_counts_for_every_process_on_both_engines(seeded_database: str) -> None:
    address = f"10.{uuid.uuid4().int % 250}.0.1"  # a bucket of its own in the shared database
    settings = limited(rate_limit_anonymous="3/hour", rate_limit_storage="database")
    in_a_fresh_window()
    with (
        client_at(seeded_database, address, **settings) as one,
        client_at(seeded_database, address, **settings) as other,
    ):
        statuses = [
            (one if turn % 2 else other).get("/v1/points/ST36").status_code for turn in range(5)
        ]
    assert statuses == [200, 200, 200, 429, 429]


def test_the_database_counter_is_atomic_and_prunes_ended_windows(empty_database: str) -> None:
    engine = build_engine(settings_for(empty_database))
    counter = DatabaseCounter(engine, keep_seconds=HOUR)
    now = int(time.time())
    counts: list[int] = []

    def hit_many() -> None:
        for _ in range(25):
            counts.append(asyncio.run(counter.hit("anonymous:concurrent", now, HOUR)))

    try:
        threads = [threading.Thread(target=hit_many) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(counts) == list(range(1, 101))  # no two hits saw the same count
        asyncio.run(counter.hit("anonymous:long-ago", now - 2 * HOUR, HOUR))
        assert counter.prune(now) == 1
        with engine.connect() as connection:
            buckets = connection.execute(select(RateCounter.bucket)).scalars().all()
            assert buckets == ["anonymous:concurrent"]
            total = connection.execute(select(func.sum(RateCounter.hits))).scalar_one()
            assert total == 100
    finally:
        engine.dispose()


@pytest.fixture
def redis_url() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.RedisError as error:
        pytest.skip(f"REDIS NOT REACHABLE at {REDIS_URL} ({error}): Redis storage untested")
    return REDIS_URL


def test_redis_counts_for_every_process(seeded_url: str, redis_url: str) -> None:
    settings = limited(
        rate_limit_anonymous="3/hour",
        rate_limit_storage=redis_url,
        rate_limit_key_prefix=f"acupoint-kb-test-{uuid.uuid4().hex}",
    )
    in_a_fresh_window()
    with (
        client_at(seeded_url, "192.0.2.1", **settings) as one,
        client_at(seeded_url, "192.0.2.1", **settings) as other,
    ):
        statuses = [
            (one if turn % 2 else other).get("/v1/points/ST36").status_code for turn in range(5)
        ]
    assert statuses == [200, 200, 200, 429, 429]


def test_a_redis_key_lives_no_longer_than_its_window(redis_url: str) -> None:
    import redis

    prefix = f"acupoint-kb-test-{uuid.uuid4().hex}"
    counter = RedisCounter(redis_url, prefix)

    async def two_hits() -> list[int]:
        try:
            return [await counter.hit("anonymous:192.0.2.9", 1200, 60) for _ in range(2)]
        finally:
            await counter.close()

    assert asyncio.run(two_hits()) == [1, 2]
    direct = redis.Redis.from_url(redis_url)
    try:
        ttl = direct.ttl(f"{prefix}:anonymous:192.0.2.9/1200")
        assert isinstance(ttl, int)
        assert 0 < ttl <= 60
    finally:
        direct.close()


def test_the_memory_counter_starts_each_window_afresh_and_stays_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counter = MemoryCounter()

    async def hits() -> list[int]:
        return [
            await counter.hit("a", 0, 60),
            await counter.hit("a", 0, 60),
            await counter.hit("a", 60, 60),
            await counter.hit("b", 60, 60),
        ]

    assert asyncio.run(hits()) == [1, 2, 1, 1]
    monkeypatch.setattr(rate_limits, "MAX_MEMORY_BUCKETS", 2)
    asyncio.run(counter.hit("c", 120, 60))  # full: "a" and "b" ended at 120 and go
    assert asyncio.run(counter.hit("c", 120, 60)) == 2
    assert asyncio.run(counter.hit("a", 120, 60)) == 1


def test_when_the_counters_fail_requests_pass_unlimited_for_a_while(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Broken:
        calls = 0

        async def hit(self, bucket: str, window_start: int, window: int) -> int:
            self.calls += 1
            raise ConnectionError("counter store down")

        async def close(self) -> None:
            return None

    async def ok(scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    broken = Broken()
    middleware = RateLimit(ok, broken, Settings(rate_limit_anonymous="1/hour"))
    scope = {"type": "http", "method": "GET", "path": "/v1/points", "client": ("192.0.2.1", 1)}
    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    async def receive() -> Message:
        return {"type": "http.request", "body": b""}

    async def three_requests() -> None:
        for _ in range(3):
            await middleware({**scope, "headers": [], "state": {}}, receive, send)

    with caplog.at_level(logging.WARNING, logger="app.api.ratelimit"):
        asyncio.run(three_requests())
    assert [m["status"] for m in sent if m["type"] == "http.response.start"] == [200, 200, 200]
    assert broken.calls == 1  # paused for PAUSE_SECONDS after the first failure
    assert PAUSE_SECONDS > 0
    assert "requests pass unlimited" in caplog.text


# --------------------------------------------------------------------------- configuration


@pytest.mark.parametrize("rate", ["", "many/minute", "0/minute", "5/fortnight", "1/second;9/day"])
def test_a_rate_that_is_not_one_quota_is_refused_at_start(rate: str) -> None:
    with pytest.raises(ValidationError):
        Settings(rate_limit_anonymous=rate)


def test_storage_is_memory_for_one_worker_and_the_database_for_several() -> None:
    assert chosen_storage(Settings(workers=1)) == "memory"
    assert chosen_storage(Settings(workers=2)) == "database"
    assert chosen_storage(Settings(workers=2, rate_limit_storage=REDIS_URL)) == REDIS_URL
    with pytest.raises(ValidationError):
        Settings(rate_limit_storage="memcached://127.0.0.1:11211")


def test_serve_tells_its_workers_how_many_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    seen: list[int] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: seen.append(get_settings().workers))
    monkeypatch.delenv("ACUPOINT_WORKERS", raising=False)
    get_settings.cache_clear()
    try:
        assert cli.main(["serve", "--workers", "3"]) == 0
    finally:
        get_settings.cache_clear()
    assert seen == [3]
    assert "ACUPOINT_WORKERS" not in os.environ


def test_the_policy_names_the_quota_as_the_draft_says() -> None:
    assert parse_quota("anonymous", "120/minute").policy == '"anonymous";q=120;w=60'
    assert parse_quota("corrections", "5 per 2 hours").describe() == "5 requests per 2 hours"
