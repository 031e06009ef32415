"""Curators' writes under /v1/curation: one set of routes per kind of record.

Each kind gets GET (the editable record and its ETag), POST (create), PATCH (JSON Merge
Patch, If-Match required), DELETE (soft: restorable, If-Match required) and POST …/restore.
The routes are made by one function so that every kind behaves alike; each still has its
own typed body, operationId and documentation.
"""

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from anyio import to_thread
from fastapi import APIRouter, Body, Depends, Header, Path, Request
from pydantic import BaseModel
from starlette.responses import JSONResponse, Response

from app.api.auth import require
from app.api.dependencies import require_json_body, write_in_turn
from app.core.errors import problem_responses
from app.core.openapi import header_refs
from app.models.keys import Role
from app.seeding.records import KINDS, key_of
from app.services.curation import (
    WRITABLE_KINDS,
    Action,
    WriteRequest,
    Written,
    read_record,
    write,
)
from app.services.keys import Principal

MERGE_PATCH = "application/merge-patch+json"
CuratorDep = Annotated[Principal, Depends(require(Role.CURATOR))]
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description=(
            "The record's current ETag (from GET or the last write); required: 428 without "
            "it, 412 when the record has changed since."
        ),
        examples=['"2f76767f24c041999b18030928f01ac2"'],
    ),
]

router = APIRouter(prefix="/v1/curation", tags=["curation"])


def _answer(written: Written, status: int = 200) -> Response:
    if written.content is None:
        return Response(status_code=204, headers={"Cache-Control": "no-store"})
    headers = {"ETag": written.etag or "", "Cache-Control": "private, no-store"}
    if written.dataset_version:
        headers["X-Dataset-Version"] = written.dataset_version
    if status == 201:
        headers["Location"] = f"/v1/curation/{written.kind}/{written.key}"
    return JSONResponse(written.content, status_code=status, headers=headers)


async def _write(request: Request, actor: Principal, write_request: WriteRequest) -> Written:
    return await write_in_turn(request, write, request.app.state.sessions, actor, write_request)


# A record of each kind that the seed holds: the examples of the key in the path.
EXAMPLE_KEYS = {
    "sources": "who-wpro-2008",
    "regions": "knee",
    "conditions": "muscle-fatigue",
    "contraindications": "skin-problem-at-site",
    "routines": "back-pain-after-exercise",
    "tips": "stay-hydrated",
}


def _examples(summary: str, value: str) -> dict[str, Any]:
    return {"seeded": {"summary": summary, "value": value}}


def _slug_key_of(kind: str) -> Callable[..., Coroutine[Any, Any, str]]:
    async def slug_key(
        slug: Annotated[
            str,
            Path(
                min_length=1,
                max_length=100,
                description="The record's slug.",
                openapi_examples=_examples(f"A {kind} slug", EXAMPLE_KEYS[kind]),
            ),
        ],
    ) -> str:
        return slug

    return slug_key


async def _point_detail_key(
    code: Annotated[
        str,
        Path(
            min_length=1,
            max_length=12,
            description="The point's code.",
            openapi_examples=_examples("A point code", "KI3"),
        ),
    ],
    source: Annotated[
        str,
        Path(
            min_length=1,
            max_length=100,
            description="The slug of the source that says it.",
            openapi_examples=_examples("A source slug", "who-wpro-2008"),
        ),
    ],
) -> str:
    return f"{code}/{source}"


