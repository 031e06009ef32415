"""Finding points: needs read from symptoms, filters that combine, ranking, safety context."""

from typing import Any

import pytest
from starlette.datastructures import URL

from app.core.errors import ApiProblem, FieldProblem
from app.models.contraindications import Severity
from app.readmodel.snapshot import Snapshot
from app.schemas.points import PointListQuery
from app.schemas.safety import PointSafety, SafetyReason, SafetyStatus
from app.services.points import Need, PointSearchResult, find_points, list_points
from app.text.symptoms import ConditionMatch

SOURCE = "tcmtips-post-exercise-recovery"
WHO_SAFETY = "who-acupuncture-safety-1999"
PREGNANCY_AVOID = PointSafety(
    status=SafetyStatus.AVOID,
    reasons=[
        SafetyReason(
            contraindication="pregnancy-abdomen-lower-back",
            severity=Severity.AVOID,
            reason="Pregnancy and points on the abdomen or lower back: "
            "the point is on the lower back.",
            advice="If you are pregnant, do not press points on the abdomen or lower back "
            "unless you are sure it is right for you; ask a qualified practitioner when in "
            "doubt.",
            advice_source="acupoint-kb-editorial",
            seek_professional_care=False,
            source=SOURCE,
        ),
        SafetyReason(
            contraindication="pregnancy-lower-abdomen-lumbosacral-who",
            severity=Severity.AVOID,
            reason="Pregnancy and points on the lower abdomen and lumbosacral region: "
            "the point is on the lower back.",
            advice="If you are pregnant, do not press points on the abdomen or the lower back "
            "and sacrum.",
            advice_source="acupoint-kb-editorial",
            seek_professional_care=False,
            source=WHO_SAFETY,
        ),
    ],
)
OK = PointSafety(status=SafetyStatus.OK, reasons=[])


def search(snapshot: Snapshot, **filters: Any) -> PointSearchResult:
    return find_points(snapshot, PointListQuery(**filters))


def ranked(snapshot: Snapshot, **filters: Any) -> list[str]:
    return [entry.point.code for entry in search(snapshot, **filters).ranked]


def refused(snapshot: Snapshot, **filters: Any) -> ApiProblem:
    with pytest.raises(ApiProblem) as raised:
        find_points(snapshot, PointListQuery(**filters))
    return raised.value


def test_lower_back_pain_ranks_main_uses_first_then_conventional_order(
    snapshot: Snapshot,
) -> None:
    result = search(snapshot, symptom=["lower back pain"])
    assert [(e.point.code, e.score, e.needs_met) for e in result.ranked] == [
        ("BL23", 1.0, 1),
        ("BL40", 1.0, 1),
        ("BL25", 0.7, 1),
        ("GB41", 0.7, 1),
    ]
    assert result.needs == [
        Need(
            "lower back pain",
            "symptom",
            (ConditionMatch("lower-back-pain", 100.0, "Lower back pain"),),
        )
    ]
    assert result.excluded == []
    assert all(entry.safety is None for entry in result.ranked)
    assert [
        [(claim.slug, claim.relevance) for claim in entry.helps_with] for entry in result.ranked
    ] == [
        [("lower-back-pain", 1)],
        [("lower-back-pain", 1)],
        [("lower-back-pain", 2)],
        [("lower-back-pain", 2)],
    ]


def test_a_condition_slug_or_synonym_finds_the_same_points_as_the_symptom(
    snapshot: Snapshot,
) -> None:
    expected = ["BL23", "BL40", "BL25", "GB41"]
    assert ranked(snapshot, condition=["lower-back-pain"]) == expected
    assert ranked(snapshot, condition=["Lumbago"]) == expected


def test_points_that_meet_more_needs_rank_first(snapshot: Snapshot) -> None:
    result = search(snapshot, symptom=["leg pain", "lower back pain"])
    assert [(e.point.code, e.score, e.needs_met) for e in result.ranked] == [
        ("BL40", 2.0, 2),
        ("BL23", 1.0, 1),
        ("BL25", 0.7, 1),
        ("GB41", 0.7, 1),
    ]
    assert [claim.slug for claim in result.ranked[0].helps_with] == [
        "leg-pain",
        "lower-back-pain",
    ]


def test_a_pregnant_person_gets_the_lower_back_points_excluded_with_the_reason(
    snapshot: Snapshot,
) -> None:
    result = search(snapshot, symptom=["lower back pain"], pregnant=True)
    assert [(e.point.code, e.safety) for e in result.ranked] == [("BL40", OK), ("GB41", OK)]
    assert [(e.point.code, e.safety) for e in result.excluded] == [
        ("BL23", PREGNANCY_AVOID),
        ("BL25", PREGNANCY_AVOID),
    ]


