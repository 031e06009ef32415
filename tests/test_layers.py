"""The layers import one way, and the lint that says so can fail."""

import ast
import importlib
import inspect
import pkgutil
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from fastapi import APIRouter
from fastapi.routing import APIRoute

import app.api
from app.core.settings import PROJECT_ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
MAX_ROUTE_LINES = 15


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(PROJECT_ROOT / "pyproject.toml"), "--no-cache"],
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def copy_of_the_app(tmp_path: Path) -> Path:
    shutil.copytree(
        PROJECT_ROOT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__")
    )
    return tmp_path


def add_line(path: Path, line: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


def test_the_layers_hold_on_this_tree() -> None:
    result = lint_imports(PROJECT_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_lower_layer_importing_a_higher_one_fails_the_lint(tmp_path: Path) -> None:
    root = copy_of_the_app(tmp_path)
    add_line(root / "app" / "core" / "settings.py", "import app.services.points  # noqa")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout
    assert "app.core.settings -> app.services.points" in result.stdout


def test_an_import_cycle_inside_a_layer_fails_the_lint(tmp_path: Path) -> None:
    root = copy_of_the_app(tmp_path)
    # names imports fuzzy, which imports identifiers: closing the loop is a cycle.
    add_line(root / "app" / "text" / "identifiers.py", "import app.text.names  # noqa")
    result = lint_imports(root)
    assert result.returncode == 1, result.stdout
    assert "No cycles are allowed in app.text" in result.stdout


def route_functions() -> list[APIRoute]:
    routes: list[APIRoute] = []
    for module in pkgutil.iter_modules(app.api.__path__, "app.api."):
        router = getattr(importlib.import_module(module.name), "router", None)
        if isinstance(router, APIRouter):
            routes += [route for route in router.routes if isinstance(route, APIRoute)]
    return routes


@pytest.mark.parametrize("route", route_functions(), ids=lambda route: route.name)
def test_every_route_function_is_short(route: APIRoute) -> None:
    """A route parses, makes one service call and answers; the work is in services/."""
    source = textwrap.dedent(inspect.getsource(route.endpoint))
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.AsyncFunctionDef | ast.FunctionDef)
    lines = (function.end_lineno or 0) - function.lineno + 1
    assert lines <= MAX_ROUTE_LINES, f"{route.name} has {lines} lines"
