"""Source views: each source by slug."""

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.http_cache import CachedBody
from app.snapshot.views import NameIndex
from app.sources.schemas import SourceOut


@dataclass(frozen=True, slots=True)
class SourceViews:
    items: list[SourceOut]
    bodies: dict[str, CachedBody]
    index: NameIndex


def build_source_views(sources: Sequence[SourceOut]) -> SourceViews:
    return SourceViews(
        items=list(sources),
        bodies={s.slug: CachedBody.of(s) for s in sources},
        index=NameIndex({s.slug: [s.title] for s in sources}, {s.slug: s.title for s in sources}),
    )
