"""What the HTTP edge refuses or tolerates: long URLs, trailing slashes, HEAD, huge errors."""

from collections.abc import Callable

import anyio
import pytest
from fastapi.testclient import TestClient
from starlette.types import Message, Receive, Scope, Send

from app.api.middleware import RequestGuard
from app.core.errors import (
    MAX_LISTED_ERRORS,
    PROBLEM_MEDIA_TYPE,
    FieldProblem,
    invalid_request,
    problem_body,
)


def test_a_url_over_the_limit_is_a_414_problem(client: TestClient) -> None:
    response = client.get(
        "/v1/points?symptom=headache" + "&" * 60_000, headers={"X-Request-ID": "too-long"}
    )
    assert response.status_code == 414
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    assert response.json() == {
        "type": "urn:acupoint-kb:problem:uri-too-long",
        "title": "URI too long",
        "status": 414,
        "detail": "The URL, path and query, is longer than 4096 bytes.",
        "instance": "/v1/points",
        "hint": "Send fewer or shorter query parameters.",
        "request_id": "too-long",
    }


def test_the_url_limit_is_configurable(
    make_client: Callable[..., TestClient], seeded_database: str
) -> None:
    client = make_client(seeded_database, max_url_bytes=512)
    padded = "/v1/points?symptom=headache" + "&" * (512 - len("/v1/points?symptom=headache"))
    assert client.get(padded).status_code == 200
    assert client.get(padded + "&").status_code == 414


@pytest.mark.parametrize(
    ("path", "meant"),
    [("/v1/points/", "/v1/points"), ("/v1/points/ST36/", "/v1/points/ST36")],
)
def test_a_trailing_slash_is_a_404_naming_the_path_never_a_redirect(
    client: TestClient, path: str, meant: str
) -> None:
    response = client.get(path, headers={"Host": "evil.example"}, follow_redirects=False)
    assert response.status_code == 404
    assert "location" not in response.headers
    assert response.json()["hint"] == f"Did you mean {meant}? Paths take no trailing slash."


def test_an_unknown_path_with_a_slash_keeps_the_plain_hint(client: TestClient) -> None:
    response = client.get("/v1/nothing/", follow_redirects=False)
    assert response.status_code == 404
    assert response.json()["hint"].startswith("See /docs")


@pytest.mark.parametrize(
    "path",
    ["/v1/points/ST36", "/v1/points?symptom=headache", "/v1/meridians", "/healthz"],
)
def test_head_answers_the_headers_of_get_without_a_body(client: TestClient, path: str) -> None:
    same_id = {"X-Request-ID": "head-or-get"}  # else the one header that differs
    got = client.get(path, headers=same_id)
    head = client.head(path, headers=same_id)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers == got.headers


def test_head_revalidates_with_the_etag(client: TestClient) -> None:
    etag = client.get("/v1/points/ST36").headers["etag"]
    head = client.head("/v1/points/ST36", headers={"If-None-Match": etag})
    assert head.status_code == 304
    assert head.headers["etag"] == etag


def test_head_is_listed_where_get_is_allowed(client: TestClient) -> None:
    response = client.post("/v1/points")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD"


def test_a_body_with_thousands_of_bad_keys_lists_the_first_errors_only(
    client: TestClient,
) -> None:
    body = {"points": ["ST36"], **{f"key{i}": 1 for i in range(5000)}}
    response = client.post("/v1/safety-check", json=body)
    problem = response.json()
    assert response.status_code == 422
    assert len(response.content) < 5000
    assert len(problem["errors"]) == MAX_LISTED_ERRORS
    assert problem["errors"][0] == {
        "location": "body.key0",
        "message": "Extra inputs are not permitted",
    }
    assert problem["detail"] == (
        "The request has 5000 invalid field(s): "
        + ", ".join(f"body.key{i}" for i in range(MAX_LISTED_ERRORS))
        + f" and more. `errors` lists the first {MAX_LISTED_ERRORS}; "
        f"{5000 - MAX_LISTED_ERRORS} more are not listed."
    )


def test_a_short_list_of_errors_is_unchanged(client: TestClient) -> None:
    response = client.post("/v1/safety-check", json={"points": ["ST36"], "a": 1, "b": 2})
    problem = response.json()
    assert problem["detail"] == "The request has 2 invalid field(s): body.a, body.b."
    assert len(problem["errors"]) == 2


def test_problems_the_services_raise_are_capped_too() -> None:
    raised = invalid_request(
        "Thirty problems.",
        [FieldProblem(location=f"body.items[{i}]", message="bad") for i in range(30)],
        hint="Fix them.",
    )
    body = problem_body(
        "/v1/x", 422, "invalid-request", "Invalid request", raised.detail, **raised.extra
    )
    assert len(body["errors"]) == MAX_LISTED_ERRORS
    assert body["detail"] == (
        f"Thirty problems. `errors` lists the first {MAX_LISTED_ERRORS}; "
        f"{30 - MAX_LISTED_ERRORS} more are not listed."
    )


def test_a_body_cut_off_by_a_disconnect_never_reaches_a_route() -> None:
    """A partial body can be valid JSON: it must not be applied as a write."""
    reached: list[bytes] = []

    async def route(scope: Scope, receive: Receive, send: Send) -> None:
        reached.append((await receive()).get("body", b""))

    messages: list[Message] = [
        {"type": "http.request", "body": b'{"title": "Drink"}', "more_body": True},
        {"type": "http.disconnect"},
    ]

    async def receive() -> Message:
        return messages.pop(0)

    async def send(message: Message) -> None:
        raise AssertionError(f"nothing is sent to a client that left: {message}")

    scope: Scope = {
        "type": "http",
        "method": "PATCH",
        "path": "/v1/curation/tips/stay-hydrated",
        "raw_path": b"/v1/curation/tips/stay-hydrated",
        "query_string": b"",
        "headers": [(b"content-type", b"application/merge-patch+json")],
    }
    guard = RequestGuard(route, max_body_bytes=1024, max_url_bytes=4096)
    anyio.run(guard, scope, receive, send)
    assert reached == []
