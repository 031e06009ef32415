from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.safety_status import SafetyStatus, check_safety_status

if TYPE_CHECKING:
    from ..models.point_verdict import PointVerdict
    from ..models.source_out import SourceOut


T = TypeVar("T", bound="SafetyCheckResult")


@_attrs_define
class SafetyCheckResult:
    """
    Attributes:
        status (SafetyStatus):
        results (list[PointVerdict]): One verdict per point, in request order.
        advice (list[str]): What to do, e.g. to seek professional care for pain that persists.
        notice (str): Not-medical-advice notice for display.
        sources (list[SourceOut]): Every source cited in this answer.
    """

    status: SafetyStatus
    results: list[PointVerdict]
    advice: list[str]
    notice: str
    sources: list[SourceOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        advice = self.advice

        notice = self.notice

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "results": results,
                "advice": advice,
                "notice": notice,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.point_verdict import PointVerdict  # noqa: PLC0415
        from ..models.source_out import SourceOut  # noqa: PLC0415

        d = dict(src_dict)
        status = check_safety_status(d.pop("status"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = PointVerdict.from_dict(results_item_data)

            results.append(results_item)

        advice = cast(list[str], d.pop("advice"))

        notice = d.pop("notice")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceOut.from_dict(sources_item_data)

            sources.append(sources_item)

        safety_check_result = cls(
            status=status,
            results=results,
            advice=advice,
            notice=notice,
            sources=sources,
        )

        safety_check_result.additional_properties = d
        return safety_check_result

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
