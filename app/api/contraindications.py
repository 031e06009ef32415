"""Contraindication endpoints: when not to press, from the sources."""

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.listing import CitedPage, WindowDep, json_cited_page
from app.points.schemas import CautionOut

router = APIRouter(prefix="/v1/contraindications", tags=["contraindications"])


@router.get(
    "",
    summary="List the contraindications and cautions",
    description=(
        "Every contraindication and caution, with what sets it off (`trigger`), what it "
        "applies to (`scope`: the whole person, the skin at the point, or body `regions`), "
        "the advice, and the source's own words. With the `notice` to display and the "
        "sources."
    ),
    response_model=None,
    responses={
        200: {"model": CitedPage[CautionOut], "description": "A page of contraindications."},
        **problem_responses(304, 422, 503),
    },
)
async def list_contraindications(
    request: Request, snapshot: SnapshotDep, settings: SettingsDep, window: WindowDep
) -> Response:
    resources = snapshot.resources
    return json_cited_page(
        request,
        resources.contraindications,
        window,
        settings,
        notice=resources.context.notice,
        citations=resources.context.citations,
    )
