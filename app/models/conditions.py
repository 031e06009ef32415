"""Conditions and symptoms, their synonyms, and which points a source says help."""

import enum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Cited, str_enum


class Evidence(enum.StrEnum):
    """What a claim rests on."""

    TRADITIONAL = "traditional"
    ANECDOTAL = "anecdotal"
    CLINICAL = "clinical"


class Condition(Cited, Base):
    __tablename__ = "conditions"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)


class ConditionSynonym(Cited, Base):
    __tablename__ = "condition_synonyms"
    __table_args__ = (UniqueConstraint("condition_id", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[int] = mapped_column(
        ForeignKey("conditions.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[str] = mapped_column(String(200))


class PointCondition(Cited, Base):
    """What a source claims a point does for a condition, and what the claim rests on."""

    __tablename__ = "point_conditions"
    __table_args__ = (
        UniqueConstraint("point_id", "condition_id", "source_id"),
        CheckConstraint("relevance BETWEEN 1 AND 3", name="relevance_range"),
        CheckConstraint(
            "(evidence = 'clinical') = (evidence_source_id IS NOT NULL)",
            name="clinical_evidence_cited",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id", ondelete="CASCADE"), index=True)
    condition_id: Mapped[int] = mapped_column(
        ForeignKey("conditions.id", ondelete="CASCADE"), index=True
    )
    claim: Mapped[str] = mapped_column(Text)
    relevance: Mapped[int]
    relevance_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT")
    )
    """Who ranked the claim's relevance (the editors, unless the source ranks its uses)."""
    evidence: Mapped[Evidence] = mapped_column(
        str_enum(Evidence, "evidence"),
        default=Evidence.TRADITIONAL,
        server_default=Evidence.TRADITIONAL.value,
    )
    evidence_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT")
    )
    """For clinical evidence: the review that assessed it."""
    certainty: Mapped[str | None] = mapped_column(String(100))
    """For clinical evidence: the review's certainty (GRADE), in its words."""
