"""The change feed: an export plus the changes since its cursor is exactly a fresh export.

``apply_changes`` is the partner's side, written as a partner would (plain JSON, no app
imports); the README quotes it as the documented way to apply the feed.
"""

import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml
from fastapi.testclient import TestClient

from app.core.database import build_engine, session_factory
from app.main import create_app
from app.seeding.records import KINDS, key_of
from app.seeding.service import load_seed
from app.services.exports import records_checksum
from tests.support import SEED_DIR, DatabaseFactory, bearer, make_key, settings_for

Records = dict[str, list[dict[str, Any]]]

# ---- the partner's side: copied into the README -------------------------------------

KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "manifest": (),
    "sources": ("slug",),
    "meridians": ("code",),
    "catalog-points": ("code",),
    "extra-points": ("code",),
    "regions": ("slug",),
    "point-names": ("code", "kind", "value"),
    "point-locations": ("code", "source", "site"),
    "point-regions": ("code", "region"),
    "point-categories": ("code", "category"),
    "conditions": ("slug",),
    "point-details": ("code", "source"),
    "contraindications": ("slug",),
    "routines": ("slug",),
    "tips": ("slug",),
    "errata": ("slug",),
    "figure-sites": ("code", "view", "site", "side"),
}


def record_key(kind: str, content: dict[str, Any]) -> str:
    """The key a change names a record by: its key fields joined by "/" (e.g.
    "BL40/tcmtips-post-exercise-recovery"); the one manifest's key is "manifest"."""
    fields = KEY_FIELDS[kind]
    return "/".join(str(content[name]) for name in fields) if fields else kind


def apply_changes(records: Records, changes: Iterable[dict[str, Any]]) -> Records:
    """Bring an export's ``records`` up to date with the ``items`` of /v1/changes pages
    read from the export's ``cursor`` until ``has_more`` is false.

    Each record keeps a position: its index within its kind in the export, then the
    ``position`` of its latest upsert. Apply every change in feed order (upsert: the
    record becomes ``content`` at ``position``; delete: it is gone). When the feed is read
    to its end, each kind ordered by position is exactly what a fresh export holds: every
    record whose place changes gets an upsert with its new position. (Mid-way through a
    write, two records may share a position; keep positions, order only at the end.)
    """
    held: dict[str, dict[str, tuple[int, dict[str, Any]]]] = {
        kind: {record_key(kind, content): (index, content) for index, content in enumerate(rows)}
        for kind, rows in records.items()
    }
    for change in changes:
        of_kind = held.setdefault(change["kind"], {})
        if change["operation"] == "upsert":
            of_kind[change["key"]] = (change["position"], change["content"])
        else:
            of_kind.pop(change["key"], None)
    return {
        kind: [content for _, content in sorted(of_kind.values(), key=lambda item: item[0])]
        for kind, of_kind in held.items()
    }


# ---- helpers --------------------------------------------------------------------------


