"""Keeps each process's read model current.

Every process polls the dataset version every ``reload_interval_seconds`` and rebuilds
when it changed, so a write becomes visible everywhere within that bound (plus the
rebuild time). The build runs in a worker thread: requests keep the old snapshot
meanwhile.
"""

import asyncio
import logging
from collections.abc import Callable
from contextlib import suppress

from anyio import to_thread
from sqlalchemy.orm import Session, sessionmaker

from app.readmodel.rows import DatasetNotLoaded, latest_version
from app.readmodel.snapshot import Snapshot, load_snapshot

logger = logging.getLogger(__name__)


class SnapshotHolder:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
        self._snapshot: Snapshot | None = None
        self._task: asyncio.Task[None] | None = None
        self._on_build: list[Callable[[Snapshot], None]] = []

    @property
    def ready(self) -> bool:
        return self._snapshot is not None

    @property
    def current(self) -> Snapshot:
        if self._snapshot is None:
            raise DatasetNotLoaded("the read model is not loaded yet")
        return self._snapshot

    def on_build(self, listener: Callable[[Snapshot], None]) -> None:
        """Call ``listener`` with every snapshot this holder builds from now on."""
        self._on_build.append(listener)

    def refresh(self) -> bool:
        """Rebuild if the database holds another dataset version; True when it did."""
        with self._factory() as session:
            latest = latest_version(session)
            if latest is None:
                return False
            # The version too: a change reverted before this process polled leaves the
            # checksum it serves under a newer version, which every answer must carry.
            served = self._snapshot
            wanted = (latest.version, latest.checksum)
            if served is not None and (served.version, served.checksum) == wanted:
                return False
            self._snapshot = load_snapshot(session)
        logger.info("read model built for dataset %s", self._snapshot.version)
        for listener in self._on_build:
            listener(self._snapshot)
        return True

    async def refresh_async(self) -> bool:
        return await to_thread.run_sync(self.refresh)

    def start_polling(self, interval_seconds: float) -> None:
        self._task = asyncio.create_task(self._poll(interval_seconds))

    async def stop_polling(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _poll(self, interval_seconds: float) -> None:
        while True:
            await asyncio.sleep(interval_seconds)
            try:
                await self.refresh_async()
            except Exception:
                logger.exception("dataset version check failed; keeping the current read model")
