"""The ASGI application: wiring only; the work happens in the domain packages."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.telemetry import TelemetryConfig
from fastapi_offline import FastAPIOffline
from starlette.routing import Route

from app.api.auth import Authenticate, KeyCache
from app.api.body_map import router as body_map_router
from app.api.categories import router as categories_router
from app.api.conditions import router as conditions_router
from app.api.contraindications import router as contraindications_router
from app.api.corrections import router as corrections_router
from app.api.curation import router as curation_router
from app.api.fast_lane import FastLane, default_lanes
from app.api.head import HeadAsGet
from app.api.health import router as health_router
from app.api.key_guard import InvalidKeyGuard
from app.api.meridians import router as meridians_router
from app.api.metrics import router as metrics_router
from app.api.middleware import RequestGuard, ResponseCache
from app.api.observe import Observe
from app.api.page import routes as page_routes
from app.api.points import router as points_router
from app.api.query_params import reject_unknown_query_params
from app.api.ratelimit import RateLimit
from app.api.regions import router as regions_router
from app.api.routines import router as routines_router
from app.api.safety import router as safety_router
from app.api.search import router as search_router
from app.api.sources import router as sources_router
from app.api.sync import router as sync_router
from app.api.timeouts import BodyTimeout
from app.api.tips import router as tips_router
from app.core.database import build_engine, session_factory
from app.core.errors import install_error_handlers
from app.core.logs import configure_logging_for
from app.core.metrics import Metrics, process_ended
from app.core.openapi import install_openapi, operation_id
from app.core.settings import Settings, get_settings
from app.mcp.http import PATH as MCP_PATH
from app.mcp.http import McpEndpoint
from app.mcp.server import build_server
from app.readmodel.holder import SnapshotHolder
from app.readmodel.rows import DatasetNotLoaded
from app.services.rate_counters import build_counter

logger = logging.getLogger(__name__)

DESCRIPTION = """
A curated, cited knowledge base of acupressure points: WHO codes and names in pinyin,
hanzi and English, how to find and press each point, what traditional sources say it
helps with, when not to press, and the source of every fact.

Content is traditional and anecdotal, not clinical evidence: every answer that gives
advice carries a `notice` to display. Errors are RFC 9457 `application/problem+json`;
their `type`s are listed under "Problem types" below.

## Keys
Reads need no key. Partners (export, change feed) and curators (also curation, the
corrections queue, the audit) send `Authorization: Bearer <key>`; each operation that
needs a key names the roles it accepts. A key that is not valid is refused with 401 on
every operation, open ones included. Writes to a record need its `ETag` in `If-Match`.

## Rate limits
Requests under `/v1` count against a quota per key, or per client address without one;
over it the answer is 429 with `Retry-After`. While limits are on (the default), every
answer under `/v1` carries the `RateLimit-Policy` and `RateLimit` fields.

## Caching
Every public GET under `/v1` answers with an `ETag` and `Cache-Control: public,
max-age=…`; send the ETag back in `If-None-Match` to get 304 with no body while the
answer is unchanged. Answers for one caller (curation, corrections, sync) carry
`Cache-Control: private, no-store` instead. Answers of 1 KiB or more (by default), errors
included, carry `Vary: Accept-Encoding` and are gzipped when the request accepts gzip.
Every GET also answers HEAD: the same status and headers, no body.

## Examples
The examples are recorded answers of the API to the request each names. Times, ids of
corrections and export digests differ on every run: they are shown as fixed stand-ins.

## Server
`servers` is the relative URL `/`: paths resolve against the host that serves this
document. There is no canonical public address; each deployment serves its own copy at
`/openapi.json`, and its documentation at `/docs`. Generated clients take the base URL as
a setting. The contact URL is the documentation of a local instance (`make run`, at
`http://127.0.0.1:8000`), since OpenAPI wants an absolute URL there.

