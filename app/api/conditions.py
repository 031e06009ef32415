"""Condition endpoints: symptoms and the points a source says help."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from app.conditions.schemas import ConditionDetail, ConditionSort, ConditionSummary
from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.http_cache import cached_json
from app.core.listing import WindowDep, identifier_path, json_page, resolve_ref
from app.core.pagination import Page

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
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    window: WindowDep,
    sort: Annotated[
        ConditionSort,
        Query(
            description="Order: `name`, `point_count`; a leading `-` reverses it.",
            examples=["-point_count"],
        ),
    ] = ConditionSort.NAME,
) -> Response:
    items = snapshot.resources.conditions.by_sort[sort]
    return json_page(request, items, window, settings)


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
async def get_condition(
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    slug: Annotated[
        str,
        identifier_path(
            "Slug, name or synonym of the condition.",
            {"Slug": "lower-back-pain", "A synonym": "lumbago"},
        ),
    ],
) -> Response:
    views = snapshot.resources.conditions
    key = resolve_ref(views.index, slug, kind="condition", noun="condition", example="lumbago")
    return cached_json(request, views.bodies[key], settings.cache_max_age_seconds)
