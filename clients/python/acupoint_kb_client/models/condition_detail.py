from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.caution_out import CautionOut
    from ..models.condition_point import ConditionPoint
    from ..models.review import Review
    from ..models.routine_summary import RoutineSummary
    from ..models.source_out import SourceOut


T = TypeVar("T", bound="ConditionDetail")


@_attrs_define
class ConditionDetail:
    """
    Attributes:
        slug (str): Stable identifier of the condition.
        name (str): Its name for display.
        description (None | str): What it is, in plain words (null: none yet).
        synonyms (list[str]): Other ways people name it; any of them finds the condition.
        point_count (int): How many points a source says help with it.
        points (list[ConditionPoint]): Ranked: relevance 1 first, then by code. A point appears once per source that
            makes a claim about it.
        routines (list[RoutineSummary]): Routines for this condition.
        cautions (list[CautionOut]): Contraindications and cautions that apply to any of these points.
        source (str): Slug of the source of the condition's name and synonyms.
        review (Review):
        notice (str): Not-medical-advice notice for display.
        sources (list[SourceOut]): Every source cited in this record.
    """

    slug: str
    name: str
    description: None | str
    synonyms: list[str]
    point_count: int
    points: list[ConditionPoint]
    routines: list[RoutineSummary]
    cautions: list[CautionOut]
    source: str
    review: Review
    notice: str
    sources: list[SourceOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        name = self.name

        description: None | str
        description = self.description

        synonyms = self.synonyms

        point_count = self.point_count

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        routines = []
        for routines_item_data in self.routines:
            routines_item = routines_item_data.to_dict()
            routines.append(routines_item)

        cautions = []
        for cautions_item_data in self.cautions:
            cautions_item = cautions_item_data.to_dict()
            cautions.append(cautions_item)

        source = self.source

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
                "name": name,
                "description": description,
                "synonyms": synonyms,
                "point_count": point_count,
                "points": points,
                "routines": routines,
                "cautions": cautions,
                "source": source,
                "review": review,
                "notice": notice,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caution_out import CautionOut  # noqa: PLC0415
        from ..models.condition_point import ConditionPoint  # noqa: PLC0415
        from ..models.review import Review  # noqa: PLC0415
        from ..models.routine_summary import RoutineSummary  # noqa: PLC0415
        from ..models.source_out import SourceOut  # noqa: PLC0415

        d = dict(src_dict)
        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        synonyms = cast(list[str], d.pop("synonyms"))

        point_count = d.pop("point_count")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = ConditionPoint.from_dict(points_item_data)

            points.append(points_item)

        routines = []
        _routines = d.pop("routines")
        for routines_item_data in _routines:
            routines_item = RoutineSummary.from_dict(routines_item_data)

            routines.append(routines_item)

        cautions = []
        _cautions = d.pop("cautions")
        for cautions_item_data in _cautions:
            cautions_item = CautionOut.from_dict(cautions_item_data)

            cautions.append(cautions_item)

        source = d.pop("source")

        review = Review.from_dict(d.pop("review"))

        notice = d.pop("notice")

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceOut.from_dict(sources_item_data)

            sources.append(sources_item)

        condition_detail = cls(
            slug=slug,
            name=name,
            description=description,
            synonyms=synonyms,
            point_count=point_count,
            points=points,
            routines=routines,
            cautions=cautions,
            source=source,
            review=review,
            notice=notice,
            sources=sources,
        )

        condition_detail.additional_properties = d
        return condition_detail

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
