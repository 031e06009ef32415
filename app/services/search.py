"""One search across points, conditions and regions: exact names first, then close ones."""

from app.readmodel.snapshot import Snapshot
from app.schemas.search import HitKind, SearchHit, SearchResult
from app.services.points import TEXT_MATCH_THRESHOLD
from app.text.identifiers import fold
from app.text.point_refs import Match

GOOD_MATCH = 85.0
FUZZY_CUTOFF = 70.0


def search(snapshot: Snapshot, q: str, kinds: set[HitKind], limit: int) -> SearchResult:
    hits: list[SearchHit] = []
    close_points = snapshot.points.resolver.suggest(q, limit=10, cutoff=60.0)
    if HitKind.POINT in kinds:
        hits += _points(snapshot, q, [m for m in close_points if m.score >= FUZZY_CUTOFF])
    if HitKind.CONDITION in kinds:
        hits += _conditions(snapshot, q)
    if HitKind.REGION in kinds:
        hits += _regions(snapshot, q)
    hits.sort(key=lambda hit: (-hit.score, hit.kind, hit.id))
    did_you_mean: list[str] = []
    if not hits or hits[0].score < GOOD_MATCH:
        details = snapshot.points.details
        did_you_mean = [details[match.code].names.pinyin_toneless for match in close_points[:3]]
        did_you_mean += [match.matched for match in snapshot.conditions.matcher.closest(q)]
    return SearchResult(query=q, items=hits[:limit], did_you_mean=list(dict.fromkeys(did_you_mean)))


def _points(snapshot: Snapshot, q: str, close: list[Match]) -> list[SearchHit]:
    points = snapshot.points
    scores: dict[str, tuple[float, str]] = {}
    resolution = points.resolver.resolve(q, with_suggestions=False)
    exact = [resolution.code] if resolution.code else [m.code for m in resolution.candidates]
    for code in exact:
        scores[code] = (100.0, q)
    for match in close:
        if match.code not in scores:
            scores[match.code] = (min(match.score, 99.0), match.matched)
    if len(fold(q)) >= 4:
        for code, score in points.text.scores(q).items():
            if code not in scores and score >= TEXT_MATCH_THRESHOLD:
                scores[code] = (round(score, 1), "location or benefits")
    hits = []
    for code, (score, matched) in scores.items():
        point = points.details[code]
        title = f"{point.display_code} {point.names.pinyin} {point.names.hanzi}"
        hits.append(SearchHit(kind=HitKind.POINT, id=code, title=title, matched=matched,
                              score=score, href=f"/v1/points/{code}"))  # fmt: skip
    return hits


def _conditions(snapshot: Snapshot, q: str) -> list[SearchHit]:
    conditions = snapshot.conditions
    found: dict[str, SearchHit] = {}
    matches = conditions.matcher.match(q) + conditions.matcher.closest(
        q, limit=5, cutoff=FUZZY_CUTOFF
    )
    for match in matches:
        if match.slug not in found or found[match.slug].score < match.score:
            found[match.slug] = SearchHit(
                kind=HitKind.CONDITION,
                id=match.slug,
                title=conditions.names[match.slug],
                matched=match.matched,
                score=match.score,
                href=f"/v1/conditions/{match.slug}",
            )
    return list(found.values())


def _regions(snapshot: Snapshot, q: str) -> list[SearchHit]:
    regions = snapshot.regions
    return [
        SearchHit(
            kind=HitKind.REGION,
            id=near.key,
            title=regions.map.refs[near.key].name,
            matched=regions.map.refs[near.key].name,
            score=near.score,
            href=f"/v1/regions/{near.key}",
        )
        for near in regions.index.near(q, limit=5, cutoff=FUZZY_CUTOFF)
    ]
