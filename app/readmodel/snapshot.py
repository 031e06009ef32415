"""The read model: every resource, built once per dataset version from one read of the rows."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.core.figures import figures
from app.core.http_cache import CachedBody
from app.readmodel.body_map import build_body_map
from app.readmodel.categories import build_categories
from app.readmodel.conditions import ConditionsView, build_conditions
from app.readmodel.contraindications import ContraindicationsView, build_contraindications
from app.readmodel.meridians import MeridiansView, build_meridians
from app.readmodel.points import PointsView, build_points
from app.readmodel.regions import RegionsView, build_region_map, build_regions
from app.readmodel.routines import RoutinesView, build_routines
from app.readmodel.rows import Rows, read_rows
from app.readmodel.sources import SourcesView, build_errata, build_sources
from app.readmodel.tips import build_tips
from app.schemas.categories import CategoryOut
from app.schemas.sources import ErratumOut
from app.schemas.tips import TipOut


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One field per resource, each with its indexes and pre-serialised bodies."""

    version: str
    checksum: str
    notice: str
    sources: SourcesView
    errata: list[ErratumOut]
    contraindications: ContraindicationsView
    regions: RegionsView
    points: PointsView
    meridians: MeridiansView
    routines: RoutinesView
    conditions: ConditionsView
    tips: list[TipOut]
    categories: list[CategoryOut]
    body_map: CachedBody
    """The whole body map, serialised."""


def build_snapshot(rows: Rows) -> Snapshot:
    """Pure: the same rows give the same snapshot."""
    sources = build_sources(rows)
    errata = build_errata(rows, sources)
    cautions = build_contraindications(rows, sources)
    region_map = build_region_map(rows)
    points = build_points(rows, sources, region_map, cautions, errata)
    routines = build_routines(rows, points, cautions, sources)
    return Snapshot(
        version=rows.version.version,
        checksum=rows.version.checksum,
        notice=rows.version.medical_notice,
        sources=sources,
        errata=errata,
        contraindications=cautions,
        regions=build_regions(rows, region_map, points.summaries, sources),
        points=points,
        meridians=build_meridians(rows, sources, points.details, points.summaries),
        routines=routines,
        conditions=build_conditions(rows, points, routines, cautions, sources),
        tips=build_tips(rows, sources),
        categories=build_categories(points.details.values()),
        body_map=build_body_map(points.details, sources, figures(), rows.version.version),
    )


def load_snapshot(session: Session) -> Snapshot:
    return build_snapshot(read_rows(session))
