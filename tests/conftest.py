"""Fixtures: every database test runs on SQLite and on PostgreSQL.

Each test session creates its own PostgreSQL databases and drops them afterwards (see
tests/support.py for when the PostgreSQL half is skipped). The read model for the unit
tests of the services is built once, on SQLite only: it is the same on both engines.
"""

import logging
import os
from collections.abc import Callable, Iterator

import pytest
import structlog
from fastapi.testclient import TestClient

from app.core.database import build_engine, session_factory
from app.core.settings import ENV_FILE_VARIABLE
from app.main import create_app
from app.readmodel.snapshot import Snapshot, load_snapshot
from app.seeding.reader import SeedData
from app.seeding.service import validate_seed
from tests.support import (
    ENGINES,
    POSTGRES_ADMIN_URL,
    REQUIRE_POSTGRES,
    SEED_DIR,
    DatabaseFactory,
    migrate,
    migrate_and_seed,
    postgres,
    settings_for,
)

# A developer's .env must not change what the tests see, here or in the servers and
# commands they start (they inherit the environment).
os.environ[ENV_FILE_VARIABLE] = ""
# The line each request logs is for operators; tests that read it configure logging.
structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))


@pytest.fixture(scope="session", params=ENGINES)
def engine_kind(request: pytest.FixtureRequest) -> str:
    kind: str = request.param
    if kind == "postgresql":
        problem = postgres.problem()
        if problem is not None:
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


@pytest.fixture
def empty_database(databases: DatabaseFactory) -> str:
    """A fresh, migrated, empty database of the current engine."""
    url = databases.new_url()
    migrate(url)
    return url


@pytest.fixture
def writable_database(databases: DatabaseFactory) -> str:
    """A fresh, migrated and seeded database of the current engine, for tests that write."""
    return databases.seeded_copy()


@pytest.fixture(scope="session")
def seed_data() -> SeedData:
    return validate_seed(SEED_DIR)


@pytest.fixture(scope="session")
def seeded_database(databases: DatabaseFactory) -> str:
    """One migrated and seeded database per engine, shared by read-only tests."""
    url = databases.new_url()
    migrate_and_seed(url)
    return url


@pytest.fixture(scope="session")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One seeded SQLite database, whatever the engine under test: for pure domain logic."""
    url = DatabaseFactory("sqlite", tmp_path_factory.mktemp("db-seeded-sqlite")).new_url()
    migrate_and_seed(url)
    return url


@pytest.fixture(scope="session")
def snapshot(seeded_sqlite: str) -> Snapshot:
    """The read model of the seed, built once per session."""
    engine = build_engine(settings_for(seeded_sqlite))
    try:
        with session_factory(engine)() as session:
            return load_snapshot(session)
    finally:
        engine.dispose()


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
    # With parallel workers the probe ran elsewhere: their skip reports say it too.
    unreachable = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if "PostgreSQL is not reachable" in str(report.longrepr)
    ]
    if (postgres.error is not None or unreachable) and not REQUIRE_POSTGRES:
        why = postgres.error or "the server is not reachable"
        terminalreporter.write_sep("!", "POSTGRESQL HALF SKIPPED", red=True, bold=True)
        terminalreporter.write_line(
            f"Every PostgreSQL test was skipped: {why}. Only SQLite was tested.", red=True
        )
