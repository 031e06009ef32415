"""OpenAPI as a product: every status an operation can send, with a real answer as its
example, the caching headers, stable operationIds, and only types a query string can carry.
"""

import copy
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.core.errors import (
    PROBLEM_DESCRIPTIONS,
    PROBLEM_MEDIA_TYPE,
    PROBLEM_TYPE_PREFIX,
    PROBLEM_TYPES,
    Problem,
    internal_error_body,
    uri_too_long_body,
)
from app.core.limits import DEFAULT_MAX_URL_BYTES
from app.core.openapi_examples import (
    STAND_IN_REQUEST_ID,
    StoredExample,
    add_examples,
    load_examples,
    request_path,
)
from app.core.request_ids import HEADER as REQUEST_ID_HEADER
from app.core.request_ids import MAX_LENGTH as REQUEST_ID_MAX_LENGTH

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
NULL = {"type": "null"}

HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": (
            "Strong validator of this answer; send it back in `If-None-Match` to get 304 "
            "while the answer is unchanged."
        ),
        "required": True,
        "schema": {"type": "string"},
        "example": '"9c1d5e0b7a3f4e26d8b1c0a5"',
    },
    "Cache-Control": {
        "description": "Public, fresh for `max-age` seconds (300 unless configured otherwise).",
        "required": True,
        "schema": {"type": "string"},
        "example": "public, max-age=300",
    },
    "Vary": {
        "description": (
            "Sent with answers of 1 KiB or more (unless configured otherwise), which are "
            "gzipped (`Content-Encoding: gzip`) when the request accepts gzip; smaller answers "
            "and 304s are never compressed and carry no `Vary`."
        ),
        "required": False,
        "schema": {"type": "string", "enum": ["Accept-Encoding"]},
        "example": "Accept-Encoding",
    },
    "Retry-After": {
        "description": "Seconds to wait before asking again.",
        "required": True,
        "schema": {"type": "integer", "minimum": 0},
        "example": 5,
    },
    "RecordETag": {
        "description": (
            "The record's strong validator, from its content: send it in `If-Match` to change "
            "or delete this record."
        ),
        "required": True,
        "schema": {"type": "string"},
        "example": '"2f76767f24c041999b18030928f01ac2"',
    },
    "NoStore": {
        "description": (
            "`private, no-store` on answers for one caller, `no-store` on 204 and 429: no "
            "cache may keep them."
        ),
        "required": True,
        "schema": {"type": "string", "enum": ["private, no-store", "no-store"]},
        "example": "private, no-store",
    },
    "Location": {
        "description": "Where what was created can be read: the new record, or the correction.",
        "required": True,
        "schema": {"type": "string", "format": "uri-reference"},
        "example": "/v1/curation/regions/shin",
    },
    "X-Dataset-Version": {
        "description": "The dataset version the answer holds; after a write, the one it made.",
        "required": True,
        "schema": {"type": "string"},
        "example": "2026.11.24.42",
    },
    "Repr-Digest": {
        "description": (
            "SHA-256 of the body as sent (RFC 9530: of the gzip stream when it is gzipped), "
            "base64 between colons."
        ),
        "required": True,
        "schema": {"type": "string"},
        "example": "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:",
    },
    "Content-Disposition": {
        "description": "Saves the export as `acupoint-kb-<dataset version>.json` (or `.zip`).",
        "required": True,
        "schema": {"type": "string"},
        "example": 'attachment; filename="acupoint-kb-2026.11.24.json"',
    },
    "WWW-Authenticate": {
        "description": (
            'The scheme to authenticate with: `Bearer realm="acupoint-kb"`, with '
            '`error="invalid_token"` when the key sent is not valid.'
        ),
        "required": True,
        "schema": {"type": "string"},
        "example": 'Bearer realm="acupoint-kb"',
    },
    "RateLimit-Policy": {
        "description": (
            "The quotas this request counts against (draft-ietf-httpapi-ratelimit-headers): "
            "name, `q` requests per `w` seconds. On every answer under /v1 while rate limits "
            "are on, as they are by default."
        ),
        "required": False,
        "schema": {"type": "string"},
        "example": '"anonymous";q=120;w=60',
    },
    "RateLimit": {
        "description": (
            "What is left of each quota: `r` requests remaining, `t` seconds until the window "
            "ends. On every answer under /v1 while rate limits are on, as they are by default."
        ),
        "required": False,
        "schema": {"type": "string"},
        "example": '"anonymous";r=119;t=60',
    },
    REQUEST_ID_HEADER: {
        "description": (
            "The request's id: the one the request sent in `X-Request-ID` when it was 1 to "
            f"{REQUEST_ID_MAX_LENGTH} visible ASCII characters, else one made by the server. "
            "Every log line of the request carries it, and so does a problem's `request_id`."
        ),
        "required": True,
        "schema": {"type": "string"},
        "example": STAND_IN_REQUEST_ID,
    },
}
REQUEST_ID_PARAMETER: dict[str, Any] = {
    "name": REQUEST_ID_HEADER,
    "in": "header",
    "required": False,
    "description": (
        "An id for this request, to find it in the server's logs (a proxy or the caller's "
        f"own trace id): 1 to {REQUEST_ID_MAX_LENGTH} visible ASCII characters, else the "
        "server makes one. The answer's `X-Request-ID` says which was used."
    ),
    "schema": {"type": "string"},
    "example": "checkout-7f3a9c",
}
# Components that declare a header under another name.
HEADER_NAMES = {"RecordETag": "ETag", "NoStore": "Cache-Control"}
RATE_LIMIT_HEADERS = ("RateLimit-Policy", "RateLimit")


