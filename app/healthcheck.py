"""Container health probe: ``python -m app.healthcheck [--port 8000]``.

Exits 0 when ``/healthz`` on this host answers 200, else 1. It imports the standard library
only: ``python -m app`` loads the database and migration stack first, over a second of CPU
for every probe.
"""

import argparse
import http.client
import sys
import urllib.request

TIMEOUT_SECONDS = 3.0
# Straight to the server: a proxy set in the environment (HTTP_PROXY) is never asked.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def healthy(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with _OPENER.open(f"http://{host}:{port}/healthz", timeout=TIMEOUT_SECONDS) as answer:
            status: int = answer.status
            return status == 200
    except (OSError, http.client.HTTPException):  # refused, timed out, an error status, not HTTP
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.healthcheck", description=__doc__)
    parser.add_argument("--port", type=int, default=8000, help="the port `serve` listens on")
    args = parser.parse_args(argv)
    return 0 if healthy(args.port) else 1


if __name__ == "__main__":
    sys.exit(main())
