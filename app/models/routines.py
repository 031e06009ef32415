"""Routines: ordered points with technique and time per step."""

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Cited


class Routine(Cited, Base):
    __tablename__ = "routines"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    condition_id: Mapped[int | None] = mapped_column(
        ForeignKey("conditions.id", ondelete="RESTRICT"), index=True
    )


class RoutineStep(Cited, Base):
    __tablename__ = "routine_steps"
    __table_args__ = (
        UniqueConstraint("routine_id", "position"),
        CheckConstraint("position > 0", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    routine_id: Mapped[int] = mapped_column(
        ForeignKey("routines.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    point_id: Mapped[int] = mapped_column(ForeignKey("points.id", ondelete="RESTRICT"), index=True)
    technique_id: Mapped[int | None] = mapped_column(
        ForeignKey("techniques.id", ondelete="RESTRICT")
    )
    note: Mapped[str | None] = mapped_column(Text)
