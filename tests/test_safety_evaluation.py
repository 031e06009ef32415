"""Contraindications applied to a person's situation: ok, caution or avoid, with the reason."""

import pytest

from app.core.errors import ApiProblem, FieldProblem
from app.models.contraindications import Scope, Severity, Trigger
from app.readmodel.regions import RegionMap
from app.readmodel.snapshot import Snapshot
from app.schemas.points import CautionOut, RegionLink, RegionRef
from app.schemas.safety import (
    PersonContext,
    PointSafety,
    SafetyCheckRequest,
    SafetyReason,
    SafetyStatus,
)
from app.services.safety import PROFESSIONAL_CARE, assess, check_safety, evaluate, worst

SOURCE = "tcmtips-post-exercise-recovery"
WHO_SAFETY = "who-acupuncture-safety-1999"
EDITORIAL = "acupoint-kb-editorial"
PREGNANCY_ADVICE = (
    "If you are pregnant, do not press points on the abdomen or lower back unless you are "
    "sure it is right for you; ask a qualified practitioner when in doubt."
)
WHO_PREGNANCY_ADVICE = (
    "If you are pregnant, do not press points on the abdomen or the lower back and sacrum."
)
SKIN_ADVICE = (
    "Do not press a point where the skin near it has an open wound, a bruise or a skin condition."
)
PAIN_ADVICE = (
    "Do not treat persistent or worsening pain with acupressure yourself; see a qualified "
    "health professional."
)
OK = PointSafety(status=SafetyStatus.OK, reasons=[])


def reason(
    contraindication: str, severity: Severity, why: str, advice: str, source: str = SOURCE
) -> SafetyReason:
    return SafetyReason(
        contraindication=contraindication,
        severity=severity,
        reason=why,
        advice=advice,
        advice_source=EDITORIAL,
        seek_professional_care=contraindication == "persistent-or-worsening-pain",
        source=source,
    )


def verdict(snapshot: Snapshot, code: str, person: PersonContext) -> PointSafety:
    return assess(snapshot, snapshot.points.details[code], person)


def test_no_situation_leaves_every_point_ok(snapshot: Snapshot) -> None:
    for code in ("BL23", "BL40", "CV4", "ST36"):
        assert verdict(snapshot, code, PersonContext()) == OK


def test_pregnancy_says_avoid_a_lower_back_point_and_cites_the_source(
    snapshot: Snapshot,
) -> None:
    assert verdict(snapshot, "BL23", PersonContext(pregnant=True)) == PointSafety(
        status=SafetyStatus.AVOID,
        reasons=[
            reason(
                "pregnancy-abdomen-lower-back",
                Severity.AVOID,
                "Pregnancy and points on the abdomen or lower back: the point is on the "
                "lower back.",
                PREGNANCY_ADVICE,
            ),
            reason(
                "pregnancy-lower-abdomen-lumbosacral-who",
                Severity.AVOID,
                "Pregnancy and points on the lower abdomen and lumbosacral region: the point "
                "is on the lower back.",
                WHO_PREGNANCY_ADVICE,
                WHO_SAFETY,
            ),
        ],
    )
    assert verdict(snapshot, "BL40", PersonContext(pregnant=True)) == OK


def test_a_skin_problem_at_the_knee_concerns_a_point_at_the_back_of_the_knee(
    snapshot: Snapshot,
) -> None:
    assert snapshot.regions.map.overlap("knee", "back-of-knee")
    assert snapshot.regions.map.overlap("back-of-knee", "knee")
    assert not snapshot.regions.map.overlap("knee", "leg")
    person = PersonContext(skin_issue_regions=["knee"])
    assert verdict(snapshot, "BL40", person) == PointSafety(
        status=SafetyStatus.AVOID,
        reasons=[
            reason(
                "skin-problem-at-site",
                Severity.AVOID,
                "Open wounds, bruises or skin conditions near the point: skin problem at the knee.",
                SKIN_ADVICE,
            )
        ],
    )
    assert verdict(snapshot, "ST36", person) == OK
    assert verdict(snapshot, "BL23", person) == OK


def test_a_skin_problem_over_a_whole_limb_concerns_every_point_on_it(
    snapshot: Snapshot,
) -> None:
    person = PersonContext(skin_issue_regions=["lower-limb"])
    statuses = {code: verdict(snapshot, code, person).status for code in ("ST36", "BL40", "BL23")}
    assert statuses == {
        "ST36": SafetyStatus.AVOID,
        "BL40": SafetyStatus.AVOID,
        "BL23": SafetyStatus.OK,
    }


