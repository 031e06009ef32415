"""POST /v1/safety-check: is it safe for this person to press these points?"""

from fastapi import APIRouter, Depends

from app.api.dependencies import SnapshotDep, require_json_body
from app.core.errors import problem_responses
from app.schemas.safety import SafetyCheckRequest, SafetyCheckResult
from app.services import safety

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
    return safety.check_safety(snapshot, request)