def test_unsafe_flag_keeps_points_to_avoid_in_the_ranking_with_their_verdict(
    snapshot: Snapshot,
) -> None:
    result = search(snapshot, symptom=["lower back pain"], pregnant=True, unsafe="flag")
    assert [(e.point.code, e.safety) for e in result.ranked] == [
        ("BL23", PREGNANCY_AVOID),
        ("BL40", OK),
        ("BL25", PREGNANCY_AVOID),
        ("GB41", OK),
    ]
    assert result.excluded == []


def test_the_listed_page_names_the_excluded_points_and_cites_its_sources(
    snapshot: Snapshot,
) -> None:
    page = list_points(
        snapshot,
        PointListQuery(symptom=["lower back pain"], pregnant=True),
        URL("http://testserver/v1/points?symptom=lower+back+pain&pregnant=true"),
    )
    assert [(hit.point.code, hit.safety) for hit in page.items] == [("BL40", OK), ("GB41", OK)]
    assert page.total == 2
    assert [(e.code, e.display_code, e.safety) for e in page.excluded] == [
        ("BL23", "BL-23", PREGNANCY_AVOID),
        ("BL25", "BL-25", PREGNANCY_AVOID),
    ]
    # The excluded points cite the sources of their reasons; the editors wrote the advice.
    assert [source.slug for source in page.sources] == [
        "acupoint-kb-editorial",
        SOURCE,
        WHO_SAFETY,
    ]
    assert page.notice == snapshot.notice


def test_a_page_of_the_ranking_links_to_its_neighbours(snapshot: Snapshot) -> None:
    page = list_points(
        snapshot,
        PointListQuery(symptom=["lower back pain"], limit=2, offset=2),
        URL("http://testserver/v1/points?symptom=lower+back+pain&limit=2&offset=2"),
    )
    assert [hit.point.code for hit in page.items] == ["BL25", "GB41"]
    assert (page.total, page.limit, page.offset) == (4, 2, 2)
    assert page.links.model_dump() == {
        "self": "/v1/points?symptom=lower+back+pain&limit=2&offset=2",
        "next": None,
        "prev": "/v1/points?symptom=lower+back+pain&limit=2&offset=0",
    }
    assert [need.model_dump() for need in page.understood_as] == [
        {
            "given": "lower back pain",
            "parameter": "symptom",
            "conditions": ["lower-back-pain"],
            "scores": [100.0],
            "matched": ["Lower back pain"],
        }
    ]


LEG = [
    "ST36", "ST37", "ST38", "ST39", "ST40", "SP6", "SP7", "SP8", "SP9", "BL55", "BL56", "BL57",
    "BL58", "BL59", "KI7", "KI8", "KI9", "GB34", "GB35", "GB36", "GB37", "GB38", "GB39", "LR5",
    "LR6", "LR7", "EX-LE6", "EX-LE7",
]  # fmt: skip


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("leg", LEG),
        ("shin", LEG),
        ("lower-leg", LEG),
        ("calf", ["BL55", "BL56", "BL57", "BL58", "BL59", "KI7", "KI9"]),
        (
            "knee",
            ["ST35", "BL38", "BL39", "BL40", "KI10", "GB33", "LR8", "EX-LE2", "EX-LE4", "EX-LE5"],
        ),
        ("back-of-knee", ["BL38", "BL39", "BL40", "KI10"]),
        (
            "foot",
            [
                "ST42", "ST43", "ST44", "ST45", "SP1", "SP2", "SP3", "SP4", "SP5", "BL61", "BL62",
                "BL63", "BL64", "BL65", "BL66", "BL67", "KI1", "KI2", "KI4", "KI5", "KI6", "GB41",
                "GB42", "GB43", "GB44", "LR1", "LR2", "LR3", "EX-LE10", "EX-LE11", "EX-LE12",
            ],
        ),
        (
            "sacrum",
            ["BL27", "BL28", "BL29", "BL30", "BL31", "BL32", "BL33", "BL34", "GV2", "EX-B9"],
        ),
    ],
)  # fmt: skip
def test_a_region_filter_includes_the_points_of_its_sub_regions(
    snapshot: Snapshot, region: str, expected: list[str]
) -> None:
    assert ranked(snapshot, region=[region], sort="code") == expected


