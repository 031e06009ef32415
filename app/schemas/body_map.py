"""The body map: the figure's views and every point's sites on them, in one answer."""

from pydantic import BaseModel, Field

from app.models.points import BodyView
from app.schemas.points import FigureSite
from app.schemas.sources import SourceOut

BODY_MAP_ATTRIBUTION = (
    "Body figure drawn for acupoint-kb. Positions are approximate display positions, "
    "computed from each point's location text with the WHO 2008 proportional B-cun "
    "measurements; the location text (on each point) is the reference."
)


class BodyMapView(BaseModel):
    view: BodyView = Field(description="The view's name.")
    width: float = Field(description="Width of the SVG's viewBox.", examples=[360.0])
    height: float = Field(description="Height of the SVG's viewBox.", examples=[1000.0])
    href: str = Field(
        description="Where to get the SVG.", examples=["/v1/body-map/figures/front.svg"]
    )


class BodyMapPoint(BaseModel):
    code: str = Field(description="Canonical code, no hyphen.", examples=["ST36"])
    display_code: str = Field(description="Code as usually displayed.", examples=["ST-36"])
    sites: list[FigureSite] = Field(
        description="Where the figure shows it: one entry per site and side."
    )


class BodyMap(BaseModel):
    """Coordinates are shares (0–1) of a view's width and height from the top-left of its
    viewBox; a site's `side` is the person's own side."""

    views: list[BodyMapView] = Field(description="The figure's views, each its own SVG.")
    points: list[BodyMapPoint] = Field(
        description="Every point with a location, in conventional order."
    )
    attribution: str = Field(
        description="What the figure and positions are; show it with the map.",
        examples=[BODY_MAP_ATTRIBUTION],
    )
    sources: list[SourceOut] = Field(description="Every source the sites cite.")
    dataset_version: str = Field(
        description="Version of the dataset that answered.", examples=["2026.11.24"]
    )
