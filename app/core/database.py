"""Engine and session factory, with the SQLite pragmas the service relies on."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.core.settings import Settings

SQLITE_BUSY_TIMEOUT_SECONDS = 30
# Any fixed 64-bit number, the same in every process: the key of the dataset lock.
DATASET_LOCK_KEY = 0x6163_7570_6F69_6E74  # "acupoint"


def build_engine(settings: Settings) -> Engine:
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            from pathlib import Path

            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_pool_size,
        pool_timeout=settings.db_pool_timeout_seconds,
        pool_pre_ping=True,
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; WAL lets readers run beside a writer.
    # A writer waits for the other processes' writes (each validates and rewrites the
    # dataset: seconds on a busy machine, and SQLite's waiting is not first come, first
    # served), so it waits as long as the connect timeout says, not 5 s.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.close()


def wait_for_dataset_lock(connection: Connection) -> None:
    """Wait until no other process migrates or writes the dataset; held until this
    transaction ends.

    Migrations, seed runs, imports and curators' writes take this one lock on PostgreSQL,
    so two of them started at once run one after the other: the second finds the schema
    migrated or the dataset written, and has nothing left to do. On SQLite the writers wait
    for each other on the write-lock row (seeding/store.py); its migrations are unguarded,
    so run them from one process.
    """
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": DATASET_LOCK_KEY})


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        yield session


def utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every time stored here is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
