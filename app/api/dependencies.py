"""Request-scoped access to the read model, the settings and the cached answer."""

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, TypeVar, TypeVarTuple

from anyio import to_thread
from fastapi import Depends, Request
from pydantic import BaseModel
from starlette.responses import Response

from app.core.errors import ApiProblem
from app.core.http_cache import CachedBody, cached_json
from app.core.settings import Settings
from app.readmodel.holder import SnapshotHolder
from app.readmodel.snapshot import Snapshot

# Dependencies are async on purpose: FastAPI runs a plain `def` dependency in the thread
# pool, which costs more than the whole answer on the hot paths.


async def current_snapshot(request: Request) -> Snapshot:
    holder: SnapshotHolder = request.app.state.snapshots
    if not holder.ready:
        raise ApiProblem(
            503,
            "not-ready",
            "Service not ready",
            "The knowledge base is not loaded yet.",
            hint="Retry shortly; an operator may need to run the seed (`make seed`).",
            headers={"Retry-After": "5"},
        )
    return holder.current


async def app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SnapshotDep = Annotated[Snapshot, Depends(current_snapshot)]
SettingsDep = Annotated[Settings, Depends(app_settings)]


@dataclass(frozen=True, slots=True)
class Responder:
    """Answers a GET with a cacheable JSON body: ETag, Cache-Control, and 304 when it matches."""

    request: Request
    max_age: int

    def body(self, body: CachedBody) -> Response:
        return cached_json(self.request, body, self.max_age)

    def model(self, model: BaseModel) -> Response:
        return self.body(CachedBody.of(model))


async def responder(request: Request, settings: SettingsDep) -> Responder:
    return Responder(request, settings.cache_max_age_seconds)


RespondDep = Annotated[Responder, Depends(responder)]


async def require_json_body(request: Request) -> None:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise ApiProblem(
            415,
            "unsupported-media-type",
            "Unsupported media type",
            f"The body must be JSON; Content-Type was {media or 'missing'!r}.",
            hint="Send `Content-Type: application/json`.",
        )


def writer_turn(request: Request) -> asyncio.Lock:
    """One dataset write at a time in this process.

    Writers take turns on the database's write lock anyway (one write takes a few hundred
    ms: it validates and rewrites the dataset). Queueing here first means a waiting write
    holds no connection and no thread: a burst of writes neither exhausts the pool
    (PostgreSQL) nor waits past SQLite's busy timeout, which then only ever covers the
    writes of other processes.
    """
    state = request.app.state
    turn: asyncio.Lock | None = getattr(state, "writer_turn", None)
    if turn is None:  # no await since the look-up: no other request can slip in between
        turn = state.writer_turn = asyncio.Lock()
    return turn


Written = TypeVar("Written")
WriteArgs = TypeVarTuple("WriteArgs")


async def write_in_turn(
    request: Request, write: Callable[[*WriteArgs], Written], *args: *WriteArgs
) -> Written:
    """Run a dataset write in a worker thread, in this process's turn, then rebuild this
    process's read model so that the writer reads its own write at once."""
    async with writer_turn(request):
        written = await to_thread.run_sync(write, *args)
    await request.app.state.snapshots.refresh_async()
    return written
