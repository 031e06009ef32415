"""Conventions across the API: problem+json, caching, gzip, CORS, limits."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from tests.support import settings_for

OPENAPI = Path(__file__).resolve().parent.parent / "openapi.json"
GET_PATHS = [
    "/v1/points/ST36",
    "/v1/points?symptom=DOMS",
    "/v1/meridians",
    "/v1/search?q=zusanli",
]


@pytest.mark.parametrize("path", GET_PATHS)
def test_every_get_has_an_etag_and_revalidates(client: TestClient, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200
    assert first.headers["cache-control"] == "public, max-age=300"
    etag = first.headers["etag"]
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(path, headers={"If-None-Match": f'W/{etag}, "x"'}).status_code == 304
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200


def test_large_bodies_are_gzipped_small_ones_are_not(client: TestClient) -> None:
    raw = client.get("/v1/points/ST36", headers={"Accept-Encoding": "identity"})
    zipped = client.get("/v1/points/ST36", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in raw.headers
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["vary"] == "Accept-Encoding"
    assert zipped.json() == raw.json()  # httpx decodes the gzip body
    assert int(zipped.headers["content-length"]) < len(raw.content)
    small = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert "content-encoding" not in small.headers


def test_cached_answers_equal_fresh_ones(client: TestClient) -> None:
    first = client.get("/v1/points?symptom=sore%20calves&limit=3")
    second = client.get("/v1/points?symptom=sore%20calves&limit=3")
    assert first.content == second.content
    assert first.headers["etag"] == second.headers["etag"]


def test_not_acceptable_and_method_not_allowed(client: TestClient) -> None:
    refused = client.get("/v1/points/ST36", headers={"Accept": "text/html"})
    assert refused.status_code == 406
    assert refused.headers["content-type"] == "application/problem+json"
    assert client.get("/v1/points/ST36", headers={"Accept": "application/*"}).status_code == 200
    excluded = client.get("/v1/meridians", headers={"Accept": "application/json;q=0, */*;q=0"})
    assert excluded.status_code == 406
    wrong = client.delete("/v1/points/ST36")
    assert wrong.status_code == 405
    assert wrong.headers["content-type"] == "application/problem+json"
    assert wrong.headers["allow"] == "GET, HEAD"


def test_unknown_paths_are_404_problems(client: TestClient) -> None:
    response = client.get("/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json()["type"] == "urn:acupoint-kb:problem:not-found"


def test_unexpected_errors_are_500_problems_without_details(seeded_database: str) -> None:
    app = create_app(settings_for(seeded_database))

    @app.get("/v1/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/v1/boom")
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert "secret" not in response.text


def test_cors_allows_only_configured_origins(
    seeded_database: str, make_client: Callable[..., TestClient]
) -> None:
    client = make_client(seeded_database, cors_origins=["https://app.example"])
    allowed = client.get("/v1/points/ST36", headers={"Origin": "https://app.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    assert "etag" in allowed.headers["access-control-expose-headers"].lower()
    other = client.get("/v1/points/ST36", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = client.options(
        "/v1/safety-check",
        headers={
            "Origin": "https://app.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["access-control-allow-methods"]


# GET paths whose example names nothing the seeded database holds: a correction's id is
# made when someone reports one.
NOTHING_THERE = ("/v1/corrections/{correction_id}",)


def _get_operations() -> list[tuple[str, int]]:
    """Every GET path of the API, path parameters filled with their first example, and what
    it answers without a key: 401 when it needs one, 404 when its example is not there."""
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    urls = []
    for path, item in document["paths"].items():
        operation = item.get("get")
        if operation is None or not path.startswith("/v1"):
            continue
        url = path
        for parameter in operation.get("parameters", []):
            if parameter["in"] == "path":
                example = next(iter(parameter["examples"].values()))["value"]
                url = url.replace("{" + parameter["name"] + "}", str(example))
        required = [
            p["name"]
            for p in operation.get("parameters", [])
            if p["in"] == "query" and p.get("required")
        ]
        url += "?" + "&".join(f"{name}=st36" for name in required) if required else ""
        open_to_all = {} in operation.get("security", [{}])
        urls.append((url, 404 if path in NOTHING_THERE else 200 if open_to_all else 401))
    return urls


@pytest.mark.parametrize(("url", "status"), _get_operations())
def test_unknown_query_parameters_are_rejected_everywhere(
    client: TestClient, url: str, status: int
) -> None:
    assert client.get(url).status_code == status
    joined = url + ("&" if "?" in url else "?") + "colour=red"
    response = client.get(joined)
    assert response.status_code == 422, url
    assert response.headers["content-type"] == "application/problem+json"
    assert [e["location"] for e in response.json()["errors"]] == ["query.colour"]
