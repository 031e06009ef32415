"""Contraindications and cautions, with the scope they apply to."""

import enum

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Cited, str_enum


class Scope(enum.StrEnum):
    WHOLE_PERSON = "whole_person"
    SKIN_AT_SITE = "skin_at_site"
    BODY_REGION = "body_region"
    POINTS = "points"


class Trigger(enum.StrEnum):
    PREGNANCY = "pregnancy"
    SKIN_PROBLEM = "skin_problem"
    PERSISTENT_OR_WORSENING_PAIN = "persistent_or_worsening_pain"


class Severity(enum.StrEnum):
    CAUTION = "caution"
    AVOID = "avoid"


class Contraindication(Cited, Base):
    __tablename__ = "contraindications"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    trigger: Mapped[Trigger] = mapped_column(str_enum(Trigger, "contraindication_trigger"))
    scope: Mapped[Scope] = mapped_column(str_enum(Scope, "contraindication_scope"))
    severity: Mapped[Severity] = mapped_column(str_enum(Severity, "severity"))
    source_text: Mapped[str] = mapped_column(Text)
    advice: Mapped[str] = mapped_column(Text)
    advice_source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT")
    )
    """Who wrote the advice (the editors, unless the source words it itself)."""
    seek_professional_care: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str | None] = mapped_column(Text)
    """Where other sources say otherwise, and how the verdict was taken."""


contraindication_regions = Table(
    "contraindication_regions",
    Base.metadata,
    Column(
        "contraindication_id",
        ForeignKey("contraindications.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("region_id", ForeignKey("regions.id", ondelete="CASCADE"), primary_key=True),
)


contraindication_points = Table(
    "contraindication_points",
    Base.metadata,
    Column(
        "contraindication_id",
        ForeignKey("contraindications.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("point_id", ForeignKey("points.id", ondelete="CASCADE"), primary_key=True),
)
