"""The OpenAPI document tells the truth: its examples are live answers, its lists complete.

The examples are stored in app/core/openapi_examples.json, each with the request that
gives it. These tests send every stored request to the seeded API (on SQLite and on
PostgreSQL) and compare status, body and the declared headers with the stored answer, and
check every example against its response model. After a change to the data or to an
answer, rewrite the file, read its diff, and regenerate the committed document:

    ACUPOINT_RECORD_OPENAPI_EXAMPLES=1 .venv/bin/python -m pytest -q -p no:cacheprovider \\
        tests/test_openapi_examples.py
    .venv/bin/python -m app openapi > openapi.json

To add an example, add an entry with its `name`, `summary` and `request` and record.

Where each request goes: anonymous reads to the shared seeded client; requests with a role
or a body to a private copy of the seeded database that holds one key per role (and that
must not change: the test checks it); requests marked `fresh` or with `before` steps to a
fresh copy of their own; requests marked `rate_limited` to a copy whose quotas are one
request per second, so the 429's numbers are the same every run.

On a fresh copy the read model is never built: none of the answers recorded there reads
it (curators' records, corrections, the audit and the feed come from the database), and
building it after every write would make this test minutes long. An answer that needed
it would be a 503, not a wrong answer.
"""

import copy
import io
import json
import os
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx2
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from pydantic import TypeAdapter
from sqlalchemy import func, select

from app.core.database import build_engine, session_factory
from app.core.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX, PROBLEM_TYPES, Problem
from app.core.openapi_examples import (
    RECORDED_HEADERS,
    STAND_IN_DIGEST,
    ExampleRequest,
    StoredExample,
    excerpt,
    load_examples,
    save_examples,
    with_stand_ins,
)
from app.core.settings import PROJECT_ROOT
from app.main import create_app
from app.models.corrections import Correction
from app.seeding.store import latest_change
from tests.support import DatabaseFactory, bearer, make_key, settings_for

RECORD = os.environ.get("ACUPOINT_RECORD_OPENAPI_EXAMPLES") == "1"
METHODS = ("get", "post", "put", "patch", "delete")
ROLES = ("partner", "curator")
ONE_PER_SECOND = {
    "rate_limits_enabled": True,
    **{
        f"rate_limit_{name}": "1/second"
        for name in ("anonymous", "partner", "curator", "corrections")
    },
}


@pytest.fixture(scope="module")
def app() -> FastAPI:
    built = create_app()
    built.state.engine.dispose()
    return built


@pytest.fixture(scope="module")
def document(app: FastAPI) -> dict[str, Any]:
    return app.openapi()


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


@dataclass
class Place:
    """A client and the keys its database holds, by role."""

    client: TestClient
    keys: dict[str, str] = field(default_factory=dict)
    learned: dict[str, str] = field(default_factory=dict)
    """`{id}` and `{etag}` as the `before` steps answered them."""
    ids: set[str] = field(default_factory=set)
    """Ids made on this run, to be shown as the stand-in."""


def _filled(text: str, place: Place) -> str:
    for name, value in place.learned.items():
        text = text.replace("{" + name + "}", value)
    return text


def send(place: Place, request: ExampleRequest) -> httpx2.Response:
    headers = {name: _filled(value, place) for name, value in request.get("headers", {}).items()}
    if "role" in request:
        headers |= bearer(place.keys[request["role"]])
    content: bytes | None = None
    if "content" in request:
        content = request["content"].encode(request.get("encoding", "utf-8"))
    if request.get("oversized"):
        settings = place.client.app.state.settings  # type: ignore[attr-defined]
        content = b" " * (settings.max_body_bytes + 1)
    response = place.client.request(
        request.get("method", "GET"),
        _filled(request["url"], place),
        headers=headers,
        json=request.get("json"),
        content=content,
    )
    body = _json(response)
    for item in body if isinstance(body, list) else [body]:
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            place.learned["id"] = item["id"]
            place.ids.add(item["id"])
    if "etag" in response.headers:
        place.learned["etag"] = response.headers["etag"]
    return response


def _json(response: httpx2.Response) -> Any:
    media = response.headers.get("content-type", "").split(";")[0]
    return response.json() if response.content and media.endswith("json") else None


def over_quota(place: Place, request: ExampleRequest) -> httpx2.Response:
    """Spends the caller's quota of one request per second, then asks within the second."""
    spend: ExampleRequest = {"url": "/v1/meridians"}
    if "role" in request:
        spend["role"] = request["role"]
    for _attempt in range(5):
        send(place, spend)
        response = send(place, request)
        if response.status_code == 429:
            return response
    raise AssertionError(f"{request['url']} was never refused over the quota")


