"""GET /v1/meridians/{code}: a meridian by any spelling, with its points and counts."""

import pytest
from fastapi.testclient import TestClient


def test_bladder_meridian_has_its_67_points_in_number_order(client: TestClient) -> None:
    response = client.get("/v1/meridians/BL")
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == "BL"
    assert body["name"] == "Bladder Meridian"
    assert {"code": "UB", "language": "en", "source": "fifthelement-au"} in body["other_codes"]
    assert body["source"] == "who-wpro-2008"
    assert body["point_count"] == 67
    assert body["points_listed"] == 67
    assert [p["number"] for p in body["points"]] == list(range(1, 68))
    assert body["points"][39]["code"] == "BL40"
    assert body["points"][39]["names"]["pinyin"] == "Wěizhōng"
    # The article gives techniques and uses for BL23, BL25, BL40 and BL58.
    assert body["points_with_techniques"] == 4
    assert body["points_with_conditions"] == 4


@pytest.mark.parametrize(
    "ref", ["UB", "ub", "bl", "Bladder", "bladder meridian", "Urinary Bladder"]
)
def test_other_spellings_give_the_same_body(client: TestClient, ref: str) -> None:
    canonical = client.get("/v1/meridians/BL")
    response = client.get(f"/v1/meridians/{ref}")
    assert response.status_code == 200, ref
    assert response.content == canonical.content


@pytest.mark.parametrize(
    ("ref", "code"),
    [
        ("st", "ST"),
        ("SJ", "TE"),
        ("3E", "TE"),
        ("LI", "LI"),
        ("Du", "GV"),
        ("DU", "GV"),
        ("Dü", "SI"),  # German Dünndarm: its dots keep it apart from the Du of Du Mai
        ("Lung", "LU"),
    ],
)
def test_spellings_from_other_lists(client: TestClient, ref: str, code: str) -> None:
    response = client.get(f"/v1/meridians/{ref}")
    assert response.status_code == 200, ref
    assert response.json()["code"] == code


def test_stomach_counts(client: TestClient) -> None:
    body = client.get("/v1/meridians/ST").json()
    assert (body["point_count"], body["points_listed"]) == (45, 45)
    assert body["points_with_techniques"] == 1  # ST36; ST41 has a location only
    assert body["points_with_conditions"] == 1


def test_ambiguous_spelling_is_a_300_listing_the_candidates(client: TestClient) -> None:
    response = client.get("/v1/meridians/P")
    assert response.status_code == 300
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:acupoint-kb:problem:ambiguous-meridian"
    assert "LU (Lung Meridian)" in body["detail"]
    assert "PC (Pericardium Meridian)" in body["detail"]


def test_unknown_meridian_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/meridians/XX")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:acupoint-kb:problem:meridian-not-found"
    assert "BL (Bladder Meridian)" in client.get("/v1/meridians/Bladdr").json()["hint"]
