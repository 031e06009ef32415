"""Reads the seed files and validates every record, collecting every problem found.

Every stage runs even when an earlier one found problems, so one run reports them all:
the files (YAML that repeats a key inside a record is refused, since the last value would
silently win), each record alone, then the records against each other. Problems carry the
line of the record where the file has lines.
"""

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

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

RecordT = TypeVar("RecordT", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class SeedIssue:
    """One problem: which file, which record, which field, and what is wrong."""

    file: str
    record: str
    field: str
    problem: str
    line: int | None = None
    refers_to: str | None = None
    """For a reference that does not resolve: the missing key."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.record}: {self.field}: {self.problem}"


class SeedInvalid(Exception):
    def __init__(self, issues: list[SeedIssue]) -> None:
        self.issues = issues
        super().__init__(f"{len(issues)} problem(s) in the seed data")


@dataclass(slots=True)
class SeedData:
    manifest: Manifest
    sources: list[SourceRecord]
    meridians: list[MeridianRecord]
    catalog_points: list[CatalogPointRecord]
    extra_points: list[CatalogExtraPointRecord]
    regions: list[RegionRecord]
    point_names: list[PointNameRecord]
    point_locations: list[PointLocationRecord]
    point_regions: list[PointRegionRecord]
    point_categories: list[PointCategoryRecord]
    conditions: list[ConditionRecord]
    point_details: list[PointDetailRecord]
    contraindications: list[ContraindicationRecord]
    routines: list[RoutineRecord]
    tips: list[TipRecord]
    errata: list[ErratumRecord]
    figure_sites: list[FigureSiteRecord] = field(default_factory=list)


# SeedData field → (file, record model, the fields that key a record in labels).
FILES: dict[str, tuple[str, type[BaseModel], tuple[str, ...]]] = {
    "sources": ("sources.yaml", SourceRecord, ("slug",)),
    "meridians": ("catalog/meridians.yaml", MeridianRecord, ("code",)),
    "catalog_points": ("catalog/points.csv", CatalogPointRecord, ("code",)),
    "extra_points": ("catalog/extra_points.csv", CatalogExtraPointRecord, ("code",)),
    "regions": ("content/regions.yaml", RegionRecord, ("slug",)),
    "point_names": ("catalog/names.csv", PointNameRecord, ("code", "kind", "value")),
    "point_locations": ("catalog/locations.csv", PointLocationRecord, ("code", "source", "site")),
    "point_regions": ("catalog/point_regions.csv", PointRegionRecord, ("code", "region")),
    "point_categories": ("catalog/categories.csv", PointCategoryRecord, ("code", "category")),
    "conditions": ("content/conditions.yaml", ConditionRecord, ("slug",)),
    "point_details": ("content/points.yaml", PointDetailRecord, ("code", "source")),
    "contraindications": (
        "content/contraindications.yaml",
        ContraindicationRecord,
        ("slug",),
    ),
    "routines": ("content/routines.yaml", RoutineRecord, ("slug",)),
    "tips": ("content/tips.yaml", TipRecord, ("slug",)),
    "errata": ("content/errata.yaml", ErratumRecord, ("slug",)),
    "figure_sites": (
        "catalog/figure_sites.csv",
        FigureSiteRecord,
        ("code", "view", "site", "side"),
    ),
}


def label(keys: tuple[str, ...], values: Iterable[Any]) -> str:
    """How a problem names its record: ``code/source=ST36/who-wpro-2008``."""
    return f"{'/'.join(keys)}={'/'.join(str(value) for value in values)}"


class _StrictLoader(yaml.SafeLoader):
    """A safe loader that notes every key repeated inside one mapping."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.repeated: list[tuple[int, str]] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                self.repeated.append((key_node.start_mark.line + 1, str(key)))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


@dataclass(slots=True)
class _Reader:
    root: Path
    issues: list[SeedIssue] = field(default_factory=list)
    lines: dict[tuple[str, str], int] = field(default_factory=dict)
    """(file, record label) → the line the record starts on."""
    invalid_keys: set[str] = field(default_factory=set)
    """Keys of records that failed alone, so references to them are not reported twice."""

    def raw_rows(self, relative: str) -> list[tuple[int | None, Any]]:
        path = self.root / relative
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.issues.append(SeedIssue(relative, "-", "-", f"cannot read the file: {error}"))
            return []
        if path.suffix == ".csv":
            return self._csv_rows(text)
        return self._yaml_rows(relative, text)

    @staticmethod
    def _csv_rows(text: str) -> list[tuple[int | None, Any]]:
        reader = csv.DictReader(text.splitlines())
        rows: list[tuple[int | None, Any]] = []
        start = 2
        for row in reader:
            rows.append((start, {k: (v if v != "" else None) for k, v in row.items()}))
            start = reader.line_num + 1
        return rows

    def _yaml_rows(self, relative: str, text: str) -> list[tuple[int | None, Any]]:
        loader = _StrictLoader(text)
        try:
            node = loader.get_single_node()
            loaded = loader.construct_document(node) if node is not None else None
        except yaml.YAMLError as error:
            self.issues.append(SeedIssue(relative, "-", "-", f"not valid YAML: {error}"))
            return []
        finally:
            loader.dispose()
        for line, key in loader.repeated:
            self.issues.append(
                SeedIssue(relative, "-", key, "the key is repeated in one record", line=line)
            )
        if loaded is None:
            return []
        if isinstance(loaded, list) and isinstance(node, yaml.SequenceNode):
            starts = [item.start_mark.line + 1 for item in node.value]
            return list(zip(starts, loaded, strict=True))
        return [(1, loaded)]

    def records(self, relative: str, model: type[RecordT], keys: tuple[str, ...]) -> list[RecordT]:
        valid: list[RecordT] = []
        for index, (line, raw) in enumerate(self.raw_rows(relative), start=1):
            name = f"#{index}"
            if isinstance(raw, dict) and all(raw.get(key) is not None for key in keys):
                name = label(keys, (raw[key] for key in keys))
                if line is not None:
                    self.lines.setdefault((relative, name), line)
            if not isinstance(raw, dict):
                self.issues.append(SeedIssue(relative, name, "-", "expected a mapping", line=line))
                continue
            try:
                valid.append(model.model_validate(raw))
            except ValidationError as error:
                self.invalid_keys.update(str(raw[key]) for key in keys if raw.get(key))
                for detail in error.errors():
                    location = ".".join(str(part) for part in detail["loc"]) or "-"
                    self.issues.append(
                        SeedIssue(relative, name, location, detail["msg"], line=line)
                    )
        return valid

    def placed(self, issue: SeedIssue) -> SeedIssue:
        """The issue with the line of its record, when the file gives one."""
        line = self.lines.get((issue.file, issue.record))
        if issue.line is not None or line is None:
            return issue
        return SeedIssue(
            issue.file, issue.record, issue.field, issue.problem, line, issue.refers_to
        )


@dataclass(frozen=True, slots=True)
class SeedRead:
    """What the files hold: every record that is valid alone, and every problem so far."""

    data: SeedData | None
    """None only when the manifest itself is unusable."""
    issues: list[SeedIssue]
    reader: _Reader

    def place(self, found: list[SeedIssue]) -> list[SeedIssue]:
        """Problems found across records, with lines, minus references to invalid records."""
        invalid = self.reader.invalid_keys
        return [
            self.reader.placed(issue)
            for issue in found
            if issue.refers_to is None or issue.refers_to not in invalid
        ]


def read_seed(root: Path) -> SeedRead:
    """Read and validate every file and every record alone."""
    reader = _Reader(root)
    manifests = reader.records("manifest.yaml", Manifest, ())
    loaded: dict[str, Any] = {
        name: reader.records(file, model, keys) for name, (file, model, keys) in FILES.items()
    }
    if len(manifests) != 1:
        if not any(issue.file == "manifest.yaml" for issue in reader.issues):
            reader.issues.append(
                SeedIssue("manifest.yaml", "-", "-", "expected exactly one manifest")
            )
        return SeedRead(None, reader.issues, reader)
    return SeedRead(SeedData(manifest=manifests[0], **loaded), reader.issues, reader)
