"""Liveness and readiness probes."""

from fastapi import APIRouter, Request

from app.core.errors import problem_responses
from app.schemas.health import Health, Readiness
from app.services.health import readiness

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="Liveness", description="The process is up.")
async def healthz() -> Health:
    return Health()


@router.get(
    "/readyz",
    summary="Readiness",
    description="The database answers, the read model is loaded, and the database still "
    "holds the dataset it was built from.",
    responses=problem_responses(503),
)
async def readyz(request: Request) -> Readiness:
    return await readiness(request.app.state.engine, request.app.state.snapshots)
