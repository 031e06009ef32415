"""Where rate limit hits are counted so that every worker and replica sees the same count.

The database counts with one atomic upsert per hit (PostgreSQL, or SQLite for one
machine); Redis with one script call through the `limits` library. Either runs off the
event loop or asynchronously, so counting never blocks other requests.
"""

import time
from typing import TYPE_CHECKING, Any

from anyio import to_thread
from sqlalchemy import Engine, bindparam, delete
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.core.rate_limits import Counter, MemoryCounter, parse_rate
from app.core.settings import Settings
from app.models.ratelimits import RateCounter

if TYPE_CHECKING:
    from limits.aio.storage import RedisStorage
    from redis.asyncio import ConnectionPool

PRUNE_EVERY_SECONDS = 60.0
REDIS_TIMEOUT_SECONDS = 1.0


def _upsert(dialect: str) -> Any:
    insert = sqlite_insert if dialect == "sqlite" else postgresql_insert
    statement = insert(RateCounter).values(
        bucket=bindparam("bucket"), window_start=bindparam("window_start"), hits=1
    )
    return statement.on_conflict_do_update(
        index_elements=[RateCounter.bucket, RateCounter.window_start],
        set_={RateCounter.hits: RateCounter.hits + 1},
    ).returning(RateCounter.hits)


class DatabaseCounter:
    """One row per bucket and window in `rate_counters`; rows of ended windows are pruned
    about once a minute per process."""

    def __init__(self, engine: Engine, keep_seconds: int) -> None:
        self._engine = engine
        self._keep_seconds = keep_seconds
        self._upsert = _upsert(engine.dialect.name)
        self._next_prune = 0.0

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        return await to_thread.run_sync(self._hit, bucket, window_start)

    def _hit(self, bucket: str, window_start: int) -> int:
        with self._engine.begin() as connection:
            hits: int = connection.execute(
                self._upsert, {"bucket": bucket, "window_start": window_start}
            ).scalar_one()
        if time.monotonic() >= self._next_prune:
            self._next_prune = time.monotonic() + PRUNE_EVERY_SECONDS
            self.prune(int(time.time()))
        return hits

    def prune(self, now: int) -> int:
        """Delete the windows that ended before the longest window could still be open."""
        with self._engine.begin() as connection:
            deleted = connection.execute(
                delete(RateCounter).where(RateCounter.window_start < now - self._keep_seconds)
            )
        return deleted.rowcount

    async def close(self) -> None:
        """The engine belongs to the application, which disposes of it."""


class RedisCounter:
    """Counts in Redis, one key per bucket and window that expires with its window."""

    def __init__(self, url: str, key_prefix: str) -> None:
        self._url = url
        self._key_prefix = key_prefix
        self._pool: ConnectionPool | None = None
        self._storage: RedisStorage | None = None

    def _open(self) -> "RedisStorage":
        """Connect on first use, inside the event loop that will use the connections."""
        # Imported here: most deployments never load a Redis client (0.3 s at start-up).
        from limits.aio.storage import RedisStorage
        from limits.storage import storage_from_string
        from redis.asyncio import ConnectionPool

        options: dict[str, Any] = {"implementation": "redispy", "key_prefix": self._key_prefix}
        timeouts = {
            "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
            "socket_timeout": REDIS_TIMEOUT_SECONDS,
        }
        if self._url.startswith(("redis://", "rediss://")):
            # Our own pool, so that close() can release its connections.
            self._pool = ConnectionPool.from_url(self._url, **timeouts)
            options["connection_pool"] = self._pool
        else:
            options.update(timeouts)
        storage = storage_from_string("async+" + self._url, **options)
        assert isinstance(storage, RedisStorage)
        self._storage = storage
        return storage

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        storage = self._storage or self._open()
        return await storage.incr(f"{bucket}/{window_start}", window)

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()
        self._pool = None
        self._storage = None


def chosen_storage(settings: Settings) -> str:
    """`auto` is memory for one worker and the database for several."""
    if settings.rate_limit_storage != "auto":
        return settings.rate_limit_storage
    return "memory" if settings.workers == 1 else "database"


def build_counter(settings: Settings, engine: Engine) -> Counter:
    storage = chosen_storage(settings)
    if storage == "memory":
        return MemoryCounter()
    if storage == "database":
        rates = (
            settings.rate_limit_anonymous,
            settings.rate_limit_partner,
            settings.rate_limit_curator,
            settings.rate_limit_corrections,
        )
        return DatabaseCounter(engine, max(parse_rate(rate).get_expiry() for rate in rates))
    return RedisCounter(storage, settings.rate_limit_key_prefix)
