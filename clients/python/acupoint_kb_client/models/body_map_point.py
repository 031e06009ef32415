from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.figure_site import FigureSite


T = TypeVar("T", bound="BodyMapPoint")


@_attrs_define
class BodyMapPoint:
    """
    Attributes:
        code (str): Canonical code, no hyphen.
        display_code (str): Code as usually displayed.
        sites (list[FigureSite]): Where the figure shows it: one entry per site and side.
    """

    code: str
    display_code: str
    sites: list[FigureSite]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        display_code = self.display_code

        sites = []
        for sites_item_data in self.sites:
            sites_item = sites_item_data.to_dict()
            sites.append(sites_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "display_code": display_code,
                "sites": sites,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figure_site import FigureSite  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        display_code = d.pop("display_code")

        sites = []
        _sites = d.pop("sites")
        for sites_item_data in _sites:
            sites_item = FigureSite.from_dict(sites_item_data)

            sites.append(sites_item)

        body_map_point = cls(
            code=code,
            display_code=display_code,
            sites=sites,
        )

        body_map_point.additional_properties = d
        return body_map_point

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
