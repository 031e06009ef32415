"""Typed clients generated from the committed openapi.json compile under strict type checks.

Needs neither the database nor the app: only openapi.json, the Node tools (`make node-env`)
and the dev dependencies.
"""

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi.json"
NODE_MODULES = ROOT / "node_modules"
NODE_BIN = NODE_MODULES / ".bin"
POINT_PATH = "/v1/points/{ref}"
TIMEOUT_SECONDS = 600

EXAMPLE_TS = """\
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

export type PointBodyIsNotAny = Expect<IsFalse<IsAny<PointBody>>>;
export type PointBodyIsNotUnknown = Expect<IsFalse<IsUnknown<PointBody>>>;
export type NotModifiedContentIsNotAny = Expect<IsFalse<IsAny<NotModifiedContent>>>;
export type NotModifiedContentIsNotUnknown = Expect<IsFalse<IsUnknown<NotModifiedContent>>>;
export type NotModifiedBodyIsNotAny = Expect<IsFalse<IsAny<NotModifiedBody>>>;
export type NotModifiedBodyIsNotUnknown = Expect<IsFalse<IsUnknown<NotModifiedBody>>>;
// A response documented without content is generated as `content?: never`.
export type NotModifiedHasNoContent = Expect<IsNever<NonNullable<NotModifiedContent>>>;

const client = createClient<paths>({ baseUrl: "http://127.0.0.1:8000" });

export async function describePoint(ref: string, etag?: string): Promise<string> {
  const { data, error, response } = await client.GET("/v1/points/{ref}", {
    params: { path: { ref } },
    headers: etag === undefined ? {} : { "If-None-Match": etag },
  });
  if (response.status === 304) {
    return "not modified";
  }
  if (error !== undefined) {
    type ErrorChecks = [Expect<IsFalse<IsAny<typeof error>>>];
    const problem: Problem = error;
    return `${problem.status} ${problem.title}: ${problem.detail}`;
  }
  type DataChecks = [
    Expect<IsFalse<IsAny<typeof data>>>,
    Expect<IsFalse<IsUnknown<typeof data>>>,
  ];
  const point: PointDetail = data;
  return `${point.code} (${point.display_code})`;
}
"""

TSCONFIG = {
    "compilerOptions": {
        "target": "ES2022",
        "lib": ["ES2022", "DOM"],
        "module": "ESNext",
        "moduleResolution": "Bundler",
        "strict": True,
        "noEmit": True,
        "skipLibCheck": False,
        "types": [],
    },
    "files": ["schema.d.ts", "example.ts"],
}


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Exit code and combined output of one command, with the project's Node first on PATH."""
    env = dict(env if env is not None else os.environ)
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


def point_operation() -> dict[str, Any]:
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    operation: dict[str, Any] = document["paths"][POINT_PATH]["get"]
    return operation


def snake_case(name: str) -> str:
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", spaced).strip("_").lower()


def with_source_lines(output: str, source: Path) -> str:
    """tsc's output, each error in `source` followed by the line it points at."""
    lines = source.read_text(encoding="utf-8").splitlines()
    annotated = []
    for line in output.splitlines():
        annotated.append(line)
        found = re.match(rf"{re.escape(source.name)}\((\d+),\d+\)", line)
        if found and 0 < int(found[1]) <= len(lines):
            annotated.append("    | " + lines[int(found[1]) - 1].strip())
    return "\n".join(annotated)


def test_typescript_client_type_checks(tmp_path: Path) -> None:
    code, generated = run(
        [node_tool("openapi-typescript"), str(OPENAPI), "-o", str(tmp_path / "schema.d.ts")],
        cwd=tmp_path,
    )
    report = f"openapi-typescript output:\n{generated}"
    assert code == 0, report
    (tmp_path / "node_modules").symlink_to(NODE_MODULES, target_is_directory=True)
    (tmp_path / "example.ts").write_text(EXAMPLE_TS, encoding="utf-8")
    (tmp_path / "tsconfig.json").write_text(json.dumps(TSCONFIG, indent=2), encoding="utf-8")

    code, output = run(
        [
            node_tool("tsc"),
            "--project",
            "tsconfig.json",
            "--noEmit",
            "--strict",
            "--pretty",
            "false",
        ],
        cwd=tmp_path,
    )
    assert code == 0, (
        "tsc --noEmit --strict failed on the client generated from openapi.json:\n"
        + with_source_lines(output, tmp_path / "example.ts")
        + f"\n{report}"
    )


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
    package = tmp_path / "acupoint_kb_client"
    config = tmp_path / "generator.json"
    config.write_text(json.dumps({"post_hooks": []}), encoding="utf-8")
    generator = Path(sys.executable).parent / "openapi-python-client"
    assert generator.exists(), f"{generator} is missing: run `make dev-env`"
    code, generated = run(
        [
            str(generator),
            "generate",
            "--path",
            str(OPENAPI),
            "--output-path",
            str(package),
            "--meta",
            "none",
            "--config",
            str(config),
        ],
        cwd=tmp_path,
        env={**os.environ, "NO_COLOR": "1", "TERM": "dumb"},
    )
    report = f"openapi-python-client output:\n{generated}"
    assert code == 0, report
    assert package.is_dir(), report

    mypy_config = tmp_path / "mypy.ini"
    mypy_config.write_text("[mypy]\n", encoding="utf-8")
    code, checked = run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(mypy_config),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            package.name,
        ],
        cwd=tmp_path,
    )
    assert code == 0, f"mypy --strict failed on the generated client:\n{checked}\n{report}"

    operation = point_operation()
    module = (
        package
        / "api"
        / snake_case(operation["tags"][0])
        / f"{snake_case(operation['operationId'])}.py"
    )
    assert module.exists(), f"no module for GET {POINT_PATH} at {module}\n{report}"
    tree = ast.parse(module.read_text(encoding="utf-8"))
    parse_response = next(
        (
            node
            for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name == "_parse_response"
        ),
        None,
    )
    assert parse_response is not None, f"{module} has no _parse_response\n{report}"

    value = response_branch_value(parse_response, 200)
    assert value is not None, f"{module} does not parse a 200 response\n{report}"
    parsed_as = ast.unparse(value)
    model = parsed_as.split(".from_dict(", 1)[0] if ".from_dict(" in parsed_as else ""
    imported = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models.")
        for alias in node.names
    }
    assert model in imported, (
        f"GET {POINT_PATH} 200 is parsed as `{parsed_as}` (Any), not as a generated model\n{report}"
    )
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    if "$ref" in schema:
        assert schema["$ref"].rsplit("/", 1)[-1] == model, f"{parsed_as}\n{report}"
