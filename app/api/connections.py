"""HTTP/1.1 connections: uvicorn's httptools protocol, bounded against slow and hostile clients.

Uvicorn (with httptools) waits for ever on a connection that never completes its headers
and takes header blocks of any size; its own 503 for too many connections is plain text.
Here a request's headers must arrive within ``header_timeout_seconds`` (counted from the
connection or the previous answer, so trickling bytes does not extend it), must fit in
``max_header_bytes`` and ``max_header_count`` (431), and the 503 is a problem.
"""

import asyncio
import json
from typing import Any

from uvicorn._types import ASGIReceiveCallable, ASGISendCallable, Scope
from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
from uvicorn.server import ServerState

from app.api.security_headers import CSP, HEADERS, JSON_POLICY
from app.core.errors import PROBLEM_MEDIA_TYPE, problem_body, problem_response
from app.core.request_ids import (
    RAW_HEADER,
    current_request_id,
    new_request_id,
    request_id_from,
    sent_request_id,
)
from app.core.settings import get_settings

# These answers never reach the application's layers: they carry the same id and headers.
_SECURITY_HEADERS = [*HEADERS, (CSP, JSON_POLICY)]


class HeadersTooLarge(Exception):
    pass


async def _busy(scope: Scope, receive: ASGIReceiveCallable, send: ASGISendCallable) -> None:
    assert scope["type"] == "http"
    request_id = request_id_from(sent_request_id(list(scope["headers"])))
    current_request_id.set(request_id)
    answer = problem_response(
        scope["path"],
        503,
        "service-unavailable",
        "Service unavailable",
        "This server holds as many connections as it takes.",
        hint="Retry after Retry-After seconds.",
        headers={"Retry-After": "1", "Connection": "close"},
    )
    answer.raw_headers += [(RAW_HEADER, request_id.encode()), *_SECURITY_HEADERS]
    await answer(scope, receive, send)  # type: ignore[arg-type]


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        settings = get_settings()
        self.max_header_bytes = settings.max_header_bytes
        self.max_header_count = settings.max_header_count
        self.header_timeout = settings.header_timeout_seconds
        self.connection_limit = self.limit_concurrency
        self.limit_concurrency = None  # checked below, to answer the 503 as a problem
        self.header_timer: asyncio.TimerHandle | None = None
        self.in_headers = False
        self.header_bytes = 0  # the request line and the headers parsed so far
        self.header_count = 0
        self.unparsed_bytes = 0  # chunks that arrived while the headers were unfinished
        self.headers_refused = False

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        whole_chunk_is_headers = self.in_headers
        super().data_received(data)
        if self.transport.is_closing() or not self.in_headers:
            return
        # httptools buffers a header until it ends: bound the bytes of an unfinished one.
        if whole_chunk_is_headers:
            self.unparsed_bytes += len(data)
        if self.unparsed_bytes > self.max_header_bytes:
            self._refuse_headers()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self.in_headers = True
        self.header_bytes = 0
        self.header_count = 0
        self.unparsed_bytes = 0

    def on_url(self, url: bytes) -> None:
        self._count(len(url), fields=0)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4, fields=1)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self.in_headers = False
        self._cancel_header_timer()
        self.app = _busy if self._over_limit() else self.config.loaded_app
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and (self.cycle is None or self.cycle.response_complete):
            self._arm_header_timer()

    def send_400_response(self, msg: str) -> None:
        """httptools reports an exception raised in a callback as a malformed request."""
        if self.headers_refused:
            self._refuse_headers()
        else:
            super().send_400_response(msg)

    def _count(self, size: int, fields: int) -> None:
        self.header_bytes += size
        self.header_count += fields
        if self.header_bytes > self.max_header_bytes or self.header_count > self.max_header_count:
            self.headers_refused = True
            raise HeadersTooLarge

    def _over_limit(self) -> bool:
        limit = self.connection_limit
        return limit is not None and (len(self.connections) >= limit or len(self.tasks) >= limit)

    def _refuse_headers(self) -> None:
        # The headers were not read whole: the id cannot be the client's.
        request_id = new_request_id()
        token = current_request_id.set(request_id)  # reset below: this runs in a callback
        body = json.dumps(
            problem_body(
                None,
                431,
                "headers-too-large",
                "Request header fields too large",
                f"The request line and headers take more than {self.max_header_bytes} bytes "
                f"or more than {self.max_header_count} fields.",
                hint="Send fewer or shorter headers (long cookies or tokens are the usual cause).",
            )
        ).encode()
        current_request_id.reset(token)
        head = [
            STATUS_LINE[431],
            *(name + b": " + value + b"\r\n" for name, value in self.server_state.default_headers),
            b"content-type: " + PROBLEM_MEDIA_TYPE.encode() + b"\r\n",
            *(name + b": " + value + b"\r\n" for name, value in _SECURITY_HEADERS),
            RAW_HEADER + b": " + request_id.encode() + b"\r\n",
            b"content-length: " + str(len(body)).encode() + b"\r\n",
            b"connection: close\r\n\r\n",
        ]
        self.logger.warning(
            "Request headers too large; connection closed (request %s).", request_id
        )
        self.transport.write(b"".join(head) + body)
        self.transport.close()

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self.header_timer = self.loop.call_later(self.header_timeout, self._header_timed_out)

    def _cancel_header_timer(self) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
            self.header_timer = None

    def _header_timed_out(self) -> None:
        self.header_timer = None
        if not self.transport.is_closing():
            self.transport.close()
