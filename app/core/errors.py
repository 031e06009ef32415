"""One error shape for the whole API: RFC 9457 problem details (application/problem+json)."""

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import Match

from app.core.request_ids import current_request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:acupoint-kb:problem:"

logger = logging.getLogger(__name__)

# A body with thousands of bad keys must not get an answer thousands of entries long.
MAX_LISTED_ERRORS = 20


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
        description=(
            "A URI naming the kind of problem, `urn:acupoint-kb:problem:` then the kind; the "
            "API description lists every kind and what it means."
        ),
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
        examples=["Did you mean BL-4 or BL-40 or BL-1?"],
    )
    errors: list[FieldProblem] | None = Field(
        default=None,
        description="One entry per invalid field, the first 20 only: `detail` counts the rest.",
    )
    suggestions: list[Suggestion] | None = Field(
        default=None, description="Close matches for an unknown point (did you mean…)."
    )
    candidates: list[Suggestion] | None = Field(
        default=None, description="The points an ambiguous identifier may mean."
    )
    request_id: str | None = Field(
        default=None,
        description="The request's id, as in its `X-Request-ID` header: quote it when "
        "reporting a problem, so that its log lines can be found.",
        examples=["5f0c2a9e81d34b7aa6c1e0f3"],
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


def problem_body(
    instance: str | None,
    status: int,
    kind: str,
    title: str,
    detail: str,
    *,
    hint: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """The JSON of a problem answer; the OpenAPI examples of canned problems use it too."""
    errors = extra.get("errors")
    if errors is not None and len(errors) > MAX_LISTED_ERRORS:
        extra["errors"] = errors[:MAX_LISTED_ERRORS]
        detail += (
            f" `errors` lists the first {MAX_LISTED_ERRORS}; "
            f"{len(errors) - MAX_LISTED_ERRORS} more are not listed."
        )
    body = Problem(
        type=PROBLEM_TYPE_PREFIX + kind,
        title=title,
        status=status,
        detail=detail,
        instance=instance,
        hint=hint,
        **extra,
        request_id=current_request_id.get(),
    )
    return body.model_dump(mode="json", exclude_none=True)


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
    return JSONResponse(
        problem_body(instance, status, kind, title, detail, hint=hint, **extra),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def uri_too_long_body(instance: str, max_url_bytes: int) -> dict[str, Any]:
    return problem_body(
        instance,
        414,
        "uri-too-long",
        "URI too long",
        f"The URL, path and query, is longer than {max_url_bytes} bytes.",
        hint="Send fewer or shorter query parameters.",
    )


def internal_error_body(instance: str) -> dict[str, Any]:
    """What every 500 says: nothing about the cause, which goes to the log only."""
    return problem_body(
        instance,
        500,
        "internal-error",
        "Internal error",
        "The server failed to answer this request; it has been logged.",
        hint="Try again later; if it persists, report it with the time of the request.",
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
    # A validator may say how to mend its field (PydanticCustomError context "hint").
    hints = [str(e["ctx"]["hint"]) for e in exc.errors() if "hint" in e.get("ctx", {})]
    where = ", ".join(error.location for error in errors[:MAX_LISTED_ERRORS])
    if len(errors) > MAX_LISTED_ERRORS:
        where += " and more"
    return problem_response(
        request.url.path,
        422,
        "invalid-request",
        "Invalid request",
        f"The request has {len(errors)} invalid field(s): {where}.",
        hint=" ".join(dict.fromkeys(hints))
        or "Fix the fields listed in `errors`; /docs describes every parameter.",
        errors=errors,
    )


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    kind, title = _STATUS_TITLES.get(exc.status_code, ("http-error", "HTTP error"))
    detail = exc.detail if isinstance(exc.detail, str) else title
    headers = dict(exc.headers) if exc.headers else None
    hint = _STATUS_HINTS.get(exc.status_code)
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"No resource at {request.url.path}."
        hint = _without_trailing_slash(request) or hint
    if exc.status_code == 405:
        detail = f"{request.method} is not allowed on {request.url.path}."
        headers = {**(headers or {}), "Allow": _allowed_methods(request)}
    return problem_response(
        request.url.path,
        exc.status_code,
        kind,
        title,
        detail,
        hint=hint,
        headers=headers,
    )


def _without_trailing_slash(request: Request) -> str | None:
    """The hint for a known path asked with a trailing slash; never redirected, since a
    redirect would be built from the Host header the client sent."""
    path = request.url.path
    if path == "/" or not path.endswith("/"):
        return None
    scope = {**request.scope, "path": path.rstrip("/")}
    for route in iter_route_contexts(request.app.routes):
        if route.matches(scope)[0] is not Match.NONE:
            return f"Did you mean {scope['path']}? Paths take no trailing slash."
    return None


def _allowed_methods(request: Request) -> str:
    """Every method the path takes: Starlette lists those of the first route of the path
    only, and a path often has one route per method (GET and POST /v1/corrections)."""
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):
        if route.methods and route.matches(request.scope)[0] is not Match.NONE:
            methods |= route.methods
    if "GET" in methods:
        methods.add("HEAD")
    return ", ".join(sorted(methods))


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    logger.exception("unhandled error on %s %s", request.method, request.url.path)
    return JSONResponse(
        internal_error_body(request.url.path), status_code=500, media_type=PROBLEM_MEDIA_TYPE
    )


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiProblem, _on_api_problem)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(Exception, _on_unexpected)


# What each status means here, shared by the routes' declarations and the OpenAPI
# post-processing (which adds the statuses every operation shares).
PROBLEM_DESCRIPTIONS = {
    300: (
        "Ambiguous identifier: it may mean several records. `detail` names them and `hint` "
        "says how to ask for one; for points, `candidates` lists them."
    ),
    304: "Not modified: the `If-None-Match` ETag still matches. No body.",
    400: "The body could not be read (for instance, it is not UTF-8).",
    401: (
        "The key is missing (`key-required`, on operations that need one) or is not valid: "
        "unknown, revoked or expired (`invalid-key`, whatever the operation). "
        "`WWW-Authenticate` names the scheme."
    ),
    403: "The key is valid, but its role may not do this; `detail` names the roles needed.",
    404: (
        "No record is known by this identifier: `hint` names close ones (for points, "
        "`suggestions` lists them). An identifier containing `/` matches no path and gets "
        "the plain `not-found` problem."
    ),
    406: "The `Accept` header refuses JSON, the only media type this API answers in.",
    409: "The request conflicts with the record's state; `hint` says what to do instead.",
    412: (
        "The record changed since the ETag given in `If-Match`: read it again, apply the "
        "change to what it holds now, and retry."
    ),
    413: "The request body is larger than the limit (64 KiB unless configured otherwise).",
    414: "The URL is longer than the limit (4096 bytes unless configured otherwise).",
    415: (
        "The body is not JSON: send `Content-Type: application/json` (or a `+json` type, "
        "such as `application/merge-patch+json`)."
    ),
    422: (
        "Invalid request: a parameter or the body is invalid, or a query parameter is "
        "unknown. `errors` lists each field and what is wrong with it."
    ),
    428: "`If-Match` is missing: send the record's current ETag in it.",
    500: "Unexpected server error; its details are logged, not sent.",
    503: (
        "Not ready to answer: the knowledge base is not loaded yet (or, on /readyz, the "
        "database does not answer). Retry after the `Retry-After` delay."
    ),
}

_LOOKED_UP = ("meridian", "condition", "region", "routine", "source")

# Every `type` the API sends (urn:acupoint-kb:problem:<kind>): kind -> (status, meaning).
PROBLEM_TYPES: dict[str, tuple[int | None, str]] = {
    "ambiguous-point": (300, "The identifier may mean several points; `candidates` lists them."),
    **{
        f"ambiguous-{noun}": (
            300,
            f"The identifier may mean several {noun}s; `detail` names them, `hint` their keys.",
        )
        for noun in _LOOKED_UP
    },
    "bad-request": (400, "The body could not be read (for instance, it is not UTF-8)."),
    "key-required": (401, "The operation needs an API key (`Authorization: Bearer <key>`)."),
    "invalid-key": (401, "The key sent is unknown, revoked or expired; on any operation."),
    "forbidden": (403, "The key's role may not do this; `detail` names the roles needed."),
    "point-not-found": (
        404,
        "No point is known by that identifier; `suggestions` lists close matches.",
    ),
    **{
        f"{noun}-not-found": (
            404,
            f"No {noun} is known by that identifier; `hint` names close ones.",
        )
        for noun in _LOOKED_UP
    },
    "not-found": (404, "No resource at this path (as when an identifier contains `/`)."),
    "record-not-found": (
        404,
        "Curation: no record of that kind has that key (`hint` says when it was deleted).",
    ),
    "record-not-deleted": (404, "Curation: the record to restore is not among the deleted."),
    "correction-not-found": (404, "No correction has that id."),
    "view-not-found": (404, "The body figure has no view of that name; `hint` lists the views."),
    "method-not-allowed": (
        405,
        "The path does not take this method; the `Allow` header lists those it takes.",
    ),
    "not-acceptable": (406, "The `Accept` header refuses JSON, the only media type answered."),
    "request-timeout": (408, "The request body did not arrive in time; the connection closes."),
    "record-exists": (409, "Curation: a record with that key exists already; change it instead."),
    "record-deleted": (409, "Curation: a record with that key was deleted; restore it instead."),
    "correction-decided": (409, "The correction was accepted or rejected already."),
    "stale-etag": (412, "The record changed since the ETag given in `If-Match`."),
    "content-too-large": (413, "The request body is larger than the limit."),
    "uri-too-long": (414, "The URL, path and query, is longer than the limit."),
    "unsupported-media-type": (415, "The body is not JSON (`Content-Type: application/json`)."),
    "invalid-request": (
        422,
        "A parameter or the body is invalid, or a query parameter is unknown; `errors` lists "
        "each field.",
    ),
    "precondition-required": (428, "The write needs the record's current ETag in `If-Match`."),
    "rate-limited": (
        429,
        "Too many requests for the caller's quota; retry after `Retry-After` seconds. The "
        "`RateLimit-Policy` and `RateLimit` headers state the quota and what is left of it.",
    ),
    "headers-too-large": (
        431,
        "The request line and headers are too large or too many; the connection closes.",
    ),
    "http-error": (None, "Any other HTTP error; `status` and `title` say which."),
    "internal-error": (500, "An unexpected error; its details are logged, not sent."),
    "not-ready": (503, "The knowledge base is not loaded yet; retry after `Retry-After`."),
    "database-unavailable": (
        503,
        "/readyz only: the database does not answer; retry after `Retry-After`.",
    ),
    "service-unavailable": (503, "The service cannot answer now; retry later."),
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries documenting problem+json for the given statuses."""
    documented: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        if status == 304:
            documented[status] = {"description": PROBLEM_DESCRIPTIONS[status]}
            continue
        documented[status] = {
            "description": PROBLEM_DESCRIPTIONS.get(status, "Problem."),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
    return documented
