"""Points as the API shows them."""

import enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from app.core.limits import (
    DEFAULT_PAGE_SIZE,
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_QUERY_WORDS,
    MAX_REPEATED_PARAMETER,
)
from app.models.conditions import Evidence
from app.models.contraindications import Scope, Severity, Trigger
from app.models.points import (
    BodyView,
    Category,
    FigureSide,
    Laterality,
    LocationKind,
    NameKind,
    PointKind,
    SideUse,
)
from app.schemas.common import PageLinks
from app.schemas.free_text import FreeText
from app.schemas.safety import PersonContext, PointSafety
from app.schemas.sources import NOTICE_EXAMPLE, ErratumOut, Review, SourceOut

WHO = "who-wpro-2008"


class MeridianRef(BaseModel):
    code: str = Field(description="WHO meridian code.", examples=["BL"])
    name: str = Field(description="Meridian name.", examples=["Bladder Meridian"])


class RegionRef(BaseModel):
    slug: str = Field(description="Region slug.", examples=["back-of-knee"])
    name: str = Field(description="Region name.", examples=["Back of the knee"])


class PrimaryNames(BaseModel):
    pinyin: str = Field(description="Standard pinyin with tone marks.", examples=["Wěizhōng"])
    pinyin_toneless: str = Field(description="Pinyin without tone marks.", examples=["Weizhong"])
    hanzi: str = Field(description="Simplified characters.", examples=["委中"])
    hanzi_traditional: str = Field(description="Traditional characters.", examples=["委中"])
    english: str = Field(
        description="An English name: one a source gives, else the editors' literal rendering.",
        examples=["Middle of the Crook"],
    )


class NameOut(BaseModel):
    kind: NameKind = Field(description="What sort of name this is.")
    value: str = Field(description="The name as written.", examples=["Middle of the Crook"])
    language: str = Field(description="BCP 47 tag.", examples=["en", "zh-Hans"])
    source: str = Field(
        description="Slug of the source that gives this name.",
        examples=["tcmtips-post-exercise-recovery"],
    )
    note: str | None = Field(
        description="Why the name is notable (a variant code, say).",
        examples=["GB/T 12346-2021 places Yintang on the Governor Vessel as GV29."],
    )


class RegionLink(RegionRef):
    """A region a source places the point in."""

    source: str = Field(description="Slug of the source that places it there.", examples=[WHO])
    confirmed_by: str | None = Field(
        description="Slug of a second, independent source that agrees.", examples=["iaomai-atlas"]
    )
    note: str | None = Field(
        description="How a disagreement between sources was settled.", examples=[None]
    )


class LocationOut(BaseModel):
    kind: LocationKind = Field(
        description="`lay`: how to find it by hand, as a source words it; `anatomical`: "
        "landmarks and body-inch (B-cun) distances, in our words from the source's facts."
    )
    site: int = Field(
        description="Which site (several for multi-site points, or a source's alternative).",
        examples=[1],
    )
    text: str = Field(
        description="The location text.",
        examples=["At the midpoint of the crease behind the knee."],
    )
    standard_uses: bool = Field(
        description="True for the location the WHO standard gives.", examples=[True]
    )
    note: str | None = Field(description="How this location differs from others.", examples=[None])
    source: str = Field(
        description="Slug of the source.", examples=["tcmtips-post-exercise-recovery"]
    )


class FigureSite(BaseModel):
    """Where the body figure shows one site of the point: an approximate display position,
    computed from the point's location text; the text is the reference."""

    view: BodyView = Field(description="The figure's view: `front`, `back` or `side`.")
    x: float = Field(
        ge=0,
        le=1,
        description="Share of the view's width, from the left edge of its SVG viewBox.",
        examples=[0.3667],
    )
    y: float = Field(
        ge=0,
        le=1,
        description="Share of the view's height, from the top edge of its SVG viewBox.",
        examples=[0.7556],
    )
    side: FigureSide = Field(
        description="The person's own side: `left`, `right` or `midline`. In the front view "
        "the person's left is on the viewer's right; in the back view on the viewer's left; "
        "the side view shows the right side."
    )
    site: int = Field(
        description="Which site, for points with several (both sides of a bilateral point "
        "share a number).",
        examples=[1],
    )
    source: str = Field(
        description="Slug of the source that placed it on the figure.",
        examples=["acupoint-kb-body-map"],
    )
    based_on: str = Field(
        description="Slug of the source of the location it follows.", examples=[WHO]
    )
    note: str | None = Field(
        description="Where the figure cannot show the site itself (inside the mouth, on the "
        "sole), what it shows instead.",
        examples=[None],
    )


