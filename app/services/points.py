"""GET /v1/points: filters that combine, symptom matching, ranking and safety context."""

import enum
from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from rapidfuzz import fuzz

from app.conditions.matcher import coverage, tokens
from app.core.errors import ApiProblem, FieldProblem, invalid_request
from app.core.limits import (
    DEFAULT_PAGE_SIZE,
    MAX_OFFSET,
    MAX_PAGE_SIZE,
    MAX_QUERY_LENGTH,
    MAX_REPEATED_PARAMETER,
)
from app.points.identifiers import fold
from app.points.models import PointKind
from app.points.schemas import ConditionClaim, NeedMatch, PointDetail
from app.safety.evaluate import evaluate, with_ancestors
from app.safety.schemas import PersonContext, PointSafety, SafetyStatus
from app.snapshot.build import Snapshot

Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_QUERY_LENGTH)]
Slug = Annotated[str, StringConstraints(min_length=1, max_length=100)]
RELEVANCE_WEIGHT = {1: 1.0, 2: 0.7, 3: 0.4}
TEXT_MATCH_THRESHOLD = 75.0
NAME_MATCH_THRESHOLD = 85.0


class PointSort(enum.StrEnum):
    RELEVANCE = "relevance"
    CODE = "code"
    CODE_DESC = "-code"
    NAME = "name"
    NAME_DESC = "-name"


class UnsafePolicy(enum.StrEnum):
    EXCLUDE = "exclude"
    FLAG = "flag"


class PointCategoryName(enum.StrEnum):
    JING_WELL = "jing-well"
    YING_SPRING = "ying-spring"
    SHU_STREAM = "shu-stream"
    JING_RIVER = "jing-river"
    HE_SEA = "he-sea"
    YUAN_SOURCE = "yuan-source"
    LUO_CONNECTING = "luo-connecting"
    XI_CLEFT = "xi-cleft"
    BACK_SHU = "back-shu"
    FRONT_MU = "front-mu"
    LOWER_HE_SEA = "lower-he-sea"
    EIGHT_INFLUENTIAL = "eight-influential"
    EIGHT_CONFLUENT = "eight-confluent"
    FOUR_COMMAND = "four-command"


class PointListQuery(BaseModel):
    """Filters combine with AND; repeated `condition`/`symptom` values are needs to cover."""

    model_config = ConfigDict(extra="forbid")

    condition: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Condition slug or any synonym; repeat for several.",
        examples=[["lower-back-pain"]],
    )
    symptom: list[Text] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Free text describing a symptom, typo tolerant; repeat for several. Points "
        "that help with more of them rank higher.",
        examples=[["sore calves after running"]],
    )
    region: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Body region slug (includes its sub-regions); repeat for any of several.",
        examples=[["lower-limb"]],
    )
    meridian: list[Annotated[str, StringConstraints(min_length=1, max_length=40)]] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Meridian code or another spelling of it (ST, UB, Bladder); repeatable.",
        examples=[["BL"]],
    )
    category: list[PointCategoryName] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Special-point category; only categories with a cited source are stored.",
    )
    kind: PointKind | None = Field(default=None, description="`standard` or `extra` points only.")
    q: Text | None = Field(
        default=None,
        description="Text search over names, aliases, locations and benefits.",
        examples=["knee crease"],
    )
    pregnant: bool = Field(default=False, description="Apply the cautions for pregnancy.")
    skin_issue_region: list[Slug] = Field(
        default_factory=list,
        max_length=MAX_REPEATED_PARAMETER,
        description="Region with an open wound, bruise or skin condition; repeatable.",
        examples=[["knee"]],
    )
    pain_persists: bool = Field(
        default=False, description="Pain persists or worsens: every point says see a professional."
    )
    unsafe: UnsafePolicy = Field(
        default=UnsafePolicy.EXCLUDE,
        description="`exclude` leaves out points to avoid (listed in `excluded` with the "
        "reason); `flag` keeps them with their safety verdict.",
    )
    sort: PointSort = Field(
        default=PointSort.RELEVANCE,
        description="`relevance` (best match first), `code`/`-code` (meridian order), "
        "`name`/`-name` (pinyin).",
    )
    limit: int = Field(
        default=DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description="Page size.",
        examples=[DEFAULT_PAGE_SIZE],
    )
    offset: int = Field(default=0, ge=0, le=MAX_OFFSET, description="Items to skip.", examples=[0])

    def person(self) -> PersonContext:
        return PersonContext(
            pregnant=self.pregnant,
            skin_issue_regions=self.skin_issue_region,
            persistent_or_worsening_pain=self.pain_persists,
        )


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
    needs: list[NeedMatch]


def _invalid(location: str, message: str, hint: str) -> ApiProblem:
    return invalid_request(
        f"{location}: {message}", [FieldProblem(location=location, message=message)], hint
    )


