"""Logs as one JSON object per line (or aligned text for people), with structlog.

Two paths reach the same output: structlog's own loggers (the line per request, which
must cost microseconds, so it skips the standard library) and the standard library's
(uvicorn, SQLAlchemy, the modules' ``logging.getLogger``), rendered by structlog's
ProcessorFormatter. Every line of a request carries its ``request_id``.
"""

import asyncio
import json
import logging
import sys
import time
from contextlib import suppress
from typing import Any, Literal, TextIO

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from app.core.request_ids import current_request_id
from app.core.settings import Settings

LogFormat = Literal["json", "console"]
FLUSH_SECONDS = 0.2
"""Longest a request's line waits in the buffer before it is written out."""
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
LEVELS |= {"error": logging.ERROR}
# uvicorn configures these itself unless told not to; here they go through the root logger.
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "uvicorn.asgi")


def add_request_id(_logger: WrappedLogger, _method: str, event: EventDict) -> EventDict:
    request_id = current_request_id.get()
    if request_id is not None:
        event.setdefault("request_id", request_id)
    return event


class _Timestamp:
    """ISO 8601 in UTC with milliseconds; the seconds are formatted once per second."""

    def __init__(self) -> None:
        self._second = -1
        self._prefix = ""

    def __call__(self, _logger: WrappedLogger, _method: str, event: EventDict) -> EventDict:
        now = time.time()
        second = int(now)
        if second != self._second:
            self._second = second
            self._prefix = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        event["timestamp"] = f"{self._prefix}.{int((now - second) * 1000):03d}Z"
        return event


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=repr)


def _serialise(event: EventDict, **_ignored: Any) -> str:
    """One encoder made once: ``json.dumps`` with options builds a new one per call."""
    return _ENCODER.encode(event)


def _renderer(log_format: LogFormat) -> Processor:
    if log_format == "console":
        return structlog.dev.ConsoleRenderer(colors=False)
    return structlog.processors.JSONRenderer(serializer=_serialise)


class RequestLine:
    """The line per request. It is written on every request, cached answers included, so in
    JSON it skips structlog's processor chain (half its cost) and writes the same object
    itself; as text for people it goes through structlog."""

    def __init__(self) -> None:
        self._json_to: TextIO | None = None
        self._timestamp = _Timestamp()
        self._text = structlog.get_logger("acupoint.request")
        self._flush_on: asyncio.AbstractEventLoop | None = None

    def configure(self, json_to: TextIO | None) -> None:
        self._json_to = json_to
        self._flush_on = None

    def info(self, event: str, **fields: Any) -> None:
        output = self._json_to
        if output is None:
            self._text.info(event, **fields)
            return
        line: EventDict = {"event": event, **fields, "level": "info"}
        self._timestamp(None, "info", line)
        output.write(_ENCODER.encode(line) + "\n")
        self._flush_soon(output)

    def _flush_soon(self, output: TextIO) -> None:
        """Lines reach the stream within ``FLUSH_SECONDS``: one write for many requests
        under load, instead of a system call each."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # outside the server's loop: at once
            output.flush()
            return
        if self._flush_on is loop:  # already due on this loop (one that closed never runs it)
            return
        self._flush_on = loop
        loop.call_later(FLUSH_SECONDS, self._flush, output)

    def _flush(self, output: TextIO) -> None:
        self._flush_on = None
        with suppress(ValueError):  # the stream was closed meanwhile
            output.flush()


_REQUEST_LINE = RequestLine()


def configure_logging(level: str, log_format: LogFormat, stream: TextIO | None = None) -> None:
    """Both paths to ``stream`` (standard output by default) in one format, from ``level``."""
    output = stream or sys.stdout
    threshold = LEVELS[level]
    writes_json = log_format == "json" and threshold <= logging.INFO
    _REQUEST_LINE.configure(output if writes_json else None)
    shared: list[Processor] = [
        structlog.processors.add_log_level,
        _Timestamp(),
        add_request_id,
        structlog.contextvars.merge_contextvars,
    ]
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, _renderer(log_format)],
        wrapper_class=structlog.make_filtering_bound_logger(threshold),
        logger_factory=structlog.WriteLoggerFactory(file=output),
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            _renderer(log_format),
        ],
    )
    handler = logging.StreamHandler(output)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(threshold)
    for name in UVICORN_LOGGERS:
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
        logger.setLevel(logging.NOTSET)
    # uvicorn's own line per request is replaced by the application's (app/api/observe.py).
    logging.getLogger("uvicorn.access").disabled = True


def configure_logging_for(settings: Settings, stream: TextIO | None = None) -> None:
    """Logging as configured: ``auto`` is text for people in development, JSON elsewhere."""
    log_format: LogFormat
    if settings.log_format == "auto":
        log_format = "console" if settings.environment == "development" else "json"
    else:
        log_format = settings.log_format
    configure_logging(settings.log_level, log_format, stream)


def request_logger() -> RequestLine:
    """The logger of the line per request."""
    return _REQUEST_LINE
