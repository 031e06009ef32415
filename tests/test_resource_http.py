"""What every resource GET shares: ETag and 304, problem+json for bad input, documented."""

import pytest
from fastapi.testclient import TestClient

GETS = [
    "/v1/conditions",
    "/v1/conditions?sort=-point_count&limit=2&offset=1",
    "/v1/conditions/lower-back-pain",
    "/v1/conditions/lumbago",
    "/v1/regions",
    "/v1/regions/lower-limb",
    "/v1/meridians/BL",
    "/v1/meridians/UB",
    "/v1/contraindications",
    "/v1/routines",
    "/v1/routines/post-exercise-muscle-recovery",
    "/v1/tips",
    "/v1/sources",
    "/v1/sources/who-wpro-2008",
    "/v1/errata",
]

LISTS = [
    "/v1/conditions",
    "/v1/contraindications",
    "/v1/routines",
    "/v1/tips",
    "/v1/sources",
    "/v1/errata",
]

DETAILS = [
    "/v1/conditions",
    "/v1/regions",
    "/v1/meridians",
    "/v1/routines",
    "/v1/sources",
]


@pytest.mark.parametrize("path", GETS)
def test_every_get_has_an_etag_and_answers_304(client: TestClient, path: str) -> None:
    first = client.get(path)
    assert first.status_code == 200, first.text
    assert first.headers["content-type"] == "application/json"
    etag = first.headers["etag"]
    assert first.headers["cache-control"].startswith("public, max-age=")
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    stale = client.get(path, headers={"If-None-Match": '"not-this-one"'})
    assert stale.status_code == 200


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize(
    "query", ["limit=0", "limit=1000", "limit=-1", "limit=abc", "offset=-1", "offset=x"]
)
def test_bad_page_parameters_are_422_problems(client: TestClient, path: str, query: str) -> None:
    response = client.get(f"{path}?{query}")
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["errors"][0]["location"] == f"query.{query.split('=')[0]}"


def test_bad_sort_is_a_422_problem(client: TestClient) -> None:
    response = client.get("/v1/conditions?sort=bogus")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["location"] == "query.sort"


@pytest.mark.parametrize("path", DETAILS)
@pytest.mark.parametrize("ref", ["no-such-thing", "x" * 201, "%20", "%2A", "null", "0"])
def test_bad_identifiers_are_4xx_problems(client: TestClient, path: str, ref: str) -> None:
    response = client.get(f"{path}/{ref}")
    assert 400 <= response.status_code < 500, (path, ref, response.status_code)
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == response.status_code


def test_overlong_identifier_is_422(client: TestClient) -> None:
    response = client.get("/v1/conditions/" + "x" * 201)
    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == "path.slug"


def test_operations_are_documented(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    expected = {
        ("/v1/conditions", "list_conditions"),
        ("/v1/conditions/{slug}", "get_condition"),
        ("/v1/regions", "get_region_tree"),
        ("/v1/regions/{slug}", "get_region"),
        ("/v1/meridians/{code}", "get_meridian"),
        ("/v1/contraindications", "list_contraindications"),
        ("/v1/routines", "list_routines"),
        ("/v1/routines/{slug}", "get_routine"),
        ("/v1/tips", "list_tips"),
        ("/v1/sources", "list_sources"),
        ("/v1/sources/{slug}", "get_source"),
        ("/v1/errata", "list_errata"),
    }
    tags = {tag["name"] for tag in spec["tags"]}
    for path, operation_id in expected:
        operation = spec["paths"][path]["get"]
        assert operation["operationId"] == operation_id
        assert operation["summary"]
        assert operation["description"]
        assert set(operation["tags"]) <= tags
        ok = operation["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in ok, path
    limit = next(
        p for p in spec["paths"]["/v1/conditions"]["get"]["parameters"] if p["name"] == "limit"
    )
    assert limit["schema"]["maximum"] == 100
    sort = next(
        p for p in spec["paths"]["/v1/conditions"]["get"]["parameters"] if p["name"] == "sort"
    )
    assert sort["schema"]["$ref"].endswith("ConditionSort")
