from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_item_operation import ChangeItemOperation, check_change_item_operation

if TYPE_CHECKING:
    from ..models.change_item_content_type_0 import ChangeItemContentType0


T = TypeVar("T", bound="ChangeItem")


@_attrs_define
class ChangeItem:
    """
    Attributes:
        cursor (str): This change's place in the feed.
        kind (str): The kind of record.
        key (str): The record's key within its kind.
        operation (ChangeItemOperation): `upsert`: the record is now `content`; `delete`: it is gone (tombstone).
        position (int | None): The record's place among its kind (0-based); null for a delete.
        content (ChangeItemContentType0 | None): The whole record after the change; null for a delete.
        dataset_version (str): The dataset version this change made.
        changed_at (datetime.datetime): When.
    """

    cursor: str
    kind: str
    key: str
    operation: ChangeItemOperation
    position: int | None
    content: ChangeItemContentType0 | None
    dataset_version: str
    changed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_item_content_type_0 import ChangeItemContentType0  # noqa: PLC0415

        cursor = self.cursor

        kind = self.kind

        key = self.key

        operation: str = self.operation

        position: int | None
        position = self.position

        content: dict[str, Any] | None
        if isinstance(self.content, ChangeItemContentType0):
            content = self.content.to_dict()
        else:
            content = self.content

        dataset_version = self.dataset_version

        changed_at = self.changed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "kind": kind,
                "key": key,
                "operation": operation,
                "position": position,
                "content": content,
                "dataset_version": dataset_version,
                "changed_at": changed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_item_content_type_0 import ChangeItemContentType0  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor")

        kind = d.pop("kind")

        key = d.pop("key")

        operation = check_change_item_operation(d.pop("operation"))

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        def _parse_content(data: object) -> ChangeItemContentType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = ChangeItemContentType0.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeItemContentType0 | None, data)

        content = _parse_content(d.pop("content"))

        dataset_version = d.pop("dataset_version")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        change_item = cls(
            cursor=cursor,
            kind=kind,
            key=key,
            operation=operation,
            position=position,
            content=content,
            dataset_version=dataset_version,
            changed_at=changed_at,
        )

        change_item.additional_properties = d
        return change_item

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
