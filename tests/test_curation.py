"""Curators' writes as a curator meets them: read a record and its ETag, change it with a
merge patch, see the change everywhere, and be refused (and audited) when the ETag is
stale, missing, or the change breaks the dataset's rules."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from app.services.curation import merge_patch
from tests.support import SEED_DIR, bearer, dataset_state, make_key

ClientFactory = Callable[..., TestClient]
SOURCE = "tcmtips-post-exercise-recovery"
BL58_KEY = f"BL58/{SOURCE}"
BL58 = f"/v1/curation/point-details/{BL58_KEY}"
MERGE_PATCH = {"Content-Type": "application/merge-patch+json"}
NEW_LOCATION = "On the back of the lower leg, seven cun above BL60, below the calf muscle."


@dataclass
class Desk:
    """One fresh seeded database, a client on it, and the keys of the people at work."""

    url: str
    client: TestClient
    alice: dict[str, str]
    bob: dict[str, str]
    partner: dict[str, str]

    def read(self, path: str) -> tuple[dict[str, Any], str]:
        answer = self.client.get(path, headers=self.alice)
        assert answer.status_code == 200, answer.text
        return answer.json(), answer.headers["etag"]

    def patch(
        self, path: str, patch: Any, etag: str | None, who: dict[str, str] | None = None
    ) -> Any:
        headers = {**(who or self.alice), **MERGE_PATCH}
        if etag is not None:
            headers["If-Match"] = etag
        return self.client.patch(path, headers=headers, content=json.dumps(patch))

    def audit(self, **filters: str) -> list[dict[str, Any]]:
        answer = self.client.get("/v1/audit", params=filters, headers=self.alice)
        assert answer.status_code == 200, answer.text
        items: list[dict[str, Any]] = answer.json()
        return items

    def cursor(self) -> str:
        """The latest change's cursor: the feed read page by page (the seed alone makes
        more changes than a page holds) until it has no more."""
        cursor: str = "0"
        while True:
            page = self.client.get(
                "/v1/changes", params={"since": cursor, "limit": 1000}, headers=self.partner
            )
            assert page.status_code == 200
            cursor = page.json()["next_cursor"]
            if not page.json()["has_more"]:
                return cursor

    def changes_since(self, cursor: str) -> list[dict[str, Any]]:
        page = self.client.get("/v1/changes", params={"since": cursor}, headers=self.partner)
        assert page.status_code == 200, page.text
        items: list[dict[str, Any]] = page.json()["items"]
        return items


@pytest.fixture
def desk(writable_database: str, make_client: ClientFactory) -> Desk:
    alice = bearer(make_key(writable_database, "curator", "alice"))
    bob = bearer(make_key(writable_database, "curator", "bob"))
    partner = bearer(make_key(writable_database, "partner", "pat"))
    client = make_client(writable_database, rate_limits_enabled=False)
    return Desk(writable_database, client, alice, bob, partner)


def seed_point_detail(code: str, source: str) -> dict[str, Any]:
    details = yaml.safe_load((SEED_DIR / "content" / "points.yaml").read_text(encoding="utf-8"))
    found: dict[str, Any] = next(d for d in details if (d["code"], d["source"]) == (code, source))
    return found


def lay_locations(client: TestClient, code: str) -> list[str]:
    point = client.get(f"/v1/points/{code}")
    assert point.status_code == 200
    return [where["text"] for where in point.json()["locations"] if where["kind"] == "lay"]


def test_a_curator_fixes_a_lay_location_and_a_stale_writer_is_refused(desk: Desk) -> None:
    seeded = seed_point_detail("BL58", SOURCE)
    assert seeded["lay_location"]
    cursor = desk.cursor()
    record, etag = desk.read(BL58)
    assert record["lay_location"] == seeded["lay_location"]
    assert lay_locations(desk.client, "BL58") == [seeded["lay_location"]]

    fixed = desk.patch(BL58, {"lay_location": NEW_LOCATION}, etag)
    assert fixed.status_code == 200, fixed.text
    new_etag = fixed.headers["etag"]
    assert new_etag != etag
    assert fixed.json() == {**record, "lay_location": NEW_LOCATION}
    assert desk.read(BL58) == (fixed.json(), new_etag)
    assert lay_locations(desk.client, "BL58") == [NEW_LOCATION]

    # Bob read the record before Alice wrote it: his write must not undo hers.
    stale = desk.patch(BL58, {"lay_location": "Somewhere else."}, etag, desk.bob)
    assert stale.status_code == 412
    assert stale.json()["type"] == "urn:acupoint-kb:problem:stale-etag"
    missing = desk.patch(BL58, {"lay_location": "Somewhere else."}, None, desk.bob)
    assert missing.status_code == 428
    assert missing.json()["type"] == "urn:acupoint-kb:problem:precondition-required"
    assert desk.read(BL58) == (fixed.json(), new_etag)
    assert lay_locations(desk.client, "BL58") == [NEW_LOCATION]

    refused_428, refused_412, applied = desk.audit(key=BL58_KEY)
    assert applied["actor"] == "alice"
    assert applied["action"] == "update"
    assert (applied["outcome"], applied["status"], applied["reason"]) == ("applied", 200, None)
    assert applied["before"] == record
    assert applied["after"] == fixed.json()
    assert applied["dataset_version"] == fixed.headers["x-dataset-version"]
    for entry, status in ((refused_412, 412), (refused_428, 428)):
        assert (entry["actor"], entry["outcome"], entry["status"]) == ("bob", "refused", status)
        assert entry["reason"]
        assert entry["before"] is None
        assert entry["after"] is None
        assert entry["dataset_version"] is None

    assert desk.audit(actor="bob") == [refused_428, refused_412]
    assert desk.audit(outcome="applied") == [applied]
    assert desk.audit(outcome="refused", actor="alice") == []
    assert desk.audit(kind="point-details") == [refused_428, refused_412, applied]
    assert desk.audit(kind="regions") == []
    assert desk.audit(key="BL40/" + SOURCE) == []
    assert desk.audit(limit="1", offset="1") == [refused_412]
    assert desk.audit(since="2999-01-01T00:00:00Z") == []

    [change] = desk.changes_since(cursor)
    assert (change["kind"], change["key"], change["operation"]) == (
        "point-details",
        BL58_KEY,
        "upsert",
    )
    assert change["content"] == fixed.json()
    assert change["dataset_version"] == fixed.headers["x-dataset-version"]


def test_the_audit_and_the_records_are_for_curators_only(desk: Desk) -> None:
    for path in ("/v1/audit", BL58, "/v1/curation/regions/calf"):
        anonymous = desk.client.get(path)
        assert anonymous.status_code == 401
        assert "www-authenticate" in anonymous.headers
        assert desk.client.get(path, headers=desk.partner).status_code == 403


def test_curators_create_a_region_and_a_condition_that_points_can_use(desk: Desk) -> None:
    cursor = desk.cursor()
    region = {
        "slug": "heel",
        "name": "Heel",
        "parent": "foot",
        "description": "The back of the foot.",
    }
    created = desk.client.post("/v1/curation/regions", json=region, headers=desk.alice)
    assert created.status_code == 201, created.text
    assert created.headers["location"] == "/v1/curation/regions/heel"
    assert created.json() == {**region, "synonyms": []}
    assert desk.read("/v1/curation/regions/heel") == (created.json(), created.headers["etag"])
    public = desk.client.get("/v1/regions/heel").json()
    assert public["name"] == "Heel"
    assert [a["slug"] for a in public["ancestors"]][-1] == "foot"

    condition = {"slug": "heel-pain", "name": "Heel pain", "synonyms": ["sore heel"]}
    created = desk.client.post("/v1/curation/conditions", json=condition, headers=desk.alice)
    assert created.status_code == 201, created.text
    assert created.json() == {**condition, "description": None}
    assert desk.client.get("/v1/conditions/heel-pain").json()["name"] == "Heel pain"

    again = desk.client.post("/v1/curation/regions", json=region, headers=desk.bob)
    assert again.status_code == 409
    assert again.json()["type"] == "urn:acupoint-kb:problem:record-exists"
    created_entries = desk.audit(outcome="applied")
    assert [(e["key"], e["status"]) for e in created_entries] == [("heel-pain", 201), ("heel", 201)]
    [refused] = desk.audit(actor="bob")
    assert (refused["action"], refused["status"], refused["key"]) == ("create", 409, "heel")

    record, etag = desk.read(BL58)
    claim = {"condition": "heel-pain", "relevance": 3, "claim": "Eases a sore heel."}
    linked = desk.patch(
        BL58, {"regions": ["calf", "heel"], "conditions": [*record["conditions"], claim]}, etag
    )
    assert linked.status_code == 200, linked.text
    assert [p["code"] for p in desk.client.get("/v1/regions/heel").json()["points"]] == ["BL58"]
    assert [
        p["point"]["code"] for p in desk.client.get("/v1/conditions/heel-pain").json()["points"]
    ] == ["BL58"]
    assert [(c["kind"], c["key"]) for c in desk.changes_since(cursor)] == [
        ("regions", "heel"),
        ("conditions", "heel-pain"),
        ("point-details", BL58_KEY),
    ]


@pytest.mark.parametrize(
    ("path", "patch", "location"),
    [
        (BL58, {"regions": ["calf", "no-such-region"]}, "body.regions"),
        (
            BL58,
            {"conditions": [{"condition": "calf-tension", "relevance": 7, "claim": "More."}]},
            "body.conditions.0.relevance",
        ),
        (
            BL58,
            {"conditions": [{"condition": "no-such-condition", "relevance": 1, "claim": "x"}]},
            "body.conditions.condition",
        ),
        (BL58, {"technique": {"instructions": None}}, "body.technique.instructions"),
        (BL58, {"invented_field": 1}, "body.invented_field"),
        ("/v1/curation/regions/calf", {"parent": "no-such-region"}, "body.parent"),
        ("/v1/curation/regions/calf", {"name": None}, "body.name"),
        ("/v1/curation/conditions/foot-pain", {"synonyms": "sore feet"}, "body.synonyms"),
        ("/v1/curation/point-details/BL58/" + SOURCE, {"code": "BL57"}, "body.code"),
        ("/v1/curation/point-details/BL58/" + SOURCE, {"source": None}, "body.source"),
        ("/v1/curation/regions/calf", {"slug": "calves"}, "body.slug"),
    ],
)
def test_an_invalid_change_is_refused_naming_the_field_and_changes_nothing(
    desk: Desk, path: str, patch: dict[str, Any], location: str
) -> None:
    before = dataset_state(desk.url)
    record, etag = desk.read(path)
    refused = desk.patch(path, patch, etag)
    assert refused.status_code == 422, refused.text
    body = refused.json()
    assert body["type"] == "urn:acupoint-kb:problem:invalid-request"
    assert location in [error["location"] for error in body["errors"]], body["errors"]
    assert dataset_state(desk.url) == before
    assert desk.read(path) == (record, etag)
    [entry] = desk.audit()
    assert (entry["outcome"], entry["status"], entry["after"]) == ("refused", 422, None)


def test_a_record_others_refer_to_cannot_be_deleted(desk: Desk) -> None:
    before = dataset_state(desk.url)
    region, etag = desk.read("/v1/curation/regions/calf")
    refused = desk.client.delete(
        "/v1/curation/regions/calf", headers={**desk.alice, "If-Match": etag}
    )
    assert refused.status_code == 422
    assert any("calf" in error["message"] for error in refused.json()["errors"])
    assert dataset_state(desk.url) == before
    assert desk.client.get("/v1/regions/calf").status_code == 200
    assert desk.read("/v1/curation/regions/calf") == (region, etag)


def test_a_deleted_record_is_gone_until_restored(desk: Desk) -> None:
    path = "/v1/curation/tips/stay-hydrated"
    tip, etag = desk.read(path)
    no_etag = desk.client.delete(path, headers=desk.alice)
    assert no_etag.status_code == 428
    stale = desk.client.delete(path, headers={**desk.alice, "If-Match": '"0123"'})
    assert stale.status_code == 412
    deleted = desk.client.delete(path, headers={**desk.alice, "If-Match": etag})
    assert deleted.status_code == 204
    assert deleted.content == b""

    gone = desk.client.get(path, headers=desk.alice)
    assert gone.status_code == 404
    assert "deleted" in gone.json()["detail"]
    assert "restore" in gone.json()["hint"]
    assert "stay-hydrated" not in [t["slug"] for t in desk.client.get("/v1/tips").json()["items"]]
    recreated = desk.client.post("/v1/curation/tips", json=tip, headers=desk.alice)
    assert recreated.status_code == 409
    assert recreated.json()["type"] == "urn:acupoint-kb:problem:record-deleted"

    restored = desk.client.post(f"{path}/restore", headers=desk.alice)
    assert restored.status_code == 200, restored.text
    assert (restored.json(), restored.headers["etag"]) == (tip, etag)
    assert desk.read(path) == (tip, etag)
    assert "stay-hydrated" in [t["slug"] for t in desk.client.get("/v1/tips").json()["items"]]
    assert desk.client.post(f"{path}/restore", headers=desk.alice).status_code == 404

    applied = desk.audit(outcome="applied")
    assert [(e["action"], e["status"]) for e in applied] == [("restore", 200), ("delete", 204)]
    assert applied[1]["before"] == tip
    assert applied[1]["after"] is None
    assert applied[0]["before"] is None
    assert applied[0]["after"] == tip


def test_a_merge_patch_merges_objects_and_null_removes_a_member(desk: Desk) -> None:
    record, etag = desk.read(BL58)
    patched = desk.patch(BL58, {"technique": {"pressure": "firm"}, "lay_location": None}, etag)
    assert patched.status_code == 200, patched.text
    expected = {
        **record,
        "technique": {**record["technique"], "pressure": "firm"},
        "lay_location": None,  # removed: an optional member reads as null
    }
    assert patched.json() == expected
    assert lay_locations(desk.client, "BL58") == []


def test_the_answer_and_its_etag_are_those_of_the_stored_record(desk: Desk) -> None:
    """Text is stored stripped and removed members as their defaults: the ETag a write
    answers with must be the one the next write is checked against."""
    _record, etag = desk.read(BL58)
    patched = desk.patch(BL58, {"lay_location": "  Padded.  ", "technique": {"motion": None}}, etag)
    assert patched.status_code == 200, patched.text
    assert patched.json()["lay_location"] == "Padded."
    assert desk.read(BL58) == (patched.json(), patched.headers["etag"])
    follow_up = desk.patch(BL58, {"lay_location": "Next."}, patched.headers["etag"])
    assert follow_up.status_code == 200, follow_up.text


def test_if_match_takes_a_list_or_a_star_but_not_a_weak_tag(desk: Desk) -> None:
    _, etag = desk.read(BL58)
    weak = desk.patch(BL58, {"lay_location": "Weak."}, f"W/{etag}")
    assert weak.status_code == 412
    listed = desk.patch(BL58, {"lay_location": "Listed."}, f'"other", {etag}')
    assert listed.status_code == 200
    star = desk.patch(BL58, {"lay_location": "Any."}, "*")
    assert star.status_code == 200
    assert star.json()["lay_location"] == "Any."


def test_a_patch_must_be_a_json_object(desk: Desk) -> None:
    before = dataset_state(desk.url)
    _, etag = desk.read(BL58)
    headers = {**desk.alice, "If-Match": etag}
    as_text = desk.client.patch(
        BL58, headers={**headers, "Content-Type": "text/plain"}, content="lay_location=x"
    )
    assert as_text.status_code == 415
    as_list = desk.client.patch(BL58, headers={**headers, **MERGE_PATCH}, content="[1]")
    assert as_list.status_code == 422
    unknown = desk.patch("/v1/curation/point-details/BL99/" + SOURCE, {"lay_location": "x"}, etag)
    assert unknown.status_code == 404
    assert dataset_state(desk.url) == before


# RFC 7396, Appendix A: every example, as (target, patch, result).
RFC_7396_EXAMPLES: list[tuple[Any, Any, Any]] = [
    ({"a": "b"}, {"a": "c"}, {"a": "c"}),
    ({"a": "b"}, {"b": "c"}, {"a": "b", "b": "c"}),
    ({"a": "b"}, {"a": None}, {}),
    ({"a": "b", "b": "c"}, {"a": None}, {"b": "c"}),
    ({"a": ["b"]}, {"a": "c"}, {"a": "c"}),
    ({"a": "c"}, {"a": ["b"]}, {"a": ["b"]}),
    ({"a": {"b": "c"}}, {"a": {"b": "d", "c": None}}, {"a": {"b": "d"}}),
    ({"a": [{"b": "c"}]}, {"a": [1]}, {"a": [1]}),
    (["a", "b"], ["c", "d"], ["c", "d"]),
    ({"a": "b"}, ["c"], ["c"]),
    ({"a": "foo"}, None, None),
    ({"a": "foo"}, "bar", "bar"),
    ({"e": None}, {"a": 1}, {"e": None, "a": 1}),
    ([1, 2], {"a": "b", "c": None}, {"a": "b"}),
    ({}, {"a": {"bb": {"ccc": None}}}, {"a": {"bb": {}}}),
]


@pytest.mark.parametrize(("target", "patch", "result"), RFC_7396_EXAMPLES)
def test_merge_patch_follows_rfc_7396_appendix_a(target: Any, patch: Any, result: Any) -> None:
    untouched = json.dumps(target)
    assert merge_patch(target, patch) == result
    assert json.dumps(target) == untouched  # the target is not changed in place


def test_merge_patch_follows_the_rfc_7396_section_3_example() -> None:
    target = {
        "title": "Goodbye!",
        "author": {"givenName": "John", "familyName": "Doe"},
        "tags": ["example", "sample"],
        "content": "This will be unchanged",
    }
    patch = {
        "title": "Hello!",
        "phoneNumber": "+01-123-456-7890",
        "author": {"familyName": None},
        "tags": ["example"],
    }
    assert merge_patch(target, patch) == {
        "title": "Hello!",
        "author": {"givenName": "John"},
        "tags": ["example"],
        "content": "This will be unchanged",
        "phoneNumber": "+01-123-456-7890",
    }
