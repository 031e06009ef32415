"""The resource endpoints' part of the read model: conditions, regions, meridians, routines,
contraindications, tips, sources and errata, built once per dataset version."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.conditions.service import ConditionViews, build_condition_views
from app.meridians.schemas import MeridianOut
from app.meridians.service import MeridianViews, build_meridian_views
from app.points.schemas import CautionOut, PointDetail, PointSummary
from app.regions.service import RegionViews, build_region_views
from app.routines.models import Routine, RoutineStep
from app.routines.service import RoutineViews, build_routine_views
from app.snapshot.views import Citations, ViewContext
from app.sources.schemas import ErratumOut, review_of
from app.sources.service import SourceViews, build_source_views
from app.tips.models import Tip
from app.tips.schemas import TipOut

if TYPE_CHECKING:
    from app.snapshot.build import _Builder

RowT = TypeVar("RowT", Routine, RoutineStep, Tip)


@dataclass(frozen=True, slots=True)
class ResourceViews:
    context: ViewContext
    conditions: ConditionViews
    regions: RegionViews
    meridians: MeridianViews
    routines: RoutineViews
    sources: SourceViews
    contraindications: list[CautionOut]
    tips: list[TipOut]
    errata: list[ErratumOut]


def _rows(session: Session, model: type[RowT]) -> list[RowT]:
    return list(session.execute(select(model).order_by(model.id)).scalars())


def build_resources(
    builder: "_Builder",
    details: dict[str, PointDetail],
    summaries: Sequence[PointSummary],
    meridians: Sequence[MeridianOut],
) -> ResourceViews:
    ordered = [p.code for p in builder.points]  # the builder keeps them in conventional order
    summary_of = {s.code: s for s in summaries}
    by_id = sorted(builder.sources.values(), key=lambda s: s.id)
    ctx = ViewContext(
        notice=builder.version.medical_notice,
        points={code: details[code] for code in ordered},
        summaries={code: summary_of[code] for code in ordered},
        point_codes={p.id: p.code for p in builder.points},
        source_slugs={s.id: s.slug for s in by_id},
        citations=Citations({s.slug: builder.source_out[s.id] for s in by_id}),
        cautions=list(builder.caution_out.values()),  # loaded in primary-key order
        review=review_of,
    )
    techniques = {
        row.id: builder.technique(row) for rows in builder.techniques.values() for row in rows
    }
    routines = build_routine_views(
        ctx,
        _rows(builder.session, Routine),
        _rows(builder.session, RoutineStep),
        techniques,
        builder.conditions,
    )
    tips = [
        TipOut(
            slug=tip.slug,
            title=tip.title,
            body=tip.body,
            editorial_note=tip.editorial_note,
            source=ctx.source_slugs[tip.source_id],
            review=review_of(tip),
        )
        for tip in _rows(builder.session, Tip)
    ]
    return ResourceViews(
        context=ctx,
        conditions=build_condition_views(
            ctx, list(builder.conditions.values()), builder.synonyms, routines.by_condition
        ),
        regions=build_region_views(ctx, list(builder.regions.values()), builder.point_regions),
        meridians=build_meridian_views(ctx, meridians),
        routines=routines,
        sources=build_source_views(list(ctx.citations.sources.values())),
        contraindications=list(ctx.cautions),
        tips=tips,
        errata=[builder.erratum(e) for e in sorted(builder.errata, key=lambda e: e.id)],
    )
