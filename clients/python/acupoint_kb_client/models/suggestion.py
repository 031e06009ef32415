from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Suggestion")


@_attrs_define
class Suggestion:
    """
    Attributes:
        code (str): Canonical code of a point that may be meant.
        display_code (str): Code as usually displayed.
        name (str): Its pinyin name.
        matched (str): The spelling that came close.
        score (float): Similarity, 0–100.
    """

    code: str
    display_code: str
    name: str
    matched: str
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        display_code = self.display_code

        name = self.name

        matched = self.matched

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "display_code": display_code,
                "name": name,
                "matched": matched,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        display_code = d.pop("display_code")

        name = d.pop("name")

        matched = d.pop("matched")

        score = d.pop("score")

        suggestion = cls(
            code=code,
            display_code=display_code,
            name=name,
            matched=matched,
            score=score,
        )

        suggestion.additional_properties = d
        return suggestion

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