class CategoryCitation(BaseModel):
    """What a point's membership of a category says, and who says it."""

    detail: str | None = Field(
        description="Its phase, organ, vessel, or what it influences.", examples=["earth"]
    )
    source: str = Field(description="Slug of the source.", examples=["deadman-five-shu-1993"])
    confirmed_by: str | None = Field(
        description="Slug of a second, independent source that agrees.",
        examples=["healthyupdate-principles"],
    )


class CategoryMembership(CategoryCitation):
    category: Category = Field(description="The special-point category.")


class TechniqueOut(BaseModel):
    instructions: str = Field(
        description="The source's instructions.",
        examples=[
            "Apply firm, circular pressure using your thumb while sitting comfortably. Hold "
            "for 1–2 minutes on each leg."
        ],
    )
    applied_with: str | None = Field(
        description="Thumb, fingers… (null: not stated).", examples=["thumb"]
    )
    motion: str | None = Field(
        description="Circular, steady, hold… (null: not stated).", examples=["circular"]
    )
    pressure: str | None = Field(
        description="Firm, moderate… (null: not stated).", examples=["firm"]
    )
    posture: str | None = Field(
        description="How to sit or lie (null: not stated).", examples=["sitting comfortably"]
    )
    duration_min_seconds: int | None = Field(
        description="Shortest time per application.", examples=[60]
    )
    duration_max_seconds: int | None = Field(
        description="Longest time per application.", examples=[120]
    )
    duration_text: str | None = Field(
        description="The source's wording of the time.", examples=["1–2 minutes"]
    )
    sides: SideUse = Field(description="Each side in turn, alternating, or not stated.")
    source: str = Field(
        description="Slug of the source.", examples=["tcmtips-post-exercise-recovery"]
    )


class ConditionClaimBasis(BaseModel):
    """How much a claim weighs, and what it rests on."""

    relevance: int = Field(
        description="1 = a main use of the point, 3 = minor: a ranking by `relevance_source`.",
        ge=1,
        le=3,
        examples=[1],
    )
    relevance_source: str = Field(
        description="Slug of who ranked it: `acupoint-kb-editorial` (the editors) unless the "
        "source ranks its uses itself.",
        examples=["acupoint-kb-editorial"],
    )
    evidence: Evidence = Field(
        description="What the claim rests on: `traditional` use, `anecdotal` report, or "
        "`clinical` evidence (then `evidence_source` names the review)."
    )
    evidence_source: str | None = Field(
        description="For clinical evidence: slug of the review that assessed it.",
        examples=[None],
    )
    certainty: str | None = Field(
        description="For clinical evidence: the review's certainty, in its words.",
        examples=[None],
    )
    source: str = Field(
        description="Slug of the source that makes the claim.",
        examples=["tcmtips-post-exercise-recovery"],
    )

    def cited(self) -> set[str]:
        """Every source the claim names."""
        return {self.source, self.relevance_source} | (
            {self.evidence_source} if self.evidence_source else set()
        )


class ConditionClaim(ConditionClaimBasis):
    slug: str = Field(description="Condition slug.", examples=["lower-back-pain"])
    name: str = Field(description="Condition name.", examples=["Lower back pain"])
    claim: str = Field(
        description="What the source says the point does.",
        examples=["Relieves lower back pain."],
    )


class CautionOut(BaseModel):
    slug: str = Field(
        description="Contraindication slug.", examples=["pregnancy-abdomen-lower-back"]
    )
    title: str = Field(
        description="What it is about.",
        examples=["Pregnancy and points on the abdomen or lower back"],
    )
    trigger: Trigger = Field(description="What in a person's situation sets it off.")
    scope: Scope = Field(
        description="Whole person, the skin at the point, a body region, or named points."
    )
    severity: Severity = Field(description="`avoid` or `caution`.")
    regions: list[str] = Field(
        description="For scope body_region: the regions concerned.",
        examples=[["abdomen", "lower-back"]],
    )
    points: list[str] = Field(
        description="For scope points: the codes of the points concerned.", examples=[[]]
    )
    note: str | None = Field(
        description="Where other sources say otherwise, and which verdict was taken.",
        examples=[None],
    )
    advice: str = Field(
        description="What to do.",
        examples=[
            "If you are pregnant, do not press points on the abdomen or lower back unless you "
            "are sure it is right for you; ask a qualified practitioner when in doubt."
        ],
    )
    advice_source: str = Field(
        description="Slug of who wrote the advice: `acupoint-kb-editorial` (the editors' "
        "plain words) unless the source words it itself.",
        examples=["acupoint-kb-editorial"],
    )
    seek_professional_care: bool = Field(
        description="True when the advice is to see a professional.", examples=[False]
    )
    source_text: str = Field(
        description="The source's own words.",
        examples=["You’re pregnant and uncertain about pressing abdominal or lower back points."],
    )
    source: str = Field(
        description="Slug of the source.", examples=["tcmtips-post-exercise-recovery"]
    )


