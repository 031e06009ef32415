"""Condition views: symptom → ranked points, with techniques, cautions and routines."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.conditions.models import Condition, ConditionSynonym
from app.conditions.schemas import ConditionDetail, ConditionPoint, ConditionSort, ConditionSummary
from app.core.http_cache import CachedBody
from app.routines.schemas import RoutineSummary
from app.snapshot.views import NameIndex, ViewContext, code_order, narrowed


@dataclass(frozen=True, slots=True)
class ConditionViews:
    by_sort: dict[ConditionSort, list[ConditionSummary]]
    bodies: dict[str, CachedBody]
    index: NameIndex


def _points_for(ctx: ViewContext) -> dict[str, list[ConditionPoint]]:
    """Condition slug → its points, ranked."""
    found: dict[str, list[ConditionPoint]] = defaultdict(list)
    for code, detail in ctx.points.items():
        for claim in detail.conditions:
            found[claim.slug].append(
                ConditionPoint(
                    point=ctx.summaries[code],
                    claim=claim.claim,
                    relevance=claim.relevance,
                    source=claim.source,
                    techniques=detail.techniques,
                    cautions=detail.cautions,
                )
            )
    for points in found.values():
        points.sort(key=lambda p: (p.relevance, code_order(p.point.code), p.source))
    return found


def _sorted(summaries: list[ConditionSummary]) -> dict[ConditionSort, list[ConditionSummary]]:
    by_name = sorted(summaries, key=lambda c: (c.name.casefold(), c.slug))
    return {
        ConditionSort.NAME: by_name,
        ConditionSort.NAME_DESC: by_name[::-1],
        ConditionSort.POINT_COUNT: sorted(by_name, key=lambda c: c.point_count),
        ConditionSort.POINT_COUNT_DESC: sorted(by_name, key=lambda c: -c.point_count),
    }


def build_condition_views(
    ctx: ViewContext,
    conditions: Sequence[Condition],
    synonyms: Sequence[ConditionSynonym],
    routines: Mapping[str, list[RoutineSummary]],
) -> ConditionViews:
    synonyms_of: dict[int, list[str]] = defaultdict(list)
    for synonym in sorted(synonyms, key=lambda s: s.id):
        synonyms_of[synonym.condition_id].append(synonym.value)
    points_of = _points_for(ctx)
    details: list[ConditionDetail] = []
    for condition in sorted(conditions, key=lambda c: c.id):
        points = points_of.get(condition.slug, [])
        cautions = ctx.union_cautions(p.cautions for p in points)
        own_routines = routines.get(condition.slug, [])
        source = ctx.source_slugs[condition.source_id]
        cited = {source, *(p.source for p in points), *(c.source for c in cautions)}
        cited |= {t.source for p in points for t in p.techniques}
        cited |= {r.source for r in own_routines}
        details.append(
            ConditionDetail(
                slug=condition.slug,
                name=condition.name,
                description=condition.description,
                synonyms=synonyms_of[condition.id],
                point_count=len({p.point.code for p in points}),
                points=points,
                routines=own_routines,
                cautions=cautions,
                source=source,
                review=ctx.review(condition),
                notice=ctx.notice,
                sources=ctx.citations.of(cited),
            )
        )
    summaries = [narrowed(ConditionSummary, d) for d in details]
    return ConditionViews(
        by_sort=_sorted(summaries),
        bodies={d.slug: CachedBody.of(d) for d in details},
        index=NameIndex(
            {d.slug: [d.name, *d.synonyms] for d in details},
            {d.slug: f"{d.name} ({d.slug})" for d in details},
        ),
    )
