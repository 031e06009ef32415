"""The README's two commands on a newcomer's machine: what is missing is named with its fix
before anything is installed, installs say what they do, and `serve` says where to look.

The Makefile runs in a copy of the project, against fake interpreters: each runs this
Python with a `sitecustomize` that makes it look older or without ensurepip, and logs how
it was called.
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from app.__main__ import main
from app.core.settings import PROJECT_ROOT, get_settings

MAKE = shutil.which("make")
needs_make = pytest.mark.skipif(MAKE is None, reason="make is not installed")
OLD = "import sys\nsys.version_info = (3, 9, 18, 'final', 0)\n"
NO_ENSUREPIP = "import sys\nsys.modules['ensurepip'] = None\n"
THIS = f"{sys.version_info.major}.{sys.version_info.minor}"
INSTALLING_UV = re.compile(r"Installing uv (\S+) into \.tools/ \(about \d+ s on a first run\)\n")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The Makefile and its check, in a folder where nothing is installed yet."""
    root = tmp_path / "project"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(PROJECT_ROOT / "Makefile", root)
    shutil.copy(PROJECT_ROOT / "scripts" / "check_python.py", root / "scripts")
    return root


@pytest.fixture
def bin_dir(tmp_path: Path) -> Path:
    """The only folder on PATH: no other Python is found."""
    folder = tmp_path / "bin"
    folder.mkdir()
    return folder


def fake_python(
    bin_dir: Path, name: str, sitecustomize: str = "", refuse: str | None = None
) -> Path:
    """An interpreter on PATH that logs its arguments to calls.log; `refuse` names a
    command line fragment it fails on (as a broken venv would) instead of running it."""
    site = bin_dir.parent / f"{name}-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(sitecustomize)
    log = shlex.quote(str(bin_dir.parent / "calls.log"))
    lines = ["#!/bin/sh", f'echo "$*" >> {log}']
    if refuse is not None:
        lines.append(f'case "$*" in *{shlex.quote(refuse)}*) exit 3;; esac')
    lines.append(f'PYTHONPATH={shlex.quote(str(site))} exec {shlex.quote(sys.executable)} "$@"')
    script = bin_dir / name
    script.write_text("\n".join(lines) + "\n")
    script.chmod(0o755)
    return script


