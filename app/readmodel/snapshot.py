"""Builds the in-memory read model from the database, once per dataset version."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.conditions.matcher import SymptomMatcher, tokens
from app.conditions.models import Condition, ConditionSynonym, PointCondition
from app.core.http_cache import CachedBody
from app.dataset.models import DatasetVersion
from app.meridians.models import Meridian
from app.meridians.schemas import MeridianOut
from app.points.identifiers import EXTRA_POINT_GROUPS, build_prefix_table, display_code, fold
from app.points.models import (
    NameKind,
    Point,
    PointCategory,
    PointLocation,
    PointName,
    Technique,
    point_regions,
)
from app.points.resolver import PointResolver
from app.points.schemas import (
    CautionOut,
    ConditionClaim,
    LocationOut,
    MeridianRef,
    NameOut,
    PointDetail,
    PointSummary,
    PrimaryNames,
    RegionRef,
    TechniqueOut,
)
from app.regions.models import Region
from app.safety.models import Contraindication, Scope, contraindication_regions
from app.snapshot.resources import ResourceViews, build_resources
from app.sources.models import Erratum, Source, SourceKind
from app.sources.schemas import ErratumOut, SourceOut, review_of

RowT = TypeVar("RowT")
PointRowT = TypeVar("PointRowT", PointLocation, Technique, PointCondition, PointCategory)


class DatasetNotLoaded(Exception):
    """The database has no dataset version yet: run the seed."""


@dataclass(slots=True)
class Snapshot:
    version: str
    checksum: str
    notice: str
    points: dict[str, PointDetail]
    summaries: list[PointSummary]
    meridians: list[MeridianOut]
    resolver: PointResolver
    regions: dict[str, RegionRef]
    region_parents: dict[str, str | None]
    cautions: list[CautionOut]
    condition_names: dict[str, str]
    matcher: SymptomMatcher
    sources: dict[str, SourceOut]
    point_order: dict[str, int]
    point_text: dict[str, list[str]]
    point_names: dict[str, list[str]]
    points_by_condition: dict[str, list[str]]
    region_choices: dict[str, str]
    resources: ResourceViews
    bodies: dict[str, CachedBody] = field(default_factory=dict)

    def summary(self, code: str) -> PointSummary:
        return self.summaries[self.point_order[code]]


def latest_version(session: Session) -> DatasetVersion | None:
    return session.execute(
        select(DatasetVersion).order_by(DatasetVersion.id.desc()).limit(1)
    ).scalar_one_or_none()


def build_snapshot(session: Session) -> Snapshot:
    version = latest_version(session)
    if version is None:
        raise DatasetNotLoaded("no dataset has been loaded; run `python -m app seed`")
    return _Builder(session, version).build()


class _Builder:
    def __init__(self, session: Session, version: DatasetVersion) -> None:
        self.session = session
        self.version = version

        def rows(model: type[RowT]) -> list[RowT]:
            ordered = select(model).order_by(*sa_inspect(model, raiseerr=True).primary_key)
            return list(session.execute(ordered).scalars())

        self.sources = {s.id: s for s in rows(Source)}
        self.source_out = {
            s.id: SourceOut(
                slug=s.slug,
                kind=s.kind,
                title=s.title,
                author=s.author,
                publisher=s.publisher,
                url=s.url,
                published=s.published,
                experts=s.experts,
                evidence=s.evidence,
                notes=s.notes,
                review=review_of(s),
            )
            for s in self.sources.values()
        }
        self.meridians = sorted(rows(Meridian), key=lambda m: m.position)
        self.meridian_by_id = {m.id: m for m in self.meridians}
        self.points = sorted(rows(Point), key=self._point_order)
        self.regions = {r.id: r for r in rows(Region)}
        self.conditions = {c.id: c for c in rows(Condition)}
        self.synonyms = rows(ConditionSynonym)
        self.names: dict[int, list[PointName]] = defaultdict(list)
        for name in sorted(rows(PointName), key=self._name_order):
            self.names[name.point_id].append(name)
        self.locations = _group(rows(PointLocation))
        self.techniques = _group(rows(Technique))
        self.claims = _group(rows(PointCondition))
        self.categories = _group(rows(PointCategory))
        self.point_regions: dict[int, list[int]] = defaultdict(list)
        for point_id, region_id in session.execute(select(point_regions)):
            self.point_regions[point_id].append(region_id)
        self.contraindications = rows(Contraindication)
        self.caution_regions: dict[int, set[int]] = defaultdict(set)
        for caution_id, region_id in session.execute(select(contraindication_regions)):
            self.caution_regions[caution_id].add(region_id)
        self.errata = rows(Erratum)
        # Serialised once here, shared by every point they concern.
        self.caution_out = {c.id: self.caution(c) for c in self.contraindications}
        self.erratum_out = {e.id: self.erratum(e) for e in self.errata}

    def _point_order(self, point: Point) -> tuple[int, int, int]:
        """Meridians in their conventional order, then the extra-point groups."""
        if point.meridian_id is not None:
            return (0, self.meridian_by_id[point.meridian_id].position, point.number)
        return (1, EXTRA_POINT_GROUPS.index(point.extra_group or ""), point.number)

    def _name_order(self, name: PointName) -> tuple[bool, int]:
        """Names a source gives before the editorial ones, then in load order."""
        return (self.sources[name.source_id].kind is SourceKind.EDITORIAL, name.id)

    def slug(self, source_id: int) -> str:
        return self.sources[source_id].slug

    def ancestors(self, region_id: int) -> set[int]:
        found: set[int] = set()
        current: int | None = region_id
        while current is not None and current not in found:
            found.add(current)
            current = self.regions[current].parent_id
        return found

    def build(self) -> Snapshot:
        details = {point.code: self.point_detail(point) for point in self.points}
        summaries = [
            PointSummary(
                code=d.code,
                display_code=d.display_code,
                kind=d.kind,
                meridian=d.meridian.code if d.meridian else None,
                number=d.number,
                names=d.names,
                regions=[r.slug for r in d.regions],
            )
            for d in details.values()
        ]
        meridians = [
            MeridianOut(
                code=m.code,
                name=m.name,
                name_pinyin=m.name_pinyin,
                name_hanzi=m.name_hanzi,
                name_hanzi_traditional=m.name_hanzi_traditional,
                point_count=m.point_count,
                other_codes=m.other_codes,
                source=self.slug(m.source_id),
            )
            for m in self.meridians
        ]
        prefixes = build_prefix_table({m.code: m.other_codes for m in self.meridians})
        resolver = PointResolver(
            {p.code: [n.value for n in self.names[p.id]] for p in self.points}, prefixes
        )
        snapshot = Snapshot(
            version=self.version.version,
            checksum=self.version.checksum,
            notice=self.version.medical_notice,
            points=details,
            summaries=summaries,
            meridians=meridians,
            resolver=resolver,
            regions={r.slug: RegionRef(slug=r.slug, name=r.name) for r in self.regions.values()},
            region_parents={
                r.slug: self.regions[r.parent_id].slug if r.parent_id else None
                for r in self.regions.values()
            },
            cautions=list(self.caution_out.values()),
            condition_names={c.slug: c.name for c in self.conditions.values()},
            matcher=SymptomMatcher(self.condition_phrases()),
            sources={out.slug: out for out in self.source_out.values()},
            point_order={code: index for index, code in enumerate(details)},
            point_text={code: point_text(detail) for code, detail in details.items()},
            point_names={
                code: [fold(name.value) for name in detail.all_names]
                for code, detail in details.items()
            },
            points_by_condition=points_by_condition(details.values()),
            region_choices={r.slug: fold(r.name) for r in self.regions.values()},
            resources=build_resources(self, details, summaries, meridians),
        )
        for code, detail in details.items():
            snapshot.bodies[f"point:{code}"] = CachedBody.of(detail)
        return snapshot

    def point_detail(self, point: Point) -> PointDetail:
        names = self.names[point.id]
        # The first name of each kind wins (see _name_order).
        primary = {name.kind: name.value for name in reversed(names)}
        region_ids = self.point_regions[point.id]
        covered = set().union(*(self.ancestors(r) for r in region_ids)) if region_ids else set()
        caution_rows = [
            c
            for c in self.contraindications
            if c.scope is not Scope.BODY_REGION or self.caution_regions[c.id] & covered
        ]
        errata_rows = [e for e in self.errata if e.subject == point.code or point.code in e.related]
        cited = {point.source_id}
        cited |= {n.source_id for n in names}
        cited |= {row.source_id for row in self.locations[point.id]}
        cited |= {row.source_id for row in self.techniques[point.id]}
        cited |= {row.source_id for row in self.claims[point.id]}
        cited |= {row.source_id for row in self.categories[point.id]}
        cited |= {row.source_id for row in caution_rows}
        cited |= {row.source_id for row in errata_rows}
        cited |= {row.evidence_source_id for row in errata_rows if row.evidence_source_id}
        meridian = self.meridian_by_id.get(point.meridian_id) if point.meridian_id else None
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
                    source=self.slug(n.source_id),
                    note=n.note,
                )
                for n in names
            ],
            locations=[
                LocationOut(kind=row.kind, text=row.text, source=self.slug(row.source_id))
                for row in self.locations[point.id]
            ],
            regions=[
                RegionRef(slug=self.regions[r].slug, name=self.regions[r].name) for r in region_ids
            ],
            techniques=[self.technique(row) for row in self.techniques[point.id]],
            conditions=sorted(
                (self.claim(row) for row in self.claims[point.id]),
                key=lambda claim: (claim.relevance, claim.slug),
            ),
            cautions=[self.caution_out[c.id] for c in caution_rows],
            categories=sorted(row.category for row in self.categories[point.id]),
            errata=[self.erratum_out[e.id] for e in errata_rows],
            review=review_of(point),
            sources=[self.source_out[s] for s in sorted(cited)],
            notice=self.version.medical_notice,
            dataset_version=self.version.version,
        )

    def condition_phrases(self) -> dict[str, list[str]]:
        phrases = {c.slug: [c.name, c.slug.replace("-", " ")] for c in self.conditions.values()}
        for synonym in self.synonyms:
            phrases[self.conditions[synonym.condition_id].slug].append(synonym.value)
        return phrases

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
            source=self.slug(row.source_id),
        )

    def claim(self, row: PointCondition) -> ConditionClaim:
        condition = self.conditions[row.condition_id]
        return ConditionClaim(
            slug=condition.slug,
            name=condition.name,
            claim=row.claim,
            relevance=row.relevance,
            source=self.slug(row.source_id),
        )

    def caution(self, row: Contraindication) -> CautionOut:
        return CautionOut(
            slug=row.slug,
            title=row.title,
            trigger=row.trigger,
            scope=row.scope,
            severity=row.severity,
            regions=sorted(self.regions[r].slug for r in self.caution_regions[row.id]),
            advice=row.advice,
            seek_professional_care=row.seek_professional_care,
            source_text=row.source_text,
            source=self.slug(row.source_id),
        )

    def erratum(self, row: Erratum) -> ErratumOut:
        return ErratumOut(
            slug=row.slug,
            source=self.slug(row.source_id),
            subject=row.subject,
            related=row.related,
            field=row.field,
            source_said=row.source_said,
            correction=row.correction,
            reason=row.reason,
            evidence_source=self.slug(row.evidence_source_id) if row.evidence_source_id else None,
            review=review_of(row),
        )


def points_by_condition(details: Iterable[PointDetail]) -> dict[str, list[str]]:
    """Condition slug → codes of the points a source says help, in point order."""
    found: dict[str, list[str]] = defaultdict(list)
    for detail in details:
        for claim in detail.conditions:
            if detail.code not in found[claim.slug]:
                found[claim.slug].append(detail.code)
    return dict(found)


def point_text(point: PointDetail) -> list[str]:
    """Words of a point's locations and benefits, for text search."""
    parts = [location.text for location in point.locations]
    parts += [f"{claim.name} {claim.claim}" for claim in point.conditions]
    return tokens(" ".join(parts))


def _group(items: list[PointRowT]) -> dict[int, list[PointRowT]]:
    grouped: dict[int, list[PointRowT]] = defaultdict(list)
    for item in sorted(items, key=lambda item: item.id):
        grouped[item.point_id].append(item)
    return grouped
