"""Special-point categories as the API shows them."""

from pydantic import BaseModel, Field

from app.models.points import Category
from app.schemas.points import CategoryCitation


class CategoryMember(CategoryCitation):
    code: str = Field(description="The point's code.", examples=["ST36"])
    display_code: str = Field(description="Code as usually displayed.", examples=["ST-36"])


class CategoryOut(BaseModel):
    slug: Category = Field(description="The category; `category=` on /v1/points takes it.")
    name: str = Field(description="Its name for display.", examples=["He-sea points"])
    detail: str | None = Field(description="What each member's `detail` gives.", examples=["phase"])
    count: int = Field(description="How many points it holds.", examples=[12])
    points: list[CategoryMember] = Field(description="Its points, in meridian order.")
