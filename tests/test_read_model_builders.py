"""The read model builders: pure functions of the rows, and what the seed's snapshot holds."""

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from app.core.database import build_engine, session_factory
from app.core.errors import ApiProblem, Suggestion
from app.core.http_cache import CachedBody
from app.models.base import ReviewStatus
from app.models.contraindications import Scope
from app.models.dataset import DatasetVersion
from app.models.points import PointKind
from app.models.regions import Region
from app.models.sources import Source, SourceKind
from app.readmodel.points import summary_of
from app.readmodel.regions import build_region_map, build_regions
from app.readmodel.rows import Rows, read_rows
from app.readmodel.snapshot import Snapshot, build_snapshot
from app.readmodel.sources import build_sources
from app.schemas.points import CautionOut
from app.seeding.reader import SeedData
from app.services.lookup import find_key, find_point
from tests.support import settings_for

FIRST_SEED_SOURCES = [
    "tcmtips-post-exercise-recovery",
    "who-wpro-2008",
    "who-nomenclature-1991",
    "gb-t-12346-2021",
    "acupoint-kb-editorial",
]


@pytest.fixture(scope="module")
def rows(seeded_sqlite: str) -> Iterator[Rows]:
    engine = build_engine(settings_for(seeded_sqlite))
    with session_factory(engine)() as session:
        yield read_rows(session)
    engine.dispose()


def bodies(snapshot: Snapshot) -> dict[str, CachedBody]:
    """Every pre-serialised body of the snapshot, by where it is held."""
    found: dict[str, CachedBody] = {}

    def walk(path: str, value: object) -> None:
        if isinstance(value, CachedBody):
            found[path] = value
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(f"{path}[{key}]", item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for field in dataclasses.fields(value):
                walk(f"{path}.{field.name}", getattr(value, field.name))

    walk("snapshot", snapshot)
    return found


def hand_made_rows(**given: list[Any]) -> Rows:
    """Rows made in the test, attached to no session; every list not given is empty."""
    empty: dict[str, list[Any]] = {
        field.name: [] for field in dataclasses.fields(Rows) if field.name != "version"
    }
    version = DatasetVersion(
        id=1,
        version="2000.01.01",
        checksum="0" * 64,
        medical_notice="Not medical advice.",
        loaded_at=datetime(2000, 1, 1, tzinfo=UTC),
    )
    return Rows(version=version, **{**empty, **given})


def source(row_id: int, slug: str, title: str) -> Source:
    return Source(
        id=row_id,
        slug=slug,
        kind=SourceKind.EDITORIAL,
        title=title,
        author=None,
        publisher=None,
        url=None,
        published=None,
        experts=[],
        evidence="Editorial.",
        notes=[],
        review_status=ReviewStatus.CURATED,
        reviewed_by="editors",
        reviewed_on=None,
    )


def region(
    row_id: int, slug: str, name: str, parent_id: int | None, synonyms: tuple[str, ...] = ()
) -> Region:
    return Region(
        id=row_id,
        slug=slug,
        name=name,
        parent_id=parent_id,
        description=None,
        synonyms=list(synonyms),
        source_id=1,
        review_status=ReviewStatus.CURATED,
        reviewed_by=None,
        reviewed_on=None,
    )


TINY_TREE = [
    region(1, "lower-limb", "Lower limb", None),
    region(2, "knee", "Knee", 1),
    region(3, "back-of-knee", "Back of the knee", 2),
    region(4, "leg", "Leg", 1, ("lower-leg",)),
    region(5, "head", "Head", None),
]


def test_the_same_rows_build_the_same_bodies_every_time(rows: Rows, snapshot: Snapshot) -> None:
    first, second = build_snapshot(rows), build_snapshot(rows)
    held = bodies(snapshot)
    assert len(held) > len(snapshot.points.details)
    assert bodies(first) == bodies(second) == held
    assert first.points.details == snapshot.points.details
    assert first.contraindications == snapshot.contraindications
    assert (first.errata, first.tips) == (snapshot.errata, snapshot.tips)


def test_a_region_map_built_from_hand_made_rows_knows_each_region_s_ancestors() -> None:
    region_map = build_region_map(hand_made_rows(regions=TINY_TREE))
    assert region_map.parents == {
        "lower-limb": None,
        "knee": "lower-limb",
        "back-of-knee": "knee",
        "leg": "lower-limb",
        "head": None,
    }
    assert region_map.slugs == {1: "lower-limb", 2: "knee", 3: "back-of-knee", 4: "leg", 5: "head"}
    assert region_map.with_ancestors(["back-of-knee"]) == {"back-of-knee", "knee", "lower-limb"}
    assert region_map.with_ancestors(["leg", "head"]) == {"leg", "lower-limb", "head"}
    assert region_map.with_ancestors([]) == set()


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("knee", "back-of-knee", True),
        ("back-of-knee", "lower-limb", True),
        ("knee", "knee", True),
        ("knee", "leg", False),
        ("back-of-knee", "head", False),
    ],
)
def test_regions_overlap_when_one_lies_inside_the_other(a: str, b: str, overlap: bool) -> None:
    region_map = build_region_map(hand_made_rows(regions=TINY_TREE))
    assert region_map.overlap(a, b) is overlap
    assert region_map.overlap(b, a) is overlap


