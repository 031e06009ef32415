"""Checks across records: references resolve, codes agree with meridians and names."""

from collections import Counter
from collections.abc import Iterable

from app.models.points import NameKind
from app.seeding.reader import SeedData, SeedIssue
from app.seeding.writer import CATALOG_SOURCE, EDITORIAL_SOURCE, EXTRA_POINTS_SOURCE
from app.text.identifiers import (
    build_prefix_table,
    candidate_codes,
    fold,
    parse_code,
    strip_tones,
)

BUILT_IN_SOURCES = (CATALOG_SOURCE, EXTRA_POINTS_SOURCE, EDITORIAL_SOURCE)
POINTS_CSV = "catalog/points.csv"
EXTRAS_CSV = "catalog/extra_points.csv"
DETAILS = "content/points.yaml"


def check_consistency(data: SeedData) -> list[SeedIssue]:
    issues: list[SeedIssue] = []
    issues += _duplicates(data)
    issues += _catalog(data)
    issues += _references(data)
    issues += _point_names(data)
    return issues


def _duplicates(data: SeedData) -> list[SeedIssue]:
    keyed: list[tuple[str, str, Iterable[str]]] = [
        ("sources.yaml", "slug", (r.slug for r in data.sources)),
        ("catalog/meridians.yaml", "code", (r.code for r in data.meridians)),
        (POINTS_CSV, "code", (r.code for r in data.catalog_points)),
        (EXTRAS_CSV, "code", (r.code for r in data.extra_points)),
        ("content/regions.yaml", "slug", (r.slug for r in data.regions)),
        ("content/conditions.yaml", "slug", (r.slug for r in data.conditions)),
        (DETAILS, "code+source", (f"{r.code}+{r.source}" for r in data.point_details)),
        ("content/contraindications.yaml", "slug", (r.slug for r in data.contraindications)),
        ("content/routines.yaml", "slug", (r.slug for r in data.routines)),
        ("content/tips.yaml", "slug", (r.slug for r in data.tips)),
        ("content/errata.yaml", "slug", (r.slug for r in data.errata)),
    ]
    issues = []
    for file, key, values in keyed:
        for value, count in Counter(values).items():
            if count > 1:
                issues.append(SeedIssue(file, f"{key}={value}", key, f"appears {count} times"))
    return issues


def _catalog(data: SeedData) -> list[SeedIssue]:
    issues = []
    meridians = {m.code: m for m in data.meridians}
    numbers: dict[str, list[int]] = {code: [] for code in meridians}
    for row in data.catalog_points:
        label = f"code={row.code}"
        if row.code != f"{row.meridian}{row.number}":
            issues.append(
                SeedIssue(
                    POINTS_CSV,
                    label,
                    "code",
                    f"disagrees with meridian {row.meridian} and number {row.number}",
                )
            )
        if row.meridian not in meridians:
            issues.append(SeedIssue(POINTS_CSV, label, "meridian", "unknown meridian"))
        else:
            numbers[row.meridian].append(row.number)
        issues += _pinyin_pair(POINTS_CSV, label, row.pinyin, row.pinyin_toneless)
    for code, meridian in meridians.items():
        expected = list(range(1, meridian.point_count + 1))
        if sorted(numbers[code]) != expected:
            issues.append(
                SeedIssue(
                    POINTS_CSV,
                    f"meridian={code}",
                    "number",
                    f"expected points {code}1..{code}{meridian.point_count}, "
                    f"found {len(numbers[code])} point(s)",
                )
            )
    for extra in data.extra_points:
        label = f"code={extra.code}"
        if extra.code != f"{extra.group}{extra.number}":
            issues.append(
                SeedIssue(
                    EXTRAS_CSV,
                    label,
                    "code",
                    f"disagrees with group {extra.group} and number {extra.number}",
                )
            )
        issues += _pinyin_pair(EXTRAS_CSV, label, extra.pinyin, extra.pinyin_toneless)
    return issues


def _pinyin_pair(file: str, label: str, toned: str, toneless: str) -> list[SeedIssue]:
    if strip_tones(toned) == toneless:
        return []
    return [
        SeedIssue(file, label, "pinyin_toneless", f"{toneless!r} is not {toned!r} without tones")
    ]


