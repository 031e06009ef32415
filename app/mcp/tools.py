"""The MCP tools: each asks a service of the read model current at the call, and answers
with the REST API's schema, as structured content and as the same JSON in text.

A problem the API would answer with 300, 404, 422 or 503 becomes a tool error (`isError`)
whose text is the problem's JSON: what went wrong, a hint, and suggestions where we have
them. No tool writes anything.
"""

import json
from collections.abc import Callable, Iterable
from functools import cache
from typing import Annotated, Any
from urllib.parse import urlencode

from mcp.server.mcpserver import Context
from mcp.server.mcpserver.tools import Tool
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, Field, StringConstraints
from starlette.datastructures import URL

from app.core.errors import ApiProblem, problem_body
from app.core.http_cache import CachedBody
from app.core.limits import (
    DEFAULT_PAGE_SIZE,
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_POINTS_PER_SAFETY_CHECK,
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    MAX_REPEATED_PARAMETER,
)
from app.mcp.schemas import CitedSearchResult, RoutineList
from app.readmodel.holder import SnapshotHolder
from app.readmodel.snapshot import Snapshot
from app.schemas.free_text import FreeText
from app.schemas.points import PointDetail, PointList, PointListQuery, Slug, UnsafePolicy
from app.schemas.routines import RoutineDetail
from app.schemas.safety import PersonContext, SafetyCheckRequest, SafetyCheckResult
from app.schemas.search import HitKind
from app.services.lookup import find_key, find_point
from app.services.points import list_points
from app.services.safety import check_safety
from app.services.search import search

READ_ONLY = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)

Identifier = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_QUERY_LENGTH),
    Field(
        description="Any identifier of a point: code in any format (ST36, ST-36, St 36, "
        "UB-40, Stomach 36), pinyin with or without tones (Zusanli, Zú sān lǐ), hanzi "
        "(足三里) or an English name (Leg Three Miles)."
    ),
]

NOT_READY = ApiProblem(
    503,
    "not-ready",
    "Service not ready",
    "The knowledge base is not loaded yet.",
    hint="Retry shortly; an operator may need to run the seed (`make seed`).",
)


def text_of(problem: ApiProblem) -> str:
    body = problem_body(
        None,
        problem.status,
        problem.kind,
        problem.title,
        problem.detail,
        hint=problem.hint,
        **problem.extra,
    )
    body.pop("request_id", None)  # the request id of an HTTP request, not of this tool call
    return json.dumps(body, ensure_ascii=False)


def refusal(problem: ApiProblem) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=text_of(problem))], is_error=True)


def result_of(answer: BaseModel | CachedBody) -> CallToolResult:
    text = answer.content.decode() if isinstance(answer, CachedBody) else answer.model_dump_json()
    return CallToolResult(
        content=[TextContent(type="text", text=text)], structured_content=json.loads(text)
    )


Question = Callable[[Snapshot], BaseModel | CachedBody]


HolderContext = Context[SnapshotHolder, Any]
"""What a tool is given to reach the read model: the server's lifespan yields its holder."""


def answer(ctx: HolderContext, question: Question) -> CallToolResult:
    """Runs a question on the current read model; a problem becomes a tool error."""
    holder = ctx.request_context.lifespan_context
    if not holder.ready:
        return refusal(NOT_READY)
    try:
        return result_of(question(holder.current))
    except ApiProblem as problem:
        return refusal(problem)


def point_list(
    snapshot: Snapshot,
    symptoms: list[str],
    pregnant: bool,
    skin_issue_regions: list[str],
    pain_persists: bool,
    unsafe: UnsafePolicy,
    limit: int,
    offset: int,
) -> PointList:
    """The answer of GET /v1/points for the same question, its page links included."""
    query = PointListQuery(
        symptom=symptoms,
        pregnant=pregnant,
        skin_issue_region=skin_issue_regions,
        pain_persists=pain_persists,
        unsafe=unsafe,
        limit=limit,
        offset=offset,
    )
    pairs = [("symptom", symptom) for symptom in symptoms]
    pairs += [("pregnant", "true")] if pregnant else []
    pairs += [("skin_issue_region", region) for region in skin_issue_regions]
    pairs += [("pain_persists", "true")] if pain_persists else []
    pairs += [("unsafe", unsafe.value)] if unsafe is not UnsafePolicy.EXCLUDE else []
    pairs += [("limit", str(limit))] if limit != DEFAULT_PAGE_SIZE else []
    pairs += [("offset", str(offset))] if offset else []
    return list_points(snapshot, query, URL("/v1/points?" + urlencode(pairs)))


