"""Grow a seeded benchmark database to N points with synthetic rows, for ``run.py --points``.

The seed's loader cannot take them (extra-point codes stop at 99 per group and every
meridian's count is checked), so the rows go straight into the tables after the seed:
points numbered from 101 up on the fourteen meridians (``ST101`` …), with names, a
location or two and a region each, plus conditions with synonyms and claims, all in the
seed's proportions and all cited to the source ``bench-synthetic``. The seeded rows are
left as they are, so a seeded point's answer is the same at both sizes. A new dataset
version (``bench-synthetic-N``) is recorded last. Never run it against a real database.

Prints one JSON line: the rows inserted and the read model's build time before and after.

Run from the repository root, after migrate and seed, with ``ACUPOINT_DATABASE_URL`` set:
``.venv/bin/python -m bench.synthetic --points 10000``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.core.database import build_engine, session_factory
from app.core.settings import get_settings
from app.models.base import ReviewStatus
from app.models.conditions import Condition, ConditionSynonym, Evidence, PointCondition
from app.models.dataset import DatasetVersion
from app.models.meridians import Meridian
from app.models.points import (
    Laterality,
    LocationKind,
    NameKind,
    Point,
    PointKind,
    PointLocation,
    PointName,
    point_regions,
)
from app.models.regions import Region
from app.models.sources import Source, SourceKind
from app.readmodel.snapshot import load_snapshot

SOURCE_SLUG = "bench-synthetic"
FIRST_NUMBER = 101
"""Above every real meridian's count (the bladder's 67), and still a 3-digit code."""
BATCH = 5000


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SYLLABLES = _words(
    "an bai bao bei ben bi bian biao bing bu cai can cang ce chang che chen cheng chi chong "
    "chu chuan ci cong cuan da dai dan dao di dian ding du dui fei feng fu gan gao ge gong "
    "guan gui hai han he heng hou hua huan huang hui ji jia jian jiao jie jin jing jiu ju "
    "jue kong kou kun lao li lian liang lie ling lu luo mei men ming mu nao nei pang pi po "
    "qi qian qiang qiao qing qiu qu quan ran ren ri ru shan shang shao shen sheng shi shou "
    "shu shui si tai tao tian tiao tong tou wai wan wang wei wen wu xi xia xian xiao xin "
    "xing xiong xuan xue ya yang yao ye yi yin ying yong you yu yuan yue yun ze zhang zhao "
    "zhen zheng zhi zhong zhou zhu zi zu"
)
TONES = {"a": "āáǎà", "e": "ēéěè", "i": "īíǐì", "o": "ōóǒò", "u": "ūúǔù"}
HANZI = "大小上下中內外天地人心肝脾肺腎陽陰風水火金木土山海池泉谷門關道宮府堂室庭井溪"
ENGLISH = _words(
    "great small upper lower middle inner outer heaven earth spirit heart wind water fire "
    "metal wood mountain sea pool spring valley gate pass road palace mansion hall court "
    "well stream bright hidden crossing meeting returning flying jade golden silver"
)
BODY = _words(
    "wrist ankle elbow knee shoulder neck back chest belly hip thigh calf forearm hand foot "
    "finger toe jaw temple brow scalp rib spine sole palm heel shin"
)
SYMPTOMS = _words(
    "ache pain stiffness cramp numbness tingling swelling weakness tension soreness "
    "tiredness heaviness itching burning throbbing fatigue"
)
ANATOMY = _words(
    "depression groove crease tendon border notch prominence hollow fold junction margin"
)


def pseudo_word(rng: random.Random) -> str:
    """A made-up word, so the vocabulary grows with the data as real names would."""
    return "".join(rng.choice("bcdfghjklmnprstvz") + rng.choice("aeiou") for _ in range(3))


def pinyin(rng: random.Random) -> tuple[str, str]:
    """Two or three syllables, with tone marks and without."""
    plain = [rng.choice(SYLLABLES) for _ in range(rng.choice((2, 2, 3)))]
    toned = []
    for syllable in plain:
        vowel = next((v for v in "aeoiu" if v in syllable), None)
        mark = TONES[vowel][rng.randrange(4)] if vowel else ""
        toned.append(syllable.replace(vowel, mark, 1) if vowel else syllable)
    return "".join(toned).capitalize(), "".join(plain).capitalize()


def count(session: Session, model: Any) -> int:
    return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def timed_build(session: Session) -> float:
    started = time.perf_counter()
    load_snapshot(session)
    return time.perf_counter() - started


def insert_rows(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(table), list(rows[start : start + BATCH]))


def grow(session: Session, total_points: int, rng: random.Random) -> dict[str, int]:
    """Insert the synthetic rows; the number of rows of each table inserted."""
    seeded = {
        "points": count(session, Point),
        "point_names": count(session, PointName),
        "point_locations": count(session, PointLocation),
        "conditions": count(session, Condition),
        "condition_synonyms": count(session, ConditionSynonym),
        "point_conditions": count(session, PointCondition),
    }
    new_points = total_points - seeded["points"]
    if new_points <= 0:
        return {}
    factor = total_points / seeded["points"]
    cited: dict[str, Any] = {"review_status": ReviewStatus.UNREVIEWED}
    source_id = session.execute(
        insert(Source)
        .values(
            slug=SOURCE_SLUG,
            kind=SourceKind.DATASET,
            title="Synthetic benchmark data: generated, not real (bench/synthetic.py)",
            evidence="None: made up to measure the service at a larger size.",
            experts=[],
            notes=[],
            review_status=ReviewStatus.UNREVIEWED,
        )
        .returning(Source.id)
    ).scalar_one()
    cited["source_id"] = source_id
    meridians = list(session.execute(select(Meridian.id, Meridian.code).order_by(Meridian.id)))
    region_ids = list(session.execute(select(Region.id)).scalars())

    point_rows = []
    for i in range(new_points):
        meridian_id, code = meridians[i % len(meridians)]
        number = FIRST_NUMBER + i // len(meridians)
        point_rows.append(
            {
                **cited,
                "code": f"{code}{number}",
                "kind": PointKind.STANDARD,
                "meridian_id": meridian_id,
                "extra_group": None,
                "number": number,
                "laterality": Laterality.BILATERAL,
                "note": f"{SOURCE_SLUG}: not a real point",
            }
        )
    insert_rows(session, Point, point_rows)
    point_ids = list(
        session.execute(select(Point.id).where(Point.source_id == source_id)).scalars()
    )

    names_per_point = round(seeded["point_names"] / seeded["points"])
    name_rows: list[dict[str, Any]] = []
    location_rows: list[dict[str, Any]] = []
    region_rows: list[dict[str, Any]] = []
    lay_every = max(
        1, round(seeded["points"] / max(1, seeded["point_locations"] - seeded["points"]))
    )
    for n, point_id in enumerate(point_ids):
        toned, toneless = pinyin(rng)
        hanzi = "".join(rng.choice(HANZI) for _ in range(rng.choice((2, 3))))
        english = " ".join(w.capitalize() for w in rng.sample(ENGLISH, 2))
        names = [
            (NameKind.PINYIN, toned, "zh-Latn-pinyin"),
            (NameKind.PINYIN_TONELESS, toneless, "zh-Latn-pinyin"),
            (NameKind.HANZI, hanzi, "zh-Hans"),
            (NameKind.HANZI_TRADITIONAL, hanzi, "zh-Hant"),
            (NameKind.ENGLISH, english, "en"),
        ]
        while len(names) < names_per_point:
            alias = f"{pseudo_word(rng).capitalize()} {rng.choice(ENGLISH).capitalize()}"
            names.append((NameKind.ALIAS, alias, "en"))
        name_rows += [
            {**cited, "point_id": point_id, "kind": kind, "value": value, "language": language}
            for kind, value, language in names
        ]
        body = rng.choice(BODY)
        location_rows.append(
            {
                **cited,
                "point_id": point_id,
                "kind": LocationKind.ANATOMICAL,
                "site": 1,
                "text": f"On the {body}, in the {rng.choice(ANATOMY)} by the {pseudo_word(rng)}.",
                "standard_uses": False,
            }
        )
        if n % lay_every == 0:
            location_rows.append(
                {
                    **cited,
                    "point_id": point_id,
                    "kind": LocationKind.LAY,
                    "site": 1,
                    "text": f"Feel for the {rng.choice(ANATOMY)} on the {body}.",
                    "standard_uses": False,
                }
            )
        region_rows.append(
            {"point_id": point_id, "region_id": rng.choice(region_ids), "source_id": source_id}
        )
    insert_rows(session, PointName, name_rows)
    insert_rows(session, PointLocation, location_rows)
    insert_rows(session, point_regions, region_rows)

    new_conditions = round(seeded["conditions"] * factor) - seeded["conditions"]
    condition_rows = []
    for i in range(new_conditions):
        words = (rng.choice(BODY), pseudo_word(rng), rng.choice(SYMPTOMS))
        condition_rows.append(
            {
                **cited,
                "slug": f"{SOURCE_SLUG}-{i + 1}",
                "name": " ".join(words).capitalize(),
                "description": f"{SOURCE_SLUG}: not a real condition.",
            }
        )
    insert_rows(session, Condition, condition_rows)
    condition_ids = list(
        session.execute(select(Condition.id).where(Condition.source_id == source_id)).scalars()
    )
    synonyms_per_condition = round(seeded["condition_synonyms"] / seeded["conditions"])
    synonym_rows = [
        {
            **cited,
            "condition_id": condition_id,
            "value": f"{rng.choice(SYMPTOMS)} {rng.choice(BODY)} {pseudo_word(rng)} {k}",
        }
        for condition_id in condition_ids
        for k in range(synonyms_per_condition)
    ]
    insert_rows(session, ConditionSynonym, synonym_rows)
    new_claims = round(seeded["point_conditions"] * factor) - seeded["point_conditions"]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < min(new_claims, len(point_ids) * len(condition_ids)):
        pairs.add((rng.choice(point_ids), rng.choice(condition_ids)))
    claim_rows = [
        {
            **cited,
            "point_id": point_id,
            "condition_id": condition_id,
            "claim": f"Said to ease {rng.choice(SYMPTOMS)} of the {rng.choice(BODY)}.",
            "relevance": rng.randint(1, 3),
            "evidence": Evidence.TRADITIONAL,
        }
        for point_id, condition_id in sorted(pairs)
    ]
    insert_rows(session, PointCondition, claim_rows)

    latest = session.execute(
        select(DatasetVersion).order_by(DatasetVersion.id.desc()).limit(1)
    ).scalar_one()
    session.execute(
        insert(DatasetVersion).values(
            version=f"{SOURCE_SLUG}-{total_points}",
            checksum=hashlib.sha256(
                f"{latest.checksum}+{SOURCE_SLUG}-{total_points}".encode()
            ).hexdigest(),
            medical_notice=latest.medical_notice,
            loaded_at=datetime.now(UTC),
        )
    )
    return {
        "sources": 1,
        "points": len(point_rows),
        "point_names": len(name_rows),
        "point_locations": len(location_rows),
        "point_regions": len(region_rows),
        "conditions": len(condition_rows),
        "condition_synonyms": len(synonym_rows),
        "point_conditions": len(claim_rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--points", type=int, required=True, help="points in all, seeded ones too")
    parser.add_argument("--random-seed", type=int, default=20261126)
    args = parser.parse_args(argv)
    engine = build_engine(get_settings())
    sessions = session_factory(engine)
    try:
        with sessions() as session:
            timed_build(session)  # the first build also pays for imports and warm-up
            before = timed_build(session)
        with sessions() as session:
            inserted = grow(session, args.points, random.Random(args.random_seed))
            session.commit()
        with sessions() as session:
            after = timed_build(session)
            points = count(session, Point)
    finally:
        engine.dispose()
    report = {
        "points": points,
        "inserted": inserted,
        "snapshot_seconds_before": round(before, 3),
        "snapshot_seconds_after": round(after, 3),
    }
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
