"""Static files (the finder page), read once into memory with their media types and ETags."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

MEDIA_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}


@dataclass(frozen=True, slots=True)
class Asset:
    body: bytes
    media_type: str
    etag: str


def load_assets(folder: Path) -> dict[str, Asset]:
    """Every file of a known media type under ``folder``, by its path relative to it."""
    assets: dict[str, Asset] = {}
    for path in sorted(folder.rglob("*")):
        media_type = MEDIA_TYPES.get(path.suffix)
        if media_type is None or not path.is_file():
            continue
        body = path.read_bytes()
        etag = f'"{hashlib.blake2b(body, digest_size=12).hexdigest()}"'
        assets[path.relative_to(folder).as_posix()] = Asset(body, media_type, etag)
    return assets
