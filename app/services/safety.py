"""Applies contraindications to one point for one person's situation."""

from collections.abc import Iterable, Mapping

from app.points.schemas import CautionOut, PointDetail
from app.safety.models import Scope, Severity, Trigger
from app.safety.schemas import PersonContext, PointSafety, SafetyReason, SafetyStatus

_RANK = {SafetyStatus.OK: 0, SafetyStatus.CAUTION: 1, SafetyStatus.AVOID: 2}


def worst(statuses: Iterable[SafetyStatus]) -> SafetyStatus:
    """The most severe of the statuses; ok when there are none."""
    return max(statuses, key=_RANK.__getitem__, default=SafetyStatus.OK)


def with_ancestors(slugs: Iterable[str], parents: Mapping[str, str | None]) -> set[str]:
    found: set[str] = set()
    for slug in slugs:
        current: str | None = slug
        while current is not None and current not in found:
            found.add(current)
            current = parents.get(current)
    return found


def _overlaps(a: str, b: str, parents: Mapping[str, str | None]) -> bool:
    """One region contains the other (the knee and the back of the knee overlap)."""
    return a in with_ancestors([b], parents) or b in with_ancestors([a], parents)


def evaluate(
    point: PointDetail,
    person: PersonContext,
    cautions: Iterable[CautionOut],
    parents: Mapping[str, str | None],
) -> PointSafety:
    point_regions = [region.slug for region in point.regions]
    located = with_ancestors(point_regions, parents)
    reasons: list[SafetyReason] = []

    def add(caution: CautionOut, severity: Severity, reason: str) -> None:
        reasons.append(
            SafetyReason(
                contraindication=caution.slug,
                severity=severity,
                reason=reason,
                advice=caution.advice,
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
            if caution.scope is not Scope.BODY_REGION:
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
                if any(_overlaps(skin, region, parents) for region in point_regions)
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
