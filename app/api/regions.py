"""Body region endpoints: the region tree and the points in each region."""

from typing import Annotated

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.http_cache import cached_json
from app.core.listing import identifier_path, resolve_ref
from app.regions.schemas import RegionDetail, RegionTree

router = APIRouter(prefix="/v1/regions", tags=["regions"])


@router.get(
    "",
    summary="Get the region tree",
    description=(
        "The body regions as a tree (lower limb → knee → back of the knee). Each region's "
        "`point_count` counts the points in it or in any region inside it."
    ),
    response_model=None,
    responses={
        200: {"model": RegionTree, "description": "The region tree."},
        **problem_responses(304, 503),
    },
)
async def get_region_tree(
    request: Request, snapshot: SnapshotDep, settings: SettingsDep
) -> Response:
    return cached_json(request, snapshot.resources.regions.tree, settings.cache_max_age_seconds)


@router.get(
    "/{slug}",
    summary="Get a region and its points",
    description=(
        "`slug` may be the region's slug or name, in any case or spacing. Answers the "
        "region with the regions that contain it, the regions inside it, and the points in "
        "it or in any region inside it. An unknown region gets 404."
    ),
    response_model=None,
    responses={
        200: {"model": RegionDetail, "description": "The region."},
        **problem_responses(300, 304, 404, 422, 503),
    },
)
async def get_region(
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    slug: Annotated[
        str,
        identifier_path("Slug or name of the region.", {"Slug": "back-of-knee"}),
    ],
) -> Response:
    views = snapshot.resources.regions
    key = resolve_ref(views.index, slug, kind="region", noun="region", example="lower-back")
    return cached_json(request, views.bodies[key], settings.cache_max_age_seconds)
