"""Helpers the fixtures and the tests share: databases per engine, migrations, settings.

Without a PostgreSQL server the PostgreSQL half of the suite is skipped (loudly), unless
ACUPOINT_TEST_REQUIRE_POSTGRES=1, as in CI, where that is a failure.
"""

import os
import shutil
import uuid
from pathlib import Path
from typing import Any

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
        self.seeded_template: str | None = None

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

    def seeded_copy(self) -> str:
        """A fresh database holding the seed, for a test that writes.

        The seed is loaded once per session into a template; each call copies it (a file
        copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), which takes a fraction
        of the seconds a seed run takes and gives the same database.
        """
        if self.seeded_template is None:
            template = self.new_url()
            migrate_and_seed(template)
            self.seeded_template = template
        if self.kind == "sqlite":
            target = self.new_url()
            source_file = make_url(self.seeded_template).database
            target_file = make_url(target).database
            assert source_file
            assert target_file
            shutil.copyfile(source_file, target_file)
            return target
        name = f"acupoint_test_{uuid.uuid4().hex[:16]}"
        template_name = make_url(self.seeded_template).database
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
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
    """Settings for a test; rate limits are off unless the test turns them on."""
    chosen: dict[str, object] = {"rate_limits_enabled": False, **overrides}
    return Settings(database_url=url, environment="test", **chosen)  # type: ignore[arg-type]


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


def make_key(url: str, role: str, name: str, valid_days: int | None = None) -> str:
    """Create an API key in the database at ``url``; returns the key itself."""
    from app.core.database import build_engine, session_factory, transaction
    from app.models.keys import Role
    from app.services.keys import create_key

    engine = build_engine(settings_for(url))
    try:
        with transaction(session_factory(engine)) as session:
            return create_key(session, name, Role(role), valid_days).key
    finally:
        engine.dispose()


def bearer(key: str) -> dict[str, str]:
    """The request headers that present ``key``."""
    return {"Authorization": f"Bearer {key}"}


def dataset_state(url: str) -> tuple[dict[tuple[str, str], dict[str, Any]], int]:
    """Every stored record's content by (kind, key), and the newest change's number: two
    states compare equal only when no write happened in between."""
    from app.core.database import build_engine, session_factory
    from app.seeding.store import latest_change, stored_records

    engine = build_engine(settings_for(url))
    try:
        with session_factory(engine)() as session:
            records = {where: record.content for where, record in stored_records(session).items()}
            return records, latest_change(session)
    finally:
        engine.dispose()
