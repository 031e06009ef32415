from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TipRecord")


@_attrs_define
class TipRecord:
    """
    Attributes:
        slug (str): The tip's key.
        source (str): The source that gives it.
        title (str): Its title.
        body (str): The advice.
        editorial_note (None | str | Unset): What the editors left out or changed, and why.
    """

    slug: str
    source: str
    title: str
    body: str
    editorial_note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        source = self.source

        title = self.title

        body = self.body

        editorial_note: None | str | Unset
        if isinstance(self.editorial_note, Unset):
            editorial_note = UNSET
        else:
            editorial_note = self.editorial_note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "source": source,
                "title": title,
                "body": body,
            }
        )
        if editorial_note is not UNSET:
            field_dict["editorial_note"] = editorial_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        source = d.pop("source")

        title = d.pop("title")

        body = d.pop("body")

        def _parse_editorial_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        editorial_note = _parse_editorial_note(d.pop("editorial_note", UNSET))

        tip_record = cls(
            slug=slug,
            source=source,
            title=title,
            body=body,
            editorial_note=editorial_note,
        )

        return tip_record