def operation_id(route: APIRoute) -> str:
    """The endpoint function's name: ``get_point`` becomes ``getPoint``-style client methods."""
    return route.name


def install_openapi(
    app: FastAPI, *, shared_statuses: Mapping[str, Sequence[int]] | None = None
) -> None:
    """Serve the post-processed document.

    ``shared_statuses`` maps a path prefix to statuses that every operation under it can
    answer whatever its route declares (a global dependency, a middleware); a key may name
    methods before the prefix (``"POST PATCH /v1/"``). 500 is shared by all.
    """
    shared = dict(shared_statuses or {})

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _document(app, shared)
        return app.openapi_schema

    app.openapi = build  # type: ignore[method-assign]


def _document(app: FastAPI, shared: Mapping[str, Sequence[int]]) -> dict[str, Any]:
    schema = get_openapi(
        title=app.title,
        version=app.version,
        summary=app.summary,
        description=(app.description or "") + problem_types_markdown(),
        routes=app.routes,
        tags=app.openapi_tags,
        servers=app.servers,
        contact=app.contact,
        license_info=app.license_info,
    )
    components = schema.setdefault("components", {})
    _add_problem_schema(components.setdefault("schemas", {}))
    components["headers"] = copy.deepcopy(HEADERS)
    schemes = list(components.get("securitySchemes", {}))
    stored = load_examples()
    for path, method, operation in _operations(schema):
        examples = stored.get(operation["operationId"], [])
        _strip_null_from_parameters(operation)
        _document_security(operation, schemes)
        _document_problems(path, method, operation, shared)
        _document_caching(operation, examples)
        _document_headers(operation)
        operation.setdefault("parameters", []).append(copy.deepcopy(REQUEST_ID_PARAMETER))
        add_examples(operation, examples)
        _add_internal_error_example(path, operation, examples)
        _add_uri_too_long_example(path, operation, examples)
    return schema


