# acupoint-kb: the API on uvicorn. Two stages: uv installs the locked runtime dependencies
# into a virtual environment, and the image keeps that environment and the service, not the
# tools that built it.
#
# The default command serves only. Migrations and the seed run once per database before
# the replicas start (the `migrate` service in compose.yaml); a lone container can do both
# first with `python -m app serve --host 0.0.0.0 --migrate-and-seed` (README, Docker).
# Without ACUPOINT_DATABASE_URL the service keeps a SQLite file in /app/data.

# python:3.11.16-slim-bookworm, pinned by the digest of its multi-platform index: bump the
# tag and the digest together.
FROM python:3.11.16-slim-bookworm@sha256:528257d48c1da0dcecc2e725d1ae34498d60c965f1241e39cd6a85a8859bdf84 AS python

FROM python AS build
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
# The Makefile's UV_VERSION; uv stays in this stage.
RUN pip install --no-cache-dir --disable-pip-version-check uv==0.13.8
COPY pyproject.toml uv.lock ./
# uv's cache lives in a BuildKit cache mount, never in a layer.
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-install-project
RUN mkdir /app/data

FROM python AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/app/.venv/bin:$PATH
WORKDIR /app
# Everything belongs to root and is read-only to the service's user, except data/ (the
# SQLite file when no other database is configured).
COPY --from=build /app/.venv ./.venv
COPY --from=build --chown=10001:10001 /app/data ./data
COPY alembic.ini ./
COPY migrations ./migrations
COPY seed ./seed
COPY app ./app
USER 10001:10001
EXPOSE 8000
# /healthz on the port CMD serves on; `python -m app.healthcheck` imports the standard
# library only, so a probe costs milliseconds.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/app/.venv/bin/python", "-m", "app.healthcheck", "--port", "8000"]
CMD ["/app/.venv/bin/python", "-m", "app", "serve", "--host", "0.0.0.0", "--port", "8000"]
