"""Corrections: anyone reports a mistake and follows it by id; curators see the queue and
accept (the fix goes through the write path, audited with the correction's id) or reject
(with a reason the reporter sees)."""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.core.database import build_engine, session_factory, transaction
from app.core.errors import ApiProblem
from app.models.corrections import CorrectionStatus
from app.models.keys import Role
from app.schemas.corrections import AcceptCorrection, CorrectionReport, RejectCorrection
from app.seeding.store import take_write_lock
from app.services import corrections
from app.services.curation import read_record
from app.services.keys import Principal
from tests.support import bearer, dataset_state, make_key, settings_for

ClientFactory = Callable[..., TestClient]
SOURCE = "tcmtips-post-exercise-recovery"
BL58_KEY = f"BL58/{SOURCE}"
BL58 = f"/v1/curation/point-details/{BL58_KEY}"
FIXED_LOCATION = "Seven cun above BL60, at the lower edge of the calf muscle."
CONTACT = "reader@example.org"
REPORT = {
    "kind": "point-details",
    "key": BL58_KEY,
    "problem": "The location says 'midway between the Achilles tendon and the calf'.",
    "suggested_fix": "Seven cun above the ankle, per the WHO standard.",
    "patch": {"lay_location": FIXED_LOCATION},
    "contact": CONTACT,
}


@dataclass
class Desk:
    url: str
    client: TestClient
    curator: dict[str, str]
    partner: dict[str, str]

    def report(self, **changes: Any) -> dict[str, Any]:
        answer = self.client.post("/v1/corrections", json={**REPORT, **changes})
        assert answer.status_code == 202, answer.text
        body: dict[str, Any] = answer.json()
        assert answer.headers["location"] == f"/v1/corrections/{body['id']}"
        return body

    def follow(self, correction: str) -> dict[str, Any]:
        answer = self.client.get(f"/v1/corrections/{correction}")
        assert answer.status_code == 200, answer.text
        body: dict[str, Any] = answer.json()
        return body

    def etag(self, path: str = BL58) -> str:
        etag: str = self.client.get(path, headers=self.curator).headers["etag"]
        return etag

    def accept(self, correction: str, etag: str | None, body: Any = None) -> Any:
        headers = {**self.curator, **({"If-Match": etag} if etag else {})}
        return self.client.post(
            f"/v1/corrections/{correction}/accept", headers=headers, json=body or {}
        )

    def reject(self, correction: str, reason: str) -> Any:
        return self.client.post(
            f"/v1/corrections/{correction}/reject", headers=self.curator, json={"reason": reason}
        )


@pytest.fixture
def desk(writable_database: str, make_client: ClientFactory) -> Desk:
    curator = bearer(make_key(writable_database, "curator", "alice"))
    partner = bearer(make_key(writable_database, "partner", "pat"))
    client = make_client(writable_database, rate_limits_enabled=False)
    return Desk(writable_database, client, curator, partner)


def test_anyone_reports_and_follows_a_correction_without_seeing_the_contact(desk: Desk) -> None:
    before = dataset_state(desk.url)
    reported = desk.report()
    assert reported["status"] == "pending"
    assert (reported["kind"], reported["key"]) == ("point-details", BL58_KEY)
    assert reported["decided_at"] is None
    assert reported["decision_reason"] is None
    followed = desk.follow(reported["id"])
    assert followed == reported
    assert CONTACT not in str(followed)
    assert "contact" not in followed
    assert dataset_state(desk.url) == before  # a report changes no record

    unknown = desk.client.get("/v1/corrections/no-such-correction")
    assert unknown.status_code == 404


def test_only_curators_list_and_decide(desk: Desk) -> None:
    correction = desk.report()["id"]
    for caller, status in (({}, 401), (desk.partner, 403)):
        assert desk.client.get("/v1/corrections", headers=caller).status_code == status
        accept = desk.client.post(
            f"/v1/corrections/{correction}/accept",
            headers={**caller, "If-Match": desk.etag()},
            json={},
        )
        assert accept.status_code == status
        reject = desk.client.post(
            f"/v1/corrections/{correction}/reject", headers=caller, json={"reason": "No."}
        )
        assert reject.status_code == status
        if status == 401:
            assert "www-authenticate" in accept.headers
            assert "www-authenticate" in reject.headers
    assert desk.follow(correction)["status"] == "pending"

    queue = desk.client.get("/v1/corrections", headers=desk.curator)
    assert queue.status_code == 200
    [item] = queue.json()
    assert item["id"] == correction
    assert item["contact"] == CONTACT
    assert (item["problem"], item["patch"]) == (REPORT["problem"], REPORT["patch"])


