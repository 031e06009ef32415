"""The body map: every point's figure sites and the figure's views, serialised once."""

from app.core.figures import Figure
from app.core.http_cache import CachedBody
from app.models.points import BodyView
from app.readmodel.sources import SourcesView
from app.schemas.body_map import BODY_MAP_ATTRIBUTION, BodyMap, BodyMapPoint, BodyMapView
from app.schemas.points import PointDetail

FIGURE_PATH = "/v1/body-map/figures/{view}.svg"


def build_body_map(
    details: dict[str, PointDetail],
    sources: SourcesView,
    figures: dict[str, Figure],
    version: str,
) -> CachedBody:
    points = [
        BodyMapPoint(code=d.code, display_code=d.display_code, sites=d.figure_sites)
        for d in details.values()
        if d.figure_sites
    ]
    cited = {slug for p in points for s in p.sites for slug in (s.source, s.based_on)}
    body_map = BodyMap(
        views=[
            BodyMapView(
                view=BodyView(f.view),
                width=f.width,
                height=f.height,
                href=FIGURE_PATH.format(view=f.view),
            )
            for f in figures.values()
        ],
        points=points,
        attribution=BODY_MAP_ATTRIBUTION,
        sources=sources.of(cited),
        dataset_version=version,
    )
    return CachedBody.of(body_map)
