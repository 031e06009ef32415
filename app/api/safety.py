"""POST /v1/safety-check: is it safe for this person to press these points?"""

from fastapi import APIRouter, Depends

from app.core.dependencies import SnapshotDep, require_json_body
from app.core.errors import FieldProblem, invalid_request, problem_responses
from app.safety.evaluate import evaluate, worst
from app.safety.schemas import PointVerdict, SafetyCheckRequest, SafetyCheckResult

router = APIRouter(
    prefix="/v1/safety-check", tags=["safety"], dependencies=[Depends(require_json_body)]
)

PROFESSIONAL_CARE = (
    "Pain that persists or worsens needs a qualified health professional: do not rely on "
    "acupressure for it."
)


@router.post(
    "",
    summary="Check points against a person's situation",
    description=(
        "Given points (any identifiers) and a person's situation (pregnancy, skin problems "
        "and where, pain that persists or worsens), answers per point `ok`, `caution` or "
        "`avoid` with each reason and its source. Pain that persists or worsens always "
        "answers with the advice to seek professional care. Unknown or ambiguous points are "
        "a 422 listing each one with suggestions."
    ),
    responses=problem_responses(400, 413, 415, 422, 503),
)
async def check_safety(request: SafetyCheckRequest, snapshot: SnapshotDep) -> SafetyCheckResult:
    problems: list[FieldProblem] = []
    codes: list[str] = []
    for index, ref in enumerate(request.points):
        resolution = snapshot.resolver.resolve(ref)
        if resolution.code is not None:
            codes.append(resolution.code)
            continue
        if resolution.candidates:
            message = f"{ref!r} is ambiguous: " + ", ".join(m.code for m in resolution.candidates)
        else:
            close = ", ".join(m.code for m in resolution.suggestions[:3])
            message = f"no point is known as {ref!r}" + (
                f"; did you mean {close}?" if close else ""
            )
        problems.append(FieldProblem(location=f"body.points[{index}]", message=message))
    for index, slug in enumerate(request.context.skin_issue_regions):
        if slug not in snapshot.regions:
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
    results: list[PointVerdict] = []
    for ref, code in zip(request.points, codes, strict=True):
        point = snapshot.points[code]
        verdict = evaluate(point, request.context, snapshot.cautions, snapshot.region_parents)
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
    advice = []
    if request.context.persistent_or_worsening_pain:
        advice.append(PROFESSIONAL_CARE)
    advice += sorted({reason.advice for r in results for reason in r.reasons})
    cited = sorted({reason.source for r in results for reason in r.reasons})
    return SafetyCheckResult(
        status=worst(r.status for r in results),
        results=results,
        advice=advice,
        notice=snapshot.notice,
        sources=[snapshot.sources[slug] for slug in cited],
    )