def test_a_curator_accepts_a_correction_and_the_record_changes(desk: Desk) -> None:
    correction = desk.report()["id"]
    assert desk.accept(correction, None).status_code == 428
    assert desk.accept(correction, '"stale"').status_code == 412
    assert desk.follow(correction)["status"] == "pending"

    accepted = desk.accept(correction, desk.etag(), {"note": "Thanks, fixed."})
    assert accepted.status_code == 200, accepted.text
    decided = accepted.json()
    assert (decided["status"], decided["decided_by"]) == ("accepted", "alice")
    assert decided["decision_reason"] == "Thanks, fixed."
    record = desk.client.get(BL58, headers=desk.curator).json()
    assert record["lay_location"] == FIXED_LOCATION
    point = desk.client.get("/v1/points/BL58").json()
    assert FIXED_LOCATION in [where["text"] for where in point["locations"]]

    followed = desk.follow(correction)
    assert (followed["status"], followed["decision_reason"]) == ("accepted", "Thanks, fixed.")
    assert followed["decided_at"] is not None

    audit = desk.client.get("/v1/audit", headers=desk.curator).json()
    applied = [entry for entry in audit if entry["outcome"] == "applied"]
    assert [(e["correction"], e["key"], e["actor"]) for e in applied] == [
        (correction, BL58_KEY, "alice")
    ]
    assert applied[0]["after"]["lay_location"] == FIXED_LOCATION
    refused = [entry for entry in audit if entry["outcome"] == "refused"]
    assert sorted((e["status"], e["correction"]) for e in refused) == [
        (412, correction),
        (428, correction),
    ]
    queue = desk.client.get("/v1/corrections", params={"status": "pending"}, headers=desk.curator)
    assert queue.json() == []


def test_a_curator_may_apply_a_patch_of_their_own(desk: Desk) -> None:
    correction = desk.report(patch=None)["id"]
    without = desk.accept(correction, desk.etag())
    assert without.status_code == 422
    assert [e["location"] for e in without.json()["errors"]] == ["body.patch"]
    own = desk.accept(correction, desk.etag(), {"patch": {"lay_location": "Curator's words."}})
    assert own.status_code == 200, own.text
    assert desk.client.get(BL58, headers=desk.curator).json()["lay_location"] == "Curator's words."


def test_a_correction_that_breaks_the_rules_is_refused_and_stays_pending(desk: Desk) -> None:
    correction = desk.report(patch={"regions": ["no-such-region"]})["id"]
    before = dataset_state(desk.url)
    refused = desk.accept(correction, desk.etag())
    assert refused.status_code == 422
    assert "body.regions" in [e["location"] for e in refused.json()["errors"]]
    assert dataset_state(desk.url) == before
    assert desk.follow(correction)["status"] == "pending"


def test_a_curator_rejects_with_a_reason_the_reporter_sees(desk: Desk) -> None:
    before = dataset_state(desk.url)
    correction = desk.report()["id"]
    rejected = desk.reject(correction, "The WHO standard says otherwise.")
    assert rejected.status_code == 200, rejected.text
    assert (rejected.json()["status"], rejected.json()["decided_by"]) == ("rejected", "alice")
    followed = desk.follow(correction)
    assert followed["status"] == "rejected"
    assert followed["decision_reason"] == "The WHO standard says otherwise."
    assert dataset_state(desk.url) == before
    assert desk.reject(correction, "").status_code == 422  # a reason is required


