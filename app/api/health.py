"""Liveness and readiness probes."""

from typing import Literal

from anyio import to_thread
from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import Engine, text

from app.core.errors import ApiProblem, problem_responses
from app.readmodel.holder import SnapshotHolder

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: Literal["ok"] = Field(
        default="ok", description="Always `ok` while the process serves.", examples=["ok"]
    )


class Readiness(BaseModel):
    status: Literal["ready"] = Field(
        default="ready",
        description="`ready` once the database answers and the data is loaded.",
        examples=["ready"],
    )
    dataset_version: str = Field(
        description="Version of the loaded dataset.", examples=["2026.11.24"]
    )


@router.get("/healthz", summary="Liveness", description="The process is up.")
async def healthz() -> Health:
    return Health()


def _ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


@router.get(
    "/readyz",
    summary="Readiness",
    description="The database answers and the read model is loaded.",
    responses=problem_responses(503),
)
async def readyz(request: Request) -> Readiness:
    holder: SnapshotHolder = request.app.state.snapshots
    try:
        await to_thread.run_sync(_ping, request.app.state.engine)
    except Exception as error:
        raise ApiProblem(
            503,
            "database-unavailable",
            "Database unavailable",
            f"The database did not answer: {type(error).__name__}.",
            hint="Check ACUPOINT_DATABASE_URL and that the database server is up.",
            headers={"Retry-After": "5"},
        ) from error
    if not holder.ready:
        raise ApiProblem(
            503,
            "not-ready",
            "Service not ready",
            "The knowledge base is not loaded yet.",
            hint="Run the seed (`make seed`); the service picks it up by itself.",
            headers={"Retry-After": "5"},
        )
    return Readiness(dataset_version=holder.current.version)
