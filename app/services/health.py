"""Readiness: the database answers, a read model is loaded, and the database still holds it.

Reads are served from memory, so a process whose database was emptied (dropped and
recreated, restored from another dataset) would go on answering with data the database no
longer has; readiness says so, and the load balancer stops sending it traffic.
"""

from anyio import to_thread
from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError

from app.core.errors import ApiProblem
from app.models.dataset import DatasetVersion
from app.readmodel.holder import SnapshotHolder
from app.schemas.health import Readiness

RETRY = {"Retry-After": "5"}


def _holds(engine: Engine, checksum: str | None) -> bool:
    """Whether the database holds the dataset with ``checksum``; raises if it does not answer."""
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
        if checksum is None:
            return False
        try:
            found = connection.execute(
                select(DatasetVersion.id).where(DatasetVersion.checksum == checksum).limit(1)
            ).first()
        except DBAPIError:
            return False  # it answers, but without the tables: an empty database
        return found is not None


async def readiness(engine: Engine, holder: SnapshotHolder) -> Readiness:
    served = holder.current if holder.ready else None
    try:
        held = await to_thread.run_sync(_holds, engine, served.checksum if served else None)
    except Exception as error:
        raise ApiProblem(
            503,
            "database-unavailable",
            "Database unavailable",
            f"The database did not answer: {type(error).__name__}.",
            hint="Check ACUPOINT_DATABASE_URL and that the database server is up.",
            headers=RETRY,
        ) from error
    if served is None:
        raise ApiProblem(
            503,
            "not-ready",
            "Service not ready",
            "The knowledge base is not loaded yet.",
            hint="Run the seed (`make seed`); the service picks it up by itself.",
            headers=RETRY,
        )
    if not held:
        raise ApiProblem(
            503,
            "not-ready",
            "Service not ready",
            f"The database no longer holds dataset {served.version}, which this process "
            "serves from memory.",
            hint="Restore the database or seed it (`make seed`); the service picks up the "
            "new dataset by itself.",
            headers=RETRY,
        )
    return Readiness(dataset_version=served.version)
