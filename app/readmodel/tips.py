"""General tips, as the dataset keeps them."""

from app.readmodel.rows import Rows
from app.readmodel.sources import SourcesView
from app.schemas.sources import review_of
from app.schemas.tips import TipOut


def build_tips(rows: Rows, sources: SourcesView) -> list[TipOut]:
    return [
        TipOut(
            slug=tip.slug,
            title=tip.title,
            body=tip.body,
            editorial_note=tip.editorial_note,
            source=sources.slugs[tip.source_id],
            review=review_of(tip),
        )
        for tip in rows.tips
    ]
