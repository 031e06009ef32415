"""GET /v1/search."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from app.api.dependencies import RespondDep, SnapshotDep
from app.core.errors import problem_responses
from app.readmodel.snapshot import Snapshot
from app.schemas.search import HitKind, SearchQuery, SearchResult
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
    respond: RespondDep, snapshot: SnapshotDep, query: Annotated[SearchQuery, Query()]
) -> Response:
    return respond.model(search_answer(snapshot, query, respond.request))


def search_answer(snapshot: Snapshot, query: SearchQuery, _request: Request) -> SearchResult:
    kinds = set(query.kind) if query.kind else set(HitKind)
    return search(snapshot, query.q, kinds, query.limit)
