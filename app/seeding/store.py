"""The stored records and every change to them: one path for the seed, imports and curators.

``apply_dataset`` takes the whole validated dataset, compares it with the stored records,
writes what differs (records, the change feed, the relational tables) and records a new
dataset version, all in the caller's transaction. Writers take turns through a lock row,
so a read-modify-write of the records never interleaves with another, and the change
feed's sequence numbers follow the order of commits.

**Order.** Each record has a position within its kind, 0 to n-1 after every write: an
export lists each kind in that order. Every record whose content *or position* changes
gets an ``upsert`` in the feed carrying its new position (a delete in the middle of a
kind thus also upserts each later record, one place up). So a partner who keeps each
record's position, applies the feed (upsert: content and position; delete: drop) and
orders each kind by position has exactly the stored order once the feed is read to its
end. Inserting at the position as each change arrives would not: within one write the
feed is in key order, not in an order that makes successive inserts land right.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.core.database import wait_for_dataset_lock
from app.models.records import Change, DatasetRecord, TrashedRecord, WriteLock
from app.seeding.reader import SeedData
from app.seeding.records import KINDS, Content, Records, records_of, validate_records
from app.seeding.writer import SyncReport, write_seed

DATASET_LOCK = "dataset"


@dataclass(frozen=True, slots=True)
class StoredRecord:
    kind: str
    key: str
    position: int
    content: Content
    curated_by: str | None


@dataclass(slots=True)
class Transition:
    """What one write did to the records."""

    upserted: list[tuple[str, str]] = field(default_factory=list)
    deleted: list[tuple[str, str]] = field(default_factory=list)
    dataset_version: str = ""
    sync: SyncReport | None = None

    @property
    def changed(self) -> bool:
        return bool(self.upserted or self.deleted)


def take_write_lock(session: Session) -> None:
    """Wait for this writer's turn; held until the transaction ends."""
    wait_for_dataset_lock(session.connection())
    table = WriteLock.__table__
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(table).values(name=DATASET_LOCK).on_conflict_do_nothing()  # type: ignore[arg-type]
    )
    session.execute(
        update(WriteLock).where(WriteLock.name == DATASET_LOCK).values(name=WriteLock.name)
    )


def stored_records(session: Session) -> dict[tuple[str, str], StoredRecord]:
    rows = session.execute(
        select(DatasetRecord).order_by(DatasetRecord.kind, DatasetRecord.position)
    )
    return {
        (r.kind, r.key): StoredRecord(r.kind, r.key, r.position, r.content, r.curated_by)
        for r in rows.scalars()
    }


def as_records(stored: dict[tuple[str, str], StoredRecord]) -> Records:
    """The stored records by kind, in order."""
    found: Records = {name: [] for name in KINDS}
    for record in sorted(stored.values(), key=lambda r: (r.kind, r.position)):
        found[record.kind].append(record.content)
    return found


def trashed(session: Session, kind: str, key: str) -> TrashedRecord | None:
    return session.execute(
        select(TrashedRecord).where(TrashedRecord.kind == kind, TrashedRecord.key == key)
    ).scalar_one_or_none()


def latest_change(session: Session) -> int:
    """The sequence number of the newest change; 0 before the first."""
    return int(session.execute(select(func.coalesce(func.max(Change.seq), 0))).scalar_one())


def apply_dataset(
    session: Session,
    data: SeedData,
    *,
    written_by: dict[tuple[str, str], str] | None = None,
    version: str | None = None,
) -> Transition:
    """Make the stored dataset equal ``data``; ``written_by`` marks records a curator wrote.

    The caller holds the write lock and the transaction.
    """
    now = datetime.now(UTC)
    written_by = written_by or {}
    current = stored_records(session)
    wanted = {
        (name, KINDS[name].key(content)): (position, content)
        for name, contents in records_of(data).items()
        for position, content in enumerate(contents)
    }
    transition = Transition()
    changes: list[Change] = []
    label = version or data.manifest.version
    for (name, key), (position, content) in wanted.items():
        old = current.get((name, key))
        curated = written_by.get((name, key), old.curated_by if old else None)
        if old is None:
            session.add(
                DatasetRecord(
                    kind=name,
                    key=key,
                    position=position,
                    content=content,
                    curated_by=curated,
                    updated_at=now,
                )
            )
        elif old.content != content or old.position != position or old.curated_by != curated:
            session.execute(
                update(DatasetRecord)
                .where(DatasetRecord.kind == name, DatasetRecord.key == key)
                .values(position=position, content=content, curated_by=curated, updated_at=now)
            )
        else:
            continue
        if old is None or old.content != content or old.position != position:
            transition.upserted.append((name, key))
            changes.append(_change(name, key, "upsert", content, position, label, now))
    for name, key in current.keys() - wanted.keys():
        session.execute(
            delete(DatasetRecord).where(DatasetRecord.kind == name, DatasetRecord.key == key)
        )
        transition.deleted.append((name, key))
        changes.append(_change(name, key, "delete", None, None, label, now))
    session.add_all(changes)
    transition.sync = write_seed(session, data, version=label)
    transition.dataset_version = label
    return transition


def _change(
    kind: str,
    key: str,
    operation: str,
    content: Content | None,
    position: int | None,
    version: str,
    at: datetime,
) -> Change:
    return Change(
        kind=kind,
        key=key,
        operation=operation,
        content=content,
        position=position,
        dataset_version=version,
        changed_at=at,
    )


def current_data(session: Session) -> SeedData:
    """The stored records, validated (they always are: only validated data is stored)."""
    data, issues = validate_records(as_records(stored_records(session)))
    if data is None:
        raise RuntimeError(f"the stored dataset does not validate: {issues[:3]}")
    return data
