from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.review_status import ReviewStatus, check_review_status
from ..models.source_kind import SourceKind, check_source_kind
from ..types import UNSET, Unset

T = TypeVar("T", bound="SourceRecord")


@_attrs_define
class SourceRecord:
    """
    Attributes:
        slug (str): The source's key, cited by every fact.
        kind (SourceKind):
        title (str): The work's title.
        evidence (str): What the work's claims rest on.
        author (None | str | Unset): Who wrote it.
        publisher (None | str | Unset): Who published it.
        url (None | str | Unset): Where it can be read.
        published (None | str | Unset): When, as precisely as known.
        experts (list[str] | Unset): Experts the work names as consulted.
        notes (list[str] | Unset): How the work was entered: what was left out or corrected.
        review_status (ReviewStatus | Unset):
        reviewed_by (None | str | Unset): Who checked it.
        reviewed_on (datetime.date | None | Unset): When it was checked.
    """

    slug: str
    kind: SourceKind
    title: str
    evidence: str
    author: None | str | Unset = UNSET
    publisher: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    published: None | str | Unset = UNSET
    experts: list[str] | Unset = UNSET
    notes: list[str] | Unset = UNSET
    review_status: ReviewStatus | Unset = UNSET
    reviewed_by: None | str | Unset = UNSET
    reviewed_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        kind: str = self.kind

        title = self.title

        evidence = self.evidence

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        published: None | str | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        else:
            published = self.published

        experts: list[str] | Unset = UNSET
        if not isinstance(self.experts, Unset):
            experts = self.experts

        notes: list[str] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = self.notes

        review_status: str | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status

        reviewed_by: None | str | Unset
        if isinstance(self.reviewed_by, Unset):
            reviewed_by = UNSET
        else:
            reviewed_by = self.reviewed_by

        reviewed_on: None | str | Unset
        if isinstance(self.reviewed_on, Unset):
            reviewed_on = UNSET
        elif isinstance(self.reviewed_on, datetime.date):
            reviewed_on = self.reviewed_on.isoformat()
        else:
            reviewed_on = self.reviewed_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "kind": kind,
                "title": title,
                "evidence": evidence,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if url is not UNSET:
            field_dict["url"] = url
        if published is not UNSET:
            field_dict["published"] = published
        if experts is not UNSET:
            field_dict["experts"] = experts
        if notes is not UNSET:
            field_dict["notes"] = notes
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        if reviewed_by is not UNSET:
            field_dict["reviewed_by"] = reviewed_by
        if reviewed_on is not UNSET:
            field_dict["reviewed_on"] = reviewed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        kind = check_source_kind(d.pop("kind"))

        title = d.pop("title")

        evidence = d.pop("evidence")

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_published(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published = _parse_published(d.pop("published", UNSET))

        experts = cast(list[str], d.pop("experts", UNSET))

        notes = cast(list[str], d.pop("notes", UNSET))

        _review_status = d.pop("review_status", UNSET)
        review_status: ReviewStatus | Unset
        if isinstance(_review_status, Unset):
            review_status = UNSET
        else:
            review_status = check_review_status(_review_status)

        def _parse_reviewed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by", UNSET))

        def _parse_reviewed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_on_type_0 = datetime.date.fromisoformat(data)

                return reviewed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        reviewed_on = _parse_reviewed_on(d.pop("reviewed_on", UNSET))

        source_record = cls(
            slug=slug,
            kind=kind,
            title=title,
            evidence=evidence,
            author=author,
            publisher=publisher,
            url=url,
            published=published,
            experts=experts,
            notes=notes,
            review_status=review_status,
            reviewed_by=reviewed_by,
            reviewed_on=reviewed_on,
        )

        return source_record