def cited_search(
    snapshot: Snapshot, q: str, kinds: Iterable[HitKind], limit: int
) -> CitedSearchResult:
    found = search(snapshot, q, set(kinds) or set(HitKind), limit)
    cited: set[str] = set()
    for hit in found.items:
        if hit.kind is HitKind.POINT:
            cited |= {source.slug for source in snapshot.points.details[hit.id].sources}
        elif hit.kind is HitKind.CONDITION and hit.id in snapshot.conditions.bodies:
            condition = json.loads(snapshot.conditions.bodies[hit.id].content)
            cited |= {source["slug"] for source in condition["sources"]}
    return CitedSearchResult(
        **found.model_dump(), notice=snapshot.notice, sources=snapshot.sources.of(cited)
    )


def routine_list(snapshot: Snapshot) -> RoutineList:
    summaries = snapshot.routines.summaries
    return RoutineList(
        items=summaries,
        notice=snapshot.notice,
        sources=snapshot.sources.of(summary.source for summary in summaries),
    )


def routine_body(snapshot: Snapshot, slug: str) -> CachedBody:
    views = snapshot.routines
    example = "back-pain-after-exercise"
    key = find_key(views.index, slug, kind="routine", noun="routine", example=example)
    return views.bodies[key]


async def lookup_point(
    ctx: HolderContext, identifier: Identifier
) -> Annotated[CallToolResult, PointDetail]:
    return answer(ctx, lambda snapshot: snapshot.points.bodies[find_point(snapshot, identifier)])


async def find_points(
    ctx: HolderContext,
    symptoms: Annotated[
        list[FreeText],
        Field(
            min_length=1,
            max_length=MAX_REPEATED_PARAMETER,
            description=f"What the person feels, in everyday words (each at most "
            f"{MAX_QUERY_WORDS} words): 'lower back pain', 'sore calves after running', "
            "'DOMS', 'can't sleep'. Points that help with more of them rank first.",
        ),
    ],
    pregnant: Annotated[bool, Field(description="The person is pregnant.")] = False,
    skin_issue_regions: Annotated[
        list[Slug],
        Field(
            max_length=MAX_REPEATED_PARAMETER,
            description="Body regions with an open wound, bruise or skin condition "
            "(region slugs or names: 'knee', 'lower-back').",
        ),
    ] = [],  # noqa: B006 - a default the SDK copies into the schema, never mutated
    pain_persists: Annotated[
        bool, Field(description="The pain persists or is getting worse.")
    ] = False,
    unsafe: Annotated[
        UnsafePolicy,
        Field(
            description="'exclude' leaves out the points to avoid for this person (listed "
            "in `excluded` with the reason); 'flag' keeps them with their verdict."
        ),
    ] = UnsafePolicy.EXCLUDE,
    limit: Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE, description="Most points.")] = (
        DEFAULT_PAGE_SIZE
    ),
    offset: Annotated[int, Field(ge=0, le=MAX_OFFSET, description="Points to skip.")] = 0,
) -> Annotated[CallToolResult, PointList]:
    return answer(
        ctx,
        lambda snapshot: point_list(
            snapshot,
            symptoms,
            pregnant,
            skin_issue_regions,
            pain_persists,
            unsafe,
            limit,
            offset,
        ),
    )


