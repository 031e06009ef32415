"""General tips that accompany a source's advice."""

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Cited


class Tip(Cited, Base):
    __tablename__ = "tips"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    editorial_note: Mapped[str | None] = mapped_column(Text)
