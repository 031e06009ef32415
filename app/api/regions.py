"""Body region endpoints: the region tree and the points in each region."""

from fastapi import APIRouter
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.lookups import RegionBody
from app.core.errors import problem_responses
from app.schemas.regions import RegionDetail, RegionTree

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
async def get_region_tree(respond: RespondDep, snapshot: SnapshotDep) -> Response:
    return respond.body(snapshot.regions.tree)


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
async def get_region(respond: RespondDep, body: RegionBody) -> Response:
    return respond.body(body)
