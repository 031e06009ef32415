from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.condition_claim import ConditionClaim
    from ..models.point_safety import PointSafety
    from ..models.point_summary import PointSummary
    from ..models.technique_out import TechniqueOut


T = TypeVar("T", bound="PointHit")


@_attrs_define
class PointHit:
    """
    Attributes:
        point (PointSummary):
        score (float): Relevance to the request (higher is better).
        needs_met (int): How many of the requested conditions/symptoms it helps.
        helps_with (list[ConditionClaim]): What the sources say it does for the requested conditions.
        techniques (list[TechniqueOut]): How to press it.
        safety (None | PointSafety): Verdict for the person's situation; null when none was given.
    """

    point: PointSummary
    score: float
    needs_met: int
    helps_with: list[ConditionClaim]
    techniques: list[TechniqueOut]
    safety: None | PointSafety
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.point_safety import PointSafety  # noqa: PLC0415

        point = self.point.to_dict()

        score = self.score

        needs_met = self.needs_met

        helps_with = []
        for helps_with_item_data in self.helps_with:
            helps_with_item = helps_with_item_data.to_dict()
            helps_with.append(helps_with_item)

        techniques = []
        for techniques_item_data in self.techniques:
            techniques_item = techniques_item_data.to_dict()
            techniques.append(techniques_item)

        safety: dict[str, Any] | None
        if isinstance(self.safety, PointSafety):
            safety = self.safety.to_dict()
        else:
            safety = self.safety

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "point": point,
                "score": score,
                "needs_met": needs_met,
                "helps_with": helps_with,
                "techniques": techniques,
                "safety": safety,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_claim import ConditionClaim  # noqa: PLC0415
        from ..models.point_safety import PointSafety  # noqa: PLC0415
        from ..models.point_summary import PointSummary  # noqa: PLC0415
        from ..models.technique_out import TechniqueOut  # noqa: PLC0415

        d = dict(src_dict)
        point = PointSummary.from_dict(d.pop("point"))

        score = d.pop("score")

        needs_met = d.pop("needs_met")

        helps_with = []
        _helps_with = d.pop("helps_with")
        for helps_with_item_data in _helps_with:
            helps_with_item = ConditionClaim.from_dict(helps_with_item_data)

            helps_with.append(helps_with_item)

        techniques = []
        _techniques = d.pop("techniques")
        for techniques_item_data in _techniques:
            techniques_item = TechniqueOut.from_dict(techniques_item_data)

            techniques.append(techniques_item)

        def _parse_safety(data: object) -> None | PointSafety:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                safety_type_0 = PointSafety.from_dict(data)

                return safety_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PointSafety, data)

        safety = _parse_safety(d.pop("safety"))

        point_hit = cls(
            point=point,
            score=score,
            needs_met=needs_met,
            helps_with=helps_with,
            techniques=techniques,
            safety=safety,
        )

        point_hit.additional_properties = d
        return point_hit

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
