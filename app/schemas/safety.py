"""A person's situation and what it means for pressing a point."""

import enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.models.contraindications import Severity
from app.schemas.sources import NOTICE_EXAMPLE
from app.schemas.sources import SourceOut as SourceRef

RegionSlug = Annotated[str, StringConstraints(min_length=1, max_length=100)]


class SafetyStatus(enum.StrEnum):
    OK = "ok"
    CAUTION = "caution"
    AVOID = "avoid"


class PersonContext(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    pregnant: bool = Field(default=False, description="The person is pregnant.", examples=[True])
    skin_issue_regions: list[RegionSlug] = Field(
        default_factory=list,
        max_length=20,
        description="Body regions (slugs from /v1/regions) with open wounds, bruises or skin "
        "conditions.",
        examples=[["knee"]],
    )
    persistent_or_worsening_pain: bool = Field(
        default=False, description="The pain persists or is getting worse.", examples=[False]
    )

    @property
    def is_empty(self) -> bool:
        return not (self.pregnant or self.skin_issue_regions or self.persistent_or_worsening_pain)


class SafetyReason(BaseModel):
    contraindication: str = Field(
        description="Slug of the contraindication (see /v1/contraindications).",
        examples=["pregnancy-abdomen-lower-back"],
    )
    severity: Severity = Field(description="`avoid` or `caution`.")
    reason: str = Field(
        description="Why it applies to this point and person.",
        examples=[
            "Pregnancy and points on the abdomen or lower back: the point is on the lower back."
        ],
    )
    advice: str = Field(
        description="What to do instead.",
        examples=[
            "If you are pregnant, do not press points on the abdomen or lower back unless you "
            "are sure it is right for you; ask a qualified practitioner when in doubt."
        ],
    )
    advice_source: str = Field(
        description="Slug of who wrote the advice (`acupoint-kb-editorial`: the editors).",
        examples=["acupoint-kb-editorial"],
    )
    seek_professional_care: bool = Field(
        description="True when the advice is to see a professional.", examples=[False]
    )
    source: str = Field(
        description="Slug of the source of the contraindication.",
        examples=["tcmtips-post-exercise-recovery"],
    )

    def cited(self) -> set[str]:
        return {self.source, self.advice_source}


class PointSafety(BaseModel):
    status: SafetyStatus = Field(description="ok, caution or avoid.")
    reasons: list[SafetyReason] = Field(description="Each contraindication that applies.")


class SafetyCheckRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        json_schema_extra={
            "examples": [
                {
                    "points": ["BL23", "Zusanli", "委中"],
                    "context": {"pregnant": True, "skin_issue_regions": ["knee"]},
                }
            ]
        },
    )

    points: list[Annotated[str, StringConstraints(min_length=1, max_length=200)]] = Field(
        min_length=1,
        max_length=50,
        description="Points by any identifier (code, pinyin, hanzi, English name).",
        examples=[["BL23", "Zusanli", "委中"]],
    )
    context: PersonContext = Field(
        default_factory=PersonContext, description="The person's situation."
    )


class PointVerdict(BaseModel):
    ref: str = Field(description="The identifier as given.", examples=["Zusanli"])
    code: str = Field(description="Canonical code.", examples=["ST36"])
    display_code: str = Field(description="Code as usually displayed.", examples=["ST-36"])
    name: str = Field(description="Pinyin name.", examples=["Zúsānlǐ"])
    status: SafetyStatus = Field(description="ok, caution or avoid.")
    reasons: list[SafetyReason] = Field(description="Each contraindication that applies.")


class SafetyCheckResult(BaseModel):
    status: SafetyStatus = Field(description="The most severe verdict over all points.")
    results: list[PointVerdict] = Field(description="One verdict per point, in request order.")
    advice: list[str] = Field(
        description="What to do, e.g. to seek professional care for pain that persists.",
        examples=[
            [
                "If you are pregnant, do not press points on the abdomen or lower back unless "
                "you are sure it is right for you; ask a qualified practitioner when in doubt."
            ]
        ],
    )
    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    sources: list[SourceRef] = Field(description="Every source cited in this answer.")
