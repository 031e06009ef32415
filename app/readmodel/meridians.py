"""Meridian views: each meridian with its points, looked up by any of its spellings."""

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.meridians.schemas import MeridianDetail, MeridianOut
from app.snapshot.views import NameIndex, ViewContext

_SUFFIX = " Meridian"


@dataclass(frozen=True, slots=True)
class MeridianViews:
    bodies: dict[str, CachedBody]
    index: NameIndex


def build_meridian_views(ctx: ViewContext, meridians: Sequence[MeridianOut]) -> MeridianViews:
    bodies: dict[str, CachedBody] = {}
    for meridian in meridians:
        details = sorted(
            (d for d in ctx.points.values() if d.meridian and d.meridian.code == meridian.code),
            key=lambda d: d.number,
        )
        bodies[meridian.code] = CachedBody.of(
            MeridianDetail(
                **meridian.model_dump(),
                points=[ctx.summaries[d.code] for d in details],
                points_listed=len(details),
                points_with_techniques=sum(1 for d in details if d.techniques),
                points_with_conditions=sum(1 for d in details if d.conditions),
            )
        )
    spellings = {m.code: [*m.other_codes, m.name, m.name.removesuffix(_SUFFIX)] for m in meridians}
    return MeridianViews(
        bodies=bodies,
        index=NameIndex(spellings, {m.code: f"{m.code} ({m.name})" for m in meridians}),
    )
