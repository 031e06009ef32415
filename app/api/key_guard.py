"""Invalid API keys count against their client address, so guessing keys is rate limited.

A key that is not in the per-process key cache costs a database look-up. Without a bound,
a client sending a new random key on every request would cost one look-up each and push
valid keys out of the cache. Each refusal with an invalid key counts against the
address's own quota of invalid keys (the anonymous rate); over it the answer is 429, and
until that window ends this process looks up no new key for that address.
"""

import time

from starlette.responses import Response
from starlette.types import Scope

from app.api.client_address import ClientAddress
from app.core.errors import problem_response
from app.core.rate_limits import Counter, Quota, parse_quota
from app.core.settings import Settings

MAX_BLOCKED_ADDRESSES = 10_000


class InvalidKeyGuard:
    def __init__(self, counter: Counter, settings: Settings) -> None:
        self._counter = counter
        self._quota: Quota = parse_quota("invalid-key", settings.rate_limit_anonymous)
        self._client_address = ClientAddress(settings.trusted_proxies)
        self._blocked_until: dict[str, float] = {}

    def blocked(self, scope: Scope) -> Response | None:
        """The 429 for an address over its quota in this window; None while it may try."""
        address = self._client_address(scope)
        until = self._blocked_until.get(address)
        if until is None:
            return None
        remaining = until - time.time()
        if remaining <= 0:
            del self._blocked_until[address]
            return None
        return self._refusal(scope["path"], max(1, int(remaining + 0.999)))

    async def refused(self, scope: Scope) -> Response | None:
        """Counts one request with an invalid key; the 429 when it is over the quota."""
        address = self._client_address(scope)
        now = int(time.time())
        start = self._quota.window_start(now)
        try:
            hits = await self._counter.hit("invalid-key:" + address, start, self._quota.window)
        except Exception:  # the counter store is down: RateLimit already logs and pauses
            return None
        if hits <= self._quota.limit:
            return None
        if len(self._blocked_until) >= MAX_BLOCKED_ADDRESSES:
            self._blocked_until.clear()
        self._blocked_until[address] = start + self._quota.window
        return self._refusal(scope["path"], start + self._quota.window - now)

    def _refusal(self, path: str, retry_after: int) -> Response:
        return problem_response(
            path,
            429,
            "rate-limited",
            "Too many requests",
            f"This client address sent more than {self._quota.describe()} with an API key "
            "that is not valid.",
            hint=f"Retry in {retry_after} s (Retry-After) with a valid key, or with no key to "
            "read anonymously.",
            headers={"Retry-After": str(retry_after), "Cache-Control": "no-store"},
        )
