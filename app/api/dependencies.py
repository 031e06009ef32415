"""Request-scoped access to the read model, the settings and the cached answer."""

from dataclasses import dataclass
from typing import Annotated

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
