"""`python -m app mcp`: the same tools over standard input and output, for a local assistant.

Standard output carries the protocol only: logs go to standard error. The read model is
built at start from the configured database and kept current as the API's is.
"""

import logging
import sys

import anyio
from anyio import to_thread

from app.core.database import build_engine, session_factory
from app.core.logs import configure_logging_for
from app.core.settings import Settings
from app.mcp.server import build_server
from app.readmodel.holder import SnapshotHolder
from app.readmodel.rows import DatasetNotLoaded

logger = logging.getLogger(__name__)


async def serve(settings: Settings, version: str) -> None:
    engine = build_engine(settings)
    holder = SnapshotHolder(session_factory(engine))
    try:
        try:
            await to_thread.run_sync(holder.refresh)
        except DatasetNotLoaded:
            logger.warning("no dataset loaded yet; the tools answer an error until one is")
        holder.start_polling(settings.reload_interval_seconds)
        try:
            await build_server(holder, version).run_stdio_async()
        finally:
            await holder.stop_polling()
    finally:
        engine.dispose()


def run(settings: Settings, version: str) -> int:
    configure_logging_for(settings, sys.stderr)
    anyio.run(serve, settings, version)
    return 0
