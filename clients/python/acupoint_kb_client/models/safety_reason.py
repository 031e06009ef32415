from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.severity import Severity, check_severity

T = TypeVar("T", bound="SafetyReason")


@_attrs_define
class SafetyReason:
    """
    Attributes:
        contraindication (str): Slug of the contraindication (see /v1/contraindications).
        severity (Severity):
        reason (str): Why it applies to this point and person.
        advice (str): What to do instead.
        advice_source (str): Slug of who wrote the advice (`acupoint-kb-editorial`: the editors).
        seek_professional_care (bool): True when the advice is to see a professional.
        source (str): Slug of the source of the contraindication.
    """

    contraindication: str
    severity: Severity
    reason: str
    advice: str
    advice_source: str
    seek_professional_care: bool
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contraindication = self.contraindication

        severity: str = self.severity

        reason = self.reason

        advice = self.advice

        advice_source = self.advice_source

        seek_professional_care = self.seek_professional_care

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contraindication": contraindication,
                "severity": severity,
                "reason": reason,
                "advice": advice,
                "advice_source": advice_source,
                "seek_professional_care": seek_professional_care,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contraindication = d.pop("contraindication")

        severity = check_severity(d.pop("severity"))

        reason = d.pop("reason")

        advice = d.pop("advice")

        advice_source = d.pop("advice_source")

        seek_professional_care = d.pop("seek_professional_care")

        source = d.pop("source")

        safety_reason = cls(
            contraindication=contraindication,
            severity=severity,
            reason=reason,
            advice=advice,
            advice_source=advice_source,
            seek_professional_care=seek_professional_care,
            source=source,
        )

        safety_reason.additional_properties = d
        return safety_reason

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
