"""Curators' writes: create, update (JSON Merge Patch), delete and restore records.

Every write takes the dataset's write lock, checks the record's ETag (If-Match), applies
the change to the stored records, validates the whole dataset with the seed's own
validator, writes it through the seed's writer, bumps the dataset version and records an
audit entry, all in one transaction. A refused write changes nothing and is audited too.
"""

import enum
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from app.core.database import transaction
from app.core.errors import ApiProblem, FieldProblem, invalid_request
from app.models.audit import AuditEntry
from app.models.records import TrashedRecord
from app.seeding.reader import SeedIssue
from app.seeding.records import KINDS, Content, key_of, records_of, validate_records
from app.seeding.store import (
    StoredRecord,
    apply_dataset,
    as_records,
    latest_change,
    stored_records,
    take_write_lock,
    trashed,
)
from app.services.keys import Principal

WRITABLE_KINDS = (
    "sources",
    "regions",
    "conditions",
    "point-details",
    "contraindications",
    "routines",
    "tips",
)


class Action(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


@dataclass(frozen=True, slots=True)
class Written:
    kind: str
    key: str
    content: Content | None
    """None after a delete."""
    etag: str | None
    dataset_version: str


def record_etag(content: Content) -> str:
    """A strong ETag of the record's content (key order does not matter)."""
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f'"{hashlib.sha256(canonical.encode()).hexdigest()[:32]}"'


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7396: objects merge member by member, null removes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for name, value in patch.items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = merge_patch(merged.get(name), value)
    return merged


def read_record(sessions: sessionmaker[Session], kind: str, key: str) -> Written:
    with sessions() as session:
        record = stored_records(session).get((kind, key))
        if record is None:
            raise _not_found(session, kind, key)
        return Written(kind, key, record.content, record_etag(record.content), "")


@dataclass(frozen=True, slots=True)
class WriteRequest:
    action: Action
    kind: str
    key: str
    content: Content | None = None
    """The new record (create) or the merge patch (update)."""
    if_match: str | None = None
    correction: str | None = None
    in_transaction: Callable[[Session], None] | None = None
    """Run under the write lock in the write's transaction (a correction's decision), so
    that both happen or neither."""


def write(sessions: sessionmaker[Session], actor: Principal, request: WriteRequest) -> Written:
    """Apply one write, or raise the problem that refused it (after auditing the refusal)."""
    try:
        with transaction(sessions) as session:
            return _write(session, actor, request)
    except ApiProblem as problem:
        with transaction(sessions) as session:
            session.add(_audit(actor, request, "refused", problem.status, problem.detail))
        raise


def _write(session: Session, actor: Principal, request: WriteRequest) -> Written:
    take_write_lock(session)
    if request.in_transaction is not None:
        request.in_transaction(session)
    stored = stored_records(session)
    current = stored.get((request.kind, request.key))
    before = current.content if current else None
    after = _new_content(session, request, current)
    records = as_records(stored)
    contents = records[request.kind]
    if current is not None:
        index = next(i for i, c in enumerate(contents) if key_of(request.kind, c) == request.key)
        if after is None:
            del contents[index]
        else:
            contents[index] = after
    elif after is not None:
        contents.append(after)
    data, issues = validate_records(records)
    if data is None:
        raise _invalid(request, issues)
    if after is not None:
        # What is stored is the validated record (stripped, defaults filled in), so the
        # answer, its ETag and the audit must show that, not the raw body or patch.
        after = _validated(records_of(data)[request.kind], request.kind, request.key)
    version = f"{data.manifest.version}.{latest_change(session) + 1}"
    written_by = {(request.kind, request.key): actor.name}
    transition = apply_dataset(session, data, written_by=written_by, version=version)
    now = datetime.now(UTC)
    _trash(session, actor, request, before, now)
    answered = 204 if after is None else 201 if request.action is Action.CREATE else 200
    entry = _audit(actor, request, "applied", answered, None)
    entry.before, entry.after, entry.dataset_version, entry.at = before, after, version, now
    session.add(entry)
    etag = record_etag(after) if after is not None else None
    return Written(request.kind, request.key, after, etag, transition.dataset_version)


def _validated(contents: list[Content], kind: str, key: str) -> Content:
    return next(content for content in contents if key_of(kind, content) == key)


def _new_content(
    session: Session, request: WriteRequest, current: StoredRecord | None
) -> Content | None:
    """The record after the write (None: deleted), once the preconditions hold."""
    kind, key = request.kind, request.key
    if request.action is Action.CREATE:
        if current is not None:
            raise ApiProblem(
                409,
                "record-exists",
                "Record exists",
                f"{kind}/{key} exists already.",
                hint="Update it with PATCH and its ETag in If-Match.",
            )
        if trashed(session, kind, key) is not None:
            raise ApiProblem(
                409,
                "record-deleted",
                "Record was deleted",
                f"{kind}/{key} was deleted; restore it instead of creating it again.",
                hint=f"POST /v1/curation/{kind}/{key}/restore brings it back.",
            )
        return request.content
    if request.action is Action.RESTORE:
        bin_entry = trashed(session, kind, key)
        if current is not None or bin_entry is None:
            raise ApiProblem(
                404,
                "record-not-deleted",
                "Nothing to restore",
                f"{kind}/{key} is not among the deleted records.",
                hint="Only a deleted record can be restored.",
            )
        return dict(bin_entry.content)
    if current is None:
        raise _not_found(session, kind, key)
    _check_if_match(request, current)
    if request.action is Action.DELETE:
        return None
    patched: Content = merge_patch(current.content, request.content or {})
    moved = [name for name in KINDS[kind].key_fields if patched.get(name) != current.content[name]]
    if moved:
        raise invalid_request(
            f"{kind}/{key}: the key fields cannot change.",
            [
                FieldProblem(location=f"body.{name}", message="part of the record's key")
                for name in moved
            ],
            hint="Create a new record and delete this one instead.",
        )
    return patched


def _check_if_match(request: WriteRequest, current: StoredRecord) -> None:
    etag = record_etag(current.content)
    where = f"/v1/curation/{request.kind}/{request.key}"
    if request.if_match is None:
        raise ApiProblem(
            428,
            "precondition-required",
            "If-Match required",
            f"Changing {request.kind}/{request.key} needs its current ETag in If-Match.",
            hint=f"GET {where} and send its ETag back in If-Match.",
        )
    offered = [tag.strip() for tag in request.if_match.split(",")]
    if "*" not in offered and etag not in offered:
        raise ApiProblem(
            412,
            "stale-etag",
            "Record changed meanwhile",
            f"{request.kind}/{request.key} is no longer at the ETag given in If-Match.",
            hint=f"GET {where} again, apply your change to what it holds now, and retry.",
        )


def _trash(
    session: Session, actor: Principal, request: WriteRequest, before: Content | None, now: datetime
) -> None:
    kind, key = request.kind, request.key
    session.execute(
        delete(TrashedRecord).where(TrashedRecord.kind == kind, TrashedRecord.key == key)
    )
    if request.action is Action.DELETE and before is not None:
        session.add(
            TrashedRecord(kind=kind, key=key, content=before, deleted_by=actor.name, deleted_at=now)
        )


def _audit(
    actor: Principal, request: WriteRequest, outcome: str, status: int, reason: str | None
) -> AuditEntry:
    return AuditEntry(
        at=datetime.now(UTC),
        actor=actor.name,
        action=request.action.value,
        kind=request.kind,
        key=request.key,
        outcome=outcome,
        status=status,
        reason=reason,
        before=None,
        after=None,
        dataset_version=None,
        correction=request.correction,
    )


def _not_found(session: Session, kind: str, key: str) -> ApiProblem:
    deleted = trashed(session, kind, key) is not None
    return ApiProblem(
        404,
        "record-not-found",
        "Record not found",
        f"No {kind} record {key!r}" + (" (it was deleted)." if deleted else "."),
        hint=(
            f"POST /v1/curation/{kind}/{key}/restore brings it back."
            if deleted
            else "Check the key: slugs are lower-case with hyphens; point details are CODE/source."
        ),
    )


def _invalid(request: WriteRequest, issues: list[SeedIssue]) -> ApiProblem:
    problems = [
        FieldProblem(location=_location(request, issue), message=issue.problem) for issue in issues
    ]
    return invalid_request(
        f"The change to {request.kind}/{request.key} breaks {len(problems)} dataset rule(s).",
        problems,
        hint="The same rules as the seed files apply: fix the fields listed in `errors`.",
    )


def _location(request: WriteRequest, issue: SeedIssue) -> str:
    """`body.<field>` for a problem in the record written, else where in the dataset."""
    own = issue.record.endswith(f"({request.key})") or issue.record.endswith(f"={request.key}")
    field = issue.field if issue.field != "-" else ""
    if own:
        return "body" + (f".{field}" if field else "")
    return f"dataset.{issue.file}.{issue.record}" + (f".{field}" if field else "")
