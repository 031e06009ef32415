"""Routine endpoints: ordered points with technique and time per step."""

from typing import Annotated

from fastapi import APIRouter, Request
from starlette.responses import Response

from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.http_cache import cached_json
from app.core.listing import WindowDep, identifier_path, json_page, resolve_ref
from app.core.pagination import Page
from app.routines.schemas import RoutineDetail, RoutineSummary

router = APIRouter(prefix="/v1/routines", tags=["routines"])


@router.get(
    "",
    summary="List the routines",
    description=(
        "Every routine, in the dataset's order, with its condition, number of steps and "
        "total time (over the steps whose source gives a duration)."
    ),
    response_model=None,
    responses={
        200: {"model": Page[RoutineSummary], "description": "A page of routines."},
        **problem_responses(304, 422, 503),
    },
)
async def list_routines(
    request: Request, snapshot: SnapshotDep, settings: SettingsDep, window: WindowDep
) -> Response:
    return json_page(request, snapshot.resources.routines.summaries, window, settings)


@router.get(
    "/{slug}",
    summary="Get a routine",
    description=(
        "The routine's steps in order: the point, the source's technique and time per "
        "application, and the time the step takes in all (twice the time when each side of "
        "a bilateral point is pressed in turn). Totals cover the steps whose source gives a "
        "duration; `steps_without_duration` lists the others, since a gap stays a gap. "
        "With the cautions for its points, the `notice` to display and the sources."
    ),
    response_model=None,
    responses={
        200: {"model": RoutineDetail, "description": "The routine."},
        **problem_responses(300, 304, 404, 422, 503),
    },
)
async def get_routine(
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    slug: Annotated[
        str,
        identifier_path("Slug or title of the routine.", {"Slug": "back-pain-after-exercise"}),
    ],
) -> Response:
    views = snapshot.resources.routines
    key = resolve_ref(
        views.index, slug, kind="routine", noun="routine", example="back-pain-after-exercise"
    )
    return cached_json(request, views.bodies[key], settings.cache_max_age_seconds)
