"""Real answers of the API, kept in openapi_examples.json, shown as OpenAPI examples.

Examples built from each field's own example contradict themselves (a code from one point,
a name from another); stored answers cannot. tests/test_openapi_examples.py sends every
stored request to the seeded API and checks that the answer is still the stored one.

A few values differ on every run: times, the ids of corrections, request ids and the
digest of an export (which holds its own time). The stored answers show them as the stand-ins below,
and the replay puts the same stand-ins into the live answer before comparing, so that
everything else is still compared exactly. A request that changes data runs on a fresh
copy of the seeded database, with keys named after their role (`example-curator`), so
the numbers it makes (dataset versions, audit entries, cursors) are the same every run.
"""

import json
import re
from pathlib import Path
from typing import Any, Literal, NotRequired, TypedDict, cast
from urllib.parse import urlsplit

EXAMPLES_FILE = Path(__file__).with_name("openapi_examples.json")
# The response headers the document declares; the others are not part of the contract.
RECORDED_HEADERS = (
    "Cache-Control",
    "Content-Disposition",
    "ETag",
    "Location",
    "RateLimit",
    "RateLimit-Policy",
    "Repr-Digest",
    "Retry-After",
    "Vary",
    "WWW-Authenticate",
    "X-Dataset-Version",
    "X-Request-ID",
)
# Stand-ins for the values that differ on every run (see the module docstring).
TIME_FIELDS = ("at", "changed_at", "decided_at", "generated_at", "reported_at")
STAND_IN_TIME = "2026-11-26T13:00:00"
STAND_IN_ID = "k3Jd9xQ2vB7mTn4w"
STAND_IN_DIGEST = "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:"
STAND_IN_REQUEST_ID = "5f0c2a9e81d34b7aa6c1e0f3"
REQUEST_ID_FIELDS = ("request_id", "X-Request-ID")
_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?")


class ExampleRequest(TypedDict):
    url: str
    method: NotRequired[str]
    headers: NotRequired[dict[str, str]]
    json: NotRequired[Any]
    # A body that is not JSON-in-UTF-8: the text, and the charset to send it in.
    content: NotRequired[str]
    encoding: NotRequired[str]
    # A body one byte larger than the configured limit.
    oversized: NotRequired[bool]
    # Ask a service that has no dataset loaded yet.
    unloaded: NotRequired[bool]
    # Send a key of this role (`Authorization: Bearer …`); the test makes one per role.
    role: NotRequired[Literal["partner", "curator"]]
    # Sent first, in order, each answered with a 2xx; `{id}` and `{etag}` in `url` and in
    # header values stand for the `id` and the `ETag` of the last of their answers that had
    # one.
    before: NotRequired[list["ExampleRequest"]]
    # It changes data: it runs on a fresh copy of the seeded database (as does any request
    # with `before`), never on the one the other examples share.
    fresh: NotRequired[bool]
    # Sent over the caller's quota, set to one request per second for the recording.
    rate_limited: NotRequired[bool]


class StoredExample(TypedDict):
    name: str
    summary: str
    # None for an answer no request gives today (the current data has no such case, or it
    # takes a failing database): `note` says why, and the example shows the answer's shape.
    request: ExampleRequest | None
    note: NotRequired[str]
    status: int
    headers: dict[str, str]
    body: Any
    # The answer's media type when it is not JSON: `body` then says what the content holds
    # (the names of a zip's files).
    media_type: NotRequired[str]
    # A long answer: `body` keeps the first item of every list of objects only.
    excerpt: NotRequired[bool]


Catalogue = dict[str, list[StoredExample]]


def load_examples(path: Path = EXAMPLES_FILE) -> Catalogue:
    """Stored examples by operationId."""
    return cast(Catalogue, json.loads(path.read_text(encoding="utf-8")))