def test_ancestors_stop_on_a_cycle_in_the_rows() -> None:
    looped = [region(1, "a", "A", 2), region(2, "b", "B", 1)]
    assert build_region_map(hand_made_rows(regions=looped)).with_ancestors(["a"]) == {"a", "b"}


def test_the_region_tree_built_from_hand_made_rows_nests_children_under_parents() -> None:
    rows = hand_made_rows(regions=TINY_TREE, sources=[source(1, "editors", "Editors")])
    built = build_regions(rows, build_region_map(rows), {}, build_sources(rows))

    def node(slug: str, name: str, *children: dict[str, Any]) -> dict[str, Any]:
        return {
            "slug": slug,
            "name": name,
            "description": None,
            "point_count": 0,
            "children": list(children),
        }

    assert json.loads(built.tree.content) == {
        "regions": [
            node(
                "lower-limb",
                "Lower limb",
                node("knee", "Knee", node("back-of-knee", "Back of the knee")),
                node("leg", "Leg"),
            ),
            node("head", "Head"),
        ],
        "region_count": 5,
    }
    detail = json.loads(built.bodies["back-of-knee"].content)
    assert detail["ancestors"] == [
        {"slug": "lower-limb", "name": "Lower limb"},
        {"slug": "knee", "name": "Knee"},
    ]
    assert (detail["source"], detail["review"]["status"]) == ("editors", "curated")
    assert built.index.resolve("Back of the knee") == ["back-of-knee"]
    assert built.index.resolve("lower-leg") == ["leg"]


def test_sources_built_from_hand_made_rows_keep_their_order_and_are_found_by_title() -> None:
    rows = hand_made_rows(
        sources=[source(7, "zeta", "Zeta Handbook"), source(3, "alpha", "Alpha Atlas")]
    )
    built = build_sources(rows)
    assert [s.slug for s in built.items] == ["zeta", "alpha"]
    assert built.slugs == {7: "zeta", 3: "alpha"}
    assert built.by_slug["alpha"] is built.items[1]
    assert [s.slug for s in built.of(["alpha", "zeta", "alpha"])] == ["zeta", "alpha"]
    assert built.index.resolve("alpha atlas") == ["alpha"]
    assert built.bodies["zeta"] == CachedBody.of(built.items[0])
    assert json.loads(built.bodies["zeta"].content) == {
        "slug": "zeta",
        "kind": "editorial",
        "title": "Zeta Handbook",
        "author": None,
        "publisher": None,
        "url": None,
        "published": None,
        "experts": [],
        "evidence": "Editorial.",
        "notes": [],
        "review": {"status": "curated", "reviewed_by": "editors", "reviewed_on": None},
    }


def test_the_seed_holds_409_points_361_standard_and_48_extra(snapshot: Snapshot) -> None:
    points = snapshot.points
    kinds = [detail.kind for detail in points.details.values()]
    assert (len(kinds), kinds.count(PointKind.STANDARD), kinds.count(PointKind.EXTRA)) == (
        409,
        361,
        48,
    )
    codes = list(points.details)
    assert list(points.summaries) == list(points.bodies) == list(points.order) == codes
    assert list(points.order.values()) == list(range(409))
    assert codes[:3] == ["LU1", "LU2", "LU3"]
    assert codes[-3:] == ["EX-LE10", "EX-LE11", "EX-LE12"]


def test_every_point_s_body_and_summary_are_made_from_its_detail(snapshot: Snapshot) -> None:
    points = snapshot.points
    for code, detail in points.details.items():
        assert points.bodies[code] == CachedBody.of(detail), code
        assert points.summaries[code] == summary_of(detail), code
        assert detail.dataset_version == snapshot.version
        assert detail.notice == snapshot.notice


