"""Search results across points, conditions and regions."""

import enum

from pydantic import BaseModel, ConfigDict, Field

from app.core.limits import MAX_QUERY_WORDS, MAX_REPEATED_PARAMETER
from app.schemas.free_text import FreeText


class HitKind(enum.StrEnum):
    POINT = "point"
    CONDITION = "condition"
    REGION = "region"


class SearchHit(BaseModel):
    kind: HitKind = Field(description="What was found.")
    id: str = Field(description="Point code or condition/region slug.", examples=["ST36"])
    title: str = Field(description="Display name.", examples=["ST-36 Zúsānlǐ 足三里"])
    matched: str = Field(description="The name or text that matched.", examples=["Zusanli"])
    score: float = Field(description="0–100; 100 is an exact match.", examples=[100.0])
    href: str = Field(description="Where to read it.", examples=["/v1/points/ST36"])


class SearchResult(BaseModel):
    query: str = Field(description="The query as given.", examples=["zusanli"])
    items: list[SearchHit] = Field(description="Hits, best first.")
    did_you_mean: list[str] = Field(
        description="Close spellings we know, when nothing matched well.", examples=[["Zusanli"]]
    )


class SearchQuery(BaseModel):
    """The query parameters of GET /v1/search."""

    model_config = ConfigDict(extra="forbid")

    q: FreeText = Field(
        description=f"What to look for: at most {MAX_QUERY_WORDS} words.",
        examples=["zusanli", "足三里", "sore calves", "back of the knee"],
    )
    kind: list[HitKind] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Only these kinds (repeatable); all kinds by default.",
    )
    limit: int = Field(default=10, ge=1, le=50, description="Most hits to return.", examples=[10])
