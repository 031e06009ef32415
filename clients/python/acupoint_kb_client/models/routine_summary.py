from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition_ref import ConditionRef


T = TypeVar("T", bound="RoutineSummary")


@_attrs_define
class RoutineSummary:
    """
    Attributes:
        slug (str): Stable identifier of the routine.
        title (str): Its title for display.
        description (str): What the routine is and where it comes from.
        condition (ConditionRef | None): The condition the routine is for.
        step_count (int): How many steps it has.
        total_min_seconds (int | None): Shortest total time over the steps whose source gives a duration (null when none
            does); see `steps_without_duration` on the routine.
        total_max_seconds (int | None): Longest total time over the same steps.
        source (str): Slug of the source of the routine.
    """

    slug: str
    title: str
    description: str
    condition: ConditionRef | None
    step_count: int
    total_min_seconds: int | None
    total_max_seconds: int | None
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_ref import ConditionRef  # noqa: PLC0415

        slug = self.slug

        title = self.title

        description = self.description

        condition: dict[str, Any] | None
        if isinstance(self.condition, ConditionRef):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        step_count = self.step_count

        total_min_seconds: int | None
        total_min_seconds = self.total_min_seconds

        total_max_seconds: int | None
        total_max_seconds = self.total_max_seconds

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "description": description,
                "condition": condition,
                "step_count": step_count,
                "total_min_seconds": total_min_seconds,
                "total_max_seconds": total_max_seconds,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_ref import ConditionRef  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        description = d.pop("description")

        def _parse_condition(data: object) -> ConditionRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = ConditionRef.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionRef | None, data)

        condition = _parse_condition(d.pop("condition"))

        step_count = d.pop("step_count")

        def _parse_total_min_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_min_seconds = _parse_total_min_seconds(d.pop("total_min_seconds"))

        def _parse_total_max_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_max_seconds = _parse_total_max_seconds(d.pop("total_max_seconds"))

        source = d.pop("source")

        routine_summary = cls(
            slug=slug,
            title=title,
            description=description,
            condition=condition,
            step_count=step_count,
            total_min_seconds=total_min_seconds,
            total_max_seconds=total_max_seconds,
            source=source,
        )

        routine_summary.additional_properties = d
        return routine_summary

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
