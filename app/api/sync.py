"""Partners keep in sync: a whole export, then the changes since its cursor. Curators read
the audit."""

from typing import Annotated, Literal

from anyio import to_thread
from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from app.api.auth import require
from app.core.errors import problem_responses
from app.core.openapi import header_refs
from app.models.keys import Role
from app.schemas.sync import AuditFilter, AuditItem, ChangePage, ExportDocument
from app.services.exports import prepare_export
from app.services.keys import Principal
from app.services.sync import audit_entries, changes_since

router = APIRouter(prefix="/v1", tags=["sync"])
PartnerDep = Annotated[Principal, Depends(require(Role.PARTNER, Role.CURATOR))]
CuratorDep = Annotated[Principal, Depends(require(Role.CURATOR))]
PRIVATE = {"Cache-Control": "private, no-store"}
PRIVATE_ANSWER = {"headers": header_refs("NoStore")}


@router.get(
    "/export",
    summary="Export the whole dataset",
    description=(
        "Every record of the dataset as one JSON document (`format=json`), or one CSV per "
        "kind of record in a zip with a `manifest.json` (`format=csv`). Both carry the "
        "dataset version, the generation time, the `cursor` to pass to /v1/changes, the "
        "attribution of every source and SHA-256 checksums: `checksum.value` is the SHA-256 "
        "of the `records` member, which is sent in canonical form (RFC 8785: no whitespace, "
        "members sorted by name), and `Repr-Digest` is the body's, as sent. Streamed. "
        "`python -m app import FILE` loads a JSON export into an empty database."
    ),
    response_model=None,
    responses={
        200: {
            "description": "The export: a JSON document, or a zip of CSV files (`format=csv`).",
            "model": ExportDocument,
            "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
            "headers": header_refs(
                "NoStore", "Repr-Digest", "X-Dataset-Version", "Content-Disposition"
            ),
        },
        # Every key is a partner's or a curator's, so no key is refused with 403 here.
        **problem_responses(401),
    },
)
async def export_dataset(
    request: Request,
    _partner: PartnerDep,
    format: Annotated[
        Literal["json", "csv"], Query(description="`json` or `csv` (a zip of CSV files).")
    ] = "json",
) -> Response:
    gzip = format == "json" and _accepts_gzip(request.headers.get("accept-encoding", ""))
    export = await to_thread.run_sync(
        prepare_export, request.app.state.sessions, format == "csv", gzip
    )
    headers = {**PRIVATE, **export.headers}
    return StreamingResponse(export.chunks(), media_type=export.media_type, headers=headers)


def _accepts_gzip(accept_encoding: str) -> bool:
    """Whether gzip is among the codings accepted, with no `q=0`."""
    for part in accept_encoding.split(","):
        coding, *parameters = (piece.strip() for piece in part.split(";"))
        if coding.lower() != "gzip":
            continue
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False


@router.get(
    "/changes",
    summary="List what changed since a cursor",
    description=(
        "Created, updated and deleted records after `since` (an export's `cursor`, or the "
        "`next_cursor` of the previous page), oldest first. To apply them to an export's "
        "records, give each record its index within its kind as its position; then, in "
        "order, `upsert` sets the record of `kind` and `key` to `content` at `position` and "
        "`delete` removes it. Once `has_more` is false, each kind ordered by position is "
        "exactly what a fresh export holds: every record whose position changes gets an "
        "`upsert` with its new position."
    ),
    response_model=ChangePage,
    responses={200: PRIVATE_ANSWER, **problem_responses(401, 422)},
)
async def list_changes(
    request: Request,
    _partner: PartnerDep,
    since: Annotated[
        int,
        Query(ge=0, description="The cursor to continue from (0: from the start).", examples=[0]),
    ] = 0,
    limit: Annotated[
        int, Query(ge=1, le=1000, description="Most changes per page.", examples=[100])
    ] = 500,
) -> Response:
    page = await to_thread.run_sync(changes_since, request.app.state.sessions, since, limit)
    return JSONResponse(page.model_dump(mode="json"), headers=PRIVATE)


@router.get(
    "/audit",
    summary="List the audit of writes",
    description="Every write, applied or refused: who, when, what, before and after.",
    response_model=list[AuditItem],
    responses={200: PRIVATE_ANSWER, **problem_responses(401, 403, 422)},
)
async def list_audit(
    request: Request, _curator: CuratorDep, where: Annotated[AuditFilter, Query()]
) -> Response:
    items = await to_thread.run_sync(audit_entries, request.app.state.sessions, where)
    return JSONResponse([item.model_dump(mode="json") for item in items], headers=PRIVATE)
