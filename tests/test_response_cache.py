"""The response cache: one entry per request the routes can tell apart, bounded in bytes."""

from collections.abc import Callable

from fastapi.testclient import TestClient
from starlette.types import ASGIApp

from app.api.middleware import ResponseCache, cache_key

SORE_BACK = "/v1/points?symptom=lower%20back%20pain"


def response_cache(client: TestClient) -> ResponseCache:
    layer: ASGIApp | None = client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(layer, ResponseCache):
        layer = getattr(layer, "app", None)
        assert layer is not None, "no ResponseCache in the middleware stack"
    return layer


def test_the_key_is_the_query_as_the_routes_read_it() -> None:
    assert cache_key("/v1/points", b"symptom=a%20b&&&limit=2&") == cache_key(
        "/v1/points", b"symptom=a+b&limit=2"
    )
    assert cache_key("/v1/points", b"symptom=a&symptom=b") != cache_key(
        "/v1/points", b"symptom=b&symptom=a"
    )
    assert cache_key("/v1/points", b"q=") != cache_key("/v1/points", b"")
    # A path holding an encoded `?` is not the same request as a path and a query.
    assert cache_key("/v1/points/a?b=", b"") != cache_key("/v1/points/a", b"b=")


def test_a_padded_or_respelled_url_is_not_a_new_entry(
    make_client: Callable[..., TestClient], seeded_database: str
) -> None:
    client = make_client(seeded_database)
    first = client.get(SORE_BACK)
    cache = response_cache(client)
    assert first.status_code == 200
    assert len(cache) == 1
    for url in (
        SORE_BACK + "&" * 3000,
        "/v1/points?&&symptom=lower+back+pain&",
        "/v1/points?symptom=lower%20back%20pain&&&&",
    ):
        again = client.get(url)
        assert again.status_code == 200
        assert again.headers["etag"] == first.headers["etag"]
        assert again.content == first.content
    assert len(cache) == 1


def test_repeated_values_keep_their_order(
    make_client: Callable[..., TestClient], seeded_database: str
) -> None:
    client = make_client(seeded_database)
    forward = client.get("/v1/points?symptom=lower%20back%20pain&symptom=headache").json()
    backward = client.get("/v1/points?symptom=headache&symptom=lower%20back%20pain").json()
    assert [u["given"] for u in forward["understood_as"]] == ["lower back pain", "headache"]
    assert [u["given"] for u in backward["understood_as"]] == ["headache", "lower back pain"]
    assert len(response_cache(client)) == 2


def test_the_cache_holds_no_more_than_its_bytes(
    make_client: Callable[..., TestClient], seeded_database: str
) -> None:
    budget = 512 * 1024
    client = make_client(seeded_database, response_cache_bytes=budget)
    cache = response_cache(client)
    for limit in range(1, 60):
        response = client.get(f"/v1/points?limit={limit}", headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200
        assert 0 < cache.stored_bytes <= budget
    assert 1 < len(cache) < 59
    # The least recently used went first: the latest answers are still there.
    assert cache_key("/v1/points", b"limit=59") in cache._entries


def test_an_answer_over_a_sixteenth_of_the_bound_is_served_not_kept(
    make_client: Callable[..., TestClient], seeded_database: str
) -> None:
    client = make_client(seeded_database, response_cache_bytes=16 * 4096)
    cache = response_cache(client)
    large = client.get("/v1/points?limit=100")
    assert large.status_code == 200
    assert len(large.content) > 4096
    assert (len(cache), cache.stored_bytes) == (0, 0)
    small = client.get("/v1/points?limit=1")
    assert small.status_code == 200
    assert len(cache) == 1
