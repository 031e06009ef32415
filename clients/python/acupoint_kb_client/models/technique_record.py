from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.side_use import SideUse, check_side_use
from ..types import UNSET, Unset

T = TypeVar("T", bound="TechniqueRecord")


@_attrs_define
class TechniqueRecord:
    """
    Attributes:
        instructions (str): How to press, in the source's words.
        sides (SideUse):
        applied_with (None | str | Unset): What presses.
        motion (None | str | Unset): How it moves.
        pressure (None | str | Unset): How hard.
        posture (None | str | Unset): How to sit or lie.
        duration_min_seconds (int | None | Unset): Shortest time, in seconds.
        duration_max_seconds (int | None | Unset): Longest time, in seconds.
        duration_text (None | str | Unset): The time as the source says it.
    """

    instructions: str
    sides: SideUse
    applied_with: None | str | Unset = UNSET
    motion: None | str | Unset = UNSET
    pressure: None | str | Unset = UNSET
    posture: None | str | Unset = UNSET
    duration_min_seconds: int | None | Unset = UNSET
    duration_max_seconds: int | None | Unset = UNSET
    duration_text: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        sides: str = self.sides

        applied_with: None | str | Unset
        if isinstance(self.applied_with, Unset):
            applied_with = UNSET
        else:
            applied_with = self.applied_with

        motion: None | str | Unset
        if isinstance(self.motion, Unset):
            motion = UNSET
        else:
            motion = self.motion

        pressure: None | str | Unset
        if isinstance(self.pressure, Unset):
            pressure = UNSET
        else:
            pressure = self.pressure

        posture: None | str | Unset
        if isinstance(self.posture, Unset):
            posture = UNSET
        else:
            posture = self.posture

        duration_min_seconds: int | None | Unset
        if isinstance(self.duration_min_seconds, Unset):
            duration_min_seconds = UNSET
        else:
            duration_min_seconds = self.duration_min_seconds

        duration_max_seconds: int | None | Unset
        if isinstance(self.duration_max_seconds, Unset):
            duration_max_seconds = UNSET
        else:
            duration_max_seconds = self.duration_max_seconds

        duration_text: None | str | Unset
        if isinstance(self.duration_text, Unset):
            duration_text = UNSET
        else:
            duration_text = self.duration_text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instructions": instructions,
                "sides": sides,
            }
        )
        if applied_with is not UNSET:
            field_dict["applied_with"] = applied_with
        if motion is not UNSET:
            field_dict["motion"] = motion
        if pressure is not UNSET:
            field_dict["pressure"] = pressure
        if posture is not UNSET:
            field_dict["posture"] = posture
        if duration_min_seconds is not UNSET:
            field_dict["duration_min_seconds"] = duration_min_seconds
        if duration_max_seconds is not UNSET:
            field_dict["duration_max_seconds"] = duration_max_seconds
        if duration_text is not UNSET:
            field_dict["duration_text"] = duration_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = d.pop("instructions")

        sides = check_side_use(d.pop("sides"))

        def _parse_applied_with(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        applied_with = _parse_applied_with(d.pop("applied_with", UNSET))

        def _parse_motion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        motion = _parse_motion(d.pop("motion", UNSET))

        def _parse_pressure(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pressure = _parse_pressure(d.pop("pressure", UNSET))

        def _parse_posture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        posture = _parse_posture(d.pop("posture", UNSET))

        def _parse_duration_min_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_min_seconds = _parse_duration_min_seconds(d.pop("duration_min_seconds", UNSET))

        def _parse_duration_max_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration_max_seconds = _parse_duration_max_seconds(d.pop("duration_max_seconds", UNSET))

        def _parse_duration_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_text = _parse_duration_text(d.pop("duration_text", UNSET))

        technique_record = cls(
            instructions=instructions,
            sides=sides,
            applied_with=applied_with,
            motion=motion,
            pressure=pressure,
            posture=posture,
            duration_min_seconds=duration_min_seconds,
            duration_max_seconds=duration_max_seconds,
            duration_text=duration_text,
        )

        return technique_record
