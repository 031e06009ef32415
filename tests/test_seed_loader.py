"""The seed loader: validates everything first, writes in one transaction, idempotently."""

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, func, select, text

from app.core.database import build_engine, session_factory
from app.models import Base
from app.models.points import Point, PointName
from app.seeding import writer
from app.seeding.reader import SeedInvalid, SeedIssue
from app.seeding.service import load_seed, validate_seed
from tests.support import SEED_DIR, settings_for


@pytest.fixture
def engine(empty_database: str) -> Iterator[Engine]:
    database_engine = build_engine(settings_for(empty_database))
    yield database_engine
    database_engine.dispose()


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SEED_DIR, tmp_path / "seed"))


def table_contents(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order, to compare database states."""
    contents = {}
    with engine.connect() as connection:
        for name, table in Base.metadata.tables.items():
            if name == "dataset_versions":
                columns = [table.c.version, table.c.checksum]
            else:
                columns = list(table.c)
            rows = connection.execute(select(*columns)).all()
            contents[name] = sorted(tuple(map(repr, row)) for row in rows)
    return contents


def edit_yaml(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_loads_the_whole_catalog_and_article(engine: Engine) -> None:
    report = load_seed(session_factory(engine), SEED_DIR)
    assert report.sync.new_version_recorded
    with engine.connect() as connection:
        kinds = {
            str(kind): count
            for kind, count in connection.execute(
                select(Point.kind, func.count()).group_by(Point.kind)
            )
        }
        per_meridian = connection.execute(
            text(
                "SELECT m.code, count(p.id) FROM meridians m JOIN points p"
                " ON p.meridian_id = m.id GROUP BY m.code"
            )
        )
        counts = {str(row[0]): int(row[1]) for row in per_meridian}
    assert kinds == {"standard": 361, "extra": 48}
    assert counts == {
        "LU": 11, "LI": 20, "ST": 45, "SP": 21, "HT": 9, "SI": 19, "BL": 67,
        "KI": 27, "PC": 9, "TE": 23, "GB": 44, "LR": 14, "GV": 28, "CV": 24,
    }  # fmt: skip


def test_running_twice_changes_nothing(engine: Engine) -> None:
    factory = session_factory(engine)
    load_seed(factory, SEED_DIR)
    before = table_contents(engine)
    report = load_seed(factory, SEED_DIR)
    assert not report.sync.changed
    assert not report.sync.new_version_recorded
    assert table_contents(engine) == before


def test_a_changed_file_updates_and_prunes_and_records_a_new_version(
    engine: Engine, seed_copy: Path
) -> None:
    factory = session_factory(engine)
    load_seed(factory, SEED_DIR)

    def change(points: list[dict[str, Any]]) -> None:
        bl40 = next(p for p in points if p["code"] == "BL40")
        bl40["names"] = [n for n in bl40["names"] if n["value"] != "Wei Zhong"]
        bl40["lay_location"] = "Midpoint of the crease behind the knee."

    edit_yaml(seed_copy / "content" / "points.yaml", change)
    report = load_seed(factory, seed_copy)
    assert report.sync.updated == {"point_locations": 1}
    assert report.sync.deleted == {"point_names": 1}
    assert report.sync.new_version_recorded
    with engine.connect() as connection:
        names = connection.execute(select(PointName.value).where(PointName.value == "Wei Zhong"))
        assert names.all() == []
        versions = connection.execute(text("SELECT count(*) FROM dataset_versions")).scalar()
    assert versions == 2


@pytest.mark.parametrize(
    ("file", "change", "expected"),
    [
        (
            "content/points.yaml",
            lambda rows: rows[0]["technique"].update(duration_min_seconds=-5),
            (
                "content/points.yaml",
                "code/source=ST36/tcmtips-post-exercise-recovery",
                "technique.duration_min_seconds",
            ),
        ),
        (
            "content/conditions.yaml",
            lambda rows: rows[0].update(slug="Not A Slug"),
            ("content/conditions.yaml", "slug=Not A Slug", "slug"),
        ),
        (
            "content/contraindications.yaml",
            lambda rows: rows[0].update(severity="sometimes"),
            ("content/contraindications.yaml", "slug=skin-problem-at-site", "severity"),
        ),
        (
            "sources.yaml",
            lambda rows: rows[0].pop("title"),
            ("sources.yaml", "slug=tcmtips-post-exercise-recovery", "title"),
        ),
        (
            "content/routines.yaml",
            lambda rows: rows[0].update(unexpected="field"),
            ("content/routines.yaml", "slug=post-exercise-muscle-recovery", "unexpected"),
        ),
    ],
)
def test_invalid_records_are_reported_and_nothing_is_written(
    engine: Engine, seed_copy: Path, file: str, change: Any, expected: tuple[str, str, str]
) -> None:
    edit_yaml(seed_copy / file, change)
    with pytest.raises(SeedInvalid) as raised:
        load_seed(session_factory(engine), seed_copy)
    first, *others = raised.value.issues
    assert (first.file, first.record, first.field) == expected
    # Renaming a record breaks the references to its old key: those are reported too.
    assert all(issue.refers_to for issue in others)
    assert all(issue.line for issue in raised.value.issues)
    assert all(rows == [] for rows in table_contents(engine).values())


def test_a_point_named_with_another_points_code_or_pinyin_is_caught(seed_copy: Path) -> None:
    """The article's own mistake: a GB41 section carrying ST-41's names."""

    def change(points: list[dict[str, Any]]) -> None:
        gb41 = next(p for p in points if p["code"] == "GB41")
        gb41["names"] = [
            {"kind": "code_alias", "value": "Stomach-41", "language": "en"},
            {"kind": "alias", "value": "Jie Xi", "language": "zh-Latn-pinyin"},
        ]

    edit_yaml(seed_copy / "content" / "points.yaml", change)
    with pytest.raises(SeedInvalid) as raised:
        validate_seed(seed_copy)
    problems = [i.problem for i in raised.value.issues]
    assert problems == [
        "code 'Stomach-41' names ST41, not GB41",
        "pinyin 'Jie Xi' does not spell GB41's name 'zulinqi'",
    ]


def test_catalog_rows_must_agree_with_their_meridian(seed_copy: Path) -> None:
    csv_path = seed_copy / "catalog" / "points.csv"
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    lines = [line.replace("ST36,ST,36", "ST36,SP,36") for line in lines]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SeedInvalid) as raised:
        validate_seed(seed_copy)
    found = {(i.record, i.field) for i in raised.value.issues}
    assert ("code=ST36", "code") in found
    assert ("meridian=ST", "number") in found  # ST now lacks its 36th point
    assert ("meridian=SP", "number") in found  # SP has 22 points


def test_broken_references_are_reported(seed_copy: Path) -> None:
    edit_yaml(
        seed_copy / "content" / "routines.yaml",
        lambda rows: rows[0].update(steps=["ST36", "ST99"], condition="no-such-condition"),
    )
    with pytest.raises(SeedInvalid) as raised:
        validate_seed(seed_copy)
    assert {(i.field, i.problem) for i in raised.value.issues} == {
        ("condition", "unknown reference 'no-such-condition'"),
        ("steps", "unknown reference 'ST99'"),
    }


def test_a_failure_while_writing_rolls_everything_back(
    engine: Engine, seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    factory = session_factory(engine)
    load_seed(factory, SEED_DIR)
    before = table_contents(engine)
    edit_yaml(
        seed_copy / "content" / "tips.yaml", lambda rows: rows[0].update(title="Stretch as well")
    )

    def fail(self: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer._Sync, "_record_version", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        load_seed(factory, seed_copy)
    assert table_contents(engine) == before


def test_cli_reports_problems_with_file_line_record_and_field(
    seed_copy: Path, tmp_path: Path
) -> None:
    edit_yaml(seed_copy / "content" / "tips.yaml", lambda rows: rows[1].pop("body"))
    dumped = (seed_copy / "content" / "tips.yaml").read_text(encoding="utf-8").splitlines()
    line = dumped.index("- slug: stay-hydrated") + 1
    result = subprocess.run(
        [sys.executable, "-m", "app", "validate-seed", "--dir", str(seed_copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert f"content/tips.yaml:{line}: slug=stay-hydrated: body: Field required" in result.stderr


def test_the_sources_the_catalog_cites_cannot_go_missing() -> None:
    from dataclasses import replace

    from app.seeding.consistency import check_consistency
    from app.seeding.service import validate_seed
    from tests.support import SEED_DIR

    data = validate_seed(SEED_DIR)
    without = replace(data, sources=[s for s in data.sources if s.slug != "who-nomenclature-1991"])
    problems = [str(issue) for issue in check_consistency(without)]
    assert any("who-nomenclature-1991" in p and "catalog cites" in p for p in problems)


def problems_of(seed: Path) -> list[SeedIssue]:
    with pytest.raises(SeedInvalid) as raised:
        validate_seed(seed)
    return raised.value.issues


def test_a_key_repeated_inside_one_yaml_record_is_refused(seed_copy: Path) -> None:
    """YAML would keep the last value silently: `regions: [shin]` then `regions: [calf]`."""
    path = seed_copy / "content" / "points.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line == "  regions: [calf]")
    lines.insert(at + 1, "  regions: [leg]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    issues = problems_of(seed_copy)
    assert [(i.file, i.line, i.field, i.problem) for i in issues] == [
        ("content/points.yaml", at + 2, "regions", "the key is repeated in one record")
    ]


def test_the_same_synonym_on_two_conditions_is_refused(seed_copy: Path) -> None:
    def change(conditions: list[dict[str, Any]]) -> None:
        fatigue = next(c for c in conditions if c["slug"] == "muscle-fatigue")
        fatigue["synonyms"].append("Sore Calves")  # already calf-tension's, in another case

    edit_yaml(seed_copy / "content" / "conditions.yaml", change)
    issues = problems_of(seed_copy)
    assert [(i.record, i.field, i.problem) for i in issues] == [
        ("slug=calf-tension", "synonyms", "'sore calves' already names 'muscle-fatigue'")
    ]
    assert issues[0].line is not None


def test_a_point_without_a_region_is_refused(seed_copy: Path) -> None:
    path = seed_copy / "catalog" / "point_regions.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text(
        "\n".join(line for line in lines if not line.startswith("LU7,")) + "\n", encoding="utf-8"
    )
    issues = problems_of(seed_copy)
    assert [(i.file, i.record, i.problem) for i in issues] == [
        ("catalog/points.csv", "code=LU7", "no region places this point")
    ]
    assert issues[0].line == 8  # LU7's row, after the header


def test_a_fact_without_a_source_is_refused(seed_copy: Path) -> None:
    path = seed_copy / "catalog" / "names.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    row = lines[1].split(",")
    row[header.index("source")] = ""
    lines[1] = ",".join(row)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    issues = problems_of(seed_copy)
    assert [(i.file, i.line, i.field) for i in issues] == [("catalog/names.csv", 2, "source")]


def test_every_problem_of_every_stage_is_reported_in_one_run(seed_copy: Path) -> None:
    # A file stage problem, a record stage problem and a cross-record problem at once.
    tips = seed_copy / "content" / "tips.yaml"
    tips.write_text(
        tips.read_text(encoding="utf-8").replace(
            "  title: Stay hydrated\n", "  title: Stay hydrated\n  title: Drink\n"
        ),
        encoding="utf-8",
    )
    edit_yaml(
        seed_copy / "content" / "routines.yaml",
        lambda rows: rows[0].update(steps=["ST99"]),
    )
    regions = seed_copy / "catalog" / "point_regions.csv"
    regions.write_text(
        regions.read_text(encoding="utf-8").replace("LU1,chest,", "LU1,elsewhere,", 1),
        encoding="utf-8",
    )
    issues = problems_of(seed_copy)
    found = {(i.file, i.field, i.problem) for i in issues}
    assert ("content/tips.yaml", "title", "the key is repeated in one record") in found
    assert ("content/routines.yaml", "steps", "unknown reference 'ST99'") in found
    assert ("catalog/point_regions.csv", "region", "unknown reference 'elsewhere'") in found
    placed = next(i for i in issues if i.file == "catalog/point_regions.csv")
    assert placed.line == 2
    assert str(placed).startswith("catalog/point_regions.csv:2: code/region=LU1/elsewhere")
