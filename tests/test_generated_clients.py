"""The typed clients in clients/: what openapi.json generates, strictly typed, and the
README's examples of them answer as the README says against a live server.

Needs the Node tools (`make node-env`) and the dev dependencies; the live examples run on
each database engine.
"""

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.live_server import LiveServer, live_server

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi.json"
README = ROOT / "README.md"
CLIENTS = ROOT / "clients"
GENERATED = ("typescript", "python")
SCHEMA_TS = CLIENTS / "typescript" / "schema.d.ts"
PYTHON_CLIENT = CLIENTS / "python"
PACKAGE = PYTHON_CLIENT / "acupoint_kb_client"
NODE_MODULES = ROOT / "node_modules"
NODE_BIN = NODE_MODULES / ".bin"
POINT_PATH = "/v1/points/{ref}"
# Files that running or checking the client leaves beside it; git ignores them too.
UNTRACKED = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
TIMEOUT_SECONDS = 600

# Compiled with the README's example: types that must be precise, never `any` or `unknown`.
TYPE_CHECKS_TS = """\
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

type IsAny<T> = 0 extends 1 & T ? true : false;
type IsUnknown<T> = IsAny<T> extends true ? false : unknown extends T ? true : false;
type IsNever<T> = [T] extends [never] ? true : false;
type IsFalse<T extends boolean> = [T] extends [false] ? true : false;
type Expect<T extends true> = T;

type PointDetail = components["schemas"]["PointDetail"];
type Problem = components["schemas"]["Problem"];
type GetPoint = paths["/v1/points/{ref}"]["get"];
type PointBody = GetPoint["responses"][200]["content"]["application/json"];
type NotModifiedContent = GetPoint["responses"][304]["content"];
type NotModifiedBody = NonNullable<NotModifiedContent>[keyof NonNullable<NotModifiedContent>];
type IfNoneMatch = NonNullable<GetPoint["parameters"]["header"]>["If-None-Match"];

export type PointBodyIsNotAny = Expect<IsFalse<IsAny<PointBody>>>;
export type PointBodyIsNotUnknown = Expect<IsFalse<IsUnknown<PointBody>>>;
export type NotModifiedContentIsNotAny = Expect<IsFalse<IsAny<NotModifiedContent>>>;
export type NotModifiedContentIsNotUnknown = Expect<IsFalse<IsUnknown<NotModifiedContent>>>;
export type NotModifiedBodyIsNotAny = Expect<IsFalse<IsAny<NotModifiedBody>>>;
export type NotModifiedBodyIsNotUnknown = Expect<IsFalse<IsUnknown<NotModifiedBody>>>;
// A response documented without content is generated as `content?: never`.
export type NotModifiedHasNoContent = Expect<IsNever<NonNullable<NotModifiedContent>>>;
export type IfNoneMatchIsNotAny = Expect<IsFalse<IsAny<IfNoneMatch>>>;
export type IfNoneMatchIsNotUnknown = Expect<IsFalse<IsUnknown<IfNoneMatch>>>;

const client = createClient<paths>({ baseUrl: "http://127.0.0.1:8000" });

export async function describePoint(ref: string): Promise<string> {
  const { data, error } = await client.GET("/v1/points/{ref}", { params: { path: { ref } } });
  if (error !== undefined) {
    type ErrorChecks = [
      Expect<IsFalse<IsAny<typeof error>>>,
      Expect<IsFalse<IsUnknown<typeof error>>>,
    ];
    const problem: Problem = error;
    return `${problem.status} ${problem.title}`;
  }
  if (data === undefined) {
    return "no body";
  }
  type DataChecks = [
    Expect<IsFalse<IsAny<typeof data>>>,
    Expect<IsFalse<IsUnknown<typeof data>>>,
  ];
  const point: PointDetail = data;
  return point.code;
}
"""

TSCONFIG = {
    "compilerOptions": {
        "target": "ES2022",
        "lib": ["ES2022", "DOM"],
        "module": "ESNext",
        "moduleResolution": "Bundler",
        "strict": True,
        "noEmitOnError": True,
        "outDir": "build",
        "skipLibCheck": False,
        "types": ["node"],
    },
    "files": ["schema.d.ts", "example.ts", "type_checks.ts"],
}


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Exit code and combined output of one command, with the project's Node first on PATH."""
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", **(env or {})}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    completed = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    return completed.returncode, completed.stdout + completed.stderr


def node_tool(name: str) -> str:
    tool = NODE_BIN / name
    assert tool.exists(), f"{tool} is missing: run `make node-env`"
    return str(tool)


def readme_example(name: str) -> str:
    """The fenced block that follows `<!-- example: name -->` in the README."""
    text = README.read_text(encoding="utf-8")
    found = re.search(
        rf"^<!-- example: {re.escape(name)} -->\n```\w*\n(.*?)^```$", text, re.MULTILINE | re.DOTALL
    )
    assert found is not None, f"README.md has no block marked <!-- example: {name} -->"
    return found[1]


def expected_output() -> list[str]:
    return readme_example("client-output").splitlines()


def files_under(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not UNTRACKED.intersection(path.relative_to(root).parts)
    }


