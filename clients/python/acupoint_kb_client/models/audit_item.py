from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.audit_item_after_type_0 import AuditItemAfterType0
    from ..models.audit_item_before_type_0 import AuditItemBeforeType0


T = TypeVar("T", bound="AuditItem")


@_attrs_define
class AuditItem:
    """
    Attributes:
        id (int): The entry's number.
        at (datetime.datetime): When.
        actor (str): The name of the key that wrote.
        action (str): create, update, delete or restore.
        kind (str): The kind of record.
        key (str): The record's key.
        outcome (str): `applied` or `refused`.
        status (int): The HTTP status the write answered.
        reason (None | str): Why it was refused.
        before (AuditItemBeforeType0 | None): The record before (applied writes; null: created).
        after (AuditItemAfterType0 | None): The record after (applied writes; null: deleted).
        dataset_version (None | str): The dataset version it made.
        correction (None | str): The correction it applied, if any.
    """

    id: int
    at: datetime.datetime
    actor: str
    action: str
    kind: str
    key: str
    outcome: str
    status: int
    reason: None | str
    before: AuditItemBeforeType0 | None
    after: AuditItemAfterType0 | None
    dataset_version: None | str
    correction: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_item_after_type_0 import AuditItemAfterType0  # noqa: PLC0415
        from ..models.audit_item_before_type_0 import AuditItemBeforeType0  # noqa: PLC0415

        id = self.id

        at = self.at.isoformat()

        actor = self.actor

        action = self.action

        kind = self.kind

        key = self.key

        outcome = self.outcome

        status = self.status

        reason: None | str
        reason = self.reason

        before: dict[str, Any] | None
        if isinstance(self.before, AuditItemBeforeType0):
            before = self.before.to_dict()
        else:
            before = self.before

        after: dict[str, Any] | None
        if isinstance(self.after, AuditItemAfterType0):
            after = self.after.to_dict()
        else:
            after = self.after

        dataset_version: None | str
        dataset_version = self.dataset_version

        correction: None | str
        correction = self.correction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "actor": actor,
                "action": action,
                "kind": kind,
                "key": key,
                "outcome": outcome,
                "status": status,
                "reason": reason,
                "before": before,
                "after": after,
                "dataset_version": dataset_version,
                "correction": correction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_item_after_type_0 import AuditItemAfterType0  # noqa: PLC0415
        from ..models.audit_item_before_type_0 import AuditItemBeforeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor = d.pop("actor")

        action = d.pop("action")

        kind = d.pop("kind")

        key = d.pop("key")

        outcome = d.pop("outcome")

        status = d.pop("status")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        def _parse_before(data: object) -> AuditItemBeforeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = AuditItemBeforeType0.from_dict(data)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditItemBeforeType0 | None, data)

        before = _parse_before(d.pop("before"))

        def _parse_after(data: object) -> AuditItemAfterType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                after_type_0 = AuditItemAfterType0.from_dict(data)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuditItemAfterType0 | None, data)

        after = _parse_after(d.pop("after"))

        def _parse_dataset_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dataset_version = _parse_dataset_version(d.pop("dataset_version"))

        def _parse_correction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        correction = _parse_correction(d.pop("correction"))

        audit_item = cls(
            id=id,
            at=at,
            actor=actor,
            action=action,
            kind=kind,
            key=key,
            outcome=outcome,
            status=status,
            reason=reason,
            before=before,
            after=after,
            dataset_version=dataset_version,
            correction=correction,
        )

        audit_item.additional_properties = d
        return audit_item

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
