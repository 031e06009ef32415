"""GET /v1/meridians, /healthz, /readyz, and the offline API docs."""

from collections.abc import Callable

from fastapi.testclient import TestClient


def test_meridians_are_listed_in_order_with_counts(client: TestClient) -> None:
    response = client.get("/v1/meridians")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 14
    assert [m["code"] for m in body["items"]] == [
        "LU", "LI", "ST", "SP", "HT", "SI", "BL", "KI", "PC", "TE", "GB", "LR", "GV", "CV",
    ]  # fmt: skip
    assert sum(m["point_count"] for m in body["items"]) == 361
    stomach = body["items"][2]
    assert stomach["name_hanzi_traditional"] == "足陽明胃經"
    assert {"code": "E", "language": "pt", "source": "acupunturistas-br"} in stomach["other_codes"]
    assert body["links"]["next"] is None


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["status"] == "ready"


def test_not_ready_until_a_dataset_is_loaded(
    empty_database: str, make_client: Callable[..., TestClient]
) -> None:
    client = make_client(empty_database)
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.headers["retry-after"] == "5"
    assert ready.headers["content-type"] == "application/problem+json"
    assert client.get("/v1/points/ST36").status_code == 503


def test_docs_work_without_internet(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assert "cdn." not in html
        assert "unpkg" not in html
    assert client.get("/static-offline-docs/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static-offline-docs/redoc.standalone.js").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "acupoint-kb"
