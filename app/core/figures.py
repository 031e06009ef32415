"""The body figure's SVG files (``app/static/body-map``), read once, with their ETags.

The views and their viewBox sizes come from the files themselves, so the API and the
positions it serves cannot disagree with the drawing.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.core.errors import ApiProblem
from app.core.http_cache import CachedBody

FIGURES_DIR = Path(__file__).resolve().parent.parent / "static" / "body-map"
SVG_MEDIA_TYPE = "image/svg+xml"
VIEWS = ("front", "back", "side")
_VIEW_BOX = re.compile(rb'viewBox="0 0 ([0-9.]+) ([0-9.]+)"')


@dataclass(frozen=True, slots=True)
class Figure:
    view: str
    width: float
    height: float
    body: CachedBody


def _read(view: str) -> Figure:
    content = (FIGURES_DIR / f"{view}.svg").read_bytes()
    found = _VIEW_BOX.search(content)
    if found is None:
        raise ValueError(f"{view}.svg has no viewBox starting at 0 0")
    return Figure(view, float(found[1]), float(found[2]), CachedBody.of_bytes(content))


@cache
def figures() -> dict[str, Figure]:
    """View name -> its figure, in the order front, back, side."""
    return {view: _read(view) for view in VIEWS}


def figure_body(view: str) -> CachedBody:
    """The SVG of ``view``, or a 404 problem naming the views there are."""
    figure = figures().get(view)
    if figure is None:
        raise ApiProblem(
            404,
            "view-not-found",
            "View not found",
            f"The body figure has no view {view!r}.",
            hint=f"Ask for one of: {', '.join(f'{v}.svg' for v in VIEWS)}.",
        )
    return figure.body
