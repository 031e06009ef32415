"""Pure ASGI middleware: request guards, and the response cache for hot reads.

The cache keeps successful GET answers (body, ETag, gzip copy), within a bound in bytes,
until the dataset version changes, so a repeated read never reaches routing, validation or
serialisation.
"""

import gzip
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.errors import PROBLEM_MEDIA_TYPE, problem_response, uri_too_long_body
from app.core.http_cache import etag_matches
from app.core.limits import DEFAULT_MAX_URL_BYTES
from app.core.metrics import Metrics
from app.readmodel.holder import SnapshotHolder

JSON_TYPES = ("application/json", "application/problem+json", "application/*", "*/*")
ALSO_ANSWERS = {"/v1/export": ("application/zip",)}
"""Paths that answer another media type too (the CSV export is a zip)."""
ALSO_ANSWERS_UNDER = {"/v1/body-map/figures/": ("image/svg+xml", "image/*")}
"""Path prefixes that answer another media type too (the body figure is SVG)."""


def also_answers(path: str) -> tuple[str, ...]:
    """The media types besides JSON that ``path`` may answer in."""
    found: tuple[str, ...] = ALSO_ANSWERS.get(path, ())
    for prefix, media in ALSO_ANSWERS_UNDER.items():
        if path.startswith(prefix):
            found += media
    return found


def accepts_json(accept: str | None, also: tuple[str, ...] = ()) -> bool:
    """The client takes JSON (or, where a path answers another type too, that one)."""
    if not accept:
        return True
    for part in accept.split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        rejected = any(p.replace(" ", "") in ("q=0", "q=0.0", "q=0.00", "q=0.000") for p in params)
        if (media.lower() in JSON_TYPES or media.lower() in also) and not rejected:
            return True
    return False


