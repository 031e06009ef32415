from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.point_safety import PointSafety


T = TypeVar("T", bound="ExcludedPoint")


@_attrs_define
class ExcludedPoint:
    """
    Attributes:
        code (str): Canonical code.
        display_code (str): Code as usually displayed.
        safety (PointSafety):
    """

    code: str
    display_code: str
    safety: PointSafety
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        display_code = self.display_code

        safety = self.safety.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "display_code": display_code,
                "safety": safety,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point_safety import PointSafety  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        display_code = d.pop("display_code")

        safety = PointSafety.from_dict(d.pop("safety"))

        excluded_point = cls(
            code=code,
            display_code=display_code,
            safety=safety,
        )

        excluded_point.additional_properties = d
        return excluded_point

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
