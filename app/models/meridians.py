"""The fourteen meridians of the WHO standard."""

from sqlalchemy import JSON, CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Cited


class Meridian(Cited, Base):
    __tablename__ = "meridians"
    __table_args__ = (CheckConstraint("point_count > 0", name="point_count_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    name_pinyin: Mapped[str] = mapped_column(String(100))
    name_hanzi: Mapped[str] = mapped_column(String(40))
    name_hanzi_traditional: Mapped[str] = mapped_column(String(40))
    point_count: Mapped[int]
    position: Mapped[int] = mapped_column(unique=True)
    other_codes: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    """Codes other lists use: ``{"code", "language", "source"}`` (the source's slug)."""
