"""Source endpoints: where every fact comes from, and what the sources got wrong."""

from typing import Annotated

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.http_cache import cached_json
from app.core.listing import WindowDep, identifier_path, json_page, resolve_ref
from app.core.pagination import Page
from app.sources.schemas import ErratumOut, SourceOut

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
async def list_sources(
    request: Request, snapshot: SnapshotDep, settings: SettingsDep, window: WindowDep
) -> Response:
    return json_page(request, snapshot.resources.sources.items, window, settings)


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
async def get_source(
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    slug: Annotated[
        str,
        identifier_path("Slug or title of the source.", {"Slug": "who-wpro-2008"}),
    ],
) -> Response:
    views = snapshot.resources.sources
    key = resolve_ref(views.index, slug, kind="source", noun="source", example="who-wpro-2008")
    return cached_json(request, views.bodies[key], settings.cache_max_age_seconds)


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
async def list_errata(
    request: Request, snapshot: SnapshotDep, settings: SettingsDep, window: WindowDep
) -> Response:
    return json_page(request, snapshot.resources.errata, window, settings)
