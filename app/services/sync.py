"""The change feed partners sync from, and the audit curators read."""

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.core.database import utc
from app.models.audit import AuditEntry
from app.models.records import Change
from app.schemas.sync import AuditFilter, AuditItem, ChangeItem, ChangePage


def changes_since(sessions: sessionmaker[Session], since: int, limit: int) -> ChangePage:
    """The changes after the cursor, oldest first; ``next_cursor`` continues from there."""
    with sessions() as session:
        rows = list(
            session.execute(
                select(Change).where(Change.seq > since).order_by(Change.seq).limit(limit + 1)
            ).scalars()
        )
    shown = rows[:limit]
    return ChangePage(
        items=[
            ChangeItem(
                cursor=str(row.seq),
                kind=row.kind,
                key=row.key,
                operation=row.operation,
                position=row.position,
                content=row.content,
                dataset_version=row.dataset_version,
                changed_at=utc(row.changed_at),
            )
            for row in shown
        ],
        next_cursor=str(shown[-1].seq) if shown else str(since),
        has_more=len(rows) > limit,
    )


def audit_entries(sessions: sessionmaker[Session], where: AuditFilter) -> list[AuditItem]:
    query = select(AuditEntry).order_by(AuditEntry.id.desc())
    if where.actor:
        query = query.where(AuditEntry.actor == where.actor)
    if where.kind:
        query = query.where(AuditEntry.kind == where.kind)
    if where.key:
        query = query.where(AuditEntry.key == where.key)
    if where.outcome:
        query = query.where(AuditEntry.outcome == where.outcome)
    if where.since:
        query = query.where(AuditEntry.at >= where.since)
    with sessions() as session:
        rows = session.execute(query.offset(where.offset).limit(where.limit)).scalars()
        return [
            AuditItem(
                id=row.id,
                at=utc(row.at),
                actor=row.actor,
                action=row.action,
                kind=row.kind,
                key=row.key,
                outcome=row.outcome,
                status=row.status,
                reason=row.reason,
                before=row.before,
                after=row.after,
                dataset_version=row.dataset_version,
                correction=row.correction,
            )
            for row in rows
        ]
