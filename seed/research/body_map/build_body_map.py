"""Draws the body figure and places every point on it.

Writes ``app/static/body-map/{front,back,side}.svg`` and ``seed/catalog/figure_sites.csv``,
then checks every site against the point's body region as two independent sources give it
(``seed/research/locations/points.csv``: WHO 2008 and IAOMAI) and prints each
disagreement. Run from the repository root: ``python seed/research/body_map/build_body_map.py``.
"""

import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from figure import (
    ARM_AXIS,
    CX,
    FOOT_LATERAL,
    FOOT_MEDIAL,
    HEAD_HALF,
    HEIGHT,
    SIDE_BACK,
    SIDE_FOOT_TOE_X,
    SIDE_FRONT,
    SIDE_WIDTH,
    WIDTH,
    Y,
    arm,
    interp,
    leg,
    x_of,
)
from placements import Placed, place_all

ROOT = Path(__file__).resolve().parents[3]
FIGURES = ROOT / "app" / "static" / "body-map"
SITES_CSV = ROOT / "seed" / "catalog" / "figure_sites.csv"
SOURCE = "acupoint-kb-body-map"
TRUNK_HALF = [
    (176.0, 24.0),
    (186.0, 64.0),
    (192.0, 104.0),
    (200.0, 112.0),
    (232.0, 94.0),
    (280.0, 92.0),
    (360.0, 80.0),
    (404.0, 80.0),
    (455.0, 88.0),
    (483.0, 92.0),
    (500.0, 90.0),
]
STYLE = (
    "<style>.body{fill:#f4f1ec;stroke:none}.edge{fill:none;stroke:#5b5349;stroke-width:3;"
    "stroke-linejoin:round}.mark{fill:none;stroke:#a89f94;stroke-width:1.2}</style>"
)
TITLES = {
    "front": "Body figure, front view: a person standing upright, facing you, arms at the "
    "sides with the palms forward",
    "back": "Body figure, back view: the same person seen from behind",
    "side": "Body figure, side view: the person's right side, facing to your right",
}


