"""Body regions: the tree, each region's ancestors, and each region's points."""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.models.regions import Region
from app.readmodel.rows import Rows
from app.readmodel.sources import SourcesView
from app.schemas.points import PointSummary, RegionRef
from app.schemas.regions import RegionChild, RegionDetail, RegionNode, RegionTree
from app.schemas.sources import review_of
from app.text.names import NameIndex


@dataclass(frozen=True, slots=True)
class RegionMap:
    """The tree's shape: which region lies inside which."""

    refs: dict[str, RegionRef]
    """Slug → slug and name, in the dataset's order."""
    parents: dict[str, str | None]
    slugs: dict[int, str]
    """Row id → slug, for the builders."""

    def with_ancestors(self, slugs: Iterable[str]) -> set[str]:
        """The regions and every region containing them (stops on a cycle)."""
        found: set[str] = set()
        for slug in slugs:
            current: str | None = slug
            while current is not None and current not in found:
                found.add(current)
                current = self.parents.get(current)
        return found

    def overlap(self, a: str, b: str) -> bool:
        """One region contains the other (the knee and the back of the knee overlap)."""
        return a in self.with_ancestors([b]) or b in self.with_ancestors([a])


@dataclass(frozen=True, slots=True)
class RegionsView:
    map: RegionMap
    tree: CachedBody
    bodies: dict[str, CachedBody]
    index: NameIndex
    """Slugs, names and synonyms → slugs."""

    def canonical(self, given: str) -> str | None:
        """The slug a region slug, name or synonym stands for; None if none or several."""
        if given in self.map.refs:
            return given
        found = self.index.resolve(given)
        return found[0] if len(found) == 1 else None


def build_region_map(rows: Rows) -> RegionMap:
    slugs = {r.id: r.slug for r in rows.regions}
    return RegionMap(
        refs={r.slug: RegionRef(slug=r.slug, name=r.name) for r in rows.regions},
        parents={r.slug: slugs.get(r.parent_id) if r.parent_id else None for r in rows.regions},
        slugs=slugs,
    )


def build_regions(
    rows: Rows,
    region_map: RegionMap,
    summaries: Mapping[str, PointSummary],
    sources: SourcesView,
) -> RegionsView:
    """``summaries``: every point by code, in conventional order."""
    by_slug = {r.slug: r for r in rows.regions}
    children: dict[str | None, list[Region]] = defaultdict(list)
    for region in rows.regions:
        parent = region_map.parents[region.slug]
        children[parent if parent in by_slug else None].append(region)
    codes: dict[str, set[str]] = defaultdict(set)
    for code, summary in summaries.items():
        for inside in region_map.with_ancestors(summary.regions):
            codes[inside].add(code)

    def path(region: Region) -> list[RegionRef]:
        """The regions containing this one, top-level first."""
        found: list[str] = []
        current = region_map.parents[region.slug]
        while current is not None and current != region.slug and current not in found:
            found.append(current)
            current = region_map.parents.get(current)
        return [region_map.refs[slug] for slug in reversed(found)]

    def node(region: Region) -> RegionNode:
        return RegionNode(
            slug=region.slug,
            name=region.name,
            description=region.description,
            point_count=len(codes[region.slug]),
            children=[node(child) for child in children[region.slug]],
        )

    def detail(region: Region) -> RegionDetail:
        return RegionDetail(
            slug=region.slug,
            name=region.name,
            description=region.description,
            ancestors=path(region),
            children=[
                RegionChild(slug=c.slug, name=c.name, point_count=len(codes[c.slug]))
                for c in children[region.slug]
            ],
            point_count=len(codes[region.slug]),
            points=[s for code, s in summaries.items() if code in codes[region.slug]],
            source=sources.slugs[region.source_id],
            review=review_of(region),
        )

    tree = RegionTree(regions=[node(r) for r in children[None]], region_count=len(rows.regions))
    return RegionsView(
        map=region_map,
        tree=CachedBody.of(tree),
        bodies={r.slug: CachedBody.of(detail(r)) for r in rows.regions},
        index=NameIndex(
            {r.slug: [r.name, *r.synonyms] for r in rows.regions},
            {r.slug: r.name for r in rows.regions},
        ),
    )