UNLOCATED = (
    "No source in this knowledge base places ST-36 in a body region, so this caution cannot be "
    "ruled out."
)


def test_every_point_of_the_seed_lies_in_a_region(snapshot: Snapshot) -> None:
    assert [code for code, d in snapshot.points.details.items() if not d.regions] == []


@pytest.mark.parametrize(
    ("person", "expected"),
    [
        (
            PersonContext(pregnant=True),
            [
                ("pregnancy-abdomen-lower-back", PREGNANCY_ADVICE, SOURCE),
                ("pregnancy-lower-abdomen-lumbosacral-who", WHO_PREGNANCY_ADVICE, WHO_SAFETY),
            ],
        ),
        (
            PersonContext(skin_issue_regions=["knee"]),
            [("skin-problem-at-site", SKIN_ADVICE, SOURCE)],
        ),
    ],
)
def test_a_point_no_source_places_gets_a_caution_that_cannot_be_ruled_out(
    snapshot: Snapshot, person: PersonContext, expected: list[tuple[str, str, str]]
) -> None:
    # Every point of the seed lies in a region: take one out of its regions by hand.
    unplaced = snapshot.points.details["ST36"].model_copy(update={"regions": []})
    assert verdict(snapshot, "ST36", person) == OK
    assert assess(snapshot, unplaced, person) == PointSafety(
        status=SafetyStatus.CAUTION,
        reasons=[
            reason(contraindication, Severity.CAUTION, UNLOCATED, advice, source)
            for contraindication, advice, source in expected
        ],
    )


def test_persistent_pain_says_avoid_for_every_point(snapshot: Snapshot) -> None:
    person = PersonContext(persistent_or_worsening_pain=True)
    expected = PointSafety(
        status=SafetyStatus.AVOID,
        reasons=[
            reason(
                "persistent-or-worsening-pain",
                Severity.AVOID,
                "Pain that persists or worsens",
                PAIN_ADVICE,
            )
        ],
    )
    for code in snapshot.points.details:
        assert verdict(snapshot, code, person) == expected, code


def test_evaluate_applies_only_the_cautions_it_is_given_on_the_region_tree_it_is_given(
    snapshot: Snapshot,
) -> None:
    regions = RegionMap(
        refs={
            "lower-limb": RegionRef(slug="lower-limb", name="Lower limb"),
            "knee": RegionRef(slug="knee", name="Knee"),
        },
        parents={"lower-limb": None, "knee": "lower-limb"},
        slugs={1: "lower-limb", 2: "knee"},
    )
    point = snapshot.points.details["BL40"].model_copy(
        update={
            "regions": [
                RegionLink(
                    slug="knee", name="Knee", source="a-source", confirmed_by=None, note=None
                )
            ]
        }
    )
    pregnancy_on_legs = CautionOut(
        slug="legs-in-pregnancy",
        title="Legs in pregnancy",
        trigger=Trigger.PREGNANCY,
        scope=Scope.BODY_REGION,
        severity=Severity.CAUTION,
        regions=["lower-limb"],
        points=[],
        note=None,
        advice="Press gently.",
        advice_source="a-source",
        seek_professional_care=False,
        source_text="Be gentle on the legs.",
        source="a-source",
    )
    pregnant = PersonContext(pregnant=True)
    assert evaluate(point, pregnant, [], regions) == OK
    assert evaluate(point, pregnant, [pregnancy_on_legs], regions) == PointSafety(
        status=SafetyStatus.CAUTION,
        reasons=[
            SafetyReason(
                contraindication="legs-in-pregnancy",
                severity=Severity.CAUTION,
                reason="Legs in pregnancy: the point is on the lower limb.",
                advice="Press gently.",
                advice_source="a-source",
                seek_professional_care=False,
                source="a-source",
            )
        ],
    )
    assert evaluate(point, PersonContext(), [pregnancy_on_legs], regions) == OK


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], SafetyStatus.OK),
        ([SafetyStatus.OK, SafetyStatus.OK], SafetyStatus.OK),
        ([SafetyStatus.OK, SafetyStatus.CAUTION], SafetyStatus.CAUTION),
        ([SafetyStatus.AVOID, SafetyStatus.CAUTION, SafetyStatus.OK], SafetyStatus.AVOID),
    ],
)
def test_worst_is_the_most_severe_status_and_ok_for_none(
    statuses: list[SafetyStatus], expected: SafetyStatus
) -> None:
    assert worst(statuses) is expected