def problem_types_markdown() -> str:
    """The catalogue of problem types, for the API description."""
    rows = [
        f"| `{PROBLEM_TYPE_PREFIX}{kind}` | {status or 'any'} | {meaning} |"
        for kind, (status, meaning) in PROBLEM_TYPES.items()
    ]
    return "\n".join(
        [
            "",
            "## Problem types",
            "",
            "Every error (and the 300 for an ambiguous identifier) is a problem whose `type` "
            "is one of these:",
            "",
            "| type | status | meaning |",
            "| --- | --- | --- |",
            *rows,
            "",
        ]
    )


def _operations(schema: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in schema.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _add_problem_schema(schemas: dict[str, Any]) -> None:
    problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas.update(problem.pop("$defs", {}))
    schemas["Problem"] = problem
    # Replaced by Problem below; FastAPI adds them for every operation with parameters.
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)


def _strip_null_from_parameters(operation: dict[str, Any]) -> None:
    """An optional query parameter or header is absent, never null: neither can say null."""
    for parameter in operation.get("parameters", []):
        schema = parameter["schema"]
        variants = schema.get("anyOf", [])
        if parameter["in"] not in ("query", "header") or NULL not in variants:
            continue
        kept = [variant for variant in variants if variant != NULL]
        rest = {key: value for key, value in schema.items() if key != "anyOf"}
        if rest.get("default", "") is None:
            del rest["default"]
        parameter["schema"] = {**kept[0], **rest} if len(kept) == 1 else {"anyOf": kept, **rest}


def _document_security(operation: dict[str, Any], schemes: list[str]) -> None:
    """Who may call: a key of the roles an operation accepts, or anyone.

    FastAPI lists the roles as the scopes of the requirement. OpenAPI 3.1 allows role names
    there, but it would read several as all of them at once (a key has one role), and the
    OpenAPI 3.0 reading of the linters and generators takes scopes for OAuth only; so the
    requirement names the scheme alone and the description names the roles. An operation
    without roles is open: the empty requirement says no key is needed, and the scheme
    beside it that a key may be sent (it must then be valid).
    """
    requirements: list[dict[str, list[str]]] = operation.get("security", [])
    if not requirements:
        if schemes:
            operation["security"] = [{}, *({name: []} for name in schemes)]
        return
    roles = [
        role for requirement in requirements for scopes in requirement.values() for role in scopes
    ]
    operation["security"] = [
        {name: []}
        for name in dict.fromkeys(name for requirement in requirements for name in requirement)
    ]
    if roles:
        named = " or ".join(f"`{role}`" for role in roles)
        operation["description"] = (
            operation.get("description", "").rstrip()
            + f"\n\nNeeds an API key of the role {named} (`Authorization: Bearer <key>`)."
        )


def _takes_no_input(operation: dict[str, Any]) -> bool:
    inputs = [p for p in operation.get("parameters", []) if p["in"] in ("path", "query")]
    return not inputs and "requestBody" not in operation


def _problem_description(status: int, operation: dict[str, Any]) -> str:
    if status == 422 and _takes_no_input(operation):
        return (
            "This operation takes no query parameters: any given is refused, and `errors` "
            "lists them."
        )
    return PROBLEM_DESCRIPTIONS.get(status, "Problem.")


def _shared_with(key: str, path: str, method: str) -> bool:
    *methods, prefix = key.split()
    return path.startswith(prefix) and (not methods or method.upper() in methods)


def _document_problems(
    path: str, method: str, operation: dict[str, Any], shared: Mapping[str, Sequence[int]]
) -> None:
    responses: dict[str, Any] = operation["responses"]
    for key, statuses in shared.items():
        if _shared_with(key, path, method):
            for status in statuses:
                responses.setdefault(str(status), {})
    if "requestBody" in operation:
        responses.setdefault("400", {})  # a body that is not JSON in UTF-8, before all else
    responses.setdefault("500", {})
    for key, response in responses.items():
        status = int(key)
        if status < 300 or status == 304:
            continue
        if PROBLEM_MEDIA_TYPE not in response.get("content", {}) or status == 422:
            response.clear()
            response["description"] = _problem_description(status, operation)
            response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}
    operation["responses"] = dict(sorted(responses.items()))


