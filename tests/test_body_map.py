"""The body map: figure sites in the seed, the loader's rules, the API, and plausibility
checks that would catch a point drawn in the wrong place."""

import json
import re
from collections import defaultdict
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.figures import figures
from app.readmodel.snapshot import Snapshot
from app.seeding.reader import SeedData
from app.seeding.records import Content, records_of, validate_records

HEAD_REGIONS = {"scalp", "face", "ear"}


def body_map(snapshot: Snapshot) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(snapshot.body_map.content)
    return loaded


def sites_by_code(snapshot: Snapshot) -> dict[str, list[dict[str, Any]]]:
    return {p["code"]: p["sites"] for p in body_map(snapshot)["points"]}


def problems_after(seed_data: SeedData, change: Any) -> list[str]:
    records = records_of(seed_data)
    change(records["figure-sites"])
    _data, issues = validate_records(records)
    return [f"{issue.record}: {issue.field}: {issue.problem}" for issue in issues]


def drop(code: str, **where: str) -> Any:
    def change(sites: list[Content]) -> None:
        sites[:] = [
            s for s in sites if not (s["code"] == code and all(s[k] == v for k, v in where.items()))
        ]

    return change


def edit(code: str, **values: Any) -> Any:
    def change(sites: list[Content]) -> None:
        site = next(s for s in sites if s["code"] == code)
        site.update(values)

    return change


# ------------------------------------------------------------------ the loader's rules


def test_the_seed_sites_are_valid(seed_data: SeedData) -> None:
    assert problems_after(seed_data, lambda sites: None) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (edit("ST36", view="top"), "view"),
        (edit("ST36", x="1.2"), "x"),
        (edit("ST36", y="-0.1"), "y"),
        (edit("ST36", source="nobody"), "unknown reference 'nobody'"),
        (edit("ST36", based_on="tcmtips-post-exercise-recovery"), "gives no location of ST36"),
        (drop("ST36", side="left"), "a bilateral point needs a site on the left"),
        (drop("CV8"), "the point has a location but no site"),
        (edit("GV14", side="left"), "a midline point needs a site on the midline"),
        (drop("EX-HN1", view="back"), None),
    ],
)
def test_the_loader_refuses_each_kind_of_bad_site(
    seed_data: SeedData, change: Any, expected: str | None
) -> None:
    problems = problems_after(seed_data, change)
    if expected is None:  # EX-HN1 keeps three of its four sites: still several
        assert problems == []
    else:
        assert any(expected in problem for problem in problems), problems


def test_a_point_with_several_sites_needs_two(seed_data: SeedData) -> None:
    def keep_one(sites: list[Content]) -> None:
        sites[:] = [s for s in sites if s["code"] != "EX-HN1" or s["site"] == 1]

    problems = problems_after(seed_data, keep_one)
    assert any("several sites needs at least two" in problem for problem in problems)


# ------------------------------------------------------------------ the data


def test_every_located_point_has_sites(snapshot: Snapshot) -> None:
    for code, detail in snapshot.points.details.items():
        assert bool(detail.figure_sites) == bool(detail.locations), code
    assert len(sites_by_code(snapshot)) == 409


def test_bilateral_points_mirror(snapshot: Snapshot) -> None:
    for code, detail in snapshot.points.details.items():
        pairs: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
        for site in detail.figure_sites:
            if site.side != "midline" and site.view != "side":
                pairs[(site.view, site.site)][site.side] = site.x
        for (view, number), xs in pairs.items():
            if detail.laterality == "bilateral":
                assert set(xs) == {"left", "right"}, (code, view, number)
                assert xs["left"] + xs["right"] == pytest.approx(1.0, abs=1e-3), (code, view)


def test_left_and_right_sit_on_the_right_sides_of_the_midline(snapshot: Snapshot) -> None:
    """Front view: the person's left is on the viewer's right; back view: on the left."""
    for code, detail in snapshot.points.details.items():
        for site in detail.figure_sites:
            if site.view == "side" or site.side == "midline":
                if site.side == "midline" and site.view != "side":
                    assert site.x == pytest.approx(0.5), code
                continue
            on_viewers_right = site.x > 0.5
            person_left = site.side == "left"
            assert on_viewers_right == (person_left == (site.view == "front")), (code, site)


def test_regions_sit_where_they_belong(snapshot: Snapshot) -> None:
    for code, detail in snapshot.points.details.items():
        regions = {link.slug for link in detail.regions}
        for site in detail.figure_sites:
            if regions <= {"foot", "toes", "sole"}:
                assert site.y >= 0.9, (code, site)
            if regions <= HEAD_REGIONS:
                assert site.y <= 0.16, (code, site)
            if regions & {"upper-back", "lower-back", "sacrum", "calf", "back-of-knee"}:
                assert site.view == "back", (code, site)
            # GB25 lies behind the posterior axillary line (reviewed in body_map/METHOD.md).
            if regions <= {"chest", "abdomen"} and code != "GB25":
                assert site.view == "front", (code, site)


def at(snapshot: Snapshot, code: str, view: str, side: str = "midline") -> tuple[float, float]:
    site = next(
        s for s in snapshot.points.details[code].figure_sites if s.view == view and s.side == side
    )
    return site.x, site.y


