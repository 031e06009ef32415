"""The whole catalog as a reference: locations, regions, categories, cautions, evidence."""

from collections import Counter

import pytest
from fastapi.testclient import TestClient

from app.models.conditions import Evidence
from app.models.points import Category, LocationKind, PointKind
from app.readmodel.snapshot import Snapshot

WHO = "who-wpro-2008"
# The classical totals (five transporting points of the twelve meridians, and so on).
TEXTBOOK_TOTALS = {
    Category.JING_WELL: 12,
    Category.YING_SPRING: 12,
    Category.SHU_STREAM: 12,
    Category.JING_RIVER: 12,
    Category.HE_SEA: 12,
    Category.YUAN_SOURCE: 12,
    Category.LUO_CONNECTING: 15,  # twelve meridians, CV, GV and the great luo of the spleen
    Category.XI_CLEFT: 16,  # twelve meridians and four extraordinary vessels
    Category.BACK_SHU: 12,
    Category.FRONT_MU: 12,
    Category.LOWER_HE_SEA: 6,
    Category.EIGHT_INFLUENTIAL: 8,
    Category.EIGHT_CONFLUENT: 8,
    Category.FOUR_COMMAND: 4,
}
FIVE_TRANSPORTING = (
    Category.JING_WELL,
    Category.YING_SPRING,
    Category.SHU_STREAM,
    Category.JING_RIVER,
    Category.HE_SEA,
)
YIN_PHASES = ("wood", "fire", "earth", "metal", "water")
YANG_PHASES = ("metal", "water", "wood", "fire", "earth")
YIN_MERIDIANS = {"LU", "SP", "HT", "KI", "PC", "LR"}


def test_every_standard_point_has_the_standards_location(snapshot: Snapshot) -> None:
    standard = [d for d in snapshot.points.details.values() if d.kind is PointKind.STANDARD]
    assert len(standard) == 361
    for point in standard:
        adopted = [
            place
            for place in point.locations
            if place.kind is LocationKind.ANATOMICAL and place.standard_uses
        ]
        assert adopted, point.code
        assert all(place.source in snapshot.sources.by_slug for place in point.locations)


def test_a_disputed_point_keeps_every_location_with_its_source(snapshot: Snapshot) -> None:
    gb41 = snapshot.points.details["GB41"]
    anatomical = [p for p in gb41.locations if p.kind is LocationKind.ANATOMICAL]
    assert any(p.source == WHO and p.standard_uses for p in anatomical)
    assert any(not p.standard_uses for p in anatomical), "the older Chinese site is kept"
    assert {p.source for p in anatomical} >= {WHO, "yinyanghouse-gb41"}
    lay = [p for p in gb41.locations if p.kind is LocationKind.LAY]
    assert [p.source for p in lay] == ["tcmtips-post-exercise-recovery"]


def test_every_point_lies_in_a_region_and_every_link_is_cited(snapshot: Snapshot) -> None:
    assert len(snapshot.points.details) == 409
    for point in snapshot.points.details.values():
        assert point.regions, point.code
        for link in point.regions:
            assert link.source in snapshot.sources.by_slug
            assert link.confirmed_by is None or link.confirmed_by in snapshot.sources.by_slug
        # Two sources agree on a region, or a disagreement between them was reviewed.
        assert any(link.confirmed_by or link.note for link in point.regions), point.code


def test_category_counts_match_the_textbook_totals(snapshot: Snapshot) -> None:
    counts = Counter(c.category for d in snapshot.points.details.values() for c in d.categories)
    assert dict(counts) == TEXTBOOK_TOTALS


def test_each_meridian_has_one_transporting_point_of_each_kind_in_its_phase(
    snapshot: Snapshot,
) -> None:
    for meridian in (m.code for m in snapshot.meridians.items if m.code not in {"GV", "CV"}):
        on_it = [
            d
            for d in snapshot.points.details.values()
            if d.meridian and d.meridian.code == meridian
        ]
        phases = YIN_PHASES if meridian in YIN_MERIDIANS else YANG_PHASES
        for category, phase in zip(FIVE_TRANSPORTING, phases, strict=True):
            found = [
                (d.code, c.detail) for d in on_it for c in d.categories if c.category == category
            ]
            assert [detail for _code, detail in found] == [phase], (meridian, category, found)


