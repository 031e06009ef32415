from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.name_kind import NameKind, check_name_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="NameRecord")


@_attrs_define
class NameRecord:
    """
    Attributes:
        kind (NameKind):
        value (str): The name as written.
        language (str): Its BCP 47 language tag.
        note (None | str | Unset): Anything to know about it.
    """

    kind: NameKind
    value: str
    language: str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        value = self.value

        language = self.language

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "value": value,
                "language": language,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_name_kind(d.pop("kind"))

        value = d.pop("value")

        language = d.pop("language")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        name_record = cls(
            kind=kind,
            value=value,
            language=language,
            note=note,
        )

        return name_record
