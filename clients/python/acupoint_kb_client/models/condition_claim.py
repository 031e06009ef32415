from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence import Evidence, check_evidence

T = TypeVar("T", bound="ConditionClaim")


@_attrs_define
class ConditionClaim:
    """
    Attributes:
        relevance (int): 1 = a main use of the point, 3 = minor: a ranking by `relevance_source`.
        relevance_source (str): Slug of who ranked it: `acupoint-kb-editorial` (the editors) unless the source ranks its
            uses itself.
        evidence (Evidence): What a claim rests on.
        evidence_source (None | str): For clinical evidence: slug of the review that assessed it.
        certainty (None | str): For clinical evidence: the review's certainty, in its words.
        source (str): Slug of the source that makes the claim.
        slug (str): Condition slug.
        name (str): Condition name.
        claim (str): What the source says the point does.
    """

    relevance: int
    relevance_source: str
    evidence: Evidence
    evidence_source: None | str
    certainty: None | str
    source: str
    slug: str
    name: str
    claim: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relevance = self.relevance

        relevance_source = self.relevance_source

        evidence: str = self.evidence

        evidence_source: None | str
        evidence_source = self.evidence_source

        certainty: None | str
        certainty = self.certainty

        source = self.source

        slug = self.slug

        name = self.name

        claim = self.claim

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relevance": relevance,
                "relevance_source": relevance_source,
                "evidence": evidence,
                "evidence_source": evidence_source,
                "certainty": certainty,
                "source": source,
                "slug": slug,
                "name": name,
                "claim": claim,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relevance = d.pop("relevance")

        relevance_source = d.pop("relevance_source")

        evidence = check_evidence(d.pop("evidence"))

        def _parse_evidence_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        evidence_source = _parse_evidence_source(d.pop("evidence_source"))

        def _parse_certainty(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certainty = _parse_certainty(d.pop("certainty"))

        source = d.pop("source")

        slug = d.pop("slug")

        name = d.pop("name")

        claim = d.pop("claim")

        condition_claim = cls(
            relevance=relevance,
            relevance_source=relevance_source,
            evidence=evidence,
            evidence_source=evidence_source,
            certainty=certainty,
            source=source,
            slug=slug,
            name=name,
            claim=claim,
        )

        condition_claim.additional_properties = d
        return condition_claim

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
