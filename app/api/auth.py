"""Who is calling: an API key in the `Authorization: Bearer` header, checked once per request.

Anonymous reads stay open. A request that presents a key gets 401 when the key is not
valid (unknown, revoked or expired), whatever it asks for; a route that needs a role
answers 401 without a key and 403 with a key of another role. Key look-ups are kept per
process for ``key_cache_seconds``, so a revoked key stops working everywhere within that
bound.
"""

import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Annotated, Any

from anyio import to_thread
from fastapi import Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.key_guard import InvalidKeyGuard
from app.core.errors import ApiProblem, problem_response
from app.models.keys import Role
from app.services.keys import Principal, hash_key, principal_for

KEY_HEADER_SCHEME = "Bearer"
CHALLENGE = 'Bearer realm="acupoint-kb"'
PRINCIPAL = "principal"
MAX_CACHED_KEYS = 10_000

# Declares the scheme in OpenAPI, with each role-bound operation's roles as its scopes (the
# document names them in the operation's description); the key itself is checked by
# Authenticate, so this never refuses anything (auto_error=False).
KEY_SCHEME = HTTPBearer(
    scheme_name="apiKey",
    bearerFormat="akb_ then 43 URL-safe characters",
    description=(
        "An API key, sent as `Authorization: Bearer <key>`. The operators issue keys "
        "(`python -m app keys create --role partner|curator --name WHO`); a key is shown "
        "once, may expire, and can be revoked. Roles: `partner` may export the dataset and "
        "follow the change feed; `curator` may do that too, and edit records, moderate "
        "corrections and read the audit. Reads need no key, but a key sent with any request "
        "must be valid (else 401 `invalid-key`). Each operation that needs a key names the "
        "roles it accepts in its description."
    ),
    auto_error=False,
)


@dataclass(slots=True)
class _Cached:
    principal: Principal | None
    until: float


class KeyCache:
    """Key hash → its owner (or None), remembered for a few seconds per process."""

    def __init__(self, sessions: sessionmaker[Session], ttl_seconds: float) -> None:
        self._sessions = sessions
        self._ttl = ttl_seconds
        self._known: dict[str, _Cached] = {}

    def knows(self, key: str) -> bool:
        """The key's owner (or that it has none) is remembered: no look-up is needed."""
        cached = self._known.get(hash_key(key))
        return cached is not None and cached.until > time.monotonic()

    async def principal(self, key: str) -> Principal | None:
        digest = hash_key(key)
        cached = self._known.get(digest)
        now = time.monotonic()
        if cached is not None and cached.until > now:
            return cached.principal
        principal = await to_thread.run_sync(self._look_up, key)
        if len(self._known) >= MAX_CACHED_KEYS:
            self._known.clear()
        self._known[digest] = _Cached(principal, now + self._ttl)
        return principal

    def _look_up(self, key: str) -> Principal | None:
        with self._sessions() as session:
            return principal_for(session, key)


def presented_key(headers: Headers) -> str | None:
    """The key of an `Authorization: Bearer <key>` header; "" for a malformed header."""
    value = headers.get("authorization")
    if value is None:
        return None
    scheme, _, key = value.strip().partition(" ")
    return key.strip() if scheme.lower() == KEY_HEADER_SCHEME.lower() else ""


class Authenticate:
    """Resolves the caller once, before the response cache and the rate limiter."""

    def __init__(self, app: ASGIApp, keys: KeyCache, guard: InvalidKeyGuard | None = None) -> None:
        self.app = app
        self.keys = keys
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        key = presented_key(Headers(scope=scope))
        if key and self.guard is not None and not self.keys.knows(key):
            blocked = self.guard.blocked(scope)
            if blocked is not None:
                await blocked(scope, receive, send)
                return
        principal = await self.keys.principal(key) if key else None
        if key is not None and principal is None:
            over_quota = await self.guard.refused(scope) if self.guard is not None else None
            if over_quota is not None:
                await over_quota(scope, receive, send)
                return
            refused = problem_response(
                scope["path"],
                401,
                "invalid-key",
                "Invalid API key",
                "The key in the Authorization header is unknown, revoked or expired.",
                hint="Send `Authorization: Bearer <key>` with a valid key, or no key to read "
                "anonymously.",
                headers={"WWW-Authenticate": CHALLENGE + ', error="invalid_token"'},
            )
            await refused(scope, receive, send)
            return
        scope.setdefault("state", {})[PRINCIPAL] = principal
        await self.app(scope, receive, send)


def principal_of(request: Request) -> Principal | None:
    principal: Principal | None = request.scope.get("state", {}).get(PRINCIPAL)
    return principal


def require(*roles: Role) -> Callable[..., Coroutine[Any, Any, Principal]]:
    """A dependency that lets through only keys of these roles."""
    scopes = [role.value for role in roles]

    async def dependency(
        request: Request,
        _scheme: Annotated[
            HTTPAuthorizationCredentials | None, Security(KEY_SCHEME, scopes=scopes)
        ],
    ) -> Principal:
        principal = principal_of(request)
        if principal is None:
            raise ApiProblem(
                401,
                "key-required",
                "API key required",
                "This operation needs an API key.",
                hint="Send `Authorization: Bearer <key>`; keys are issued by the operators.",
                headers={"WWW-Authenticate": CHALLENGE},
            )
        if principal.role not in roles:
            raise ApiProblem(
                403,
                "forbidden",
                "Not allowed for this key",
                f"The key {principal.name!r} has the role {principal.role.value!r}; this "
                "operation needs " + " or ".join(repr(role.value) for role in roles) + ".",
                hint="Ask the operators for a key with the role this operation needs.",
            )
        return principal

    return dependency
