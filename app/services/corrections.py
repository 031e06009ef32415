"""Corrections from anyone: a moderation queue that curators accept or reject.

Accepting applies the fix through the curators' write path, so it is validated, audited
and versioned like any other write.
"""

import secrets
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.core.database import transaction, utc
from app.core.errors import ApiProblem, FieldProblem, invalid_request
from app.models.corrections import Correction, CorrectionStatus
from app.schemas.corrections import (
    AcceptCorrection,
    CorrectionOut,
    CorrectionReport,
    CorrectionStatusOut,
    RejectCorrection,
)
from app.seeding.store import stored_records, take_write_lock
from app.services.curation import Action, WriteRequest, write
from app.services.keys import Principal


def report(sessions: sessionmaker[Session], body: CorrectionReport) -> CorrectionStatusOut:
    with transaction(sessions) as session:
        if (body.kind, body.key) not in stored_records(session):
            raise invalid_request(
                f"No {body.kind} record {body.key!r}.",
                [FieldProblem(location="body.key", message="no such record")],
                hint="Take kind and key from the record's page (point details: CODE/source).",
            )
        row = Correction(
            public_id=secrets.token_urlsafe(12),
            kind=body.kind,
            key=body.key,
            problem=body.problem,
            suggested_fix=body.suggested_fix,
            suggested_patch=body.patch,
            contact=body.contact,
            status=CorrectionStatus.PENDING,
            reported_at=datetime.now(UTC),
        )
        session.add(row)
        session.flush()
        return _status(row)


def status_of(sessions: sessionmaker[Session], public_id: str) -> CorrectionStatusOut:
    with sessions() as session:
        return _status(_find(session, public_id))


def queue(
    sessions: sessionmaker[Session], status: CorrectionStatus | None, limit: int, offset: int
) -> list[CorrectionOut]:
    query = select(Correction).order_by(Correction.id)
    if status is not None:
        query = query.where(Correction.status == status)
    with sessions() as session:
        return [_full(row) for row in session.execute(query.offset(offset).limit(limit)).scalars()]


def accept(
    sessions: sessionmaker[Session],
    curator: Principal,
    public_id: str,
    decision: AcceptCorrection,
    if_match: str | None,
) -> CorrectionOut:
    with sessions() as session:
        row = _pending(session, public_id)
        patch = decision.patch if decision.patch is not None else row.suggested_patch
        kind, key = row.kind, row.key
    if patch is None:
        raise invalid_request(
            "The correction has no merge patch to apply.",
            [FieldProblem(location="body.patch", message="required for this correction")],
            hint="Write the fix as a JSON Merge Patch of the record in `patch`.",
        )
    decided: list[CorrectionOut] = []

    def decide(session: Session) -> None:
        # In the write's transaction, under its lock: decided and applied together, and a
        # reject waits for the lock, so it cannot come between the write and the decision.
        decided.append(
            _decide(session, curator, public_id, CorrectionStatus.ACCEPTED, decision.note)
        )

    change = WriteRequest(Action.UPDATE, kind, key, patch, if_match, public_id, decide)
    write(sessions, curator, change)
    return decided[0]


def reject(
    sessions: sessionmaker[Session], curator: Principal, public_id: str, decision: RejectCorrection
) -> CorrectionOut:
    with transaction(sessions) as session:
        take_write_lock(session)  # after an accept under way, which decides as it writes
        return _decide(session, curator, public_id, CorrectionStatus.REJECTED, decision.reason)


def _decide(
    session: Session,
    curator: Principal,
    public_id: str,
    status: CorrectionStatus,
    reason: str | None,
) -> CorrectionOut:
    row = _pending(session, public_id)
    row.status = status
    row.decided_at = datetime.now(UTC)
    row.decided_by = curator.name
    row.decision_reason = reason
    session.flush()
    return _full(row)


def _find(session: Session, public_id: str) -> Correction:
    row = session.execute(
        select(Correction).where(Correction.public_id == public_id)
    ).scalar_one_or_none()
    if row is None:
        raise ApiProblem(
            404,
            "correction-not-found",
            "Correction not found",
            f"No correction has the id {public_id!r}.",
            hint="Use the id the report answered with.",
        )
    return row


def _pending(session: Session, public_id: str) -> Correction:
    row = _find(session, public_id)
    if row.status is not CorrectionStatus.PENDING:
        raise ApiProblem(
            409,
            "correction-decided",
            "Correction already decided",
            f"The correction {public_id!r} is {row.status.value} already.",
            hint="Only pending corrections can be accepted or rejected.",
        )
    return row


def _status(row: Correction) -> CorrectionStatusOut:
    return CorrectionStatusOut(
        id=row.public_id,
        kind=row.kind,
        key=row.key,
        status=row.status,
        reported_at=utc(row.reported_at),
        decided_at=utc(row.decided_at) if row.decided_at else None,
        decision_reason=row.decision_reason,
    )


def _full(row: Correction) -> CorrectionOut:
    return CorrectionOut(
        **_status(row).model_dump(),
        problem=row.problem,
        suggested_fix=row.suggested_fix,
        patch=row.suggested_patch,
        contact=row.contact,
        decided_by=row.decided_by,
    )
