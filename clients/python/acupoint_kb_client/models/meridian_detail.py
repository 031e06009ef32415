from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.other_code import OtherCode
    from ..models.point_summary import PointSummary


T = TypeVar("T", bound="MeridianDetail")


@_attrs_define
class MeridianDetail:
    """
    Attributes:
        code (str): WHO code.
        name (str): English name (WHO).
        name_pinyin (str): Full name in pinyin.
        name_hanzi (str): Full name, simplified.
        name_hanzi_traditional (str): Full name, traditional.
        point_count (int): Points on it in the WHO standard.
        other_codes (list[OtherCode]): Codes and names other lists use, each with a source that shows it in use.
        source (str): Slug of the source.
        points (list[PointSummary]): Its points in the dataset, in number order.
        points_listed (int): How many of its points the dataset lists.
        points_with_techniques (int): How many of them have a technique from a source.
        points_with_conditions (int): How many of them a source says help with a condition.
    """

    code: str
    name: str
    name_pinyin: str
    name_hanzi: str
    name_hanzi_traditional: str
    point_count: int
    other_codes: list[OtherCode]
    source: str
    points: list[PointSummary]
    points_listed: int
    points_with_techniques: int
    points_with_conditions: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        name_pinyin = self.name_pinyin

        name_hanzi = self.name_hanzi

        name_hanzi_traditional = self.name_hanzi_traditional

        point_count = self.point_count

        other_codes = []
        for other_codes_item_data in self.other_codes:
            other_codes_item = other_codes_item_data.to_dict()
            other_codes.append(other_codes_item)

        source = self.source

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        points_listed = self.points_listed

        points_with_techniques = self.points_with_techniques

        points_with_conditions = self.points_with_conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "name_pinyin": name_pinyin,
                "name_hanzi": name_hanzi,
                "name_hanzi_traditional": name_hanzi_traditional,
                "point_count": point_count,
                "other_codes": other_codes,
                "source": source,
                "points": points,
                "points_listed": points_listed,
                "points_with_techniques": points_with_techniques,
                "points_with_conditions": points_with_conditions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.other_code import OtherCode  # noqa: PLC0415
        from ..models.point_summary import PointSummary  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        name_pinyin = d.pop("name_pinyin")

        name_hanzi = d.pop("name_hanzi")

        name_hanzi_traditional = d.pop("name_hanzi_traditional")

        point_count = d.pop("point_count")

        other_codes = []
        _other_codes = d.pop("other_codes")
        for other_codes_item_data in _other_codes:
            other_codes_item = OtherCode.from_dict(other_codes_item_data)

            other_codes.append(other_codes_item)

        source = d.pop("source")

        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = PointSummary.from_dict(points_item_data)

            points.append(points_item)

        points_listed = d.pop("points_listed")

        points_with_techniques = d.pop("points_with_techniques")

        points_with_conditions = d.pop("points_with_conditions")

        meridian_detail = cls(
            code=code,
            name=name,
            name_pinyin=name_pinyin,
            name_hanzi=name_hanzi,
            name_hanzi_traditional=name_hanzi_traditional,
            point_count=point_count,
            other_codes=other_codes,
            source=source,
            points=points,
            points_listed=points_listed,
            points_with_techniques=points_with_techniques,
            points_with_conditions=points_with_conditions,
        )

        meridian_detail.additional_properties = d
        return meridian_detail

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
