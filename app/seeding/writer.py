"""Writes validated seed data: upsert on natural keys, prune what the seed no longer has.

Everything happens in the caller's transaction; rows that already match are not touched,
so a second run changes nothing.
"""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from app.models.base import Base
from app.models.conditions import Condition, ConditionSynonym, PointCondition
from app.models.contraindications import (
    Contraindication,
    contraindication_points,
    contraindication_regions,
)
from app.models.dataset import DatasetVersion
from app.models.meridians import Meridian
from app.models.points import (
    Laterality,
    LocationKind,
    NameKind,
    Point,
    PointCategory,
    PointFigureSite,
    PointKind,
    PointLocation,
    PointName,
    Technique,
    point_regions,
)
from app.models.regions import Region
from app.models.routines import Routine, RoutineStep
from app.models.sources import Erratum, Source
from app.models.tips import Tip
from app.seeding.reader import SeedData
from app.seeding.schemas import (
    EDITORIAL,
    CatalogExtraPointRecord,
    CatalogPointRecord,
    NameRecord,
)

CATALOG_SOURCE = "who-wpro-2008"
EXTRA_POINTS_SOURCE = "who-nomenclature-1991"
EDITORIAL_SOURCE = EDITORIAL
MIDLINE_MERIDIANS = frozenset({"GV", "CV"})

Row = dict[str, Any]


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


@dataclass(slots=True)
class SyncReport:
    inserted: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    dataset_version: str = ""
    new_version_recorded: bool = False

    @property
    def changed(self) -> bool:
        return any((*self.inserted.values(), *self.updated.values(), *self.deleted.values()))


