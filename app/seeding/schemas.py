"""The shape of every seed record, validated before anything is written."""

from datetime import date
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.models.base import ReviewStatus
from app.models.contraindications import Scope, Severity, Trigger
from app.models.points import Laterality, NameKind, SideUse
from app.models.sources import SourceKind

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=100)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PointCode = Annotated[
    str, StringConstraints(pattern=r"^([A-Z]{2}[1-9]\d?|EX-(HN|CA|B|UE|LE)[1-9]\d?)$")
]
MeridianCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Review(Record):
    status: ReviewStatus
    reviewer: ShortText | None = None
    reviewed_on: date | None = None


class Manifest(Record):
    dataset: ShortText
    version: Annotated[str, StringConstraints(pattern=r"^\d{4}\.\d{1,2}\.\d{1,2}(\.\d+)?$")]
    review: Review
    medical_notice: Text


class SourceRecord(Record):
    slug: Slug
    kind: SourceKind
    title: Annotated[str, StringConstraints(min_length=1, max_length=300)]
    author: ShortText | None = None
    publisher: ShortText | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://", max_length=500)] | None = None
    published: Annotated[str, StringConstraints(max_length=40)] | None = None
    experts: list[ShortText] = []
    evidence: Text
    notes: list[Text] = []
    review_status: ReviewStatus = ReviewStatus.UNREVIEWED
    reviewed_by: ShortText | None = None
    reviewed_on: date | None = None


class MeridianRecord(Record):
    code: MeridianCode
    name: ShortText
    name_pinyin: ShortText
    name_hanzi: ShortText
    name_hanzi_traditional: ShortText
    point_count: int = Field(gt=0)
    other_codes: list[ShortText] = []


class CatalogPointRecord(Record):
    """One row of ``catalog/points.csv``."""

    code: PointCode
    meridian: MeridianCode
    number: int = Field(gt=0)
    pinyin: ShortText
    pinyin_toneless: ShortText
    hanzi: ShortText
    hanzi_traditional: ShortText
    english: ShortText


class CatalogExtraPointRecord(Record):
    """One row of ``catalog/extra_points.csv``."""

    code: PointCode
    group: Annotated[str, StringConstraints(pattern=r"^EX-(HN|CA|B|UE|LE)$")]
    number: int = Field(gt=0)
    pinyin: ShortText
    pinyin_toneless: ShortText
    hanzi: ShortText
    hanzi_traditional: ShortText
    english: ShortText
    laterality: Laterality
    note: Text | None = None


class RegionRecord(Record):
    slug: Slug
    name: ShortText
    parent: Slug | None = None
    description: Text | None = None


class ConditionRecord(Record):
    slug: Slug
    name: ShortText
    description: Text | None = None
    synonyms: list[ShortText] = []


class NameRecord(Record):
    kind: NameKind
    value: ShortText
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,8})*$")]
    note: Text | None = None


class TechniqueRecord(Record):
    instructions: Text
    applied_with: ShortText | None = None
    motion: ShortText | None = None
    pressure: ShortText | None = None
    posture: ShortText | None = None
    duration_min_seconds: int | None = Field(default=None, gt=0, le=3600)
    duration_max_seconds: int | None = Field(default=None, gt=0, le=3600)
    duration_text: ShortText | None = None
    sides: SideUse

    @model_validator(mode="after")
    def _duration_range(self) -> Self:
        low, high = self.duration_min_seconds, self.duration_max_seconds
        if (low is None) != (high is None):
            raise ValueError("give both duration_min_seconds and duration_max_seconds, or neither")
        if low is not None and high is not None and low > high:
            raise ValueError("duration_min_seconds is larger than duration_max_seconds")
        return self


class ConditionClaimRecord(Record):
    condition: Slug
    relevance: int = Field(ge=1, le=3)
    claim: Text


class PointDetailRecord(Record):
    """What one source says about one point (``content/points.yaml``)."""

    code: PointCode
    source: Slug
    names: list[NameRecord] = []
    lay_location: Text | None = None
    regions: list[Slug] = []
    technique: TechniqueRecord | None = None
    conditions: list[ConditionClaimRecord] = []


class ContraindicationRecord(Record):
    slug: Slug
    source: Slug
    title: ShortText
    trigger: Trigger
    scope: Scope
    regions: list[Slug] = []
    severity: Severity
    source_text: Text
    advice: Text
    seek_professional_care: bool

    @model_validator(mode="after")
    def _regions_match_scope(self) -> Self:
        if (self.scope is Scope.BODY_REGION) != bool(self.regions):
            raise ValueError("regions are required for scope body_region and only for it")
        return self


class RoutineRecord(Record):
    slug: Slug
    source: Slug
    title: ShortText
    condition: Slug | None = None
    description: Text
    steps: list[PointCode] = Field(min_length=1)


class TipRecord(Record):
    slug: Slug
    source: Slug
    title: ShortText
    body: Text
    editorial_note: Text | None = None


class ErratumRecord(Record):
    slug: Slug
    source: Slug
    subject: ShortText
    related: list[PointCode] = []
    field: ShortText
    source_said: Text
    correction: Text
    reason: Text
    evidence_source: Slug | None = None
