from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accept_correction_patch_type_0 import AcceptCorrectionPatchType0


T = TypeVar("T", bound="AcceptCorrection")


@_attrs_define
class AcceptCorrection:
    """
    Attributes:
        patch (AcceptCorrectionPatchType0 | None | Unset): The merge patch to apply; the reported one when omitted.
        note (None | str | Unset): A note for the reporter.
    """

    patch: AcceptCorrectionPatchType0 | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.accept_correction_patch_type_0 import AcceptCorrectionPatchType0  # noqa: PLC0415

        patch: dict[str, Any] | None | Unset
        if isinstance(self.patch, Unset):
            patch = UNSET
        elif isinstance(self.patch, AcceptCorrectionPatchType0):
            patch = self.patch.to_dict()
        else:
            patch = self.patch

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if patch is not UNSET:
            field_dict["patch"] = patch
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accept_correction_patch_type_0 import AcceptCorrectionPatchType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_patch(data: object) -> AcceptCorrectionPatchType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                patch_type_0 = AcceptCorrectionPatchType0.from_dict(data)

                return patch_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcceptCorrectionPatchType0 | None | Unset, data)

        patch = _parse_patch(d.pop("patch", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        accept_correction = cls(
            patch=patch,
            note=note,
        )

        return accept_correction
