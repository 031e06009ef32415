"""Alembic owns the schema: it round-trips, and it matches the models."""

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from app.__main__ import alembic_config
from app.models import Base
from tests.support import DatabaseFactory, migrate


def _run(url: str, action: str, target: str) -> None:
    config = alembic_config()
    config.attributes["configure_logging"] = False
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        getattr(command, action)(config, target)
    engine.dispose()


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}
    engine.dispose()
    return names


def test_upgrade_downgrade_upgrade(databases: DatabaseFactory) -> None:
    url = databases.new_url()
    migrate(url)
    assert _tables(url) == set(Base.metadata.tables)
    _run(url, "downgrade", "base")
    assert _tables(url) == set()
    _run(url, "upgrade", "head")
    assert _tables(url) == set(Base.metadata.tables)


def test_models_and_migrations_do_not_drift(empty_database: str) -> None:
    engine = create_engine(empty_database)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == [], f"models and migrations differ: {differences}"


def test_drift_check_notices_a_missing_column(empty_database: str) -> None:
    """The drift test above can fail: a column the migrations lack is reported."""
    from sqlalchemy import Column, MetaData, String

    drifted = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(drifted)
    drifted.tables["tips"].append_column(Column("extra_field", String(10)))
    engine = create_engine(empty_database)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        differences = compare_metadata(context, drifted)
    engine.dispose()
    assert any(diff[0] == "add_column" and diff[3].name == "extra_field" for diff in differences)


@pytest.mark.parametrize("table", ["points", "point_names", "techniques", "errata"])
def test_constraint_names_follow_the_convention(empty_database: str, table: str) -> None:
    engine = create_engine(empty_database)
    inspector = inspect(engine)
    foreign_keys = inspector.get_foreign_keys(table)
    primary = inspector.get_pk_constraint(table)
    engine.dispose()
    if engine.dialect.name == "postgresql":
        assert primary["name"] == f"{table}_pkey"
    assert all(fk["name"] == f"{table}_{fk['constrained_columns'][0]}_fkey" for fk in foreign_keys)
