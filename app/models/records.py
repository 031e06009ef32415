"""The dataset's records as the seed files and the curators write them.

The tables of the other models are their relational projection, rewritten in the same
transaction. Keeping the records whole lets an export, a sync feed and a curator's edit
speak of the same units the seed files hold.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class DatasetRecord(Base):
    __tablename__ = "dataset_records"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    """Order within its kind, as in the seed files (parents before children, say)."""
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    curated_by: Mapped[str | None] = mapped_column(String(100))
    """The key name of the curator who last wrote it; null when it comes from the seed."""
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class TrashedRecord(Base):
    """A deleted record, kept so that it can be restored."""

    __tablename__ = "trashed_records"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    deleted_by: Mapped[str] = mapped_column(String(100))
    deleted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Change(Base):
    """One record created, updated or deleted, in the order the changes were made."""

    __tablename__ = "changes"

    seq: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    operation: Mapped[str] = mapped_column(String(10))
    """`upsert` or `delete`."""
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    position: Mapped[int | None] = mapped_column(Integer)
    dataset_version: Mapped[str] = mapped_column(String(40))
    changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WriteLock(Base):
    """One row per lock; a writer updates its row first, so writers take turns.

    Even an UPDATE that changes nothing holds a row lock on PostgreSQL and the write lock
    on SQLite until the transaction ends, on every worker and replica alike.
    """

    __tablename__ = "write_locks"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
