"""Detail routes' lookups: each loads the record a path names, or answers 300 or 404.

Every resource goes through the same path: the identifier is resolved by the services'
lookup, and the record's pre-serialised body comes back.
"""

from typing import Annotated

from fastapi import Depends

from app.api.dependencies import SnapshotDep
from app.api.listing import identifier_path
from app.core.http_cache import CachedBody
from app.services.lookup import find_key, find_point

POINT_REF_EXAMPLES = {
    "Canonical code": "BL40",
    "Hyphenated, other meridian code": "UB-40",
    "Pinyin, any tones or spacing": "Wei Zhong",
    "Hanzi": "委中",
    "English name": "Leg Three Miles",
}


async def point_body(
    snapshot: SnapshotDep,
    ref: Annotated[str, identifier_path("Any identifier of the point.", POINT_REF_EXAMPLES)],
) -> CachedBody:
    return snapshot.points.bodies[find_point(snapshot, ref)]


async def condition_body(
    snapshot: SnapshotDep,
    slug: Annotated[
        str,
        identifier_path(
            "Slug, name or synonym of the condition.",
            {"Slug": "lower-back-pain", "A synonym": "lumbago"},
        ),
    ],
) -> CachedBody:
    views = snapshot.conditions
    key = find_key(views.index, slug, kind="condition", noun="condition", example="lumbago")
    return views.bodies[key]


async def region_body(
    snapshot: SnapshotDep,
    slug: Annotated[str, identifier_path("Slug or name of the region.", {"Slug": "back-of-knee"})],
) -> CachedBody:
    views = snapshot.regions
    key = find_key(views.index, slug, kind="region", noun="region", example="lower-back")
    return views.bodies[key]


async def meridian_body(
    snapshot: SnapshotDep,
    code: Annotated[
        str,
        identifier_path(
            "WHO code, another list's code, or the English name.",
            {"WHO code": "BL", "Another list's code": "UB", "English name": "Bladder"},
        ),
    ],
) -> CachedBody:
    views = snapshot.meridians
    key = find_key(views.index, code, kind="meridian", noun="meridian", example="ST")
    return views.bodies[key]


async def routine_body(
    snapshot: SnapshotDep,
    slug: Annotated[
        str,
        identifier_path("Slug or title of the routine.", {"Slug": "back-pain-after-exercise"}),
    ],
) -> CachedBody:
    views = snapshot.routines
    example = "back-pain-after-exercise"
    key = find_key(views.index, slug, kind="routine", noun="routine", example=example)
    return views.bodies[key]


async def source_body(
    snapshot: SnapshotDep,
    slug: Annotated[
        str, identifier_path("Slug or title of the source.", {"Slug": "who-wpro-2008"})
    ],
) -> CachedBody:
    views = snapshot.sources
    key = find_key(views.index, slug, kind="source", noun="source", example="who-wpro-2008")
    return views.bodies[key]


PointBody = Annotated[CachedBody, Depends(point_body)]
ConditionBody = Annotated[CachedBody, Depends(condition_body)]
RegionBody = Annotated[CachedBody, Depends(region_body)]
MeridianBody = Annotated[CachedBody, Depends(meridian_body)]
RoutineBody = Annotated[CachedBody, Depends(routine_body)]
SourceBody = Annotated[CachedBody, Depends(source_body)]
