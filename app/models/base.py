"""Declarative base, the constraint naming convention and the provenance columns."""

import enum
from datetime import date

from sqlalchemy import Enum, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Names match PostgreSQL's own defaults, so migrations and reflected schemas agree.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "%(table_name)s_%(column_0_N_name)s_key",
    "ck": "%(table_name)s_%(constraint_name)s_check",
    "fk": "%(table_name)s_%(column_0_name)s_fkey",
    "pk": "%(table_name)s_pkey",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ReviewStatus(enum.StrEnum):
    UNREVIEWED = "unreviewed"
    CURATED = "curated"
    EXPERT_REVIEWED = "expert_reviewed"


def str_enum(enum_class: type[enum.StrEnum], name: str) -> Enum:
    """A portable enum column: VARCHAR plus a CHECK constraint on both engines."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Cited:
    """Every fact row names its source and carries its review status."""

    @declared_attr
    def source_id(cls) -> Mapped[int]:  # noqa: N805
        return mapped_column(ForeignKey("sources.id", ondelete="RESTRICT"), index=True)

    review_status: Mapped[ReviewStatus] = mapped_column(
        str_enum(ReviewStatus, "review_status"), default=ReviewStatus.UNREVIEWED
    )
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_on: Mapped[date | None]
