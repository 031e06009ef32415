"""The ASGI application: wiring only; the work happens in the domain packages."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi_offline import FastAPIOffline

from app.core.database import build_engine, session_factory
from app.core.errors import install_error_handlers
from app.core.openapi import install_openapi, operation_id
from app.core.settings import Settings, get_settings
from app.health.router import router as health_router
from app.meridians.router import router as meridians_router
from app.points.router import router as points_router
from app.snapshot.build import DatasetNotLoaded
from app.snapshot.holder import SnapshotHolder

logger = logging.getLogger(__name__)

DESCRIPTION = """
A curated, cited knowledge base of acupressure points: WHO codes and names in pinyin,
hanzi and English, how to find and press each point, what traditional sources say it
helps with, when not to press, and the source of every fact.

Content is traditional and anecdotal, not clinical evidence: every answer that gives
advice carries a `notice` to display. Errors are RFC 9457 `application/problem+json`.
"""

TAGS = [
    {"name": "points", "description": "Acupoints, looked up by any identifier."},
    {"name": "meridians", "description": "The 14 meridians of the WHO standard."},
    {"name": "health", "description": "Probes for orchestrators and load balancers."},
]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = build_engine(settings)
    holder = SnapshotHolder(session_factory(engine))

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            await to_thread.run_sync(holder.refresh)
        except DatasetNotLoaded:
            logger.warning("no dataset loaded yet; /readyz answers 503 until one is")
        holder.start_polling(settings.reload_interval_seconds)
        try:
            yield
        finally:
            await holder.stop_polling()
            engine.dispose()

    app = FastAPIOffline(
        title="acupoint-kb",
        version="1.0.0",
        summary="Acupoint (acupressure point) knowledge base: correct, cited, fast.",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        license_info={"name": "Proprietary"},
        generate_unique_id_function=operation_id,
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.snapshots = holder
    app.state.settings = settings
    install_error_handlers(app)
    install_openapi(app)
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_min_bytes, compresslevel=5)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Content-Type", "If-None-Match"],
            expose_headers=["ETag"],
            max_age=600,
        )
    for router in (points_router, meridians_router, health_router):
        app.include_router(router)
    return app
