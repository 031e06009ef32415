"""Sources and errata as the API shows them."""

from datetime import date

from pydantic import BaseModel, Field

from app.core.model_base import Cited, ReviewStatus
from app.sources.models import Source, SourceKind


class Review(BaseModel):
    status: ReviewStatus = Field(description="How far the record has been checked.")
    reviewed_by: str | None = Field(description="Who checked it.", examples=["acupoint-kb editors"])
    reviewed_on: date | None = Field(description="When it was checked.", examples=["2026-11-24"])


class SourceOut(BaseModel):
    slug: str = Field(description="Stable identifier of the source.", examples=["who-wpro-2008"])
    kind: SourceKind = Field(description="article, standard or editorial.")
    title: str = Field(description="Title of the work.")
    author: str | None = Field(description="Author, when known.")
    publisher: str | None = Field(description="Publisher, when known.")
    url: str | None = Field(description="Where to read it, when known.")
    published: str | None = Field(description="Year or date of publication, when known.")
    experts: list[str] = Field(description="Experts the source says it consulted.")
    evidence: str = Field(description="What kind of evidence the source offers.")
    notes: list[str] = Field(description="Curation notes: what was corrected or left out.")
    review: Review = Field(description="Review status of the record.")


class ErratumOut(BaseModel):
    slug: str = Field(
        description="Stable identifier of the erratum.", examples=["gb41-section-describes-st41"]
    )
    source: str = Field(description="Slug of the source that got it wrong.")
    subject: str = Field(description="The point or record concerned.", examples=["GB41"])
    related: list[str] = Field(description="Other points the correction touches.")
    field: str = Field(description="Which part of the source is concerned.")
    source_said: str = Field(description="What the source said, verbatim.")
    correction: str = Field(description="How the dataset resolves it.")
    reason: str = Field(description="Why.")
    evidence_source: str | None = Field(description="Slug of the source backing the correction.")
    review: Review = Field(description="Review status of the record.")


def review_of(row: Cited | Source) -> Review:
    return Review(
        status=row.review_status, reviewed_by=row.reviewed_by, reviewed_on=row.reviewed_on
    )
