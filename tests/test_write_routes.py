"""Every write the OpenAPI document lists needs a curator's key: walked from the document,
so that a write added later is checked without anyone remembering to add it here."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from tests.support import bearer, dataset_state, make_key, settings_for

ClientFactory = Callable[..., TestClient]
WRITE_METHODS = ("post", "put", "patch", "delete")
PUBLIC_WRITES = {("post", "/v1/corrections"), ("post", "/v1/safety-check")}
UNAUTHORISED_TEXT = "Written by a caller who may not write."
# 7 kinds of record x (create, change, delete, restore), plus accept and reject.
EXPECTED_AT_LEAST = 7 * 4 + 2


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path}"


def protected_writes() -> list[Operation]:
    document = create_app(settings_for("sqlite://", rate_limits_enabled=False)).openapi()
    found = [
        Operation(method, path, spec)
        for path, item in document["paths"].items()
        for method, spec in item.items()
        if method in WRITE_METHODS and (method, path) not in PUBLIC_WRITES
    ]
    assert len(found) >= EXPECTED_AT_LEAST, [str(o) for o in found]
    return found


def test_every_protected_write_declares_a_security_requirement() -> None:
    document = create_app(settings_for("sqlite://", rate_limits_enabled=False)).openapi()
    undeclared = [
        str(operation)
        for operation in protected_writes()
        if not operation.spec.get("security", document.get("security"))
    ]
    assert undeclared == [], f"{len(undeclared)} write(s) without `security` in the OpenAPI"


class Requests:
    """Plausible requests for each write: real records and their ETags, so that a write let
    through by mistake would really change the data."""

    def __init__(self, client: TestClient, curator: dict[str, str], url: str) -> None:
        self.client = client
        self.curator = curator
        self.records, _ = dataset_state(url)
        report = client.post(
            "/v1/corrections",
            json={
                "kind": "regions",
                "key": "calf",
                "problem": "The description is too short to be useful.",
                "suggested_fix": "Say which muscles make up the calf.",
                "patch": {"description": "The back of the leg, over the calf muscles."},
            },
        )
        assert report.status_code == 202, report.text
        self.correction: str = report.json()["id"]

    def record(self, kind: str) -> tuple[str, dict[str, Any]]:
        return next((key, content) for (k, key), content in self.records.items() if k == kind)

    def build(self, operation: Operation) -> tuple[str, dict[str, str], Any]:
        """The URL, the headers and the JSON body (None: no body) for the operation."""
        headers: dict[str, str] = {}
        body: Any = None
        path = operation.path
        curation = re.fullmatch(r"/v1/curation/([a-z-]+)(/.*)?", path)
        if curation:
            kind = curation.group(1)
            key, content = self.record(kind)
            item = f"/v1/curation/{kind}/{key}"
            read = self.client.get(item, headers=self.curator)
            assert read.status_code == 200, (item, read.text)
            headers["If-Match"] = read.headers["etag"]
            if path == f"/v1/curation/{kind}":
                body = {**content, **self.renamed(kind, content)}
                item = path
            elif path.endswith("/restore"):
                item += "/restore"
            elif operation.method == "patch":
                body = self.changed(content)
            return item, headers, body
        if path.startswith("/v1/corrections/{correction_id}/"):
            read = self.client.get("/v1/curation/regions/calf", headers=self.curator)
            headers["If-Match"] = read.headers["etag"]
            body = {"reason": "Not needed."} if path.endswith("/reject") else {}
            return path.replace("{correction_id}", self.correction), headers, body
        # A write added later: fill its parameters from the document's examples.
        for parameter in operation.spec.get("parameters", []):
            if parameter["in"] == "path":
                example = parameter.get("examples") or parameter["schema"].get("examples") or ["x"]
                value = example[0] if isinstance(example, list) else next(iter(example.values()))
                path = path.replace("{" + parameter["name"] + "}", str(value))
        return path, headers, {} if "requestBody" in operation.spec else None

    @staticmethod
    def renamed(kind: str, content: dict[str, Any]) -> dict[str, Any]:
        if kind == "point-details":
            return {"code": "BL57"} if content["code"] != "BL57" else {"code": "BL56"}
        return {"slug": "made-without-a-curator-key"}

    @staticmethod
    def changed(content: dict[str, Any]) -> dict[str, Any]:
        for name in ("lay_location", "description", "body", "title", "name", "evidence"):
            if name in content:
                return {name: UNAUTHORISED_TEXT}
        raise AssertionError(f"no text member to change in {content}")


def test_every_write_refuses_callers_without_a_curator_key(
    writable_database: str, make_client: ClientFactory
) -> None:
    curator = bearer(make_key(writable_database, "curator", "alice"))
    partner = bearer(make_key(writable_database, "partner", "pat"))
    client = make_client(writable_database, rate_limits_enabled=False)
    requests = Requests(client, curator, writable_database)
    before = dataset_state(writable_database)
    walked = []
    for operation in protected_writes():
        url, headers, body = requests.build(operation)
        for caller, expected in ((None, 401), (partner, 403)):
            sent = {**headers, **(caller or {})}
            answer = client.request(operation.method.upper(), url, headers=sent, json=body)
            assert answer.status_code == expected, (str(operation), url, answer.text)
            assert answer.headers["content-type"] == "application/problem+json"
            if expected == 401:
                assert answer.headers["www-authenticate"].startswith("Bearer"), str(operation)
        walked.append(str(operation))
    assert len(walked) >= EXPECTED_AT_LEAST

    assert dataset_state(writable_database) == before
    assert client.get("/v1/audit", headers=curator).json() == []
    followed = client.get(f"/v1/corrections/{requests.correction}").json()
    assert followed["status"] == "pending"


@pytest.mark.parametrize("method", ["POST", "PATCH", "DELETE"])
def test_a_curator_key_is_let_through_where_others_are_not(
    writable_database: str, make_client: ClientFactory, method: str
) -> None:
    """The other side of the walk: the same kind of request does reach the write."""
    curator = bearer(make_key(writable_database, "curator", "alice"))
    client = make_client(writable_database, rate_limits_enabled=False)
    read = client.get("/v1/curation/tips/stay-hydrated", headers=curator)
    headers = {**curator, "If-Match": read.headers["etag"]}
    if method == "POST":
        body: Any = {**read.json(), "slug": "drink-water"}
        answer = client.post("/v1/curation/tips", headers=headers, json=body)
    elif method == "PATCH":
        answer = client.patch(
            "/v1/curation/tips/stay-hydrated", headers=headers, json={"title": "Drink"}
        )
    else:
        answer = client.delete("/v1/curation/tips/stay-hydrated", headers=headers)
    assert answer.status_code in (200, 201, 204), answer.text
