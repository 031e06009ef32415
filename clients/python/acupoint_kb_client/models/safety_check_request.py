from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_context import PersonContext


T = TypeVar("T", bound="SafetyCheckRequest")


@_attrs_define
class SafetyCheckRequest:
    """
    Attributes:
        points (list[str]): Points by any identifier (code, pinyin, hanzi, English name).
        context (PersonContext | Unset):
    """

    points: list[str]
    context: PersonContext | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        points = self.points

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "points": points,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_context import PersonContext  # noqa: PLC0415

        d = dict(src_dict)
        points = cast(list[str], d.pop("points"))

        _context = d.pop("context", UNSET)
        context: PersonContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = PersonContext.from_dict(_context)

        safety_check_request = cls(
            points=points,
            context=context,
        )

        return safety_check_request
