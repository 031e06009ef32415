"""Pre-serialised JSON bodies with strong ETags, and conditional GET handling."""

import hashlib
from dataclasses import dataclass

from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import Response

JSON_MEDIA_TYPE = "application/json"


@dataclass(frozen=True, slots=True)
class CachedBody:
    content: bytes
    etag: str

    @classmethod
    def of(cls, model: BaseModel) -> "CachedBody":
        return cls.of_bytes(model.model_dump_json().encode())

    @classmethod
    def of_bytes(cls, content: bytes) -> "CachedBody":
        return cls(content, f'"{hashlib.blake2b(content, digest_size=12).hexdigest()}"')


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    """Weak comparison (RFC 9110 §13.1.2), as If-None-Match requires."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(
        candidate.strip().removeprefix("W/") == bare for candidate in if_none_match.split(",")
    )


def cached_json(request: Request, body: CachedBody, max_age: int) -> Response:
    return cached_bytes(request, body, f"public, max-age={max_age}", JSON_MEDIA_TYPE)


def cached_bytes(
    request: Request, body: CachedBody, cache_control: str, media_type: str
) -> Response:
    """``body`` with its ETag, or 304 when the client holds it already."""
    headers = {"ETag": body.etag, "Cache-Control": cache_control}
    if etag_matches(request.headers.get("if-none-match"), body.etag):
        return Response(status_code=304, headers=headers)
    return Response(body.content, media_type=media_type, headers=headers)
