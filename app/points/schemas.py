"""Points as the API shows them."""

from pydantic import BaseModel, Field

from app.points.models import Laterality, LocationKind, NameKind, PointKind, SideUse
from app.safety.models import Scope, Severity, Trigger
from app.sources.schemas import ErratumOut, Review, SourceOut


class MeridianRef(BaseModel):
    code: str = Field(description="WHO meridian code.", examples=["BL"])
    name: str = Field(examples=["Bladder Meridian"])


class RegionRef(BaseModel):
    slug: str = Field(examples=["back-of-knee"])
    name: str = Field(examples=["Back of the knee"])


class PrimaryNames(BaseModel):
    pinyin: str = Field(description="Standard pinyin with tone marks.", examples=["Wěizhōng"])
    pinyin_toneless: str = Field(examples=["Weizhong"])
    hanzi: str = Field(description="Simplified characters.", examples=["委中"])
    hanzi_traditional: str = Field(description="Traditional characters.", examples=["委中"])
    english: str = Field(description="A literal English rendering.", examples=["Bend Middle"])


class NameOut(BaseModel):
    kind: NameKind = Field(description="What sort of name this is.")
    value: str = Field(examples=["Middle of the Crook"])
    language: str = Field(description="BCP 47 tag.", examples=["en", "zh-Hans"])
    source: str = Field(description="Slug of the source that gives this name.")
    note: str | None = Field(description="Why the name is notable (a variant code, say).")


class LocationOut(BaseModel):
    kind: LocationKind = Field(description="`lay`: how to find it by hand; `anatomical`.")
    text: str
    source: str = Field(description="Slug of the source.")


class TechniqueOut(BaseModel):
    instructions: str = Field(description="The source's instructions.")
    applied_with: str | None = Field(description="Thumb, fingers… (null: not stated).")
    motion: str | None = Field(description="Circular, steady, hold… (null: not stated).")
    pressure: str | None = Field(description="Firm, moderate… (null: not stated).")
    posture: str | None = Field(description="How to sit or lie (null: not stated).")
    duration_min_seconds: int | None = Field(description="Shortest time per application.")
    duration_max_seconds: int | None = Field(description="Longest time per application.")
    duration_text: str | None = Field(description="The source's wording of the time.")
    sides: SideUse = Field(description="Each side in turn, alternating, or not stated.")
    source: str = Field(description="Slug of the source.")


class ConditionClaim(BaseModel):
    slug: str = Field(examples=["lower-back-pain"])
    name: str = Field(examples=["Lower back pain"])
    claim: str = Field(description="What the source says the point does (traditional use).")
    relevance: int = Field(description="1 = the source's main use for it, 3 = minor.", ge=1, le=3)
    source: str


class CautionOut(BaseModel):
    slug: str = Field(examples=["pregnancy-abdomen-lower-back"])
    title: str
    trigger: Trigger = Field(description="What in a person's situation sets it off.")
    scope: Scope = Field(description="Whole person, the skin at the point, or a body region.")
    severity: Severity
    regions: list[str] = Field(description="For scope body_region: the regions concerned.")
    advice: str
    seek_professional_care: bool
    source_text: str = Field(description="The source's own words.")
    source: str


class PointSummary(BaseModel):
    code: str = Field(description="Canonical code, no hyphen.", examples=["BL40"])
    display_code: str = Field(examples=["BL-40"])
    kind: PointKind
    meridian: str | None = Field(description="Meridian code; null for extra points.")
    number: int
    names: PrimaryNames
    regions: list[str] = Field(description="Region slugs (empty where no source places it).")


class PointDetail(BaseModel):
    code: str = Field(description="Canonical code, no hyphen.", examples=["BL40"])
    display_code: str = Field(examples=["BL-40"])
    kind: PointKind = Field(description="`standard` (on a meridian) or `extra` (EX-).")
    meridian: MeridianRef | None
    extra_group: str | None = Field(description="EX-HN, EX-CA, EX-B, EX-UE or EX-LE.")
    number: int
    laterality: Laterality
    note: str | None
    names: PrimaryNames
    all_names: list[NameOut] = Field(description="Every name and spelling, each with its source.")
    locations: list[LocationOut]
    regions: list[RegionRef]
    techniques: list[TechniqueOut]
    conditions: list[ConditionClaim]
    cautions: list[CautionOut] = Field(
        description="Contraindications and cautions that apply to this point."
    )
    categories: list[str] = Field(description="Special-point categories (cited).")
    errata: list[ErratumOut] = Field(description="Corrections that concern this point.")
    review: Review
    sources: list[SourceOut] = Field(description="Every source cited in this record.")
    notice: str = Field(description="Not-medical-advice notice for display.")
    dataset_version: str
