"""Point endpoints."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.lookups import PointBody
from app.core.errors import problem_responses
from app.readmodel.snapshot import Snapshot
from app.schemas.points import PointDetail, PointList, PointListQuery
from app.services import points

router = APIRouter(prefix="/v1/points", tags=["points"])


@router.get(
    "/{ref}",
    summary="Get a point by any identifier",
    description=(
        "`ref` may be the canonical code (`ST36`), any common spelling of it (`ST-36`, "
        "`st 36`, `36.ST.`, `Stomach-36`, `UB-40`), pinyin with or without tones or "
        "spaces (`Zúsānlǐ`, `zu san li`), hanzi (`足三里`, `足三里穴`) or an English name. "
        "Answers everything we know about the point with the sources of each fact. An "
        "unknown `ref` gets 404 with close `suggestions`; one that may mean several points "
        "gets 300 with the `candidates`."
    ),
    response_model=None,
    responses={
        200: {"model": PointDetail, "description": "The point."},
        **problem_responses(300, 304, 404, 422, 503),
    },
)
async def get_point(respond: RespondDep, body: PointBody) -> Response:
    return respond.body(body)


@router.get(
    "",
    summary="Find points by condition, symptom, region, meridian or text",
    description=(
        "Filters combine. `condition` takes a slug or any synonym; `symptom` takes free "
        "text (typo tolerant: `sore calfs`, `back pain after the gym`, `DOMS`) and reports "
        "how it was read in `understood_as`. With several conditions or symptoms, points "
        "that help with more of them rank first. `region` includes sub-regions. A person's "
        "situation (`pregnant`, `skin_issue_region`, `pain_persists`) leaves out the points "
        "to avoid (listed in `excluded` with the reason) or, with `unsafe=flag`, keeps them "
        "with their verdict. Unknown parameters are rejected."
    ),
    response_model=None,
    responses={
        200: {"model": PointList, "description": "Matching points, best first."},
        **problem_responses(304, 422, 503),
    },
)
async def list_points(
    respond: RespondDep, snapshot: SnapshotDep, query: Annotated[PointListQuery, Query()]
) -> Response:
    return respond.model(point_list_answer(snapshot, query, respond.request))


def point_list_answer(snapshot: Snapshot, query: PointListQuery, request: Request) -> PointList:
    return points.list_points(snapshot, query, request.url)
