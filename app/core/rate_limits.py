"""Rate limits: named quotas of requests per fixed clock window, and the counters of hits.

Windows start at multiples of their length in Unix time, so every process and replica
agrees on which window a request falls in without talking to the others; only the count
has to be shared (see app/services/rate_counters.py).
"""

from dataclasses import dataclass, field
from typing import Protocol

import limits

MAX_MEMORY_BUCKETS = 100_000


@dataclass(frozen=True, slots=True)
class Quota:
    """A policy of `limit` requests per `window` seconds, named in the RateLimit headers."""

    name: str
    limit: int
    window: int
    period: str
    """The window in words: "minute", "2 hours"."""
    policy: str = field(init=False)
    """This policy as an item of the `RateLimit-Policy` field (IETF draft -10)."""
    policy_field: bytes = field(init=False)

    def __post_init__(self) -> None:
        policy = f'"{self.name}";q={self.limit};w={self.window}'
        object.__setattr__(self, "policy", policy)
        object.__setattr__(self, "policy_field", policy.encode())

    def window_start(self, now: int) -> int:
        return now - now % self.window

    def limit_item(self, hits: int, reset: int) -> str:
        """The item of the `RateLimit` field: what is left, and seconds until the reset."""
        return f'"{self.name}";r={max(0, self.limit - hits)};t={reset}'

    def describe(self) -> str:
        return f"{self.limit} request{'s' if self.limit != 1 else ''} per {self.period}"


def parse_rate(text: str) -> limits.RateLimitItem:
    """One "N/period" rate ("120/minute", "5 per hour", "10/2 seconds"); ValueError if not."""
    items = limits.parse_many(text)
    if len(items) != 1:
        raise ValueError(f"{text!r}: give one rate, such as '120/minute'")
    [item] = items
    if item.amount < 1:
        raise ValueError(f"{text!r}: a quota allows at least one request")
    return item


def parse_quota(name: str, text: str) -> Quota:
    item = parse_rate(text)
    unit = item.GRANULARITY.name
    period = unit if item.multiples == 1 else f"{item.multiples} {unit}s"
    return Quota(name, item.amount, item.get_expiry(), period)


class Counter(Protocol):
    """Counts hits per bucket and window; `hit` answers the count including this hit."""

    async def hit(self, bucket: str, window_start: int, window: int) -> int: ...

    async def close(self) -> None: ...


class MemoryCounter:
    """Counts in this process only: right when one process serves, N times the limit with N.

    Only the current window of each bucket is kept; the table is emptied of ended windows
    when it grows past MAX_MEMORY_BUCKETS, so many addresses cannot exhaust memory.
    """

    def __init__(self) -> None:
        self._windows: dict[str, tuple[int, int, int]] = {}  # bucket: (start, hits, end)

    async def hit(self, bucket: str, window_start: int, window: int) -> int:
        current = self._windows.get(bucket)
        hits = current[1] + 1 if current is not None and current[0] == window_start else 1
        if current is None and len(self._windows) >= MAX_MEMORY_BUCKETS:
            self._forget_ended(window_start)
        self._windows[bucket] = (window_start, hits, window_start + window)
        return hits

    def _forget_ended(self, now: int) -> None:
        ended = [bucket for bucket, (_, _, end) in self._windows.items() if end <= now]
        for bucket in ended:
            del self._windows[bucket]
        if len(self._windows) >= MAX_MEMORY_BUCKETS:
            self._windows.clear()  # all live: forgetting some counts beats unbounded memory

    async def close(self) -> None:
        self._windows.clear()
