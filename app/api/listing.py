"""Shared by the routers: page parameters, pages of items, identifier path parameters."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Path, Query
from starlette.responses import Response

from app.api.dependencies import Responder
from app.core.limits import DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE, MAX_QUERY_LENGTH
from app.readmodel.sources import SourcesView
from app.schemas.common import CitedPage, ItemT, page_of


@dataclass(frozen=True, slots=True)
class Window:
    limit: int
    offset: int


async def page_window(
    limit: Annotated[
        int,
        Query(
            ge=1,
            le=MAX_PAGE_SIZE,
            description=f"Page size, 1–{MAX_PAGE_SIZE}.",
            examples=[DEFAULT_PAGE_SIZE],
        ),
    ] = DEFAULT_PAGE_SIZE,
    offset: Annotated[
        int,
        Query(ge=0, le=MAX_OFFSET, description="How many items to skip.", examples=[0]),
    ] = 0,
) -> Window:
    return Window(limit=limit, offset=offset)


WindowDep = Annotated[Window, Depends(page_window)]


def json_page(respond: Responder, items: Sequence[ItemT], window: Window) -> Response:
    shown = list(items[window.offset : window.offset + window.limit])
    url = respond.request.url
    return respond.model(page_of(shown, len(items), window.limit, window.offset, url))


def json_cited_page(
    respond: Responder,
    items: Sequence[ItemT],
    window: Window,
    *,
    notice: str,
    sources: SourcesView,
    cited: Iterable[str] | None = None,
) -> Response:
    """Like json_page, plus the notice and the sources of the items shown.

    ``cited`` names the sources when the items do not carry a ``source`` slug themselves.
    """
    shown = list(items[window.offset : window.offset + window.limit])
    page = page_of(shown, len(items), window.limit, window.offset, respond.request.url)
    slugs = cited if cited is not None else (getattr(item, "source", "") for item in shown)
    return respond.model(
        CitedPage[Any](
            items=page.items,
            total=page.total,
            limit=page.limit,
            offset=page.offset,
            links=page.links,
            notice=notice,
            sources=sources.of(slugs),
        )
    )


def identifier_path(description: str, examples: dict[str, str]) -> Any:
    """A path parameter naming a record by any identifier; ``examples`` maps summary → value."""
    return Path(
        min_length=1,
        max_length=MAX_QUERY_LENGTH,
        description=description,
        openapi_examples={
            re.sub(r"[^a-z0-9]+", "-", summary.lower()).strip("-"): {
                "summary": summary,
                "value": value,
            }
            for summary, value in examples.items()
        },
    )
