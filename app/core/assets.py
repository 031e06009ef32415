"""Static files (the finder page), read once into memory with their media types and ETags."""

from dataclasses import dataclass
from pathlib import Path

from app.core.http_cache import CachedBody

MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}


@dataclass(frozen=True, slots=True)
class Asset:
    body: CachedBody
    media_type: str


def load_assets(folder: Path) -> dict[str, Asset]:
    """Every file of a known media type under ``folder``, by its path relative to it."""
    assets: dict[str, Asset] = {}
    for path in sorted(folder.rglob("*")):
        media_type = MEDIA_TYPES.get(path.suffix)
        if media_type is None or not path.is_file():
            continue
        body = CachedBody.of_bytes(path.read_bytes())
        assets[path.relative_to(folder).as_posix()] = Asset(body, media_type)
    return assets
