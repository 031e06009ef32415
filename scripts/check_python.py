"""Checks, before `make` installs anything, that $(PYTHON) can build the project's tools.

`make` creates `.tools/` with `$(PYTHON) -m venv`, which needs Python 3.11+ and its
`ensurepip` module (Debian and Ubuntu ship it apart, in python3.X-venv). Without them the
failure comes late and half-made; this says what to install instead. Standard library
only, and kept to what Python 3.6 can run, since old interpreters are the ones it has to
explain.
"""

import argparse
import importlib.util
import shutil
import subprocess
import sys

REQUIRED = (3, 11)
CANDIDATES = ("python3.14", "python3.13", "python3.12", "python3.11")
PROBE = "import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)"


def usable_pythons() -> "list[str]":  # quoted: Python 3.8 and older cannot evaluate it
    """The newer interpreters on PATH that really run (a pyenv shim may not)."""
    found: list[str] = []
    for name in CANDIDATES:
        if shutil.which(name) is None:
            continue
        try:
            probe = subprocess.run(
                [name, "-c", PROBE],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=10,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if probe.returncode == 0:
            found.append(name)
    return found


def too_old(python: str, version: str, retry: str) -> str:
    lines = [
        f"acupoint-kb needs Python 3.11 or newer; {python} is Python {version} ({sys.executable}).",
    ]
    newer = usable_pythons()
    if newer:
        lines += [
            f"Found {' and '.join(newer)} on this machine; run:",
            "",
            f"    {retry} PYTHON={newer[0]}",
        ]
    else:
        lines += [
            "Install one, then name it with PYTHON=:",
            "",
            "  Ubuntu 22.04:       sudo apt install python3.11 python3.11-venv",
            f"                      {retry} PYTHON=python3.11",
            "  macOS (Homebrew):   brew install python@3.12",
            f"                      {retry} PYTHON=python3.12",
            "  anywhere, with uv:  curl -LsSf https://astral.sh/uv/install.sh | sh",
            "                      uv python install 3.12",
            f'                      {retry} PYTHON="$(uv python find 3.12)"',
            "  with pyenv:         pyenv install 3.12",
            f'                      {retry} PYTHON="$(pyenv prefix 3.12)/bin/python"',
            "",
            "(Debian 12 and Ubuntu 24.04 come with Python 3.11 and 3.12 as python3.)",
        ]
    return "\n".join(lines) + "\n"


def no_ensurepip(python: str, version: str, retry: str) -> str:
    package = f"python{sys.version_info[0]}.{sys.version_info[1]}-venv"
    lines = [
        f"{python} (Python {version}, {sys.executable}) cannot create virtual environments: "
        "its ensurepip module is missing.",
        f"On Debian and Ubuntu it comes in the {package} package "
        "(python3-venv installs it for the default python3):",
        "",
        f"    sudo apt install {package}",
        "",
        f"then run `{retry}` again. Elsewhere, use a Python that has ensurepip "
        "(python.org, Homebrew, uv python install).",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default="python3", help="how the Makefile names it")
    parser.add_argument("--retry", default="make run", help="the command to suggest again")
    args = parser.parse_args()
    version = ".".join(str(part) for part in sys.version_info[:3])
    if tuple(sys.version_info[:2]) < REQUIRED:
        sys.stderr.write(too_old(args.python, version, args.retry))
        return 1
    if importlib.util.find_spec("ensurepip") is None:
        sys.stderr.write(no_ensurepip(args.python, version, args.retry))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
