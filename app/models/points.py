"""Acupoints, their names, locations and how to press them."""

import enum

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Cited, str_enum


class PointKind(enum.StrEnum):
    STANDARD = "standard"
    EXTRA = "extra"


class Laterality(enum.StrEnum):
    BILATERAL = "bilateral"
    MIDLINE = "midline"
    SINGLE_SIDE = "single_side"
    SEVERAL_SITES = "several_sites"


class NameKind(enum.StrEnum):
    PINYIN = "pinyin"
    PINYIN_TONELESS = "pinyin_toneless"
    HANZI = "hanzi"
    HANZI_TRADITIONAL = "hanzi_traditional"
    ENGLISH = "english"
    ALIAS = "alias"
    CODE_ALIAS = "code_alias"
    HANZI_VARIANT = "hanzi_variant"
    READING = "reading"
    """A Japanese or Korean reading (the language tag says which)."""


class Category(enum.StrEnum):
    """The special-point categories of the classical texts."""

    JING_WELL = "jing-well"
    YING_SPRING = "ying-spring"
    SHU_STREAM = "shu-stream"
    JING_RIVER = "jing-river"
    HE_SEA = "he-sea"
    YUAN_SOURCE = "yuan-source"
    LUO_CONNECTING = "luo-connecting"
    XI_CLEFT = "xi-cleft"
    BACK_SHU = "back-shu"
    FRONT_MU = "front-mu"
    LOWER_HE_SEA = "lower-he-sea"
    EIGHT_INFLUENTIAL = "eight-influential"
    EIGHT_CONFLUENT = "eight-confluent"
    FOUR_COMMAND = "four-command"


class LocationKind(enum.StrEnum):
    LAY = "lay"
    ANATOMICAL = "anatomical"


class SideUse(enum.StrEnum):
    EACH_SIDE = "each_side"
    ALTERNATE_SIDES = "alternate_sides"
    BOTH_SIDES_TOGETHER = "both_sides_together"
    NOT_STATED = "not_stated"


class BodyView(enum.StrEnum):
    """The views of the body figure (each its own SVG)."""

    FRONT = "front"
    BACK = "back"
    SIDE = "side"


class FigureSide(enum.StrEnum):
    """The person's own side."""

    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"


class Point(Cited, Base):
    __tablename__ = "points"
    __table_args__ = (
        CheckConstraint("number > 0", name="number_positive"),
        CheckConstraint(
            "(kind = 'standard' AND meridian_id IS NOT NULL AND extra_group IS NULL)"
            " OR (kind = 'extra' AND meridian_id IS NULL AND extra_group IS NOT NULL)",
            name="kind_matches_meridian",
        ),
        UniqueConstraint("meridian_id", "number"),
        UniqueConstraint("extra_group", "number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    kind: Mapped[PointKind] = mapped_column(str_enum(PointKind, "point_kind"))
    meridian_id: Mapped[int | None] = mapped_column(
        ForeignKey("meridians.id", ondelete="RESTRICT"), index=True
    )
    extra_group: Mapped[str | None] = mapped_column(String(8))
    number: Mapped[int]
    laterality: Mapped[Laterality] = mapped_column(str_enum(Laterality, "laterality"))
    note: Mapped[str | None] = mapped_column(Text)


class PointName(Cited, Base):
    __tablename__ = "point_names"
    __table_args__ = (UniqueConstraint("point_id", "kind", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id", ondelete="CASCADE"), index=True)
    kind: Mapped[NameKind] = mapped_column(str_enum(NameKind, "name_kind"))
    value: Mapped[str] = mapped_column(String(200), index=True)
    language: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


class PointLocation(Cited, Base):
    """Where a source puts a point: one row per site (several for multi-site extra points)."""

    __tablename__ = "point_locations"
    __table_args__ = (
        UniqueConstraint("point_id", "kind", "source_id", "site"),
        CheckConstraint("site > 0", name="site_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LocationKind] = mapped_column(str_enum(LocationKind, "location_kind"))
    site: Mapped[int] = mapped_column(default=1, server_default="1")
    text: Mapped[str] = mapped_column(Text)
    standard_uses: Mapped[bool] = mapped_column(default=False, server_default=false())
    """True for the site the WHO standard gives, where sources place the point differently."""
    note: Mapped[str | None] = mapped_column(Text)


class Technique(Cited, Base):
    """How a source says to press a point; a field the source leaves out stays NULL."""

    __tablename__ = "techniques"
    __table_args__ = (
        UniqueConstraint("point_id", "source_id"),
        CheckConstraint(
            "duration_min_seconds IS NULL OR duration_max_seconds IS NULL"
            " OR duration_min_seconds <= duration_max_seconds",
            name="duration_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id", ondelete="CASCADE"), index=True)
    instructions: Mapped[str] = mapped_column(Text)
    applied_with: Mapped[str | None] = mapped_column(String(100))
    motion: Mapped[str | None] = mapped_column(String(100))
    pressure: Mapped[str | None] = mapped_column(String(100))
    posture: Mapped[str | None] = mapped_column(String(200))
    duration_min_seconds: Mapped[int | None]
    duration_max_seconds: Mapped[int | None]
    duration_text: Mapped[str | None] = mapped_column(String(100))
    sides: Mapped[SideUse] = mapped_column(str_enum(SideUse, "side_use"))


point_regions = Table(
    "point_regions",
    Base.metadata,
    Column("point_id", ForeignKey("points.id", ondelete="CASCADE"), primary_key=True),
    Column("region_id", ForeignKey("regions.id", ondelete="CASCADE"), primary_key=True),
    Column("source_id", ForeignKey("sources.id", ondelete="RESTRICT"), nullable=False, index=True),
    Column("confirmed_by_id", ForeignKey("sources.id", ondelete="RESTRICT"), nullable=True),
    Column("note", Text, nullable=True),
)
"""A point lies in a region, as ``source_id`` places it; ``confirmed_by_id`` agrees."""


class PointCategory(Cited, Base):
    """A special-point category (five-shu, back-shu, ...), only ever with a cited source."""

    __tablename__ = "point_categories"
    __table_args__ = (UniqueConstraint("point_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id", ondelete="CASCADE"), index=True)
    category: Mapped[Category] = mapped_column(str_enum(Category, "point_category"), index=True)
    detail: Mapped[str | None] = mapped_column(String(100))
    """The phase of a transporting point, the organ of a shu or mu point, and the like."""
    confirmed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="RESTRICT")
    )
    note: Mapped[str | None] = mapped_column(Text)


class PointFigureSite(Cited, Base):
    """Where the body figure shows one site of a point: an approximate display position.

    ``x`` and ``y`` are fractions of the view's width and height from the top-left of its
    viewBox. ``source_id`` names who placed it; ``based_on_id`` the location it follows.
    """

    __tablename__ = "point_figure_sites"
    __table_args__ = (
        UniqueConstraint("point_id", "view", "site", "side"),
        CheckConstraint("site > 0", name="site_positive"),
        CheckConstraint("x >= 0 AND x <= 1", name="x_fraction"),
        CheckConstraint("y >= 0 AND y <= 1", name="y_fraction"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id", ondelete="CASCADE"), index=True)
    view: Mapped[BodyView] = mapped_column(str_enum(BodyView, "body_view"))
    site: Mapped[int]
    side: Mapped[FigureSide] = mapped_column(str_enum(FigureSide, "figure_side"))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    based_on_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="RESTRICT"))
    note: Mapped[str | None] = mapped_column(Text)
