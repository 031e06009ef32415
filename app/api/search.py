"""GET /v1/search."""

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.limits import MAX_QUERY_LENGTH
from app.schemas.search import HitKind, SearchResult
from app.services.search import search

router = APIRouter(prefix="/v1/search", tags=["search"])


@router.get(
    "",
    summary="Search points, conditions and regions",
    description=(
        "Typo tolerant and script aware: codes in any format, pinyin with or without tones, "
        "hanzi, English names, symptoms and region names. Each hit says its `kind` and a "
        "`score` (100 = exact). When nothing matches well, `did_you_mean` lists close "
        "spellings we know."
    ),
    response_model=None,
    responses={
        200: {"model": SearchResult, "description": "Hits, best first."},
        **problem_responses(304, 422, 503),
    },
)
async def search_everything(
    respond: RespondDep,
    snapshot: SnapshotDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_QUERY_LENGTH,
            description="What to look for.",
            examples=["zusanli", "足三里", "sore calves", "back of the knee"],
        ),
    ],
    kind: Annotated[
        list[HitKind] | None,
        Query(description="Only these kinds (repeatable); all kinds by default."),
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=50, description="Most hits to return.", examples=[10])
    ] = 10,
) -> Response:
    return respond.model(search(snapshot, q, set(kind) if kind else set(HitKind), limit))
