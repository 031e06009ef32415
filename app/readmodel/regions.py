"""Region views: the tree with counts that include descendants, and each region's points."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.points.schemas import RegionRef
from app.regions.models import Region
from app.regions.schemas import RegionChild, RegionDetail, RegionNode, RegionTree
from app.snapshot.views import NameIndex, ViewContext


@dataclass(frozen=True, slots=True)
class RegionViews:
    tree: CachedBody
    bodies: dict[str, CachedBody]
    index: NameIndex


def _path(region: Region, by_id: Mapping[int, Region]) -> list[Region]:
    """The region and those containing it, top-level first (stops on a cycle)."""
    path: list[Region] = []
    current: Region | None = region
    while current is not None and current not in path:
        path.append(current)
        current = by_id.get(current.parent_id) if current.parent_id is not None else None
    return path[::-1]


def build_region_views(
    ctx: ViewContext, regions: Sequence[Region], point_regions: Mapping[int, Sequence[int]]
) -> RegionViews:
    ordered = sorted(regions, key=lambda r: r.id)
    by_id = {r.id: r for r in ordered}
    paths = {r.id: _path(r, by_id) for r in ordered}
    children: dict[int | None, list[Region]] = defaultdict(list)
    for region in ordered:
        parent = region.parent_id if region.parent_id in by_id else None
        children[parent].append(region)
    codes: dict[int, set[str]] = defaultdict(set)
    for point_id, region_ids in point_regions.items():
        for region_id in region_ids:
            for inside in paths.get(region_id, []):
                codes[inside.id].add(ctx.point_codes[point_id])

    def node(region: Region) -> RegionNode:
        return RegionNode(
            slug=region.slug,
            name=region.name,
            description=region.description,
            point_count=len(codes[region.id]),
            children=[node(child) for child in children[region.id]],
        )

    def detail(region: Region) -> RegionDetail:
        return RegionDetail(
            slug=region.slug,
            name=region.name,
            description=region.description,
            ancestors=[RegionRef(slug=r.slug, name=r.name) for r in paths[region.id][:-1]],
            children=[
                RegionChild(slug=c.slug, name=c.name, point_count=len(codes[c.id]))
                for c in children[region.id]
            ],
            point_count=len(codes[region.id]),
            points=[s for code, s in ctx.summaries.items() if code in codes[region.id]],
            source=ctx.source_slugs[region.source_id],
            review=ctx.review(region),
        )

    tree = RegionTree(regions=[node(r) for r in children[None]], region_count=len(ordered))
    return RegionViews(
        tree=CachedBody.of(tree),
        bodies={r.slug: CachedBody.of(detail(r)) for r in ordered},
        index=NameIndex({r.slug: [r.name] for r in ordered}, {r.slug: r.name for r in ordered}),
    )
