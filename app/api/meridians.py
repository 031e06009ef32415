"""Meridian endpoints."""

from typing import Annotated

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.http_cache import CachedBody, cached_json
from app.core.listing import identifier_path, resolve_ref
from app.core.pagination import Page, page_of
from app.meridians.schemas import MeridianDetail, MeridianOut

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
async def list_meridians(
    request: Request, snapshot: SnapshotDep, settings: SettingsDep
) -> Response:
    items = snapshot.meridians
    page = page_of(items, len(items), len(items), 0, request.url)
    return cached_json(request, CachedBody.of(page), settings.cache_max_age_seconds)


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
async def get_meridian(
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    code: Annotated[
        str,
        identifier_path(
            "WHO code, another list's code, or the English name.",
            {"WHO code": "BL", "Another list's code": "UB", "English name": "Bladder"},
        ),
    ],
) -> Response:
    views = snapshot.resources.meridians
    key = resolve_ref(views.index, code, kind="meridian", noun="meridian", example="ST")
    return cached_json(request, views.bodies[key], settings.cache_max_age_seconds)
