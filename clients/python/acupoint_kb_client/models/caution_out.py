from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.scope import Scope, check_scope
from ..models.severity import Severity, check_severity
from ..models.trigger import Trigger, check_trigger

T = TypeVar("T", bound="CautionOut")


@_attrs_define
class CautionOut:
    """
    Attributes:
        slug (str): Contraindication slug.
        title (str): What it is about.
        trigger (Trigger):
        scope (Scope):
        severity (Severity):
        regions (list[str]): For scope body_region: the regions concerned.
        points (list[str]): For scope points: the codes of the points concerned.
        note (None | str): Where other sources say otherwise, and which verdict was taken.
        advice (str): What to do.
        advice_source (str): Slug of who wrote the advice: `acupoint-kb-editorial` (the editors' plain words) unless the
            source words it itself.
        seek_professional_care (bool): True when the advice is to see a professional.
        source_text (str): The source's own words.
        source (str): Slug of the source.
    """

    slug: str
    title: str
    trigger: Trigger
    scope: Scope
    severity: Severity
    regions: list[str]
    points: list[str]
    note: None | str
    advice: str
    advice_source: str
    seek_professional_care: bool
    source_text: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        trigger: str = self.trigger

        scope: str = self.scope

        severity: str = self.severity

        regions = self.regions

        points = self.points

        note: None | str
        note = self.note

        advice = self.advice

        advice_source = self.advice_source

        seek_professional_care = self.seek_professional_care

        source_text = self.source_text

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "trigger": trigger,
                "scope": scope,
                "severity": severity,
                "regions": regions,
                "points": points,
                "note": note,
                "advice": advice,
                "advice_source": advice_source,
                "seek_professional_care": seek_professional_care,
                "source_text": source_text,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        trigger = check_trigger(d.pop("trigger"))

        scope = check_scope(d.pop("scope"))

        severity = check_severity(d.pop("severity"))

        regions = cast(list[str], d.pop("regions"))

        points = cast(list[str], d.pop("points"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        advice = d.pop("advice")

        advice_source = d.pop("advice_source")

        seek_professional_care = d.pop("seek_professional_care")

        source_text = d.pop("source_text")

        source = d.pop("source")

        caution_out = cls(
            slug=slug,
            title=title,
            trigger=trigger,
            scope=scope,
            severity=severity,
            regions=regions,
            points=points,
            note=note,
            advice=advice,
            advice_source=advice_source,
            seek_professional_care=seek_professional_care,
            source_text=source_text,
            source=source,
        )

        caution_out.additional_properties = d
        return caution_out

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
