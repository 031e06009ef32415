from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.body_map_point import BodyMapPoint
    from ..models.body_map_view import BodyMapView
    from ..models.source_out import SourceOut


T = TypeVar("T", bound="BodyMap")


@_attrs_define
class BodyMap:
    """Coordinates are shares (0–1) of a view's width and height from the top-left of its
    viewBox; a site's `side` is the person's own side.

        Attributes:
            views (list[BodyMapView]): The figure's views, each its own SVG.
            points (list[BodyMapPoint]): Every point with a location, in conventional order.
            attribution (str): What the figure and positions are; show it with the map.
            sources (list[SourceOut]): Every source the sites cite.
            dataset_version (str): Version of the dataset that answered.
    """

    views: list[BodyMapView]
    points: list[BodyMapPoint]
    attribution: str
    sources: list[SourceOut]
    dataset_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        views = []
        for views_item_data in self.views:
            views_item = views_item_data.to_dict()
            views.append(views_item)

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        attribution = self.attribution

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        dataset_version = self.dataset_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "views": views,
                "points": points,
                "attribution": attribution,
                "sources": sources,
                "dataset_version": dataset_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.body_map_point import BodyMapPoint  # noqa: PLC0415
        from ..models.body_map_view import BodyMapView  # noqa: PLC0415
        from ..models.source_out import SourceOut  # noqa: PLC0415

        d = dict(src_dict)
        views = []
        _views = d.pop("views")
        for views_item_data in _views:
            views_item = BodyMapView.from_dict(views_item_data)

            views.append(views_item)

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = BodyMapPoint.from_dict(points_item_data)

            points.append(points_item)

        attribution = d.pop("attribution")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceOut.from_dict(sources_item_data)

            sources.append(sources_item)

        dataset_version = d.pop("dataset_version")

        body_map = cls(
            views=views,
            points=points,
            attribution=attribution,
            sources=sources,
            dataset_version=dataset_version,
        )

        body_map.additional_properties = d
        return body_map

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
