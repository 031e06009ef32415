"""Is it safe for this person to press these points? Contraindications applied."""

from collections.abc import Iterable

from app.core.errors import FieldProblem, invalid_request
from app.models.contraindications import Scope, Severity, Trigger
from app.readmodel.regions import RegionMap
from app.readmodel.snapshot import Snapshot
from app.schemas.points import CautionOut, PointDetail
from app.schemas.safety import (
    PersonContext,
    PointSafety,
    PointVerdict,
    SafetyCheckRequest,
    SafetyCheckResult,
    SafetyReason,
    SafetyStatus,
)
from app.services.lookup import point_ref_problem

_RANK = {SafetyStatus.OK: 0, SafetyStatus.CAUTION: 1, SafetyStatus.AVOID: 2}
PROFESSIONAL_CARE = (
    "Pain that persists or worsens needs a qualified health professional: do not rely on "
    "acupressure for it."
)


def worst(statuses: Iterable[SafetyStatus]) -> SafetyStatus:
    """The most severe of the statuses; ok when there are none."""
    return max(statuses, key=_RANK.__getitem__, default=SafetyStatus.OK)


def evaluate(
    point: PointDetail,
    person: PersonContext,
    cautions: Iterable[CautionOut],
    regions: RegionMap,
) -> PointSafety:
    point_regions = [region.slug for region in point.regions]
    located = regions.with_ancestors(point_regions)
    reasons: list[SafetyReason] = []

    def add(caution: CautionOut, severity: Severity, reason: str) -> None:
        reasons.append(
            SafetyReason(
                contraindication=caution.slug,
                severity=severity,
                reason=reason,
                advice=caution.advice,
                advice_source=caution.advice_source,
                seek_professional_care=caution.seek_professional_care,
                source=caution.source,
            )
        )

    unlocated = (
        f"No source in this knowledge base places {point.display_code} in a body region, "
        "so this caution cannot be ruled out."
    )
    for caution in cautions:
        if caution.trigger is Trigger.PREGNANCY and person.pregnant:
            if caution.scope is Scope.POINTS:
                if point.code in caution.points:
                    add(caution, caution.severity, caution.title)
            elif caution.scope is not Scope.BODY_REGION:
                add(caution, caution.severity, caution.title)
            elif located & set(caution.regions):
                where = " and ".join(
                    s.replace("-", " ") for s in sorted(located & set(caution.regions))
                )
                add(caution, caution.severity, f"{caution.title}: the point is on the {where}.")
            elif not point_regions:
                add(caution, Severity.CAUTION, unlocated)
        elif caution.trigger is Trigger.SKIN_PROBLEM and person.skin_issue_regions:
            hit = [
                skin
                for skin in person.skin_issue_regions
                if any(regions.overlap(skin, region) for region in point_regions)
            ]
            if hit:
                where = hit[0].replace("-", " ")
                add(caution, caution.severity, f"{caution.title}: skin problem at the {where}.")
            elif not point_regions:
                add(caution, Severity.CAUTION, unlocated)
        elif (
            caution.trigger is Trigger.PERSISTENT_OR_WORSENING_PAIN
            and person.persistent_or_worsening_pain
        ):
            add(caution, caution.severity, caution.title)
    status = worst(SafetyStatus(reason.severity.value) for reason in reasons)
    return PointSafety(status=status, reasons=reasons)


def assess(snapshot: Snapshot, point: PointDetail, person: PersonContext) -> PointSafety:
    """One point's verdict for one person, against every caution the dataset holds."""
    return evaluate(point, person, snapshot.contraindications.items, snapshot.regions.map)


def check_safety(snapshot: Snapshot, request: SafetyCheckRequest) -> SafetyCheckResult:
    """Every point's verdict, or a 422 naming each point and region not understood."""
    codes = _resolve_all(snapshot, request)
    regions = [snapshot.regions.canonical(s) or s for s in request.context.skin_issue_regions]
    context = request.context.model_copy(update={"skin_issue_regions": regions})
    results: list[PointVerdict] = []
    for ref, code in zip(request.points, codes, strict=True):
        point = snapshot.points.details[code]
        verdict = assess(snapshot, point, context)
        results.append(
            PointVerdict(
                ref=ref,
                code=code,
                display_code=point.display_code,
                name=point.names.pinyin,
                status=verdict.status,
                reasons=verdict.reasons,
            )
        )
    advice = [PROFESSIONAL_CARE] if request.context.persistent_or_worsening_pain else []
    advice += sorted({reason.advice for r in results for reason in r.reasons})
    cited = {slug for r in results for reason in r.reasons for slug in reason.cited()}
    return SafetyCheckResult(
        status=worst(r.status for r in results),
        results=results,
        advice=advice,
        notice=snapshot.notice,
        sources=[snapshot.sources.by_slug[slug] for slug in sorted(cited)],
    )


def _resolve_all(snapshot: Snapshot, request: SafetyCheckRequest) -> list[str]:
    problems: list[FieldProblem] = []
    codes: list[str] = []
    for index, ref in enumerate(request.points):
        resolution = snapshot.points.resolver.resolve(ref)
        if resolution.code is not None:
            codes.append(resolution.code)
        else:
            problems.append(point_ref_problem(f"body.points[{index}]", ref, resolution))
    for index, slug in enumerate(request.context.skin_issue_regions):
        if snapshot.regions.canonical(slug) is None:
            problems.append(
                FieldProblem(
                    location=f"body.context.skin_issue_regions[{index}]",
                    message=f"no region {slug!r}; see /v1/regions",
                )
            )
    if problems:
        raise invalid_request(
            f"{len(problems)} value(s) could not be understood.",
            problems,
            hint="Use point codes such as ST36 and region slugs from /v1/regions.",
        )
    return codes
