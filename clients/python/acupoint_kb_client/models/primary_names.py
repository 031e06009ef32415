from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PrimaryNames")


@_attrs_define
class PrimaryNames:
    """
    Attributes:
        pinyin (str): Standard pinyin with tone marks.
        pinyin_toneless (str): Pinyin without tone marks.
        hanzi (str): Simplified characters.
        hanzi_traditional (str): Traditional characters.
        english (str): An English name: one a source gives, else the editors' literal rendering.
    """

    pinyin: str
    pinyin_toneless: str
    hanzi: str
    hanzi_traditional: str
    english: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pinyin = self.pinyin

        pinyin_toneless = self.pinyin_toneless

        hanzi = self.hanzi

        hanzi_traditional = self.hanzi_traditional

        english = self.english

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pinyin": pinyin,
                "pinyin_toneless": pinyin_toneless,
                "hanzi": hanzi,
                "hanzi_traditional": hanzi_traditional,
                "english": english,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pinyin = d.pop("pinyin")

        pinyin_toneless = d.pop("pinyin_toneless")

        hanzi = d.pop("hanzi")

        hanzi_traditional = d.pop("hanzi_traditional")

        english = d.pop("english")

        primary_names = cls(
            pinyin=pinyin,
            pinyin_toneless=pinyin_toneless,
            hanzi=hanzi,
            hanzi_traditional=hanzi_traditional,
            english=english,
        )

        primary_names.additional_properties = d
        return primary_names

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