def test_committed_clients_are_what_openapi_json_generates(tmp_path: Path) -> None:
    code, output = run(
        [sys.executable, str(CLIENTS / "generate.py"), "--output", str(tmp_path)], ROOT
    )
    assert code == 0, output
    drift = []
    for part in GENERATED:
        committed = files_under(CLIENTS / part)
        generated = files_under(tmp_path / part)
        drift += [f"  missing: clients/{part}/{name}" for name in generated.keys() - committed]
        drift += [
            f"  not generated: clients/{part}/{name}" for name in committed.keys() - generated
        ]
        drift += [
            f"  differs: clients/{part}/{name}"
            for name in sorted(committed.keys() & generated.keys())
            if committed[name] != generated[name]
        ]
    assert not drift, (
        "clients/ is not what openapi.json generates: run `make clients`\n" + "\n".join(drift)
    )


def with_source_lines(output: str, folder: Path) -> str:
    """tsc's output, each error in a file of `folder` followed by the line it points at."""
    annotated = []
    for line in output.splitlines():
        annotated.append(line)
        found = re.match(r"([\w.]+\.ts)\((\d+),\d+\)", line)
        if found and (folder / found[1]).exists():
            lines = (folder / found[1]).read_text(encoding="utf-8").splitlines()
            if 0 < int(found[2]) <= len(lines):
                annotated.append("    | " + lines[int(found[2]) - 1].strip())
    return "\n".join(annotated)


@pytest.fixture(scope="module")
def typescript_example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's TypeScript example, type-checked with the client and compiled to JS."""
    folder = tmp_path_factory.mktemp("typescript-client")
    shutil.copyfile(SCHEMA_TS, folder / "schema.d.ts")
    (folder / "example.ts").write_text(readme_example("typescript-client"), encoding="utf-8")
    (folder / "type_checks.ts").write_text(TYPE_CHECKS_TS, encoding="utf-8")
    (folder / "tsconfig.json").write_text(json.dumps(TSCONFIG, indent=2), encoding="utf-8")
    (folder / "package.json").write_text('{"type": "module"}\n', encoding="utf-8")
    (folder / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    code, output = run(
        [node_tool("tsc"), "--project", "tsconfig.json", "--pretty", "false"], cwd=folder
    )
    assert code == 0, "tsc --strict failed on the README's example or the client:\n" + (
        with_source_lines(output, folder)
    )
    return folder / "build" / "example.js"


def test_typescript_client_type_checks(typescript_example: Path) -> None:
    assert typescript_example.is_file()


def point_operation() -> dict[str, Any]:
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    operation: dict[str, Any] = document["paths"][POINT_PATH]["get"]
    return operation


def snake_case(name: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", spaced).strip("_").lower()


def response_branch_value(parse_response: ast.FunctionDef, status: int) -> ast.expr | None:
    """The value `_parse_response` assigns to `response_<status>` for that status code."""
    target = f"response_{status}"
    for node in ast.walk(parse_response):
        if not (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Compare)
            and isinstance(node.test.left, ast.Attribute)
            and node.test.left.attr == "status_code"
            and len(node.test.comparators) == 1
            and isinstance(node.test.comparators[0], ast.Constant)
            and node.test.comparators[0].value == status
        ):
            continue
        for statement in node.body:
            if (
                isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and statement.targets[0].id == target
            ):
                return statement.value
    return None


def test_python_client_type_checks(tmp_path: Path) -> None:
    example = tmp_path / "example.py"
    example.write_text(readme_example("python-client"), encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    code, checked = run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            "mypy.ini",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            example.name,
            str(PACKAGE),
        ],
        cwd=tmp_path,
    )
    assert code == 0, f"mypy --strict failed on the README's example or the client:\n{checked}"

    operation = point_operation()
    module = (
        PACKAGE
        / "api"
        / snake_case(operation["tags"][0])
        / f"{snake_case(operation['operationId'])}.py"
    )
    assert module.exists(), f"no module for GET {POINT_PATH} at {module}"
    tree = ast.parse(module.read_text(encoding="utf-8"))
    parse_response = next(
        (
            node
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name == "_parse_response"
        ),
        None,
    )
    assert parse_response is not None, f"{module} has no _parse_response"

    value = response_branch_value(parse_response, 200)
    assert value is not None, f"{module} does not parse a 200 response"
    parsed_as = ast.unparse(value)
    model = parsed_as.split(".from_dict(", 1)[0] if ".from_dict(" in parsed_as else ""
    imported = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models.")
        for alias in node.names
    }
    assert model in imported, (
        f"GET {POINT_PATH} 200 is parsed as `{parsed_as}` (Any), not as a generated model"
    )
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    if "$ref" in schema:
        assert schema["$ref"].rsplit("/", 1)[-1] == model, parsed_as


@pytest.fixture(scope="module")
def server(seeded_database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    log = tmp_path_factory.mktemp("clients-server") / "server.log"
    with live_server(seeded_database, log) as running:
        yield running


def test_typescript_readme_example(typescript_example: Path, server: LiveServer) -> None:
    code, output = run(
        [str(Path(sys.executable).parent / "node"), str(typescript_example)],
        cwd=typescript_example.parent,
        env={"ACUPOINT_BASE_URL": server.base_url},
    )
    assert code == 0, f"{output}\nserver log:\n{server.log_tail()}"
    assert output.splitlines() == expected_output()


def test_python_readme_example(tmp_path: Path, server: LiveServer) -> None:
    example = tmp_path / "example.py"
    example.write_text(readme_example("python-client"), encoding="utf-8")
    code, output = run(
        [sys.executable, str(example)],
        cwd=tmp_path,
        env={
            "ACUPOINT_BASE_URL": server.base_url,
            "PYTHONPATH": str(PYTHON_CLIENT),
            "PYTHONDONTWRITEBYTECODE": "1",
        },
    )
    assert code == 0, f"{output}\nserver log:\n{server.log_tail()}"
    assert output.splitlines() == expected_output()
