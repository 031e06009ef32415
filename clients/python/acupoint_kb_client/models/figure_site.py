from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.body_view import BodyView, check_body_view
from ..models.figure_side import FigureSide, check_figure_side

T = TypeVar("T", bound="FigureSite")


@_attrs_define
class FigureSite:
    """Where the body figure shows one site of the point: an approximate display position,
    computed from the point's location text; the text is the reference.

        Attributes:
            view (BodyView): The views of the body figure (each its own SVG).
            x (float): Share of the view's width, from the left edge of its SVG viewBox.
            y (float): Share of the view's height, from the top edge of its SVG viewBox.
            side (FigureSide): The person's own side.
            site (int): Which site, for points with several (both sides of a bilateral point share a number).
            source (str): Slug of the source that placed it on the figure.
            based_on (str): Slug of the source of the location it follows.
            note (None | str): Where the figure cannot show the site itself (inside the mouth, on the sole), what it shows
                instead.
    """

    view: BodyView
    x: float
    y: float
    side: FigureSide
    site: int
    source: str
    based_on: str
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        view: str = self.view

        x = self.x

        y = self.y

        side: str = self.side

        site = self.site

        source = self.source

        based_on = self.based_on

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "view": view,
                "x": x,
                "y": y,
                "side": side,
                "site": site,
                "source": source,
                "based_on": based_on,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        view = check_body_view(d.pop("view"))

        x = d.pop("x")

        y = d.pop("y")

        side = check_figure_side(d.pop("side"))

        site = d.pop("site")

        source = d.pop("source")

        based_on = d.pop("based_on")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        figure_site = cls(
            view=view,
            x=x,
            y=y,
            side=side,
            site=site,
            source=source,
            based_on=based_on,
            note=note,
        )

        figure_site.additional_properties = d
        return figure_site

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
