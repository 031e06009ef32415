"""The shape of every seed record, validated before anything is written."""

from datetime import date
from decimal import Decimal
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from app.models.base import ReviewStatus
from app.models.conditions import Evidence
from app.models.contraindications import Scope, Severity, Trigger
from app.models.points import BodyView, Category, FigureSide, Laterality, NameKind, SideUse
from app.models.sources import SourceKind

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=100)]
LanguageTag = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PointCode = Annotated[
    str, StringConstraints(pattern=r"^([A-Z]{2}[1-9]\d?|EX-(HN|CA|B|UE|LE)[1-9]\d?)$")
]
MeridianCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
EDITORIAL = "acupoint-kb-editorial"
"""The editors' own judgement: rankings, plain-words advice, the region vocabulary."""
# Example values of the API documentation (curators write these records).
WHO = "who-wpro-2008"
TCM = "tcmtips-post-exercise-recovery"


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
    slug: Slug = Field(description="The source's key, cited by every fact.", examples=[WHO])
    kind: SourceKind = Field(description="What kind of work it is.")
    title: Annotated[str, StringConstraints(min_length=1, max_length=300)] = Field(
        description="The work's title.",
        examples=["WHO Standard Acupuncture Point Locations in the Western Pacific Region"],
    )
    author: ShortText | None = Field(
        default=None, description="Who wrote it.", examples=["World Health Organization"]
    )
    publisher: ShortText | None = Field(
        default=None, description="Who published it.", examples=["World Health Organization"]
    )
    url: Annotated[str, StringConstraints(pattern=r"^https?://", max_length=500)] | None = Field(
        default=None, description="Where it can be read.", examples=["https://iris.who.int/"]
    )
    published: Annotated[str, StringConstraints(max_length=40)] | None = Field(
        default=None, description="When, as precisely as known.", examples=["2008"]
    )
    experts: list[ShortText] = Field(
        default=[],
        description="Experts the work names as consulted.",
        examples=[["Mai Sogawa, TCM therapist (Japan), consulted for the article"]],
    )
    evidence: Text = Field(
        description="What the work's claims rest on.",
        examples=["International standard nomenclature and numbering of the 361 meridian points."],
    )
    notes: list[Text] = Field(
        default=[],
        description="How the work was entered: what was left out or corrected.",
        examples=[["Point names follow the WHO 1991 standard nomenclature."]],
    )
    review_status: ReviewStatus = Field(
        default=ReviewStatus.UNREVIEWED, description="How far the entry has been checked."
    )
    reviewed_by: ShortText | None = Field(
        default=None, description="Who checked it.", examples=["acupoint-kb editors"]
    )
    reviewed_on: date | None = Field(
        default=None, description="When it was checked.", examples=["2026-11-24"]
    )


class OtherCodeRecord(Record):
    """A code or name another list uses for a meridian, and where it is seen in use."""

    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    language: LanguageTag
    source: Slug


class MeridianRecord(Record):
    code: MeridianCode
    name: ShortText
    name_pinyin: ShortText
    name_hanzi: ShortText
    name_hanzi_traditional: ShortText
    point_count: int = Field(gt=0)
    other_codes: list[OtherCodeRecord] = []

    def spellings(self) -> list[str]:
        """Every other way to write its code: other lists' codes, and its English name."""
        return [*(other.code for other in self.other_codes), self.name.removesuffix(" Meridian")]


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
    slug: Slug = Field(description="The region's key.", examples=["calf"])
    name: ShortText = Field(description="Its name.", examples=["Calf"])
    parent: Slug | None = Field(
        default=None, description="The slug of the region it is part of.", examples=["leg"]
    )
    description: Text | None = Field(
        default=None,
        description="Where it is, when the name is not enough.",
        examples=["The back of the lower leg."],
    )
    synonyms: list[Slug] = Field(
        default=[],
        description="Other slugs people use for it; the region filter takes them.",
        examples=[["lower-leg"]],
    )


class ConditionRecord(Record):
    slug: Slug = Field(description="The condition's key.", examples=["muscle-fatigue"])
    name: ShortText = Field(description="Its name.", examples=["Muscle fatigue"])
    description: Text | None = Field(
        default=None,
        description="What it is, in plain words.",
        examples=["Tired muscles that tire quickly or feel weak after effort."],
    )
    synonyms: list[ShortText] = Field(
        default=[],
        description="Other ways people say it; symptom searches match them.",
        examples=[["tired muscles", "muscle tiredness"]],
    )


class NameRecord(Record):
    kind: NameKind = Field(description="What kind of name it is.")
    value: ShortText = Field(description="The name as written.", examples=["Zu San Li"])
    language: LanguageTag = Field(
        description="Its BCP 47 language tag.", examples=["zh-Latn-pinyin"]
    )
    note: Text | None = Field(
        default=None, description="Anything to know about it.", examples=[None]
    )


