"""Several `migrate && seed` runs started at once on a fresh database, as replicas do."""

import os
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, func, select

from app.core.settings import PROJECT_ROOT
from app.models.dataset import DatasetVersion
from tests.support import DatabaseFactory

RUNS = 3


def test_runs_started_at_once_take_turns_and_the_later_ones_find_nothing_to_do(
    databases: DatabaseFactory,
) -> None:
    if databases.kind != "postgresql":
        pytest.skip("the advisory lock is PostgreSQL's; SQLite migrations run from one process")
    url = databases.new_url()
    python = sys.executable
    script = f"{python} -m app migrate && {python} -m app seed"
    env = {**os.environ, "ACUPOINT_DATABASE_URL": url}
    runs = [
        subprocess.Popen(
            ["sh", "-c", script],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(RUNS)
    ]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    for run, output in zip(runs, outputs, strict=True):
        assert run.returncode == 0, output
    last_lines = sorted(output.strip().splitlines()[-1] for output in outputs)
    assert last_lines == ["new dataset version recorded"] + ["nothing changed"] * (RUNS - 1)
    engine = create_engine(url)
    with engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(DatasetVersion)).scalar() == 1
    engine.dispose()
