from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.scope import Scope, check_scope
from ..models.severity import Severity, check_severity
from ..models.trigger import Trigger, check_trigger
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContraindicationRecord")


@_attrs_define
class ContraindicationRecord:
    """
    Attributes:
        slug (str): The caution's key.
        source (str): The source that says it.
        title (str): What it is about.
        trigger (Trigger):
        scope (Scope):
        severity (Severity):
        source_text (str): The source's words.
        advice (str): What to do, in plain words.
        seek_professional_care (bool): Whether to see a qualified health professional.
        regions (list[str] | Unset): The regions concerned; for scope `body_region` only.
        points (list[str] | Unset): The points concerned; for scope `points` only.
        advice_source (str | Unset): Who wrote the advice: the editors, unless the source words it itself. Default:
            'acupoint-kb-editorial'.
        note (None | str | Unset): Where other sources say otherwise, and which verdict was taken.
    """

    slug: str
    source: str
    title: str
    trigger: Trigger
    scope: Scope
    severity: Severity
    source_text: str
    advice: str
    seek_professional_care: bool
    regions: list[str] | Unset = UNSET
    points: list[str] | Unset = UNSET
    advice_source: str | Unset = "acupoint-kb-editorial"
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        source = self.source

        title = self.title

        trigger: str = self.trigger

        scope: str = self.scope

        severity: str = self.severity

        source_text = self.source_text

        advice = self.advice

        seek_professional_care = self.seek_professional_care

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        points: list[str] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points

        advice_source = self.advice_source

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "slug": slug,
                "source": source,
                "title": title,
                "trigger": trigger,
                "scope": scope,
                "severity": severity,
                "source_text": source_text,
                "advice": advice,
                "seek_professional_care": seek_professional_care,
            }
        )
        if regions is not UNSET:
            field_dict["regions"] = regions
        if points is not UNSET:
            field_dict["points"] = points
        if advice_source is not UNSET:
            field_dict["advice_source"] = advice_source
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        source = d.pop("source")

        title = d.pop("title")

        trigger = check_trigger(d.pop("trigger"))

        scope = check_scope(d.pop("scope"))

        severity = check_severity(d.pop("severity"))

        source_text = d.pop("source_text")

        advice = d.pop("advice")

        seek_professional_care = d.pop("seek_professional_care")

        regions = cast(list[str], d.pop("regions", UNSET))

        points = cast(list[str], d.pop("points", UNSET))

        advice_source = d.pop("advice_source", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        contraindication_record = cls(
            slug=slug,
            source=source,
            title=title,
            trigger=trigger,
            scope=scope,
            severity=severity,
            source_text=source_text,
            advice=advice,
            seek_professional_care=seek_professional_care,
            regions=regions,
            points=points,
            advice_source=advice_source,
            note=note,
        )

        return contraindication_record
