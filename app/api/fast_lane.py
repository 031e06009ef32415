"""Search and symptom look-ups answered without the framework's per-request work.

Type-ahead sends a new query on almost every keystroke, so these answers rarely come from
the response cache. For them FastAPI's routing, dependency solving and query-model
extraction cost more than finding the answer. This middleware serves a well-formed
request to ``/v1/search`` or ``/v1/points`` itself: it reads the query into the route's
own model, calls the route's own answer function and answers through the same
conditional-GET helper, so the answer is the route's answer byte for byte.

Anything else goes on to the routes unchanged: another path or method, a parameter the
model does not know, a value that fails validation, a need the knowledge base cannot
read, a read model not loaded yet. Every error answer therefore still comes from the one
place that makes it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_origin
from urllib.parse import parse_qsl

from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.points import point_list_answer
from app.api.search import search_answer
from app.core.errors import ApiProblem
from app.core.http_cache import CachedBody, cached_json
from app.readmodel.holder import SnapshotHolder
from app.readmodel.snapshot import Snapshot
from app.schemas.points import PointListQuery
from app.schemas.search import SearchQuery

Answer = Callable[[Snapshot, Any, Request], BaseModel]


@dataclass(frozen=True, slots=True)
class Lane:
    model: type[BaseModel]
    answer: Answer
    names: frozenset[str]
    repeatable: frozenset[str]
    """Parameters read as lists (every value, in order); the others take their last value."""

    @classmethod
    def of(cls, model: type[BaseModel], answer: Answer) -> "Lane":
        fields = model.model_fields
        names = {field.alias or name for name, field in fields.items()}
        repeatable = {
            field.alias or name
            for name, field in fields.items()
            if get_origin(field.annotation) is list
        }
        return cls(model, answer, frozenset(names), frozenset(repeatable))

    def read(self, query_string: bytes) -> BaseModel | None:
        """The query as the route's model, or None when only the route may answer it."""
        values: dict[str, list[str]] = {}
        for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
            values.setdefault(name, []).append(value)
        if not values.keys() <= self.names:
            return None
        data = {
            name: given if name in self.repeatable else given[-1] for name, given in values.items()
        }
        try:
            return self.model.model_validate(data)
        except ValidationError:
            return None


def default_lanes() -> dict[str, Lane]:
    return {
        "/v1/search": Lane.of(SearchQuery, search_answer),
        "/v1/points": Lane.of(PointListQuery, point_list_answer),
    }


class FastLane:
    def __init__(
        self, app: ASGIApp, *, holder: SnapshotHolder, max_age: int, lanes: dict[str, Lane]
    ) -> None:
        self.app = app
        self.holder = holder
        self.max_age = max_age
        self.lanes = lanes
        self.served = 0
        """Answers given here (the rest went on to the routes)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        lane = self.lanes.get(scope["path"]) if scope["type"] == "http" else None
        if lane is None or scope["method"] != "GET" or not self.holder.ready:
            await self.app(scope, receive, send)
            return
        query = lane.read(scope["query_string"])
        if query is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        try:
            model = lane.answer(self.holder.current, query, request)
        except ApiProblem:
            await self.app(scope, receive, send)
            return
        self.served += 1
        await cached_json(request, CachedBody.of(model), self.max_age)(scope, receive, send)
