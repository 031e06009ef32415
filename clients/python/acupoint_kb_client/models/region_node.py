from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RegionNode")


@_attrs_define
class RegionNode:
    """
    Attributes:
        slug (str): Stable identifier of the region.
        name (str): Its name for display.
        description (None | str): Where it is, when the name is not enough.
        point_count (int): Points in this region or any region inside it.
        children (list[RegionNode]): The regions directly inside this one.
    """

    slug: str
    name: str
    description: None | str
    point_count: int
    children: list[RegionNode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description: None | str
        description = self.description

        point_count = self.point_count

        children = []
        for children_item_data in self.children:
            children_item = children_item_data.to_dict()
            children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "description": description,
                "point_count": point_count,
                "children": children,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        point_count = d.pop("point_count")

        children = []
        _children = d.pop("children")
        for children_item_data in _children:
            children_item = RegionNode.from_dict(children_item_data)

            children.append(children_item)

        region_node = cls(
            slug=slug,
            name=name,
            description=description,
            point_count=point_count,
            children=children,
        )

        region_node.additional_properties = d
        return region_node

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
