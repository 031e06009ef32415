from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.safety_status import SafetyStatus, check_safety_status

if TYPE_CHECKING:
    from ..models.safety_reason import SafetyReason


T = TypeVar("T", bound="PointSafety")


@_attrs_define
class PointSafety:
    """
    Attributes:
        status (SafetyStatus):
        reasons (list[SafetyReason]): Each contraindication that applies.
    """

    status: SafetyStatus
    reasons: list[SafetyReason]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.safety_reason import SafetyReason  # noqa: PLC0415

        d = dict(src_dict)
        status = check_safety_status(d.pop("status"))

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = SafetyReason.from_dict(reasons_item_data)

            reasons.append(reasons_item)

        point_safety = cls(
            status=status,
            reasons=reasons,
        )

        point_safety.additional_properties = d
        return point_safety

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
