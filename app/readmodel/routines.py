"""Routine views: steps in order, the time each takes, and the routine's totals."""

from collections import defaultdict
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.models.conditions import Condition
from app.models.points import Laterality, SideUse
from app.models.routines import Routine, RoutineStep
from app.readmodel.context import narrowed
from app.readmodel.contraindications import ContraindicationsView
from app.readmodel.points import PointsView
from app.readmodel.rows import Rows
from app.readmodel.sources import SourcesView
from app.schemas.points import TechniqueOut
from app.schemas.routines import ConditionRef, RoutineDetail, RoutineStepOut, RoutineSummary
from app.schemas.sources import review_of
from app.text.names import NameIndex

# Pressing each side in turn spends the per-application time once per side.
_PER_SIDE = frozenset({SideUse.EACH_SIDE, SideUse.ALTERNATE_SIDES})


@dataclass(frozen=True, slots=True)
class RoutinesView:
    summaries: list[RoutineSummary]
    by_condition: dict[str, list[RoutineSummary]]
    bodies: dict[str, CachedBody]
    index: NameIndex


def applications(sides: SideUse, laterality: Laterality) -> int:
    return 2 if sides in _PER_SIDE and laterality is Laterality.BILATERAL else 1


def _times(seconds: int | None, count: int) -> int | None:
    return None if seconds is None else seconds * count


@dataclass(frozen=True, slots=True)
class _Inputs:
    """What a routine's steps refer to: points, techniques, cautions, sources."""

    points: PointsView
    cautions: ContraindicationsView
    sources: SourcesView
    notice: str


def _step(ins: _Inputs, step: RoutineStep, technique: TechniqueOut | None) -> RoutineStepOut:
    code = ins.points.codes[step.point_id]
    sides = technique.sides if technique else SideUse.NOT_STATED
    count = applications(sides, ins.points.details[code].laterality)
    low = technique.duration_min_seconds if technique else None
    high = technique.duration_max_seconds if technique else None
    return RoutineStepOut(
        position=step.position,
        point=ins.points.summaries[code],
        technique=technique,
        duration_min_seconds=low,
        duration_max_seconds=high,
        duration_text=technique.duration_text if technique else None,
        sides=sides,
        applications=count,
        total_min_seconds=_times(low, count),
        total_max_seconds=_times(high, count),
        note=step.note,
        source=ins.sources.slugs[step.source_id],
    )


def _routine(
    ins: _Inputs, routine: Routine, steps: list[RoutineStepOut], condition: Condition | None
) -> RoutineDetail:
    # A step counts towards the totals only when its source gives both ends of the range.
    timed = [
        s for s in steps if s.total_min_seconds is not None and s.total_max_seconds is not None
    ]
    untimed = [s.point.code for s in steps if s not in timed]
    source = ins.sources.slugs[routine.source_id]
    cautions = ins.cautions.union(ins.points.details[s.point.code].cautions for s in steps)
    cited = {source, *(s.source for s in steps), *(c.source for c in cautions)}
    cited |= {c.advice_source for c in cautions}
    cited |= {s.technique.source for s in steps if s.technique}
    return RoutineDetail(
        slug=routine.slug,
        title=routine.title,
        description=routine.description,
        condition=ConditionRef(slug=condition.slug, name=condition.name) if condition else None,
        step_count=len(steps),
        total_min_seconds=sum(s.total_min_seconds or 0 for s in timed) if timed else None,
        total_max_seconds=sum(s.total_max_seconds or 0 for s in timed) if timed else None,
        source=source,
        steps=steps,
        steps_without_duration=untimed,
        cautions=cautions,
        review=review_of(routine),
        notice=ins.notice,
        sources=ins.sources.of(cited),
    )


def build_routines(
    rows: Rows, points: PointsView, cautions: ContraindicationsView, sources: SourcesView
) -> RoutinesView:
    ins = _Inputs(points, cautions, sources, rows.version.medical_notice)
    conditions = {c.id: c for c in rows.conditions}
    steps_of: dict[int, list[RoutineStep]] = defaultdict(list)
    for step in sorted(rows.routine_steps, key=lambda s: (s.routine_id, s.position)):
        steps_of[step.routine_id].append(step)
    details: list[RoutineDetail] = []
    for routine in rows.routines:
        outs = [
            _step(ins, s, points.techniques.get(s.technique_id) if s.technique_id else None)
            for s in steps_of[routine.id]
        ]
        condition = conditions.get(routine.condition_id) if routine.condition_id else None
        details.append(_routine(ins, routine, outs, condition))
    summaries = [narrowed(RoutineSummary, d) for d in details]
    by_condition: dict[str, list[RoutineSummary]] = defaultdict(list)
    for summary in summaries:
        if summary.condition:
            by_condition[summary.condition.slug].append(summary)
    return RoutinesView(
        summaries=summaries,
        by_condition=dict(by_condition),
        bodies={d.slug: CachedBody.of(d) for d in details},
        index=NameIndex(
            {d.slug: [d.title] for d in details}, {d.slug: f"{d.title} ({d.slug})" for d in details}
        ),
    )
