"""Routine endpoints: ordered points with technique and time per step."""

from fastapi import APIRouter
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.listing import WindowDep, json_page
from app.api.lookups import RoutineBody
from app.core.errors import problem_responses
from app.schemas.common import Page
from app.schemas.routines import RoutineDetail, RoutineSummary

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
async def list_routines(respond: RespondDep, snapshot: SnapshotDep, window: WindowDep) -> Response:
    return json_page(respond, snapshot.routines.summaries, window)


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
async def get_routine(respond: RespondDep, body: RoutineBody) -> Response:
    return respond.body(body)
