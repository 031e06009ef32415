from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionRecord")


@_attrs_define
class ConditionRecord:
    """
    Attributes:
        slug (str): The condition's key.
        name (str): Its name.
        description (None | str | Unset): What it is, in plain words.
        synonyms (list[str] | Unset): Other ways people say it; symptom searches match them.
    """

    slug: str
    name: str
    description: None | str | Unset = UNSET
    synonyms: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        synonyms: list[str] | Unset = UNSET
        if not isinstance(self.synonyms, Unset):
            synonyms = self.synonyms

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if synonyms is not UNSET:
            field_dict["synonyms"] = synonyms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        synonyms = cast(list[str], d.pop("synonyms", UNSET))

        condition_record = cls(
            slug=slug,
            name=name,
            description=description,
            synonyms=synonyms,
        )

        return condition_record
