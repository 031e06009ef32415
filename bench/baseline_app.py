"""The baseline for ``bench/run.py``: the least a FastAPI route can do.

One ``async def`` route answering a small constant dict, served exactly as the real
server is (uvicorn, one worker, uvloop, httptools, no access log), so the benchmark can
report each endpoint as a fraction of what FastAPI itself manages on the same machine,
in the same run.

Run: ``.venv/bin/python bench/baseline_app.py --port 8001``.
"""

import argparse
import sys

import uvicorn
from fastapi import FastAPI

app = FastAPI(title="baseline", docs_url=None, redoc_url=None, openapi_url=None)


@app.get("/")
async def hello() -> dict[str, str]:
    return {"status": "ok", "service": "baseline"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        workers=1,
        loop="uvloop",
        http="httptools",
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=10,
        access_log=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
