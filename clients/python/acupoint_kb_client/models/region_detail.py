from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.point_summary import PointSummary
    from ..models.region_child import RegionChild
    from ..models.region_ref import RegionRef
    from ..models.review import Review


T = TypeVar("T", bound="RegionDetail")


@_attrs_define
class RegionDetail:
    """
    Attributes:
        slug (str): Stable identifier of the region.
        name (str): Its name for display.
        description (None | str): Where it is, when the name is not enough.
        ancestors (list[RegionRef]): The regions that contain this one, from the top-level region down.
        children (list[RegionChild]): The regions directly inside this one.
        point_count (int): Points in this region or any region inside it.
        points (list[PointSummary]): Those points, in meridian order then number.
        source (str): Slug of the source of the region vocabulary.
        review (Review):
    """

    slug: str
    name: str
    description: None | str
    ancestors: list[RegionRef]
    children: list[RegionChild]
    point_count: int
    points: list[PointSummary]
    source: str
    review: Review
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description: None | str
        description = self.description

        ancestors = []
        for ancestors_item_data in self.ancestors:
            ancestors_item = ancestors_item_data.to_dict()
            ancestors.append(ancestors_item)

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        point_count = self.point_count

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        source = self.source

        review = self.review.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "description": description,
                "ancestors": ancestors,
                "children": children,
                "point_count": point_count,
                "points": points,
                "source": source,
                "review": review,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point_summary import PointSummary  # noqa: PLC0415
        from ..models.region_child import RegionChild  # noqa: PLC0415
        from ..models.region_ref import RegionRef  # noqa: PLC0415
        from ..models.review import Review  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        ancestors = []
        _ancestors = d.pop("ancestors")
        for ancestors_item_data in _ancestors:
            ancestors_item = RegionRef.from_dict(ancestors_item_data)

            ancestors.append(ancestors_item)

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = RegionChild.from_dict(children_item_data)

            children.append(children_item)

        point_count = d.pop("point_count")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = PointSummary.from_dict(points_item_data)

            points.append(points_item)

        source = d.pop("source")

        review = Review.from_dict(d.pop("review"))

        region_detail = cls(
            slug=slug,
            name=name,
            description=description,
            ancestors=ancestors,
            children=children,
            point_count=point_count,
            points=points,
            source=source,
            review=review,
        )

        region_detail.additional_properties = d
        return region_detail

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
