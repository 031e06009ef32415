"""GET /v1/regions and /v1/regions/{slug}: the region tree and its points."""

from typing import Any

from fastapi.testclient import TestClient


def find(nodes: list[dict[str, Any]], slug: str) -> dict[str, Any]:
    for node in nodes:
        if node["slug"] == slug:
            return node
        try:
            return find(node["children"], slug)
        except LookupError:
            continue
    raise LookupError(slug)


def test_tree_counts_include_descendants(client: TestClient) -> None:
    response = client.get("/v1/regions")
    assert response.status_code == 200
    tree = response.json()
    assert [r["slug"] for r in tree["regions"]] == [
        "head-and-neck",
        "trunk",
        "upper-limb",
        "lower-limb",
    ]
    assert tree["region_count"] == 19
    lower_limb = find(tree["regions"], "lower-limb")
    # ST36 (shin), BL58 (calf), BL40 (back of the knee), GB41 (top of the foot), ST41 (ankle).
    assert lower_limb["point_count"] == 5
    assert [c["slug"] for c in lower_limb["children"]] == [
        "hip-and-thigh",
        "knee",
        "leg",
        "ankle",
        "foot",
    ]
    knee = find(tree["regions"], "knee")
    assert knee["point_count"] == 1
    assert knee["children"] == [
        {
            "slug": "back-of-knee",
            "name": "Back of the knee",
            "description": "The crease behind the knee (popliteal fossa).",
            "point_count": 1,
            "children": [],
        }
    ]
    assert find(tree["regions"], "trunk")["point_count"] == 2  # BL23, BL25 (lower back)
    assert find(tree["regions"], "head-and-neck")["point_count"] == 0


def test_region_detail_has_ancestors_children_and_descendant_points(
    client: TestClient,
) -> None:
    response = client.get("/v1/regions/lower-limb")
    assert response.status_code == 200
    body = response.json()
    assert body["ancestors"] == []
    assert body["point_count"] == 5
    assert [p["code"] for p in body["points"]] == ["ST36", "ST41", "BL40", "BL58", "GB41"]
    assert {c["slug"]: c["point_count"] for c in body["children"]} == {
        "hip-and-thigh": 0,
        "knee": 1,
        "leg": 2,
        "ankle": 1,
        "foot": 1,
    }

    leaf = client.get("/v1/regions/back-of-knee").json()
    assert leaf["ancestors"] == [
        {"slug": "lower-limb", "name": "Lower limb"},
        {"slug": "knee", "name": "Knee"},
    ]
    assert leaf["children"] == []
    assert [p["code"] for p in leaf["points"]] == ["BL40"]
    assert leaf["points"][0]["regions"] == ["back-of-knee"]
    assert leaf["source"] == "acupoint-kb-editorial"


def test_region_by_name_in_any_case(client: TestClient) -> None:
    canonical = client.get("/v1/regions/back-of-knee")
    for ref in ("Back of the knee", "BACK-OF-KNEE"):
        response = client.get(f"/v1/regions/{ref}")
        assert response.status_code == 200, ref
        assert response.content == canonical.content


def test_unknown_region_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/regions/elbow")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:acupoint-kb:problem:region-not-found"
    close = client.get("/v1/regions/lower-limbs").json()
    assert close["status"] == 404
    assert "Lower limb" in close["hint"]