def _pts(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def _mirror_shape(half: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A closed outline symmetric about the midline from its right half (d, y)."""
    left = [(CX - d, y) for d, y in half]
    right = [(CX + d, y) for d, y in reversed(half)]
    return left + right


def _limb(edge, top: float, bottom: float, step: float = 6.0):  # type: ignore[no-untyped-def]
    ys = [top + i * step for i in range(int((bottom - top) / step) + 1)]
    outer = [(edge(y, 1.0), y) for y in ys]
    inner = [(edge(y, -1.0), y) for y in reversed(ys)]
    return outer + inner


def _both_sides(shape: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A shape given as (d, y) on the viewer's left of the front view, and its mirror."""
    return [[(CX - d, y) for d, y in shape], [(CX + d, y) for d, y in shape]]


def front_shapes() -> list[list[tuple[float, float]]]:
    head = [(interp(HEAD_HALF, y), y) for y in range(20, 153, 4)]
    shapes = [_mirror_shape(head)]
    shapes.append(_mirror_shape([(24.0, 130.0), (24.0, 200.0)]))
    shapes.append(_mirror_shape([(d, y) for y, d in TRUNK_HALF] + [(30.0, 520.0), (4.0, 530.0)]))
    arm_shape = _limb(arm, 196.0, 604.0)
    half = len(arm_shape) // 2
    arm_shape = [*arm_shape[:half], (ARM_AXIS[-1][1], 613.0), *arm_shape[half:]]
    thumb_top, thumb_tip = (arm(520.0, 0.9), 520.0), (arm(578.0, 1.38), 578.0)
    thumb = [
        (thumb_top[0] - 2, thumb_top[1]),
        (thumb_top[0] + 8, thumb_top[1] + 6),
        (thumb_tip[0] + 5, thumb_tip[1] - 6),
        (thumb_tip[0], thumb_tip[1] + 2),
        (thumb_tip[0] - 6, thumb_tip[1] - 4),
        (thumb_top[0] - 6, 548.0),
    ]
    leg_shape = _limb(leg, 470.0, 935.0)
    foot = [
        (22.0, 930.0),
        (FOOT_MEDIAL, 950.0),
        (FOOT_MEDIAL - 1, 972.0),
        (18.0, 980.0),
        (FOOT_LATERAL - 4, 980.0),
        (FOOT_LATERAL, 972.0),
        (FOOT_LATERAL, 956.0),
        (50.0, 932.0),
    ]
    ears = [[(44.0, 84.0), (48.0, 92.0), (47.0, 108.0), (43.0, 116.0), (40.0, 100.0)]]
    for shape in (arm_shape, thumb, leg_shape, foot, *ears):
        shapes += _both_sides(shape)
    return shapes


def side_shapes() -> list[list[tuple[float, float]]]:
    ys = [float(y) for y in range(20, 936, 4)]
    body = [(interp(SIDE_FRONT, y), y) for y in ys]
    body += [(132.0, 935.0), (SIDE_FOOT_TOE_X - 6, 966.0), (SIDE_FOOT_TOE_X, 976.0)]
    body += [(SIDE_FOOT_TOE_X - 4, 980.0), (104.0, 980.0), (100.0, 968.0)]
    body += [(interp(SIDE_BACK, y), y) for y in reversed(ys)]
    ear = [
        (100.0, 84.0),
        (112.0, 80.0),
        (117.0, 92.0),
        (116.0, 110.0),
        (108.0, 118.0),
        (99.0, 104.0),
    ]
    side_arm_axis = [(200.0, 118.0), (376.0, 114.0), (511.0, 120.0), (613.0, 124.0)]
    half = [(200.0, 22.0), (376.0, 14.0), (511.0, 10.0), (560.0, 12.0), (613.0, 7.0)]
    ys_arm = [200.0 + 6 * i for i in range(69)]
    arm_shape = [(interp(side_arm_axis, y) + interp(half, y), y) for y in ys_arm]
    arm_shape += [(interp(side_arm_axis, y) - interp(half, y), y) for y in reversed(ys_arm)]
    return [body, ear, arm_shape]


def svg(view: str) -> str:
    width = SIDE_WIDTH if view == "side" else WIDTH
    shapes = side_shapes() if view == "side" else front_shapes()
    if view == "back":
        shapes = [[(WIDTH - x, y) for x, y in shape] for shape in shapes]
    polygons = [f'<polygon points="{_pts(shape)}"/>' for shape in shapes]
    if view == "side":
        # The arm hangs in front of the trunk: draw the body, then the arm over it.
        edge_body, fill_body = polygons[:2], polygons[:2]
        parts = [
            f'<g class="edge">{"".join(edge_body)}</g>',
            f'<g class="body">{"".join(fill_body)}</g>',
            f'<g class="edge">{polygons[2]}</g>',
            f'<g class="body">{polygons[2]}</g>',
        ]
    else:
        parts = [
            f'<g class="edge">{"".join(polygons)}</g>',
            f'<g class="body">{"".join(polygons)}</g>',
        ]
    marks = []
    if view == "front":
        marks += [f'<circle cx="{CX}" cy="{Y["navel"]}" r="3"/>']
        marks += [f'<circle cx="{CX + s * 56}" cy="{Y["nipple"]}" r="2.5"/>' for s in (-1, 1)]
    if view == "back":
        marks += [f'<path d="M{CX} {Y["c7"]}V{Y["gluteal_fold"] - 50}"/>']
    parts.append(f'<g class="mark">{"".join(marks)}</g>')
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {HEIGHT:g}" '
        f'width="{width:g}" height="{HEIGHT:g}" role="img" aria-labelledby="title-{view}">'
        f'<title id="title-{view}">{TITLES[view]}</title>{STYLE}{"".join(parts)}</svg>\n'
    )


def located_from() -> dict[str, str]:
    """Code -> the source of the location text each position follows (its first row)."""
    found: dict[str, str] = {}
    with (ROOT / "seed" / "catalog" / "locations.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["site"] == "1" and (row["standard_uses"] == "true" or row["code"] not in found):
                found.setdefault(row["code"], row["source"])
                if row["source"] == "who-wpro-2008":
                    found[row["code"]] = row["source"]
    return found


def rows(placed: list[Placed]) -> list[dict[str, str]]:
    based_on = located_from()
    out = []
    for p in placed:
        width = SIDE_WIDTH if p.view == "side" else WIDTH
        for who in p.sides:
            x = p.d if p.view == "side" else x_of(p.view, who, p.d)
            out.append(
                {
                    "code": p.code,
                    "view": p.view,
                    "site": str(p.site),
                    "side": who,
                    "x": f"{x / width:.4f}",
                    "y": f"{p.y / HEIGHT:.4f}",
                    "source": SOURCE,
                    "based_on": based_on[p.code],
                    "note": p.note or "",
                }
            )
    return out


# Where each region may sit: (views, lowest y, highest y) in viewBox units.
REGION_BANDS: dict[str, tuple[set[str], float, float]] = {
    "scalp": ({"front", "back", "side"}, 15, 135),
    "face": ({"front", "side"}, 50, 155),
    "ear": ({"front", "side", "back"}, 75, 120),
    "neck": ({"front", "back", "side"}, 110, 200),
    "chest": ({"front", "side"}, 185, 345),
    "abdomen": ({"front", "side"}, 280, 540),
    "upper-back": ({"back"}, 160, 345),
    "lower-back": ({"back"}, 320, 430),
    "sacrum": ({"back"}, 415, 485),
    "buttock": ({"back", "front", "side"}, 440, 540),
    "shoulder": ({"front", "back", "side"}, 170, 260),
    "armpit": ({"front", "back"}, 215, 260),
    "upper-arm": ({"front", "back"}, 190, 380),
    "elbow": ({"front", "back"}, 340, 400),
    "forearm": ({"front", "back"}, 376, 515),
    "wrist": ({"front", "back"}, 495, 530),
    "hand": ({"front", "back"}, 505, 600),
    "fingers": ({"front", "back"}, 540, 615),
    "hip": ({"front", "back", "side"}, 440, 520),
    "thigh": ({"front", "back", "side"}, 480, 700),
    "knee": ({"front", "back", "side"}, 650, 750),
    "back-of-knee": ({"back"}, 680, 740),
    "leg": ({"front", "back", "side"}, 700, 945),
    "calf": ({"back"}, 700, 945),
    "ankle": ({"front", "back", "side"}, 900, 960),
    "foot": ({"front", "back", "side"}, 930, 985),
    "toes": ({"front", "side"}, 950, 985),
    "sole": ({"back", "front"}, 960, 985),
}


REVIEWED = {
    "HT4": "IAOMAI says wrist; WHO puts it 1.5 B-cun above the palmar wrist crease, so the "
    "figure shows it on the forearm (the region review of locations/METHOD.md, same reason).",
    "BL35": "IAOMAI's text names only the coccyx tip (read as sacrum); WHO puts it in the "
    "buttock, 0.5 B-cun beside the coccyx tip, where the figure shows it.",
    "GB25": "Both sources file it on the side of the trunk (WHO: lateral abdomen; IAOMAI: "
    "lateral thoracic region); WHO puts it below the free end of the 12th rib, behind the "
    "posterior axillary line, so the back view shows it, at the waist's outer edge.",
}
"""Disagreements reviewed by hand: the figure keeps its site, for the reason given."""


def cross_check(out: list[dict[str, str]]) -> list[str]:
    """Each site against both sources' regions (WHO 2008 = A, IAOMAI or the second EX
    source = B): a site outside a region's band disagrees with that source."""
    regions: dict[str, tuple[set[str], set[str]]] = {}
    with (ROOT / "seed" / "research" / "locations" / "points.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            a = {r.split(" ")[0] for r in row["region_source_a"].split("|") if r}
            b = {r.split(" ")[0] for r in row["region_source_b"].split("|") if r}
            regions[row["code"]] = (a, b)
    with (ROOT / "seed" / "catalog" / "point_regions.csv").open(encoding="utf-8") as f:
        catalog: dict[str, set[str]] = defaultdict(set)
        for row in csv.DictReader(f):
            catalog[row["code"]].add(row["region"])
    problems = []
    for site in out:
        code, view, y = site["code"], site["view"], float(site["y"]) * HEIGHT
        a, b = regions.get(code, (catalog[code], set()))
        for label, found in (("A", a), ("B", b), ("catalog", catalog[code])):
            known = [r for r in found if r in REGION_BANDS]
            if not known:
                continue
            fits = any(
                view in REGION_BANDS[r][0] and REGION_BANDS[r][1] <= y <= REGION_BANDS[r][2]
                for r in known
            )
            if not fits and code not in REVIEWED:
                problems.append(
                    f"{code} {view} site {site['site']} {site['side']} y={y:.0f}: "
                    f"outside source {label} region(s) {sorted(known)}"
                )
    return problems


def main() -> None:
    FIGURES.mkdir(parents=True, exist_ok=True)
    for view in ("front", "back", "side"):
        (FIGURES / f"{view}.svg").write_text(svg(view), encoding="utf-8")
    out = rows(place_all())
    with SITES_CSV.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(out[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    problems = cross_check(out)
    codes = {row["code"] for row in out}
    print(f"{len(out)} sites for {len(codes)} points; {len(problems)} region disagreements")
    for problem in problems:
        print("  " + problem)
    for code, reason in REVIEWED.items():
        print(f"  reviewed {code}: {reason}")


if __name__ == "__main__":
    main()