def header_refs(*names: str) -> dict[str, Any]:
    """Response headers by component name (``RecordETag`` declares ``ETag``)."""
    return {
        HEADER_NAMES.get(name, name): {"$ref": f"#/components/headers/{name}"} for name in names
    }


def _document_caching(operation: dict[str, Any], examples: list[StoredExample]) -> None:
    """Validators on the answers that have them, If-None-Match where it is honoured."""
    responses: dict[str, Any] = operation["responses"]
    if "304" not in responses:
        return
    responses["200"]["headers"] = header_refs("ETag", "Cache-Control", "Vary")
    responses["304"] = {
        "description": PROBLEM_DESCRIPTIONS[304],
        "headers": header_refs("ETag", "Cache-Control"),
    }
    etags = [e["headers"].get("ETag") for e in examples if e["status"] == 200 and e["request"]]
    operation.setdefault("parameters", []).append(
        {
            "name": "If-None-Match",
            "in": "header",
            "required": False,
            "description": (
                "`ETag`s of earlier answers (comma separated, weak or strong) or `*`: while "
                "the answer still has one of them, it is 304 with no body."
            ),
            "schema": {"type": "string"},
            "example": next(filter(None, etags), HEADERS["ETag"]["example"]),
        }
    )


def _document_headers(operation: dict[str, Any]) -> None:
    """The headers every answer of a kind carries, whatever the route: the request's id on
    all, gzip's Vary on bodies, the challenge on 401, the wait on 503 and 429, and the
    rate-limit fields on every answer of an operation that is rate limited (which the 429
    says it is)."""
    responses: dict[str, Any] = operation["responses"]
    limited = "429" in responses
    for key, response in responses.items():
        status = int(key)
        added: dict[str, Any] = header_refs(REQUEST_ID_HEADER)
        if 200 <= status < 300 and "content" in response:
            added |= header_refs("Vary")
        if status == 401:
            added |= header_refs("WWW-Authenticate")
        if status in (429, 503):
            added |= header_refs("Retry-After")
        if status == 429:
            added |= header_refs("NoStore")
            added |= {name: {**HEADERS[name], "required": True} for name in RATE_LIMIT_HEADERS}
        elif limited:
            added |= header_refs(*RATE_LIMIT_HEADERS)
        if added:
            declared = response.get("headers", {})
            response["headers"] = declared | {k: v for k, v in added.items() if k not in declared}


def _add_internal_error_example(
    path: str, operation: dict[str, Any], examples: list[StoredExample]
) -> None:
    """What a 500 says is fixed by its handler: the instance is the only variable."""
    instances = [found for found in map(request_path, examples) if found]
    media = operation["responses"]["500"]["content"][PROBLEM_MEDIA_TYPE]
    media["examples"] = {
        "internal-error": {
            "summary": "Whatever went wrong",
            "description": "Every 500 answer: the cause goes to the server's log only.",
            "value": internal_error_body(instances[0] if instances else path)
            | {"request_id": STAND_IN_REQUEST_ID},
        }
    }


def _add_uri_too_long_example(
    path: str, operation: dict[str, Any], examples: list[StoredExample]
) -> None:
    """What a 414 says is fixed by the request guard: the instance is the only variable."""
    if "414" not in operation["responses"]:
        return
    instances = [found for found in map(request_path, examples) if found]
    media = operation["responses"]["414"]["content"][PROBLEM_MEDIA_TYPE]
    media["examples"] = {
        "uri-too-long": {
            "summary": "A URL over the limit",
            "description": "Every 414 answer, here with the default limit.",
            "value": uri_too_long_body(instances[0] if instances else path, DEFAULT_MAX_URL_BYTES)
            | {"request_id": STAND_IN_REQUEST_ID},
        }
    }
