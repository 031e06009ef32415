from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category, check_category

if TYPE_CHECKING:
    from ..models.category_member import CategoryMember


T = TypeVar("T", bound="CategoryOut")


@_attrs_define
class CategoryOut:
    """
    Attributes:
        slug (Category): The special-point categories of the classical texts.
        name (str): Its name for display.
        detail (None | str): What each member's `detail` gives.
        count (int): How many points it holds.
        points (list[CategoryMember]): Its points, in meridian order.
    """

    slug: Category
    name: str
    detail: None | str
    count: int
    points: list[CategoryMember]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug: str = self.slug

        name = self.name

        detail: None | str
        detail = self.detail

        count = self.count

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "detail": detail,
                "count": count,
                "points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_member import CategoryMember  # noqa: PLC0415

        d = dict(src_dict)
        slug = check_category(d.pop("slug"))

        name = d.pop("name")

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        count = d.pop("count")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = CategoryMember.from_dict(points_item_data)

            points.append(points_item)

        category_out = cls(
            slug=slug,
            name=name,
            detail=detail,
            count=count,
            points=points,
        )

        category_out.additional_properties = d
        return category_out

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