class TechniqueRecord(Record):
    instructions: Text = Field(
        description="How to press, in the source's words.",
        examples=["Press gently but firmly with your fingers for 1–2 minutes."],
    )
    applied_with: ShortText | None = Field(
        default=None, description="What presses.", examples=["thumb"]
    )
    motion: ShortText | None = Field(
        default=None, description="How it moves.", examples=["circular"]
    )
    pressure: ShortText | None = Field(default=None, description="How hard.", examples=["firm"])
    posture: ShortText | None = Field(
        default=None, description="How to sit or lie.", examples=["sitting comfortably"]
    )
    duration_min_seconds: int | None = Field(
        default=None, gt=0, le=3600, description="Shortest time, in seconds.", examples=[60]
    )
    duration_max_seconds: int | None = Field(
        default=None, gt=0, le=3600, description="Longest time, in seconds.", examples=[120]
    )
    duration_text: ShortText | None = Field(
        default=None, description="The time as the source says it.", examples=["1–2 minutes"]
    )
    sides: SideUse = Field(description="Which side or sides to press.")

    @model_validator(mode="after")
    def _duration_range(self) -> Self:
        low, high = self.duration_min_seconds, self.duration_max_seconds
        if (low is None) != (high is None):
            raise ValueError("give both duration_min_seconds and duration_max_seconds, or neither")
        if low is not None and high is not None and low > high:
            raise ValueError("duration_min_seconds is larger than duration_max_seconds")
        return self


class ConditionClaimRecord(Record):
    condition: Slug = Field(description="The condition's slug.", examples=["muscle-fatigue"])
    relevance: int = Field(
        ge=1, le=3, description="1 = the source's main use for it, 3 = minor.", examples=[1]
    )
    relevance_source: Slug = Field(
        default=EDITORIAL,
        description="Who ranked it: the editors, unless the source itself ranks its uses.",
        examples=[EDITORIAL],
    )
    claim: Text = Field(
        description="What the source says.", examples=["Alleviates muscle fatigue."]
    )
    evidence: Evidence = Field(
        default=Evidence.TRADITIONAL,
        description="What the claim rests on: traditional use, anecdote, or clinical evidence.",
    )
    evidence_source: Slug | None = Field(
        default=None,
        description="For clinical evidence: the review that assessed it.",
        examples=[None],
    )
    certainty: ShortText | None = Field(
        default=None,
        description="For clinical evidence: the review's certainty, in its words.",
        examples=[None],
    )

    @model_validator(mode="after")
    def _clinical_needs_review(self) -> Self:
        clinical = self.evidence is Evidence.CLINICAL
        if clinical != (self.evidence_source is not None):
            raise ValueError("clinical evidence needs evidence_source, and only it has one")
        if self.certainty is not None and not clinical:
            raise ValueError("certainty is given for clinical evidence only")
        return self


class PointDetailRecord(Record):
    """What one source says about one point (``content/points.yaml``)."""

    code: PointCode = Field(description="The point's WHO code.", examples=["ST36"])
    source: Slug = Field(description="The source that says it.", examples=[TCM])
    names: list[NameRecord] = Field(default=[], description="Other names the source gives.")
    lay_location: Text | None = Field(
        default=None,
        description="Where to find it, in plain words.",
        examples=["About four finger widths below the kneecap."],
    )
    regions: list[Slug] = Field(
        default=[], description="The slugs of the regions it lies in.", examples=[["shin"]]
    )
    technique: TechniqueRecord | None = Field(default=None, description="How to press it.")
    conditions: list[ConditionClaimRecord] = Field(
        default=[], description="What the source says it helps with."
    )


class ContraindicationRecord(Record):
    slug: Slug = Field(description="The caution's key.", examples=["skin-problem-at-site"])
    source: Slug = Field(description="The source that says it.", examples=[TCM])
    title: ShortText = Field(
        description="What it is about.",
        examples=["Open wounds, bruises or skin conditions near the point"],
    )
    trigger: Trigger = Field(description="The situation it applies to.")
    scope: Scope = Field(description="Which points it concerns.")
    regions: list[Slug] = Field(
        default=[],
        description="The regions concerned; for scope `body_region` only.",
        examples=[["abdomen", "lower-back"]],
    )
    points: list[PointCode] = Field(
        default=[],
        description="The points concerned; for scope `points` only.",
        examples=[[]],
    )
    severity: Severity = Field(description="Avoid, or take care.")
    source_text: Text = Field(
        description="The source's words.",
        examples=["You have open wounds, bruises, or skin conditions near the targeted points."],
    )
    advice: Text = Field(
        description="What to do, in plain words.",
        examples=["Do not press a point where the skin near it has an open wound."],
    )
    advice_source: Slug = Field(
        default=EDITORIAL,
        description="Who wrote the advice: the editors, unless the source words it itself.",
        examples=[EDITORIAL],
    )
    seek_professional_care: bool = Field(
        description="Whether to see a qualified health professional.", examples=[False]
    )
    note: Text | None = Field(
        default=None,
        description="Where other sources say otherwise, and which verdict was taken.",
        examples=[None],
    )

    @model_validator(mode="after")
    def _targets_match_scope(self) -> Self:
        if (self.scope is Scope.BODY_REGION) != bool(self.regions):
            raise ValueError("regions are required for scope body_region and only for it")
        if (self.scope is Scope.POINTS) != bool(self.points):
            raise ValueError("points are required for scope points and only for it")
        return self


