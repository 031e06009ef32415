"""Settings from a `.env` file: read from the working directory, the environment wins over
it, the command line and Alembic read it too, and the test suite reads none."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app.core.settings import ENV_FILE_VARIABLE, PROJECT_ROOT, Settings

EXAMPLE = PROJECT_ROOT / ".env.example"


@pytest.fixture
def workdir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A fresh working directory, with settings read as outside the tests: from its .env,
    and from no ACUPOINT_ variable this shell happens to set."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("ACUPOINT_") and not name.startswith("ACUPOINT_TEST_"):
            monkeypatch.delenv(name)
    return tmp_path


def test_a_value_in_dotenv_is_read(workdir: Path) -> None:
    (workdir / ".env").write_text(
        'ACUPOINT_RELOAD_INTERVAL_SECONDS=42\nACUPOINT_CORS_ORIGINS=["https://app.example"]\n'
    )

    settings = Settings()

    assert settings.reload_interval_seconds == 42
    assert settings.cors_origins == ["https://app.example"]


def test_the_environment_wins_over_dotenv(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workdir / ".env").write_text(
        "ACUPOINT_RELOAD_INTERVAL_SECONDS=42\nACUPOINT_GZIP_MIN_BYTES=2048\n"
    )
    monkeypatch.setenv("ACUPOINT_RELOAD_INTERVAL_SECONDS", "7")

    settings = Settings()

    assert settings.reload_interval_seconds == 7
    assert settings.gzip_min_bytes == 2048  # what the environment leaves unset


def test_the_variable_names_another_file_or_none(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / ".env").write_text("ACUPOINT_RELOAD_INTERVAL_SECONDS=42\n")
    (workdir / "staging.env").write_text("ACUPOINT_RELOAD_INTERVAL_SECONDS=9\n")

    monkeypatch.setenv(ENV_FILE_VARIABLE, "staging.env")
    assert Settings().reload_interval_seconds == 9
    monkeypatch.setenv(ENV_FILE_VARIABLE, "")
    assert Settings().reload_interval_seconds == 5


def test_processes_started_by_the_tests_read_no_dotenv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)  # the environment stays as conftest.py left it
    (tmp_path / ".env").write_text("ACUPOINT_RELOAD_INTERVAL_SECONDS=42\n")
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    environment.pop(ENV_FILE_VARIABLE, None)
    read = "from app.core.settings import Settings; print(Settings().reload_interval_seconds)"

    outside = subprocess.run(
        [sys.executable, "-c", read], env=environment, capture_output=True, text=True, check=True
    )
    inside = subprocess.run(  # as a server or command started by a test
        [sys.executable, "-c", read],
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )

    assert outside.stdout == "42.0\n"
    assert inside.stdout == "5.0\n"


def test_the_command_line_and_alembic_read_dotenv(workdir: Path) -> None:
    (workdir / ".env").write_text("ACUPOINT_DATABASE_URL=sqlite:///from-dotenv.sqlite3\n")
    environment = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    environment.pop(ENV_FILE_VARIABLE, None)

    def cli(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=workdir,
            env=environment,
            capture_output=True,
            check=True,
            timeout=120,
        )

    cli("migrate")  # Alembic's env.py finds the database
    cli("keys", "create", "--role", "partner", "--name", "dotenv-check")  # the CLI itself

    with sqlite3.connect(workdir / "from-dotenv.sqlite3") as database:
        migrated = database.execute("SELECT count(*) FROM alembic_version").fetchone()
        keys = database.execute("SELECT name FROM api_keys").fetchall()
    assert migrated == (1,)
    assert keys == [("dotenv-check",)]


def test_the_example_lists_every_setting_with_its_default(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commented = [
        line.removeprefix("# ")
        for line in EXAMPLE.read_text().splitlines()
        if line.startswith("# ACUPOINT_")
    ]
    names = [line.split("=", 1)[0] for line in commented]
    assert sorted(names) == sorted(f"ACUPOINT_{field.upper()}" for field in Settings.model_fields)

    uncommented = workdir / "example.env"
    uncommented.write_text("\n".join(commented) + "\n")
    monkeypatch.chdir(PROJECT_ROOT)  # its relative paths are the repository's
    monkeypatch.setenv(ENV_FILE_VARIABLE, str(uncommented))
    example = Settings()
    monkeypatch.setenv(ENV_FILE_VARIABLE, "")
    default = Settings()

    paths = {"database_url", "seed_dir"}
    assert example.model_dump(exclude=paths) == default.model_dump(exclude=paths)
    assert example.seed_dir.resolve() == default.seed_dir
    assert Path(str(make_url(example.database_url).database)).resolve() == Path(
        str(make_url(default.database_url).database)
    )
