from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConditionSummary")


@_attrs_define
class ConditionSummary:
    """
    Attributes:
        slug (str): Stable identifier of the condition.
        name (str): Its name for display.
        description (None | str): What it is, in plain words (null: none yet).
        synonyms (list[str]): Other ways people name it; any of them finds the condition.
        point_count (int): How many points a source says help with it.
    """

    slug: str
    name: str
    description: None | str
    synonyms: list[str]
    point_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description: None | str
        description = self.description

        synonyms = self.synonyms

        point_count = self.point_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "name": name,
                "description": description,
                "synonyms": synonyms,
                "point_count": point_count,
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

        synonyms = cast(list[str], d.pop("synonyms"))

        point_count = d.pop("point_count")

        condition_summary = cls(
            slug=slug,
            name=name,
            description=description,
            synonyms=synonyms,
            point_count=point_count,
        )

        condition_summary.additional_properties = d
        return condition_summary

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
