from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.name_kind import NameKind, check_name_kind

T = TypeVar("T", bound="NameOut")


@_attrs_define
class NameOut:
    """
    Attributes:
        kind (NameKind):
        value (str): The name as written.
        language (str): BCP 47 tag.
        source (str): Slug of the source that gives this name.
        note (None | str): Why the name is notable (a variant code, say).
    """

    kind: NameKind
    value: str
    language: str
    source: str
    note: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        value = self.value

        language = self.language

        source = self.source

        note: None | str
        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "value": value,
                "language": language,
                "source": source,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_name_kind(d.pop("kind"))

        value = d.pop("value")

        language = d.pop("language")

        source = d.pop("source")

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        name_out = cls(
            kind=kind,
            value=value,
            language=language,
            source=source,
            note=note,
        )

        name_out.additional_properties = d
        return name_out

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