def understand_needs(snapshot: Snapshot, query: PointListQuery) -> list[NeedMatch]:
    needs: list[NeedMatch] = []
    for index, given in enumerate(query.condition):
        conditions = snapshot.resources.conditions.index
        slugs = conditions.resolve(given)
        if len(slugs) != 1:
            close = slugs or conditions.suggest(given)
            raise _invalid(
                f"query.condition[{index}]",
                f"{given!r} names {len(slugs)} conditions" if slugs
                else f"no condition is known as {given!r}",
                ("Did you mean " + " or ".join(close) + "? " if close else "")
                + "See /v1/conditions, or describe it with `symptom=`.",
            )  # fmt: skip
        needs.append(NeedMatch(given=given, parameter="condition", conditions=slugs,
                               scores=[100.0], matched=[given]))  # fmt: skip
    for index, given in enumerate(query.symptom):
        matches = snapshot.matcher.match(given)
        if not matches:
            close = [match.matched for match in snapshot.matcher.closest(given)]
            raise _invalid(
                f"query.symptom[{index}]",
                f"{given!r} does not match any condition we hold",
                ("Close wording we know: " + ", ".join(repr(c) for c in close) + ". "
                 if close else "")
                + "See /v1/conditions for what the knowledge base covers.",
            )  # fmt: skip
        needs.append(
            NeedMatch(
                given=given,
                parameter="symptom",
                conditions=[m.slug for m in matches],
                scores=[m.score for m in matches],
                matched=[m.matched for m in matches],
            )
        )
    return needs


def _check_vocabulary(snapshot: Snapshot, query: PointListQuery) -> set[str]:
    """Validate regions and meridians; return the accepted meridian codes."""
    regions = snapshot.resources.regions.index
    for parameter, values in (
        ("region", query.region),
        ("skin_issue_region", query.skin_issue_region),
    ):
        for index, slug in enumerate(values):
            if slug not in snapshot.regions:
                close = regions.suggest(slug)
                raise _invalid(
                    f"query.{parameter}[{index}]",
                    f"no region {slug!r}",
                    ("Did you mean " + " or ".join(close) + "? " if close else "")
                    + "See /v1/regions for the region slugs.",
                )
    # The same spellings as /v1/meridians/{code}: codes from other lists, English names.
    meridians = snapshot.resources.meridians.index
    accepted: set[str] = set()
    for index, given in enumerate(query.meridian):
        codes = meridians.resolve(given)
        if len(codes) != 1:
            problem = "is ambiguous: " + ", ".join(codes) if codes else "is not a meridian"
            raise _invalid(
                f"query.meridian[{index}]",
                f"{given!r} {problem}",
                "Use a WHO meridian code: " + ", ".join(m.code for m in snapshot.meridians) + ".",
            )
        accepted.add(codes[0])
    return accepted


def text_score(snapshot: Snapshot, point: PointDetail, q: str) -> float:
    folded = fold(q)
    names = snapshot.point_names[point.code]
    name_score = max((float(fuzz.WRatio(folded, name)) for name in names), default=0.0)
    if len(folded) < 4:
        name_score = 100.0 if folded in names else 0.0
    if name_score < NAME_MATCH_THRESHOLD:
        name_score = 0.0  # "zusanli" should not find Shousanli
    query_words = tokens(q)
    text_part = 0.9 * coverage(query_words, snapshot.point_text[point.code]) if query_words else 0.0
    return max(name_score, text_part)


def find_points(snapshot: Snapshot, query: PointListQuery) -> PointSearchResult:
    needs = understand_needs(snapshot, query)
    meridians = _check_vocabulary(snapshot, query)
    person = query.person()
    wanted_regions = set(query.region)
    ranked: list[RankedPoint] = []
    excluded: list[RankedPoint] = []
    for point in _candidates(snapshot, needs):
        if query.kind is not None and point.kind is not query.kind:
            continue
        if meridians and (point.meridian is None or point.meridian.code not in meridians):
            continue
        if query.category and not set(query.category) & set(point.categories):
            continue
        if wanted_regions:
            located = with_ancestors((r.slug for r in point.regions), snapshot.region_parents)
            if not located & wanted_regions:
                continue
        score, needs_met, helps_with = 0.0, 0, []
        for need in needs:
            best = 0.0
            for slug, match_score in zip(need.conditions, need.scores, strict=True):
                for claim in point.conditions:
                    if claim.slug == slug:
                        best = max(best, match_score / 100 * RELEVANCE_WEIGHT[claim.relevance])
                        if claim not in helps_with:
                            helps_with.append(claim)
            if best:
                needs_met += 1
                score += best
        if needs and not needs_met:
            continue
        if query.q is not None:
            matched_text = text_score(snapshot, point, query.q)
            if matched_text < TEXT_MATCH_THRESHOLD:
                continue
            score += matched_text / 100
        safety = (
            None
            if person.is_empty
            else evaluate(point, person, snapshot.cautions, snapshot.region_parents)
        )
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


def _candidates(snapshot: Snapshot, needs: list[NeedMatch]) -> list[PointDetail]:
    """With needs, only the points some source links to one of their conditions."""
    if not needs:
        return list(snapshot.points.values())
    codes = {
        code
        for need in needs
        for slug in need.conditions
        for code in snapshot.points_by_condition.get(slug, ())
    }
    return sorted((snapshot.points[c] for c in codes), key=lambda p: snapshot.point_order[p.code])


def _sort(entries: list[RankedPoint], sort: PointSort, snapshot: Snapshot) -> None:
    order = snapshot.point_order
    if sort is PointSort.RELEVANCE:
        entries.sort(key=lambda e: (-e.needs_met, -e.score, order[e.point.code]))
    elif sort in (PointSort.CODE, PointSort.CODE_DESC):
        entries.sort(key=lambda e: order[e.point.code], reverse=sort is PointSort.CODE_DESC)
    else:
        entries.sort(
            key=lambda e: (e.point.names.pinyin_toneless.casefold(), order[e.point.code]),
            reverse=sort is PointSort.NAME_DESC,
        )
