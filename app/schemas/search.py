"""Search results across points, conditions and regions."""

import enum

from pydantic import BaseModel, Field


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
