"""Conditions as the API shows them."""

import enum

from pydantic import BaseModel, Field

from app.schemas.points import CautionOut, ConditionClaimBasis, PointSummary, TechniqueOut
from app.schemas.routines import RoutineSummary
from app.schemas.sources import NOTICE_EXAMPLE, Review, SourceOut


class ConditionSort(enum.StrEnum):
    NAME = "name"
    NAME_DESC = "-name"
    POINT_COUNT = "point_count"
    POINT_COUNT_DESC = "-point_count"


class ConditionSummary(BaseModel):
    slug: str = Field(
        description="Stable identifier of the condition.", examples=["lower-back-pain"]
    )
    name: str = Field(description="Its name for display.", examples=["Lower back pain"])
    description: str | None = Field(
        description="What it is, in plain words (null: none yet).",
        examples=["A stiff or tense lower back that limits bending and stretching."],
    )
    synonyms: list[str] = Field(
        description="Other ways people name it; any of them finds the condition.",
        examples=[["lumbago", "low back pain"]],
    )
    point_count: int = Field(
        description="How many points a source says help with it.", examples=[4]
    )


class ConditionPoint(ConditionClaimBasis):
    point: PointSummary = Field(description="The point (see /v1/points/{ref} for all of it).")
    claim: str = Field(
        description="What the source says the point does for it.",
        examples=["Relieves lower back pain."],
    )
    techniques: list[TechniqueOut] = Field(description="How to press the point.")
    cautions: list[CautionOut] = Field(
        description="Contraindications and cautions that apply to this point."
    )


class ConditionDetail(ConditionSummary):
    points: list[ConditionPoint] = Field(
        description="Ranked: relevance 1 first, then by code. A point appears once per "
        "source that makes a claim about it."
    )
    routines: list[RoutineSummary] = Field(description="Routines for this condition.")
    cautions: list[CautionOut] = Field(
        description="Contraindications and cautions that apply to any of these points."
    )
    source: str = Field(
        description="Slug of the source of the condition's name and synonyms.",
        examples=["acupoint-kb-editorial"],
    )
    review: Review = Field(description="How far the record has been checked, by whom and when.")
    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    sources: list[SourceOut] = Field(description="Every source cited in this record.")
