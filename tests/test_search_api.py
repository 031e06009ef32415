"""GET /v1/search: across points, conditions and regions, typo tolerant, script aware."""

from typing import Any

import pytest
from fastapi.testclient import TestClient


def search(client: TestClient, **params: Any) -> dict[str, Any]:
    response = client.get("/v1/search", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.mark.parametrize("q", ["Zusanli", "Zúsānlǐ", "zu san li", "足三里", "ST-36", "36.ST."])
def test_any_script_finds_the_point_first(client: TestClient, q: str) -> None:
    first = search(client, q=q)["items"][0]
    assert (first["kind"], first["id"], first["score"]) == ("point", "ST36", 100.0)
    assert first["href"] == "/v1/points/ST36"


def test_typos_still_find_it(client: TestClient) -> None:
    body = search(client, q="zusanly")
    assert body["items"][0]["id"] == "ST36"
    assert body["items"][0]["score"] < 100


def test_conditions_and_regions_are_found_with_their_kind(client: TestClient) -> None:
    kinds = {(hit["kind"], hit["id"]) for hit in search(client, q="sore calfs")["items"]}
    assert ("condition", "calf-tension") in kinds
    assert ("region", "calf") in kinds
    only = search(client, q="sore calfs", kind="condition")["items"]
    assert {hit["kind"] for hit in only} == {"condition"}


def test_nothing_close_gives_did_you_mean(client: TestClient) -> None:
    body = search(client, q="Weizhonh qq")
    assert body["items"] == [] or body["items"][0]["score"] < 85
    assert body["did_you_mean"][0] == "Weizhong"


@pytest.mark.parametrize(
    ("params", "location"),
    [
        ({}, "query.q"),
        ({"q": ""}, "query.q"),
        ({"q": "x" * 201}, "query.q"),
        ({"q": "st36", "limit": 0}, "query.limit"),
        ({"q": "st36", "limit": 51}, "query.limit"),
        ({"q": "st36", "kind": "herb"}, "query.kind[0]"),
        ({"q": "st36", "page": 2}, "query.page"),
    ],
)
def test_bad_input_is_a_422_problem(
    client: TestClient, params: dict[str, Any], location: str
) -> None:
    response = client.get("/v1/search", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert location in [e["location"] for e in response.json()["errors"]]
