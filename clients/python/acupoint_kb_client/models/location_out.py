from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_kind import LocationKind, check_location_kind

T = TypeVar("T", bound="LocationOut")


@_attrs_define
class LocationOut:
    """
    Attributes:
        kind (LocationKind):
        site (int): Which site (several for multi-site points, or a source's alternative).
        text (str): The location text.
        standard_uses (bool): True for the location the WHO standard gives.
        note (None | str): How this location differs from others.
        source (str): Slug of the source.
    """

    kind: LocationKind
    site: int
    text: str
    standard_uses: bool
    note: None | str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        site = self.site

        text = self.text

        standard_uses = self.standard_uses

        note: None | str
        note = self.note

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "site": site,
                "text": text,
                "standard_uses": standard_uses,
                "note": note,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_location_kind(d.pop("kind"))

        site = d.pop("site")

        text = d.pop("text")

        standard_uses = d.pop("standard_uses")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        source = d.pop("source")

        location_out = cls(
            kind=kind,
            site=site,
            text=text,
            standard_uses=standard_uses,
            note=note,
            source=source,
        )

        location_out.additional_properties = d
        return location_out

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
