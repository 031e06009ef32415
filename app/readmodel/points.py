"""Points: every point's detail and summary, in conventional order, with the indexes that
find them (any identifier, free text, condition)."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.models.conditions import PointCondition
from app.models.points import NameKind, Point, PointCategory, PointName, Technique
from app.models.sources import SourceKind
from app.readmodel.contraindications import ContraindicationsView
from app.readmodel.regions import RegionMap
from app.readmodel.rows import RegionLinkRow, Rows, by_point
from app.readmodel.sources import SourcesView
from app.schemas.points import (
    CategoryMembership,
    ConditionClaim,
    FigureSite,
    LocationOut,
    MeridianRef,
    NameOut,
    PointDetail,
    PointSummary,
    PrimaryNames,
    RegionLink,
    TechniqueOut,
)
from app.schemas.sources import ErratumOut, review_of
from app.text.identifiers import EXTRA_POINT_GROUPS, build_prefix_table, display_code
from app.text.point_refs import PointResolver
from app.text.symptoms import tokens
from app.text.text_index import TextIndex

NAME_MATCH_THRESHOLD = 85.0
"""A name counts for free text only when nearly the same ("zusanli" is not Shousanli)."""
WORDS_WEIGHT = 0.9
"""Words of locations and benefits weigh a little less than a name."""
# Kinds only the standards give (every other kind may be any source's other name).
STANDARD_NAME_KINDS = frozenset(
    {NameKind.PINYIN, NameKind.PINYIN_TONELESS, NameKind.HANZI, NameKind.HANZI_TRADITIONAL}
)


@dataclass(frozen=True, slots=True)
class PointsView:
    details: dict[str, PointDetail]
    """Code → detail, in conventional order (meridian order, then number; extra points last)."""
    summaries: dict[str, PointSummary]
    """Code → summary, in the same order."""
    bodies: dict[str, CachedBody]
    """Code → the detail, serialised."""
    order: dict[str, int]
    """Code → position in conventional order."""
    codes: dict[int, str]
    """Row id → code, for the builders."""
    techniques: dict[int, TechniqueOut]
    """Technique row id → technique, for the routines."""
    resolver: PointResolver
    text: TextIndex
    """Free text → codes, by names and by the words of locations and benefits."""
    by_condition: dict[str, list[str]]
    """Condition slug → codes of the points a source says help, in conventional order."""


def build_points(
    rows: Rows,
    sources: SourcesView,
    regions: RegionMap,
    cautions: ContraindicationsView,
    errata: list[ErratumOut],
) -> PointsView:
    builder = _PointBuilder(rows, sources, regions, cautions, errata)
    points = sorted(rows.points, key=builder.order_key)
    details = {point.code: builder.detail(point) for point in points}
    summaries = {code: summary_of(detail) for code, detail in details.items()}
    meridian_codes = {
        m.code: [*(other["code"] for other in m.other_codes), m.name.removesuffix(" Meridian")]
        for m in sorted(rows.meridians, key=lambda m: m.position)
    }
    return PointsView(
        details=details,
        summaries=summaries,
        bodies={code: CachedBody.of(detail) for code, detail in details.items()},
        order={code: index for index, code in enumerate(details)},
        codes={point.id: point.code for point in points},
        techniques=builder.technique_out,
        resolver=PointResolver(
            {p.code: [n.value for n in builder.names[p.id]] for p in points},
            build_prefix_table(meridian_codes),
            {
                p.code: [n.value for n in builder.names[p.id] if n.kind in STANDARD_NAME_KINDS]
                for p in points
            },
        ),
        text=TextIndex(
            {code: [name.value for name in detail.all_names] for code, detail in details.items()},
            {code: _words(detail) for code, detail in details.items()},
            name_threshold=NAME_MATCH_THRESHOLD,
            words_weight=WORDS_WEIGHT,
        ),
        by_condition=_by_condition(details.values()),
    )


def summary_of(detail: PointDetail) -> PointSummary:
    return PointSummary(
        code=detail.code,
        display_code=detail.display_code,
        kind=detail.kind,
        meridian=detail.meridian.code if detail.meridian else None,
        number=detail.number,
        names=detail.names,
        regions=[r.slug for r in detail.regions],
    )


class _PointBuilder:
    """The rows one point's detail is made of, grouped by point once."""

    def __init__(
        self,
        rows: Rows,
        sources: SourcesView,
        regions: RegionMap,
        cautions: ContraindicationsView,
        errata: list[ErratumOut],
    ) -> None:
        self.version = rows.version
        self.sources = sources
        self.regions = regions
        self.cautions = cautions
        self.errata = errata
        self.source_kind = {s.id: s.kind for s in rows.sources}
        self.meridians = {m.id: m for m in rows.meridians}
        self.conditions = {c.id: c for c in rows.conditions}
        self.names: dict[int, list[PointName]] = defaultdict(list)
        for name in sorted(rows.names, key=self._name_order):
            self.names[name.point_id].append(name)
        self.locations = by_point(rows.locations)
        self.techniques = by_point(rows.techniques)
        self.claims = by_point(rows.claims)
        self.categories = by_point(rows.categories)
        self.figure_sites = by_point(rows.figure_sites)
        self.region_links: dict[int, list[RegionLinkRow]] = defaultdict(list)
        for link in rows.point_regions:
            self.region_links[link.point_id].append(link)
        self.technique_out = {row.id: self.technique(row) for row in rows.techniques}

    def order_key(self, point: Point) -> tuple[int, int, int]:
        """Meridians in their conventional order, then the extra-point groups."""
        if point.meridian_id is not None:
            return (0, self.meridians[point.meridian_id].position, point.number)
        return (1, EXTRA_POINT_GROUPS.index(point.extra_group or ""), point.number)

    def _name_order(self, name: PointName) -> tuple[bool, int]:
        """Names a source gives before the editorial ones, then in load order."""
        return (self.source_kind[name.source_id] is SourceKind.EDITORIAL, name.id)

    def detail(self, point: Point) -> PointDetail:
        slug = self.sources.slugs
        names = self.names[point.id]
        # The first name of each kind wins (see _name_order).
        primary = {name.kind: name.value for name in reversed(names)}
        links = [self.region_link(link) for link in self.region_links[point.id]]
        located = self.regions.with_ancestors(link.slug for link in links)
        cautions = self.cautions.concerning(point.code, located)
        errata = [e for e in self.errata if e.subject == point.code or point.code in e.related]
        techniques = [self.technique_out[row.id] for row in self.techniques[point.id]]
        claims = sorted(
            (self.claim(row) for row in self.claims[point.id]),
            key=lambda claim: (claim.relevance, claim.slug),
        )
        cited = {slug[point.source_id]}
        cited |= {slug[n.source_id] for n in names}
        cited |= {slug[row.source_id] for row in self.locations[point.id]}
        sites = self.figure_sites[point.id]
        cited |= {slug[row.source_id] for row in sites} | {slug[row.based_on_id] for row in sites}
        cited |= {t.source for t in techniques} | {c.source for c in claims}
        cited |= {c.evidence_source for c in claims if c.evidence_source}
        cited |= {c.relevance_source for c in claims}
        cited |= {c.advice_source for c in cautions}
        categories = [self.category(row) for row in self.categories[point.id]]
        cited |= {c.source for c in categories}
        cited |= {c.confirmed_by for c in categories if c.confirmed_by}
        cited |= {link.source for link in links}
        cited |= {link.confirmed_by for link in links if link.confirmed_by}
        cited |= {c.source for c in cautions} | {e.source for e in errata}
        cited |= {e.evidence_source for e in errata if e.evidence_source}
        meridian = self.meridians.get(point.meridian_id) if point.meridian_id else None
        return PointDetail(
            code=point.code,
            display_code=display_code(point.code),
            kind=point.kind,
            meridian=MeridianRef(code=meridian.code, name=meridian.name) if meridian else None,
            extra_group=point.extra_group,
            number=point.number,
            laterality=point.laterality,
            note=point.note,
            names=PrimaryNames(
                pinyin=primary[NameKind.PINYIN],
                pinyin_toneless=primary[NameKind.PINYIN_TONELESS],
                hanzi=primary[NameKind.HANZI],
                hanzi_traditional=primary[NameKind.HANZI_TRADITIONAL],
                english=primary[NameKind.ENGLISH],
            ),
            all_names=[
                NameOut(
                    kind=n.kind,
                    value=n.value,
                    language=n.language,
                    source=slug[n.source_id],
                    note=n.note,
                )
                for n in names
            ],
            locations=[
                LocationOut(
                    kind=row.kind,
                    site=row.site,
                    text=row.text,
                    standard_uses=row.standard_uses,
                    note=row.note,
                    source=slug[row.source_id],
                )
                for row in self.locations[point.id]
            ],
            figure_sites=[
                FigureSite(
                    view=row.view,
                    x=row.x,
                    y=row.y,
                    side=row.side,
                    site=row.site,
                    source=slug[row.source_id],
                    based_on=slug[row.based_on_id],
                    note=row.note,
                )
                for row in sites
            ],
            regions=links,
            techniques=techniques,
            conditions=claims,
            cautions=cautions,
            categories=categories,
            errata=errata,
            review=review_of(point),
            sources=self.sources.of(cited),
            notice=self.version.medical_notice,
            dataset_version=self.version.version,
        )

    def region_link(self, row: RegionLinkRow) -> RegionLink:
        ref = self.regions.refs[self.regions.slugs[row.region_id]]
        slugs = self.sources.slugs
        return RegionLink(
            slug=ref.slug,
            name=ref.name,
            source=slugs[row.source_id],
            confirmed_by=slugs[row.confirmed_by_id] if row.confirmed_by_id else None,
            note=row.note,
        )

    def category(self, row: PointCategory) -> CategoryMembership:
        slugs = self.sources.slugs
        return CategoryMembership(
            category=row.category,
            detail=row.detail,
            source=slugs[row.source_id],
            confirmed_by=slugs[row.confirmed_by_id] if row.confirmed_by_id else None,
        )

    def technique(self, row: Technique) -> TechniqueOut:
        return TechniqueOut(
            instructions=row.instructions,
            applied_with=row.applied_with,
            motion=row.motion,
            pressure=row.pressure,
            posture=row.posture,
            duration_min_seconds=row.duration_min_seconds,
            duration_max_seconds=row.duration_max_seconds,
            duration_text=row.duration_text,
            sides=row.sides,
            source=self.sources.slugs[row.source_id],
        )

    def claim(self, row: PointCondition) -> ConditionClaim:
        condition = self.conditions[row.condition_id]
        return ConditionClaim(
            slug=condition.slug,
            name=condition.name,
            claim=row.claim,
            relevance=row.relevance,
            relevance_source=self.sources.slugs[row.relevance_source_id or row.source_id],
            evidence=row.evidence,
            evidence_source=(
                self.sources.slugs[row.evidence_source_id] if row.evidence_source_id else None
            ),
            certainty=row.certainty,
            source=self.sources.slugs[row.source_id],
        )


def _by_condition(details: Iterable[PointDetail]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for detail in details:
        for claim in detail.conditions:
            if detail.code not in found[claim.slug]:
                found[claim.slug].append(detail.code)
    return dict(found)


def _words(point: PointDetail) -> list[str]:
    parts = [location.text for location in point.locations]
    parts += [f"{claim.name} {claim.claim}" for claim in point.conditions]
    return tokens(" ".join(parts))
