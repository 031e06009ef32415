from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.other_code import OtherCode


T = TypeVar("T", bound="MeridianOut")


@_attrs_define
class MeridianOut:
    """
    Attributes:
        code (str): WHO code.
        name (str): English name (WHO).
        name_pinyin (str): Full name in pinyin.
        name_hanzi (str): Full name, simplified.
        name_hanzi_traditional (str): Full name, traditional.
        point_count (int): Points on it in the WHO standard.
        other_codes (list[OtherCode]): Codes and names other lists use, each with a source that shows it in use.
        source (str): Slug of the source.
    """

    code: str
    name: str
    name_pinyin: str
    name_hanzi: str
    name_hanzi_traditional: str
    point_count: int
    other_codes: list[OtherCode]
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_pinyin = self.name_pinyin

        name_hanzi = self.name_hanzi

        name_hanzi_traditional = self.name_hanzi_traditional

        point_count = self.point_count

        other_codes = []
        for other_codes_item_data in self.other_codes:
            other_codes_item = other_codes_item_data.to_dict()
            other_codes.append(other_codes_item)

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_pinyin": name_pinyin,
                "name_hanzi": name_hanzi,
                "name_hanzi_traditional": name_hanzi_traditional,
                "point_count": point_count,
                "other_codes": other_codes,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_code import OtherCode  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        name_pinyin = d.pop("name_pinyin")

        name_hanzi = d.pop("name_hanzi")

        name_hanzi_traditional = d.pop("name_hanzi_traditional")

        point_count = d.pop("point_count")

        other_codes = []
        _other_codes = d.pop("other_codes")
        for other_codes_item_data in _other_codes:
            other_codes_item = OtherCode.from_dict(other_codes_item_data)

            other_codes.append(other_codes_item)

        source = d.pop("source")

        meridian_out = cls(
            code=code,
            name=name,
            name_pinyin=name_pinyin,
            name_hanzi=name_hanzi,
            name_hanzi_traditional=name_hanzi_traditional,
            point_count=point_count,
            other_codes=other_codes,
            source=source,
        )

        meridian_out.additional_properties = d
        return meridian_out

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
