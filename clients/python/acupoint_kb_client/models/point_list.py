from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.excluded_point import ExcludedPoint
    from ..models.need_match import NeedMatch
    from ..models.page_links import PageLinks
    from ..models.point_hit import PointHit
    from ..models.source_out import SourceOut


T = TypeVar("T", bound="PointList")


@_attrs_define
class PointList:
    """
    Attributes:
        items (list[PointHit]): This page of points.
        total (int): How many points match, over all pages.
        limit (int): Page size used.
        offset (int): Index of the first item.
        links (PageLinks):
        understood_as (list[NeedMatch]): How each `condition` and `symptom` value was read.
        excluded (list[ExcludedPoint]): Points left out because the person's situation says to avoid them.
        notice (str): Not-medical-advice notice for display.
        sources (list[SourceOut]): Every source cited in this answer.
    """

    items: list[PointHit]
    total: int
    limit: int
    offset: int
    links: PageLinks
    understood_as: list[NeedMatch]
    excluded: list[ExcludedPoint]
    notice: str
    sources: list[SourceOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        limit = self.limit

        offset = self.offset

        links = self.links.to_dict()

        understood_as = []
        for understood_as_item_data in self.understood_as:
            understood_as_item = understood_as_item_data.to_dict()
            understood_as.append(understood_as_item)

        excluded = []
        for excluded_item_data in self.excluded:
            excluded_item = excluded_item_data.to_dict()
            excluded.append(excluded_item)

        notice = self.notice

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "limit": limit,
                "offset": offset,
                "links": links,
                "understood_as": understood_as,
                "excluded": excluded,
                "notice": notice,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.excluded_point import ExcludedPoint  # noqa: PLC0415
        from ..models.need_match import NeedMatch  # noqa: PLC0415
        from ..models.page_links import PageLinks  # noqa: PLC0415
        from ..models.point_hit import PointHit  # noqa: PLC0415
        from ..models.source_out import SourceOut  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PointHit.from_dict(items_item_data)

            items.append(items_item)

        total = d.pop("total")

        limit = d.pop("limit")

        offset = d.pop("offset")

        links = PageLinks.from_dict(d.pop("links"))

        understood_as = []
        _understood_as = d.pop("understood_as")
        for understood_as_item_data in _understood_as:
            understood_as_item = NeedMatch.from_dict(understood_as_item_data)

            understood_as.append(understood_as_item)

        excluded = []
        _excluded = d.pop("excluded")
        for excluded_item_data in _excluded:
            excluded_item = ExcludedPoint.from_dict(excluded_item_data)

            excluded.append(excluded_item)

        notice = d.pop("notice")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceOut.from_dict(sources_item_data)

            sources.append(sources_item)

        point_list = cls(
            items=items,
            total=total,
            limit=limit,
            offset=offset,
            links=links,
            understood_as=understood_as,
            excluded=excluded,
            notice=notice,
            sources=sources,
        )

        point_list.additional_properties = d
        return point_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
