"""Source endpoints: where every fact comes from, and what the sources got wrong."""

from fastapi import APIRouter
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.listing import WindowDep, json_page
from app.api.lookups import SourceBody
from app.core.errors import problem_responses
from app.schemas.common import Page
from app.schemas.sources import ErratumOut, SourceOut

router = APIRouter(tags=["sources"])


@router.get(
    "/v1/sources",
    summary="List the sources",
    description="Every source the dataset cites, with the kind of evidence it offers.",
    response_model=None,
    responses={
        200: {"model": Page[SourceOut], "description": "A page of sources."},
        **problem_responses(304, 422, 503),
    },
)
async def list_sources(respond: RespondDep, snapshot: SnapshotDep, window: WindowDep) -> Response:
    return json_page(respond, snapshot.sources.items, window)


@router.get(
    "/v1/sources/{slug}",
    summary="Get a source",
    description=(
        "`slug` may be the source's slug or title, in any case or spacing. An unknown "
        "source gets 404."
    ),
    response_model=None,
    responses={
        200: {"model": SourceOut, "description": "The source."},
        **problem_responses(300, 304, 404, 422, 503),
    },
)
async def get_source(respond: RespondDep, body: SourceBody) -> Response:
    return respond.body(body)


@router.get(
    "/v1/errata",
    summary="List the errata",
    description=(
        "What the sources got wrong and how the dataset resolves it: what the source said, "
        "the correction, the reason and the source backing the correction."
    ),
    response_model=None,
    responses={
        200: {"model": Page[ErratumOut], "description": "A page of errata."},
        **problem_responses(304, 422, 503),
    },
)
async def list_errata(respond: RespondDep, snapshot: SnapshotDep, window: WindowDep) -> Response:
    return json_page(respond, snapshot.errata, window)