def read_feed(client: TestClient, headers: dict[str, str], since: str, limit: int) -> list[Any]:
    """Every change after ``since``, page by page, checking each page's envelope."""
    items: list[Any] = []
    cursor = since
    while True:
        response = client.get(
            "/v1/changes", params={"since": cursor, "limit": limit}, headers=headers
        )
        assert response.status_code == 200, response.text
        assert response.headers["cache-control"] == "private, no-store"
        page = response.json()
        assert len(page["items"]) <= limit
        cursors = [int(item["cursor"]) for item in page["items"]]
        assert cursors == sorted(cursors)
        assert all(seq > int(cursor) for seq in cursors)
        assert page["next_cursor"] == (page["items"][-1]["cursor"] if page["items"] else cursor)
        if page["has_more"]:
            assert len(page["items"]) == limit
        items += page["items"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return items


class Curator:
    """Curator writes through the API, each checked to succeed."""

    def __init__(self, client: TestClient, headers: dict[str, str]) -> None:
        self.client = client
        self.headers = headers

    def etag(self, path: str) -> str:
        response = self.client.get(f"/v1/curation/{path}", headers=self.headers)
        assert response.status_code == 200, response.text
        return response.headers["etag"]

    def update(self, path: str, patch: dict[str, Any]) -> None:
        response = self.client.patch(
            f"/v1/curation/{path}",
            json=patch,
            headers={
                **self.headers,
                "If-Match": self.etag(path),
                "Content-Type": "application/merge-patch+json",
            },
        )
        assert response.status_code == 200, response.text

    def create(self, kind: str, content: dict[str, Any]) -> None:
        response = self.client.post(f"/v1/curation/{kind}", json=content, headers=self.headers)
        assert response.status_code == 201, response.text

    def delete(self, path: str) -> None:
        headers = {**self.headers, "If-Match": self.etag(path)}
        response = self.client.delete(f"/v1/curation/{path}", headers=headers)
        assert response.status_code == 204, response.text

    def restore(self, path: str) -> None:
        response = self.client.post(f"/v1/curation/{path}/restore", headers=self.headers)
        assert response.status_code == 200, response.text


def export(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:
    response = client.get("/v1/export", headers=headers)
    assert response.status_code == 200, response.text
    document: dict[str, Any] = response.json()
    return document


def reseed(url: str, seed: Path) -> None:
    engine = build_engine(settings_for(url))
    try:
        load_seed(session_factory(engine), seed)
    finally:
        engine.dispose()


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def change_the_seed(data: Any) -> None:
    """A new tip second in the file (every later tip moves down) and another reworded."""
    new_tip = {
        "slug": "breathe-slowly",
        "source": "tcmtips-post-exercise-recovery",
        "title": "Breathe slowly",
        "body": "Breathe slowly and deeply while pressing.",
    }
    data.insert(1, new_tip)
    relaxing = next(tip for tip in data if tip["slug"] == "relaxing-oils")
    relaxing["body"] = "A few drops of a relaxing oil make the pressure glide."


# ---- the tests ------------------------------------------------------------------------


@pytest.fixture
def partner_and_curator(
    writable_database: str, make_client: Callable[..., TestClient]
) -> tuple[TestClient, dict[str, str], Curator]:
    client = make_client(writable_database)
    partner = bearer(make_key(writable_database, "partner", "partner-sync"))
    curator = Curator(client, bearer(make_key(writable_database, "curator", "curator-sync")))
    return client, partner, curator


def test_the_partners_key_rule_is_the_datasets() -> None:
    assert {name: kind.key_fields for name, kind in KINDS.items()} == KEY_FIELDS


def test_an_export_plus_the_changes_since_its_cursor_is_a_fresh_export(
    writable_database: str,
    partner_and_curator: tuple[TestClient, dict[str, str], Curator],
    tmp_path: Path,
) -> None:
    client, partner, curator = partner_and_curator
    before = export(client, partner)

    detail = "point-details/ST36/tcmtips-post-exercise-recovery"
    curator.update(detail, {"lay_location": "Four finger widths below the kneecap."})
    curator.update("regions/knee", {"description": "The joint between thigh and leg."})
    curator.create(
        "tips",
        {
            "slug": "warm-up-first",
            "source": "tcmtips-post-exercise-recovery",
            "title": "Warm up first",
            "body": "Rub the area briefly before pressing.",
        },
    )
    curator.create("regions", {"slug": "palm", "name": "Palm", "parent": "hand"})
    curator.delete("tips/stay-hydrated")  # from the middle: every later tip moves up
    curator.delete("tips/consistency-is-key")
    curator.restore("tips/stay-hydrated")  # back, at the end
    curator.update(detail, {"lay_location": "Four finger widths below the kneecap, outside."})
    seed = Path(shutil.copytree(SEED_DIR, tmp_path / "seed"))
    edit_yaml(seed / "content" / "tips.yaml", change_the_seed)
    reseed(writable_database, seed)

    items = read_feed(client, partner, before["cursor"], limit=3)
    after = export(client, partner)
    assert after["cursor"] == items[-1]["cursor"]
    operations = {(item["kind"], item["key"], item["operation"]) for item in items}
    assert ("tips", "consistency-is-key", "delete") in operations
    assert ("tips", "breathe-slowly", "upsert") in operations  # the reseed's new tip
    assert ("tips", "relaxing-oils", "upsert") in operations  # the reseed's changed tip

    synced = apply_changes(before["records"], items)
    assert synced == after["records"]
    assert list(synced["tips"]) == after["records"]["tips"]  # order included
    # The restore put stay-hydrated last; the reseed put it back in its place in the file
    # (a curated record keeps its content, the file keeps the order).
    assert [tip["slug"] for tip in synced["tips"]] == [
        "combine-with-stretching",
        "breathe-slowly",
        "stay-hydrated",
        "relaxing-oils",
        "warm-up-first",
    ]
    assert records_checksum(synced) == after["checksum"]["value"]


def test_every_record_whose_position_changes_gets_an_upsert(
    partner_and_curator: tuple[TestClient, dict[str, str], Curator],
) -> None:
    """So inserting at each change's position as it arrives is not needed, and ordering by
    the last position seen is exact."""
    client, partner, curator = partner_and_curator
    before = export(client, partner)
    curator.delete("tips/combine-with-stretching")  # the first tip
    items = read_feed(client, partner, before["cursor"], limit=100)
    moved = {item["key"]: item["position"] for item in items if item["operation"] == "upsert"}
    old_tips = [tip["slug"] for tip in before["records"]["tips"]]
    assert moved == {slug: index for index, slug in enumerate(old_tips[1:])}
    assert [(item["key"], item["operation"]) for item in items if item["key"] == old_tips[0]] == [
        ("combine-with-stretching", "delete")
    ]


def test_the_whole_feed_from_zero_builds_the_dataset(
    partner_and_curator: tuple[TestClient, dict[str, str], Curator],
) -> None:
    client, partner, curator = partner_and_curator
    curator.delete("tips/stay-hydrated")
    items = read_feed(client, partner, "0", limit=1000)
    assert apply_changes({}, items) == export(client, partner)["records"]


def test_each_record_key_in_the_feed_is_the_records_own(
    partner_and_curator: tuple[TestClient, dict[str, str], Curator],
) -> None:
    client, partner, _curator = partner_and_curator
    for item in read_feed(client, partner, "0", limit=1000):
        assert item["key"] == record_key(item["kind"], item["content"])
        assert item["key"] == key_of(item["kind"], item["content"])


class Reader(NamedTuple):
    client: TestClient
    partner: dict[str, str]
    curator: dict[str, str]


@pytest.fixture(scope="module")
def reader(databases: DatabaseFactory) -> Iterator[Reader]:
    """A client and a key per role over a seeded database no test here writes to."""
    url = databases.seeded_copy()
    partner = bearer(make_key(url, "partner", "partner-reader"))
    curator = bearer(make_key(url, "curator", "curator-reader"))
    with TestClient(create_app(settings_for(url))) as client:
        yield Reader(client, partner, curator)


def test_a_cursor_beyond_the_latest_gives_an_empty_page_and_keeps_the_cursor(
    reader: Reader,
) -> None:
    client, partner, _curator = reader
    latest = export(client, partner)["cursor"]
    for since in (latest, str(int(latest) + 1000)):
        response = client.get("/v1/changes", params={"since": since}, headers=partner)
        assert response.status_code == 200
        assert response.json() == {"items": [], "next_cursor": since, "has_more": False}


@pytest.mark.parametrize(
    "query",
    ["since=-1", "since=abc", "since=1.5", "since=", "limit=0", "limit=1001", "limit=x"],
)
def test_a_malformed_cursor_or_limit_is_422(reader: Reader, query: str) -> None:
    client, partner, _curator = reader
    response = client.get(f"/v1/changes?{query}", headers=partner)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_the_feed_needs_a_partner_or_curator_key(
    reader: Reader,
) -> None:
    client, partner, curator = reader
    response = client.get("/v1/changes")
    assert response.status_code == 401
    assert "www-authenticate" in response.headers
    assert client.get("/v1/changes", headers=curator).status_code == 200
    assert client.get("/v1/changes", headers=partner).status_code == 200
