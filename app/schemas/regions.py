"""Body regions as the API shows them."""

from pydantic import BaseModel, Field

from app.schemas.points import PointSummary, RegionRef
from app.schemas.sources import Review


class RegionNode(BaseModel):
    slug: str = Field(description="Stable identifier of the region.", examples=["lower-limb"])
    name: str = Field(description="Its name for display.", examples=["Lower limb"])
    description: str | None = Field(
        description="Where it is, when the name is not enough.",
        examples=["Between the knee and the ankle."],
    )
    point_count: int = Field(
        description="Points in this region or any region inside it.", examples=[5]
    )
    children: list["RegionNode"] = Field(description="The regions directly inside this one.")


class RegionTree(BaseModel):
    regions: list[RegionNode] = Field(description="The top-level regions, each with its tree.")
    region_count: int = Field(description="How many regions there are in all.", examples=[19])


class RegionChild(BaseModel):
    slug: str = Field(description="Stable identifier of the region.", examples=["back-of-knee"])
    name: str = Field(description="Its name for display.", examples=["Back of the knee"])
    point_count: int = Field(description="Points in it or any region inside it.", examples=[1])


class RegionDetail(BaseModel):
    slug: str = Field(description="Stable identifier of the region.", examples=["knee"])
    name: str = Field(description="Its name for display.", examples=["Knee"])
    description: str | None = Field(
        description="Where it is, when the name is not enough.",
        examples=["The crease behind the knee (popliteal fossa)."],
    )
    ancestors: list[RegionRef] = Field(
        description="The regions that contain this one, from the top-level region down."
    )
    children: list[RegionChild] = Field(description="The regions directly inside this one.")
    point_count: int = Field(
        description="Points in this region or any region inside it.", examples=[1]
    )
    points: list[PointSummary] = Field(description="Those points, in meridian order then number.")
    source: str = Field(
        description="Slug of the source of the region vocabulary.",
        examples=["acupoint-kb-editorial"],
    )
    review: Review = Field(description="How far the record has been checked, by whom and when.")
