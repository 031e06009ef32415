"""Checks across records: references resolve, codes agree with meridians and names."""

from collections import Counter

from app.models.points import FigureSide, Laterality, NameKind
from app.seeding.reader import FILES, SeedData, SeedIssue, label
from app.seeding.schemas import NameRecord
from app.seeding.writer import (
    CATALOG_SOURCE,
    EDITORIAL_SOURCE,
    EXTRA_POINTS_SOURCE,
    MIDLINE_MERIDIANS,
)
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
SITES_CSV = "catalog/figure_sites.csv"


def check_consistency(data: SeedData) -> list[SeedIssue]:
    issues: list[SeedIssue] = []
    issues += _duplicates(data)
    issues += _catalog(data)
    issues += _references(data)
    issues += _point_names(data)
    issues += _synonyms(data)
    issues += _every_point_placed(data)
    issues += _figure_sites(data)
    return issues


def _duplicates(data: SeedData) -> list[SeedIssue]:
    issues = []
    for name, (file, _model, keys) in FILES.items():
        records = getattr(data, name)
        counts = Counter(tuple(str(getattr(r, key)) for key in keys) for r in records)
        for values, count in counts.items():
            if count > 1:
                issues.append(
                    SeedIssue(file, label(keys, values), "/".join(keys), f"appears {count} times")
                )
    return issues


def _synonyms(data: SeedData) -> list[SeedIssue]:
    """A synonym means one condition (or region): the same one on two would be a coin toss."""
    issues: list[SeedIssue] = []
    for file, entries in (
        ("content/conditions.yaml", [(c.slug, [c.name, *c.synonyms]) for c in data.conditions]),
        ("content/regions.yaml", [(r.slug, [r.slug, *r.synonyms]) for r in data.regions]),
    ):
        owner: dict[str, str] = {}
        for slug, words in entries:
            for word in words:
                first = owner.setdefault(fold(word), slug)
                if first != slug:
                    issues.append(
                        SeedIssue(
                            file,
                            f"slug={slug}",
                            "synonyms",
                            f"{word!r} already names {first!r}",
                        )
                    )
    return issues


def _every_point_placed(data: SeedData) -> list[SeedIssue]:
    """Every point lies in a body region: the safety check depends on it."""
    placed = {link.code for link in data.point_regions}
    placed |= {detail.code for detail in data.point_details if detail.regions}
    return [
        SeedIssue(file, f"code={point.code}", "regions", "no region places this point")
        for file, points in ((POINTS_CSV, data.catalog_points), (EXTRAS_CSV, data.extra_points))
        for point in points
        if point.code not in placed
    ]


def laterality_of(data: SeedData) -> dict[str, Laterality]:
    """Code -> laterality: GV and CV points lie on the midline, other meridian points are
    bilateral, extra points say which they are."""
    found = {
        p.code: Laterality.MIDLINE if p.meridian in MIDLINE_MERIDIANS else Laterality.BILATERAL
        for p in data.catalog_points
    }
    return found | {p.code: p.laterality for p in data.extra_points}


