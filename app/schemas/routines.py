"""Routines as the API shows them."""

from pydantic import BaseModel, Field

from app.models.points import SideUse
from app.schemas.points import CautionOut, PointSummary, TechniqueOut
from app.schemas.sources import NOTICE_EXAMPLE, Review, SourceOut


class ConditionRef(BaseModel):
    slug: str = Field(description="Slug of the condition.", examples=["lower-back-pain"])
    name: str = Field(description="Its name for display.", examples=["Lower back pain"])


class RoutineSummary(BaseModel):
    slug: str = Field(
        description="Stable identifier of the routine.", examples=["post-exercise-muscle-recovery"]
    )
    title: str = Field(
        description="Its title for display.", examples=["Muscle recovery after exercise"]
    )
    description: str = Field(
        description="What the routine is and where it comes from.",
        examples=[
            "The points the source names as key for muscle recovery after a workout, in the "
            "source's order. Repeat regularly, as the source advises."
        ],
    )
    condition: ConditionRef | None = Field(description="The condition the routine is for.")
    step_count: int = Field(description="How many steps it has.", examples=[3])
    total_min_seconds: int | None = Field(
        description="Shortest total time over the steps whose source gives a duration "
        "(null when none does); see `steps_without_duration` on the routine.",
        examples=[360],
    )
    total_max_seconds: int | None = Field(
        description="Longest total time over the same steps.", examples=[720]
    )
    source: str = Field(
        description="Slug of the source of the routine.",
        examples=["tcmtips-post-exercise-recovery"],
    )


class RoutineStepOut(BaseModel):
    position: int = Field(description="1 for the first step.", examples=[1])
    point: PointSummary = Field(description="The point to press in this step.")
    technique: TechniqueOut | None = Field(
        description="How the routine's source says to press the point (null: not stated)."
    )
    duration_min_seconds: int | None = Field(
        description="The source's shortest time per application (null: not stated).",
        examples=[60],
    )
    duration_max_seconds: int | None = Field(
        description="The source's longest time per application (null: not stated).",
        examples=[120],
    )
    duration_text: str | None = Field(
        description="The source's wording of the time.", examples=["1–2 minutes"]
    )
    sides: SideUse = Field(description="Each side in turn, alternating, or not stated.")
    applications: int = Field(
        description="How many times the per-application time is spent: 2 when the source "
        "says to press each side (or alternate sides) of a bilateral point, else 1.",
        examples=[2],
    )
    total_min_seconds: int | None = Field(
        description="Shortest time the whole step takes (null: the source gives no duration).",
        examples=[120],
    )
    total_max_seconds: int | None = Field(
        description="Longest time the whole step takes (null: the source gives no duration).",
        examples=[240],
    )
    note: str | None = Field(
        description="Editorial note on this step.",
        examples=["The source gives no time for BL-23: the step is left out of the totals."],
    )
    source: str = Field(
        description="Slug of the source of the step.", examples=["tcmtips-post-exercise-recovery"]
    )


class RoutineDetail(RoutineSummary):
    steps: list[RoutineStepOut] = Field(description="In order.")
    steps_without_duration: list[str] = Field(
        description="Codes of the points whose source gives no time: they are not counted "
        "in the totals.",
        examples=[["BL23"]],
    )
    cautions: list[CautionOut] = Field(
        description="Contraindications and cautions that apply to any of the routine's points."
    )
    review: Review = Field(description="How far the record has been checked, by whom and when.")
    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    sources: list[SourceOut] = Field(description="Every source cited in this record.")
