from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NeedMatch")


@_attrs_define
class NeedMatch:
    """How one `condition` or `symptom` value was understood.

    Attributes:
        given (str): The value as given.
        parameter (str): `condition` or `symptom`.
        conditions (list[str]): Condition slugs it was read as, best first.
        scores (list[float]): How well it matched each, 0–100.
        matched (list[str]): The name or synonym that matched each.
    """

    given: str
    parameter: str
    conditions: list[str]
    scores: list[float]
    matched: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        given = self.given

        parameter = self.parameter

        conditions = self.conditions

        scores = self.scores

        matched = self.matched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "given": given,
                "parameter": parameter,
                "conditions": conditions,
                "scores": scores,
                "matched": matched,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        given = d.pop("given")

        parameter = d.pop("parameter")

        conditions = cast(list[str], d.pop("conditions"))

        scores = cast(list[float], d.pop("scores"))

        matched = cast(list[str], d.pop("matched"))

        need_match = cls(
            given=given,
            parameter=parameter,
            conditions=conditions,
            scores=scores,
            matched=matched,
        )

        need_match.additional_properties = d
        return need_match

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
