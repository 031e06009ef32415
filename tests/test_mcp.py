"""The MCP server, spoken to by the SDK's own client: over streamable HTTP at /mcp of a
running `python -m app serve`, and over stdio (`python -m app mcp`).

Each tool answers what the REST API answers for the same question, the notice and the
sources included; what the API refuses is a tool error with the problem's detail and hint.
"""

import asyncio
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import httpx2
import pytest
from fastapi.testclient import TestClient
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp_types import CallToolResult, TextContent, Tool

from app.core.settings import PROJECT_ROOT
from app.main import create_app
from tests.live_server import LiveServer, live_server
from tests.support import settings_for

READ_TOOLS = {
    "lookup_point",
    "find_points",
    "safety_check",
    "list_routines",
    "get_routine",
    "search",
}
ROOMY_QUOTA = {"ACUPOINT_RATE_LIMIT_ANONYMOUS": "100000/minute"}


@pytest.fixture(scope="module")
def server(seeded_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    log = tmp_path_factory.mktemp("mcp") / "server.log"
    with live_server(seeded_database, log, ROOMY_QUOTA) as running:
        yield running


def mcp_url(server: LiveServer) -> str:
    return f"{server.base_url}/mcp"


def call(
    server: LiveServer, tool: str, arguments: dict[str, Any], mode: str = "auto"
) -> CallToolResult:
    async def go() -> CallToolResult:
        async with Client(mcp_url(server), mode=mode) as client:
            return await client.call_tool(tool, arguments)

    return asyncio.run(go())


def answer(result: CallToolResult) -> dict[str, Any]:
    """The structured answer, after checking that the text says the same."""
    assert not result.is_error, result.content
    assert result.structured_content is not None
    structured: dict[str, Any] = result.structured_content
    assert json.loads(text(result)) == structured
    return structured


def text(result: CallToolResult) -> str:
    [content] = result.content
    assert isinstance(content, TextContent)
    return content.text


def problem(result: CallToolResult) -> dict[str, Any]:
    assert result.is_error
    body: dict[str, Any] = json.loads(text(result))
    return body


def rest(server: LiveServer, path: str, **kwargs: Any) -> Any:
    method = "POST" if "json" in kwargs else "GET"
    response = httpx.request(method, server.base_url + path, timeout=10, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()


def list_tools(server: LiveServer) -> list[Tool]:
    async def go() -> list[Tool]:
        async with Client(mcp_url(server)) as client:
            return (await client.list_tools()).tools

    return asyncio.run(go())


def test_it_offers_only_read_only_tools_and_nothing_else(server: LiveServer) -> None:
    async def offered() -> tuple[list[Tool], int, int, str | None]:
        async with Client(mcp_url(server)) as client:
            tools = (await client.list_tools()).tools
            resources = len((await client.list_resources()).resources)
            prompts = len((await client.list_prompts()).prompts)
            return tools, resources, prompts, client.instructions

    tools, resources, prompts, instructions = asyncio.run(offered())

    assert {tool.name for tool in tools} == READ_TOOLS
    assert (resources, prompts) == (0, 0)
    assert instructions is not None
    assert "show the notice" in instructions
    for tool in tools:
        assert tool.annotations is not None
        assert tool.annotations.read_only_hint is True, tool.name
        assert tool.annotations.destructive_hint is False, tool.name
        assert tool.annotations.idempotent_hint is True, tool.name
        assert tool.description, tool.name
        assert tool.title, tool.name
        assert tool.output_schema is not None, tool.name
    outputs = {tool.name: tool.output_schema or {} for tool in tools}
    for name, schema in outputs.items():
        assert {"notice", "sources"} <= set(schema["properties"]), name


def test_the_input_schemas_have_the_api_limits(server: LiveServer) -> None:
    schemas = {tool.name: tool.input_schema for tool in list_tools(server)}

    identifier = schemas["lookup_point"]["properties"]["identifier"]
    assert (identifier["minLength"], identifier["maxLength"]) == (1, 200)
    assert schemas["lookup_point"]["required"] == ["identifier"]
    symptoms = schemas["find_points"]["properties"]["symptoms"]
    assert (symptoms["minItems"], symptoms["maxItems"]) == (1, 10)
    assert symptoms["items"]["maxLength"] == 200
    assert schemas["find_points"]["properties"]["limit"]["maximum"] == 100
    assert schemas["find_points"]["required"] == ["symptoms"]
    assert schemas["safety_check"]["properties"]["points"]["maxItems"] == 50
    assert schemas["search"]["properties"]["limit"]["maximum"] == 50
    assert schemas["get_routine"]["required"] == ["slug"]


def test_lookup_point_by_any_identifier_answers_the_rest_answer(server: LiveServer) -> None:
    point = answer(call(server, "lookup_point", {"identifier": "Zusanli"}))

    assert point["code"] == "ST36"
    assert point["notice"]
    assert point["sources"]
    assert point == rest(server, "/v1/points/ST36")
    assert answer(call(server, "lookup_point", {"identifier": "足三里穴"}))["code"] == "ST36"
    assert answer(call(server, "lookup_point", {"identifier": "UB-40"}))["code"] == "BL40"


def test_an_unknown_point_is_a_tool_error_with_suggestions(server: LiveServer) -> None:
    unknown = problem(call(server, "lookup_point", {"identifier": "Weizhonk"}))

    assert unknown["status"] == 404
    assert unknown["detail"] == "No point is known as 'Weizhonk'."
    assert unknown["hint"].startswith("Did you mean BL-40")
    assert unknown["suggestions"][0]["code"] == "BL40"


def test_an_ambiguous_point_is_a_tool_error_with_the_candidates(server: LiveServer) -> None:
    ambiguous = problem(call(server, "lookup_point", {"identifier": "P6"}))

    assert ambiguous["status"] == 300
    assert {candidate["code"] for candidate in ambiguous["candidates"]} == {"LU6", "PC6"}


def test_find_points_for_a_pregnant_person_leaves_out_what_to_avoid(server: LiveServer) -> None:
    found = answer(call(server, "find_points", {"symptoms": ["lower back pain"], "pregnant": True}))
    anyone = answer(call(server, "find_points", {"symptoms": ["lower back pain"]}))

    assert found == rest(
        server, "/v1/points", params=[("symptom", "lower back pain"), ("pregnant", "true")]
    )
    kept = [item["point"]["code"] for item in found["items"]]
    excluded = {point["code"]: point["safety"] for point in found["excluded"]}
    assert "BL23" in excluded
    assert excluded["BL23"]["status"] == "avoid"
    assert "BL23" not in kept
    assert "BL23" in [item["point"]["code"] for item in anyone["items"]]
    assert all(item["safety"]["status"] != "avoid" for item in found["items"])
    assert found["notice"]
    assert found["sources"]


def test_find_points_flags_instead_when_asked(server: LiveServer) -> None:
    flagged = answer(
        call(
            server,
            "find_points",
            {"symptoms": ["lower back pain"], "pregnant": True, "unsafe": "flag"},
        )
    )

    verdicts = {item["point"]["code"]: item["safety"]["status"] for item in flagged["items"]}
    assert verdicts["BL23"] == "avoid"
    assert flagged["excluded"] == []


def test_find_points_refuses_what_the_api_refuses(server: LiveServer) -> None:
    nonsense = problem(call(server, "find_points", {"symptoms": ["qwxzv"]}))
    too_many = call(server, "find_points", {"symptoms": ["back pain"], "limit": 500})

    assert nonsense["status"] == 422
    assert nonsense["errors"][0]["location"] == "query.symptom[0]"
    assert too_many.is_error
    assert "limit" in text(too_many)


def test_safety_check_answers_the_rest_answer(server: LiveServer) -> None:
    request = {
        "points": ["BL23", "Zusanli", "委中"],
        "context": {"pregnant": True, "skin_issue_regions": ["knee"]},
    }

    checked = answer(call(server, "safety_check", request))

    assert checked == rest(server, "/v1/safety-check", json=request)
    assert checked["status"] == "avoid"
    verdicts = {result["code"]: result["status"] for result in checked["results"]}
    assert verdicts == {"BL23": "avoid", "ST36": "ok", "BL40": "avoid"}
    assert checked["notice"]
    assert checked["sources"]


def test_safety_check_of_an_unknown_point_is_a_tool_error(server: LiveServer) -> None:
    refused = problem(call(server, "safety_check", {"points": ["ST36", "XY99"]}))

    assert refused["status"] == 422
    assert refused["errors"][0]["location"] == "body.points[1]"


def test_routines_answer_the_rest_answers(server: LiveServer) -> None:
    listed = answer(call(server, "list_routines", {}))
    slug = listed["items"][0]["slug"]

    routine = answer(call(server, "get_routine", {"slug": slug}))

    assert listed["items"] == rest(server, "/v1/routines")["items"]
    assert listed["notice"]
    assert listed["sources"]
    assert routine == rest(server, f"/v1/routines/{slug}")
    assert routine["steps"]
    assert routine["notice"]


def test_an_unknown_routine_is_a_tool_error(server: LiveServer) -> None:
    unknown = problem(call(server, "get_routine", {"slug": "levitation"}))

    assert unknown["status"] == 404
    assert unknown["hint"]


def test_search_answers_the_rest_hits_with_notice_and_sources(server: LiveServer) -> None:
    found = answer(call(server, "search", {"q": "zusanly"}))
    conditions = answer(call(server, "search", {"q": "lumbago", "kind": ["condition"]}))

    assert found["items"][0]["id"] == "ST36"
    assert found["items"] == rest(server, "/v1/search", params={"q": "zusanly"})["items"]
    assert found["notice"]
    assert found["sources"]
    assert {hit["kind"] for hit in conditions["items"]} == {"condition"}
    assert conditions["items"][0]["id"] == "lower-back-pain"
    assert conditions["sources"]


def test_clients_of_the_handshake_era_are_served_too(server: LiveServer) -> None:
    point = answer(call(server, "lookup_point", {"identifier": "ST-36"}, mode="legacy"))

    assert point["code"] == "ST36"


def test_mcp_is_not_in_the_openapi_document(server: LiveServer) -> None:
    paths = rest(server, "/openapi.json")["paths"]

    assert not [path for path in paths if path.startswith("/mcp")]


def test_a_foreign_host_is_refused_against_dns_rebinding(server: LiveServer) -> None:
    response = httpx.post(
        mcp_url(server),
        headers={"Host": "attacker.example", "Accept": "application/json, text/event-stream"},
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        timeout=10,
    )

    assert response.status_code == 421


def test_a_key_that_is_not_valid_is_refused(server: LiveServer) -> None:
    response = httpx.post(
        mcp_url(server),
        headers={"Authorization": "Bearer akb_nonsense"},
        json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"},
        timeout=10,
    )

    assert response.status_code == 401


def test_mcp_counts_against_the_api_quota(seeded_database: str, tmp_path: Path) -> None:
    statuses: list[int] = []

    async def record(response: httpx2.Response) -> None:
        statuses.append(response.status_code)

    async def call_until_refused(url: str) -> MCPError:
        http = httpx2.AsyncClient(event_hooks={"response": [record]})
        async with http, Client(streamable_http_client(url, http_client=http)) as client:
            for _ in range(10):
                try:
                    await client.call_tool("lookup_point", {"identifier": "ST36"})
                except MCPError as refused:
                    return refused
        raise AssertionError(f"never refused: {statuses}")

    quota = {"ACUPOINT_RATE_LIMIT_ANONYMOUS": "4/hour"}
    with live_server(seeded_database, tmp_path / "server.log", quota) as small:
        asyncio.run(call_until_refused(mcp_url(small)))
        refused_rest = httpx.get(f"{small.base_url}/v1/points/ST36", timeout=10)
        refused_raw = httpx.post(
            mcp_url(small), json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"}, timeout=10
        )

    assert statuses[-1] == 429
    assert refused_rest.status_code == 429
    assert refused_raw.status_code == 429
    assert int(refused_raw.headers["Retry-After"]) > 0
    assert refused_raw.json()["type"] == "urn:acupoint-kb:problem:rate-limited"


def test_two_workers_serve_it_without_sessions(seeded_database: str, tmp_path: Path) -> None:
    async def several_calls(url: str, mode: str) -> list[str]:
        async with Client(url, mode=mode) as client:
            codes = []
            for identifier in ("Zusanli", "UB-40", "Shenshu", "Hegu"):
                result = await client.call_tool("lookup_point", {"identifier": identifier})
                codes.append(answer(result)["code"])
            return codes

    with live_server(seeded_database, tmp_path / "server.log", ROOMY_QUOTA, workers=2) as pair:
        for mode in ("auto", "legacy"):
            codes = asyncio.run(several_calls(mcp_url(pair), mode))
            assert codes == ["ST36", "BL40", "BL23", "LI4"]


def over_stdio(database_url: str) -> StdioServerParameters:
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "app", "mcp"],
        env={**os.environ, "ACUPOINT_DATABASE_URL": database_url},
        cwd=PROJECT_ROOT,
    )


