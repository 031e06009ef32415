"""Sources and errata: each source by slug, the citations every answer carries."""

from collections.abc import Iterable
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.models.sources import Erratum
from app.readmodel.rows import Rows
from app.schemas.sources import ErratumOut, SourceOut, review_of
from app.text.names import NameIndex


@dataclass(frozen=True, slots=True)
class SourcesView:
    items: list[SourceOut]
    """In the dataset's order."""
    slugs: dict[int, str]
    """Row id → slug, for the builders."""
    by_slug: dict[str, SourceOut]
    bodies: dict[str, CachedBody]
    index: NameIndex

    def of(self, slugs: Iterable[str]) -> list[SourceOut]:
        """The sources named, once each, in the dataset's order."""
        wanted = set(slugs)
        return [source for source in self.items if source.slug in wanted]


def build_sources(rows: Rows) -> SourcesView:
    items = [
        SourceOut(
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
        for s in rows.sources
    ]
    return SourcesView(
        items=items,
        slugs={s.id: s.slug for s in rows.sources},
        by_slug={s.slug: s for s in items},
        bodies={s.slug: CachedBody.of(s) for s in items},
        index=NameIndex({s.slug: [s.title] for s in items}, {s.slug: s.title for s in items}),
    )


def build_errata(rows: Rows, sources: SourcesView) -> list[ErratumOut]:
    return [_erratum(row, sources) for row in rows.errata]


def _erratum(row: Erratum, sources: SourcesView) -> ErratumOut:
    return ErratumOut(
        slug=row.slug,
        source=sources.slugs[row.source_id],
        subject=row.subject,
        related=row.related,
        field=row.field,
        source_said=row.source_said,
        correction=row.correction,
        reason=row.reason,
        evidence_source=sources.slugs[row.evidence_source_id] if row.evidence_source_id else None,
        review=review_of(row),
    )
