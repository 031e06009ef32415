"""Meridian endpoints."""

from fastapi import APIRouter
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.listing import Window, json_page
from app.api.lookups import MeridianBody
from app.core.errors import problem_responses
from app.schemas.common import Page
from app.schemas.meridians import MeridianDetail, MeridianOut

router = APIRouter(prefix="/v1/meridians", tags=["meridians"])


@router.get(
    "",
    summary="List the meridians",
    description="The 14 meridians of the WHO standard, in conventional order, with point counts.",
    response_model=None,
    responses={
        200: {"model": Page[MeridianOut], "description": "All 14 meridians on one page."},
        **problem_responses(304, 503),
    },
)
async def list_meridians(respond: RespondDep, snapshot: SnapshotDep) -> Response:
    items = snapshot.meridians.items
    return json_page(respond, items, Window(limit=len(items), offset=0))


@router.get(
    "/{code}",
    summary="Get a meridian and its points",
    description=(
        "`code` may be the WHO code or any spelling seen in other lists, or the English "
        "name, in any case (`ST`, `st`, `UB`, `SJ`, `Bladder`). A spelling that different "
        "lists give to different meridians (`P` is Lung in some, Pericardium in others) "
        "gets 300 with the candidates in `detail`; an unknown one gets 404. Answers the "
        "meridian with its points in number order and counts of what the dataset holds."
    ),
    response_model=None,
    responses={
        200: {"model": MeridianDetail, "description": "The meridian."},
        **problem_responses(300, 304, 404, 422, 503),
    },
)
async def get_meridian(respond: RespondDep, body: MeridianBody) -> Response:
    return respond.body(body)
