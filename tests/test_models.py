"""The database itself refuses rows that break the model's rules, on both engines."""

from collections.abc import Iterator

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from app.core.database import build_engine, session_factory
from app.models.meridians import Meridian
from app.models.points import Point, PointKind, PointName, Technique
from app.models.sources import Source
from tests.support import settings_for


@pytest.fixture
def session(empty_database: str) -> Iterator[Session]:
    engine = build_engine(settings_for(empty_database))
    with session_factory(engine)() as db_session:
        source = Source(slug="s", kind="standard", title="S", evidence="e", experts=[], notes=[])
        db_session.add(source)
        db_session.flush()
        db_session.add(
            Meridian(
                code="ST",
                name="Stomach Meridian",
                name_pinyin="Zúyángmíng Wèijīng",
                name_hanzi="足阳明胃经",
                name_hanzi_traditional="足陽明胃經",
                point_count=45,
                position=1,
                other_codes=[],
                source_id=source.id,
            )
        )
        db_session.commit()
        yield db_session
    engine.dispose()


def _point(session: Session, **overrides: object) -> None:
    meridian = session.query(Meridian).one()
    values: dict[str, object] = {
        "code": "ST36",
        "kind": PointKind.STANDARD,
        "meridian_id": meridian.id,
        "extra_group": None,
        "number": 36,
        "laterality": "bilateral",
        "source_id": meridian.source_id,
        "review_status": "curated",
    }
    values.update(overrides)
    session.execute(insert(Point).values(**values))
    session.flush()


def test_a_valid_point_is_accepted(session: Session) -> None:
    _point(session)
    assert session.query(Point).one().code == "ST36"


@pytest.mark.parametrize(
    "overrides",
    [
        {"number": 0},
        {"kind": PointKind.EXTRA},  # an extra point has no meridian
        {"meridian_id": None},  # a standard point needs one
        {"source_id": 999},  # every fact cites an existing source
        {"meridian_id": 999},
    ],
)
def test_rows_that_break_a_rule_are_refused(session: Session, overrides: dict[str, object]) -> None:
    with pytest.raises(IntegrityError):
        _point(session, **overrides)


def test_enum_columns_refuse_unknown_values(session: Session) -> None:
    with pytest.raises((IntegrityError, StatementError)):
        _point(session, laterality="sideways")


def test_codes_and_names_are_unique(session: Session) -> None:
    _point(session)
    point = session.query(Point).one()
    name = {"point_id": point.id, "kind": "pinyin", "value": "Zúsānlǐ", "language": "zh"}
    session.execute(insert(PointName).values(**name, source_id=point.source_id))
    with pytest.raises(IntegrityError):
        session.execute(insert(PointName).values(**name, source_id=point.source_id))
    session.rollback()
    _point(session)
    with pytest.raises(IntegrityError):
        _point(session, number=37)  # same code again


def test_technique_duration_range_is_checked(session: Session) -> None:
    _point(session)
    point = session.query(Point).one()
    with pytest.raises(IntegrityError):
        session.execute(
            insert(Technique).values(
                point_id=point.id,
                instructions="Press.",
                duration_min_seconds=120,
                duration_max_seconds=60,
                sides="each_side",
                source_id=point.source_id,
                review_status="curated",
            )
        )
