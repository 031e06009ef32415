"""Real answers of the API, kept in openapi_examples.json, shown as OpenAPI examples.

Examples built from each field's own example contradict themselves (a code from one point,
a name from another); stored answers cannot. tests/test_openapi_examples.py sends every
stored request to the seeded API and checks that the answer is still the stored one.
"""

import json
from pathlib import Path
from typing import Any, NotRequired, TypedDict, cast
from urllib.parse import urlsplit

EXAMPLES_FILE = Path(__file__).with_name("openapi_examples.json")
# The response headers the document declares; the others are not part of the contract.
RECORDED_HEADERS = ("Cache-Control", "ETag", "Retry-After", "Vary")


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


Catalogue = dict[str, list[StoredExample]]


def load_examples(path: Path = EXAMPLES_FILE) -> Catalogue:
    """Stored examples by operationId."""
    return cast(Catalogue, json.loads(path.read_text(encoding="utf-8")))


def save_examples(catalogue: Catalogue, path: Path = EXAMPLES_FILE) -> None:
    text = json.dumps(catalogue, indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def request_path(example: StoredExample) -> str | None:
    return urlsplit(example["request"]["url"]).path if example["request"] else None


def describe(example: StoredExample) -> str:
    """How to get this answer, in words a reader can replay."""
    request = example["request"]
    if request is None:
        return example.get("note", "The shape of this answer; not a recorded one.")
    text = f"`{request.get('method', 'GET')} {request['url']}`"
    conditions = [f"`{name}: {value}`" for name, value in request.get("headers", {}).items()]
    if "json" in request:
        conditions.append("the body `" + json.dumps(request["json"], ensure_ascii=False) + "`")
    if "content" in request:
        conditions.append(f"the body `{request['content']}` in {request['encoding']}")
    if request.get("oversized"):
        conditions.append("a body one byte over the limit")
    if request.get("unloaded"):
        conditions.append("before any dataset is loaded")
    return "Answer to " + text + (" with " + ", ".join(conditions) if conditions else "") + "."


def add_examples(operation: dict[str, Any], examples: list[StoredExample]) -> None:
    """The stored answers as the examples of their responses, and their request bodies."""
    for example in examples:
        response = operation["responses"].get(str(example["status"]))
        if response is None or "content" not in response:
            raise ValueError(
                f"{operation['operationId']}: example {example['name']!r} answers "
                f"{example['status']}, which the operation does not document with a body"
            )
        media = next(iter(response["content"].values()))
        media.setdefault("examples", {})[example["name"]] = {
            "summary": example["summary"],
            "description": describe(example),
            "value": example["body"],
        }
        request = example["request"]
        if request is None or "json" not in request or "requestBody" not in operation:
            continue
        shown = operation["requestBody"]["content"]["application/json"].setdefault("examples", {})
        if all(other["value"] != request["json"] for other in shown.values()):
            shown[example["name"]] = {"summary": example["summary"], "value": request["json"]}
