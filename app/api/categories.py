"""Category endpoint: the special-point categories, with their points."""

from fastapi import APIRouter
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.listing import WindowDep, json_cited_page
from app.core.errors import problem_responses
from app.schemas.categories import CategoryOut
from app.schemas.common import CitedPage

router = APIRouter(prefix="/v1/categories", tags=["categories"])


@router.get(
    "",
    summary="List the special-point categories",
    description=(
        "Every special-point category of the classical texts (the five transporting points, "
        "source, connecting, cleft, back transporting, front collecting, lower sea, the eight "
        "influential and the eight confluent points…) with how many points it holds and "
        "which, each membership with its sources. `category=` on /v1/points filters by them."
    ),
    response_model=None,
    responses={
        200: {"model": CitedPage[CategoryOut], "description": "A page of categories."},
        **problem_responses(304, 422, 503),
    },
)
async def list_categories(
    respond: RespondDep, snapshot: SnapshotDep, window: WindowDep
) -> Response:
    items = snapshot.categories
    cited = {s for c in items for m in c.points for s in (m.source, m.confirmed_by) if s}
    return json_cited_page(
        respond, items, window, notice=snapshot.notice, sources=snapshot.sources, cited=cited
    )
