"""The symptom finder page at `/` and its files under `/assets/`, outside the API.

Left out of the OpenAPI document: it is a page for people, not an operation. Outside /v1
it is neither rate limited nor kept by the response cache; the page's own calls to /v1
count as an anonymous client's. Every file is revalidated (`no-cache`) so that a new
release never mixes old and new modules; a 304 costs one round trip.
"""

from functools import lru_cache

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app.core.assets import Asset, load_assets
from app.core.http_cache import cached_bytes
from app.core.settings import PROJECT_ROOT

STATIC_DIR = PROJECT_ROOT / "app" / "static"
PAGE = "index.html"


@lru_cache(maxsize=1)
def assets() -> dict[str, Asset]:
    return load_assets(STATIC_DIR)


def answer(request: Request, name: str) -> Response:
    asset = assets().get(name)
    if asset is None:
        raise HTTPException(404)
    return cached_bytes(request, asset.body, "public, no-cache", asset.media_type)


async def page(request: Request) -> Response:
    return answer(request, PAGE)


async def asset(request: Request) -> Response:
    return answer(request, request.path_params["name"])


# Plain routes, not API operations: the page ignores a query string (a shared link may carry
# tracking parameters) where every API operation refuses unknown ones.
routes = [
    Route("/", page, methods=["GET"], include_in_schema=False),
    Route("/assets/{name:path}", asset, methods=["GET"], include_in_schema=False),
]
