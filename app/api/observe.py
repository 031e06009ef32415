"""The outermost layer of every request: its id, its security headers, its line in the log
and its metrics, whatever answers it (a route, the response cache, a guard, an error).

An exception no handler caught is answered here, as the 500 problem, so that this answer
too carries the request's id and headers; it is then raised on, to be logged with its
traceback as before.
"""

from collections.abc import Sequence
from ipaddress import IPv4Network, IPv6Network
from time import perf_counter

from fastapi.routing import RouteContext
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.auth import PRINCIPAL
from app.api.client_address import ClientAddress
from app.api.route_templates import RouteTemplates
from app.api.security_headers import (
    CSP,
    DOCS_PAGES,
    HEADERS,
    JSON_POLICY,
    docs_policy,
    policy_for,
)
from app.core.errors import PROBLEM_MEDIA_TYPE, internal_error_body
from app.core.logs import request_logger
from app.core.metrics import Metrics
from app.core.request_ids import RAW_HEADER, current_request_id, request_id_from, sent_request_id

NO_ANSWER = 499
"""Logged for a request whose client went away before any answer (as nginx logs it)."""


class Observe:
    def __init__(
        self,
        app: ASGIApp,
        *,
        routes: Sequence[BaseRoute | RouteContext],
        metrics: Metrics | None,
        trusted_proxies: Sequence[IPv4Network | IPv6Network] = (),
    ) -> None:
        self.app = app
        self.templates = RouteTemplates(routes)
        self.metrics = metrics
        self.client_address = ClientAddress(trusted_proxies)
        self.log = request_logger()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = perf_counter()
        request_id = request_id_from(sent_request_id(scope["headers"]))
        current_request_id.set(request_id)
        # Inner layers copy the scope (HEAD as GET, the cache); the state dict stays shared.
        state = scope.setdefault("state", {})
        path: str = scope["path"]
        docs = path in DOCS_PAGES
        added = [(RAW_HEADER, request_id.encode()), *HEADERS]
        if not docs:
            added.append((CSP, policy_for(path)))
        status = 0

        async def observed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", ()), *added]}
            await send(message)

        inner_send = _with_docs_policy(observed) if docs else observed
        try:
            await self.app(scope, receive, inner_send)
        except Exception:
            if self.metrics is not None:
                self.metrics.unhandled(self.templates(path))
            if status == 0:
                answer = JSONResponse(
                    internal_error_body(path), status_code=500, media_type=PROBLEM_MEDIA_TYPE
                )
                await answer(scope, receive, inner_send)
            raise
        finally:
            elapsed = perf_counter() - started
            route = self.templates(path)
            answered = status or NO_ANSWER
            if self.metrics is not None:
                self.metrics.answered(scope["method"], route, answered, elapsed)
            principal = state.get(PRINCIPAL)
            self.log.info(
                "request",
                method=scope["method"],
                route=route,
                path=path,
                status=answered,
                duration_ms=round(elapsed * 1000, 3),
                request_id=request_id,
                key_name=principal.name if principal is not None else None,
                client=self.client_address(scope),
            )


def _with_docs_policy(send: Send) -> Send:
    """Holds a documentation page until its body is complete, to allow its inline script."""
    start: Message | None = None
    chunks: list[bytes] = []

    async def buffered(message: Message) -> None:
        nonlocal start
        if message["type"] == "http.response.start":
            start = message
            return
        if message["type"] != "http.response.body" or start is None:
            await send(message)
            return
        chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        body = b"".join(chunks)
        headers = Headers(raw=start["headers"])
        policy = (
            docs_policy(body, headers.get("content-encoding", "").encode())
            if headers.get("content-type", "").startswith("text/html")
            else JSON_POLICY
        )
        await send({**start, "headers": [*start["headers"], (CSP, policy)]})
        await send({"type": "http.response.body", "body": body})

    return buffered
