from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExportAttribution")


@_attrs_define
class ExportAttribution:
    """
    Attributes:
        source (str): The source's slug.
        title (str): The work's title.
        author (None | str): Who wrote it.
        publisher (None | str): Who published it.
        url (None | str): Where it can be read.
        licence (None | str): Its terms, when a source record states them (none does yet).
    """

    source: str
    title: str
    author: None | str
    publisher: None | str
    url: None | str
    licence: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        title = self.title

        author: None | str
        author = self.author

        publisher: None | str
        publisher = self.publisher

        url: None | str
        url = self.url

        licence: None | str
        licence = self.licence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "title": title,
                "author": author,
                "publisher": publisher,
                "url": url,
                "licence": licence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        title = d.pop("title")

        def _parse_author(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author = _parse_author(d.pop("author"))

        def _parse_publisher(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        publisher = _parse_publisher(d.pop("publisher"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_licence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        licence = _parse_licence(d.pop("licence"))

        export_attribution = cls(
            source=source,
            title=title,
            author=author,
            publisher=publisher,
            url=url,
            licence=licence,
        )

        export_attribution.additional_properties = d
        return export_attribution

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
