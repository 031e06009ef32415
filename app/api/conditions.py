"""Condition endpoints: symptoms and the points a source says help."""

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.api.listing import WindowDep, json_page
from app.api.lookups import ConditionBody
from app.core.errors import problem_responses
from app.schemas.common import Page
from app.schemas.conditions import ConditionDetail, ConditionSort, ConditionSummary

router = APIRouter(prefix="/v1/conditions", tags=["conditions"])


@router.get(
    "",
    summary="List the conditions",
    description=(
        "Every condition and symptom the knowledge base knows, with its synonyms and how "
        "many points a source says help with it."
    ),
    response_model=None,
    responses={
        200: {"model": Page[ConditionSummary], "description": "A page of conditions."},
        **problem_responses(304, 422, 503),
    },
)
async def list_conditions(
    respond: RespondDep,
    snapshot: SnapshotDep,
    window: WindowDep,
    sort: Annotated[
        ConditionSort,
        Query(
            description="Order: `name`, `point_count`; a leading `-` reverses it.",
            examples=["-point_count"],
        ),
    ] = ConditionSort.NAME,
) -> Response:
    return json_page(respond, snapshot.conditions.by_sort[sort], window)


@router.get(
    "/{slug}",
    summary="Get a condition and the points for it",
    description=(
        "`slug` may be the condition's slug, its name or any synonym, in any case or "
        "spacing (`lower-back-pain`, `Lower back pain`, `lumbago`, `DOMS`). Answers the "
        "points a source says help, ranked (relevance 1 first), each with how to press it "
        "and the cautions that apply, the routines for the condition, and the sources. "
        "Claims are traditional use, not clinical evidence: display the `notice`. An "
        "unknown condition gets 404 with close names in `hint`."
    ),
    response_model=None,
    responses={
        200: {"model": ConditionDetail, "description": "The condition."},
        **problem_responses(300, 304, 404, 422, 503),
    },
)
async def get_condition(respond: RespondDep, body: ConditionBody) -> Response:
    return respond.body(body)