def landmark(view: str, x: float, y: float) -> tuple[float, float]:
    figure = figures()[view]
    return x / figure.width, y / figure.height


@pytest.mark.parametrize(
    ("code", "view", "side", "expected"),
    [
        ("CV8", "front", "midline", landmark("front", 180, 404)),  # the navel mark
        ("GV20", "front", "midline", landmark("front", 180, 20)),  # the vertex
        ("GV20", "back", "midline", landmark("back", 180, 20)),
        ("CV22", "front", "midline", landmark("front", 180, 195)),  # suprasternal fossa
        ("ST17", "front", "right", landmark("front", 180 - 56, 272)),  # the right nipple mark
        ("ST17", "front", "left", landmark("front", 180 + 56, 272)),
        ("CV2", "front", "midline", landmark("front", 180, 489)),  # pubic symphysis
    ],
)
def test_well_known_points_sit_on_their_landmarks(
    snapshot: Snapshot, code: str, view: str, side: str, expected: tuple[float, float]
) -> None:
    assert at(snapshot, code, view, side) == pytest.approx(expected, abs=0.002)


def test_the_figure_marks_the_landmarks_the_tests_use() -> None:
    front = figures()["front"].body.content.decode()
    assert '<circle cx="180.0" cy="404.0"' in front  # navel
    assert '<circle cx="124.0" cy="272.0"' in front  # nipples
    assert '<circle cx="236.0" cy="272.0"' in front


def test_points_in_order_along_their_meridian(snapshot: Snapshot) -> None:
    """The conception vessel climbs from the pubis to the chin; ST36 is below ST35."""
    ys = [at(snapshot, f"CV{n}", "front")[1] for n in range(2, 25)]
    assert ys == sorted(ys, reverse=True)
    assert at(snapshot, "ST36", "front", "right")[1] > at(snapshot, "ST35", "front", "right")[1]
    assert at(snapshot, "BL40", "back", "right")[1] == pytest.approx(
        at(snapshot, "KI10", "back", "right")[1]
    )


# ------------------------------------------------------------------ the API


def test_the_body_map_answers_every_point_with_its_views(client: TestClient) -> None:
    answer = client.get("/v1/body-map")
    assert answer.status_code == 200
    assert answer.headers["cache-control"].startswith("public")
    body = answer.json()
    assert [v["view"] for v in body["views"]] == ["front", "back", "side"]
    assert body["views"][0] == {
        "view": "front",
        "width": 360.0,
        "height": 1000.0,
        "href": "/v1/body-map/figures/front.svg",
    }
    st36 = next(p for p in body["points"] if p["code"] == "ST36")
    assert st36["display_code"] == "ST-36"
    assert {(s["view"], s["side"]) for s in st36["sites"]} == {
        ("front", "right"),
        ("front", "left"),
    }
    assert {s["slug"] for s in body["sources"]} >= {"acupoint-kb-body-map", "who-wpro-2008"}
    assert "approximate" in body["attribution"]
    again = client.get("/v1/body-map", headers={"If-None-Match": answer.headers["etag"]})
    assert again.status_code == 304


def test_a_point_carries_its_figure_sites(client: TestClient) -> None:
    sites = client.get("/v1/points/ST-36").json()["figure_sites"]
    assert sites[0] | {"x": 0, "y": 0} == {
        "view": "front",
        "x": 0,
        "y": 0,
        "side": "right",
        "site": 1,
        "source": "acupoint-kb-body-map",
        "based_on": "who-wpro-2008",
        "note": None,
    }


@pytest.mark.parametrize("accept", [None, "image/svg+xml", "*/*", "image/*", "image/avif,*/*"])
def test_the_figure_is_served_as_svg(client: TestClient, accept: str | None) -> None:
    headers = {"Accept": accept} if accept else {}
    answer = client.get("/v1/body-map/figures/front.svg", headers=headers)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("image/svg+xml")
    assert answer.headers["cache-control"].startswith("public")
    again = client.get(
        "/v1/body-map/figures/front.svg", headers={"If-None-Match": answer.headers["etag"]}
    )
    assert again.status_code == 304


@pytest.mark.parametrize("view", ["front", "back", "side"])
def test_each_view_is_a_safe_svg_with_a_title(client: TestClient, view: str) -> None:
    svg = client.get(f"/v1/body-map/figures/{view}.svg").text
    assert svg.startswith("<svg ")
    assert 'viewBox="0 0 ' in svg
    assert re.search(r"<title id=\"title-\w+\">[^<]+</title>", svg)
    assert 'role="img"' in svg
    for unsafe in ("<script", "javascript:", "onload", "onerror", "href=", "<foreignObject"):
        assert unsafe not in svg


def test_an_unknown_view_is_a_404_problem(client: TestClient) -> None:
    answer = client.get("/v1/body-map/figures/top.svg", headers={"Accept": "image/svg+xml"})
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["type"].endswith("view-not-found")


def test_other_routes_still_refuse_svg(client: TestClient) -> None:
    assert client.get("/v1/body-map", headers={"Accept": "image/svg+xml"}).status_code == 406
