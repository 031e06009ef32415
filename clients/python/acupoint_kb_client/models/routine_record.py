from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RoutineRecord")


@_attrs_define
class RoutineRecord:
    """
    Attributes:
        slug (str): The routine's key.
        source (str): The source that gives it.
        title (str): Its title.
        description (str): What it is, in plain words.
        steps (list[str]): The points' codes, in order.
        condition (None | str | Unset): The slug of the condition it is for.
    """

    slug: str
    source: str
    title: str
    description: str
    steps: list[str]
    condition: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        source = self.source

        title = self.title

        description = self.description

        steps = self.steps

        condition: None | str | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        else:
            condition = self.condition

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "source": source,
                "title": title,
                "description": description,
                "steps": steps,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        source = d.pop("source")

        title = d.pop("title")

        description = d.pop("description")

        steps = cast(list[str], d.pop("steps"))

        def _parse_condition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        routine_record = cls(
            slug=slug,
            source=source,
            title=title,
            description=description,
            steps=steps,
            condition=condition,
        )

        return routine_record
