"""Security headers for every answer, and the looser policy the documentation pages need.

JSON answers forbid everything (`default-src 'none'`): a browser that opens one renders
nothing and runs nothing. The documentation pages (Swagger UI and ReDoc, served from this
process) run their scripts from this origin and one inline script each: the policy allows
that script by its SHA-256, read from the page itself, so a change of the page (a new
FastAPI release) cannot silently break it or widen it. ReDoc injects its styles at run
time, so styles allow 'unsafe-inline' on those pages only. The finder page (`/`, with its
files under `/assets/`) has no inline script or style at all: everything from this origin.
"""

import base64
import gzip
import hashlib
import re

CSP = b"content-security-policy"
JSON_POLICY = b"default-src 'none'; frame-ancestors 'none'"
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)
DOCS_PAGES = frozenset({"/docs", "/redoc", "/docs/oauth2-redirect"})
# The finder page and its files: scripts, styles, images and calls from this origin only.
PAGE_ASSETS = "/assets/"
PAGE_POLICY = (
    b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    b"connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def policy_for(path: str) -> bytes:
    """The policy of every answer but the documentation pages'."""
    return PAGE_POLICY if path == "/" or path.startswith(PAGE_ASSETS) else JSON_POLICY


_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.DOTALL)


def docs_policy(page: bytes, encoding: bytes | None = None) -> bytes:
    """The policy of a documentation page, from its HTML (gzipped when ``encoding`` says so)."""
    html = gzip.decompress(page) if encoding == b"gzip" else page
    hashes = [
        b"'sha256-" + base64.b64encode(hashlib.sha256(script).digest()) + b"'"
        for script in _INLINE_SCRIPT.findall(html)
    ]
    return b"; ".join(
        [
            b"default-src 'none'",
            b" ".join([b"script-src 'self'", *hashes]),
            b"style-src 'self' 'unsafe-inline'",
            b"img-src 'self' data:",
            b"font-src 'self' data:",
            b"connect-src 'self'",
            b"worker-src 'self' blob:",
            b"base-uri 'none'",
            b"form-action 'none'",
            b"frame-ancestors 'none'",
        ]
    )
