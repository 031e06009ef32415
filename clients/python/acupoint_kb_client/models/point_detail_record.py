from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.condition_claim_record import ConditionClaimRecord
    from ..models.name_record import NameRecord
    from ..models.technique_record import TechniqueRecord


T = TypeVar("T", bound="PointDetailRecord")


@_attrs_define
class PointDetailRecord:
    """What one source says about one point (``content/points.yaml``).

    Attributes:
        code (str): The point's WHO code.
        source (str): The source that says it.
        names (list[NameRecord] | Unset): Other names the source gives.
        lay_location (None | str | Unset): Where to find it, in plain words.
        regions (list[str] | Unset): The slugs of the regions it lies in.
        technique (None | TechniqueRecord | Unset): How to press it.
        conditions (list[ConditionClaimRecord] | Unset): What the source says it helps with.
    """

    code: str
    source: str
    names: list[NameRecord] | Unset = UNSET
    lay_location: None | str | Unset = UNSET
    regions: list[str] | Unset = UNSET
    technique: None | TechniqueRecord | Unset = UNSET
    conditions: list[ConditionClaimRecord] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.technique_record import TechniqueRecord  # noqa: PLC0415

        code = self.code

        source = self.source

        names: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.names, Unset):
            names = []
            for names_item_data in self.names:
                names_item = names_item_data.to_dict()
                names.append(names_item)

        lay_location: None | str | Unset
        if isinstance(self.lay_location, Unset):
            lay_location = UNSET
        else:
            lay_location = self.lay_location

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        technique: dict[str, Any] | None | Unset
        if isinstance(self.technique, Unset):
            technique = UNSET
        elif isinstance(self.technique, TechniqueRecord):
            technique = self.technique.to_dict()
        else:
            technique = self.technique

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "source": source,
            }
        )
        if names is not UNSET:
            field_dict["names"] = names
        if lay_location is not UNSET:
            field_dict["lay_location"] = lay_location
        if regions is not UNSET:
            field_dict["regions"] = regions
        if technique is not UNSET:
            field_dict["technique"] = technique
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_claim_record import ConditionClaimRecord  # noqa: PLC0415
        from ..models.name_record import NameRecord  # noqa: PLC0415
        from ..models.technique_record import TechniqueRecord  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        source = d.pop("source")

        _names = d.pop("names", UNSET)
        names: list[NameRecord] | Unset = UNSET
        if _names is not UNSET:
            names = []
            for names_item_data in _names:
                names_item = NameRecord.from_dict(names_item_data)

                names.append(names_item)

        def _parse_lay_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lay_location = _parse_lay_location(d.pop("lay_location", UNSET))

        regions = cast(list[str], d.pop("regions", UNSET))

        def _parse_technique(data: object) -> None | TechniqueRecord | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                technique_type_0 = TechniqueRecord.from_dict(data)

                return technique_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TechniqueRecord | Unset, data)

        technique = _parse_technique(d.pop("technique", UNSET))

        _conditions = d.pop("conditions", UNSET)
        conditions: list[ConditionClaimRecord] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = ConditionClaimRecord.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        point_detail_record = cls(
            code=code,
            source=source,
            names=names,
            lay_location=lay_location,
            regions=regions,
            technique=technique,
            conditions=conditions,
        )

        return point_detail_record