def answered(example: StoredExample, response: httpx2.Response, ids: set[str]) -> StoredExample:
    """The answer as stored: declared headers, the body (or what a zip holds), stand-ins."""
    media = response.headers.get("content-type", "").split(";")[0]
    headers = {
        name: response.headers[name] for name in RECORDED_HEADERS if name in response.headers
    }
    if "Repr-Digest" in headers:
        headers["Repr-Digest"] = STAND_IN_DIGEST  # of a body that holds its own time
    answer = copy.deepcopy(example)
    answer.pop("media_type", None)
    body: Any = None
    if media == "application/zip":
        body = {"files": zipfile.ZipFile(io.BytesIO(response.content)).namelist()}
        answer["media_type"] = media
    elif media == "image/svg+xml":
        title = re.search(r"<title[^>]*>([^<]*)</title>", response.text)
        body = {"title": title[1] if title else None}
        answer["media_type"] = media
    elif response.content:
        body = response.json()
    body = with_stand_ins(body, ids)
    answer["status"] = response.status_code
    answer["headers"] = with_stand_ins(headers, ids)
    answer["body"] = excerpt(body) if example.get("excerpt") else body
    return answer


class NoReadModel:
    """Stands in for the read model on a fresh copy (see the module docstring)."""

    ready = False

    async def refresh_async(self) -> bool:
        return False


class Places:
    """Where each stored request is sent (see the module docstring)."""

    def __init__(
        self,
        shared: TestClient,
        unloaded: TestClient,
        databases: DatabaseFactory,
        make_client: Callable[..., TestClient],
    ) -> None:
        self.databases = databases
        self.shared = Place(shared)
        self.unloaded = Place(unloaded)
        keyed_url, keys = self._copy()
        self.keyed = Place(make_client(keyed_url), keys)
        self.keyed_url = keyed_url
        limited_url, limited_keys = self._copy()
        self.limited = Place(make_client(limited_url, **ONE_PER_SECOND), limited_keys)
        self.keyed_state = self.state()

    def _copy(self) -> tuple[str, dict[str, str]]:
        url = self.databases.seeded_copy()
        return url, {role: make_key(url, role, f"example-{role}") for role in ROLES}

    def answer(self, example: StoredExample) -> StoredExample:
        request = example["request"]
        assert request is not None
        if request.get("fresh") or "before" in request:
            url, keys = self._copy()
            app = create_app(settings_for(url))
            app.state.snapshots = NoReadModel()
            place = Place(TestClient(app), keys)  # no lifespan: no read model, no polling
            try:
                for step in request.get("before", []):
                    done = send(place, step)
                    assert done.is_success, f"{example['name']}: {step['url']} {done.text}"
                response = send(place, request)
            finally:
                app.state.engine.dispose()
            return answered(example, response, place.ids)
        if request.get("rate_limited"):
            return answered(example, over_quota(self.limited, request), set())
        if request.get("unloaded"):
            place = self.unloaded
        elif "role" in request or request.get("method", "GET") != "GET":
            place = self.keyed
        else:
            place = self.shared
        return answered(example, send(place, request), set())

    def state(self) -> tuple[int, int]:
        """The keyed database's latest change and number of corrections."""
        engine = build_engine(settings_for(self.keyed_url))
        try:
            with session_factory(engine)() as session:
                corrections = session.execute(select(func.count(Correction.id))).scalar_one()
                return latest_change(session), corrections
        finally:
            engine.dispose()


def test_stored_examples_are_live_answers(
    client: TestClient,
    empty_database: str,
    databases: DatabaseFactory,
    make_client: Callable[..., TestClient],
) -> None:
    places = Places(client, make_client(empty_database), databases, make_client)
    stored = load_examples()
    live = copy.deepcopy(stored)
    for examples in live.values():
        for index, example in enumerate(examples):
            if example["request"] is not None:
                examples[index] = places.answer(example)
    assert places.state() == places.keyed_state, "an example changed data: mark it `fresh`"
    if RECORD and live != stored:
        save_examples(live)
        pytest.skip("recorded: read the diff of app/core/openapi_examples.json")
    assert live == stored, "answers changed: record them (see this module's docstring)"


def response_models(app: FastAPI) -> dict[tuple[str, int], Any]:
    """(operationId, status) -> the model of its successful answer."""
    models: dict[tuple[str, int], Any] = {}
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            status = route.status_code or 200
            models[route.name, status] = route.response_model
            for code, response in route.responses.items():
                if "model" in response:
                    models[route.name, int(code)] = response["model"]
    return models


def test_every_example_fits_its_response_model(app: FastAPI) -> None:
    """Validated and dumped again, each example comes back unchanged: nothing extra, no gap."""
    models = response_models(app)
    for operation_id, examples in load_examples().items():
        for example in examples:
            where = f"{operation_id} {example['name']}"
            if "media_type" in example or example["body"] is None:
                continue  # not JSON, or no body: nothing to validate
            if example["status"] >= 300:
                problem = Problem.model_validate_json(json.dumps(example["body"]))
                dumped = problem.model_dump(mode="json", exclude_none=True)
                assert dumped == example["body"], where
                assert problem.status == example["status"], where
                continue
            adapter = TypeAdapter[Any](models[operation_id, example["status"]])
            value = adapter.validate_json(json.dumps(example["body"]))
            assert adapter.dump_python(value, mode="json") == example["body"], where


