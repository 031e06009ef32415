"""Contraindications and cautions, built once and shared by every point they concern."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from app.models.contraindications import Scope
from app.readmodel.rows import Rows
from app.readmodel.sources import SourcesView
from app.schemas.points import CautionOut


@dataclass(frozen=True, slots=True)
class ContraindicationsView:
    items: list[CautionOut]
    """In the dataset's order."""

    def concerning(self, code: str, located: set[str]) -> list[CautionOut]:
        """The cautions for a point in these regions (slugs, with their ancestors)."""
        return [c for c in self.items if _concerns(c, code, located)]

    def union(self, groups: Iterable[Iterable[CautionOut]]) -> list[CautionOut]:
        """The cautions in any of the groups, once each, in the dataset's order."""
        slugs = {caution.slug for group in groups for caution in group}
        return [caution for caution in self.items if caution.slug in slugs]


def _concerns(caution: CautionOut, code: str, located: set[str]) -> bool:
    if caution.scope is Scope.BODY_REGION:
        return bool(located & set(caution.regions))
    if caution.scope is Scope.POINTS:
        return code in caution.points
    return True


def build_contraindications(rows: Rows, sources: SourcesView) -> ContraindicationsView:
    region_slug = {r.id: r.slug for r in rows.regions}
    point_code = {p.id: p.code for p in rows.points}
    regions_of: dict[int, set[int]] = defaultdict(set)
    for caution_id, region_id in rows.contraindication_regions:
        regions_of[caution_id].add(region_id)
    points_of: dict[int, set[int]] = defaultdict(set)
    for caution_id, point_id in rows.contraindication_points:
        points_of[caution_id].add(point_id)
    items = [
        CautionOut(
            slug=row.slug,
            title=row.title,
            trigger=row.trigger,
            scope=row.scope,
            severity=row.severity,
            regions=sorted(region_slug[r] for r in regions_of[row.id]),
            points=[point_code[p] for p in sorted(points_of[row.id])],
            note=row.note,
            advice=row.advice,
            advice_source=sources.slugs[row.advice_source_id or row.source_id],
            seek_professional_care=row.seek_professional_care,
            source_text=row.source_text,
            source=sources.slugs[row.source_id],
        )
        for row in rows.contraindications
    ]
    return ContraindicationsView(items=items)
