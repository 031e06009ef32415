"""Contraindication endpoints: when not to press, from the sources."""

from fastapi import APIRouter
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.listing import WindowDep, json_cited_page
from app.core.errors import problem_responses
from app.schemas.common import CitedPage
from app.schemas.points import CautionOut

router = APIRouter(prefix="/v1/contraindications", tags=["contraindications"])


@router.get(
    "",
    summary="List the contraindications and cautions",
    description=(
        "Every contraindication and caution, with what sets it off (`trigger`), what it "
        "applies to (`scope`: the whole person, the skin at the point, body `regions`, or "
        "named `points`), "
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
    respond: RespondDep, snapshot: SnapshotDep, window: WindowDep
) -> Response:
    items = snapshot.contraindications.items
    shown = items[window.offset : window.offset + window.limit]
    cited = {slug for caution in shown for slug in (caution.source, caution.advice_source)}
    return json_cited_page(
        respond, items, window, notice=snapshot.notice, sources=snapshot.sources, cited=cited
    )
