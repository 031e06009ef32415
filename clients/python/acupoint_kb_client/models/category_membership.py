from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.category import Category, check_category

T = TypeVar("T", bound="CategoryMembership")


@_attrs_define
class CategoryMembership:
    """
    Attributes:
        detail (None | str): Its phase, organ, vessel, or what it influences.
        source (str): Slug of the source.
        confirmed_by (None | str): Slug of a second, independent source that agrees.
        category (Category): The special-point categories of the classical texts.
    """

    detail: None | str
    source: str
    confirmed_by: None | str
    category: Category
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: None | str
        detail = self.detail

        source = self.source

        confirmed_by: None | str
        confirmed_by = self.confirmed_by

        category: str = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "source": source,
                "confirmed_by": confirmed_by,
                "category": category,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_detail(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detail = _parse_detail(d.pop("detail"))

        source = d.pop("source")

        def _parse_confirmed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        confirmed_by = _parse_confirmed_by(d.pop("confirmed_by"))

        category = check_category(d.pop("category"))

        category_membership = cls(
            detail=detail,
            source=source,
            confirmed_by=confirmed_by,
            category=category,
        )

        category_membership.additional_properties = d
        return category_membership

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
