from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.side_use import SideUse, check_side_use

if TYPE_CHECKING:
    from ..models.point_summary import PointSummary
    from ..models.technique_out import TechniqueOut


T = TypeVar("T", bound="RoutineStepOut")


@_attrs_define
class RoutineStepOut:
    """
    Attributes:
        position (int): 1 for the first step.
        point (PointSummary):
        technique (None | TechniqueOut): How the routine's source says to press the point (null: not stated).
        duration_min_seconds (int | None): The source's shortest time per application (null: not stated).
        duration_max_seconds (int | None): The source's longest time per application (null: not stated).
        duration_text (None | str): The source's wording of the time.
        sides (SideUse):
        applications (int): How many times the per-application time is spent: 2 when the source says to press each side
            (or alternate sides) of a bilateral point, else 1.
        total_min_seconds (int | None): Shortest time the whole step takes (null: the source gives no duration).
        total_max_seconds (int | None): Longest time the whole step takes (null: the source gives no duration).
        note (None | str): Editorial note on this step.
        source (str): Slug of the source of the step.
    """

    position: int
    point: PointSummary
    technique: None | TechniqueOut
    duration_min_seconds: int | None
    duration_max_seconds: int | None
    duration_text: None | str
    sides: SideUse
    applications: int
    total_min_seconds: int | None
    total_max_seconds: int | None
    note: None | str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.technique_out import TechniqueOut  # noqa: PLC0415

        position = self.position

        point = self.point.to_dict()

        technique: dict[str, Any] | None
        if isinstance(self.technique, TechniqueOut):
            technique = self.technique.to_dict()
        else:
            technique = self.technique

        duration_min_seconds: int | None
        duration_min_seconds = self.duration_min_seconds

        duration_max_seconds: int | None
        duration_max_seconds = self.duration_max_seconds

        duration_text: None | str
        duration_text = self.duration_text

        sides: str = self.sides

        applications = self.applications

        total_min_seconds: int | None
        total_min_seconds = self.total_min_seconds

        total_max_seconds: int | None
        total_max_seconds = self.total_max_seconds

        note: None | str
        note = self.note

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "point": point,
                "technique": technique,
                "duration_min_seconds": duration_min_seconds,
                "duration_max_seconds": duration_max_seconds,
                "duration_text": duration_text,
                "sides": sides,
                "applications": applications,
                "total_min_seconds": total_min_seconds,
                "total_max_seconds": total_max_seconds,
                "note": note,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point_summary import PointSummary  # noqa: PLC0415
        from ..models.technique_out import TechniqueOut  # noqa: PLC0415

        d = dict(src_dict)
        position = d.pop("position")

        point = PointSummary.from_dict(d.pop("point"))

        def _parse_technique(data: object) -> None | TechniqueOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                technique_type_0 = TechniqueOut.from_dict(data)

                return technique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TechniqueOut, data)

        technique = _parse_technique(d.pop("technique"))

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

        applications = d.pop("applications")

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

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        source = d.pop("source")

        routine_step_out = cls(
            position=position,
            point=point,
            technique=technique,
            duration_min_seconds=duration_min_seconds,
            duration_max_seconds=duration_max_seconds,
            duration_text=duration_text,
            sides=sides,
            applications=applications,
            total_min_seconds=total_min_seconds,
            total_max_seconds=total_max_seconds,
            note=note,
            source=source,
        )

        routine_step_out.additional_properties = d
        return routine_step_out

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
