from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_view import BodyView, check_body_view

T = TypeVar("T", bound="BodyMapView")


@_attrs_define
class BodyMapView:
    """
    Attributes:
        view (BodyView): The views of the body figure (each its own SVG).
        width (float): Width of the SVG's viewBox.
        height (float): Height of the SVG's viewBox.
        href (str): Where to get the SVG.
    """

    view: BodyView
    width: float
    height: float
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view: str = self.view

        width = self.width

        height = self.height

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "view": view,
                "width": width,
                "height": height,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        view = check_body_view(d.pop("view"))

        width = d.pop("width")

        height = d.pop("height")

        href = d.pop("href")

        body_map_view = cls(
            view=view,
            width=width,
            height=height,
            href=href,
        )

        body_map_view.additional_properties = d
        return body_map_view

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