def test_a_correction_is_decided_once(desk: Desk) -> None:
    accepted, rejected = desk.report()["id"], desk.report()["id"]
    assert desk.reject(rejected, "Duplicate.").status_code == 200
    assert desk.accept(accepted, desk.etag()).status_code == 200
    state = dataset_state(desk.url)
    for twice in (
        desk.accept(accepted, desk.etag()),
        desk.reject(accepted, "Changed my mind."),
        desk.accept(rejected, desk.etag()),
        desk.reject(rejected, "Again."),
    ):
        assert twice.status_code == 409, twice.text
        assert twice.json()["type"] == "urn:acupoint-kb:problem:correction-decided"
    assert dataset_state(desk.url) == state
    assert desk.follow(rejected)["decision_reason"] == "Duplicate."
    assert desk.follow(accepted)["status"] == "accepted"


@pytest.mark.parametrize(
    ("changes", "location"),
    [
        ({"key": "BL99/" + SOURCE}, "body.key"),
        ({"kind": "regions", "key": "no-such-region"}, "body.key"),
        ({"kind": "catalog-points", "key": "BL58"}, "body.kind"),
        ({"problem": "x" * 2001}, "body.problem"),
        ({"problem": "short"}, "body.problem"),
        ({"suggested_fix": "x" * 2001}, "body.suggested_fix"),
        ({"contact": "x" * 201}, "body.contact"),
        ({"key": "x" * 201}, "body.key"),
        ({"patch": {f"field{i}": i for i in range(51)}}, "body.patch"),
        ({"unexpected": "member"}, "body.unexpected"),
    ],
)
def test_a_report_that_is_invalid_or_too_long_is_refused(
    desk: Desk, changes: dict[str, Any], location: str
) -> None:
    answer = desk.client.post("/v1/corrections", json={**REPORT, **changes})
    assert answer.status_code == 422, answer.text
    assert location in [error["location"] for error in answer.json()["errors"]]
    assert desk.client.get("/v1/corrections", headers=desk.curator).json() == []


def test_a_body_over_the_limit_is_refused_before_it_is_read(desk: Desk) -> None:
    huge = {**REPORT, "suggested_fix": "x" * (70 * 1024)}
    answer = desk.client.post("/v1/corrections", json=huge)
    assert answer.status_code == 413
    assert answer.json()["type"] == "urn:acupoint-kb:problem:content-too-large"
    assert desk.client.get("/v1/corrections", headers=desk.curator).json() == []


def test_an_accept_and_a_reject_at_once_leave_the_record_as_the_decision_says(
    writable_database: str,
) -> None:
    # Found by the soak (bench/soak.py): a reject that came while the accept was writing
    # left the correction rejected, its fix applied, and the accept answering 409.
    engine = build_engine(settings_for(writable_database))
    sessions = session_factory(engine)
    curator = Principal("alice", Role.CURATOR)
    try:
        correction = corrections.report(sessions, CorrectionReport.model_validate(REPORT)).id
        etag = read_record(sessions, "point-details", BL58_KEY).etag
        outcomes: dict[str, str] = {}

        def decide(name: str, act: Callable[[], object]) -> None:
            try:
                act()
                outcomes[name] = "done"
            except ApiProblem as problem:
                outcomes[name] = str(problem.status)

        accepting = threading.Thread(
            target=decide,
            args=(
                "accept",
                lambda: corrections.accept(sessions, curator, correction, AcceptCorrection(), etag),
            ),
        )
        rejecting = threading.Thread(
            target=decide,
            args=(
                "reject",
                lambda: corrections.reject(
                    sessions, curator, correction, RejectCorrection(reason="No.")
                ),
            ),
        )
        # Another write holds the dataset's lock: the accept waits inside its write while
        # the reject comes.
        with transaction(sessions) as session:
            take_write_lock(session)
            accepting.start()
            time.sleep(0.5)
            rejecting.start()
            time.sleep(0.5)
        accepting.join(timeout=30)
        rejecting.join(timeout=30)

        status = corrections.status_of(sessions, correction).status
        records, _ = dataset_state(writable_database)
        applied = records["point-details", BL58_KEY]["lay_location"] == FIXED_LOCATION
        assert sorted(outcomes.values()) == ["409", "done"], outcomes
        assert (status is CorrectionStatus.ACCEPTED) == applied == (outcomes["accept"] == "done")
    finally:
        engine.dispose()
