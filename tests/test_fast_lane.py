"""The fast lane answers search and point-list queries exactly as the routes would."""

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import ASGIApp

from app.api.fast_lane import FastLane
from app.main import create_app
from tests.support import settings_for

VALUES = {
    "q": [
        "zusanli",
        "ST36",
        "sore calves",
        "足三里",
        "knee",
        "",
        "x" * 201,
        "a b c d e f g h i j k l m",
    ],
    "symptom": ["sore calves after running", "back pain after the gym", "qwxzv plorb", "", "DOMS"],
    "condition": ["lower-back-pain", "lumbago", "headache", "nothing-like-this", ""],
    "region": ["lower-leg", "knee", "lower-limb", "nowhere"],
    "meridian": ["ST", "UB", "Bladder", "XX"],
    "category": ["he-sea", "not-a-category"],
    "evidence": ["traditional", "anecdotal", "proven"],
    "kind": ["point", "condition", "region", "meridian"],
    "limit": ["1", "5", "50", "51", "0", "ten", ""],
    "offset": ["0", "2", "-1"],
    "sort": ["relevance", "code", "-code", "name", "sideways"],
    "pregnant": ["true", "false", "maybe"],
    "unsafe": ["exclude", "flag", "hide"],
    "pain_persists": ["true", "no"],
    "skin_issue_region": ["knee", "lower-leg", "nowhere"],
    "unknown": ["1"],
}
PATHS = ("/v1/search", "/v1/points")
IGNORED_HEADERS = {"date", "x-request-id"}


def _lane(app: ASGIApp) -> FastLane:
    """The fast lane in a started app's middleware stack."""
    layer: object = app
    while not isinstance(layer, FastLane):
        layer = getattr(layer, "app")  # noqa: B009
    return layer


@pytest.fixture(scope="module")
def clients(seeded_database: str) -> Iterator[tuple[TestClient, TestClient]]:
    options = {"response_cache_bytes": 0, "rate_limits_enabled": False}
    fast = TestClient(create_app(settings_for(seeded_database, fast_lane=True, **options)))
    routes = TestClient(create_app(settings_for(seeded_database, fast_lane=False, **options)))
    with fast, routes:
        yield fast, routes


def _seen(
    client: TestClient, url: str, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], object]:
    answer = client.get(url, headers=headers)
    kept = {k: v for k, v in answer.headers.items() if k not in IGNORED_HEADERS}
    body: object = answer.content
    if answer.headers.get("content-type", "").endswith("json") and answer.content:
        body = json.loads(answer.content)
        if isinstance(body, dict):
            body.pop("request_id", None)
    return answer.status_code, kept, body


@pytest.mark.parametrize(
    "url",
    [
        "/v1/search?q=zusanli",
        "/v1/search?q=sore%20calves&kind=point&kind=condition&limit=3",
        "/v1/points?symptom=sore%20calves%20after%20running",
        "/v1/points?symptom=back%20pain&symptom=sore%20calves&pregnant=true&unsafe=flag",
        "/v1/points?condition=lower-back-pain&region=lower-limb&limit=2&offset=1",
        "/v1/points?q=knee&sort=name",
    ],
)
def test_a_well_formed_query_is_answered_in_the_lane_as_the_route_answers_it(
    clients: tuple[TestClient, TestClient], url: str
) -> None:
    fast, routes = clients
    lane = _lane(fast.app.middleware_stack)  # type: ignore[attr-defined]
    served = lane.served
    assert _seen(fast, url) == _seen(routes, url)
    assert lane.served == served + 1
    etag = fast.get(url).headers["etag"]
    assert _seen(fast, url, {"If-None-Match": etag}) == _seen(routes, url, {"If-None-Match": etag})
    assert fast.get(url, headers={"If-None-Match": etag}).status_code == 304


@pytest.mark.parametrize(
    "url",
    [
        "/v1/search?q=zusanli&unknown=1",
        "/v1/search?limit=5",
        "/v1/search?q=zusanli&limit=ten",
        "/v1/points?symptom=qwxzv%20plorb",
        "/v1/points?region=nowhere",
        "/v1/points/ST36",
    ],
)
def test_anything_else_goes_on_to_the_routes(
    clients: tuple[TestClient, TestClient], url: str
) -> None:
    fast, routes = clients
    lane = _lane(fast.app.middleware_stack)  # type: ignore[attr-defined]
    served = lane.served
    assert _seen(fast, url) == _seen(routes, url)
    assert lane.served == served


@st.composite
def _queries(draw: st.DrawFn) -> str:
    path = draw(st.sampled_from(PATHS))
    names = draw(st.lists(st.sampled_from(sorted(VALUES)), max_size=5))
    pairs = [f"{name}={quote(draw(st.sampled_from(VALUES[name])))}" for name in names]
    return path + ("?" + "&".join(pairs) if pairs else "")


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(url=_queries())
def test_every_query_gets_the_same_answer_with_or_without_the_lane(
    clients: tuple[TestClient, TestClient], url: str
) -> None:
    fast, routes = clients
    assert _seen(fast, url) == _seen(routes, url), url
