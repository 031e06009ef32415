"""Body map endpoints: every point's place on the body figure, and the figure itself."""

from typing import Annotated

from fastapi import APIRouter, Path, Request
from starlette.responses import Response

from app.api.dependencies import RespondDep, SettingsDep, SnapshotDep
from app.core.errors import problem_responses
from app.core.figures import SVG_MEDIA_TYPE, figure_body
from app.core.http_cache import cached_bytes
from app.schemas.body_map import BodyMap

router = APIRouter(prefix="/v1/body-map", tags=["body-map"])


@router.get(
    "",
    summary="Get the body map",
    description=(
        "The body figure's views (front, back, side; each an SVG with its viewBox size) and, "
        "for every point with a location, where the figure shows it: `x` and `y` are shares "
        "(0–1) of the view's width and height from the top-left of its viewBox, `side` is "
        "the person's own side (in the front view their left is on the viewer's right). "
        "Bilateral points have a site on each side, multi-site extra points every site. "
        "Positions are approximate, for display: the location text of each point "
        "(`/v1/points/{ref}`) is the reference. One cacheable answer for the whole map."
    ),
    response_model=None,
    responses={
        200: {"model": BodyMap, "description": "The body map."},
        **problem_responses(304, 503),
    },
)
async def get_body_map(respond: RespondDep, snapshot: SnapshotDep) -> Response:
    return respond.body(snapshot.body_map)


@router.get(
    "/figures/{view}.svg",
    summary="Get a view of the body figure",
    description=(
        "The figure drawn for this project, as SVG (`image/svg+xml`): a plain standing "
        "figure, no scripts, with an accessible `<title>`. `view` is `front`, `back` or "
        "`side`; any other gets 404. Usable straight from `<img src>`."
    ),
    response_model=None,
    response_class=Response,
    responses={
        200: {
            "description": "The SVG.",
            "content": {SVG_MEDIA_TYPE: {"schema": {"type": "string"}}},
        },
        **problem_responses(304, 404, 422),
    },
)
async def get_figure(
    request: Request,
    settings: SettingsDep,
    view: Annotated[
        str,
        Path(
            description="`front`, `back` or `side`.",
            openapi_examples={"front": {"summary": "The front view", "value": "front"}},
        ),
    ],
) -> Response:
    body = figure_body(view)
    cache_control = f"public, max-age={settings.cache_max_age_seconds}"
    return cached_bytes(request, body, cache_control, SVG_MEDIA_TYPE)
