"""The one read of the database behind a snapshot: every table, whole, in key order.

The builders never touch a session: they get these rows, so they are pure functions that
a test can feed with rows of its own.
"""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.conditions import Condition, ConditionSynonym, PointCondition
from app.models.contraindications import Contraindication, contraindication_regions
from app.models.dataset import DatasetVersion
from app.models.meridians import Meridian
from app.models.points import (
    Point,
    PointCategory,
    PointLocation,
    PointName,
    Technique,
    point_regions,
)
from app.models.regions import Region
from app.models.routines import Routine, RoutineStep
from app.models.sources import Erratum, Source
from app.models.tips import Tip

RowT = TypeVar("RowT")


class DatasetNotLoaded(Exception):
    """The database has no dataset version yet: run the seed."""


class _PointRow(Protocol):
    id: int
    point_id: int


PointRowT = TypeVar("PointRowT", bound=_PointRow)


@dataclass(frozen=True, slots=True)
class Rows:
    """Every row a snapshot is built from; lists in primary-key order."""

    version: DatasetVersion
    sources: list[Source]
    meridians: list[Meridian]
    points: list[Point]
    names: list[PointName]
    locations: list[PointLocation]
    techniques: list[Technique]
    categories: list[PointCategory]
    point_regions: list[tuple[int, int]]
    """(point id, region id) pairs."""
    regions: list[Region]
    conditions: list[Condition]
    synonyms: list[ConditionSynonym]
    claims: list[PointCondition]
    contraindications: list[Contraindication]
    contraindication_regions: list[tuple[int, int]]
    """(contraindication id, region id) pairs."""
    routines: list[Routine]
    routine_steps: list[RoutineStep]
    tips: list[Tip]
    errata: list[Erratum]


def latest_version(session: Session) -> DatasetVersion | None:
    return session.execute(
        select(DatasetVersion).order_by(DatasetVersion.id.desc()).limit(1)
    ).scalar_one_or_none()


def read_rows(session: Session) -> Rows:
    version = latest_version(session)
    if version is None:
        raise DatasetNotLoaded("no dataset has been loaded; run `python -m app seed`")

    def rows(model: type[RowT]) -> list[RowT]:
        ordered = select(model).order_by(*sa_inspect(model, raiseerr=True).primary_key)
        return list(session.execute(ordered).scalars())

    def pairs(table_rows: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        return sorted((int(a), int(b)) for a, b in table_rows)

    return Rows(
        version=version,
        sources=rows(Source),
        meridians=rows(Meridian),
        points=rows(Point),
        names=rows(PointName),
        locations=rows(PointLocation),
        techniques=rows(Technique),
        categories=rows(PointCategory),
        point_regions=pairs(session.execute(select(point_regions)).tuples().all()),
        regions=rows(Region),
        conditions=rows(Condition),
        synonyms=rows(ConditionSynonym),
        claims=rows(PointCondition),
        contraindications=rows(Contraindication),
        contraindication_regions=pairs(
            session.execute(select(contraindication_regions)).tuples().all()
        ),
        routines=rows(Routine),
        routine_steps=rows(RoutineStep),
        tips=rows(Tip),
        errata=rows(Erratum),
    )


def by_point(items: Sequence[PointRowT]) -> dict[int, list[PointRowT]]:
    """Rows of one kind grouped by their point, each group in primary-key order."""
    grouped: dict[int, list[PointRowT]] = defaultdict(list)
    for item in sorted(items, key=lambda item: item.id):
        grouped[item.point_id].append(item)
    return grouped
