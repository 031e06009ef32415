"""Meridians: each with its points, looked up by any of its spellings."""

from collections.abc import Mapping
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.readmodel.rows import Rows
from app.readmodel.sources import SourcesView
from app.schemas.meridians import MeridianDetail, MeridianOut, OtherCode
from app.schemas.points import PointDetail, PointSummary
from app.text.identifiers import fold_code
from app.text.names import NameIndex

_SUFFIX = " Meridian"


@dataclass(frozen=True, slots=True)
class MeridiansView:
    items: list[MeridianOut]
    """In conventional order."""
    bodies: dict[str, CachedBody]
    index: NameIndex


def build_meridians(
    rows: Rows,
    sources: SourcesView,
    details: Mapping[str, PointDetail],
    summaries: Mapping[str, PointSummary],
) -> MeridiansView:
    items = [
        MeridianOut(
            code=m.code,
            name=m.name,
            name_pinyin=m.name_pinyin,
            name_hanzi=m.name_hanzi,
            name_hanzi_traditional=m.name_hanzi_traditional,
            point_count=m.point_count,
            other_codes=[OtherCode.model_validate(other) for other in m.other_codes],
            source=sources.slugs[m.source_id],
        )
        for m in sorted(rows.meridians, key=lambda m: m.position)
    ]
    bodies: dict[str, CachedBody] = {}
    for meridian in items:
        on_it = sorted(
            (d for d in details.values() if d.meridian and d.meridian.code == meridian.code),
            key=lambda d: d.number,
        )
        bodies[meridian.code] = CachedBody.of(
            MeridianDetail(
                **meridian.model_dump(),
                points=[summaries[d.code] for d in on_it],
                points_listed=len(on_it),
                points_with_techniques=sum(1 for d in on_it if d.techniques),
                points_with_conditions=sum(1 for d in on_it if d.conditions),
            )
        )
    spellings = {
        m.code: [*(o.code for o in m.other_codes), m.name, m.name.removesuffix(_SUFFIX)]
        for m in items
    }
    return MeridiansView(
        items=items,
        bodies=bodies,
        index=NameIndex(
            spellings, {m.code: f"{m.code} ({m.name})" for m in items}, folding=fold_code
        ),
    )
