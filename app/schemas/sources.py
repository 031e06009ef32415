"""Sources and errata as the API shows them."""

from datetime import date

from pydantic import BaseModel, Field

from app.models.base import Cited, ReviewStatus
from app.models.sources import Source, SourceKind

# The dataset's not-medical-advice notice (seed/manifest.yaml), as the API returns it.
NOTICE_EXAMPLE = (
    "Educational information about traditional acupressure practice, not medical advice. "
    "The uses described come from traditional Chinese medicine sources and expert opinion, "
    "not from clinical evidence. Do not use acupressure in place of diagnosis or treatment; "
    "see a qualified health professional for pain that persists or worsens, during "
    "pregnancy, or when unsure."
)


class Review(BaseModel):
    status: ReviewStatus = Field(description="How far the record has been checked.")
    reviewed_by: str | None = Field(description="Who checked it.", examples=["acupoint-kb editors"])
    reviewed_on: date | None = Field(description="When it was checked.", examples=["2026-11-24"])


class SourceOut(BaseModel):
    slug: str = Field(description="Stable identifier of the source.", examples=["who-wpro-2008"])
    kind: SourceKind = Field(description="article, standard or editorial.")
    title: str = Field(
        description="Title of the work.",
        examples=["WHO Standard Acupuncture Point Locations in the Western Pacific Region"],
    )
    author: str | None = Field(
        description="Author, when known.",
        examples=["World Health Organization, Regional Office for the Western Pacific"],
    )
    publisher: str | None = Field(
        description="Publisher, when known.", examples=["World Health Organization"]
    )
    url: str | None = Field(
        description="Where to read it, when known.",
        examples=["https://example.org/articles/acupressure-recovery"],
    )
    published: str | None = Field(
        description="Year or date of publication, when known.", examples=["2008"]
    )
    experts: list[str] = Field(
        description="Experts the source says it consulted.",
        examples=[["Mai Sogawa, TCM therapist (Japan), consulted for the article"]],
    )
    evidence: str = Field(
        description="What kind of evidence the source offers.",
        examples=["International standard nomenclature and numbering of the 361 meridian points."],
    )
    notes: list[str] = Field(
        description="Curation notes: what was corrected or left out.",
        examples=[
            [
                "Point names follow the WHO 1991 standard nomenclature; codes without a hyphen "
                "(ST36)."
            ]
        ],
    )
    review: Review = Field(description="Review status of the record.")


class ErratumOut(BaseModel):
    slug: str = Field(
        description="Stable identifier of the erratum.", examples=["gb41-section-describes-st41"]
    )
    source: str = Field(
        description="Slug of the source that got it wrong.",
        examples=["tcmtips-post-exercise-recovery"],
    )
    subject: str = Field(description="The point or record concerned.", examples=["GB41"])
    related: list[str] = Field(
        description="Other points the correction touches.", examples=[["ST41"]]
    )
    field: str = Field(
        description="Which part of the source is concerned.",
        examples=['names and location (section 6, "Zulinqi (GB-41)")'],
    )
    source_said: str = Field(
        description="What the source said, verbatim.",
        examples=[
            "Acupoint: ST-41 (Other Names: Stomach-41/Jie Xi/Stream Divide). Located at the "
            "junction of the instep and the calf. You should find a depression at the "
            "horizontal stripes center."
        ],
    )
    correction: str = Field(
        description="How the dataset resolves it.",
        examples=[
            "Section 6 is about Zulinqi (GB41): its heading, its location bullet (top of the "
            "foot, behind the gap between the fourth and fifth toes), its benefits and its "
            "technique are kept on GB41. The ST-41 line and its location describe another "
            "point, Jiexi (ST41) at the ankle; those names and that location are recorded on "
            "ST41, not on GB41."
        ],
    )
    reason: str = Field(
        description="Why.",
        examples=[
            "ST-41, Jie Xi and Stream Divide name the Stomach-meridian point Jiexi, while "
            "Zulinqi is GB41 on the Gallbladder meridian in the WHO standard; the section's "
            "two location texts describe two different places (ankle crease and top of the "
            "foot)."
        ],
    )
    evidence_source: str | None = Field(
        description="Slug of the source backing the correction.", examples=["who-wpro-2008"]
    )
    review: Review = Field(description="Review status of the record.")


def review_of(row: Cited | Source) -> Review:
    return Review(
        status=row.review_status, reviewed_by=row.reviewed_by, reviewed_on=row.reviewed_on
    )