def test_every_response_with_a_body_shows_an_answer(document: dict[str, Any]) -> None:
    missing = []
    for path, method, operation in operations(document):
        for status, response in operation["responses"].items():
            for name, media in response.get("content", {}).items():
                shown = list(media.get("examples", {}).values())
                if not name.endswith("json"):
                    # A binary body cannot be shown; a stored answer of it is replayed.
                    replayed = load_examples()[operation["operationId"]]
                    shown = [answer for answer in replayed if answer.get("media_type") == name]
                if not shown:
                    missing.append(f"{method.upper()} {path} {status} {name}")
                if not name.endswith("json"):
                    continue
                values = [example["value"] for example in shown]
                if not status.startswith("2"):
                    assert {value["status"] for value in values} == {int(status)}, path
    assert missing == []


def test_answers_send_the_headers_their_response_declares(document: dict[str, Any]) -> None:
    for path, method, operation in operations(document):
        for example in load_examples()[operation["operationId"]]:
            response = operation["responses"][str(example["status"])]
            declared = response.get("headers", {})
            required = {
                name for name, header in declared.items() if _header(document, header)["required"]
            }
            sent = set(example["headers"])
            if example["status"] >= 300:
                sent.discard("Vary")  # any answer of 1 KiB or more; the description says so
            where = f"{method.upper()} {path} {example['name']}"
            assert sent <= set(declared), where
            if example["request"] is not None:
                assert required <= sent, where


def _header(document: dict[str, Any], header: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in header:
        found: dict[str, Any] = document["components"]["headers"][header["$ref"].rsplit("/")[-1]]
        return found
    return header


def test_the_documented_etag_revalidates(client: TestClient, document: dict[str, Any]) -> None:
    """The If-None-Match example is the ETag of the operation's first answer: it gets 304."""
    for path, method, operation in operations(document):
        conditional = [p for p in operation.get("parameters", []) if p["name"] == "If-None-Match"]
        if not conditional:
            continue
        answer = next(
            example
            for example in load_examples()[operation["operationId"]]
            if example["status"] == 200 and example["request"] is not None
        )
        assert answer["request"] is not None
        etag = conditional[0]["example"]
        response = client.get(answer["request"]["url"], headers={"If-None-Match": etag})
        assert response.status_code == 304, f"{method.upper()} {path}"
        assert response.content == b""
        recorded = {
            name: response.headers[name] for name in RECORDED_HEADERS if name in response.headers
        }
        assert recorded.pop("X-Request-ID"), "every answer names its request"
        assert recorded == {"Cache-Control": answer["headers"]["Cache-Control"], "ETag": etag}


def _kinds_named_in_the_code() -> set[str]:
    kinds: set[str] = set()
    for file in (PROJECT_ROOT / "app").rglob("*.py"):
        source = file.read_text(encoding="utf-8")
        # ApiProblem(404, "kind", …), problem_response(scope["path"], 406, "kind", …), …
        kinds |= set(
            re.findall(
                r"(?:ApiProblem|problem_response|problem_body)\(\s*(?:[\w.]+(?:\[[^\]]+\])?,\s*)?"
                r"\d{3},\s*"
                r'"([a-z-]+)"',
                source,
            )
        )
        # Framework errors by status: 404: ("not-found", "Not found"), and the fallback.
        kinds |= set(re.findall(r'(?:\d{3}:|,)\s*\(\s*"([a-z-]+)",\s*"[A-Z][^"]*"\s*\)', source))
        # resolve_ref(…, kind="meridian", …) answers meridian-not-found and ambiguous-meridian.
        for noun in re.findall(r'\bkind="([a-z]+)"', source):
            kinds |= {f"{noun}-not-found", f"ambiguous-{noun}"}
    return kinds


def test_every_problem_type_is_listed_once(document: dict[str, Any]) -> None:
    assert _kinds_named_in_the_code() == set(PROBLEM_TYPES)
    for kind in PROBLEM_TYPES:
        assert document["info"]["description"].count(f"`{PROBLEM_TYPE_PREFIX}{kind}`") == 1


def test_every_problem_example_has_a_listed_type(document: dict[str, Any]) -> None:
    for _path, _method, operation in operations(document):
        for status, response in operation["responses"].items():
            media = response.get("content", {}).get(PROBLEM_MEDIA_TYPE)
            for example in (media or {}).get("examples", {}).values():
                kind = example["value"]["type"].removeprefix(PROBLEM_TYPE_PREFIX)
                listed_status = PROBLEM_TYPES[kind][0]
                assert listed_status in (None, int(status)), f"{kind} on {status}"
