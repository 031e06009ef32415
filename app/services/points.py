"""GET /v1/points: filters that combine, symptom matching, ranking and safety context."""

from dataclasses import dataclass

from starlette.datastructures import URL

from app.core.errors import ApiProblem, FieldProblem, invalid_request
from app.models.conditions import Evidence
from app.readmodel.snapshot import Snapshot
from app.schemas.common import page_of
from app.schemas.points import (
    ConditionClaim,
    ExcludedPoint,
    NeedMatch,
    PointDetail,
    PointHit,
    PointList,
    PointListQuery,
    PointSort,
    UnsafePolicy,
)
from app.schemas.safety import PointSafety, SafetyStatus
from app.services.safety import assess
from app.text.symptoms import ConditionMatch

RELEVANCE_WEIGHT = {1: 1.0, 2: 0.7, 3: 0.4}
TEXT_MATCH_THRESHOLD = 75.0


@dataclass(frozen=True, slots=True)
class Need:
    """One `condition` or `symptom` value, and the conditions it was read as, best first."""

    given: str
    parameter: str
    matches: tuple[ConditionMatch, ...]


@dataclass(slots=True)
class RankedPoint:
    point: PointDetail
    score: float
    needs_met: int
    helps_with: list[ConditionClaim]
    safety: PointSafety | None


@dataclass(slots=True)
class PointSearchResult:
    ranked: list[RankedPoint]
    excluded: list[RankedPoint]
    needs: list[Need]


