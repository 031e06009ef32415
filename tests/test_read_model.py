"""The read model follows the database: a new dataset version is picked up within the bound."""

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from fastapi.testclient import TestClient

from app.core.database import build_engine, session_factory
from app.seeding.service import load_seed
from tests.support import SEED_DIR, settings_for

RELOAD_SECONDS = 0.2


def lay_location(point: Any) -> str:
    """The text of the point's one lay location (the standard location comes first)."""
    [text] = [where["text"] for where in point["locations"] if where["kind"] == "lay"]
    assert isinstance(text, str)
    return text


def test_a_new_dataset_version_is_served_within_the_staleness_bound(
    empty_database: str, make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    engine = build_engine(settings_for(empty_database))
    factory = session_factory(engine)
    load_seed(factory, SEED_DIR)
    client = make_client(empty_database, reload_interval_seconds=RELOAD_SECONDS)
    before = client.get("/v1/points/BL40")
    assert lay_location(before.json()) == "At the midpoint of the crease behind the knee."

    seed = Path(shutil.copytree(SEED_DIR, tmp_path / "seed"))
    points_file = seed / "content" / "points.yaml"
    points = yaml.safe_load(points_file.read_text(encoding="utf-8"))
    bl40 = next(p for p in points if p["code"] == "BL40")
    bl40["lay_location"] = "Midpoint of the knee crease, at the back."
    points_file.write_text(yaml.safe_dump(points, allow_unicode=True), encoding="utf-8")
    load_seed(factory, seed)
    engine.dispose()
    written = time.monotonic()

    deadline = written + 10 * RELOAD_SECONDS + 5
    while time.monotonic() < deadline:
        after = client.get("/v1/points/BL40", headers={"If-None-Match": before.headers["etag"]})
        if after.status_code == 200:
            break
        time.sleep(0.05)
    assert after.status_code == 200, "the new dataset was not picked up in time"
    assert lay_location(after.json()) == "Midpoint of the knee crease, at the back."
    assert after.headers["etag"] != before.headers["etag"]
    assert client.get("/readyz").json()["dataset_version"] == "2026.11.26"
