"""Corrections: what anyone may report, and what a curator decides."""

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.models.corrections import CorrectionStatus

WritableKind = Literal[
    "sources",
    "regions",
    "conditions",
    "point-details",
    "contraindications",
    "routines",
    "tips",
]
MAX_PATCH_MEMBERS = 50


class CorrectionReport(BaseModel):
    """A mistake someone found in a record."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    kind: WritableKind = Field(description="The kind of record.", examples=["point-details"])
    key: str = Field(
        min_length=1,
        max_length=200,
        description="The record's key: a slug, or CODE/source for point details.",
        examples=["BL58/tcmtips-post-exercise-recovery"],
    )
    problem: str = Field(
        min_length=10,
        max_length=2000,
        description="What is wrong.",
        examples=["The location says 'midway between the Achilles tendon and the calf'."],
    )
    suggested_fix: str = Field(
        min_length=1,
        max_length=2000,
        description="What it should say, and where that comes from.",
        examples=["Seven cun above the ankle, per the WHO standard."],
    )
    patch: dict[str, Any] | None = Field(
        default=None,
        max_length=MAX_PATCH_MEMBERS,
        description="Optional: the fix as a JSON Merge Patch of the record.",
        examples=[{"lay_location": "Seven cun above BL60, at the lower edge of the calf."}],
    )
    contact: str | None = Field(
        default=None,
        max_length=200,
        description="Optional: how a curator may reach you (never shown publicly).",
        examples=["reader@example.org"],
    )


class CorrectionStatusOut(BaseModel):
    """What anyone holding the id may see."""

    id: str = Field(description="The correction's id.", examples=["k3Jd9xQ2vB7mTn4w"])
    kind: str = Field(description="The kind of record.", examples=["point-details"])
    key: str = Field(
        description="The record's key.", examples=["BL58/tcmtips-post-exercise-recovery"]
    )
    status: CorrectionStatus = Field(description="pending, accepted or rejected.")
    reported_at: datetime = Field(
        description="When it was reported.", examples=["2026-11-26T13:00:00Z"]
    )
    decided_at: datetime | None = Field(
        description="When a curator decided.", examples=["2026-11-27T09:30:00Z"]
    )
    decision_reason: str | None = Field(
        description="Why it was rejected (or a note on acceptance).", examples=[None]
    )


class CorrectionOut(CorrectionStatusOut):
    """What a curator sees."""

    problem: str = Field(
        description="What is wrong, as reported.",
        examples=["The knee has no description, unlike the other regions of the leg."],
    )
    suggested_fix: str = Field(
        description="The fix, as reported.",
        examples=["Add one: the joint between the thigh and the leg."],
    )
    patch: dict[str, Any] | None = Field(
        description="The fix as a merge patch, if given.",
        examples=[{"description": "The joint between the thigh and the leg."}],
    )
    contact: str | None = Field(
        description="The reporter's contact, if given.", examples=["reader@example.org"]
    )
    decided_by: str | None = Field(description="The curator who decided.", examples=["alice"])


class AcceptCorrection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    patch: dict[str, Any] | None = Field(
        default=None,
        max_length=MAX_PATCH_MEMBERS,
        description="The merge patch to apply; the reported one when omitted.",
        examples=[{"description": "The joint between the thigh and the leg."}],
    )
    note: str | None = Field(
        default=None,
        max_length=2000,
        description="A note for the reporter.",
        examples=["Thank you: added."],
    )


class RejectCorrection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(
        min_length=1,
        max_length=2000,
        description="Why, for the reporter.",
        examples=["Already fixed."],
    )
