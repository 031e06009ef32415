"""Partners keep in sync: a whole export, then the changes since its cursor. Curators read
the audit."""

from typing import Annotated, Literal

from anyio import to_thread
from fastapi import APIRouter, Depends, Query, Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from app.api.auth import require
from app.core.errors import problem_responses
from app.models.keys import Role
from app.schemas.sync import AuditFilter, AuditItem, ChangePage
from app.services.exports import prepare_export
from app.services.keys import Principal
from app.services.sync import audit_entries, changes_since

router = APIRouter(prefix="/v1", tags=["sync"])
PartnerDep = Annotated[Principal, Depends(require(Role.PARTNER, Role.CURATOR))]
CuratorDep = Annotated[Principal, Depends(require(Role.CURATOR))]
PRIVATE = {"Cache-Control": "private, no-store"}


@router.get(
    "/export",
    summary="Export the whole dataset",
    description=(
        "Every record of the dataset as one JSON document (`format=json`), or one CSV per "
        "kind of record in a zip with a `manifest.json` (`format=csv`). Both carry the "
        "dataset version, the generation time, the `cursor` to pass to /v1/changes, the "
        "attribution of every source and SHA-256 checksums; `Repr-Digest` is the body's. "
        "Streamed. `python -m app import FILE` loads a JSON export into an empty database."
    ),
    response_model=None,
    responses={
        200: {
            "description": "The export.",
            "content": {"application/json": {}, "application/zip": {}},
        },
        **problem_responses(401, 403),
    },
)
async def export_dataset(
    request: Request,
    _partner: PartnerDep,
    format: Annotated[
        Literal["json", "csv"], Query(description="`json` or `csv` (a zip of CSV files).")
    ] = "json",
) -> Response:
    export = await to_thread.run_sync(prepare_export, request.app.state.sessions, format == "csv")
    headers = {
        **PRIVATE,
        "Repr-Digest": f"sha-256=:{export.digest}:",
        "X-Dataset-Version": export.snapshot.dataset_version,
        "Content-Disposition": f'attachment; filename="{export.filename}"',
    }
    return StreamingResponse(export.chunks(), media_type=export.media_type, headers=headers)


@router.get(
    "/changes",
    summary="List what changed since a cursor",
    description=(
        "Created, updated and deleted records after `since` (an export's `cursor`, or the "
        "`next_cursor` of the previous page), oldest first. Applying them in order to an "
        "export's records (`upsert`: put `content` at `position`; `delete`: remove) gives "
        "what a fresh export holds."
    ),
    response_model=ChangePage,
    responses=problem_responses(401, 403, 422),
)
async def list_changes(
    request: Request,
    _partner: PartnerDep,
    since: Annotated[
        int, Query(ge=0, description="The cursor to continue from (0: from the start).")
    ] = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="Most changes per page.")] = 500,
) -> Response:
    page = await to_thread.run_sync(changes_since, request.app.state.sessions, since, limit)
    return JSONResponse(page.model_dump(mode="json"), headers=PRIVATE)


@router.get(
    "/audit",
    summary="List the audit of writes",
    description="Every write, applied or refused: who, when, what, before and after.",
    response_model=list[AuditItem],
    responses=problem_responses(401, 403, 422),
)
async def list_audit(
    request: Request, _curator: CuratorDep, where: Annotated[AuditFilter, Query()]
) -> Response:
    items = await to_thread.run_sync(audit_entries, request.app.state.sessions, where)
    return JSONResponse([item.model_dump(mode="json") for item in items], headers=PRIVATE)