def test_categories_are_listed_with_their_counts(client: TestClient) -> None:
    body = client.get("/v1/categories").json()
    assert {item["slug"]: item["count"] for item in body["items"]} == {
        str(category): total for category, total in TEXTBOOK_TOTALS.items()
    }
    he_sea = next(item for item in body["items"] if item["slug"] == "he-sea")
    assert len(he_sea["points"]) == 12
    assert he_sea["detail"] == "phase"
    assert {s["slug"] for s in body["sources"]} >= {"deadman-five-shu-1993"}


def test_the_category_filter_returns_the_twelve_sea_points(client: TestClient) -> None:
    body = client.get("/v1/points", params={"category": "he-sea", "limit": 100}).json()
    codes = [item["point"]["code"] for item in body["items"]]
    assert codes == [
        "LU5", "LI11", "ST36", "SP9", "HT3", "SI8", "BL40", "KI10", "PC3", "TE10", "GB34", "LR8"
    ]  # fmt: skip


def test_a_points_detail_shows_its_categories_with_sources(client: TestClient) -> None:
    st36 = client.get("/v1/points/ST36").json()
    categories = {c["category"]: c for c in st36["categories"]}
    assert categories["he-sea"]["detail"] == "earth"
    assert categories["lower-he-sea"]["detail"] == "stomach"
    cited = {s["slug"] for s in st36["sources"]}
    assert all(c["source"] in cited for c in st36["categories"])


@pytest.mark.parametrize("region", ["leg", "lower-leg", "shin"])
def test_the_lower_leg_and_its_synonyms(client: TestClient, region: str) -> None:
    body = client.get("/v1/points", params={"region": region, "limit": 100}).json()
    codes = {item["point"]["code"] for item in body["items"]}
    assert {"ST36", "ST40", "SP6", "GB34", "BL57", "KI9", "LR5"} <= codes
    assert len(codes) >= 25
    assert not codes & {"BL40", "KI3", "ST41"}, "the knee and the ankle are not the leg"


def test_the_calf_is_the_back_of_the_leg(client: TestClient) -> None:
    calf = client.get("/v1/points", params={"region": "calf", "limit": 100}).json()
    leg = client.get("/v1/points", params={"region": "leg", "limit": 100}).json()
    calf_codes = {item["point"]["code"] for item in calf["items"]}
    assert {"BL57", "BL58"} <= calf_codes
    assert calf_codes < {item["point"]["code"] for item in leg["items"]}


@pytest.mark.parametrize("code", ["LI4", "SP6"])
def test_a_pregnant_user_is_told_to_avoid_the_classic_points(client: TestClient, code: str) -> None:
    body = client.post(
        "/v1/safety-check", json={"points": [code], "context": {"pregnant": True}}
    ).json()
    verdict = body["results"][0]
    assert verdict["status"] == "avoid"
    sources = {reason["source"] for reason in verdict["reasons"]}
    assert "gmzyjc-textbook" in sources
    assert {s["slug"] for s in body["sources"]} >= sources


def test_disagreeing_sources_are_both_kept_and_the_stricter_wins(client: TestClient) -> None:
    body = client.post(
        "/v1/safety-check", json={"points": ["BL67"], "context": {"pregnant": True}}
    ).json()
    severities = {r["contraindication"]: r["severity"] for r in body["results"][0]["reasons"]}
    assert severities["pregnancy-points-textbook-caution"] == "caution"
    assert severities["pregnancy-points-takoda"] == "avoid"
    assert body["results"][0]["status"] == "avoid"


