"""The dataset as records: kinds, keys, and the conversion to and from validated seed data.

A record is one entry of a seed file (a source, a region, what one source says about one
point…), as JSON. Exports, the sync feed and curators' edits all speak of records; the
seed's validator checks them, so a record written through the API obeys the same rules as
one in a file.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from app.seeding.consistency import check_consistency
from app.seeding.reader import SeedData, SeedIssue
from app.seeding.schemas import (
    CatalogExtraPointRecord,
    CatalogPointRecord,
    ConditionRecord,
    ContraindicationRecord,
    ErratumRecord,
    FigureSiteRecord,
    Manifest,
    MeridianRecord,
    PointCategoryRecord,
    PointDetailRecord,
    PointLocationRecord,
    PointNameRecord,
    PointRegionRecord,
    RegionRecord,
    RoutineRecord,
    SourceRecord,
    TipRecord,
)

Content = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of record: where it lives in the seed data and how it is keyed."""

    name: str
    field: str
    """The SeedData attribute that holds the records of this kind."""
    model: type[BaseModel]
    key: Callable[[Content], str]
    key_fields: tuple[str, ...]


def _field(name: str) -> Callable[[Content], str]:
    return lambda content: str(content[name])


def _fields(*names: str) -> Callable[[Content], str]:
    return lambda content: "/".join(str(content[name]) for name in names)


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("manifest", "manifest", Manifest, lambda _content: "manifest", ()),
        Kind("sources", "sources", SourceRecord, _field("slug"), ("slug",)),
        Kind("meridians", "meridians", MeridianRecord, _field("code"), ("code",)),
        Kind("catalog-points", "catalog_points", CatalogPointRecord, _field("code"), ("code",)),
        Kind("extra-points", "extra_points", CatalogExtraPointRecord, _field("code"), ("code",)),
        Kind("regions", "regions", RegionRecord, _field("slug"), ("slug",)),
        Kind(
            "point-names",
            "point_names",
            PointNameRecord,
            _fields("code", "kind", "value"),
            ("code", "kind", "value"),
        ),
        Kind(
            "point-locations",
            "point_locations",
            PointLocationRecord,
            _fields("code", "source", "site"),
            ("code", "source", "site"),
        ),
        Kind(
            "point-regions",
            "point_regions",
            PointRegionRecord,
            _fields("code", "region"),
            ("code", "region"),
        ),
        Kind(
            "point-categories",
            "point_categories",
            PointCategoryRecord,
            _fields("code", "category"),
            ("code", "category"),
        ),
        Kind("conditions", "conditions", ConditionRecord, _field("slug"), ("slug",)),
        Kind(
            "point-details",
            "point_details",
            PointDetailRecord,
            _fields("code", "source"),
            ("code", "source"),
        ),
        Kind(
            "contraindications",
            "contraindications",
            ContraindicationRecord,
            _field("slug"),
            ("slug",),
        ),
        Kind("routines", "routines", RoutineRecord, _field("slug"), ("slug",)),
        Kind("tips", "tips", TipRecord, _field("slug"), ("slug",)),
        Kind("errata", "errata", ErratumRecord, _field("slug"), ("slug",)),
        Kind(
            "figure-sites",
            "figure_sites",
            FigureSiteRecord,
            _fields("code", "view", "site", "side"),
            ("code", "view", "site", "side"),
        ),
    )
}

Records = dict[str, list[Content]]
"""Kind name → its records' contents, in the dataset's order."""


def records_of(data: SeedData) -> Records:
    found: Records = {}
    for kind in KINDS.values():
        value = getattr(data, kind.field)
        items = [value] if kind.name == "manifest" else list(value)
        found[kind.name] = [item.model_dump(mode="json") for item in items]
    return found


def validate_records(
    records: Mapping[str, Sequence[Content]],
) -> tuple[SeedData | None, list[SeedIssue]]:
    """Every record checked alone (Pydantic), then all of them together, as the seed is."""
    issues: list[SeedIssue] = []
    validated: dict[str, list[Any]] = {}
    for name, kind in KINDS.items():
        validated[kind.field] = []
        for index, content in enumerate(records.get(name, ()), start=1):
            label = _label(kind, index, content)
            try:
                validated[kind.field].append(kind.model.model_validate(content))
            except ValidationError as error:
                for detail in error.errors():
                    where = ".".join(str(part) for part in detail["loc"]) or "-"
                    issues.append(SeedIssue(name, label, where, detail["msg"]))
    unknown = sorted(set(records) - set(KINDS))
    issues += [SeedIssue(name, "-", "-", "unknown kind of record") for name in unknown]
    if len(validated["manifest"]) != 1 and not any(i.file == "manifest" for i in issues):
        issues.append(SeedIssue("manifest", "-", "-", "expected exactly one manifest"))
    if issues:
        return None, issues
    manifest = validated.pop("manifest")[0]
    data = SeedData(manifest=manifest, **validated)
    issues = check_consistency(data)
    return (None, issues) if issues else (data, [])


def _label(kind: Kind, index: int, content: Any) -> str:
    if isinstance(content, dict):
        try:
            return f"#{index} ({kind.key(content)})"
        except KeyError:
            pass
    return f"#{index}"


def key_of(kind: str, content: Content) -> str:
    return KINDS[kind].key(content)
