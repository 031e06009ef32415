"""The shared envelopes: a page of items with links, and a page that cites its sources."""

from typing import Generic, TypeVar
from urllib.parse import parse_qsl, urlencode

from pydantic import BaseModel, Field
from starlette.datastructures import URL

from app.schemas.sources import NOTICE_EXAMPLE, SourceOut

ItemT = TypeVar("ItemT")


class PageLinks(BaseModel):
    self: str = Field(description="This page.", examples=["/v1/meridians?limit=5&offset=5"])
    next: str | None = Field(
        description="The next page, if any.", examples=["/v1/meridians?limit=5&offset=10"]
    )
    prev: str | None = Field(
        description="The previous page, if any.", examples=["/v1/meridians?limit=5&offset=0"]
    )


class Page(BaseModel, Generic[ItemT]):
    items: list[ItemT] = Field(description="The items on this page.")
    total: int = Field(description="How many items match, over all pages.", examples=[14])
    limit: int = Field(description="Page size used.", examples=[5])
    offset: int = Field(description="Index of the first item on this page.", examples=[5])
    links: PageLinks = Field(description="Links to this and the neighbouring pages.")


class CitedPage(Page[ItemT], Generic[ItemT]):
    """A page of records that give advice: the notice and the sources come with it."""

    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    sources: list[SourceOut] = Field(description="Every source cited by the items on this page.")


def page_of(items: list[ItemT], total: int, limit: int, offset: int, url: URL) -> Page[ItemT]:
    def link(new_offset: int) -> str:
        query = [(k, v) for k, v in parse_qsl(url.query, keep_blank_values=True) if k != "offset"]
        query.append(("offset", str(new_offset)))
        return f"{url.path}?{urlencode(query)}"

    return Page[ItemT](
        items=items,
        total=total,
        limit=limit,
        offset=offset,
        links=PageLinks(
            self=link(offset),
            next=link(offset + limit) if offset + limit < total else None,
            prev=link(max(offset - limit, 0)) if offset > 0 else None,
        ),
    )