class PointSummary(BaseModel):
    code: str = Field(description="Canonical code, no hyphen.", examples=["BL40"])
    display_code: str = Field(description="Code as usually displayed.", examples=["BL-40"])
    kind: PointKind = Field(description="`standard` or `extra`.")
    meridian: str | None = Field(
        description="Meridian code; null for extra points.", examples=["BL"]
    )
    number: int = Field(description="Number on its meridian or in its extra group.", examples=[40])
    names: PrimaryNames = Field(description="The point's main names.")
    regions: list[str] = Field(
        description="Region slugs (empty where no source places it).",
        examples=[["back-of-knee"]],
    )


class PointDetail(BaseModel):
    code: str = Field(description="Canonical code, no hyphen.", examples=["BL40"])
    display_code: str = Field(description="Code as usually displayed.", examples=["BL-40"])
    kind: PointKind = Field(description="`standard` (on a meridian) or `extra` (EX-).")
    meridian: MeridianRef | None = Field(description="The meridian; null for extra points.")
    extra_group: str | None = Field(
        description="EX-HN, EX-CA, EX-B, EX-UE or EX-LE.", examples=["EX-HN"]
    )
    number: int = Field(description="Number on its meridian or in its extra group.", examples=[40])
    laterality: Laterality = Field(
        description="`bilateral` (one on each side), `midline`, `single_side` or `several_sites`."
    )
    note: str | None = Field(
        description="A note on the point (several sites, a variant between standards).",
        examples=["China's GB/T 12346-2021 places this point on the Governor Vessel as GV29"],
    )
    names: PrimaryNames = Field(description="The point's main names.")
    all_names: list[NameOut] = Field(description="Every name and spelling, each with its source.")
    locations: list[LocationOut] = Field(description="How to find it, each text with its source.")
    figure_sites: list[FigureSite] = Field(
        description="Where the body figure (`/v1/body-map`) shows it: approximate display "
        "positions, one per site and side; empty when the point has no location."
    )
    regions: list[RegionLink] = Field(
        description="Body regions its sources place it in, each with its source."
    )
    techniques: list[TechniqueOut] = Field(description="How to press it, per source.")
    conditions: list[ConditionClaim] = Field(
        description="What sources say it helps with, main uses first."
    )
    cautions: list[CautionOut] = Field(
        description="Contraindications and cautions that apply to this point."
    )
    categories: list[CategoryMembership] = Field(
        description="Special-point categories, each cited."
    )
    errata: list[ErratumOut] = Field(description="Corrections that concern this point.")
    review: Review = Field(description="Review status of the record.")
    sources: list[SourceOut] = Field(description="Every source cited in this record.")
    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    dataset_version: str = Field(
        description="Version of the dataset that answered.", examples=["2026.11.24"]
    )


class NeedMatch(BaseModel):
    """How one `condition` or `symptom` value was understood."""

    given: str = Field(description="The value as given.", examples=["sore calfs"])
    parameter: str = Field(description="`condition` or `symptom`.", examples=["symptom"])
    conditions: list[str] = Field(
        description="Condition slugs it was read as, best first.", examples=[["calf-tension"]]
    )
    scores: list[float] = Field(description="How well it matched each, 0–100.", examples=[[100.0]])
    matched: list[str] = Field(
        description="The name or synonym that matched each.", examples=[["sore calves"]]
    )


