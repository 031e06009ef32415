from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.evidence import Evidence, check_evidence
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConditionClaimRecord")


@_attrs_define
class ConditionClaimRecord:
    """
    Attributes:
        condition (str): The condition's slug.
        relevance (int): 1 = the source's main use for it, 3 = minor.
        claim (str): What the source says.
        relevance_source (str | Unset): Who ranked it: the editors, unless the source itself ranks its uses. Default:
            'acupoint-kb-editorial'.
        evidence (Evidence | Unset): What a claim rests on.
        evidence_source (None | str | Unset): For clinical evidence: the review that assessed it.
        certainty (None | str | Unset): For clinical evidence: the review's certainty, in its words.
    """

    condition: str
    relevance: int
    claim: str
    relevance_source: str | Unset = "acupoint-kb-editorial"
    evidence: Evidence | Unset = UNSET
    evidence_source: None | str | Unset = UNSET
    certainty: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        relevance = self.relevance

        claim = self.claim

        relevance_source = self.relevance_source

        evidence: str | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = self.evidence

        evidence_source: None | str | Unset
        if isinstance(self.evidence_source, Unset):
            evidence_source = UNSET
        else:
            evidence_source = self.evidence_source

        certainty: None | str | Unset
        if isinstance(self.certainty, Unset):
            certainty = UNSET
        else:
            certainty = self.certainty

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "condition": condition,
                "relevance": relevance,
                "claim": claim,
            }
        )
        if relevance_source is not UNSET:
            field_dict["relevance_source"] = relevance_source
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if evidence_source is not UNSET:
            field_dict["evidence_source"] = evidence_source
        if certainty is not UNSET:
            field_dict["certainty"] = certainty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition = d.pop("condition")

        relevance = d.pop("relevance")

        claim = d.pop("claim")

        relevance_source = d.pop("relevance_source", UNSET)

        _evidence = d.pop("evidence", UNSET)
        evidence: Evidence | Unset
        if isinstance(_evidence, Unset):
            evidence = UNSET
        else:
            evidence = check_evidence(_evidence)

        def _parse_evidence_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        evidence_source = _parse_evidence_source(d.pop("evidence_source", UNSET))

        def _parse_certainty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        certainty = _parse_certainty(d.pop("certainty", UNSET))

        condition_claim_record = cls(
            condition=condition,
            relevance=relevance,
            claim=claim,
            relevance_source=relevance_source,
            evidence=evidence,
            evidence_source=evidence_source,
            certainty=certainty,
        )

        return condition_claim_record
