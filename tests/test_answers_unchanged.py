"""A sample of the API's answers, byte for byte, held against a recorded copy.

A refactoring must not change what clients receive. When an answer is meant to change,
record the sample again with ``ACUPOINT_RECORD_ANSWERS=1 make test
PYTEST_ARGS=tests/test_answers_unchanged.py`` and review the diff of
``tests/answers.json`` like any other change.
"""

import json
import os
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

RECORDED = Path(__file__).with_name("answers.json")
RECORD = os.environ.get("ACUPOINT_RECORD_ANSWERS") == "1"
KEPT_HEADERS = (
    "content-type",
    "etag",
    "cache-control",
    "vary",
    "content-encoding",
    "allow",
    "x-request-id",
)
# Sent with every request, so that the id the answers echo (and problems hold) is fixed.
REQUEST_ID = "answers-unchanged"

SAMPLE: list[dict[str, Any]] = [
    {"path": "/v1/points/ST36"},
    {"path": "/v1/points/UB-40"},
    {"path": "/v1/points/%E5%A7%94%E4%B8%AD"},
    {"path": "/v1/points/Leg%20Three%20Miles"},
    {"path": "/v1/points/GB41"},
    {"path": "/v1/points/ST41"},
    {"path": "/v1/points/LU1"},
    {"path": "/v1/points/EX-HN3"},
    {"path": "/v1/points/Weizhonk"},
    {"path": "/v1/points/P6"},
    {"path": "/v1/points/Futu"},
    {"path": "/v1/points"},
    {"path": "/v1/points?limit=5&offset=300"},
    {"path": "/v1/points?symptom=lower%20back%20pain"},
    {"path": "/v1/points?symptom=lower%20back%20pain&pregnant=true"},
    {"path": "/v1/points?symptom=lower%20back%20pain&pregnant=true&unsafe=flag"},
    {"path": "/v1/points?symptom=sore%20calfs&symptom=DOMS"},
    {"path": "/v1/points?symptom=back%20pain%20after%20the%20gym&skin_issue_region=knee"},
    {"path": "/v1/points?symptom=qwxzv"},
    {"path": "/v1/points?condition=lumbago&pain_persists=true"},
    {"path": "/v1/points?region=lower-limb&sort=code"},
    {"path": "/v1/points?region=legg"},
    {"path": "/v1/points?meridian=UB&limit=3"},
    {"path": "/v1/points?meridian=XX"},
    {"path": "/v1/points?kind=extra&limit=2"},
    {"path": "/v1/points?q=knee%20crease"},
    {"path": "/v1/points?category=he-sea"},
    {"path": "/v1/points?symptom=qwxzv&limit=500"},
    {"path": "/v1/points?unknown=1"},
    {"path": "/v1/search?q=zusanly"},
    {"path": "/v1/search?q=zusanli"},
    {"path": "/v1/search?q=%E5%A7%94%E4%B8%AD"},
    {"path": "/v1/search?q=back&kind=condition"},
    {"path": "/v1/search?q=knee"},
    {"path": "/v1/search?q=xqzzy"},
    {"path": "/v1/conditions"},
    {"path": "/v1/conditions?sort=-point_count&limit=2&offset=1"},
    {"path": "/v1/conditions/lumbago"},
    {"path": "/v1/conditions/lower-back-pain"},
    {"path": "/v1/conditions/lower-bak-pain"},
    {"path": "/v1/regions"},
    {"path": "/v1/regions/lower-limb"},
    {"path": "/v1/regions/nowhere"},
    {"path": "/v1/meridians"},
    {"path": "/v1/meridians/UB"},
    {"path": "/v1/meridians/XX"},
    {"path": "/v1/routines"},
    {"path": "/v1/routines/post-exercise-muscle-recovery"},
    {"path": "/v1/routines/back-pain-after-exercise"},
    {"path": "/v1/contraindications"},
    {"path": "/v1/tips"},
    {"path": "/v1/sources"},
    {"path": "/v1/sources/who-wpro-2008"},
    {"path": "/v1/sources/nope"},
    {"path": "/v1/errata"},
    {"path": "/v1/points/ST36", "headers": {"Accept": "text/html"}},
    {"path": "/v1/points/ST36", "headers": {"Accept-Encoding": "gzip"}},
    {"path": "/v1/nothing-here"},
    {"path": "/healthz"},
    {"method": "PUT", "path": "/v1/points/ST36"},
    {
        "method": "POST",
        "path": "/v1/safety-check",
        "json": {
            "points": ["BL23", "Zusanli", "委中", "LI4"],
            "context": {
                "pregnant": True,
                "skin_issue_regions": ["knee"],
                "persistent_or_worsening_pain": False,
            },
        },
    },
    {
        "method": "POST",
        "path": "/v1/safety-check",
        "json": {"points": ["BL23"], "context": {"persistent_or_worsening_pain": True}},
    },
    {"method": "POST", "path": "/v1/safety-check", "json": {"points": ["NOPE99"]}},
    {"method": "POST", "path": "/v1/safety-check", "json": {"points": [], "extra": 1}},
    {
        "method": "POST",
        "path": "/v1/safety-check",
        "content": "points=BL23",
        "headers": {"Content-Type": "text/plain"},
    },
]


def _key(request: dict[str, Any]) -> str:
    headers = request.get("headers", {})
    return " ".join(
        [request.get("method", "GET"), request["path"], json.dumps(headers, sort_keys=True)]
        + ([json.dumps(request["json"], ensure_ascii=False)] if "json" in request else [])
        + ([request["content"]] if "content" in request else [])
    )


def _answer(client: TestClient, request: dict[str, Any]) -> dict[str, Any]:
    response = client.request(
        request.get("method", "GET"),
        request["path"],
        headers={"X-Request-ID": REQUEST_ID, **request.get("headers", {})},
        json=request.get("json"),
        content=request.get("content"),
    )
    return {
        "status": response.status_code,
        "headers": {h: response.headers[h] for h in KEPT_HEADERS if h in response.headers},
        "body": response.content.decode("utf-8", errors="replace"),
    }


def test_answers_match_the_recorded_sample(client: TestClient, engine_kind: str) -> None:
    answers = {_key(request): _answer(client, request) for request in SAMPLE}
    if RECORD and engine_kind == "sqlite":
        RECORDED.write_text(json.dumps(answers, ensure_ascii=False, indent=1) + "\n")
    if not RECORDED.exists():
        pytest.fail(f"{RECORDED.name} is missing: record it (see the module docstring)")
    recorded = json.loads(RECORDED.read_text())
    assert answers.keys() == recorded.keys()
    for key, answer in answers.items():
        assert answer == recorded[key], key
