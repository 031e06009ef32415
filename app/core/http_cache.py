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
        content = model.model_dump_json().encode()
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
    return cached_bytes(request, body, max_age, JSON_MEDIA_TYPE)


def cached_bytes(request: Request, body: CachedBody, max_age: int, media_type: str) -> Response:
    headers = {
        "ETag": body.etag,
        "Cache-Control": f"public, max-age={max_age}",
    }
    if etag_matches(request.headers.get("if-none-match"), body.etag):
        return Response(status_code=304, headers=headers)
    return Response(body.content, media_type=media_type, headers=headers)