class RoutineRecord(Record):
    slug: Slug = Field(description="The routine's key.", examples=["back-pain-after-exercise"])
    source: Slug = Field(description="The source that gives it.", examples=[TCM])
    title: ShortText = Field(description="Its title.", examples=["Back pain after exercise"])
    condition: Slug | None = Field(
        default=None,
        description="The slug of the condition it is for.",
        examples=["lower-back-pain"],
    )
    description: Text = Field(
        description="What it is, in plain words.",
        examples=["The points the source lists for back pain after exercise, in its order."],
    )
    steps: list[PointCode] = Field(
        min_length=1, description="The points' codes, in order.", examples=[["BL23", "BL25"]]
    )


class TipRecord(Record):
    slug: Slug = Field(description="The tip's key.", examples=["stay-hydrated"])
    source: Slug = Field(description="The source that gives it.", examples=[TCM])
    title: ShortText = Field(description="Its title.", examples=["Stay hydrated"])
    body: Text = Field(description="The advice.", examples=["Drink water after your workout."])
    editorial_note: Text | None = Field(
        default=None,
        description="What the editors left out or changed, and why.",
        examples=["The source's claim that water flushes toxins is left out: it gives no support."],
    )


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


class PointLocationRecord(Record):
    """Where a source puts a point, in our words (``catalog/locations.csv``)."""

    code: PointCode = Field(description="The point's code.", examples=["GB41"])
    source: Slug = Field(description="The source whose facts it gives.", examples=[WHO])
    site: int = Field(
        default=1, gt=0, le=20, description="Which site, for points with several.", examples=[1]
    )
    text: Text = Field(
        description="The location: surface, landmarks, distances, reference points.",
        examples=["Dorsum of the foot, distal to the junction of the 4th and 5th metatarsals."],
    )
    standard_uses: bool = Field(
        default=False,
        description="True for the site the WHO standard gives.",
        examples=[True],
    )
    note: Text | None = Field(
        default=None, description="How this site differs from others.", examples=[None]
    )


Fraction = Annotated[Decimal, Field(ge=0, le=1, max_digits=5, decimal_places=4)]
"""A share of a view's width or height, to four places: exact in every record and export."""


class FigureSiteRecord(Record):
    """Where the body figure shows one site of a point (``catalog/figure_sites.csv``)."""

    code: PointCode = Field(description="The point's code.", examples=["ST36"])
    view: BodyView = Field(description="The figure's view: `front`, `back` or `side`.")
    site: int = Field(gt=0, le=40, description="Which site, for points with several.", examples=[1])
    side: FigureSide = Field(description="The person's own side: `left`, `right` or `midline`.")
    x: Fraction = Field(
        description="Share of the view's width, from the left of its viewBox.", examples=["0.4"]
    )
    y: Fraction = Field(
        description="Share of the view's height, from the top of its viewBox.",
        examples=["0.76"],
    )
    source: Slug = Field(
        description="Who placed it on the figure.", examples=["acupoint-kb-body-map"]
    )
    based_on: Slug = Field(description="The source of the location it follows.", examples=[WHO])
    note: Text | None = Field(
        default=None,
        description="Where the figure cannot show the site itself (inside the mouth, say).",
        examples=[None],
    )


class PointRegionRecord(Record):
    """A point's body region, as a source places it (``catalog/point_regions.csv``)."""

    code: PointCode = Field(description="The point's code.", examples=["ST36"])
    region: Slug = Field(description="The region's slug.", examples=["leg"])
    source: Slug = Field(description="The source that places it there.", examples=[WHO])
    confirmed_by: Slug | None = Field(
        default=None,
        description="A second, independent source that agrees.",
        examples=["iaomai-atlas"],
    )
    note: Text | None = Field(
        default=None, description="How a disagreement was settled.", examples=[None]
    )


class PointCategoryRecord(Record):
    """A special-point category (``catalog/categories.csv``)."""

    code: PointCode = Field(description="The point's code.", examples=["ST36"])
    category: Category = Field(description="The category.")
    detail: ShortText | None = Field(
        default=None,
        description="Phase, organ, vessel or what it influences.",
        examples=["earth"],
    )
    source: Slug = Field(description="The source that says so.", examples=["deadman-jcm-1993"])
    confirmed_by: Slug | None = Field(
        default=None,
        description="A second, independent source that agrees.",
        examples=["healthyupdate-principles"],
    )
    note: Text | None = Field(default=None, description="Anything to know.", examples=[None])


class PointNameRecord(NameRecord):
    """Another name of a point, with its source (``catalog/names.csv``)."""

    code: PointCode = Field(description="The point's code.", examples=["KI1"])
    source: Slug = Field(description="The source that gives it.", examples=[WHO])
