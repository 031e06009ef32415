"""GET /v1/contraindications, /v1/tips, /v1/sources, /v1/sources/{slug} and /v1/errata."""

from fastapi.testclient import TestClient

ARTICLE = "tcmtips-post-exercise-recovery"


def test_contraindications_with_notice_and_sources(client: TestClient) -> None:
    response = client.get("/v1/contraindications")
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == 3
    assert [c["slug"] for c in body["items"]] == [
        "skin-problem-at-site",
        "persistent-or-worsening-pain",
        "pregnancy-abdomen-lower-back",
    ]
    pregnancy = body["items"][2]
    assert pregnancy == {
        "slug": "pregnancy-abdomen-lower-back",
        "title": "Pregnancy and points on the abdomen or lower back",
        "trigger": "pregnancy",
        "scope": "body_region",
        "severity": "avoid",
        "regions": ["abdomen", "lower-back"],
        "advice": pregnancy["advice"],
        "seek_professional_care": False,
        "source_text": "You’re pregnant and uncertain about pressing abdominal or lower back "
        "points.",
        "source": ARTICLE,
    }
    assert body["items"][1]["seek_professional_care"] is True
    assert "not medical advice" in body["notice"]
    assert [s["slug"] for s in body["sources"]] == [ARTICLE]


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
    assert body["items"][0]["editorial_note"] is None
    assert "not medical advice" in body["notice"]
    assert [s["slug"] for s in body["sources"]] == [ARTICLE]
    page = client.get("/v1/tips?limit=1&offset=3").json()
    assert [t["slug"] for t in page["items"]] == ["relaxing-oils"]
    assert page["total"] == 4


def test_sources_list_and_detail(client: TestClient) -> None:
    body = client.get("/v1/sources").json()
    assert [s["slug"] for s in body["items"]] == [
        ARTICLE,
        "who-wpro-2008",
        "who-nomenclature-1991",
        "gb-t-12346-2021",
        "acupoint-kb-editorial",
    ]
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
