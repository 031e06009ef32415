"""GET /v1/conditions and /v1/conditions/{slug}: symptom → ranked points, safely."""

from typing import Any

import pytest
from fastapi.testclient import TestClient

ARTICLE = "tcmtips-post-exercise-recovery"


def get_json(client: TestClient, path: str) -> dict[str, Any]:
    response = client.get(path)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_lower_back_pain_ranks_its_points_with_techniques_and_cautions(
    client: TestClient,
) -> None:
    body = get_json(client, "/v1/conditions/lower-back-pain")
    assert body["slug"] == "lower-back-pain"
    assert body["name"] == "Lower back pain"
    assert "lumbago" in body["synonyms"]
    assert body["point_count"] == 4
    assert [(p["point"]["code"], p["relevance"]) for p in body["points"]] == [
        ("BL23", 1),
        ("BL40", 1),
        ("BL25", 2),
        ("GB41", 2),
    ]
    by_code = {p["point"]["code"]: p for p in body["points"]}
    bl40 = by_code["BL40"]
    assert bl40["claim"] == "Relieves lower back pain."
    assert bl40["source"] == ARTICLE
    assert bl40["point"]["display_code"] == "BL-40"
    assert bl40["point"]["names"]["pinyin"] == "Wěizhōng"
    assert bl40["techniques"][0]["duration_text"] == "1–2 minutes"
    # The pregnancy cautions (the article's and the WHO's) concern the lower back: BL23 and
    # BL25, not BL40 or GB41.
    pregnancy = {"pregnancy-abdomen-lower-back", "pregnancy-lower-abdomen-lumbosacral-who"}
    for code, expected in (("BL23", True), ("BL25", True), ("BL40", False), ("GB41", False)):
        slugs = {c["slug"] for c in by_code[code]["cautions"]}
        assert (pregnancy <= slugs) is expected, code
        assert (pregnancy & slugs == set()) is not expected, code
    assert [c["slug"] for c in body["cautions"]] == [
        "skin-problem-at-site",
        "persistent-or-worsening-pain",
        "pregnancy-abdomen-lower-back",
        "pregnancy-lower-abdomen-lumbosacral-who",
    ]
    assert [r["slug"] for r in body["routines"]] == ["back-pain-after-exercise"]
    routine = body["routines"][0]
    assert routine["condition"] == {"slug": "lower-back-pain", "name": "Lower back pain"}
    assert routine["step_count"] == 3
    assert body["source"] == "acupoint-kb-editorial"
    # BL23's techniques include the tapping of Tiwari et al.'s protocol; the WHO guidelines
    # give a pregnancy caution.
    assert [t["source"] for t in by_code["BL23"]["techniques"]] == [
        ARTICLE,
        "tiwari-2016-caregiver-protocol",
    ]
    assert {s["slug"] for s in body["sources"]} == {
        ARTICLE,
        "acupoint-kb-editorial",
        "tiwari-2016-caregiver-protocol",
        "who-acupuncture-safety-1999",
    }
    assert "not medical advice" in body["notice"]
    assert body["review"]["status"] == "curated"


@pytest.mark.parametrize(
    "ref", ["lumbago", "Lumbago", "LOWER BACK PAIN", "lower back pain", "Low-Back-Pain", "backache"]
)
def test_a_synonym_or_name_gives_the_same_body(client: TestClient, ref: str) -> None:
    canonical = client.get("/v1/conditions/lower-back-pain")
    other = client.get(f"/v1/conditions/{ref}")
    assert other.status_code == 200, other.text
    assert other.content == canonical.content
    assert other.headers["etag"] == canonical.headers["etag"]


def test_doms_finds_muscle_soreness_and_its_routine(client: TestClient) -> None:
    body = get_json(client, "/v1/conditions/DOMS")
    assert body["slug"] == "post-exercise-muscle-soreness"
    assert [(p["point"]["code"], p["relevance"]) for p in body["points"]] == [
        ("BL40", 2),
        ("BL58", 2),
        ("ST36", 2),
        ("GB41", 3),
    ]
    assert [r["slug"] for r in body["routines"]] == ["post-exercise-muscle-recovery"]
    # None of these points is on the abdomen or lower back.
    assert "pregnancy-abdomen-lower-back" not in [c["slug"] for c in body["cautions"]]


def test_unknown_condition_is_a_404_problem_with_close_names(client: TestClient) -> None:
    response = client.get("/v1/conditions/lowr-back-pain")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["type"] == "urn:acupoint-kb:problem:condition-not-found"
    assert body["instance"] == "/v1/conditions/lowr-back-pain"
    assert "Lower back pain (lower-back-pain)" in body["hint"]


def test_unknown_condition_with_nothing_close_still_gets_a_hint(client: TestClient) -> None:
    body = client.get("/v1/conditions/zzzzqqq").json()
    assert body["status"] == 404
    assert "lumbago" in body["hint"]


def test_list_is_sorted_by_name_by_default(client: TestClient) -> None:
    body = get_json(client, "/v1/conditions")
    names = [c["name"] for c in body["items"]]
    assert names == sorted(names, key=str.casefold)
    assert body["total"] == 16
    assert (body["limit"], body["offset"]) == (20, 0)
    assert body["links"]["next"] is None
    first = body["items"][0]
    assert set(first) == {"slug", "name", "description", "synonyms", "point_count"}
    lower_back = next(c for c in body["items"] if c["slug"] == "lower-back-pain")
    assert lower_back["point_count"] == 4


def test_list_sorts_and_pages(client: TestClient) -> None:
    by_count = get_json(client, "/v1/conditions?sort=-point_count")["items"]
    counts = [c["point_count"] for c in by_count]
    assert counts == sorted(counts, reverse=True)
    # Three conditions have four points each; a tie keeps the order of the names.
    assert [c["slug"] for c in by_count[:4]] == [
        "lower-back-pain",
        "post-exercise-muscle-soreness",
        "insomnia",
        "headache",
    ]
    ascending = get_json(client, "/v1/conditions?sort=point_count")["items"]
    assert [c["point_count"] for c in ascending] == sorted(counts)
    descending = get_json(client, "/v1/conditions?sort=-name")["items"]
    names = [c["name"] for c in descending]
    assert names == sorted(names, key=str.casefold, reverse=True)

    page = get_json(client, "/v1/conditions?limit=3&offset=3&sort=name")
    everything = get_json(client, "/v1/conditions?sort=name")["items"]
    assert page["items"] == everything[3:6]
    assert page["links"] == {
        "self": "/v1/conditions?limit=3&sort=name&offset=3",
        "next": "/v1/conditions?limit=3&sort=name&offset=6",
        "prev": "/v1/conditions?limit=3&sort=name&offset=0",
    }
    beyond = get_json(client, "/v1/conditions?offset=50")
    assert beyond["items"] == []
    assert beyond["total"] == 16


def test_every_listed_condition_has_a_detail(client: TestClient) -> None:
    for item in get_json(client, "/v1/conditions?limit=100")["items"]:
        detail = get_json(client, f"/v1/conditions/{item['slug']}")
        assert detail["point_count"] == item["point_count"]
        assert detail["point_count"] == len({p["point"]["code"] for p in detail["points"]})
        for synonym in item["synonyms"]:
            assert get_json(client, f"/v1/conditions/{synonym}")["slug"] == item["slug"]