def make(project: Path, bin_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("MAKE", "MFLAGS", "UV_"))
    }
    environment["PATH"] = str(bin_dir)
    assert MAKE is not None
    return subprocess.run(
        [MAKE, "--no-print-directory", *args],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def calls(bin_dir: Path) -> list[str]:
    log = bin_dir.parent / "calls.log"
    return log.read_text().splitlines() if log.exists() else []


@needs_make
def test_an_old_python_is_named_with_the_ways_to_a_new_one(project: Path, bin_dir: Path) -> None:
    python = fake_python(bin_dir, "python3", OLD)

    result = make(project, bin_dir, "run", f"PYTHON={python}")

    assert result.returncode != 0
    assert result.stderr.startswith(
        f"acupoint-kb needs Python 3.11 or newer; {python} is Python 3.9.18 ({sys.executable}).\n"
        "Install one, then name it with PYTHON=:\n"
    )
    for fix in (
        "sudo apt install python3.11 python3.11-venv",
        "make run PYTHON=python3.11",
        "uv python install 3.12",
        'make run PYTHON="$(uv python find 3.12)"',
    ):
        assert fix in result.stderr
    assert "Installing" not in result.stdout
    assert [call for call in calls(bin_dir) if "check_python.py" not in call] == []
    assert not (project / ".tools").exists()


@needs_make
def test_a_newer_python_already_there_is_named(project: Path, bin_dir: Path) -> None:
    python = fake_python(bin_dir, "python3", OLD)
    fake_python(bin_dir, "python3.12")

    result = make(project, bin_dir, "test", f"PYTHON={python}")

    assert result.returncode != 0
    assert "Found python3.12 on this machine; run:\n\n    make test PYTHON=python3.12\n" in (
        result.stderr
    )
    assert not (project / ".tools").exists()


@needs_make
def test_a_python_without_ensurepip_gets_the_apt_package(project: Path, bin_dir: Path) -> None:
    python = fake_python(bin_dir, "python3", NO_ENSUREPIP)

    result = make(project, bin_dir, "run", f"PYTHON={python}")

    assert result.returncode != 0
    assert result.stderr.startswith(
        f"{python} (Python {sys.version.split()[0]}, {sys.executable}) cannot create virtual "
        "environments: its ensurepip module is missing.\n"
    )
    assert f"\n    sudo apt install python{THIS}-venv\n\nthen run `make run` again." in (
        result.stderr
    )
    assert [call for call in calls(bin_dir) if "check_python.py" not in call] == []
    assert not (project / ".tools").exists()


@needs_make
def test_a_missing_python_is_named(project: Path, bin_dir: Path) -> None:
    result = make(project, bin_dir, "run", "PYTHON=python3")

    assert result.returncode != 0
    assert result.stderr.startswith(
        "acupoint-kb needs Python 3.11 or newer; 'python3' was not found.\n"
        "Debian/Ubuntu: sudo apt install python3 python3-venv\n"
        "Or name another Python 3.11+: make run PYTHON=/path/to/python3.12\n"
    )
    assert not (project / ".tools").exists()


@needs_make
def test_this_python_passes_and_the_install_says_so(project: Path, bin_dir: Path) -> None:
    # Stops where uv would be downloaded: the check passed when venv is asked for.
    python = fake_python(bin_dir, "python3", refuse="-m venv")

    result = make(project, bin_dir, "run", f"PYTHON={python}")

    assert "acupoint-kb needs" not in result.stderr
    assert "cannot create virtual environments" not in result.stderr
    installing = INSTALLING_UV.match(result.stdout)
    assert installing is not None, result.stdout
    assert f"UV_VERSION := {installing[1]}\n" in (PROJECT_ROOT / "Makefile").read_text()
    assert calls(bin_dir) == [
        f"scripts/check_python.py --python {python} --retry make run",
        "-m venv .tools",
    ]


def test_the_check_passes_on_this_python() -> None:
    result = subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "scripts" / "check_python.py")],
        capture_output=True,
        text=True,
    )

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def fake_uv(project: Path, bin_dir: Path, in_sync: bool) -> None:
    """A uv in .tools/ whose `sync --check` finds the environment in sync or not."""
    uv = project / ".tools" / "bin" / "uv"
    uv.parent.mkdir(parents=True)
    log = shlex.quote(str(bin_dir.parent / "calls.log"))
    check = "exit 0" if in_sync else "echo 'error: The environment is outdated' >&2; exit 1"
    uv.write_text(f'#!/bin/sh\necho "uv $*" >> {log}\ncase "$*" in *--check*) {check};; esac\n')
    uv.chmod(0o755)


@needs_make
def test_nothing_to_install_prints_nothing(project: Path, bin_dir: Path) -> None:
    fake_uv(project, bin_dir, in_sync=True)

    result = make(project, bin_dir, "runtime-env", "dev-env")

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert calls(bin_dir) == [
        "uv sync --frozen --no-dev --inexact --check --quiet",
        "uv sync --frozen --check --quiet",
    ]


@needs_make
def test_an_install_says_what_it_installs_and_shows_uv_progress(
    project: Path, bin_dir: Path
) -> None:
    fake_uv(project, bin_dir, in_sync=False)

    result = make(project, bin_dir, "runtime-env", "dev-env")

    assert result.returncode == 0
    assert re.fullmatch(
        r"Installing the locked dependencies into \.venv/ \(about \d+ s on a first run\)\n"
        r"Installing the locked dependencies and dev tools into \.venv/ "
        r"\(about \d+ s on a first run\)\n",
        result.stdout,
    )
    assert result.stderr == ""  # the check's complaint is not shown
    assert calls(bin_dir)[1::2] == [  # without --quiet, so uv reports its progress
        "uv sync --frozen --no-dev --inexact",
        "uv sync --frozen",
    ]


def test_serve_prints_where_the_api_its_docs_and_openapi_answer(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    make_client: Callable[..., TestClient],
    seeded_sqlite: str,
) -> None:
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)
    get_settings.cache_clear()
    try:
        assert main(["serve", "--host", "0.0.0.0", "--port", "8123"]) == 0
    finally:
        get_settings.cache_clear()

    printed = capsys.readouterr().err
    base = "http://127.0.0.1:8123"
    assert printed == (
        f"acupoint-kb will answer at {base} (listening on 0.0.0.0)\n"
        f"  API      {base}/v1/points/ST36 (everything is under /v1)\n"
        f"  docs     {base}/docs (Swagger UI), {base}/redoc (ReDoc)\n"
        f"  OpenAPI  {base}/openapi.json\n"
    )
    client = make_client(seeded_sqlite)
    for url in re.findall(r"http://\S+", printed)[1:]:
        assert client.get(url.removeprefix(base)).status_code == 200, url
