from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.correction_report_kind import CorrectionReportKind, check_correction_report_kind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.correction_report_patch_type_0 import CorrectionReportPatchType0


T = TypeVar("T", bound="CorrectionReport")


@_attrs_define
class CorrectionReport:
    """A mistake someone found in a record.

    Attributes:
        kind (CorrectionReportKind): The kind of record.
        key (str): The record's key: a slug, or CODE/source for point details.
        problem (str): What is wrong.
        suggested_fix (str): What it should say, and where that comes from.
        patch (CorrectionReportPatchType0 | None | Unset): Optional: the fix as a JSON Merge Patch of the record.
        contact (None | str | Unset): Optional: how a curator may reach you (never shown publicly).
    """

    kind: CorrectionReportKind
    key: str
    problem: str
    suggested_fix: str
    patch: CorrectionReportPatchType0 | None | Unset = UNSET
    contact: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.correction_report_patch_type_0 import CorrectionReportPatchType0  # noqa: PLC0415

        kind: str = self.kind

        key = self.key

        problem = self.problem

        suggested_fix = self.suggested_fix

        patch: dict[str, Any] | None | Unset
        if isinstance(self.patch, Unset):
            patch = UNSET
        elif isinstance(self.patch, CorrectionReportPatchType0):
            patch = self.patch.to_dict()
        else:
            patch = self.patch

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "key": key,
                "problem": problem,
                "suggested_fix": suggested_fix,
            }
        )
        if patch is not UNSET:
            field_dict["patch"] = patch
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correction_report_patch_type_0 import CorrectionReportPatchType0  # noqa: PLC0415

        d = dict(src_dict)
        kind = check_correction_report_kind(d.pop("kind"))

        key = d.pop("key")

        problem = d.pop("problem")

        suggested_fix = d.pop("suggested_fix")

        def _parse_patch(data: object) -> CorrectionReportPatchType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                patch_type_0 = CorrectionReportPatchType0.from_dict(data)

                return patch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CorrectionReportPatchType0 | None | Unset, data)

        patch = _parse_patch(d.pop("patch", UNSET))

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        correction_report = cls(
            kind=kind,
            key=key,
            problem=problem,
            suggested_fix=suggested_fix,
            patch=patch,
            contact=contact,
        )

        return correction_report
