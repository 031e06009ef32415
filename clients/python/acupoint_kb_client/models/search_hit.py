from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hit_kind import HitKind, check_hit_kind

T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        kind (HitKind):
        id (str): Point code or condition/region slug.
        title (str): Display name.
        matched (str): The name or text that matched.
        score (float): 0–100; 100 is an exact match.
        href (str): Where to read it.
    """

    kind: HitKind
    id: str
    title: str
    matched: str
    score: float
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        id = self.id

        title = self.title

        matched = self.matched

        score = self.score

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
                "title": title,
                "matched": matched,
                "score": score,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_hit_kind(d.pop("kind"))

        id = d.pop("id")

        title = d.pop("title")

        matched = d.pop("matched")

        score = d.pop("score")

        href = d.pop("href")

        search_hit = cls(
            kind=kind,
            id=id,
            title=title,
            matched=matched,
            score=score,
            href=href,
        )

        search_hit.additional_properties = d
        return search_hit

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