@pytest.mark.parametrize(
    ("region", "count", "parts"),
    [
        ("lower-limb", 98, ["hip-and-thigh", "knee", "leg", "ankle", "foot"]),
        ("trunk", 142, ["chest", "abdomen", "back"]),
    ],
)
def test_a_top_level_region_holds_exactly_the_points_of_its_parts(
    snapshot: Snapshot, region: str, count: int, parts: list[str]
) -> None:
    found = ranked(snapshot, region=[region], sort="code")
    assert len(found) == len(set(found)) == count
    assert ranked(snapshot, region=parts, sort="code") == found


def test_filters_combine(snapshot: Snapshot) -> None:
    assert ranked(snapshot, region=["lower-limb"], symptom=["lower back pain"]) == [
        "BL40",
        "GB41",
    ]
    # The bladder meridian's two lines on the back, BL11-BL34 and BL41-BL52.
    assert ranked(snapshot, region=["back"], meridian=["BL"]) == [
        f"BL{n}" for n in (*range(11, 35), *range(41, 53))
    ]


@pytest.mark.parametrize("spelling", ["BL", "UB", "Bladder", "urinary bladder"])
def test_a_meridian_filter_takes_any_list_code_or_name(snapshot: Snapshot, spelling: str) -> None:
    assert ranked(snapshot, meridian=[spelling], symptom=["lower back pain"]) == [
        "BL23",
        "BL40",
        "BL25",
    ]
    assert len(ranked(snapshot, meridian=[spelling], limit=100)) == 67


def test_kind_filter_counts_the_extra_points(snapshot: Snapshot) -> None:
    extra = ranked(snapshot, kind="extra")
    assert len(extra) == 48
    assert (extra[0], extra[-1]) == ("EX-HN1", "EX-LE12")


@pytest.mark.parametrize(
    ("filters", "location", "message", "hint"),
    [
        (
            {"symptom": ["qwxzv plorb"]},
            "query.symptom[0]",
            "'qwxzv plorb' does not match any condition we hold",
            "See /v1/conditions for what the knowledge base covers.",
        ),
        (
            {"symptom": ["lower back pain", "calftension"]},
            "query.symptom[1]",
            "'calftension' does not match any condition we hold",
            "Close wording we know: 'Calf tension', 'neck tension'. "
            "See /v1/conditions for what the knowledge base covers.",
        ),
        (
            {"condition": ["no-such-thing"]},
            "query.condition[0]",
            "no condition is known as 'no-such-thing'",
            "See /v1/conditions, or describe it with `symptom=`.",
        ),
        (
            {"region": ["lower-limb", "kne"]},
            "query.region[1]",
            "no region 'kne'",
            "Did you mean knee? See /v1/regions for the region slugs.",
        ),
        (
            {"skin_issue_region": ["moon"]},
            "query.skin_issue_region[0]",
            "no region 'moon'",
            "See /v1/regions for the region slugs.",
        ),
        (
            {"meridian": ["XX"]},
            "query.meridian[0]",
            "'XX' is not a meridian",
            "Use a WHO meridian code: LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV.",
        ),
        (
            {"meridian": ["P"]},
            "query.meridian[0]",
            "'P' is ambiguous: LU, PC",
            "Use a WHO meridian code: LU, LI, ST, SP, HT, SI, BL, KI, PC, TE, GB, LR, GV, CV.",
        ),
    ],
)
def test_values_the_data_does_not_know_are_a_422_naming_the_parameter(
    snapshot: Snapshot, filters: dict[str, Any], location: str, message: str, hint: str
) -> None:
    problem = refused(snapshot, **filters)
    assert (problem.status, problem.kind) == (422, "invalid-request")
    assert problem.detail == f"{location}: {message}"
    assert problem.extra == {"errors": [FieldProblem(location=location, message=message)]}
    assert problem.hint == hint


def test_text_search_finds_a_point_by_its_name_not_a_similar_one(snapshot: Snapshot) -> None:
    assert ranked(snapshot, q="zusanli") == ["ST36"]
    assert ranked(snapshot, q="Shousanli") == ["LI10"]
    assert ranked(snapshot, q="crease behind the knee") == ["BL40"]


@pytest.mark.parametrize(
    ("q", "code", "score"),
    [
        ("zusanli", "ST36", 100.0),
        ("Zú Sān Lǐ", "ST36", 100.0),
        ("zusanli", "LI10", 0.0),
        ("shousanli", "LI10", 100.0),
        ("shousanli", "ST36", 0.0),
        ("crease behind the knee", "BL40", 90.0),
        ("knee", "BL40", 90.0),
        ("knee", "ST36", 0.0),
    ],
)
def test_text_score_counts_a_name_only_when_it_is_nearly_the_same(
    snapshot: Snapshot, q: str, code: str, score: float
) -> None:
    assert snapshot.points.text.scores(q).get(code, 0.0) == score