async def safety_check(
    ctx: HolderContext,
    points: Annotated[
        list[Identifier],
        Field(
            min_length=1,
            max_length=MAX_POINTS_PER_SAFETY_CHECK,
            description="The points to check, by any identifier.",
        ),
    ],
    context: Annotated[
        PersonContext, Field(description="The person's situation.")
    ] = PersonContext(),  # noqa: B008 - immutable in use; the schema shows it
) -> Annotated[CallToolResult, SafetyCheckResult]:
    request = SafetyCheckRequest(points=points, context=context)
    return answer(ctx, lambda snapshot: check_safety(snapshot, request))


async def list_routines(ctx: HolderContext) -> Annotated[CallToolResult, RoutineList]:
    return answer(ctx, routine_list)


async def get_routine(
    ctx: HolderContext,
    slug: Annotated[
        str,
        StringConstraints(min_length=1, max_length=MAX_QUERY_LENGTH),
        Field(description="Slug or title of the routine (see list_routines)."),
    ],
) -> Annotated[CallToolResult, RoutineDetail]:
    return answer(ctx, lambda snapshot: routine_body(snapshot, slug))


async def search_knowledge_base(
    ctx: HolderContext,
    q: Annotated[
        FreeText,
        Field(
            description=f"What to look for (at most {MAX_QUERY_WORDS} words): a code, a "
            "name in any script, a symptom or a body region; typos are tolerated."
        ),
    ],
    kind: Annotated[
        list[HitKind],
        Field(
            max_length=MAX_REPEATED_PARAMETER,
            description="Only these kinds of hit; every kind when empty.",
        ),
    ] = [],  # noqa: B006 - a default the SDK copies into the schema, never mutated
    limit: Annotated[int, Field(ge=1, le=50, description="Most hits.")] = 10,
) -> Annotated[CallToolResult, CitedSearchResult]:
    return answer(ctx, lambda snapshot: cited_search(snapshot, q, kind, limit))


@cache
def read_only_tools() -> list[Tool]:
    """Built once per process: the schemas cost more than the rest of an app's start."""
    return [
        Tool.from_function(
            tool, name=name, title=title, description=description, annotations=READ_ONLY
        )
        for tool, name, title, description in (
            (lookup_point, "lookup_point", "Look up a point", LOOKUP_POINT),
            (find_points, "find_points", "Find points for symptoms", FIND_POINTS),
            (safety_check, "safety_check", "Check points against a person's situation", SAFETY),
            (list_routines, "list_routines", "List the routines", LIST_ROUTINES),
            (get_routine, "get_routine", "Get a routine", GET_ROUTINE),
            (search_knowledge_base, "search", "Search points, conditions and regions", SEARCH),
        )
    ]


LOOKUP_POINT = (
    "Everything the knowledge base holds about one acupressure point, found by any of its "
    "identifiers: names in every script, how to find it (lay and anatomical), how to press it "
    "and for how long, what sources say it helps with (and on what evidence), its cautions, "
    "and the sources of each fact. An unknown identifier is an error with close suggestions; "
    "one that may mean several points is an error listing the candidates."
)
FIND_POINTS = (
    "The points sources say help with the given symptoms, best first, with how to press each. "
    "Give the person's situation (pregnancy, skin problems and where, pain that persists or "
    "worsens): points to avoid are then left out and listed in `excluded` with the reason, "
    "or kept with their verdict when unsafe='flag'. `understood_as` says how each symptom "
    "was read. Symptoms the knowledge base does not cover are an error with close wording."
)
SAFETY = (
    "For points given by any identifier and a person's situation, says per point 'ok', "
    "'caution' or 'avoid', with each reason and its source, and what to do instead. Check "
    "before suggesting points to someone who is pregnant, has a skin problem near a point, "
    "or has pain that persists or worsens (then the advice is to see a professional)."
)
LIST_ROUTINES = (
    "Every routine (ordered points for one purpose, such as recovery after exercise) with "
    "its condition, number of steps and total time."
)
GET_ROUTINE = (
    "One routine's steps in order: the point, how to press it and for how long, the total "
    "time, the cautions for its points, and the sources."
)
SEARCH = (
    "One search across points, conditions (symptoms) and body regions, typo tolerant and "
    "script aware. Use it when unsure what something is called; then call lookup_point or "
    "find_points with what it found."
)
