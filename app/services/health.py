"""Readiness: the database answers and a read model is loaded."""

from anyio import to_thread
from sqlalchemy import Engine, text

from app.core.errors import ApiProblem
from app.readmodel.holder import SnapshotHolder
from app.schemas.health import Readiness


def _ping(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))


async def readiness(engine: Engine, holder: SnapshotHolder) -> Readiness:
    try:
        await to_thread.run_sync(_ping, engine)
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