class PointHit(BaseModel):
    point: PointSummary = Field(description="The point.")
    score: float = Field(description="Relevance to the request (higher is better).", examples=[1.0])
    needs_met: int = Field(
        description="How many of the requested conditions/symptoms it helps.", examples=[1]
    )
    helps_with: list[ConditionClaim] = Field(
        description="What the sources say it does for the requested conditions."
    )
    techniques: list[TechniqueOut] = Field(description="How to press it.")
    safety: PointSafety | None = Field(
        description="Verdict for the person's situation; null when none was given."
    )


class ExcludedPoint(BaseModel):
    code: str = Field(description="Canonical code.", examples=["BL23"])
    display_code: str = Field(description="Code as usually displayed.", examples=["BL-23"])
    safety: PointSafety = Field(description="Why it was left out.")


class PointList(BaseModel):
    items: list[PointHit] = Field(description="This page of points.")
    total: int = Field(description="How many points match, over all pages.", examples=[4])
    limit: int = Field(description="Page size used.", examples=[20])
    offset: int = Field(description="Index of the first item.", examples=[0])
    links: PageLinks = Field(description="Links to this and the neighbouring pages.")
    understood_as: list[NeedMatch] = Field(
        description="How each `condition` and `symptom` value was read."
    )
    excluded: list[ExcludedPoint] = Field(
        description="Points left out because the person's situation says to avoid them."
    )
    notice: str = Field(
        description="Not-medical-advice notice for display.", examples=[NOTICE_EXAMPLE]
    )
    sources: list[SourceOut] = Field(description="Every source cited in this answer.")


Slug = Annotated[str, StringConstraints(min_length=1, max_length=100)]


class PointSort(enum.StrEnum):
    RELEVANCE = "relevance"
    CODE = "code"
    CODE_DESC = "-code"
    NAME = "name"
    NAME_DESC = "-name"


class UnsafePolicy(enum.StrEnum):
    EXCLUDE = "exclude"
    FLAG = "flag"


class PointListQuery(BaseModel):
    """Filters combine with AND; repeated `condition`/`symptom` values are needs to cover."""

    model_config = ConfigDict(extra="forbid")

    condition: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Condition slug or any synonym; repeat for several.",
        examples=[["lower-back-pain"]],
    )
    symptom: list[FreeText] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description=f"Free text describing a symptom (at most {MAX_QUERY_WORDS} words), typo "
        "tolerant; repeat for several. Points that help with more of them rank higher.",
        examples=[["sore calves after running"]],
    )
    region: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Body region slug or synonym (`lower-leg`), sub-regions included; repeat "
        "for any of several.",
        examples=[["lower-limb"]],
    )
    meridian: list[Annotated[str, StringConstraints(min_length=1, max_length=40)]] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Meridian code or another spelling of it (ST, UB, Bladder); repeatable.",
        examples=[["BL"]],
    )
    category: list[Category] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Special-point category (see /v1/categories); repeat for any of several.",
        examples=[["he-sea"]],
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Only claims resting on this kind of support (`traditional`, `anecdotal`, "
        "`clinical`); repeat for any of several. With `condition` or `symptom`, the claims "
        "for them; otherwise any claim of the point.",
        examples=[["clinical"]],
    )
    kind: PointKind | None = Field(default=None, description="`standard` or `extra` points only.")
    q: FreeText | None = Field(
        default=None,
        description=f"Text search over names, aliases, locations and benefits (at most "
        f"{MAX_QUERY_WORDS} words).",
        examples=["knee crease"],
    )
    pregnant: bool = Field(default=False, description="Apply the cautions for pregnancy.")
    skin_issue_region: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Region with an open wound, bruise or skin condition; repeatable.",
        examples=[["knee"]],
    )
    pain_persists: bool = Field(
        default=False, description="Pain persists or worsens: every point says see a professional."
    )
    unsafe: UnsafePolicy = Field(
        default=UnsafePolicy.EXCLUDE,
        description="`exclude` leaves out points to avoid (listed in `excluded` with the "
        "reason); `flag` keeps them with their safety verdict.",
    )
    sort: PointSort = Field(
        default=PointSort.RELEVANCE,
        description="`relevance` (best match first), `code`/`-code` (meridian order), "
        "`name`/`-name` (pinyin).",
    )
    limit: int = Field(
        default=DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description="Page size.",
        examples=[DEFAULT_PAGE_SIZE],
    )
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET, description="Items to skip.", examples=[0])

    def person(self) -> PersonContext:
        return PersonContext(
            pregnant=self.pregnant,
            skin_issue_regions=self.skin_issue_region,
            persistent_or_worsening_pain=self.pain_persists,
        )
