from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.export_attribution import ExportAttribution
    from ..models.export_checksum import ExportChecksum
    from ..models.export_document_records import ExportDocumentRecords


T = TypeVar("T", bound="ExportDocument")


@_attrs_define
class ExportDocument:
    """What GET /v1/export?format=json sends (the zip's manifest.json has the same header).

    Attributes:
        format_ (Literal['acupoint-kb-export']): What this document is.
        format_version (int): Its layout's version.
        dataset_version (str): The dataset version exported.
        generated_at (datetime.datetime): When the export was made (UTC, ISO 8601, whole seconds).
        cursor (str): Pass as `since` to GET /v1/changes for what changed after this export.
        licence (str): The terms the export comes with.
        attribution (list[ExportAttribution]): Every source, to be credited.
        records (ExportDocumentRecords): Every record by kind (`sources`, `point-details`, …), in dataset order: the
            records POST /v1/curation/{kind} takes and GET /v1/changes sends.
        checksum (ExportChecksum):
    """

    format_: Literal["acupoint-kb-export"]
    format_version: int
    dataset_version: str
    generated_at: datetime.datetime
    cursor: str
    licence: str
    attribution: list[ExportAttribution]
    records: ExportDocumentRecords
    checksum: ExportChecksum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_

        format_version = self.format_version

        dataset_version = self.dataset_version

        generated_at = self.generated_at.isoformat()

        cursor = self.cursor

        licence = self.licence

        attribution = []
        for attribution_item_data in self.attribution:
            attribution_item = attribution_item_data.to_dict()
            attribution.append(attribution_item)

        records = self.records.to_dict()

        checksum = self.checksum.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "format_version": format_version,
                "dataset_version": dataset_version,
                "generated_at": generated_at,
                "cursor": cursor,
                "licence": licence,
                "attribution": attribution,
                "records": records,
                "checksum": checksum,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_attribution import ExportAttribution  # noqa: PLC0415
        from ..models.export_checksum import ExportChecksum  # noqa: PLC0415
        from ..models.export_document_records import ExportDocumentRecords  # noqa: PLC0415

        d = dict(src_dict)
        format_ = cast(Literal["acupoint-kb-export"], d.pop("format"))
        if format_ != "acupoint-kb-export":
            raise ValueError(f"format must match const 'acupoint-kb-export', got '{format_}'")

        format_version = d.pop("format_version")

        dataset_version = d.pop("dataset_version")

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

        cursor = d.pop("cursor")

        licence = d.pop("licence")

        attribution = []
        _attribution = d.pop("attribution")
        for attribution_item_data in _attribution:
            attribution_item = ExportAttribution.from_dict(attribution_item_data)

            attribution.append(attribution_item)

        records = ExportDocumentRecords.from_dict(d.pop("records"))

        checksum = ExportChecksum.from_dict(d.pop("checksum"))

        export_document = cls(
            format_=format_,
            format_version=format_version,
            dataset_version=dataset_version,
            generated_at=generated_at,
            cursor=cursor,
            licence=licence,
            attribution=attribution,
            records=records,
            checksum=checksum,
        )

        export_document.additional_properties = d
        return export_document

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
