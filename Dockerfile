# acupoint-kb: the API on uvicorn. Point ACUPOINT_DATABASE_URL at PostgreSQL in production;
# without it the container keeps a SQLite file under /app/data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    UV_COMPILE_BYTECODE=1

WORKDIR /app
RUN pip install --no-cache-dir uv==0.13.8
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY alembic.ini ./
COPY app ./app
COPY migrations ./migrations
COPY seed ./seed

RUN useradd --system --home /app acupoint && mkdir -p /app/data && chown acupoint /app/data
USER acupoint
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz')"
CMD ["sh", "-c", ".venv/bin/python -m app migrate && .venv/bin/python -m app seed && exec .venv/bin/python -m app serve --host 0.0.0.0 --port 8000 --workers ${WORKERS:-1}"]
