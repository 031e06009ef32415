"""GET /v1/points/{ref}: any identifier, everything we know, with sources."""

from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.seeding.reader import SeedData

ARTICLE = "tcmtips-post-exercise-recovery"


def get_point(client: TestClient, ref: str) -> dict[str, Any]:
    response = client.get(f"/v1/points/{ref}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_code_pinyin_and_other_meridian_code_return_the_same_point(client: TestClient) -> None:
    bodies = [get_point(client, ref) for ref in ("BL40", "Weizhong", "UB-40", "委中", "bl 40")]
    assert all(body == bodies[0] for body in bodies)
    point = bodies[0]
    assert point["code"] == "BL40"
    assert point["meridian"] == {"code": "BL", "name": "Bladder Meridian"}
    assert point["names"]["pinyin"] == "Wěizhōng"
    # The standard location first, then the article's words for lay readers.
    assert point["locations"] == [
        {
            "kind": "anatomical",
            "site": 1,
            "text": "Back of the knee, at the middle of the popliteal crease.",
            "standard_uses": True,
            "note": None,
            "source": "who-wpro-2008",
        },
        {
            "kind": "lay",
            "site": 1,
            "text": "At the midpoint of the crease behind the knee.",
            "standard_uses": False,
            "note": None,
            "source": ARTICLE,
        },
    ]
    assert point["regions"] == [
        {
            "slug": "back-of-knee",
            "name": "Back of the knee",
            "source": "who-wpro-2008",
            "confirmed_by": "iaomai-atlas",
            "note": None,
        }
    ]
    assert [(c["category"], c["detail"], c["source"]) for c in point["categories"]] == [
        ("he-sea", "earth", "deadman-five-shu-1993"),
        ("lower-he-sea", "bladder", "yinyanghouse-theory"),
        ("four-command", "lower back", "morningside-command-points"),
    ]
    assert point["techniques"] == [
        {
            "instructions": "Sit or lie down comfortably, and use your thumb to press the point "
            "for 1–2 minutes on each leg.",
            "applied_with": "thumb",
            "motion": None,
            "pressure": None,
            "posture": "sitting or lying down",
            "duration_min_seconds": 60,
            "duration_max_seconds": 120,
            "duration_text": "1–2 minutes",
            "sides": "each_side",
            "source": ARTICLE,
        }
    ]
    assert [(c["slug"], c["relevance"]) for c in point["conditions"]] == [
        ("leg-pain", 1),
        ("lower-back-pain", 1),
        ("post-exercise-muscle-soreness", 2),
    ]
    # Not on the abdomen or lower back, so the pregnancy caution does not apply here.
    assert [c["slug"] for c in point["cautions"]] == [
        "skin-problem-at-site",
        "persistent-or-worsening-pain",
    ]
    # Every source of its names, location, figure sites, region and categories, as well as
    # the article.
    assert {s["slug"] for s in point["sources"]} == {
        ARTICLE,
        "who-wpro-2008",
        "acupoint-kb-editorial",
        "acupoint-kb-body-map",
        "deadman-five-shu-1993",
        "gmzyjc-textbook",
        "healthyupdate-principles",
        "iaomai-atlas",
        "morningside-command-points",
        "nepal-cv",
        "shen-nong",
        "yinyanghouse-theory",
    }
    assert "not medical advice" in point["notice"]


def test_lower_back_points_carry_the_pregnancy_caution(client: TestClient) -> None:
    point = get_point(client, "Shenshu")
    assert point["code"] == "BL23"
    pregnancy = next(c for c in point["cautions"] if c["trigger"] == "pregnancy")
    assert pregnancy["regions"] == ["abdomen", "lower-back"]
    assert pregnancy["severity"] == "avoid"
    assert point["techniques"][0]["duration_min_seconds"] is None  # a gap stays a gap


def test_every_standard_code_resolves(client: TestClient, seed_data: SeedData) -> None:
    for row in seed_data.catalog_points:
        for ref in (row.code, f"{row.meridian}-{row.number}"):
            response = client.get(f"/v1/points/{ref}")
            assert response.status_code == 200, ref
            assert response.json()["code"] == row.code


def test_extra_points_and_the_yintang_variant(client: TestClient) -> None:
    point = get_point(client, "EX-HN3")
    assert point["names"]["pinyin"] == "Yìntáng"
    assert point["laterality"] == "midline"
    assert get_point(client, "GV29")["code"] == "EX-HN3"
    variant = next(n for n in point["all_names"] if n["value"] == "GV29")
    assert variant["source"] == "gb-t-12346-2021"


def test_the_articles_mistake_is_visible_as_an_erratum(client: TestClient) -> None:
    gb41 = get_point(client, "GB41")
    erratum = next(e for e in gb41["errata"] if e["slug"] == "gb41-section-describes-st41")
    assert erratum["source"] == ARTICLE
    assert erratum["evidence_source"] == "who-wpro-2008"
    assert "ST-41" in erratum["source_said"]
    assert not any("Jie Xi" in n["value"] for n in gb41["all_names"])
    st41 = get_point(client, "Jie Xi")
    assert st41["code"] == "ST41"
    assert [e["slug"] for e in st41["errata"]] == ["gb41-section-describes-st41"]
    # The passage the article misplaced is ST41's lay location, after the standard one.
    assert [(loc["kind"], loc["source"]) for loc in st41["locations"]] == [
        ("anatomical", "who-wpro-2008"),
        ("lay", ARTICLE),
    ]


def test_unknown_ref_is_a_404_problem_with_suggestions(client: TestClient) -> None:
    response = client.get("/v1/points/Weizhonk")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:acupoint-kb:problem:point-not-found"
    assert body["instance"] == "/v1/points/Weizhonk"
    assert body["suggestions"][0]["code"] == "BL40"
    assert "BL-40" in body["hint"]


def test_ambiguous_ref_lists_its_candidates(client: TestClient) -> None:
    response = client.get("/v1/points/P6")
    assert response.status_code == 300
    assert response.headers["content-type"] == "application/problem+json"
    assert [c["code"] for c in response.json()["candidates"]] == ["LU6", "PC6"]


@pytest.mark.parametrize("ref", ["x" * 201, "%20"])
def test_malformed_ref_is_a_clear_4xx(client: TestClient, ref: str) -> None:
    response = client.get(f"/v1/points/{ref}")
    assert 400 <= response.status_code < 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"]


def test_etag_revalidation(client: TestClient) -> None:
    first = client.get("/v1/points/ST36")
    etag = first.headers["etag"]
    assert first.headers["cache-control"].startswith("public")
    again = client.get("/v1/points/Zusanli", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    other = client.get("/v1/points/ST36", headers={"If-None-Match": '"stale"'})
    assert other.status_code == 200
