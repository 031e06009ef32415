"""One id per request, to find its log lines from an answer (X-Request-ID).

A client or a proxy in front may send its own id, so that one id follows a request across
services; it is kept when it is 1 to 128 visible ASCII characters, and replaced otherwise,
so that nothing a client sends can break a log line or a header.
"""

import os
import random
import re
from contextvars import ContextVar

HEADER = "X-Request-ID"
RAW_HEADER = b"x-request-id"
MAX_LENGTH = 128

_SANE = re.compile(rb"[!-~]{1,%d}" % MAX_LENGTH)

current_request_id: ContextVar[str | None] = ContextVar("request_id", default=None)
"""The id of the request being answered; each request runs in a context of its own."""


_random = random.Random(os.urandom(16))
"""Seeded once per process from the system: an id needs to be unique, not secret, and a
system call per request costs more than the rest of the id's work."""
os.register_at_fork(after_in_child=lambda: _random.seed(os.urandom(16)))


def new_request_id() -> str:
    """24 random hex digits."""
    return f"{_random.getrandbits(96):024x}"


def request_id_from(sent: bytes | None) -> str:
    """The id a client sent when it is sane, else a new one."""
    if sent is not None and _SANE.fullmatch(sent):
        return sent.decode("ascii")
    return new_request_id()


def sent_request_id(headers: list[tuple[bytes, bytes]]) -> bytes | None:
    for name, value in headers:
        if name == RAW_HEADER:
            return value
    return None
