from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExportChecksum")


@_attrs_define
class ExportChecksum:
    """
    Attributes:
        algorithm (Literal['sha-256']): The hash function.
        covers (Literal['records']): The member it is the checksum of.
        value (str): Hex SHA-256 of `records` in canonical form (RFC 8785), as sent.
    """

    algorithm: Literal["sha-256"]
    covers: Literal["records"]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm

        covers = self.covers

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "algorithm": algorithm,
                "covers": covers,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm = cast(Literal["sha-256"], d.pop("algorithm"))
        if algorithm != "sha-256":
            raise ValueError(f"algorithm must match const 'sha-256', got '{algorithm}'")

        covers = cast(Literal["records"], d.pop("covers"))
        if covers != "records":
            raise ValueError(f"covers must match const 'records', got '{covers}'")

        value = d.pop("value")

        export_checksum = cls(
            algorithm=algorithm,
            covers=covers,
            value=value,
        )

        export_checksum.additional_properties = d
        return export_checksum

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