def test_cautions_are_held_once_and_shared_by_the_points_they_concern(
    snapshot: Snapshot, seed_data: SeedData
) -> None:
    items = snapshot.contraindications.items
    assert [c.slug for c in items] == [
        "skin-problem-at-site",
        "persistent-or-worsening-pain",
        "pregnancy-abdomen-lower-back",
        "pregnancy-points-textbook-forbidden",
        "pregnancy-points-textbook-caution",
        "pregnancy-lower-abdomen-lumbosacral-who",
        "pregnancy-points-yinyanghouse-forbidden",
        "pregnancy-points-yinyanghouse-caution",
        "pregnancy-points-takoda",
        "pregnancy-points-sacredlotus",
        "pregnancy-points-tcmwiki",
    ]
    for detail in snapshot.points.details.values():
        for caution in detail.cautions:
            assert any(caution is held for held in items), (detail.code, caution.slug)

    def concerned(caution: CautionOut) -> list[str]:
        return [
            code
            for code, detail in snapshot.points.details.items()
            if any(c is caution for c in detail.cautions)
        ]

    # The points the seed places on the abdomen or the lower back, sub-regions included.
    parents = {r.slug: r.parent for r in seed_data.regions}

    def within(slug: str | None, targets: set[str]) -> bool:
        while slug is not None:
            if slug in targets:
                return True
            slug = parents[slug]
        return False

    placed = [(link.code, link.region) for link in seed_data.point_regions]
    placed += [(d.code, slug) for d in seed_data.point_details for slug in d.regions]
    trunk_below = {code for code, slug in placed if within(slug, {"abdomen", "lower-back"})}
    assert len(trunk_below) == 75
    assert {"BL23", "BL25", "CV4"} <= trunk_below
    everyone = list(snapshot.points.details)
    assert concerned(items[0]) == concerned(items[1]) == everyone
    assert set(concerned(items[2])) == set(concerned(items[5])) == trunk_below
    named = [c for c in items if c.scope is Scope.POINTS]
    assert len(named) == 7
    for caution in named:
        assert set(concerned(caution)) == set(caution.points), caution.slug
    assert concerned(items[8])[:3] == ["LI4", "ST25", "ST26"]  # in the catalog's order


def test_points_by_condition_agrees_with_the_claims_of_the_details(snapshot: Snapshot) -> None:
    points = snapshot.points
    claimed: dict[str, list[str]] = {}
    for code, detail in points.details.items():
        for claim in detail.conditions:
            claimed.setdefault(claim.slug, [])
            if code not in claimed[claim.slug]:
                claimed[claim.slug].append(code)
    assert points.by_condition == claimed
    assert points.by_condition == {
        "headache": ["LI4", "GB20", "GV20"],
        "leg-weakness": ["ST36"],
        "muscle-fatigue": ["ST36"],
        "low-energy": ["ST36", "BL23"],
        "post-exercise-muscle-soreness": ["ST36", "BL40", "BL58", "GB41"],
        "insomnia": ["SP6", "HT7", "GB20", "GV20"],
        "lower-back-pain": ["BL23", "BL25", "BL40", "GB41"],
        "lower-back-stiffness": ["BL25", "GB41"],
        "leg-pain": ["BL40"],
        "calf-tension": ["BL58"],
        "foot-pain": ["BL58"],
        "nausea-vomiting": ["PC6"],
        "neck-shoulder-tension": ["GB20"],
        "stress": ["GB20", "EX-HN3"],
        "poor-circulation": ["GB41"],
        "anxiety": ["GV20", "EX-HN3"],
    }


def test_every_source_a_point_cites_is_listed_with_it(
    snapshot: Snapshot, seed_data: SeedData
) -> None:
    seed_sources = [s.slug for s in seed_data.sources]
    assert [s.slug for s in snapshot.sources.items] == seed_sources
    assert (seed_sources[:5], len(seed_sources)) == (FIRST_SEED_SOURCES, 135)
    for detail in snapshot.points.details.values():
        cited = {name.source for name in detail.all_names}
        cited |= {location.source for location in detail.locations}
        cited |= {link.source for link in detail.regions}
        cited |= {link.confirmed_by for link in detail.regions if link.confirmed_by}
        cited |= {category.source for category in detail.categories}
        cited |= {c.confirmed_by for c in detail.categories if c.confirmed_by}
        cited |= {technique.source for technique in detail.techniques}
        cited |= {slug for claim in detail.conditions for slug in claim.cited()}
        cited |= {caution.source for caution in detail.cautions}
        cited |= {caution.advice_source for caution in detail.cautions}
        cited |= {slug for site in detail.figure_sites for slug in (site.source, site.based_on)}
        listed = [s.slug for s in detail.sources]
        assert cited <= set(listed), detail.code
        assert listed == [slug for slug in seed_sources if slug in listed], detail.code


