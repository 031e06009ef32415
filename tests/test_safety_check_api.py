"""POST /v1/safety-check: per point ok / caution / avoid, with reasons and sources."""

from typing import Any

import pytest
from fastapi.testclient import TestClient


def check(client: TestClient, points: list[str], **context: Any) -> dict[str, Any]:
    response = client.post("/v1/safety-check", json={"points": points, "context": context})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_no_situation_means_ok(client: TestClient) -> None:
    body = check(client, ["ST36", "BL23"])
    assert body["status"] == "ok"
    assert [(r["code"], r["status"], r["reasons"]) for r in body["results"]] == [
        ("ST36", "ok", []),
        ("BL23", "ok", []),
    ]
    assert body["advice"] == []
    assert "not medical advice" in body["notice"]


def test_pregnancy_applies_to_lower_back_and_abdomen_points_and_to_named_points(
    client: TestClient,
) -> None:
    body = check(client, ["BL23", "委中", "CV4", "SP6"], pregnant=True)
    verdicts = {r["code"]: r for r in body["results"]}
    assert verdicts["BL23"]["status"] == "avoid"
    assert [(r["contraindication"], r["source"]) for r in verdicts["BL23"]["reasons"]] == [
        ("pregnancy-abdomen-lower-back", "tcmtips-post-exercise-recovery"),
        ("pregnancy-lower-abdomen-lumbosacral-who", "who-acupuncture-safety-1999"),
    ]
    assert verdicts["BL40"]["status"] == "ok"
    # CV4 lies on the abdomen (WHO 2008), and sources also name it one by one.
    assert verdicts["CV4"]["status"] == "avoid"
    assert verdicts["CV4"]["reasons"][0]["reason"] == (
        "Pregnancy and points on the abdomen or lower back: the point is on the abdomen."
    )
    assert not any("cannot be ruled out" in r["reason"] for r in verdicts["CV4"]["reasons"])
    # SP6 lies on the leg: only the sources that name it concern it.
    assert verdicts["SP6"]["status"] == "avoid"
    assert [(r["contraindication"], r["severity"]) for r in verdicts["SP6"]["reasons"]] == [
        ("pregnancy-points-textbook-forbidden", "avoid"),
        ("pregnancy-points-textbook-caution", "caution"),
        ("pregnancy-points-yinyanghouse-caution", "caution"),
        ("pregnancy-points-takoda", "avoid"),
        ("pregnancy-points-tcmwiki", "avoid"),
    ]
    assert body["status"] == "avoid"
    assert [s["slug"] for s in body["sources"]] == [
        "acupoint-kb-editorial",
        "gmzyjc-textbook",
        "takoda-pregnancy-points",
        "tcmtips-post-exercise-recovery",
        "tcmwiki-sp6-cv4",
        "who-acupuncture-safety-1999",
        "yinyanghouse-points",
    ]


def test_skin_problem_where_the_point_is(client: TestClient) -> None:
    body = check(client, ["BL40", "ST36"], skin_issue_regions=["back-of-knee"])
    verdicts = {r["code"]: r["status"] for r in body["results"]}
    assert verdicts == {"BL40": "avoid", "ST36": "ok"}


def test_persistent_pain_always_advises_professional_care(client: TestClient) -> None:
    body = check(client, ["ST36"], persistent_or_worsening_pain=True)
    assert body["results"][0]["status"] == "avoid"
    assert body["advice"][0].startswith("Pain that persists or worsens needs a qualified")
    assert body["results"][0]["reasons"][0]["seek_professional_care"] is True


@pytest.mark.parametrize(
    ("payload", "location"),
    [
        ({"points": []}, "body.points"),
        ({"points": ["ST36"] * 51}, "body.points"),
        ({"points": ["Zusanly"]}, "body.points[0]"),
        ({"points": ["P6"]}, "body.points[0]"),
        ({"points": [""]}, "body.points[0]"),
        ({"points": ["ST36"], "context": {"pregnant": "perhaps"}}, "body.context.pregnant"),
        ({"points": ["ST36"], "context": {"skin_issue_regions": ["moon"]}},
         "body.context.skin_issue_regions[0]"),
        ({"points": ["ST36"], "extra": 1}, "body.extra"),
        ({"points": "ST36"}, "body.points"),
        ({}, "body.points"),
    ],
)  # fmt: skip
def test_bad_bodies_are_422_problems(
    client: TestClient, payload: dict[str, Any], location: str
) -> None:
    response = client.post("/v1/safety-check", json=payload)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert location in [e["location"] for e in response.json()["errors"]]


def test_unknown_point_gets_a_suggestion(client: TestClient) -> None:
    response = client.post("/v1/safety-check", json={"points": ["Zusanly"]})
    assert "did you mean ST36" in response.json()["errors"][0]["message"]


def test_malformed_json_wrong_type_and_oversized_bodies(client: TestClient) -> None:
    broken = client.post(
        "/v1/safety-check", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422
    assert broken.headers["content-type"] == "application/problem+json"
    form = client.post("/v1/safety-check", data={"points": "ST36"})
    assert form.status_code == 415
    huge = client.post(
        "/v1/safety-check",
        content=b'{"points": ["' + b"x" * 70_000 + b'"]}',
        headers={"content-type": "application/json"},
    )
    assert huge.status_code == 413
    assert huge.json()["type"] == "urn:acupoint-kb:problem:content-too-large"
