from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonContext")


@_attrs_define
class PersonContext:
    """
    Attributes:
        pregnant (bool | Unset): The person is pregnant. Default: False.
        skin_issue_regions (list[str] | Unset): Body regions (slugs from /v1/regions) with open wounds, bruises or skin
            conditions.
        persistent_or_worsening_pain (bool | Unset): The pain persists or is getting worse. Default: False.
    """

    pregnant: bool | Unset = False
    skin_issue_regions: list[str] | Unset = UNSET
    persistent_or_worsening_pain: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        pregnant = self.pregnant

        skin_issue_regions: list[str] | Unset = UNSET
        if not isinstance(self.skin_issue_regions, Unset):
            skin_issue_regions = self.skin_issue_regions

        persistent_or_worsening_pain = self.persistent_or_worsening_pain

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if pregnant is not UNSET:
            field_dict["pregnant"] = pregnant
        if skin_issue_regions is not UNSET:
            field_dict["skin_issue_regions"] = skin_issue_regions
        if persistent_or_worsening_pain is not UNSET:
            field_dict["persistent_or_worsening_pain"] = persistent_or_worsening_pain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pregnant = d.pop("pregnant", UNSET)

        skin_issue_regions = cast(list[str], d.pop("skin_issue_regions", UNSET))

        persistent_or_worsening_pain = d.pop("persistent_or_worsening_pain", UNSET)

        person_context = cls(
            pregnant=pregnant,
            skin_issue_regions=skin_issue_regions,
            persistent_or_worsening_pain=persistent_or_worsening_pain,
        )

        return person_context