def list_points(snapshot: Snapshot, query: PointListQuery, url: URL) -> PointList:
    """One page of the points that match, with how the needs were read and the sources."""
    result = find_points(snapshot, query)
    page = result.ranked[query.offset : query.offset + query.limit]
    cited: set[str] = set()
    items = []
    for entry in page:
        cited |= {slug for claim in entry.helps_with for slug in claim.cited()}
        cited |= {technique.source for technique in entry.point.techniques}
        cited |= {s for r in (entry.safety.reasons if entry.safety else []) for s in r.cited()}
        items.append(
            PointHit(
                point=snapshot.points.summaries[entry.point.code],
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
        cited |= {slug for reason in entry.safety.reasons for slug in reason.cited()}
        excluded.append(
            ExcludedPoint(
                code=entry.point.code, display_code=entry.point.display_code, safety=entry.safety
            )
        )
    envelope = page_of(items, len(result.ranked), query.limit, query.offset, url)
    return PointList(
        items=items,
        total=envelope.total,
        limit=envelope.limit,
        offset=envelope.offset,
        links=envelope.links,
        understood_as=[_need_out(need) for need in result.needs],
        excluded=excluded,
        notice=snapshot.notice,
        sources=[snapshot.sources.by_slug[slug] for slug in sorted(cited)],
    )


def _need_out(need: Need) -> NeedMatch:
    return NeedMatch(
        given=need.given,
        parameter=need.parameter,
        conditions=[m.slug for m in need.matches],
        scores=[m.score for m in need.matches],
        matched=[m.matched for m in need.matches],
    )


def _invalid(location: str, message: str, hint: str) -> ApiProblem:
    return invalid_request(
        f"{location}: {message}", [FieldProblem(location=location, message=message)], hint
    )


def understand_needs(snapshot: Snapshot, query: PointListQuery) -> list[Need]:
    """Each condition and symptom read as conditions, or a 422 saying which was not."""
    conditions = snapshot.conditions
    needs: list[Need] = []
    for index, given in enumerate(query.condition):
        slugs = conditions.index.resolve(given)
        if len(slugs) != 1:
            close = slugs or conditions.index.suggest(given)
            raise _invalid(
                f"query.condition[{index}]",
                f"{given!r} names {len(slugs)} conditions" if slugs
                else f"no condition is known as {given!r}",
                ("Did you mean " + " or ".join(close) + "? " if close else "")
                + "See /v1/conditions, or describe it with `symptom=`.",
            )  # fmt: skip
        needs.append(Need(given, "condition", (ConditionMatch(slugs[0], 100.0, given),)))
    for index, given in enumerate(query.symptom):
        matches = conditions.matcher.match(given)
        if not matches:
            close = [match.matched for match in conditions.matcher.closest(given)]
            raise _invalid(
                f"query.symptom[{index}]",
                f"{given!r} does not match any condition we hold",
                ("Close wording we know: " + ", ".join(repr(c) for c in close) + ". "
                 if close else "")
                + "See /v1/conditions for what the knowledge base covers.",
            )  # fmt: skip
        needs.append(Need(given, "symptom", tuple(matches)))
    return needs


def _canonical_regions(snapshot: Snapshot, query: PointListQuery) -> PointListQuery:
    """The query with region synonyms (``lower-leg``) replaced by their slugs (``leg``)."""
    regions = snapshot.regions
    found: dict[str, list[str]] = {}
    for parameter, values in (
        ("region", query.region),
        ("skin_issue_region", query.skin_issue_region),
    ):
        found[parameter] = []
        for index, given in enumerate(values):
            slug = regions.canonical(given)
            if slug is None:
                close = regions.index.suggest(given)
                raise _invalid(
                    f"query.{parameter}[{index}]",
                    f"no region {given!r}",
                    ("Did you mean " + " or ".join(close) + "? " if close else "")
                    + "See /v1/regions for the region slugs.",
                )
            found[parameter].append(slug)
    if found["region"] == query.region and found["skin_issue_region"] == query.skin_issue_region:
        return query
    return query.model_copy(update=found)


def _check_vocabulary(snapshot: Snapshot, query: PointListQuery) -> set[str]:
    """Validate meridians; return the accepted meridian codes."""
    # The same spellings as /v1/meridians/{code}: codes from other lists, English names.
    meridians = snapshot.meridians
    accepted: set[str] = set()
    for index, given in enumerate(query.meridian):
        codes = meridians.index.resolve(given)
        if len(codes) != 1:
            problem = "is ambiguous: " + ", ".join(codes) if codes else "is not a meridian"
            raise _invalid(
                f"query.meridian[{index}]",
                f"{given!r} {problem}",
                "Use a WHO meridian code: " + ", ".join(m.code for m in meridians.items) + ".",
            )
        accepted.add(codes[0])
    return accepted


def find_points(snapshot: Snapshot, query: PointListQuery) -> PointSearchResult:
    needs = understand_needs(snapshot, query)
    query = _canonical_regions(snapshot, query)
    meridians = _check_vocabulary(snapshot, query)
    person = query.person()
    wanted_regions = set(query.region)
    ranked: list[RankedPoint] = []
    excluded: list[RankedPoint] = []
    text_scores = snapshot.points.text.scores(query.q) if query.q is not None else {}
    for point in _candidates(snapshot, needs):
        if query.kind is not None and point.kind is not query.kind:
            continue
        if meridians and (point.meridian is None or point.meridian.code not in meridians):
            continue
        if query.category and not set(query.category) & {c.category for c in point.categories}:
            continue
        if wanted_regions:
            located = snapshot.regions.map.with_ancestors(r.slug for r in point.regions)
            if not located & wanted_regions:
                continue
        score, needs_met, helps_with = _meets(point, needs, set(query.evidence))
        if needs and not needs_met:
            continue
        if query.evidence and not needs and not _has_evidence(point, set(query.evidence)):
            continue
        if query.q is not None:
            matched_text = text_scores.get(point.code, 0.0)
            if matched_text < TEXT_MATCH_THRESHOLD:
                continue
            score += matched_text / 100
        safety = None if person.is_empty else assess(snapshot, point, person)
        entry = RankedPoint(point, round(score, 3), needs_met, helps_with, safety)
        if (
            safety is not None
            and safety.status is SafetyStatus.AVOID
            and query.unsafe is UnsafePolicy.EXCLUDE
        ):
            excluded.append(entry)
        else:
            ranked.append(entry)
    _sort(ranked, query.sort, snapshot)
    _sort(excluded, PointSort.CODE, snapshot)
    return PointSearchResult(ranked=ranked, excluded=excluded, needs=needs)


def _has_evidence(point: PointDetail, evidence: set[Evidence]) -> bool:
    return any(claim.evidence in evidence for claim in point.conditions)


def _meets(
    point: PointDetail, needs: list[Need], evidence: set[Evidence]
) -> tuple[float, int, list[ConditionClaim]]:
    """Relevance-weighted score, how many needs the point helps with, and the claims
    (only claims with the wanted evidence, when some is asked for)."""
    score, needs_met, helps_with = 0.0, 0, []
    for need in needs:
        best = 0.0
        for match in need.matches:
            for claim in point.conditions:
                if evidence and claim.evidence not in evidence:
                    continue
                if claim.slug == match.slug:
                    best = max(best, match.score / 100 * RELEVANCE_WEIGHT[claim.relevance])
                    if claim not in helps_with:
                        helps_with.append(claim)
        if best:
            needs_met += 1
            score += best
    return score, needs_met, helps_with


def _candidates(snapshot: Snapshot, needs: list[Need]) -> list[PointDetail]:
    """With needs, only the points some source links to one of their conditions."""
    points = snapshot.points
    if not needs:
        return list(points.details.values())
    codes = {
        code
        for need in needs
        for match in need.matches
        for code in points.by_condition.get(match.slug, ())
    }
    return sorted((points.details[c] for c in codes), key=lambda p: points.order[p.code])


def _sort(entries: list[RankedPoint], sort: PointSort, snapshot: Snapshot) -> None:
    order = snapshot.points.order
    if sort is PointSort.RELEVANCE:
        entries.sort(key=lambda e: (-e.needs_met, -e.score, order[e.point.code]))
    elif sort in (PointSort.CODE, PointSort.CODE_DESC):
        entries.sort(key=lambda e: order[e.point.code], reverse=sort is PointSort.CODE_DESC)
    else:
        entries.sort(
            key=lambda e: (e.point.names.pinyin_toneless.casefold(), order[e.point.code]),
            reverse=sort is PointSort.NAME_DESC,
        )
