"""GET /v1/contraindications, /v1/tips, /v1/sources, /v1/sources/{slug} and /v1/errata."""

from fastapi.testclient import TestClient

from app.seeding.reader import SeedData

ARTICLE = "tcmtips-post-exercise-recovery"


def test_contraindications_with_notice_and_sources(client: TestClient) -> None:
    response = client.get("/v1/contraindications")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 11
    assert [(c["slug"], c["scope"], c["severity"]) for c in body["items"]] == [
        ("skin-problem-at-site", "skin_at_site", "avoid"),
        ("persistent-or-worsening-pain", "whole_person", "avoid"),
        ("pregnancy-abdomen-lower-back", "body_region", "avoid"),
        ("pregnancy-points-textbook-forbidden", "points", "avoid"),
        ("pregnancy-points-textbook-caution", "points", "caution"),
        ("pregnancy-lower-abdomen-lumbosacral-who", "body_region", "avoid"),
        ("pregnancy-points-yinyanghouse-forbidden", "points", "avoid"),
        ("pregnancy-points-yinyanghouse-caution", "points", "caution"),
        ("pregnancy-points-takoda", "points", "avoid"),
        ("pregnancy-points-sacredlotus", "points", "avoid"),
        ("pregnancy-points-tcmwiki", "points", "avoid"),
    ]
    pregnancy = body["items"][2]
    assert pregnancy == {
        "slug": "pregnancy-abdomen-lower-back",
        "title": "Pregnancy and points on the abdomen or lower back",
        "trigger": "pregnancy",
        "scope": "body_region",
        "severity": "avoid",
        "regions": ["abdomen", "lower-back"],
        "points": [],
        "note": None,
        "advice": pregnancy["advice"],
        "advice_source": "acupoint-kb-editorial",
        "seek_professional_care": False,
        "source_text": "You’re pregnant and uncertain about pressing abdominal or lower back "
        "points.",
        "source": ARTICLE,
    }
    # A caution scoped to points names them, in the catalog's order.
    forbidden = body["items"][3]
    assert forbidden["regions"] == []
    assert forbidden["points"] == ["LI4", "ST12", "SP6", "BL60", "GB21", "CV5"]
    assert forbidden["source"] == "gmzyjc-textbook"
    assert "no objective evidence of harm" in forbidden["note"]
    assert body["items"][1]["seek_professional_care"] is True
    assert "not medical advice" in body["notice"]
    assert [s["slug"] for s in body["sources"]] == [
        ARTICLE,
        "acupoint-kb-editorial",
        "gmzyjc-textbook",
        "sacredlotus-li4",
        "takoda-pregnancy-points",
        "tcmwiki-sp6-cv4",
        "who-acupuncture-safety-1999",
        "yinyanghouse-points",
    ]


def test_tips_keep_the_editorial_note(client: TestClient) -> None:
    body = client.get("/v1/tips").json()
    assert [t["slug"] for t in body["items"]] == [
        "combine-with-stretching",
        "stay-hydrated",
        "consistency-is-key",
        "relaxing-oils",
    ]
    hydrated = body["items"][1]
    assert hydrated["body"] == "Drink water after your workout."
    assert "flushes toxins" in hydrated["editorial_note"]
    # Every tip keeps only the advice and says what claim it left out.
    stretching = body["items"][0]
    assert stretching["body"] == "Stretch alongside acupressure."
    assert "elongate muscles and improve flexibility" in stretching["editorial_note"]
    assert all("no support" in t["editorial_note"] for t in body["items"])
    assert "not medical advice" in body["notice"]
    assert [s["slug"] for s in body["sources"]] == [ARTICLE]
    page = client.get("/v1/tips?limit=1&offset=3").json()
    assert [t["slug"] for t in page["items"]] == ["relaxing-oils"]
    assert page["total"] == 4


def test_sources_list_and_detail(client: TestClient, seed_data: SeedData) -> None:
    body = client.get("/v1/sources?limit=100").json()
    rest = client.get("/v1/sources?limit=100&offset=100").json()
    assert body["total"] == rest["total"] == 135
    slugs = [s["slug"] for s in body["items"] + rest["items"]]
    # The hand-written sources, then those of the catalog's reference data, by slug.
    assert slugs[:6] == [
        ARTICLE,
        "who-wpro-2008",
        "who-nomenclature-1991",
        "gb-t-12346-2021",
        "acupoint-kb-editorial",
        "acupoint-kb-body-map",
    ]
    assert slugs[6:] == sorted(slugs[6:])
    assert slugs == [s.slug for s in seed_data.sources]
    who = client.get("/v1/sources/who-wpro-2008")
    assert who.status_code == 200
    assert who.json() == body["items"][1]
    assert who.json()["kind"] == "standard"
    assert client.get("/v1/sources/WHO-WPRO-2008").content == who.content
    article = client.get(f"/v1/sources/{ARTICLE}").json()
    assert article["experts"] == ["Mai Sogawa, TCM therapist (Japan), consulted for the article"]
    assert article["url"] is None  # not known: a gap stays a gap


def test_unknown_source_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/v1/sources/who-2009")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:acupoint-kb:problem:source-not-found"


def test_errata(client: TestClient) -> None:
    body = client.get("/v1/errata").json()
    assert [e["slug"] for e in body["items"]] == [
        "gb41-section-describes-st41",
        "summary-omits-gb41",
    ]
    first = body["items"][0]
    assert first["subject"] == "GB41"
    assert first["related"] == ["ST41"]
    assert first["source"] == ARTICLE
    assert first["evidence_source"] == "who-wpro-2008"
    assert body["items"][1]["evidence_source"] is None