def _figure_sites(data: SeedData) -> list[SeedIssue]:
    """Every located point is on the figure, with the sites its laterality needs, each
    following one of the point's own locations."""
    located: dict[str, set[str]] = {}
    for place in data.point_locations:
        located.setdefault(place.code, set()).add(place.source)
    sites: dict[str, set[tuple[int, FigureSide]]] = {}
    issues = []
    for site in data.figure_sites:
        sites.setdefault(site.code, set()).add((site.site, site.side))
        sources = located.get(site.code, set())
        if site.based_on not in sources:
            where = f"code/view/site/side={site.code}/{site.view}/{site.site}/{site.side}"
            issues.append(
                SeedIssue(
                    SITES_CSV,
                    where,
                    "based_on",
                    f"{site.based_on!r} gives no location of {site.code}",
                )
            )
    for code, laterality in laterality_of(data).items():
        if code not in located:
            continue
        found = sites.get(code, set())
        sides = {side for _site, side in found}
        problem = None
        if not found:
            problem = "the point has a location but no site on the body figure"
        elif (
            laterality is Laterality.BILATERAL and not {FigureSide.LEFT, FigureSide.RIGHT} <= sides
        ):
            problem = "a bilateral point needs a site on the left and one on the right"
        elif laterality is Laterality.MIDLINE and FigureSide.MIDLINE not in sides:
            problem = "a midline point needs a site on the midline"
        elif laterality is Laterality.SEVERAL_SITES and len(found) < 2:
            problem = "a point with several sites needs at least two on the figure"
        if problem:
            issues.append(SeedIssue(SITES_CSV, f"code={code}", "side", problem))
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

    def need(file: str, name: str, field: str, value: str | None, known: set[str]) -> None:
        if value is not None and value not in known:
            issues.append(
                SeedIssue(file, name, field, f"unknown reference {value!r}", refers_to=value)
            )

    for kind in (
        "point_names",
        "point_locations",
        "point_regions",
        "point_categories",
        "figure_sites",
    ):
        file, _model, keys = FILES[kind]
        for record in getattr(data, kind):
            name = label(keys, (getattr(record, key) for key in keys))
            need(file, name, "code", record.code, points)
            need(file, name, "source", record.source, sources)
            need(file, name, "confirmed_by", getattr(record, "confirmed_by", None), sources)
            need(file, name, "region", getattr(record, "region", None), regions)
            need(file, name, "based_on", getattr(record, "based_on", None), sources)

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
        where = f"code/source={detail.code}/{detail.source}"
        need(DETAILS, where, "code", detail.code, points)
        need(DETAILS, where, "source", detail.source, sources)
        for slug in detail.regions:
            need(DETAILS, where, "regions", slug, regions)
        for claim in detail.conditions:
            need(DETAILS, where, "conditions.condition", claim.condition, conditions)
            need(DETAILS, where, "conditions.evidence_source", claim.evidence_source, sources)
            need(DETAILS, where, "conditions.relevance_source", claim.relevance_source, sources)
    for item in data.contraindications:
        where = f"slug={item.slug}"
        need("content/contraindications.yaml", where, "source", item.source, sources)
        need("content/contraindications.yaml", where, "advice_source", item.advice_source, sources)
        for slug in item.regions:
            need("content/contraindications.yaml", where, "regions", slug, regions)
        for code in item.points:
            need("content/contraindications.yaml", where, "points", code, points)
    for meridian in data.meridians:
        for other in meridian.other_codes:
            need(
                "catalog/meridians.yaml",
                f"code={meridian.code}",
                "other_codes.source",
                other.source,
                sources,
            )
    for routine in data.routines:
        where = f"slug={routine.slug}"
        need("content/routines.yaml", where, "source", routine.source, sources)
        need("content/routines.yaml", where, "condition", routine.condition, conditions)
        for code in routine.steps:
            need("content/routines.yaml", where, "steps", code, points)
    for tip in data.tips:
        need("content/tips.yaml", f"slug={tip.slug}", "source", tip.source, sources)
    for erratum in data.errata:
        where = f"slug={erratum.slug}"
        need("content/errata.yaml", where, "source", erratum.source, sources)
        need("content/errata.yaml", where, "evidence_source", erratum.evidence_source, sources)
        for code in erratum.related:
            need("content/errata.yaml", where, "related", code, points)
    return issues


def _point_names(data: SeedData) -> list[SeedIssue]:
    """A name or code written on a point must not belong to another point."""
    prefixes = build_prefix_table({m.code: m.spellings() for m in data.meridians})
    existing = {p.code for p in data.catalog_points} | {p.code for p in data.extra_points}
    pinyin = {p.code: fold(p.pinyin_toneless) for p in data.catalog_points}
    pinyin |= {p.code: fold(p.pinyin_toneless) for p in data.extra_points}
    names_file, _model, keys = FILES["point_names"]
    written: list[tuple[str, str, str, NameRecord]] = [
        (DETAILS, f"code/source={detail.code}/{detail.source}", detail.code, name)
        for detail in data.point_details
        for name in detail.names
    ]
    written += [
        (names_file, label(keys, (r.code, r.kind, r.value)), r.code, r) for r in data.point_names
    ]
    issues = []
    for file, name_label, code, name in written:

        def problem(text: str, file: str = file, name_label: str = name_label) -> None:
            issues.append(SeedIssue(file, name_label, "names", text))

        if name.kind is NameKind.CODE_ALIAS:
            parts = parse_code(name.value)
            if parts is None:
                problem(f"{name.value!r} is not a point code")
                continue
            meanings = [c for c in candidate_codes(parts, prefixes) if c in existing]
            others = [other for other in meanings if other != code]
            if code not in meanings and not others and name.note is None:
                problem(
                    f"code {name.value!r} does not name {code}; a variant code "
                    "from another standard needs a note saying so"
                )
            if others:
                problem(f"code {name.value!r} names {', '.join(others)}, not {code}")
        elif (
            file == DETAILS  # the names file lists other names on purpose
            and name.language == "zh-Latn-pinyin"
            and name.note is None  # a noted variant reading may differ on purpose
            and code in pinyin
            and fold(name.value) != pinyin[code]
        ):
            problem(f"pinyin {name.value!r} does not spell {code}'s name {pinyin[code]!r}")
    return issues
