"""/mcp: streamable HTTP, stateless, one JSON answer per request.

Stateless because the API runs as several workers and replicas behind a load balancer: a
session kept in one process would be unknown to the next request's process. Each POST is
served whole by whichever process receives it, so MCP scales out as the API does.
The endpoint refuses requests (503) outside the app's lifespan, which runs the SDK's
session manager: a new one each time the lifespan starts.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from mcp.server import MCPServer
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from starlette.types import Receive, Scope, Send

from app.core.errors import problem_response
from app.core.settings import Settings
from app.readmodel.holder import SnapshotHolder

PATH = "/mcp"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")


def transport_security(settings: Settings) -> TransportSecuritySettings:
    """DNS-rebinding protection: the Host must be one we serve under, and a browser's Origin
    one of the API's CORS origins or a local page. No hosts listed turns the check off."""
    hosts = settings.mcp_allowed_hosts
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=bool(hosts),
        allowed_hosts=hosts,
        allowed_origins=[*(f"http://{host}:*" for host in LOCAL_HOSTS), *settings.cors_origins],
    )


class McpEndpoint:
    """The ASGI app at /mcp."""

    def __init__(self, server: MCPServer[SnapshotHolder], settings: Settings) -> None:
        self._server = server
        self._security = transport_security(settings)
        self._max_body_bytes = settings.max_body_bytes
        self._manager: StreamableHTTPSessionManager | None = None
        # The SDK logs every stateless request at info; the line per request says it already.
        logging.getLogger("mcp.server.streamable_http").setLevel(logging.WARNING)

    @asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        self._server.streamable_http_app(
            streamable_http_path=PATH,
            stateless_http=True,
            json_response=True,
            transport_security=self._security,
            max_request_body_size=self._max_body_bytes,
        )
        manager = self._server.session_manager
        async with manager.run():
            self._manager = manager
            try:
                yield
            finally:
                self._manager = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._manager is None:
            refused = problem_response(
                PATH,
                503,
                "service-unavailable",
                "Service unavailable",
                "The MCP endpoint is not running: the server is starting or stopping.",
                hint="Retry in a few seconds.",
                headers={"Retry-After": "5"},
            )
            await refused(scope, receive, send)
            return
        await self._manager.handle_request(scope, receive, send)
