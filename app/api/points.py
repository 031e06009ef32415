"""Point endpoints."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from app.core.dependencies import SettingsDep, SnapshotDep
from app.core.errors import ApiProblem, Suggestion, problem_responses
from app.core.http_cache import CachedBody, cached_json
from app.core.listing import identifier_path
from app.core.pagination import page_of
from app.points.query import PointListQuery, find_points
from app.points.resolver import Match
from app.points.schemas import ExcludedPoint, PointDetail, PointHit, PointList
from app.snapshot.build import Snapshot

router = APIRouter(prefix="/v1/points", tags=["points"])

REF_EXAMPLES = {
    "Canonical code": "BL40",
    "Hyphenated, other meridian code": "UB-40",
    "Pinyin, any tones or spacing": "Wei Zhong",
    "Hanzi": "委中",
    "English name": "Leg Three Miles",
}


def _suggestion(snapshot: Snapshot, match: Match) -> Suggestion:
    point = snapshot.points[match.code]
    return Suggestion(
        code=point.code,
        display_code=point.display_code,
        name=point.names.pinyin,
        matched=match.matched,
        score=match.score,
    )


@router.get(
    "/{ref}",
    summary="Get a point by any identifier",
    description=(
        "`ref` may be the canonical code (`ST36`), any common spelling of it (`ST-36`, "
        "`st 36`, `36.ST.`, `Stomach-36`, `UB-40`), pinyin with or without tones or "
        "spaces (`Zúsānlǐ`, `zu san li`), hanzi (`足三里`, `足三里穴`) or an English name. "
        "Answers everything we know about the point with the sources of each fact. An "
        "unknown `ref` gets 404 with close `suggestions`; one that may mean several points "
        "gets 300 with the `candidates`."
    ),
    response_model=None,
    responses={
        200: {"model": PointDetail, "description": "The point."},
        **problem_responses(300, 304, 404, 422, 503),
    },
)
async def get_point(
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    ref: Annotated[
        str,
        identifier_path("Any identifier of the point.", REF_EXAMPLES),
    ],
) -> Response:
    resolution = snapshot.resolver.resolve(ref)
    if resolution.code is not None:
        body = snapshot.bodies[f"point:{resolution.code}"]
        return cached_json(request, body, settings.cache_max_age_seconds)
    if resolution.candidates:
        candidates = [_suggestion(snapshot, match) for match in resolution.candidates]
        raise ApiProblem(
            300,
            "ambiguous-point",
            "Ambiguous point identifier",
            f"{ref!r} may mean {len(candidates)} points: "
            + ", ".join(c.display_code for c in candidates)
            + ".",
            hint="Ask again with one of the candidates' codes, or pinyin with tone marks.",
            candidates=candidates,
        )
    suggestions = [_suggestion(snapshot, match) for match in resolution.suggestions]
    raise ApiProblem(
        404,
        "point-not-found",
        "Point not found",
        f"No point is known as {ref!r}.",
        hint=(
            "Did you mean " + " or ".join(s.display_code for s in suggestions[:3]) + "?"
            if suggestions
            else "Use a code such as ST36, a pinyin name such as Zusanli, or hanzi."
        ),
        suggestions=suggestions,
    )


@router.get(
    "",
    summary="Find points by condition, symptom, region, meridian or text",
    description=(
        "Filters combine. `condition` takes a slug or any synonym; `symptom` takes free "
        "text (typo tolerant: `sore calfs`, `back pain after the gym`, `DOMS`) and reports "
        "how it was read in `understood_as`. With several conditions or symptoms, points "
        "that help with more of them rank first. `region` includes sub-regions. A person's "
        "situation (`pregnant`, `skin_issue_region`, `pain_persists`) leaves out the points "
        "to avoid (listed in `excluded` with the reason) or, with `unsafe=flag`, keeps them "
        "with their verdict. Unknown parameters are rejected."
    ),
    response_model=None,
    responses={
        200: {"model": PointList, "description": "Matching points, best first."},
        **problem_responses(304, 422, 503),
    },
)
async def list_points(
    request: Request,
    snapshot: SnapshotDep,
    settings: SettingsDep,
    query: Annotated[PointListQuery, Query()],
) -> Response:
    result = find_points(snapshot, query)
    page = result.ranked[query.offset : query.offset + query.limit]
    cited: set[str] = set()
    items = []
    for entry in page:
        cited |= {claim.source for claim in entry.helps_with}
        cited |= {technique.source for technique in entry.point.techniques}
        cited |= {reason.source for reason in (entry.safety.reasons if entry.safety else [])}
        items.append(
            PointHit(
                point=snapshot.summary(entry.point.code),
                score=entry.score,
                needs_met=entry.needs_met,
                helps_with=entry.helps_with,
                techniques=entry.point.techniques,
                safety=entry.safety,
            )
        )
    excluded = []
    for entry in result.excluded:
        assert entry.safety is not None
        cited |= {reason.source for reason in entry.safety.reasons}
        excluded.append(
            ExcludedPoint(
                code=entry.point.code,
                display_code=entry.point.display_code,
                safety=entry.safety,
            )
        )
    envelope = page_of(items, len(result.ranked), query.limit, query.offset, request.url)
    body = PointList(
        items=items,
        total=envelope.total,
        limit=envelope.limit,
        offset=envelope.offset,
        links=envelope.links,
        understood_as=result.needs,
        excluded=excluded,
        notice=snapshot.notice,
        sources=[snapshot.sources[slug] for slug in sorted(cited)],
    )
    return cached_json(request, CachedBody.of(body), settings.cache_max_age_seconds)