def save_examples(catalogue: Catalogue, path: Path = EXAMPLES_FILE) -> None:
    text = json.dumps(catalogue, indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def request_path(example: StoredExample) -> str | None:
    return urlsplit(example["request"]["url"]).path if example["request"] else None


def with_stand_ins(value: Any, ids: set[str]) -> Any:
    """The value with its times and the given ids replaced by the stand-ins."""
    if isinstance(value, dict):
        return {
            name: _time_stand_in(item)
            if name in TIME_FIELDS and isinstance(item, str)
            else STAND_IN_REQUEST_ID
            if name in REQUEST_ID_FIELDS and isinstance(item, str)
            else with_stand_ins(item, ids)
            for name, item in value.items()
        }
    if isinstance(value, list):
        return [with_stand_ins(item, ids) for item in value]
    if isinstance(value, str):
        for found in ids:
            value = value.replace(found, STAND_IN_ID)
    return value


def _time_stand_in(value: str) -> str:
    """The stand-in time, written as the value is (`Z` or `+00:00`); microseconds dropped."""
    return _TIME.sub(STAND_IN_TIME, value)


def excerpt(value: Any) -> Any:
    """The value with every list of objects cut to its first item."""
    if isinstance(value, dict):
        return {name: excerpt(item) for name, item in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(item, dict) for item in value):
            return [excerpt(value[0])]
        return [excerpt(item) for item in value]
    return value


def _described_request(request: ExampleRequest) -> str:
    text = f"`{request.get('method', 'GET')} {request['url']}`"
    conditions = []
    if "role" in request:
        conditions.append(f"a `{request['role']}` key")
    conditions += [f"`{name}: {value}`" for name, value in request.get("headers", {}).items()]
    if "json" in request:
        conditions.append("the body `" + json.dumps(request["json"], ensure_ascii=False) + "`")
    if "content" in request:
        conditions.append(f"the body `{request['content']}` in {request['encoding']}")
    if request.get("oversized"):
        conditions.append("a body one byte over the limit")
    if request.get("unloaded"):
        conditions.append("before any dataset is loaded")
    if request.get("rate_limited"):
        conditions.append("over the caller's quota (one request per second here)")
    return text + (" with " + ", ".join(conditions) if conditions else "")


def describe(example: StoredExample) -> str:
    """How to get this answer, in words a reader can replay."""
    request = example["request"]
    if request is None:
        return example.get("note", "The shape of this answer; not a recorded one.")
    text = "Answer to " + _described_request(request) + "."
    steps = request.get("before", [])
    if steps:
        earlier = "; then ".join(map(_described_request, steps))
        text = f"After {earlier}: " + text[0].lower() + text[1:]
        if any(mark in json.dumps(request) for mark in ("{id}", "{etag}")):
            text += " `{id}` and `{etag}` are the id and the ETag answered before."
    if example.get("excerpt"):
        text += " Each list of objects is cut to its first item here."
    if any(mark in json.dumps(example) for mark in (STAND_IN_TIME, STAND_IN_ID)):
        text += " Times and ids differ on every run; they are shown as fixed stand-ins."
    elif STAND_IN_REQUEST_ID in json.dumps(example["body"]):
        text += " The request id differs on every request; it is shown as a fixed stand-in."
    return text


def add_examples(operation: dict[str, Any], examples: list[StoredExample]) -> None:
    """The stored answers as the examples of their responses, and their request bodies.

    An answer without a body (204), or with one that is not JSON (a zip), is replayed by
    the test but not shown: an OpenAPI example cannot hold it. Only the bodies of requests
    that succeeded are shown as the request's examples: a refused one may break the schema
    on purpose, and its answer's description shows it.
    """
    for example in examples:
        response = operation["responses"].get(str(example["status"]))
        content = (response or {}).get("content", {})
        media_type = example.get("media_type")
        if response is None or (example["body"] is not None and media_type not in (None, *content)):
            raise ValueError(
                f"{operation['operationId']}: example {example['name']!r} answers "
                f"{example['status']}, which the operation does not document with that body"
            )
        if content and media_type is None:
            media = next(iter(content.values()))
            media.setdefault("examples", {})[example["name"]] = {
                "summary": example["summary"],
                "description": describe(example),
                "value": example["body"],
            }
        request = example["request"]
        if request is None or "json" not in request or "requestBody" not in operation:
            continue
        if example["status"] >= 300:
            continue
        bodies = operation["requestBody"]["content"]
        shown = next(iter(bodies.values())).setdefault("examples", {})
        if all(other["value"] != request["json"] for other in shown.values()):
            shown[example["name"]] = {"summary": example["summary"], "value": request["json"]}
