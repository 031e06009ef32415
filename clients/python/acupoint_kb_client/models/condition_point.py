from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evidence import Evidence, check_evidence

if TYPE_CHECKING:
    from ..models.caution_out import CautionOut
    from ..models.point_summary import PointSummary
    from ..models.technique_out import TechniqueOut


T = TypeVar("T", bound="ConditionPoint")


@_attrs_define
class ConditionPoint:
    """
    Attributes:
        relevance (int): 1 = a main use of the point, 3 = minor: a ranking by `relevance_source`.
        relevance_source (str): Slug of who ranked it: `acupoint-kb-editorial` (the editors) unless the source ranks its
            uses itself.
        evidence (Evidence): What a claim rests on.
        evidence_source (None | str): For clinical evidence: slug of the review that assessed it.
        certainty (None | str): For clinical evidence: the review's certainty, in its words.
        source (str): Slug of the source that makes the claim.
        point (PointSummary):
        claim (str): What the source says the point does for it.
        techniques (list[TechniqueOut]): How to press the point.
        cautions (list[CautionOut]): Contraindications and cautions that apply to this point.
    """

    relevance: int
    relevance_source: str
    evidence: Evidence
    evidence_source: None | str
    certainty: None | str
    source: str
    point: PointSummary
    claim: str
    techniques: list[TechniqueOut]
    cautions: list[CautionOut]
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

        point = self.point.to_dict()

        claim = self.claim

        techniques = []
        for techniques_item_data in self.techniques:
            techniques_item = techniques_item_data.to_dict()
            techniques.append(techniques_item)

        cautions = []
        for cautions_item_data in self.cautions:
            cautions_item = cautions_item_data.to_dict()
            cautions.append(cautions_item)

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
                "point": point,
                "claim": claim,
                "techniques": techniques,
                "cautions": cautions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution_out import CautionOut  # noqa: PLC0415
        from ..models.point_summary import PointSummary  # noqa: PLC0415
        from ..models.technique_out import TechniqueOut  # noqa: PLC0415

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

        point = PointSummary.from_dict(d.pop("point"))

        claim = d.pop("claim")

        techniques = []
        _techniques = d.pop("techniques")
        for techniques_item_data in _techniques:
            techniques_item = TechniqueOut.from_dict(techniques_item_data)

            techniques.append(techniques_item)

        cautions = []
        _cautions = d.pop("cautions")
        for cautions_item_data in _cautions:
            cautions_item = CautionOut.from_dict(cautions_item_data)

            cautions.append(cautions_item)

        condition_point = cls(
            relevance=relevance,
            relevance_source=relevance_source,
            evidence=evidence,
            evidence_source=evidence_source,
            certainty=certainty,
            source=source,
            point=point,
            claim=claim,
            techniques=techniques,
            cautions=cautions,
        )

        condition_point.additional_properties = d
        return condition_point

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
