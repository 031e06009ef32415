from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.point_kind import PointKind, check_point_kind

if TYPE_CHECKING:
    from ..models.primary_names import PrimaryNames


T = TypeVar("T", bound="PointSummary")


@_attrs_define
class PointSummary:
    """
    Attributes:
        code (str): Canonical code, no hyphen.
        display_code (str): Code as usually displayed.
        kind (PointKind):
        meridian (None | str): Meridian code; null for extra points.
        number (int): Number on its meridian or in its extra group.
        names (PrimaryNames):
        regions (list[str]): Region slugs (empty where no source places it).
    """

    code: str
    display_code: str
    kind: PointKind
    meridian: None | str
    number: int
    names: PrimaryNames
    regions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        display_code = self.display_code

        kind: str = self.kind

        meridian: None | str
        meridian = self.meridian

        number = self.number

        names = self.names.to_dict()

        regions = self.regions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "display_code": display_code,
                "kind": kind,
                "meridian": meridian,
                "number": number,
                "names": names,
                "regions": regions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.primary_names import PrimaryNames  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        display_code = d.pop("display_code")

        kind = check_point_kind(d.pop("kind"))

        def _parse_meridian(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meridian = _parse_meridian(d.pop("meridian"))

        number = d.pop("number")

        names = PrimaryNames.from_dict(d.pop("names"))

        regions = cast(list[str], d.pop("regions"))

        point_summary = cls(
            code=code,
            display_code=display_code,
            kind=kind,
            meridian=meridian,
            number=number,
            names=names,
            regions=regions,
        )

        point_summary.additional_properties = d
        return point_summary

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