def test_a_safety_check_answers_each_point_in_request_order_by_any_identifier(
    snapshot: Snapshot,
) -> None:
    result = check_safety(
        snapshot,
        SafetyCheckRequest(points=["BL23", "委中", "CV4"], context=PersonContext(pregnant=True)),
    )
    assert result.status is SafetyStatus.AVOID
    assert [(r.ref, r.code, r.display_code, r.name, r.status) for r in result.results] == [
        ("BL23", "BL23", "BL-23", "Shènshū", SafetyStatus.AVOID),
        ("委中", "BL40", "BL-40", "Wěizhōng", SafetyStatus.OK),
        ("CV4", "CV4", "CV-4", "Guānyuán", SafetyStatus.AVOID),
    ]
    # CV4 lies on the abdomen, and four sources also name it among the points to leave alone
    # in pregnancy; the textbook only says "not suitable", the others forbid it.
    assert [(r.contraindication, r.severity) for r in result.results[2].reasons] == [
        ("pregnancy-abdomen-lower-back", Severity.AVOID),
        ("pregnancy-points-textbook-caution", Severity.CAUTION),
        ("pregnancy-lower-abdomen-lumbosacral-who", Severity.AVOID),
        ("pregnancy-points-takoda", Severity.AVOID),
        ("pregnancy-points-tcmwiki", Severity.AVOID),
    ]
    assert result.advice == [
        PREGNANCY_ADVICE,
        WHO_PREGNANCY_ADVICE,
        "If you are pregnant, do not press this point without a qualified practitioner's advice.",
        "If you are pregnant, do not press this point.",
    ]
    assert [source.slug for source in result.sources] == [
        EDITORIAL,
        "gmzyjc-textbook",
        "takoda-pregnancy-points",
        SOURCE,
        "tcmwiki-sp6-cv4",
        WHO_SAFETY,
    ]
    assert result.notice == snapshot.notice


def test_a_safety_check_for_persistent_pain_puts_professional_care_first(
    snapshot: Snapshot,
) -> None:
    result = check_safety(
        snapshot,
        SafetyCheckRequest(
            points=["ST36", "BL40"],
            context=PersonContext(persistent_or_worsening_pain=True, pregnant=True),
        ),
    )
    assert result.status is SafetyStatus.AVOID
    assert [r.status for r in result.results] == [SafetyStatus.AVOID, SafetyStatus.AVOID]
    assert result.advice == [PROFESSIONAL_CARE, PAIN_ADVICE]
    assert result.advice[0] == (
        "Pain that persists or worsens needs a qualified health professional: do not rely on "
        "acupressure for it."
    )


def test_a_safety_check_with_no_situation_is_ok_and_cites_nothing(snapshot: Snapshot) -> None:
    result = check_safety(snapshot, SafetyCheckRequest(points=["ST36", "BL23"]))
    assert result.status is SafetyStatus.OK
    assert [(r.code, r.reasons) for r in result.results] == [("ST36", []), ("BL23", [])]
    assert (result.advice, result.sources) == ([], [])


def test_a_safety_check_refuses_every_point_and_region_it_does_not_know_at_once(
    snapshot: Snapshot,
) -> None:
    request = SafetyCheckRequest(
        points=["Zusanly", "ST36", "P6", "qqqqqq"],
        context=PersonContext(skin_issue_regions=["moon"]),
    )
    with pytest.raises(ApiProblem) as raised:
        check_safety(snapshot, request)
    problem = raised.value
    assert (problem.status, problem.kind) == (422, "invalid-request")
    assert problem.detail == "4 value(s) could not be understood."
    assert problem.hint == "Use point codes such as ST36 and region slugs from /v1/regions."
    assert problem.extra == {
        "errors": [
            FieldProblem(
                location="body.points[0]",
                message="no point is known as 'Zusanly'; did you mean ST36, LI10, GB5?",
            ),
            FieldProblem(location="body.points[2]", message="'P6' is ambiguous: LU6, PC6"),
            FieldProblem(location="body.points[3]", message="no point is known as 'qqqqqq'"),
            FieldProblem(
                location="body.context.skin_issue_regions[0]",
                message="no region 'moon'; see /v1/regions",
            ),
        ]
    }
