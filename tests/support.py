"""Helpers the fixtures and the tests share: databases per engine, migrations, settings.

Without a PostgreSQL server the PostgreSQL half of the suite is skipped (loudly), unless
ACUPOINT_TEST_REQUIRE_POSTGRES=1, as in CI, where that is a failure.
"""

import os
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.__main__ import alembic_config
from app.core.settings import PROJECT_ROOT, Settings

ENGINES = ("sqlite", "postgresql")
POSTGRES_ADMIN_URL = os.environ.get(
    "ACUPOINT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("ACUPOINT_TEST_REQUIRE_POSTGRES") == "1"
SEED_DIR = PROJECT_ROOT / "seed"


class PostgresProbe:
    """Asks the PostgreSQL server once per session whether it answers."""

    def __init__(self) -> None:
        self.checked = False
        self.error: str | None = None

    def problem(self) -> str | None:
        """None when the server answers, else why not."""
        if not self.checked:
            self.checked = True
            engine = create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
            try:
                with engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
            except Exception as error:
                self.error = f"{type(error).__name__}: {error}".splitlines()[0]
            finally:
                engine.dispose()
        return self.error


postgres = PostgresProbe()


class DatabaseFactory:
    """Creates empty databases for one engine and removes them at the end of the session."""

    def __init__(self, kind: str, tmp: Path) -> None:
        self.kind = kind
        self.tmp = tmp
        self.created: list[str] = []

    def new_url(self) -> str:
        if self.kind == "sqlite":
            return f"sqlite:///{self.tmp / f'{uuid.uuid4().hex}.sqlite3'}"
        name = f"acupoint_test_{uuid.uuid4().hex[:16]}"
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.created.append(name)
        return make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        if not self.created:
            return
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            for name in self.created:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def migrate(url: str) -> None:
    """Bring the database at ``url`` to the latest migration."""
    from alembic import command

    config = alembic_config()
    config.attributes["configure_logging"] = False
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()


def settings_for(url: str, **overrides: object) -> Settings:
    return Settings(database_url=url, environment="test", **overrides)  # type: ignore[arg-type]


def migrate_and_seed(url: str) -> None:
    """Migrate the database at ``url`` and load the seed into it."""
    from app.core.database import build_engine, session_factory
    from app.seeding.service import load_seed

    migrate(url)
    engine = build_engine(settings_for(url))
    try:
        load_seed(session_factory(engine), SEED_DIR)
    finally:
        engine.dispose()
