"""A request's body must arrive in time: uvicorn closes idle connections but waits for ever
on a client that stops in the middle of a body it announced."""

import asyncio

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import problem_response


class BodyTimedOut(Exception):
    """Raised from ``receive`` so that nothing inside acts on a partial body."""


class BodyTimeout:
    """408 when the whole body has not arrived ``seconds`` after the route first reads it,
    which it does as it starts."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        deadline: float | None = None
        body_complete = False
        answer_started = False

        async def timed_receive() -> Message:
            nonlocal body_complete, deadline
            if body_complete:
                # Waiting for a disconnect (as streamed answers do) has no deadline.
                return await receive()
            # Counted from the first read, which a route makes as it starts: a request that
            # reads no body (every GET) pays nothing. The loop's clock is anyio's own.
            now = asyncio.get_running_loop().time()
            if deadline is None:
                deadline = now + self.seconds
            with anyio.move_on_after(deadline - now):
                message = await receive()
                body_complete = message["type"] != "http.request" or not message.get(
                    "more_body", False
                )
                return message
            raise BodyTimedOut

        async def watched_send(message: Message) -> None:
            nonlocal answer_started
            answer_started = answer_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, timed_receive, watched_send)
        except BodyTimedOut:
            if answer_started:
                raise
            timed_out = problem_response(
                scope["path"],
                408,
                "request-timeout",
                "Request timeout",
                f"The request body did not arrive within {self.seconds:g} s of its headers.",
                hint="Send the whole body without pausing, and a Content-Length that matches it.",
                # The rest of the body may still come: the connection cannot be reused.
                headers={"Connection": "close"},
            )
            await timed_out(scope, receive, send)
