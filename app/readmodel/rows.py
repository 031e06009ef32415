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
from app.models.contraindications import (
    Contraindication,
    contraindication_points,
    contraindication_regions,
)
from app.models.dataset import DatasetVersion
from app.models.meridians import Meridian
from app.models.points import (
    Point,
    PointCategory,
    PointFigureSite,
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
class RegionLinkRow:
    """A row of ``point_regions``: a point lies in a region, as a source places it."""

    point_id: int
    region_id: int
    source_id: int
    confirmed_by_id: int | None
    note: str | None


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
    point_regions: list[RegionLinkRow]
    """In (point id, region id) order."""
    regions: list[Region]
    conditions: list[Condition]
    synonyms: list[ConditionSynonym]
    claims: list[PointCondition]
    contraindications: list[Contraindication]
    contraindication_regions: list[tuple[int, int]]
    """(contraindication id, region id) pairs."""
    contraindication_points: list[tuple[int, int]]
    """(contraindication id, point id) pairs."""
    routines: list[Routine]
    routine_steps: list[RoutineStep]
    tips: list[Tip]
    errata: list[Erratum]
    figure_sites: list[PointFigureSite]


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
        point_regions=[
            RegionLinkRow(
                point_id=row.point_id,
                region_id=row.region_id,
                source_id=row.source_id,
                confirmed_by_id=row.confirmed_by_id,
                note=row.note,
            )
            for row in session.execute(
                select(point_regions).order_by(point_regions.c.point_id, point_regions.c.region_id)
            )
        ],
        regions=rows(Region),
        conditions=rows(Condition),
        synonyms=rows(ConditionSynonym),
        claims=rows(PointCondition),
        contraindications=rows(Contraindication),
        contraindication_regions=pairs(
            session.execute(select(contraindication_regions)).tuples().all()
        ),
        contraindication_points=pairs(
            session.execute(select(contraindication_points)).tuples().all()
        ),
        routines=rows(Routine),
        routine_steps=rows(RoutineStep),
        tips=rows(Tip),
        errata=rows(Erratum),
        figure_sites=rows(PointFigureSite),
    )


def by_point(items: Sequence[PointRowT]) -> dict[int, list[PointRowT]]:
    """Rows of one kind grouped by their point, each group in primary-key order."""
    grouped: dict[int, list[PointRowT]] = defaultdict(list)
    for item in sorted(items, key=lambda item: item.id):
        grouped[item.point_id].append(item)
    return grouped
