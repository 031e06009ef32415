"""Corrections: anyone reports a mistake; curators accept (applying it) or reject it."""

from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Depends, Header, Path, Query, Request
from starlette.responses import JSONResponse, Response

from app.api.auth import require
from app.api.dependencies import require_json_body, write_in_turn
from app.core.errors import problem_responses
from app.core.openapi import header_refs
from app.models.corrections import CorrectionStatus
from app.models.keys import Role
from app.schemas.corrections import (
    AcceptCorrection,
    CorrectionOut,
    CorrectionReport,
    CorrectionStatusOut,
    RejectCorrection,
)
from app.services import corrections
from app.services.keys import Principal

RecordIfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description=(
            "The corrected record's current ETag (from GET /v1/curation/…); required: 428 "
            "without it, 412 when the record has changed since."
        ),
        examples=['"2f76767f24c041999b18030928f01ac2"'],
    ),
]

router = APIRouter(prefix="/v1/corrections", tags=["corrections"])
CuratorDep = Annotated[Principal, Depends(require(Role.CURATOR))]
CorrectionId = Annotated[
    str,
    Path(
        min_length=1,
        max_length=40,
        description="The id the report answered with.",
        openapi_examples={"id": {"summary": "A correction's id", "value": "k3Jd9xQ2vB7mTn4w"}},
    ),
]
PRIVATE = {"Cache-Control": "private, no-store"}
PRIVATE_ANSWER = {"headers": header_refs("NoStore")}


@router.post(
    "",
    summary="Report a mistake in a record",
    description=(
        "Anyone may report; the report waits for a curator. Answers 202 with the "
        "correction's id: `GET /v1/corrections/{id}` follows its status. Strictly rate "
        "limited; the contact is never shown publicly."
    ),
    status_code=202,
    response_model=CorrectionStatusOut,
    dependencies=[Depends(require_json_body)],
    responses={
        202: {
            "description": "Reported: the correction waits for a curator; Location follows it.",
            "headers": header_refs("Location", "NoStore"),
        },
        **problem_responses(413, 415, 422),
    },
)
async def report_correction(request: Request, body: CorrectionReport) -> Response:
    status = await to_thread.run_sync(corrections.report, request.app.state.sessions, body)
    location = {"Location": f"/v1/corrections/{status.id}", **PRIVATE}
    return JSONResponse(status.model_dump(mode="json"), status_code=202, headers=location)


@router.get(
    "/{correction_id}",
    summary="Follow a correction",
    description="Its status: pending, accepted or rejected (with the reason).",
    response_model=CorrectionStatusOut,
    responses={200: PRIVATE_ANSWER, **problem_responses(404)},
)
async def get_correction(request: Request, correction_id: CorrectionId) -> Response:
    status = await to_thread.run_sync(
        corrections.status_of, request.app.state.sessions, correction_id
    )
    return JSONResponse(status.model_dump(mode="json"), headers=PRIVATE)


@router.get(
    "",
    summary="List the corrections (curators)",
    description="The moderation queue, oldest first; `status=pending` for what waits.",
    response_model=list[CorrectionOut],
    responses={200: PRIVATE_ANSWER, **problem_responses(401, 403, 422)},
)
async def list_corrections(
    request: Request,
    _curator: CuratorDep,
    status: Annotated[CorrectionStatus | None, Query(description="Only this status.")] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="Page size.", examples=[20])] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000, description="Items to skip.", examples=[0])] = 0,
) -> Response:
    args = (request.app.state.sessions, status, limit, offset)
    items = await to_thread.run_sync(corrections.queue, *args)
    return JSONResponse([item.model_dump(mode="json") for item in items], headers=PRIVATE)


@router.post(
    "/{correction_id}/accept",
    summary="Accept a correction (curators)",
    description=(
        "Applies the fix (the reported merge patch, or `patch`) through the same write path "
        "as PATCH /v1/curation/…: validated, audited, versioned. Needs the record's ETag in "
        "If-Match."
    ),
    response_model=CorrectionOut,
    dependencies=[Depends(require_json_body)],
    responses={200: PRIVATE_ANSWER, **problem_responses(401, 403, 404, 409, 412, 422, 428)},
)
async def accept_correction(
    request: Request,
    curator: CuratorDep,
    correction_id: CorrectionId,
    decision: AcceptCorrection,
    if_match: RecordIfMatch = None,
) -> Response:
    args = (request.app.state.sessions, curator, correction_id, decision, if_match)
    decided = await write_in_turn(request, corrections.accept, *args)
    return JSONResponse(decided.model_dump(mode="json"), headers=PRIVATE)


@router.post(
    "/{correction_id}/reject",
    summary="Reject a correction (curators)",
    description="Closes it with the reason the reporter will see.",
    response_model=CorrectionOut,
    dependencies=[Depends(require_json_body)],
    responses={200: PRIVATE_ANSWER, **problem_responses(401, 403, 404, 409, 422)},
)
async def reject_correction(
    request: Request, curator: CuratorDep, correction_id: CorrectionId, decision: RejectCorrection
) -> Response:
    args = (request.app.state.sessions, curator, correction_id, decision)
    decided = await to_thread.run_sync(corrections.reject, *args)
    return JSONResponse(decided.model_dump(mode="json"), headers=PRIVATE)
