"""Tip endpoints: general advice that accompanies a source's points."""

from fastapi import APIRouter
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.listing import WindowDep, json_cited_page
from app.core.errors import problem_responses
from app.schemas.common import CitedPage
from app.schemas.tips import TipOut

router = APIRouter(prefix="/v1/tips", tags=["tips"])


@router.get(
    "",
    summary="List the general tips",
    description=(
        "General advice from the sources (stretching, drinking water…), as the editors "
        "kept it: `editorial_note` says what was changed or left out and why. With the "
        "`notice` to display and the sources."
    ),
    response_model=None,
    responses={
        200: {"model": CitedPage[TipOut], "description": "A page of tips."},
        **problem_responses(304, 422, 503),
    },
)
async def list_tips(respond: RespondDep, snapshot: SnapshotDep, window: WindowDep) -> Response:
    items = snapshot.tips
    return json_cited_page(respond, items, window, notice=snapshot.notice, sources=snapshot.sources)
