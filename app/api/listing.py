"""Shared by the resource routers: page parameters, cited pages, slug lookups as problems."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic

from fastapi import Depends, Path, Query, Request
from pydantic import Field
from starlette.responses import Response

from app.core.errors import ApiProblem
from app.core.http_cache import CachedBody, cached_json
from app.core.limits import DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE, MAX_QUERY_LENGTH
from app.core.pagination import ItemT, Page, page_of
from app.core.settings import Settings
from app.snapshot.views import Citations, NameIndex
from app.sources.schemas import NOTICE_EXAMPLE, SourceOut


class CitedPage(Page[ItemT], Generic[ItemT]):
    """A page of records that give advice: the notice and the sources come with it."""

    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    sources: list[SourceOut] = Field(description="Every source cited by the items on this page.")


@dataclass(frozen=True, slots=True)
class Window:
    limit: int
    offset: int

    def of(self, items: Sequence[ItemT]) -> list[ItemT]:
        return list(items[self.offset : self.offset + self.limit])


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


def json_page(
    request: Request, items: Sequence[ItemT], window: Window, settings: Settings
) -> Response:
    page = page_of(window.of(items), len(items), window.limit, window.offset, request.url)
    return cached_json(request, CachedBody.of(page), settings.cache_max_age_seconds)


def json_cited_page(
    request: Request,
    items: Sequence[ItemT],
    window: Window,
    settings: Settings,
    *,
    notice: str,
    citations: Citations,
    cited: Iterable[str] | None = None,
) -> Response:
    """Like json_page, plus the notice and the sources of the items shown.

    ``cited`` names the sources when the items do not carry a ``source`` slug themselves.
    """
    shown = window.of(items)
    page = page_of(shown, len(items), window.limit, window.offset, request.url)
    slugs = cited if cited is not None else (getattr(item, "source", "") for item in shown)
    body = CitedPage[Any](
        items=page.items,
        total=page.total,
        limit=page.limit,
        offset=page.offset,
        links=page.links,
        notice=notice,
        sources=citations.of(slugs),
    )
    return cached_json(request, CachedBody.of(body), settings.cache_max_age_seconds)


def resolve_ref(index: NameIndex, ref: str, *, kind: str, noun: str, example: str) -> str:
    """The one key ``ref`` means, or a 300 (ambiguous) or 404 (unknown, with close names)."""
    keys = index.resolve(ref)
    if len(keys) == 1:
        return keys[0]
    if keys:
        raise ApiProblem(
            300,
            f"ambiguous-{kind}",
            f"Ambiguous {noun} identifier",
            f"{ref!r} may mean {len(keys)} {noun}s: "
            + "; ".join(index.label(key) for key in keys)
            + ".",
            hint=f"Ask again with one of them: {', '.join(keys)}.",
        )
    close = index.suggest(ref)
    raise ApiProblem(
        404,
        f"{kind}-not-found",
        f"{noun.capitalize()} not found",
        f"No {noun} is known as {ref!r}.",
        hint=(
            "Did you mean " + " or ".join(index.label(key) for key in close) + "?"
            if close
            else f"Use a slug or name such as {example!r}."
        ),
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
