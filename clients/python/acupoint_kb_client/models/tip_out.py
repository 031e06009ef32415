from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review import Review


T = TypeVar("T", bound="TipOut")


@_attrs_define
class TipOut:
    """
    Attributes:
        slug (str): Stable identifier of the tip.
        title (str): Its title for display.
        body (str): The tip, as the dataset keeps it.
        editorial_note (None | str): What the editors changed or left out of the source's tip, and why.
        source (str): Slug of the source of the tip.
        review (Review):
    """

    slug: str
    title: str
    body: str
    editorial_note: None | str
    source: str
    review: Review
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        body = self.body

        editorial_note: None | str
        editorial_note = self.editorial_note

        source = self.source

        review = self.review.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "body": body,
                "editorial_note": editorial_note,
                "source": source,
                "review": review,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review import Review  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        body = d.pop("body")

        def _parse_editorial_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        editorial_note = _parse_editorial_note(d.pop("editorial_note"))

        source = d.pop("source")

        review = Review.from_dict(d.pop("review"))

        tip_out = cls(
            slug=slug,
            title=title,
            body=body,
            editorial_note=editorial_note,
            source=source,
            review=review,
        )

        tip_out.additional_properties = d
        return tip_out

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
