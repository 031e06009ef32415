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
    assert tree["region_count"] == 35
    # Every point lies in a region, and all the regions of one point under one top region.
    assert [r["point_count"] for r in tree["regions"]] == [92, 142, 77, 98]
    assert sum(r["point_count"] for r in tree["regions"]) == 409
    lower_limb = find(tree["regions"], "lower-limb")
    assert lower_limb["point_count"] == 98
    assert [c["slug"] for c in lower_limb["children"]] == [
        "hip-and-thigh",
        "knee",
        "leg",
        "ankle",
        "foot",
    ]
    knee = find(tree["regions"], "knee")
    # ST35, GB33, LR8, EX-LE2, EX-LE4, EX-LE5, and the four behind the knee.
    assert knee["point_count"] == 10
    assert knee["children"] == [
        {
            "slug": "back-of-knee",
            "name": "Back of the knee",
            "description": "The crease behind the knee (popliteal fossa).",
            "point_count": 4,
            "children": [],
        }
    ]
    back = find(tree["regions"], "back")
    assert back["point_count"] == 63  # EX-B2 lies on both the upper and the lower back
    assert [(c["slug"], c["point_count"]) for c in back["children"]] == [
        ("upper-back", 38),
        ("lower-back", 26),
    ]
    assert find(tree["regions"], "lower-back")["children"][0]["slug"] == "sacrum"
    assert find(tree["regions"], "ear")["point_count"] == 1


def test_region_detail_has_ancestors_children_and_descendant_points(
    client: TestClient,
) -> None:
    response = client.get("/v1/regions/lower-limb")
    assert response.status_code == 200
    body = response.json()
    assert body["ancestors"] == []
    assert body["point_count"] == 98
    listed = client.get("/v1/points", params={"region": "lower-limb", "limit": 100}).json()
    assert [p["code"] for p in body["points"]] == [i["point"]["code"] for i in listed["items"]]
    assert [p["code"] for p in body["points"]][:3] == ["ST31", "ST32", "ST33"]
    assert {c["slug"]: c["point_count"] for c in body["children"]} == {
        "hip-and-thigh": 22,
        "knee": 10,
        "leg": 28,
        "ankle": 7,
        "foot": 31,
    }

    leaf = client.get("/v1/regions/back-of-knee").json()
    assert leaf["ancestors"] == [
        {"slug": "lower-limb", "name": "Lower limb"},
        {"slug": "knee", "name": "Knee"},
    ]
    assert leaf["children"] == []
    assert [p["code"] for p in leaf["points"]] == ["BL38", "BL39", "BL40", "KI10"]
    assert [p["regions"] for p in leaf["points"]] == [["back-of-knee"]] * 4
    assert leaf["source"] == "acupoint-kb-editorial"


def test_region_by_name_in_any_case(client: TestClient) -> None:
    canonical = client.get("/v1/regions/back-of-knee")
    for ref in ("Back of the knee", "BACK-OF-KNEE"):
        response = client.get(f"/v1/regions/{ref}")
        assert response.status_code == 200, ref
        assert response.content == canonical.content


def test_unknown_region_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/regions/heel")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:acupoint-kb:problem:region-not-found"
    close = client.get("/v1/regions/lower-limbs").json()
    assert close["status"] == 404
    assert "Lower limb" in close["hint"]
