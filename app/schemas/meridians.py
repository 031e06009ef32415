"""Meridians as the API shows them."""

from pydantic import BaseModel, Field

from app.schemas.points import PointSummary


class OtherCode(BaseModel):
    code: str = Field(description="The code or name as the list writes it.", examples=["E"])
    language: str = Field(description="BCP 47 tag of the lists that use it.", examples=["fr"])
    source: str = Field(description="Slug of a source that shows it in use.", examples=["covin-fr"])


class MeridianOut(BaseModel):
    code: str = Field(description="WHO code.", examples=["ST"])
    name: str = Field(description="English name (WHO).", examples=["Stomach Meridian"])
    name_pinyin: str = Field(description="Full name in pinyin.", examples=["Zúyángmíng Wèijīng"])
    name_hanzi: str = Field(description="Full name, simplified.", examples=["足阳明胃经"])
    name_hanzi_traditional: str = Field(
        description="Full name, traditional.", examples=["足陽明胃經"]
    )
    point_count: int = Field(description="Points on it in the WHO standard.", examples=[45])
    other_codes: list[OtherCode] = Field(
        description="Codes and names other lists use, each with a source that shows it in use."
    )
    source: str = Field(description="Slug of the source.", examples=["who-wpro-2008"])


class MeridianDetail(MeridianOut):
    points: list[PointSummary] = Field(description="Its points in the dataset, in number order.")
    points_listed: int = Field(
        description="How many of its points the dataset lists.", examples=[45]
    )
    points_with_techniques: int = Field(
        description="How many of them have a technique from a source.", examples=[2]
    )
    points_with_conditions: int = Field(
        description="How many of them a source says help with a condition.", examples=[3]
    )
