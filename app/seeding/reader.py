"""Reads the seed files and validates every record, collecting every problem found."""

import csv
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
    Manifest,
    MeridianRecord,
    PointDetailRecord,
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

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.field}: {self.problem}"


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
    conditions: list[ConditionRecord]
    point_details: list[PointDetailRecord]
    contraindications: list[ContraindicationRecord]
    routines: list[RoutineRecord]
    tips: list[TipRecord]
    errata: list[ErratumRecord]


@dataclass(slots=True)
class _Reader:
    root: Path
    issues: list[SeedIssue] = field(default_factory=list)

    def raw_rows(self, relative: str) -> list[Any]:
        path = self.root / relative
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self.issues.append(SeedIssue(relative, "-", "-", f"cannot read the file: {error}"))
            return []
        if path.suffix == ".csv":
            return [
                {key: (value if value != "" else None) for key, value in row.items()}
                for row in csv.DictReader(text.splitlines())
            ]
        try:
            loaded = yaml.safe_load(text)
        except yaml.YAMLError as error:
            self.issues.append(SeedIssue(relative, "-", "-", f"not valid YAML: {error}"))
            return []
        if loaded is None:
            return []
        return loaded if isinstance(loaded, list) else [loaded]

    def records(self, relative: str, model: type[RecordT]) -> list[RecordT]:
        valid: list[RecordT] = []
        for index, raw in enumerate(self.raw_rows(relative), start=1):
            label = _record_label(index, raw)
            if not isinstance(raw, dict):
                self.issues.append(SeedIssue(relative, label, "-", "expected a mapping"))
                continue
            try:
                valid.append(model.model_validate(raw))
            except ValidationError as error:
                for detail in error.errors():
                    location = ".".join(str(part) for part in detail["loc"]) or "-"
                    self.issues.append(SeedIssue(relative, label, location, detail["msg"]))
        return valid


def _record_label(index: int, raw: Any) -> str:
    if isinstance(raw, dict):
        for key in ("slug", "code"):
            if isinstance(raw.get(key), str):
                return f"#{index} ({key}={raw[key]})"
    return f"#{index}"


def read_seed(root: Path) -> tuple[SeedData | None, list[SeedIssue]]:
    """Validate every file; return the data only when no record has a problem."""
    reader = _Reader(root)
    manifests = reader.records("manifest.yaml", Manifest)
    sources = reader.records("sources.yaml", SourceRecord)
    meridians = reader.records("catalog/meridians.yaml", MeridianRecord)
    catalog_points = reader.records("catalog/points.csv", CatalogPointRecord)
    extra_points = reader.records("catalog/extra_points.csv", CatalogExtraPointRecord)
    regions = reader.records("content/regions.yaml", RegionRecord)
    conditions = reader.records("content/conditions.yaml", ConditionRecord)
    point_details = reader.records("content/points.yaml", PointDetailRecord)
    contraindications = reader.records("content/contraindications.yaml", ContraindicationRecord)
    routines = reader.records("content/routines.yaml", RoutineRecord)
    tips = reader.records("content/tips.yaml", TipRecord)
    errata = reader.records("content/errata.yaml", ErratumRecord)
    if len(manifests) != 1 and not any(i.file == "manifest.yaml" for i in reader.issues):
        reader.issues.append(SeedIssue("manifest.yaml", "-", "-", "expected exactly one manifest"))
    if reader.issues:
        return None, reader.issues
    data = SeedData(
        manifest=manifests[0],
        sources=sources,
        meridians=meridians,
        catalog_points=catalog_points,
        extra_points=extra_points,
        regions=regions,
        conditions=conditions,
        point_details=point_details,
        contraindications=contraindications,
        routines=routines,
        tips=tips,
        errata=errata,
    )
    return data, []