def _references(data: SeedData) -> list[SeedIssue]:
    sources = {s.slug for s in data.sources}
    regions = {r.slug for r in data.regions}
    conditions = {c.slug for c in data.conditions}
    points = {p.code for p in data.catalog_points} | {p.code for p in data.extra_points}
    issues: list[SeedIssue] = []
    for slug in BUILT_IN_SOURCES:
        if slug not in sources:
            issues.append(
                SeedIssue("sources.yaml", f"slug={slug}", "slug", "the catalog cites this source")
            )

    def need(file: str, label: str, field: str, value: str | None, known: set[str]) -> None:
        if value is not None and value not in known:
            issues.append(SeedIssue(file, label, field, f"unknown reference {value!r}"))

    seen_regions: set[str] = set()
    for region in data.regions:
        if region.parent is not None and region.parent not in seen_regions:
            issues.append(
                SeedIssue(
                    "content/regions.yaml",
                    f"slug={region.slug}",
                    "parent",
                    f"{region.parent!r} must be defined before its children",
                )
            )
        seen_regions.add(region.slug)
    for detail in data.point_details:
        label = f"code/source={detail.code}/{detail.source}"
        need(DETAILS, label, "code", detail.code, points)
        need(DETAILS, label, "source", detail.source, sources)
        for slug in detail.regions:
            need(DETAILS, label, "regions", slug, regions)
        for claim in detail.conditions:
            need(DETAILS, label, "conditions.condition", claim.condition, conditions)
    for item in data.contraindications:
        label = f"slug={item.slug}"
        need("content/contraindications.yaml", label, "source", item.source, sources)
        for slug in item.regions:
            need("content/contraindications.yaml", label, "regions", slug, regions)
    for routine in data.routines:
        label = f"slug={routine.slug}"
        need("content/routines.yaml", label, "source", routine.source, sources)
        need("content/routines.yaml", label, "condition", routine.condition, conditions)
        for code in routine.steps:
            need("content/routines.yaml", label, "steps", code, points)
    for tip in data.tips:
        need("content/tips.yaml", f"slug={tip.slug}", "source", tip.source, sources)
    for erratum in data.errata:
        label = f"slug={erratum.slug}"
        need("content/errata.yaml", label, "source", erratum.source, sources)
        need("content/errata.yaml", label, "evidence_source", erratum.evidence_source, sources)
        for code in erratum.related:
            need("content/errata.yaml", label, "related", code, points)
    return issues


def _point_names(data: SeedData) -> list[SeedIssue]:
    """A name or code written on a point must not belong to another point."""
    prefixes = build_prefix_table({m.code: m.other_codes for m in data.meridians})
    existing = {p.code for p in data.catalog_points} | {p.code for p in data.extra_points}
    pinyin = {p.code: fold(p.pinyin_toneless) for p in data.catalog_points}
    pinyin |= {p.code: fold(p.pinyin_toneless) for p in data.extra_points}
    issues = []
    for detail in data.point_details:
        label = f"code/source={detail.code}/{detail.source}"
        for name in detail.names:
            if name.kind is NameKind.CODE_ALIAS:
                parts = parse_code(name.value)
                if parts is None:
                    issues.append(
                        SeedIssue(DETAILS, label, "names", f"{name.value!r} is not a point code")
                    )
                    continue
                meanings = [c for c in candidate_codes(parts, prefixes) if c in existing]
                others = [code for code in meanings if code != detail.code]
                if detail.code not in meanings and not others and name.note is None:
                    issues.append(
                        SeedIssue(
                            DETAILS,
                            label,
                            "names",
                            f"code {name.value!r} does not name {detail.code}; a variant code "
                            "from another standard needs a note saying so",
                        )
                    )
                if others:
                    issues.append(
                        SeedIssue(
                            DETAILS,
                            label,
                            "names",
                            f"code {name.value!r} names {', '.join(others)}, not {detail.code}",
                        )
                    )
            elif (
                name.language == "zh-Latn-pinyin"
                and name.note is None  # a noted variant reading may differ on purpose
                and detail.code in pinyin
                and fold(name.value) != pinyin[detail.code]
            ):
                issues.append(
                    SeedIssue(
                        DETAILS,
                        label,
                        "names",
                        f"pinyin {name.value!r} does not spell {detail.code}'s name "
                        f"{pinyin[detail.code]!r}",
                    )
                )
    return issues
