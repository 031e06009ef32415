from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.review import Review


T = TypeVar("T", bound="ErratumOut")


@_attrs_define
class ErratumOut:
    """
    Attributes:
        slug (str): Stable identifier of the erratum.
        source (str): Slug of the source that got it wrong.
        subject (str): The point or record concerned.
        related (list[str]): Other points the correction touches.
        field (str): Which part of the source is concerned.
        source_said (str): What the source said, verbatim.
        correction (str): How the dataset resolves it.
        reason (str): Why.
        evidence_source (None | str): Slug of the source backing the correction.
        review (Review):
    """

    slug: str
    source: str
    subject: str
    related: list[str]
    field: str
    source_said: str
    correction: str
    reason: str
    evidence_source: None | str
    review: Review
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        source = self.source

        subject = self.subject

        related = self.related

        field = self.field

        source_said = self.source_said

        correction = self.correction

        reason = self.reason

        evidence_source: None | str
        evidence_source = self.evidence_source

        review = self.review.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "source": source,
                "subject": subject,
                "related": related,
                "field": field,
                "source_said": source_said,
                "correction": correction,
                "reason": reason,
                "evidence_source": evidence_source,
                "review": review,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review import Review  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        source = d.pop("source")

        subject = d.pop("subject")

        related = cast(list[str], d.pop("related"))

        field = d.pop("field")

        source_said = d.pop("source_said")

        correction = d.pop("correction")

        reason = d.pop("reason")

        def _parse_evidence_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        evidence_source = _parse_evidence_source(d.pop("evidence_source"))

        review = Review.from_dict(d.pop("review"))

        erratum_out = cls(
            slug=slug,
            source=source,
            subject=subject,
            related=related,
            field=field,
            source_said=source_said,
            correction=correction,
            reason=reason,
            evidence_source=evidence_source,
            review=review,
        )

        erratum_out.additional_properties = d
        return erratum_out

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
