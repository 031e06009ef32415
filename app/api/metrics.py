"""GET /metrics: Prometheus's text format, for the operators' scraper.

Left out of the OpenAPI document on purpose: it is an operator's endpoint, not part of the
API clients program against (a generated client should have no method for it), and its
format is Prometheus's, not JSON. Outside /v1, it is never rate limited or cached.
"""

from anyio import to_thread
from fastapi import APIRouter
from fastapi.responses import Response

from app.core.metrics import CONTENT_TYPE, exposition

router = APIRouter()


@router.get("/metrics", include_in_schema=False)
async def metrics() -> Response:
    # In multiprocess mode this reads every worker's files: off the event loop.
    body = await to_thread.run_sync(exposition)
    return Response(body, media_type=CONTENT_TYPE, headers={"Cache-Control": "no-store"})