def test_the_pregnancy_filter_leaves_out_the_classic_points(client: TestClient) -> None:
    body = client.get(
        "/v1/points", params={"symptom": "headache", "pregnant": "true", "limit": 50}
    ).json()
    kept = {item["point"]["code"] for item in body["items"]}
    left_out = {item["code"] for item in body["excluded"]}
    assert "LI4" in left_out
    assert "LI4" not in kept
    assert "GB20" in kept


def test_each_claim_says_what_it_rests_on(client: TestClient) -> None:
    body = client.get("/v1/points", params={"symptom": "nausea", "limit": 10}).json()
    pc6 = next(item for item in body["items"] if item["point"]["code"] == "PC6")
    evidence = {(c["evidence"], c["certainty"]) for c in pc6["helps_with"]}
    assert ("traditional", None) in evidence
    assert ("clinical", "low certainty (GRADE)") in evidence
    clinical = next(c for c in pc6["helps_with"] if c["evidence"] == "clinical")
    assert clinical["evidence_source"] in {s["slug"] for s in body["sources"]}


def test_the_evidence_filter(client: TestClient) -> None:
    clinical = client.get("/v1/points", params={"evidence": "clinical", "limit": 100}).json()
    assert {item["point"]["code"] for item in clinical["items"]} == {"PC6", "SP6", "HT7"}
    with_symptom = client.get(
        "/v1/points", params={"symptom": "sleep problems", "evidence": "clinical"}
    ).json()
    assert all(
        claim["evidence"] == "clinical"
        for item in with_symptom["items"]
        for claim in item["helps_with"]
    )
    bad = client.get("/v1/points", params={"evidence": "proven"})
    assert bad.status_code == 422


def test_the_articles_claims_stay_traditional_and_their_rank_is_editorial(
    snapshot: Snapshot,
) -> None:
    claims = [
        claim
        for point in snapshot.points.details.values()
        for claim in point.conditions
        if claim.source == "tcmtips-post-exercise-recovery"
    ]
    assert claims
    assert {claim.evidence for claim in claims} == {Evidence.TRADITIONAL}
    assert {claim.relevance_source for claim in claims} == {"acupoint-kb-editorial"}


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("Tanzhong", "CV17"),
        ("Shanzhong", "CV17"),
        ("Renzhong", "GV26"),
        ("Huatuojiaji", "EX-B2"),
        ("Bailao", "EX-HN15"),
        ("Zanzhu", "BL2"),
        ("Bubbling Spring", "KI1"),
        ("Inner Gate", "PC6"),
        ("Union Valley", "LI4"),
        ("Great Surge", "LR3"),
        ("瘂門", "GV15"),
        ("飛陽", "BL58"),
        ("M-HN-3", "EX-HN3"),
        ("Zhonglvshu", "BL29"),
        ("ST\u200b36", "ST36"),
        ("\ufeffST\u00ad36", "ST36"),
        ("ＳＴ３６", "ST36"),
        ("Du4", "GV4"),
        ("Dü4", "SI4"),
        ("Due 4", "SI4"),
    ],
)
def test_the_names_people_use_resolve(client: TestClient, given: str, code: str) -> None:
    response = client.get(f"/v1/points/{given}")
    assert response.status_code == 200, response.text
    assert response.json()["code"] == code


def test_a_code_two_traditions_read_differently_is_ambiguous(client: TestClient) -> None:
    response = client.get("/v1/points/IG3")
    assert response.status_code == 300
    body = response.json()
    assert {candidate["code"] for candidate in body["candidates"]} == {"LI3", "SI3"}


def test_meridian_codes_from_other_lists_are_cited(snapshot: Snapshot) -> None:
    for meridian in snapshot.meridians.items:
        assert meridian.other_codes, meridian.code
        for other in meridian.other_codes:
            assert other.source in snapshot.sources.by_slug, (meridian.code, other.code)
    small_intestine = next(m for m in snapshot.meridians.items if m.code == "SI")
    assert any(o.code == "IG" and o.language == "fr" for o in small_intestine.other_codes)
