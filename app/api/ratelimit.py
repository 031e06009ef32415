"""Rate limits on /v1 and /mcp: per key for callers with a key, per client address for the
others; one quota for both, each MCP message counting as one request.

Sits inside Authenticate (it needs the caller) and outside the response cache, so cached
answers count too. Health probes, the documentation and everything else outside /v1 and
/mcp are never limited. Anonymous reports of mistakes (POST /v1/corrections) also count
against a strict quota of their own; callers with a key are accountable and can be
revoked, so their reports count against their key's quota only.

Every limited answer carries the `RateLimit-Policy` and `RateLimit` fields of
draft-ietf-httpapi-ratelimit-headers-10 (`"anonymous";q=120;w=60`, `"anonymous";r=37;t=23`);
a refused one is 429 problem+json with `Retry-After`. When the counter store fails, requests
pass unlimited for PAUSE_SECONDS rather than fail or wait on it.
"""

import logging
import time

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.auth import PRINCIPAL
from app.api.client_address import ClientAddress
from app.core.errors import problem_response
from app.core.metrics import Metrics
from app.core.rate_limits import Counter, Quota, parse_quota
from app.core.settings import Settings
from app.models.keys import Role
from app.services.keys import Principal

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 5.0
CORRECTIONS_PATH = "/v1/corrections"
LIMITED_PATHS = ("/v1", "/mcp")

Counted = tuple[Quota, int, int]
"""A quota, the hits in its current window (this request's included), seconds to its end.
Plain tuples: this runs on every request, and the answer must cost microseconds."""


def fields_of(counted: tuple[Counted, ...]) -> list[tuple[bytes, bytes]]:
    """The `RateLimit-Policy` and `RateLimit` fields for the quotas a request counted in."""
    if len(counted) == 1:
        quota, hits, reset = counted[0]
        policy, state = quota.policy_field, quota.limit_item(hits, reset).encode()
    else:
        policy = ", ".join(quota.policy for quota, _, _ in counted).encode()
        state = ", ".join(quota.limit_item(hits, reset) for quota, hits, reset in counted).encode()
    return [(b"ratelimit-policy", policy), (b"ratelimit", state)]


class RateLimit:
    def __init__(
        self, app: ASGIApp, counter: Counter, settings: Settings, metrics: Metrics | None = None
    ) -> None:
        self.app = app
        self.counter = counter
        self.metrics = metrics
        self.anonymous = parse_quota("anonymous", settings.rate_limit_anonymous)
        self.by_role = {
            Role.PARTNER: parse_quota("partner", settings.rate_limit_partner),
            Role.CURATOR: parse_quota("curator", settings.rate_limit_curator),
        }
        self.corrections = parse_quota("corrections", settings.rate_limit_corrections)
        self.client_address = ClientAddress(settings.trusted_proxies)
        self._paused_until = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(LIMITED_PATHS):
            await self.app(scope, receive, send)
            return
        principal: Principal | None = scope["state"].get(PRINCIPAL)
        try:
            counted = await self._count(scope, principal)
        except Exception:
            counted = self._pause()
        if not counted:
            await self.app(scope, receive, send)
            return
        fields = fields_of(counted)
        for quota, hits, reset in counted:
            if hits > quota.limit:
                if self.metrics is not None:
                    self.metrics.refused(quota.name)
                refused = self._refusal(scope["path"], principal, quota, reset)
                refused.raw_headers.extend(fields)
                await refused(scope, receive, send)
                return

        async def send_with_limits(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", ()), *fields]
            await send(message)

        await self.app(scope, receive, send_with_limits)

    async def _count(self, scope: Scope, principal: Principal | None) -> tuple[Counted, ...]:
        if self._paused_until and time.monotonic() < self._paused_until:
            return ()
        now = int(time.time())
        if principal is not None:
            general = self.by_role[principal.role]
            return (await self._hit(general, general.name + ":" + principal.name, now),)
        address = self.client_address(scope)
        counted = await self._hit(self.anonymous, "anonymous:" + address, now)
        if (
            counted[1] > self.anonymous.limit
            or scope["method"] != "POST"
            or scope["path"] != CORRECTIONS_PATH
        ):
            return (counted,)
        return counted, await self._hit(self.corrections, "corrections:" + address, now)

    async def _hit(self, quota: Quota, bucket: str, now: int) -> Counted:
        start = quota.window_start(now)
        hits = await self.counter.hit(bucket, start, quota.window)
        return quota, hits, start + quota.window - now

    def _pause(self) -> tuple[Counted, ...]:
        logger.warning(
            "rate limit counters failed; requests pass unlimited for %.0f s",
            PAUSE_SECONDS,
            exc_info=True,
        )
        self._paused_until = time.monotonic() + PAUSE_SECONDS
        return ()

    def _refusal(
        self, path: str, principal: Principal | None, quota: Quota, reset: int
    ) -> Response:
        limit = quota.describe()
        if quota is self.corrections:
            detail = f"This client address sent more than {limit} to POST {CORRECTIONS_PATH}."
            hint = f"Retry in {reset} s; one report may describe several mistakes."
        elif principal is None:
            detail = f"This client address sent more than {limit} without an API key."
            hint = f"Retry in {reset} s (Retry-After); partners' keys have a higher limit."
        else:
            detail = f"The {principal.role.value} key {principal.name!r} sent more than {limit}."
            hint = f"Retry in {reset} s (Retry-After); ask the operators for a higher limit."
        return problem_response(
            path,
            429,
            "rate-limited",
            "Too many requests",
            detail,
            hint=hint,
            headers={"Retry-After": str(reset), "Cache-Control": "no-store"},
        )
