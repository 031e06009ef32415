"""One error shape for the whole API: RFC 9457 problem details (application/problem+json)."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:acupoint-kb:problem:"

logger = logging.getLogger(__name__)


class FieldProblem(BaseModel):
    location: str = Field(
        description="Where: `query.limit`, `path.ref`, `body.points[2]`…",
        examples=["query.limit"],
    )
    message: str = Field(
        description="What is wrong there.",
        examples=["Input should be a valid integer, unable to parse string as an integer"],
    )


class Suggestion(BaseModel):
    code: str = Field(description="Canonical code of a point that may be meant.", examples=["BL40"])
    display_code: str = Field(description="Code as usually displayed.", examples=["BL-40"])
    name: str = Field(description="Its pinyin name.", examples=["Wěizhōng"])
    matched: str = Field(description="The spelling that came close.", examples=["Weizhong"])
    score: float = Field(description="Similarity, 0–100.", examples=[91.0])


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(
        description="A URI naming the kind of problem.",
        examples=["urn:acupoint-kb:problem:point-not-found"],
    )
    title: str = Field(
        description="Short summary of the kind of problem.", examples=["Point not found"]
    )
    status: int = Field(description="The HTTP status code.", examples=[404])
    detail: str = Field(
        description="What went wrong with this request.",
        examples=["No point is known as 'BL400'."],
    )
    instance: str | None = Field(
        default=None, description="The request path.", examples=["/v1/points/BL400"]
    )
    hint: str | None = Field(
        default=None,
        description="How to fix the request.",
        examples=["Did you mean BL-40 or BL-4 or BL-10?"],
    )
    errors: list[FieldProblem] | None = Field(
        default=None, description="One entry per invalid field."
    )
    suggestions: list[Suggestion] | None = Field(
        default=None, description="Close matches for an unknown point (did you mean…)."
    )
    candidates: list[Suggestion] | None = Field(
        default=None, description="The points an ambiguous identifier may mean."
    )


class ApiProblem(Exception):
    """Raise to answer with a problem; the single handler below renders it."""

    def __init__(
        self,
        status: int,
        kind: str,
        title: str,
        detail: str,
        *,
        hint: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.kind = kind
        self.title = title
        self.detail = detail
        self.hint = hint
        self.headers = headers or {}
        self.extra = extra


def invalid_request(detail: str, errors: list[FieldProblem], hint: str) -> ApiProblem:
    """The 422 answer for values the data, not the schema, refuses."""
    return ApiProblem(422, "invalid-request", "Invalid request", detail, hint=hint, errors=errors)


def problem_response(
    instance: str,
    status: int,
    kind: str,
    title: str,
    detail: str,
    *,
    hint: str | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> Response:
    body = Problem(
        type=PROBLEM_TYPE_PREFIX + kind,
        title=title,
        status=status,
        detail=detail,
        instance=instance,
        hint=hint,
        **extra,
    )
    return JSONResponse(
        body.model_dump(mode="json", exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


_STATUS_TITLES = {
    400: ("bad-request", "Bad request"),
    404: ("not-found", "Not found"),
    405: ("method-not-allowed", "Method not allowed"),
    406: ("not-acceptable", "Not acceptable"),
    413: ("content-too-large", "Request body too large"),
    415: ("unsupported-media-type", "Unsupported media type"),
    503: ("service-unavailable", "Service unavailable"),
}
_STATUS_HINTS = {
    400: "Send a well-formed JSON body in UTF-8; /docs shows its schema.",
    404: "See /docs for the available paths; every path starts with /v1.",
    405: "See the Allow header for the methods this path accepts.",
}


def _location(parts: tuple[Any, ...]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


async def _on_api_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiProblem)
    return problem_response(
        request.url.path,
        exc.status,
        exc.kind,
        exc.title,
        exc.detail,
        hint=exc.hint,
        headers=exc.headers,
        **exc.extra,
    )


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        FieldProblem(location=_location(tuple(error["loc"])), message=error["msg"])
        for error in exc.errors()
    ]
    where = ", ".join(error.location for error in errors)
    return problem_response(
        request.url.path,
        422,
        "invalid-request",
        "Invalid request",
        f"The request has {len(errors)} invalid field(s): {where}.",
        hint="Fix the fields listed in `errors`; /docs describes every parameter.",
        errors=errors,
    )


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    kind, title = _STATUS_TITLES.get(exc.status_code, ("http-error", "HTTP error"))
    detail = exc.detail if isinstance(exc.detail, str) else title
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No resource at {request.url.path}."
    if exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}."
    return problem_response(
        request.url.path,
        exc.status_code,
        kind,
        title,
        detail,
        hint=_STATUS_HINTS.get(exc.status_code),
        headers=dict(exc.headers) if exc.headers else None,
    )


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return problem_response(
        request.url.path,
        500,
        "internal-error",
        "Internal error",
        "The server failed to answer this request; it has been logged.",
        hint="Try again later; if it persists, report it with the time of the request.",
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries documenting problem+json for the given statuses."""
    descriptions = {
        300: "Ambiguous identifier: `candidates` lists what it may mean.",
        304: "Not modified (the `If-None-Match` ETag still matches).",
        400: "Bad request.",
        404: "Not found.",
        406: "Not acceptable: this API answers JSON only.",
        413: "Request body too large.",
        415: "Unsupported media type: send application/json.",
        422: "Invalid parameters or body: `errors` says which and why.",
        503: "Temporarily unavailable; retry after the `Retry-After` delay.",
    }
    documented: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        if status == 304:
            documented[status] = {"description": descriptions[status]}
            continue
        documented[status] = {
            "description": descriptions.get(status, "Problem."),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
    return documented
