"""The environment setting has a job, and new migrations come out formatted."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from app import __main__ as cli
from app.core import logs
from app.core.settings import get_settings


@pytest.fixture
def uvicorn_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: calls.append(kwargs))
    # serve configures this process's logging: not the test runner's.
    monkeypatch.setattr(logs, "configure_logging", lambda *args: None)
    get_settings.cache_clear()
    yield calls
    get_settings.cache_clear()


@pytest.mark.parametrize(
    ("environment", "reload", "log_format"),
    [("development", True, "console"), ("production", False, "json"), ("test", False, "json")],
)
def test_serve_reloads_and_logs_for_people_only_in_development(
    uvicorn_calls: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    environment: str,
    reload: bool,
    log_format: str,
) -> None:
    configured: list[tuple[Any, ...]] = []
    monkeypatch.setattr(logs, "configure_logging", lambda *args: configured.append(args))
    monkeypatch.setenv("ACUPOINT_ENVIRONMENT", environment)
    assert cli.main(["serve", "--port", "8123"]) == 0
    assert uvicorn_calls[0]["reload"] is reload
    assert configured == [("info", log_format, None)]  # None: standard output
    # The application writes the line per request (app/api/observe.py), not uvicorn.
    assert uvicorn_calls[0]["access_log"] is False
    # A container's default stop grace is 10 s: the server must be gone before it.
    assert uvicorn_calls[0]["timeout_graceful_shutdown"] == 5


def test_development_never_reloads_several_workers(
    uvicorn_calls: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACUPOINT_ENVIRONMENT", "development")
    cli.main(["serve", "--workers", "2"])
    assert uvicorn_calls[0]["reload"] is False


def test_a_new_migration_is_formatted_by_the_post_write_hook(tmp_path: Path) -> None:
    config = cli.alembic_config()
    config.set_main_option("version_locations", str(tmp_path))
    command.revision(
        config, message="probe", rev_id="probe", head="head", version_path=str(tmp_path)
    )
    [written] = tmp_path.glob("*probe*.py")
    check = subprocess.run(
        [str(Path(sys.executable).with_name("ruff")), "format", "--check", str(written)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stdout + check.stderr
