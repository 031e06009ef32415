"""Meridians as the API shows them."""

from pydantic import BaseModel, Field


class MeridianOut(BaseModel):
    code: str = Field(description="WHO code.", examples=["ST"])
    name: str = Field(examples=["Stomach Meridian"])
    name_pinyin: str = Field(examples=["Zúyángmíng Wèijīng"])
    name_hanzi: str = Field(examples=["足阳明胃经"])
    name_hanzi_traditional: str = Field(examples=["足陽明胃經"])
    point_count: int = Field(description="Points on it in the WHO standard.", examples=[45])
    other_codes: list[str] = Field(description="Codes seen in other lists.", examples=[["S", "E"]])
    source: str
