"""Condition views: symptom → ranked points, with techniques, cautions and routines."""

from collections import defaultdict
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.readmodel.context import code_order, narrowed
from app.readmodel.contraindications import ContraindicationsView
from app.readmodel.points import PointsView
from app.readmodel.routines import RoutinesView
from app.readmodel.rows import Rows
from app.readmodel.sources import SourcesView
from app.schemas.conditions import ConditionDetail, ConditionPoint, ConditionSort, ConditionSummary
from app.schemas.sources import review_of
from app.text.names import NameIndex
from app.text.symptoms import SymptomMatcher


@dataclass(frozen=True, slots=True)
class ConditionsView:
    by_sort: dict[ConditionSort, list[ConditionSummary]]
    names: dict[str, str]
    """Slug → name."""
    bodies: dict[str, CachedBody]
    index: NameIndex
    """Slugs, names and synonyms, exactly."""
    matcher: SymptomMatcher
    """Free text → conditions."""


def _points_for(points: PointsView) -> dict[str, list[ConditionPoint]]:
    """Condition slug → its points, ranked."""
    found: dict[str, list[ConditionPoint]] = defaultdict(list)
    for code, detail in points.details.items():
        for claim in detail.conditions:
            found[claim.slug].append(
                ConditionPoint(
                    point=points.summaries[code],
                    claim=claim.claim,
                    relevance=claim.relevance,
                    relevance_source=claim.relevance_source,
                    evidence=claim.evidence,
                    evidence_source=claim.evidence_source,
                    certainty=claim.certainty,
                    source=claim.source,
                    techniques=detail.techniques,
                    cautions=detail.cautions,
                )
            )
    for ranked in found.values():
        ranked.sort(key=lambda p: (p.relevance, code_order(p.point.code), p.source))
    return found


def _sorted(summaries: list[ConditionSummary]) -> dict[ConditionSort, list[ConditionSummary]]:
    by_name = sorted(summaries, key=lambda c: (c.name.casefold(), c.slug))
    return {
        ConditionSort.NAME: by_name,
        ConditionSort.NAME_DESC: by_name[::-1],
        ConditionSort.POINT_COUNT: sorted(by_name, key=lambda c: c.point_count),
        ConditionSort.POINT_COUNT_DESC: sorted(by_name, key=lambda c: -c.point_count),
    }


def build_conditions(
    rows: Rows,
    points: PointsView,
    routines: RoutinesView,
    cautions: ContraindicationsView,
    sources: SourcesView,
) -> ConditionsView:
    synonyms_of: dict[int, list[str]] = defaultdict(list)
    for synonym in rows.synonyms:
        synonyms_of[synonym.condition_id].append(synonym.value)
    points_of = _points_for(points)
    details: list[ConditionDetail] = []
    for condition in rows.conditions:
        ranked = points_of.get(condition.slug, [])
        own_cautions = cautions.union(p.cautions for p in ranked)
        own_routines = routines.by_condition.get(condition.slug, [])
        source = sources.slugs[condition.source_id]
        cited = {source, *(c.source for c in own_cautions)}
        cited |= {slug for p in ranked for slug in p.cited()}
        cited |= {c.advice_source for c in own_cautions}
        cited |= {t.source for p in ranked for t in p.techniques}
        cited |= {r.source for r in own_routines}
        details.append(
            ConditionDetail(
                slug=condition.slug,
                name=condition.name,
                description=condition.description,
                synonyms=synonyms_of[condition.id],
                point_count=len({p.point.code for p in ranked}),
                points=ranked,
                routines=own_routines,
                cautions=own_cautions,
                source=source,
                review=review_of(condition),
                notice=rows.version.medical_notice,
                sources=sources.of(cited),
            )
        )
    summaries = [narrowed(ConditionSummary, d) for d in details]
    phrases = {d.slug: [d.name, d.slug.replace("-", " "), *d.synonyms] for d in details}
    return ConditionsView(
        by_sort=_sorted(summaries),
        names={d.slug: d.name for d in details},
        bodies={d.slug: CachedBody.of(d) for d in details},
        index=NameIndex(
            {d.slug: [d.name, *d.synonyms] for d in details},
            {d.slug: f"{d.name} ({d.slug})" for d in details},
        ),
        matcher=SymptomMatcher(phrases),
    )
