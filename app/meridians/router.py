"""Meridian endpoints."""

from fastapi import APIRouter, Request

from app.core.dependencies import SnapshotDep
from app.core.errors import problem_responses
from app.core.pagination import Page, page_of
from app.meridians.schemas import MeridianOut

router = APIRouter(prefix="/v1/meridians", tags=["meridians"])


@router.get(
    "",
    summary="List the meridians",
    description="The 14 meridians of the WHO standard, in conventional order, with point counts.",
    responses=problem_responses(503),
)
async def list_meridians(request: Request, snapshot: SnapshotDep) -> Page[MeridianOut]:
    items = snapshot.meridians
    return page_of(items, len(items), len(items), 0, request.url)
