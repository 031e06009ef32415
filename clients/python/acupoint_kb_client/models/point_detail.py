from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.laterality import Laterality, check_laterality
from ..models.point_kind import PointKind, check_point_kind

if TYPE_CHECKING:
    from ..models.category_membership import CategoryMembership
    from ..models.caution_out import CautionOut
    from ..models.condition_claim import ConditionClaim
    from ..models.erratum_out import ErratumOut
    from ..models.figure_site import FigureSite
    from ..models.location_out import LocationOut
    from ..models.meridian_ref import MeridianRef
    from ..models.name_out import NameOut
    from ..models.primary_names import PrimaryNames
    from ..models.region_link import RegionLink
    from ..models.review import Review
    from ..models.source_out import SourceOut
    from ..models.technique_out import TechniqueOut


T = TypeVar("T", bound="PointDetail")


@_attrs_define
class PointDetail:
    """
    Attributes:
        code (str): Canonical code, no hyphen.
        display_code (str): Code as usually displayed.
        kind (PointKind):
        meridian (MeridianRef | None): The meridian; null for extra points.
        extra_group (None | str): EX-HN, EX-CA, EX-B, EX-UE or EX-LE.
        number (int): Number on its meridian or in its extra group.
        laterality (Laterality):
        note (None | str): A note on the point (several sites, a variant between standards).
        names (PrimaryNames):
        all_names (list[NameOut]): Every name and spelling, each with its source.
        locations (list[LocationOut]): How to find it, each text with its source.
        figure_sites (list[FigureSite]): Where the body figure (`/v1/body-map`) shows it: approximate display positions,
            one per site and side; empty when the point has no location.
        regions (list[RegionLink]): Body regions its sources place it in, each with its source.
        techniques (list[TechniqueOut]): How to press it, per source.
        conditions (list[ConditionClaim]): What sources say it helps with, main uses first.
        cautions (list[CautionOut]): Contraindications and cautions that apply to this point.
        categories (list[CategoryMembership]): Special-point categories, each cited.
        errata (list[ErratumOut]): Corrections that concern this point.
        review (Review):
        sources (list[SourceOut]): Every source cited in this record.
        notice (str): Not-medical-advice notice for display.
        dataset_version (str): Version of the dataset that answered.
    """

    code: str
    display_code: str
    kind: PointKind
    meridian: MeridianRef | None
    extra_group: None | str
    number: int
    laterality: Laterality
    note: None | str
    names: PrimaryNames
    all_names: list[NameOut]
    locations: list[LocationOut]
    figure_sites: list[FigureSite]
    regions: list[RegionLink]
    techniques: list[TechniqueOut]
    conditions: list[ConditionClaim]
    cautions: list[CautionOut]
    categories: list[CategoryMembership]
    errata: list[ErratumOut]
    review: Review
    sources: list[SourceOut]
    notice: str
    dataset_version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.meridian_ref import MeridianRef  # noqa: PLC0415

        code = self.code

        display_code = self.display_code

        kind: str = self.kind

        meridian: dict[str, Any] | None
        if isinstance(self.meridian, MeridianRef):
            meridian = self.meridian.to_dict()
        else:
            meridian = self.meridian

        extra_group: None | str
        extra_group = self.extra_group

        number = self.number

        laterality: str = self.laterality

        note: None | str
        note = self.note

        names = self.names.to_dict()

        all_names = []
        for all_names_item_data in self.all_names:
            all_names_item = all_names_item_data.to_dict()
            all_names.append(all_names_item)

        locations = []
        for locations_item_data in self.locations:
            locations_item = locations_item_data.to_dict()
            locations.append(locations_item)

        figure_sites = []
        for figure_sites_item_data in self.figure_sites:
            figure_sites_item = figure_sites_item_data.to_dict()
            figure_sites.append(figure_sites_item)

        regions = []
        for regions_item_data in self.regions:
            regions_item = regions_item_data.to_dict()
            regions.append(regions_item)

        techniques = []
        for techniques_item_data in self.techniques:
            techniques_item = techniques_item_data.to_dict()
            techniques.append(techniques_item)

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        cautions = []
        for cautions_item_data in self.cautions:
            cautions_item = cautions_item_data.to_dict()
            cautions.append(cautions_item)

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        errata = []
        for errata_item_data in self.errata:
            errata_item = errata_item_data.to_dict()
            errata.append(errata_item)

        review = self.review.to_dict()

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        notice = self.notice

        dataset_version = self.dataset_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "display_code": display_code,
                "kind": kind,
                "meridian": meridian,
                "extra_group": extra_group,
                "number": number,
                "laterality": laterality,
                "note": note,
                "names": names,
                "all_names": all_names,
                "locations": locations,
                "figure_sites": figure_sites,
                "regions": regions,
                "techniques": techniques,
                "conditions": conditions,
                "cautions": cautions,
                "categories": categories,
                "errata": errata,
                "review": review,
                "sources": sources,
                "notice": notice,
                "dataset_version": dataset_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_membership import CategoryMembership  # noqa: PLC0415
        from ..models.caution_out import CautionOut  # noqa: PLC0415
        from ..models.condition_claim import ConditionClaim  # noqa: PLC0415
        from ..models.erratum_out import ErratumOut  # noqa: PLC0415
        from ..models.figure_site import FigureSite  # noqa: PLC0415
        from ..models.location_out import LocationOut  # noqa: PLC0415
        from ..models.meridian_ref import MeridianRef  # noqa: PLC0415
        from ..models.name_out import NameOut  # noqa: PLC0415
        from ..models.primary_names import PrimaryNames  # noqa: PLC0415
        from ..models.region_link import RegionLink  # noqa: PLC0415
        from ..models.review import Review  # noqa: PLC0415
        from ..models.source_out import SourceOut  # noqa: PLC0415
        from ..models.technique_out import TechniqueOut  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        display_code = d.pop("display_code")

        kind = check_point_kind(d.pop("kind"))

        def _parse_meridian(data: object) -> MeridianRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meridian_type_0 = MeridianRef.from_dict(data)

                return meridian_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MeridianRef | None, data)

        meridian = _parse_meridian(d.pop("meridian"))

        def _parse_extra_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        extra_group = _parse_extra_group(d.pop("extra_group"))

        number = d.pop("number")

        laterality = check_laterality(d.pop("laterality"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        names = PrimaryNames.from_dict(d.pop("names"))

        all_names = []
        _all_names = d.pop("all_names")
        for all_names_item_data in _all_names:
            all_names_item = NameOut.from_dict(all_names_item_data)

            all_names.append(all_names_item)

        locations = []
        _locations = d.pop("locations")
        for locations_item_data in _locations:
            locations_item = LocationOut.from_dict(locations_item_data)

            locations.append(locations_item)

        figure_sites = []
        _figure_sites = d.pop("figure_sites")
        for figure_sites_item_data in _figure_sites:
            figure_sites_item = FigureSite.from_dict(figure_sites_item_data)

            figure_sites.append(figure_sites_item)

        regions = []
        _regions = d.pop("regions")
        for regions_item_data in _regions:
            regions_item = RegionLink.from_dict(regions_item_data)

            regions.append(regions_item)

        techniques = []
        _techniques = d.pop("techniques")
        for techniques_item_data in _techniques:
            techniques_item = TechniqueOut.from_dict(techniques_item_data)

            techniques.append(techniques_item)

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = ConditionClaim.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        cautions = []
        _cautions = d.pop("cautions")
        for cautions_item_data in _cautions:
            cautions_item = CautionOut.from_dict(cautions_item_data)

            cautions.append(cautions_item)

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = CategoryMembership.from_dict(categories_item_data)

            categories.append(categories_item)

        errata = []
        _errata = d.pop("errata")
        for errata_item_data in _errata:
            errata_item = ErratumOut.from_dict(errata_item_data)

            errata.append(errata_item)

        review = Review.from_dict(d.pop("review"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = SourceOut.from_dict(sources_item_data)

            sources.append(sources_item)

        notice = d.pop("notice")

        dataset_version = d.pop("dataset_version")

        point_detail = cls(
            code=code,
            display_code=display_code,
            kind=kind,
            meridian=meridian,
            extra_group=extra_group,
            number=number,
            laterality=laterality,
            note=note,
            names=names,
            all_names=all_names,
            locations=locations,
            figure_sites=figure_sites,
            regions=regions,
            techniques=techniques,
            conditions=conditions,
            cautions=cautions,
            categories=categories,
            errata=errata,
            review=review,
            sources=sources,
            notice=notice,
            dataset_version=dataset_version,
        )

        point_detail.additional_properties = d
        return point_detail

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
