from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.caution_out import CautionOut
    from ..models.condition_ref import ConditionRef
    from ..models.review import Review
    from ..models.routine_step_out import RoutineStepOut
    from ..models.source_out import SourceOut


T = TypeVar("T", bound="RoutineDetail")


@_attrs_define
class RoutineDetail:
    """
    Attributes:
        slug (str): Stable identifier of the routine.
        title (str): Its title for display.
        description (str): What the routine is and where it comes from.
        condition (ConditionRef | None): The condition the routine is for.
        step_count (int): How many steps it has.
        total_min_seconds (int | None): Shortest total time over the steps whose source gives a duration (null when none
            does); see `steps_without_duration` on the routine.
        total_max_seconds (int | None): Longest total time over the same steps.
        source (str): Slug of the source of the routine.
        steps (list[RoutineStepOut]): In order.
        steps_without_duration (list[str]): Codes of the points whose source gives no time: they are not counted in the
            totals.
        cautions (list[CautionOut]): Contraindications and cautions that apply to any of the routine's points.
        review (Review):
        notice (str): Not-medical-advice notice for display.
        sources (list[SourceOut]): Every source cited in this record.
    """

    slug: str
    title: str
    description: str
    condition: ConditionRef | None
    step_count: int
    total_min_seconds: int | None
    total_max_seconds: int | None
    source: str
    steps: list[RoutineStepOut]
    steps_without_duration: list[str]
    cautions: list[CautionOut]
    review: Review
    notice: str
    sources: list[SourceOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_ref import ConditionRef  # noqa: PLC0415

        slug = self.slug

        title = self.title

        description = self.description

        condition: dict[str, Any] | None
        if isinstance(self.condition, ConditionRef):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        step_count = self.step_count

        total_min_seconds: int | None
        total_min_seconds = self.total_min_seconds

        total_max_seconds: int | None
        total_max_seconds = self.total_max_seconds

        source = self.source

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        steps_without_duration = self.steps_without_duration

        cautions = []
        for cautions_item_data in self.cautions:
            cautions_item = cautions_item_data.to_dict()
            cautions.append(cautions_item)

        review = self.review.to_dict()

        notice = self.notice

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
                "title": title,
                "description": description,
                "condition": condition,
                "step_count": step_count,
                "total_min_seconds": total_min_seconds,
                "total_max_seconds": total_max_seconds,
                "source": source,
                "steps": steps,
                "steps_without_duration": steps_without_duration,
                "cautions": cautions,
                "review": review,
                "notice": notice,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution_out import CautionOut  # noqa: PLC0415
        from ..models.condition_ref import ConditionRef  # noqa: PLC0415
        from ..models.review import Review  # noqa: PLC0415
        from ..models.routine_step_out import RoutineStepOut  # noqa: PLC0415
        from ..models.source_out import SourceOut  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title")

        description = d.pop("description")

        def _parse_condition(data: object) -> ConditionRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = ConditionRef.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionRef | None, data)

        condition = _parse_condition(d.pop("condition"))

        step_count = d.pop("step_count")

        def _parse_total_min_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_min_seconds = _parse_total_min_seconds(d.pop("total_min_seconds"))

        def _parse_total_max_seconds(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_max_seconds = _parse_total_max_seconds(d.pop("total_max_seconds"))

        source = d.pop("source")

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = RoutineStepOut.from_dict(steps_item_data)

            steps.append(steps_item)

        steps_without_duration = cast(list[str], d.pop("steps_without_duration"))

        cautions = []
        _cautions = d.pop("cautions")
        for cautions_item_data in _cautions:
            cautions_item = CautionOut.from_dict(cautions_item_data)

            cautions.append(cautions_item)

        review = Review.from_dict(d.pop("review"))

        notice = d.pop("notice")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceOut.from_dict(sources_item_data)

            sources.append(sources_item)

        routine_detail = cls(
            slug=slug,
            title=title,
            description=description,
            condition=condition,
            step_count=step_count,
            total_min_seconds=total_min_seconds,
            total_max_seconds=total_max_seconds,
            source=source,
            steps=steps,
            steps_without_duration=steps_without_duration,
            cautions=cautions,
            review=review,
            notice=notice,
            sources=sources,
        )

        routine_detail.additional_properties = d
        return routine_detail

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
