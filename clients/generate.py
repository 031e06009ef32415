"""Writes the typed clients from openapi.json: `make clients` into clients/, and
tests/test_generated_clients.py into a temporary folder, to find drift.

- typescript/schema.d.ts: openapi-typescript's types, for openapi-fetch.
- python/: openapi-python-client's package `acupoint_kb_client` with its pyproject.toml
  (settings in openapi-python-client.yaml), formatted by the generator's ruff hooks.

openapi-python-client reads any `security` as "a key is required", and then its functions
take only an `AuthenticatedClient`, even where `{}` among the alternatives lets anonymous
callers in (openapi-generators/openapi-python-client#1372). Our reads are such operations,
so the Python generator gets the document without `security` on them: their functions
then take a `Client` or an `AuthenticatedClient`.
"""

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLIENTS = ROOT / "clients"
OPENAPI = ROOT / "openapi.json"
PYTHON_CONFIG = CLIENTS / "openapi-python-client.yaml"
VENV_BIN = Path(sys.executable).parent
OPENAPI_TYPESCRIPT = ROOT / "node_modules" / ".bin" / "openapi-typescript"
OPENAPI_PYTHON_CLIENT = VENV_BIN / "openapi-python-client"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def anonymous_allowed_without_security(document: dict[str, Any]) -> dict[str, Any]:
    """The document with `security` dropped from the operations that anyone may call."""
    adjusted = copy.deepcopy(document)
    for path_item in adjusted.get("paths", {}).values():
        for method in METHODS:
            operation = path_item.get(method)
            if operation is not None and {} in operation.get("security", []):
                del operation["security"]
    return adjusted


def run(command: list[str], scratch: Path) -> None:
    # The project's Node for openapi-typescript, its ruff for the generator's hooks; ruff's
    # cache goes to the scratch folder, not into the output.
    env = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "RUFF_CACHE_DIR": str(scratch / "ruff-cache"),
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    completed = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{completed.stdout}{completed.stderr}")


def generate_typescript(openapi: Path, output: Path, scratch: Path) -> None:
    target = output / "typescript"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    run(
        [str(OPENAPI_TYPESCRIPT), str(openapi), "--output", str(target / "schema.d.ts")],
        scratch,
    )


def generate_python(openapi: Path, output: Path, scratch: Path) -> None:
    target = output / "python"
    shutil.rmtree(target, ignore_errors=True)
    document = json.loads(openapi.read_text(encoding="utf-8"))
    adjusted = scratch / "openapi.json"
    adjusted.write_text(json.dumps(anonymous_allowed_without_security(document)), encoding="utf-8")
    run(
        [
            str(OPENAPI_PYTHON_CLIENT),
            "generate",
            "--path",
            str(adjusted),
            "--config",
            str(PYTHON_CONFIG),
            "--meta",
            "uv",
            "--output-path",
            str(target),
            "--fail-on-warning",
        ],
        scratch,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--openapi", type=Path, default=OPENAPI, help="default: openapi.json")
    parser.add_argument("--output", type=Path, default=CLIENTS, help="default: clients/")
    arguments = parser.parse_args()
    for tool, install in ((OPENAPI_TYPESCRIPT, "node-env"), (OPENAPI_PYTHON_CLIENT, "dev-env")):
        if not tool.exists():
            sys.exit(f"{tool} is missing: run `make {install}`")
    openapi: Path = arguments.openapi.resolve()
    output: Path = arguments.output.resolve()
    with tempfile.TemporaryDirectory() as scratch:
        generate_typescript(openapi, output, Path(scratch))
        generate_python(openapi, output, Path(scratch))


if __name__ == "__main__":
    main()
