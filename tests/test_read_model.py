"""The read model follows the database: a new dataset version is picked up within the bound."""

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from fastapi.testclient import TestClient

from app.core.database import build_engine, session_factory
from app.models.keys import Role
from app.readmodel.holder import SnapshotHolder
from app.seeding.service import load_seed
from app.services.curation import Action, WriteRequest, read_record, write
from app.services.keys import Principal
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


def test_a_write_that_brings_back_content_already_served_is_still_picked_up(
    writable_database: str,
) -> None:
    # Found by the soak (bench/soak.py): a change reverted before another worker polled
    # leaves the content that worker serves, so the same checksum, under a newer version.
    # That worker must still move to the newer version, or the workers disagree on it (in
    # /readyz, the bodies' dataset_version and the ETags) until the next write.
    engine = build_engine(settings_for(writable_database))
    sessions = session_factory(engine)
    try:
        other_worker = SnapshotHolder(sessions)
        assert other_worker.refresh()
        before = other_worker.current
        curator = Principal("alice", Role.CURATOR)
        tip = read_record(sessions, "tips", "stay-hydrated")
        assert tip.content is not None
        changed = write(
            sessions,
            curator,
            WriteRequest(Action.UPDATE, "tips", "stay-hydrated", {"body": "Drink."}, tip.etag),
        )
        original = {"body": tip.content["body"]}
        reverted = write(
            sessions,
            curator,
            WriteRequest(Action.UPDATE, "tips", "stay-hydrated", original, changed.etag),
        )

        assert other_worker.refresh()
        assert other_worker.current.checksum == before.checksum
        assert other_worker.current.version == reverted.dataset_version != before.version
        assert not other_worker.refresh()
    finally:
        engine.dispose()
