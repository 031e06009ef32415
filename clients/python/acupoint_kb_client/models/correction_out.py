from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.correction_status import CorrectionStatus, check_correction_status

if TYPE_CHECKING:
    from ..models.correction_out_patch_type_0 import CorrectionOutPatchType0


T = TypeVar("T", bound="CorrectionOut")


@_attrs_define
class CorrectionOut:
    """What a curator sees.

    Attributes:
        id (str): The correction's id.
        kind (str): The kind of record.
        key (str): The record's key.
        status (CorrectionStatus):
        reported_at (datetime.datetime): When it was reported.
        decided_at (datetime.datetime | None): When a curator decided.
        decision_reason (None | str): Why it was rejected (or a note on acceptance).
        problem (str): What is wrong, as reported.
        suggested_fix (str): The fix, as reported.
        patch (CorrectionOutPatchType0 | None): The fix as a merge patch, if given.
        contact (None | str): The reporter's contact, if given.
        decided_by (None | str): The curator who decided.
    """

    id: str
    kind: str
    key: str
    status: CorrectionStatus
    reported_at: datetime.datetime
    decided_at: datetime.datetime | None
    decision_reason: None | str
    problem: str
    suggested_fix: str
    patch: CorrectionOutPatchType0 | None
    contact: None | str
    decided_by: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.correction_out_patch_type_0 import CorrectionOutPatchType0  # noqa: PLC0415

        id = self.id

        kind = self.kind

        key = self.key

        status: str = self.status

        reported_at = self.reported_at.isoformat()

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decision_reason: None | str
        decision_reason = self.decision_reason

        problem = self.problem

        suggested_fix = self.suggested_fix

        patch: dict[str, Any] | None
        if isinstance(self.patch, CorrectionOutPatchType0):
            patch = self.patch.to_dict()
        else:
            patch = self.patch

        contact: None | str
        contact = self.contact

        decided_by: None | str
        decided_by = self.decided_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "key": key,
                "status": status,
                "reported_at": reported_at,
                "decided_at": decided_at,
                "decision_reason": decision_reason,
                "problem": problem,
                "suggested_fix": suggested_fix,
                "patch": patch,
                "contact": contact,
                "decided_by": decided_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correction_out_patch_type_0 import CorrectionOutPatchType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        key = d.pop("key")

        status = check_correction_status(d.pop("status"))

        reported_at = datetime.datetime.fromisoformat(d.pop("reported_at"))

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))

        def _parse_decision_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason"))

        problem = d.pop("problem")

        suggested_fix = d.pop("suggested_fix")

        def _parse_patch(data: object) -> CorrectionOutPatchType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                patch_type_0 = CorrectionOutPatchType0.from_dict(data)

                return patch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CorrectionOutPatchType0 | None, data)

        patch = _parse_patch(d.pop("patch"))

        def _parse_contact(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        contact = _parse_contact(d.pop("contact"))

        def _parse_decided_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by = _parse_decided_by(d.pop("decided_by"))

        correction_out = cls(
            id=id,
            kind=kind,
            key=key,
            status=status,
            reported_at=reported_at,
            decided_at=decided_at,
            decision_reason=decision_reason,
            problem=problem,
            suggested_fix=suggested_fix,
            patch=patch,
            contact=contact,
            decided_by=decided_by,
        )

        correction_out.additional_properties = d
        return correction_out

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
