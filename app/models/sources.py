"""Sources of facts and the errata found in them."""

import enum
from datetime import date

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Cited, ReviewStatus, str_enum


class SourceKind(enum.StrEnum):
    ARTICLE = "article"
    STANDARD = "standard"
    EDITORIAL = "editorial"
    BOOK = "book"
    WEBSITE = "website"
    DATASET = "dataset"
    REVIEW = "review"
    """A systematic review of clinical studies."""
    GOVERNMENT = "government"
    """Public material of a government health service."""


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[SourceKind] = mapped_column(str_enum(SourceKind, "source_kind"))
    title: Mapped[str] = mapped_column(String(300))
    author: Mapped[str | None] = mapped_column(String(200))
    publisher: Mapped[str | None] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[str | None] = mapped_column(String(40))
    experts: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence: Mapped[str] = mapped_column(Text)
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    review_status: Mapped[ReviewStatus] = mapped_column(
        str_enum(ReviewStatus, "review_status"), default=ReviewStatus.UNREVIEWED
    )
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_on: Mapped[date | None]


class Erratum(Cited, Base):
    """Something a source got wrong; ``source_id`` is the source in error."""

    __tablename__ = "errata"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    subject: Mapped[str] = mapped_column(String(100))
    related: Mapped[list[str]] = mapped_column(JSON, default=list)
    field: Mapped[str] = mapped_column(String(100))
    source_said: Mapped[str] = mapped_column(Text)
    correction: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    evidence_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT")
    )