@pytest.mark.parametrize(
    ("ref", "code"),
    [("BL40", "BL40"), ("bl-40", "BL40"), ("委中", "BL40"), ("Zú Sān Lǐ", "ST36")],
)
def test_find_point_resolves_any_identifier_to_one_code(
    snapshot: Snapshot, ref: str, code: str
) -> None:
    assert find_point(snapshot, ref) == code


def test_find_point_answers_300_with_the_candidates_of_an_ambiguous_code(
    snapshot: Snapshot,
) -> None:
    with pytest.raises(ApiProblem) as raised:
        find_point(snapshot, "P6")
    problem = raised.value
    assert (problem.status, problem.kind) == (300, "ambiguous-point")
    assert problem.detail == "'P6' may mean 2 points: LU-6, PC-6."
    assert problem.extra == {
        "candidates": [
            Suggestion(code="LU6", display_code="LU-6", name="Kǒngzuì", matched="P6", score=100.0),
            Suggestion(code="PC6", display_code="PC-6", name="Nèiguān", matched="P6", score=100.0),
        ]
    }


def test_find_point_answers_404_with_suggestions_for_a_misspelling(snapshot: Snapshot) -> None:
    with pytest.raises(ApiProblem) as raised:
        find_point(snapshot, "Weizhonk")
    problem = raised.value
    assert (problem.status, problem.kind) == (404, "point-not-found")
    assert problem.detail == "No point is known as 'Weizhonk'."
    assert problem.hint == "Did you mean BL-40 or GV-6 or BL-3?"
    suggestions = problem.extra["suggestions"]
    assert suggestions[0] == Suggestion(
        code="BL40", display_code="BL-40", name="Wěizhōng", matched="Wei Zhong", score=87.5
    )
    assert [(s.code, s.matched) for s in suggestions] == [
        ("BL40", "Wei Zhong"),
        ("GV6", "Jǐzhōng"),
        ("BL3", "Méichōng"),
        ("GV26", "Renzhong"),  # an alias names.csv gives
        ("EX-UE4", "Zhōngkuí"),
    ]


def test_find_point_suggests_nothing_for_nonsense(snapshot: Snapshot) -> None:
    with pytest.raises(ApiProblem) as raised:
        find_point(snapshot, "xqxqxq")
    assert raised.value.status == 404
    assert raised.value.extra == {"suggestions": []}
    assert raised.value.hint == (
        "Use a code such as ST36, a pinyin name such as Zusanli, or hanzi."
    )


def test_find_key_returns_the_one_key_a_name_means(snapshot: Snapshot) -> None:
    index = snapshot.regions.index
    assert find_key(index, "Back of the knee", kind="region", noun="region", example="knee") == (
        "back-of-knee"
    )


def test_find_key_answers_300_naming_every_key_an_ambiguous_name_may_mean(
    snapshot: Snapshot,
) -> None:
    with pytest.raises(ApiProblem) as raised:
        find_key(snapshot.meridians.index, "P", kind="meridian", noun="meridian", example="LU")
    problem = raised.value
    assert (problem.status, problem.kind) == (300, "ambiguous-meridian")
    assert problem.detail == (
        "'P' may mean 2 meridians: LU (Lung Meridian); PC (Pericardium Meridian)."
    )
    assert problem.hint == "Ask again with one of them: LU, PC."


@pytest.mark.parametrize(
    ("ref", "hint"),
    [("kne", "Did you mean Knee?"), ("zzzz", "Use a slug or name such as 'knee'.")],
)
def test_find_key_answers_404_with_close_names_or_an_example(
    snapshot: Snapshot, ref: str, hint: str
) -> None:
    with pytest.raises(ApiProblem) as raised:
        find_key(snapshot.regions.index, ref, kind="region", noun="region", example="knee")
    problem = raised.value
    assert (problem.status, problem.kind, problem.title) == (
        404,
        "region-not-found",
        "Region not found",
    )
    assert problem.detail == f"No region is known as {ref!r}."
    assert problem.hint == hint
