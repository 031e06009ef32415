"""Fixtures: every database test runs on SQLite and on PostgreSQL.

Each test session creates its own PostgreSQL databases and drops them afterwards. Without
a PostgreSQL server the PostgreSQL half is skipped (loudly), unless
ACUPOINT_TEST_REQUIRE_POSTGRES=1, as in CI, where that is a failure.
"""

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.__main__ import alembic_config
from app.core.settings import PROJECT_ROOT, Settings
from app.main import create_app
from app.seeding.reader import SeedData
from app.seeding.service import validate_seed

ENGINES = ("sqlite", "postgresql")
POSTGRES_ADMIN_URL = os.environ.get(
    "ACUPOINT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_POSTGRES = os.environ.get("ACUPOINT_TEST_REQUIRE_POSTGRES") == "1"
SEED_DIR = PROJECT_ROOT / "seed"

_postgres_error: str | None = None
_postgres_checked = False
_postgres_skips = 0


def _postgres_available() -> str | None:
    """None when the server answers, else why not."""
    global _postgres_checked, _postgres_error
    if not _postgres_checked:
        _postgres_checked = True
        engine = create_engine(POSTGRES_ADMIN_URL, connect_args={"connect_timeout": 3})
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception as error:
            _postgres_error = f"{type(error).__name__}: {error}".splitlines()[0]
        finally:
            engine.dispose()
    return _postgres_error


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


@pytest.fixture(scope="session", params=ENGINES)
def engine_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    if kind == "postgresql":
        problem = _postgres_available()
        if problem is not None:
            global _postgres_skips
            _postgres_skips += 1
            message = f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {problem}"
            if REQUIRE_POSTGRES:
                pytest.fail(message + " (ACUPOINT_TEST_REQUIRE_POSTGRES=1)", pytrace=False)
            pytest.skip(message)
    return kind


@pytest.fixture(scope="session")
def databases(
    engine_kind: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DatabaseFactory]:
    factory = DatabaseFactory(engine_kind, tmp_path_factory.mktemp(f"db-{engine_kind}"))
    yield factory
    factory.drop_all()


def migrate(url: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["configure_logging"] = False
    engine = create_engine(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    engine.dispose()


@pytest.fixture
def empty_database(databases: DatabaseFactory) -> str:
    """A fresh, migrated, empty database of the current engine."""
    url = databases.new_url()
    migrate(url)
    return url


@pytest.fixture(scope="session")
def seed_data() -> SeedData:
    return validate_seed(SEED_DIR)


def settings_for(url: str, **overrides: object) -> Settings:
    return Settings(database_url=url, environment="test", **overrides)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def seeded_database(databases: DatabaseFactory) -> str:
    """One migrated and seeded database per engine, shared by read-only tests."""
    from app.core.database import build_engine, session_factory
    from app.seeding.service import load_seed

    url = databases.new_url()
    migrate(url)
    engine = build_engine(settings_for(url))
    load_seed(session_factory(engine), SEED_DIR)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def client(seeded_database: str) -> Iterator[TestClient]:
    app = create_app(settings_for(seeded_database))
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def make_client() -> Iterator[Callable[..., TestClient]]:
    """Builds a client on a given database with given settings; closes it afterwards."""
    opened: list[TestClient] = []

    def build(url: str, **overrides: object) -> TestClient:
        test_client = TestClient(create_app(settings_for(url, **overrides)))
        test_client.__enter__()
        opened.append(test_client)
        return test_client

    yield build
    for test_client in opened:
        test_client.__exit__(None, None, None)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _postgres_error is not None and not REQUIRE_POSTGRES:
        terminalreporter.write_sep("!", "POSTGRESQL HALF SKIPPED", red=True, bold=True)
        terminalreporter.write_line(
            f"Every PostgreSQL test was skipped: {_postgres_error}. Only SQLite was tested.",
            red=True,
        )
