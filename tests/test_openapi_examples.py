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
"""

import copy
import json
import os
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from pydantic import TypeAdapter

from app.core.errors import PROBLEM_MEDIA_TYPE, PROBLEM_TYPE_PREFIX, PROBLEM_TYPES, Problem
from app.core.openapi_examples import (
    RECORDED_HEADERS,
    ExampleRequest,
    StoredExample,
    load_examples,
    save_examples,
)
from app.core.settings import PROJECT_ROOT
from app.main import create_app

RECORD = os.environ.get("ACUPOINT_RECORD_OPENAPI_EXAMPLES") == "1"
METHODS = ("get", "post", "put", "patch", "delete")


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


def send(client: TestClient, request: ExampleRequest) -> httpx2.Response:
    headers = dict(request.get("headers", {}))
    content: bytes | None = None
    if "content" in request:
        content = request["content"].encode(request.get("encoding", "utf-8"))
    if request.get("oversized"):
        settings = client.app.state.settings  # type: ignore[attr-defined]
        content = b" " * (settings.max_body_bytes + 1)
    return client.request(
        request.get("method", "GET"),
        request["url"],
        headers=headers,
        json=request.get("json"),
        content=content,
    )


def answered(example: StoredExample, response: httpx2.Response) -> StoredExample:
    return {
        **example,
        "status": response.status_code,
        "headers": {
            name: response.headers[name] for name in RECORDED_HEADERS if name in response.headers
        },
        "body": response.json() if response.content else None,
    }


def test_stored_examples_are_live_answers(
    client: TestClient, empty_database: str, make_client: Callable[..., TestClient]
) -> None:
    unloaded = make_client(empty_database)
    stored = load_examples()
    live = copy.deepcopy(stored)
    for examples in live.values():
        for index, example in enumerate(examples):
            request = example["request"]
            if request is not None:
                target = unloaded if request.get("unloaded") else client
                examples[index] = answered(example, send(target, request))
    if RECORD and live != stored:
        save_examples(live)
        pytest.skip("recorded: read the diff of app/core/openapi_examples.json")
    assert live == stored, "answers changed: record them (see this module's docstring)"


def response_models(app: FastAPI) -> dict[str, Any]:
    """operationId -> the model of its 200 answer."""
    models: dict[str, Any] = {}
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, APIRoute):
            models[route.name] = route.responses.get(200, {}).get("model") or route.response_model
    return models


def test_every_example_fits_its_response_model(app: FastAPI) -> None:
    """Validated and dumped again, each example comes back unchanged: nothing extra, no gap."""
    models = response_models(app)
    for operation_id, examples in load_examples().items():
        for example in examples:
            where = f"{operation_id} {example['name']}"
            if example["status"] >= 300:
                problem = Problem.model_validate_json(json.dumps(example["body"]))
                dumped = problem.model_dump(mode="json", exclude_none=True)
                assert dumped == example["body"], where
                assert problem.status == example["status"], where
                continue
            adapter = TypeAdapter[Any](models[operation_id])
            value = adapter.validate_json(json.dumps(example["body"]))
            assert adapter.dump_python(value, mode="json") == example["body"], where


def test_every_response_with_a_body_shows_an_answer(document: dict[str, Any]) -> None:
    missing = []
    for path, method, operation in operations(document):
        for status, response in operation["responses"].items():
            for media in response.get("content", {}).values():
                values = [example["value"] for example in media.get("examples", {}).values()]
                if not values:
                    missing.append(f"{method.upper()} {path} {status}")
                if status != "200":
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
        assert {name: response.headers.get(name) for name in RECORDED_HEADERS} == {
            "Cache-Control": answer["headers"]["Cache-Control"],
            "ETag": etag,
            "Retry-After": None,
            "Vary": None,
        }


def _kinds_named_in_the_code() -> set[str]:
    kinds: set[str] = set()
    for file in (PROJECT_ROOT / "app").rglob("*.py"):
        source = file.read_text(encoding="utf-8")
        # ApiProblem(404, "kind", …), problem_response(path, 406, "kind", …), problem_body(…)
        kinds |= set(
            re.findall(
                r"(?:ApiProblem|problem_response|problem_body)\(\s*(?:[\w.]+,\s*)?\d{3},\s*"
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