def _add_routes(kind: str) -> None:
    model: type[BaseModel] = KINDS[kind].model
    noun = kind.removesuffix("s").replace("-", " ")
    title = "".join(part.capitalize() for part in kind.removesuffix("s").split("-"))
    key_path = "".join(f"/{{{name}}}" for name in KINDS[kind].key_fields)
    item = f"/{kind}{key_path}"
    key_of_path = _point_detail_key if kind == "point-details" else _slug_key_of(kind)
    written_headers = header_refs("RecordETag", "NoStore", "X-Dataset-Version")
    written_responses: dict[int | str, dict[str, Any]] = {
        200: {
            "description": f"The {noun} as it now stands, with its new ETag.",
            "model": model,
            "headers": written_headers,
        },
        **problem_responses(401, 403, 404, 412, 413, 415, 422, 428),
    }

    async def get_record(
        request: Request, actor: CuratorDep, key: Annotated[str, Depends(key_of_path)]
    ) -> Response:
        written = await to_thread.run_sync(read_record, request.app.state.sessions, kind, key)
        return _answer(written)

    async def create_record(
        request: Request,
        actor: CuratorDep,
        record: Annotated[model, Body()],  # type: ignore[valid-type]
    ) -> Response:
        content = record.model_dump(mode="json")  # type: ignore[attr-defined]
        change = WriteRequest(Action.CREATE, kind, key_of(kind, content), content)
        return _answer(await _write(request, actor, change), 201)

    async def update_record(
        request: Request,
        actor: CuratorDep,
        key: Annotated[str, Depends(key_of_path)],
        patch: Annotated[dict[str, Any], Body(media_type=MERGE_PATCH)],
        if_match: IfMatch = None,
    ) -> Response:
        change = WriteRequest(Action.UPDATE, kind, key, patch, if_match)
        return _answer(await _write(request, actor, change))

    async def delete_record(
        request: Request,
        actor: CuratorDep,
        key: Annotated[str, Depends(key_of_path)],
        if_match: IfMatch = None,
    ) -> Response:
        change = WriteRequest(Action.DELETE, kind, key, None, if_match)
        return _answer(await _write(request, actor, change))

    async def restore_record(
        request: Request, actor: CuratorDep, key: Annotated[str, Depends(key_of_path)]
    ) -> Response:
        return _answer(await _write(request, actor, WriteRequest(Action.RESTORE, kind, key)))

    body_check = [Depends(require_json_body)]
    router.add_api_route(
        item,
        get_record,
        methods=["GET"],
        name=f"get{title}Record",
        summary=f"Get a {noun} record to edit",
        description=f"The {noun} as the dataset stores it, with its ETag for If-Match.",
        response_model=None,
        responses={
            200: {
                "description": f"The {noun} record.",
                "model": model,
                "headers": header_refs("RecordETag", "NoStore"),
            },
            **problem_responses(401, 403, 404),
        },
    )
    router.add_api_route(
        f"/{kind}",
        create_record,
        methods=["POST"],
        name=f"create{title}Record",
        summary=f"Create a {noun} record",
        description="Validated by the same rules as the seed files. Answers 201 with Location.",
        response_model=None,
        status_code=201,
        dependencies=body_check,
        responses={
            201: {
                "description": f"The new {noun}, with its ETag and where to read it.",
                "model": model,
                "headers": header_refs("RecordETag", "NoStore", "Location", "X-Dataset-Version"),
            },
            **problem_responses(401, 403, 409, 413, 415, 422),
        },
    )
    router.add_api_route(
        item,
        update_record,
        methods=["PATCH"],
        name=f"update{title}Record",
        summary=f"Change a {noun} record (JSON Merge Patch)",
        description=(
            "RFC 7396 JSON Merge Patch: members given replace, `null` removes, objects merge. "
            "Needs the record's ETag in If-Match: 428 without it, 412 when the record changed."
        ),
        response_model=None,
        dependencies=body_check,
        responses=written_responses,
    )
    router.add_api_route(
        item,
        delete_record,
        methods=["DELETE"],
        name=f"delete{title}Record",
        summary=f"Delete a {noun} record (restorable)",
        description="Refused while other records refer to it. Needs If-Match.",
        response_model=None,
        status_code=204,
        responses={
            204: {"description": "Deleted.", "headers": header_refs("NoStore")},
            **problem_responses(401, 403, 404, 412, 422, 428),
        },
    )
    router.add_api_route(
        f"{item}/restore",
        restore_record,
        methods=["POST"],
        name=f"restore{title}Record",
        summary=f"Restore a deleted {noun} record",
        description="Brings back the record as it was when deleted.",
        response_model=None,
        responses={
            200: {
                "description": f"The restored {noun}, with its ETag.",
                "model": model,
                "headers": written_headers,
            },
            **problem_responses(401, 403, 404, 422),
        },
    )


for _kind in WRITABLE_KINDS:
    _add_routes(_kind)