def dataset_checksum(data: SeedData) -> str:
    """SHA-256 of the validated content, independent of file formatting."""
    content = {
        name: [record.model_dump(mode="json") for record in records]
        for name, records in (
            ("sources", data.sources),
            ("meridians", data.meridians),
            ("catalog_points", data.catalog_points),
            ("extra_points", data.extra_points),
            ("regions", data.regions),
            ("point_names", data.point_names),
            ("point_locations", data.point_locations),
            ("point_regions", data.point_regions),
            ("point_categories", data.point_categories),
            ("conditions", data.conditions),
            ("point_details", data.point_details),
            ("contraindications", data.contraindications),
            ("routines", data.routines),
            ("tips", data.tips),
            ("errata", data.errata),
            ("figure_sites", data.figure_sites),
        )
    }
    content["manifest"] = [data.manifest.model_dump(mode="json")]
    encoded = json.dumps(content, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()


class _Sync:
    def __init__(self, session: Session, data: SeedData, version: str) -> None:
        self.session = session
        self.data = data
        self.version = version
        self.report = SyncReport()
        review = data.manifest.review
        self.review: Row = {
            "review_status": review.status,
            "reviewed_by": review.reviewer,
            "reviewed_on": review.reviewed_on,
        }
        self.pending_deletes: list[tuple[Table, Sequence[str], list[tuple[Any, ...]]]] = []

    def upsert(
        self, table: Table, keys: Sequence[str], rows: list[Row], *, prune: bool = True
    ) -> dict[tuple[Any, ...], int]:
        """Insert or update ``rows``; schedule the stale ones; return natural key → id."""
        key_columns = [table.c[name] for name in keys]
        columns = sorted({name for row in rows for name in row} - set(keys))
        selected = [*key_columns, *(table.c[name] for name in columns)]
        existing = {
            tuple(row._mapping[name] for name in keys): row._mapping
            for row in self.session.execute(select(*selected))
        }
        inserted = updated = 0
        for row in rows:
            key = tuple(row[name] for name in keys)
            current = existing.get(key)
            if current is None:
                self.session.execute(insert(table).values(**row))
                inserted += 1
                continue
            changes = {name: value for name, value in row.items() if current[name] != value}
            if changes:
                condition = tuple_(*key_columns) == key
                self.session.execute(update(table).where(condition).values(**changes))
                updated += 1
        if prune:
            self.schedule_prune(table, keys, {tuple(row[name] for name in keys) for row in rows})
        self._count(self.report.inserted, table.name, inserted)
        self._count(self.report.updated, table.name, updated)
        if "id" not in table.c:
            return {}
        ids = select(*key_columns, table.c.id)
        return {tuple(row[:-1]): row[-1] for row in self.session.execute(ids)}

    def schedule_prune(
        self, table: Table, keys: Sequence[str], wanted: set[tuple[Any, ...]]
    ) -> None:
        key_columns = [table.c[name] for name in keys]
        stale = [tuple(row) for row in self.session.execute(select(*key_columns))]
        self.pending_deletes.append((table, keys, [key for key in stale if key not in wanted]))

    def prune(self) -> None:
        """Delete stale rows, children first (the reverse of the upsert order)."""
        for table, keys, stale in reversed(self.pending_deletes):
            key_columns = [table.c[name] for name in keys]
            for key in stale:
                self.session.execute(delete(table).where(tuple_(*key_columns) == key))
            self._count(self.report.deleted, table.name, len(stale))

    @staticmethod
    def _count(counter: dict[str, int], name: str, amount: int) -> None:
        if amount:
            counter[name] = counter.get(name, 0) + amount

    def cited(self, source: int, **values: Any) -> Row:
        return {**values, **self.review, "source_id": source}

    def run(self) -> SyncReport:
        data = self.data
        sources = self._ids(
            self.upsert(
                table_of(Source),
                ["slug"],
                [record.model_dump() for record in data.sources],
            )
        )
        catalog, extras, editorial = (
            sources[CATALOG_SOURCE],
            sources[EXTRA_POINTS_SOURCE],
            sources[EDITORIAL_SOURCE],
        )
        meridians = self._ids(
            self.upsert(
                table_of(Meridian),
                ["code"],
                [
                    self.cited(catalog, position=position, **record.model_dump())
                    for position, record in enumerate(data.meridians, start=1)
                ],
            )
        )
        regions: dict[str, int] = {}
        for record in data.regions:
            # Parents come first in the file, so each parent already has its id.
            parent = regions[record.parent] if record.parent else None
            row = self.cited(
                editorial,
                slug=record.slug,
                name=record.name,
                parent_id=parent,
                description=record.description,
                synonyms=list(record.synonyms),
            )
            ids = self._ids(self.upsert(table_of(Region), ["slug"], [row], prune=False))
            regions[record.slug] = ids[record.slug]
        self.schedule_prune(table_of(Region), ["slug"], {(r.slug,) for r in data.regions})
        conditions = self._ids(
            self.upsert(
                table_of(Condition),
                ["slug"],
                [
                    self.cited(editorial, slug=c.slug, name=c.name, description=c.description)
                    for c in data.conditions
                ],
            )
        )
        point_rows = [
            self.cited(
                catalog,
                code=p.code,
                kind=PointKind.STANDARD,
                meridian_id=meridians[p.meridian],
                extra_group=None,
                number=p.number,
                laterality=(
                    Laterality.MIDLINE if p.meridian in MIDLINE_MERIDIANS else Laterality.BILATERAL
                ),
                note=None,
            )
            for p in data.catalog_points
        ] + [
            self.cited(
                extras,
                code=p.code,
                kind=PointKind.EXTRA,
                meridian_id=None,
                extra_group=p.group,
                number=p.number,
                laterality=p.laterality,
                note=p.note,
            )
            for p in data.extra_points
        ]
        points = self._ids(self.upsert(table_of(Point), ["code"], point_rows))
        self.upsert(
            table_of(PointName), ["point_id", "kind", "value"], self._names(points, sources)
        )
        self._details(points, sources, regions, conditions)
        self._figure_sites(points, sources)
        self._categories(points, sources)
        self._safety(sources, regions, points)
        self._routines(points, sources, conditions)
        self.upsert(
            table_of(Tip),
            ["slug"],
            [
                self.cited(
                    sources[t.source],
                    slug=t.slug,
                    title=t.title,
                    body=t.body,
                    editorial_note=t.editorial_note,
                )
                for t in data.tips
            ],
        )
        self.upsert(
            table_of(Erratum),
            ["slug"],
            [
                self.cited(
                    sources[e.source],
                    **e.model_dump(exclude={"source", "evidence_source"}),
                    evidence_source_id=sources[e.evidence_source] if e.evidence_source else None,
                )
                for e in data.errata
            ],
        )
        self.prune()
        self._record_version()
        return self.report

    @staticmethod
    def _ids(mapping: dict[tuple[Any, ...], int]) -> dict[str, int]:
        return {key[0]: value for key, value in mapping.items()}

    def _names(self, points: dict[str, int], sources: dict[str, int]) -> list[Row]:
        editorial = sources[EDITORIAL_SOURCE]
        # Names a source gives come first, so a name that the catalog repeats keeps that source.
        given: list[tuple[str, str, NameRecord]] = [
            *((d.code, d.source, name) for d in self.data.point_details for name in d.names),
            *((name.code, name.source, name) for name in self.data.point_names),
        ]
        rows: list[Row] = [
            self.cited(
                sources[source],
                point_id=points[code],
                kind=name.kind,
                value=name.value,
                language=name.language,
                note=name.note,
            )
            for code, source, name in given
        ]
        standard_names: list[tuple[CatalogPointRecord | CatalogExtraPointRecord, int]] = [
            *((p, sources[CATALOG_SOURCE]) for p in self.data.catalog_points),
            *((p, sources[EXTRA_POINTS_SOURCE]) for p in self.data.extra_points),
        ]
        for point, standard in standard_names:
            point_id = points[point.code]
            for kind, value, language, source in (
                (NameKind.PINYIN, point.pinyin, "zh-Latn-pinyin", standard),
                (NameKind.PINYIN_TONELESS, point.pinyin_toneless, "zh-Latn-pinyin", standard),
                (NameKind.HANZI, point.hanzi, "zh-Hans", standard),
                (NameKind.HANZI_TRADITIONAL, point.hanzi_traditional, "zh-Hant", editorial),
                (NameKind.ENGLISH, point.english, "en", editorial),
            ):
                rows.append(
                    self.cited(
                        source,
                        point_id=point_id,
                        kind=kind,
                        value=value,
                        language=language,
                        note=None,
                    )
                )
        return _unique(rows, ("point_id", "kind", "value"))

    def _details(
        self,
        points: dict[str, int],
        sources: dict[str, int],
        regions: dict[str, int],
        conditions: dict[str, int],
    ) -> None:
        locations = [
            self.cited(
                sources[place.source],
                point_id=points[place.code],
                kind=LocationKind.ANATOMICAL,
                site=place.site,
                text=place.text,
                standard_uses=place.standard_uses,
                note=place.note,
            )
            for place in self.data.point_locations
        ]
        links = [
            {
                "point_id": points[link.code],
                "region_id": regions[link.region],
                "source_id": sources[link.source],
                "confirmed_by_id": sources[link.confirmed_by] if link.confirmed_by else None,
                "note": link.note,
            }
            for link in self.data.point_regions
        ]
        techniques, claims = [], []
        for detail in self.data.point_details:
            point, source = points[detail.code], sources[detail.source]
            if detail.lay_location:
                locations.append(
                    self.cited(
                        source,
                        point_id=point,
                        kind=LocationKind.LAY,
                        site=1,
                        text=detail.lay_location,
                        standard_uses=False,
                        note=None,
                    )
                )
            if detail.technique:
                techniques.append(
                    self.cited(source, point_id=point, **detail.technique.model_dump())
                )
            for claim in detail.conditions:
                claims.append(
                    self.cited(
                        source,
                        point_id=point,
                        condition_id=conditions[claim.condition],
                        claim=claim.claim,
                        relevance=claim.relevance,
                        relevance_source_id=sources[claim.relevance_source],
                        evidence=claim.evidence,
                        evidence_source_id=(
                            sources[claim.evidence_source] if claim.evidence_source else None
                        ),
                        certainty=claim.certainty,
                    )
                )
            links += [
                {
                    "point_id": point,
                    "region_id": regions[slug],
                    "source_id": source,
                    "confirmed_by_id": None,
                    "note": None,
                }
                for slug in detail.regions
            ]
        self.upsert(table_of(PointLocation), ["point_id", "kind", "source_id", "site"], locations)
        self.upsert(table_of(Technique), ["point_id", "source_id"], techniques)
        self.upsert(
            point_regions, ["point_id", "region_id"], _unique(links, ("point_id", "region_id"))
        )
        editorial = sources[EDITORIAL_SOURCE]
        synonyms = [
            self.cited(editorial, condition_id=conditions[c.slug], value=value)
            for c in self.data.conditions
            for value in c.synonyms
        ]
        self.upsert(table_of(ConditionSynonym), ["condition_id", "value"], synonyms)
        self.upsert(table_of(PointCondition), ["point_id", "condition_id", "source_id"], claims)

    def _figure_sites(self, points: dict[str, int], sources: dict[str, int]) -> None:
        rows = [
            self.cited(
                sources[site.source],
                point_id=points[site.code],
                view=site.view,
                site=site.site,
                side=site.side,
                x=float(site.x),
                y=float(site.y),
                based_on_id=sources[site.based_on],
                note=site.note,
            )
            for site in self.data.figure_sites
        ]
        self.upsert(table_of(PointFigureSite), ["point_id", "view", "site", "side"], rows)

    def _categories(self, points: dict[str, int], sources: dict[str, int]) -> None:
        rows = [
            self.cited(
                sources[c.source],
                point_id=points[c.code],
                category=c.category,
                detail=c.detail,
                confirmed_by_id=sources[c.confirmed_by] if c.confirmed_by else None,
                note=c.note,
            )
            for c in self.data.point_categories
        ]
        self.upsert(table_of(PointCategory), ["point_id", "category"], rows)

    def _safety(
        self, sources: dict[str, int], regions: dict[str, int], points: dict[str, int]
    ) -> None:
        rows = [
            self.cited(
                sources[c.source],
                **c.model_dump(exclude={"source", "regions", "points", "advice_source"}),
                advice_source_id=sources[c.advice_source],
            )
            for c in self.data.contraindications
        ]
        ids = self._ids(self.upsert(table_of(Contraindication), ["slug"], rows))
        region_links = [
            {"contraindication_id": ids[c.slug], "region_id": regions[slug]}
            for c in self.data.contraindications
            for slug in c.regions
        ]
        self.upsert(contraindication_regions, ["contraindication_id", "region_id"], region_links)
        point_links = [
            {"contraindication_id": ids[c.slug], "point_id": points[code]}
            for c in self.data.contraindications
            for code in c.points
        ]
        self.upsert(contraindication_points, ["contraindication_id", "point_id"], point_links)

    def _routines(
        self, points: dict[str, int], sources: dict[str, int], conditions: dict[str, int]
    ) -> None:
        rows = [
            self.cited(
                sources[r.source],
                slug=r.slug,
                title=r.title,
                description=r.description,
                condition_id=conditions[r.condition] if r.condition else None,
            )
            for r in self.data.routines
        ]
        ids = self._ids(self.upsert(table_of(Routine), ["slug"], rows))
        techniques = {
            (row.point_id, row.source_id): row.id
            for row in self.session.execute(
                select(Technique.point_id, Technique.source_id, Technique.id)
            )
        }
        steps = [
            self.cited(
                sources[r.source],
                routine_id=ids[r.slug],
                position=position,
                point_id=points[code],
                technique_id=techniques.get((points[code], sources[r.source])),
                note=None,
            )
            for r in self.data.routines
            for position, code in enumerate(r.steps, start=1)
        ]
        self.upsert(table_of(RoutineStep), ["routine_id", "position"], steps)

    def _record_version(self) -> None:
        checksum = dataset_checksum(self.data)
        latest = self.session.execute(
            select(DatasetVersion.checksum).order_by(DatasetVersion.id.desc()).limit(1)
        ).scalar_one_or_none()
        self.report.dataset_version = self.version
        if latest == checksum and not self.report.changed:
            return
        self.session.add(
            DatasetVersion(
                version=self.version,
                checksum=checksum,
                medical_notice=self.data.manifest.medical_notice,
                loaded_at=datetime.now(UTC),
            )
        )
        self.report.new_version_recorded = True


def _unique(rows: list[Row], keys: tuple[str, ...]) -> list[Row]:
    """Keep the first row for each natural key (a name given by two sources, say)."""
    seen: dict[tuple[Any, ...], Row] = {}
    for row in rows:
        seen.setdefault(tuple(row[key] for key in keys), row)
    return list(seen.values())


def write_seed(session: Session, data: SeedData, version: str | None = None) -> SyncReport:
    """Project the dataset onto the tables; ``version`` labels it (default: the manifest's)."""
    return _Sync(session, data, version or data.manifest.version).run()
