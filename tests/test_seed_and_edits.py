"""Seed files and curators' edits share the dataset by one rule: curated records win. A
reseed keeps what curators wrote (reporting where the seed disagrees) and keeps
following the seed files for every record no curator touched."""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy.orm import Session, sessionmaker

from app.__main__ import main
from app.core.database import build_engine, session_factory
from app.core.settings import get_settings
from app.models.keys import Role
from app.seeding.service import Conflict, SeedReport, load_seed
from app.services.curation import Action, WriteRequest, read_record, write
from app.services.keys import Principal
from tests.support import SEED_DIR, dataset_state, settings_for

SOURCE = "tcmtips-post-exercise-recovery"
BL58_KEY = f"BL58/{SOURCE}"
BL40_KEY = f"BL40/{SOURCE}"
ALICE = Principal("alice", Role.CURATOR)
EDITED_LOCATION = "Seven cun above BL60, where the calf muscle ends."


@pytest.fixture
def sessions(writable_database: str) -> Iterator[sessionmaker[Session]]:
    engine = build_engine(settings_for(writable_database))
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SEED_DIR, tmp_path / "seed"))


def edit(sessions: sessionmaker[Session], action: Action, kind: str, key: str, **body: Any) -> None:
    """A curator's write, made as the API makes it."""
    etag = (
        None if action in (Action.CREATE, Action.RESTORE) else read_record(sessions, kind, key).etag
    )
    content = body or None
    write(sessions, ALICE, WriteRequest(action, kind, key, content, etag))


def edit_point_details(seed: Path, code: str, **changes: Any) -> None:
    path = seed / "content" / "points.yaml"
    details = yaml.safe_load(path.read_text(encoding="utf-8"))
    next(d for d in details if (d["code"], d["source"]) == (code, SOURCE)).update(changes)
    path.write_text(yaml.safe_dump(details, allow_unicode=True, sort_keys=False), encoding="utf-8")


def content(url: str, kind: str, key: str) -> dict[str, Any] | None:
    return dataset_state(url)[0].get((kind, key))


def reseed(sessions: sessionmaker[Session], root: Path = SEED_DIR) -> SeedReport:
    return load_seed(sessions, root)


def test_a_reseed_keeps_a_curators_edit_and_reports_the_conflict(
    writable_database: str, sessions: sessionmaker[Session]
) -> None:
    edit(sessions, Action.UPDATE, "point-details", BL58_KEY, lay_location=EDITED_LOCATION)
    edited = dataset_state(writable_database)

    report = reseed(sessions)
    assert report.conflicts == [Conflict("point-details", BL58_KEY, "alice", "curated")]
    assert not report.transition.changed
    assert dataset_state(writable_database) == edited
    assert content(writable_database, "point-details", BL58_KEY)["lay_location"] == (  # type: ignore[index]
        EDITED_LOCATION
    )
    assert reseed(sessions).conflicts == report.conflicts  # and again: still no change
    assert dataset_state(writable_database) == edited


def test_a_curator_deleted_record_is_not_resurrected(
    writable_database: str, sessions: sessionmaker[Session]
) -> None:
    edit(sessions, Action.DELETE, "tips", "stay-hydrated")
    report = reseed(sessions)
    assert report.conflicts == [Conflict("tips", "stay-hydrated", "alice", "deleted")]
    assert content(writable_database, "tips", "stay-hydrated") is None
    # Restored, it is the curator's record again, and the seed leaves it alone.
    edit(sessions, Action.RESTORE, "tips", "stay-hydrated")
    assert reseed(sessions).conflicts == []
    assert content(writable_database, "tips", "stay-hydrated") is not None


def test_a_curator_created_record_survives_a_reseed(
    writable_database: str, sessions: sessionmaker[Session]
) -> None:
    heel = {
        "slug": "heel",
        "name": "Heel",
        "parent": "foot",
        "description": "The back of the foot.",
    }
    edit(sessions, Action.CREATE, "regions", "heel", **heel)
    edit(sessions, Action.UPDATE, "point-details", BL58_KEY, regions=["calf", "heel"])
    report = reseed(sessions)
    assert content(writable_database, "regions", "heel") == {**heel, "synonyms": []}
    assert content(writable_database, "point-details", BL58_KEY)["regions"] == ["calf", "heel"]  # type: ignore[index]
    assert [c.kind for c in report.conflicts] == ["point-details"]


def test_records_no_curator_touched_still_follow_the_seed_files(
    writable_database: str, sessions: sessionmaker[Session], seed_copy: Path
) -> None:
    edit(sessions, Action.UPDATE, "point-details", BL58_KEY, lay_location=EDITED_LOCATION)
    edit_point_details(seed_copy, "BL40", lay_location="Behind the knee, in the middle.")
    edit_point_details(seed_copy, "BL58", lay_location="What the seed now says.")
    _, last_change = dataset_state(writable_database)

    report = reseed(sessions, seed_copy)
    assert report.transition.upserted == [("point-details", BL40_KEY)]
    assert report.conflicts == [Conflict("point-details", BL58_KEY, "alice", "curated")]
    records, now_last = dataset_state(writable_database)
    assert records[("point-details", BL40_KEY)]["lay_location"] == "Behind the knee, in the middle."
    assert records[("point-details", BL58_KEY)]["lay_location"] == EDITED_LOCATION
    assert now_last == last_change + 1  # one change in the feed: BL40's


@pytest.fixture
def cli_database(writable_database: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("ACUPOINT_DATABASE_URL", writable_database)
    get_settings.cache_clear()
    yield writable_database
    get_settings.cache_clear()


def test_the_seed_command_says_which_curated_records_it_kept(
    cli_database: str,
    sessions: sessionmaker[Session],
    seed_copy: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    edit(sessions, Action.UPDATE, "point-details", BL58_KEY, lay_location=EDITED_LOCATION)
    edit(sessions, Action.DELETE, "tips", "stay-hydrated")
    edit_point_details(seed_copy, "BL40", lay_location="Behind the knee, in the middle.")

    assert main(["seed", "--dir", str(seed_copy)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "new dataset version recorded" in lines
    kept = sorted(line.strip() for line in lines if "curated record kept" in line)
    assert kept == [
        f"curated record kept: point-details/{BL58_KEY}: kept as alice left it (curated)",
        "curated record kept: tips/stay-hydrated: kept as alice left it (deleted)",
    ]
    assert content(cli_database, "point-details", BL58_KEY)["lay_location"] == EDITED_LOCATION  # type: ignore[index]
    assert content(cli_database, "tips", "stay-hydrated") is None
    assert content(cli_database, "point-details", BL40_KEY)["lay_location"] == (  # type: ignore[index]
        "Behind the knee, in the middle."
    )

    assert main(["seed", "--dir", str(seed_copy)]) == 0
    assert "nothing changed" in capsys.readouterr().out.splitlines()