## Licence and attribution
The API, this document included, is proprietary (`LicenseRef-Proprietary`): it grants no
licence. The data is cited: every fact carries a `source`, the slug of a record at
`/v1/sources` that names the work, its author and its publisher. Each work keeps its own
terms; the records do not state them, so see each source's record and the work itself
before reusing content.

- Content from the article "Recover Faster: Acupressure Techniques to Soothe Muscles
  After a Workout" (`tcmtips-post-exercise-recovery`) is attributed to its author,
  P. Sze; the article does not name its publisher.
- Point codes and standard names follow the World Health Organization's nomenclature
  (`who-nomenclature-1991`, `who-wpro-2008`) and are attributed to the World Health
  Organization.
- Facts cited to GB/T 12346-2021 (`gb-t-12346-2021`) are attributed to the
  Standardization Administration of China.
- Facts cited to `acupoint-kb-editorial` (English renderings of names, spellings of codes,
  symptom synonyms, the region vocabulary) are the acupoint-kb editors' work.
"""

TAGS = [
    {"name": "points", "description": "Acupoints, looked up by any identifier."},
    {"name": "meridians", "description": "The 14 meridians of the WHO standard."},
    {"name": "search", "description": "One search across points, conditions and regions."},
    {"name": "safety", "description": "Contraindications applied to a person's situation."},
    {"name": "conditions", "description": "Symptoms and the points a source says help."},
    {"name": "regions", "description": "Body regions as a tree, with their points."},
    {"name": "routines", "description": "Ordered points with technique and time per step."},
    {"name": "contraindications", "description": "When not to press, from the sources."},
    {"name": "tips", "description": "General advice that accompanies the sources' points."},
    {
        "name": "categories",
        "description": "Special-point categories of the classical texts, each membership cited.",
    },
    {
        "name": "body-map",
        "description": "Our own body figure (SVG) and where each point sits on it.",
    },
    {"name": "sources", "description": "Where every fact comes from, and the errata."},
    {"name": "curation", "description": "Curators' writes: create, change, delete, restore."},
    {"name": "corrections", "description": "Mistakes reported by anyone, moderated by curators."},
    {"name": "sync", "description": "Exports and the change feed for partners; the audit."},
    {"name": "health", "description": "Probes for orchestrators and load balancers."},
]


VERSION = "1.0.0"
# FastAPI's own OpenTelemetry spans and metrics are off unless asked for: with the SDK's API
# installed, leaving them on costs three provider checks on every request even when no
# OpenTelemetry SDK is configured.
NO_TELEMETRY: TelemetryConfig = {"tracing": False, "metrics": False, "logs": False}


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = build_engine(settings)
    sessions = session_factory(engine)
    holder = SnapshotHolder(sessions)
    counter = build_counter(settings, engine) if settings.rate_limits_enabled else None
    metrics = Metrics() if settings.metrics_enabled else None
    if metrics is not None:
        holder.on_build(lambda snapshot: metrics.snapshot_built(snapshot.version))
    mcp = McpEndpoint(build_server(holder, VERSION), settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            await to_thread.run_sync(holder.refresh)
        except DatasetNotLoaded:
            logger.warning("no dataset loaded yet; /readyz answers 503 until one is")
        holder.start_polling(settings.reload_interval_seconds)
        try:
            async with mcp.running():
                yield
        finally:
            await holder.stop_polling()
            if counter is not None:
                await counter.close()
            engine.dispose()
            if metrics is not None:
                process_ended()

    app = FastAPIOffline(
        telemetry=None if settings.opentelemetry else NO_TELEMETRY,
        title="acupoint-kb",
        version=VERSION,
        summary="Acupoint (acupressure point) knowledge base: correct, cited, fast.",
        description=DESCRIPTION,
        openapi_tags=TAGS,
        # No public licence text exists to link to: an SPDX LicenseRef names it as such.
        license_info={"name": "Proprietary", "identifier": "LicenseRef-Proprietary"},
        # OpenAPI wants an absolute URL here and the service has no public one.
        contact={"name": "acupoint-kb editors", "url": "http://127.0.0.1:8000/docs"},
        servers=[{"url": "/", "description": "The host serving this document."}],
        generate_unique_id_function=operation_id,
        dependencies=[Depends(reject_unknown_query_params)],
        # A redirect would be built from the Host header the client sent; a 404 names the path.
        redirect_slashes=False,
        lifespan=lifespan,
    )
    app.state.engine = engine
    app.state.sessions = sessions
    app.state.snapshots = holder
    app.state.settings = settings
    install_error_handlers(app)
    # Every route runs the unknown-query-parameter check (422) and refuses a key that is not
    # valid (401, Authenticate); under /v1 RequestGuard refuses a non-JSON Accept (406) and
    # a body over the limit (413), and RateLimit may refuse (429). The document says so
    # whether or not this instance has rate limits turned on: clients must expect them.
    install_openapi(
        app,
        shared_statuses={
            "/": (401, 422),
            "/v1/": (406, 414, 429),
            "POST PATCH PUT /v1/": (413,),
        },
    )
    # Added last = outermost: request ids, logs, metrics and security headers, CORS, the
    # body's deadline, HEAD as GET, the guards, who is calling, rate limits, the response
    # cache, gzip, the fast lane for search queries.
    if settings.fast_lane:
        app.add_middleware(
            FastLane,
            holder=holder,
            max_age=settings.cache_max_age_seconds,
            lanes=default_lanes(),
        )
    app.add_middleware(GZipMiddleware, minimum_size=settings.gzip_min_bytes, compresslevel=5)
    app.add_middleware(
        ResponseCache,
        holder=holder,
        max_bytes=settings.response_cache_bytes,
        gzip_min_bytes=settings.gzip_min_bytes,
        metrics=metrics,
    )
    if counter is not None:
        app.add_middleware(RateLimit, counter=counter, settings=settings, metrics=metrics)
    app.add_middleware(
        Authenticate,
        keys=KeyCache(sessions, settings.key_cache_seconds),
        guard=InvalidKeyGuard(counter, settings) if counter is not None else None,
    )
    app.add_middleware(
        RequestGuard,
        max_body_bytes=settings.max_body_bytes,
        max_url_bytes=settings.max_url_bytes,
    )
    app.add_middleware(HeadAsGet)
    app.add_middleware(BodyTimeout, seconds=settings.body_timeout_seconds)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "If-Match",
                "If-None-Match",
                "X-Request-ID",
                "Mcp-Protocol-Version",
                "Mcp-Method",
                "Mcp-Name",
            ],
            expose_headers=[
                "ETag",
                "Location",
                "Retry-After",
                "RateLimit",
                "RateLimit-Policy",
                "X-Request-ID",
            ],
            max_age=600,
        )
    app.add_middleware(
        Observe,
        routes=app.router.routes,
        metrics=metrics,
        trusted_proxies=settings.trusted_proxies,
    )
    for router in (
        points_router,
        meridians_router,
        search_router,
        safety_router,
        conditions_router,
        regions_router,
        routines_router,
        contraindications_router,
        tips_router,
        categories_router,
        body_map_router,
        sources_router,
        curation_router,
        corrections_router,
        sync_router,
        health_router,
    ):
        app.include_router(router)
    if metrics is not None:
        app.include_router(metrics_router)
    # The MCP server over the same read model; not an OpenAPI operation.
    app.router.routes.append(Route(MCP_PATH, mcp, include_in_schema=False))
    if settings.page_enabled:
        app.router.routes.extend(page_routes)
    return app


def create_served_app() -> FastAPI:
    """What `python -m app serve` runs in each worker: the app, with its logs configured."""
    settings = get_settings()
    configure_logging_for(settings)
    return create_app(settings)