def test_stdio_serves_the_same_tools(seeded_database: str) -> None:
    parameters = over_stdio(seeded_database)

    async def calls() -> tuple[set[str], CallToolResult, CallToolResult]:
        async with Client(parameters) as client:
            tools = {tool.name for tool in (await client.list_tools()).tools}
            found = await client.call_tool("lookup_point", {"identifier": "Zusanli"})
            unknown = await client.call_tool("lookup_point", {"identifier": "Weizhonk"})
            return tools, found, unknown

    tools, found, unknown = asyncio.run(calls())

    assert tools == READ_TOOLS
    point = answer(found)
    assert point["code"] == "ST36"
    assert point["notice"]
    assert problem(unknown)["status"] == 404


def test_without_a_dataset_the_tools_say_so(empty_database: str) -> None:
    async def look_up() -> CallToolResult:
        async with Client(over_stdio(empty_database)) as client:
            return await client.call_tool("lookup_point", {"identifier": "ST36"})

    not_ready = problem(asyncio.run(look_up()))

    assert not_ready["status"] == 503
    assert "make seed" in not_ready["hint"]


def test_outside_the_app_lifespan_mcp_answers_503_problem(seeded_database: str) -> None:
    app = create_app(settings_for(seeded_database))
    client = TestClient(app)  # no lifespan: not running, and nothing closes its engine
    try:
        answer = client.post("/mcp", json={}, headers={"Host": "127.0.0.1:8000"})
    finally:
        app.state.engine.dispose()
    assert answer.status_code == 503
    assert answer.headers["content-type"] == "application/problem+json"
    assert answer.headers["retry-after"] == "5"
    assert answer.json()["type"].endswith("service-unavailable")
