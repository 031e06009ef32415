from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.source_kind import SourceKind, check_source_kind

if TYPE_CHECKING:
    from ..models.review import Review


T = TypeVar("T", bound="SourceOut")


@_attrs_define
class SourceOut:
    """
    Attributes:
        slug (str): Stable identifier of the source.
        kind (SourceKind):
        title (str): Title of the work.
        author (None | str): Author, when known.
        publisher (None | str): Publisher, when known.
        url (None | str): Where to read it, when known.
        published (None | str): Year or date of publication, when known.
        experts (list[str]): Experts the source says it consulted.
        evidence (str): What kind of evidence the source offers.
        notes (list[str]): Curation notes: what was corrected or left out.
        review (Review):
    """

    slug: str
    kind: SourceKind
    title: str
    author: None | str
    publisher: None | str
    url: None | str
    published: None | str
    experts: list[str]
    evidence: str
    notes: list[str]
    review: Review
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        kind: str = self.kind

        title = self.title

        author: None | str
        author = self.author

        publisher: None | str
        publisher = self.publisher

        url: None | str
        url = self.url

        published: None | str
        published = self.published

        experts = self.experts

        evidence = self.evidence

        notes = self.notes

        review = self.review.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "kind": kind,
                "title": title,
                "author": author,
                "publisher": publisher,
                "url": url,
                "published": published,
                "experts": experts,
                "evidence": evidence,
                "notes": notes,
                "review": review,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review import Review  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        kind = check_source_kind(d.pop("kind"))

        title = d.pop("title")

        def _parse_author(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author = _parse_author(d.pop("author"))

        def _parse_publisher(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_published(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published = _parse_published(d.pop("published"))

        experts = cast(list[str], d.pop("experts"))

        evidence = d.pop("evidence")

        notes = cast(list[str], d.pop("notes"))

        review = Review.from_dict(d.pop("review"))

        source_out = cls(
            slug=slug,
            kind=kind,
            title=title,
            author=author,
            publisher=publisher,
            url=url,
            published=published,
            experts=experts,
            evidence=evidence,
            notes=notes,
            review=review,
        )

        source_out.additional_properties = d
        return source_out

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