class RequestGuard:
    """414 for URLs over the limit, 406 for clients that refuse JSON, 413 for bodies over
    the limit.

    The 415 check for non-JSON bodies runs after routing (see require_json_body), so that
    a method a path does not have still answers 405.
    """

    def __init__(
        self, app: ASGIApp, max_body_bytes: int, max_url_bytes: int = DEFAULT_MAX_URL_BYTES
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_url_bytes = max_url_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1"):
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        if _url_bytes(scope) > self.max_url_bytes:
            too_long = JSONResponse(
                uri_too_long_body(path, self.max_url_bytes),
                status_code=414,
                media_type=PROBLEM_MEDIA_TYPE,
            )
            await too_long(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not accepts_json(headers.get("accept"), also_answers(path)):
            refused = problem_response(
                path,
                406,
                "not-acceptable",
                "Not acceptable",
                f"This API answers JSON only; Accept was {headers.get('accept')!r}.",
                hint="Send `Accept: application/json` (or omit Accept).",
            )
            await refused(scope, receive, send)
            return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            try:
                received = await self._read_body(receive)
            except _ClientGone:
                return  # nothing may act on a body that stopped halfway, and no one listens
            if received is None:
                too_large = problem_response(
                    path,
                    413,
                    "content-too-large",
                    "Request body too large",
                    f"The body is larger than {self.max_body_bytes} bytes.",
                    hint="Send fewer items per request.",
                )
                await too_large(scope, receive, send)
                return
            receive = _replay(received)
        await self.app(scope, receive, send)

    async def _read_body(self, receive: Receive) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _ClientGone
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


class _ClientGone(Exception):
    """The client disconnected before its whole body arrived."""


def _url_bytes(scope: Scope) -> int:
    raw_path: bytes = scope.get("raw_path") or scope["path"].encode()
    query: bytes = scope["query_string"]
    return len(raw_path) + (len(query) + 1 if query else 0)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return {"type": "http.disconnect"}

    return receive


def _cacheable(headers: Headers) -> bool:
    """A public answer with an ETag, not yet encoded: the only kind the cache keeps."""
    return (
        "etag" in headers
        and headers.get("cache-control", "").startswith("public")
        and "content-encoding" not in headers
    )


# The Python objects around an entry's bytes (the entry, its key, its header tuples), roughly.
_ENTRY_OVERHEAD = 512

CacheKey = tuple[str, str]


def cache_key(path: str, query_string: bytes) -> CacheKey:
    """The request as the routes read it: the query's pairs decoded, in their order.

    Empty pieces (`a=1&&&`) and spellings of one value (`%20`, `+`) collapse, since no route
    can tell them apart. The order of the pairs is kept: the page links of an answer repeat
    it, and repeated parameters (`symptom=a&symptom=b`) are read in order.
    """
    return path, _canonical_query(query_string)


@lru_cache(maxsize=1024)
def _canonical_query(query_string: bytes) -> str:
    """Memoised: the same raw query comes back on every hot read (URLs are capped)."""
    return urlencode(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))


@dataclass(slots=True)
class _Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    etag: str
    compressible: bool
    size: int
    gzipped: bytes | None = None  # made on the first request that accepts gzip


class ResponseCache:
    """An LRU of answers bounded by their bytes, gzip copies included.

    An answer larger than a sixteenth of the bound is served but not kept, so that one
    large answer cannot push out most of the others.
    """

    def __init__(
        self,
        app: ASGIApp,
        holder: SnapshotHolder,
        *,
        max_bytes: int = 32 * 1024 * 1024,
        gzip_min_bytes: int = 1024,
        gzip_level: int = 5,
        metrics: Metrics | None = None,
    ) -> None:
        self.app = app
        self.holder = holder
        self.metrics = metrics
        self.max_bytes = max_bytes
        self.max_entry_bytes = max_bytes // 16
        self.gzip_min_bytes = gzip_min_bytes
        self.gzip_level = gzip_level
        self._entries: OrderedDict[CacheKey, _Entry] = OrderedDict()
        self._checksum: str | None = None
        self.stored_bytes = 0

    def __len__(self) -> int:
        return len(self._entries)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "GET"
            or not scope["path"].startswith("/v1/")
            or not self.holder.ready
        ):
            await self.app(scope, receive, send)
            return
        checksum = self.holder.current.checksum
        if checksum != self._checksum:
            self._entries.clear()
            self.stored_bytes = 0
            self._checksum = checksum
        key = cache_key(scope["path"], scope["query_string"])
        headers = Headers(scope=scope)
        entry = self._entries.get(key)
        if entry is not None:
            if self.metrics is not None:
                self.metrics.cache_hit()
            self._entries.move_to_end(key)
            await self._answer(key, entry, headers, send)
            return
        if self.metrics is not None:
            self.metrics.cache_miss()
        await self._fill(scope, receive, send, key, headers, checksum)

    async def _fill(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: CacheKey,
        headers: Headers,
        checksum: str,
    ) -> None:
        inner = dict(scope)
        inner["headers"] = [(k, v) for k, v in scope["headers"] if k != b"accept-encoding"]
        start: Message | None = None
        chunks: list[bytes] = []
        passthrough = False

        async def capture(message: Message) -> None:
            nonlocal start, passthrough
            if passthrough:
                await send(message)
                return
            if message["type"] == "http.response.start":
                if message["status"] != 200 or not _cacheable(Headers(raw=message["headers"])):
                    # Never kept, so passed on as it comes: a streamed export stays streamed.
                    passthrough = True
                    await send(message)
                    return
                start = message
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                assert start is not None
                entry = self._entry(key, start, b"".join(chunks))
                if entry is not None and self._checksum == checksum:
                    self._store(key, entry)
                if entry is None:
                    await send(start)
                    await send({"type": "http.response.body", "body": b"".join(chunks)})
                else:
                    await self._answer(key, entry, headers, send)

        await self.app(inner, receive, capture)

    def _entry(self, key: CacheKey, start: Message, body: bytes) -> _Entry | None:
        raw = Headers(raw=start["headers"])
        etag = raw.get("etag")
        public = raw.get("cache-control", "").startswith("public")
        if etag is None or not public or raw.get("content-encoding"):
            return None
        kept = [(k, v) for k, v in start["headers"] if k not in (b"content-length", b"vary")]
        size = (
            _ENTRY_OVERHEAD
            + len(key[0])
            + len(key[1])
            + len(body)
            + sum(len(k) + len(v) for k, v in kept)
        )
        return _Entry(kept, body, etag, compressible=len(body) >= self.gzip_min_bytes, size=size)

    def _store(self, key: CacheKey, entry: _Entry) -> None:
        if entry.size > self.max_entry_bytes:
            return
        replaced = self._entries.pop(key, None)
        if replaced is not None:
            self.stored_bytes -= replaced.size
        self._entries[key] = entry
        self._grow(entry.size)

    def _grow(self, added: int) -> None:
        self.stored_bytes += added
        while self.stored_bytes > self.max_bytes and self._entries:
            _key, dropped = self._entries.popitem(last=False)
            self.stored_bytes -= dropped.size

    async def _answer(self, key: CacheKey, entry: _Entry, request: Headers, send: Send) -> None:
        validators = [(k, v) for k, v in entry.headers if k in (b"etag", b"cache-control")]
        if etag_matches(request.get("if-none-match"), entry.etag):
            await send({"type": "http.response.start", "status": 304, "headers": validators})
            await send({"type": "http.response.body", "body": b""})
            return
        body, headers = entry.body, list(entry.headers)
        if entry.compressible:
            headers.append((b"vary", b"Accept-Encoding"))
            if "gzip" in request.get("accept-encoding", ""):
                if entry.gzipped is None:
                    entry.gzipped = gzip.compress(
                        entry.body, compresslevel=self.gzip_level, mtime=0
                    )
                    if self._entries.get(key) is entry:
                        entry.size += len(entry.gzipped)
                        self._grow(len(entry.gzipped))
                body = entry.gzipped
                headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
