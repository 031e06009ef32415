"""Tip endpoints: general advice that accompanies a source's points."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.listing import CitedPage, WindowDep, json_cited_page
from app.tips.schemas import TipOut

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
async def list_tips(
    request: Request, snapshot: SnapshotDep, settings: SettingsDep, window: WindowDep
) -> Response:
    resources = snapshot.resources
    return json_cited_page(
        request,
        resources.tips,
        window,
        settings,
        notice=resources.context.notice,
        citations=resources.context.citations,
    )
