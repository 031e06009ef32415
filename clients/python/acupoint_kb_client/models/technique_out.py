from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side_use import SideUse, check_side_use

T = TypeVar("T", bound="TechniqueOut")


@_attrs_define
class TechniqueOut:
    """
    Attributes:
        instructions (str): The source's instructions.
        applied_with (None | str): Thumb, fingers… (null: not stated).
        motion (None | str): Circular, steady, hold… (null: not stated).
        pressure (None | str): Firm, moderate… (null: not stated).
        posture (None | str): How to sit or lie (null: not stated).
        duration_min_seconds (int | None): Shortest time per application.
        duration_max_seconds (int | None): Longest time per application.
        duration_text (None | str): The source's wording of the time.
        sides (SideUse):
        source (str): Slug of the source.
    """

    instructions: str
    applied_with: None | str
    motion: None | str
    pressure: None | str
    posture: None | str
    duration_min_seconds: int | None
    duration_max_seconds: int | None
    duration_text: None | str
    sides: SideUse
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        applied_with: None | str
        applied_with = self.applied_with

        motion: None | str
        motion = self.motion

        pressure: None | str
        pressure = self.pressure

        posture: None | str
        posture = self.posture

        duration_min_seconds: int | None
        duration_min_seconds = self.duration_min_seconds

        duration_max_seconds: int | None
        duration_max_seconds = self.duration_max_seconds

        duration_text: None | str
        duration_text = self.duration_text

        sides: str = self.sides

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
                "applied_with": applied_with,
                "motion": motion,
                "pressure": pressure,
                "posture": posture,
                "duration_min_seconds": duration_min_seconds,
                "duration_max_seconds": duration_max_seconds,
                "duration_text": duration_text,
                "sides": sides,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = d.pop("instructions")

        def _parse_applied_with(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        applied_with = _parse_applied_with(d.pop("applied_with"))

        def _parse_motion(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        motion = _parse_motion(d.pop("motion"))

        def _parse_pressure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pressure = _parse_pressure(d.pop("pressure"))

        def _parse_posture(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        posture = _parse_posture(d.pop("posture"))

        def _parse_duration_min_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_min_seconds = _parse_duration_min_seconds(d.pop("duration_min_seconds"))

        def _parse_duration_max_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_max_seconds = _parse_duration_max_seconds(d.pop("duration_max_seconds"))

        def _parse_duration_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        duration_text = _parse_duration_text(d.pop("duration_text"))

        sides = check_side_use(d.pop("sides"))

        source = d.pop("source")

        technique_out = cls(
            instructions=instructions,
            applied_with=applied_with,
            motion=motion,
            pressure=pressure,
            posture=posture,
            duration_min_seconds=duration_min_seconds,
            duration_max_seconds=duration_max_seconds,
            duration_text=duration_text,
            sides=sides,
            source=source,
        )

        technique_out.additional_properties = d
        return technique_out

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
