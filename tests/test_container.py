"""The container image, checked without a container engine (none runs on our machines).

The Dockerfile is parsed and replayed in a temporary folder, one folder per stage standing in
for its file system: the build stage's steps run with the project's own uv (and its cache),
the final stage's COPYs take exactly what they name from a build context filtered by
.dockerignore. From that copy run the compose file's `migrate` command, then the image's
CMD (on a free port) and its HEALTHCHECK: a file the service needs that the image lacks, or
a wrong command, fails here. The Dockerfile's and compose.yaml's rules are checked as text.
"""

import http.server
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from app import healthcheck
from app.core.settings import PROJECT_ROOT
from tests.live_server import free_port
from tests.support import DatabaseFactory

DOCKERFILE = PROJECT_ROOT / "Dockerfile"
DOCKERIGNORE = PROJECT_ROOT / ".dockerignore"
COMPOSE = PROJECT_ROOT / "compose.yaml"
UV = PROJECT_ROOT / ".tools" / "bin" / "uv"
PINNED_BASE = re.compile(r"python:3\.11\.\d+-slim-bookworm@sha256:[0-9a-f]{64}")
START_SECONDS = 45


# -- the Dockerfile, read the way the builder reads it --------------------------------------


@dataclass(frozen=True)
class Instruction:
    keyword: str
    flags: dict[str, str]
    arguments: str

    def argv(self) -> list[str]:
        """The arguments of an exec-form (JSON) instruction, else of a shell-form one."""
        if self.arguments.startswith("["):
            parsed = json.loads(self.arguments)
            assert isinstance(parsed, list)
            return [str(item) for item in parsed]
        return shlex.split(self.arguments)


@dataclass
class Stage:
    base: str
    name: str | None
    instructions: list[Instruction] = field(default_factory=list)

    def all(self, keyword: str) -> list[Instruction]:
        return [step for step in self.instructions if step.keyword == keyword]

    def last(self, keyword: str) -> Instruction:
        found = self.all(keyword)
        assert found, f"the stage from {self.base} has no {keyword}"
        return found[-1]

    def env(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for step in self.all("ENV"):
            for pair in shlex.split(step.arguments):
                name, _, value = pair.partition("=")
                values[name] = value
        return values


def split_flags(text: str) -> tuple[dict[str, str], str]:
    flags: dict[str, str] = {}
    while text.startswith("--"):
        flag, _, text = text.partition(" ")
        name, _, value = flag[2:].partition("=")
        flags[name] = value
        text = text.lstrip()
    return flags, text


def parse_dockerfile(text: str) -> list[Stage]:
    # Comment lines go first, even inside a continued instruction, as the builder does.
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    logical = re.sub(r"\\\n", " ", "\n".join(lines))
    stages: list[Stage] = []
    for line in logical.splitlines():
        if not line.strip():
            continue
        keyword, _, rest = line.strip().partition(" ")
        keyword = keyword.upper()
        rest = rest.strip()
        if keyword == "FROM":
            words = rest.split()
            name = words[2] if len(words) == 3 and words[1].upper() == "AS" else None
            stages.append(Stage(base=words[0], name=name))
            continue
        assert stages, f"{keyword} before any FROM"
        flags: dict[str, str] = {}
        arguments = rest
        if keyword in ("COPY", "RUN", "HEALTHCHECK"):
            flags, arguments = split_flags(rest)
        stages[-1].instructions.append(Instruction(keyword, flags, arguments))
    return stages


def healthcheck_argv(stage: Stage) -> list[str]:
    step = stage.last("HEALTHCHECK")
    form, _, command = step.arguments.partition(" ")
    assert form.upper() == "CMD", step.arguments
    return Instruction("CMD", {}, command.strip()).argv()


def with_port(argv: list[str], port: int) -> list[str]:
    assert "--port" in argv, f"{argv} does not name its port"
    at = argv.index("--port") + 1
    return [*argv[:at], str(port), *argv[at + 1 :]]


# -- .dockerignore, matched the way the builder matches it ---------------------------------


def ignore_rules(text: str) -> list[tuple[bool, re.Pattern[str]]]:
    rules = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keep = line.startswith("!")
        pattern = os.path.normpath(line.removeprefix("!").lstrip("/"))
        regex = ""
        for piece in re.split(r"(\*\*/|\*\*|\*|\?)", pattern):
            regex += {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}.get(
                piece, re.escape(piece)
            )
        regex = re.sub(r"\\\[(.*?)\\\]", lambda m: "[" + m.group(1).replace("\\", "") + "]", regex)
        rules.append((keep, re.compile(regex)))
    return rules


RULES = ignore_rules(DOCKERIGNORE.read_text(encoding="utf-8"))


def ignored(relative: str) -> bool:
    """Whether the build context leaves out this path: the last rule matching the path or one
    of its parent folders decides."""
    parts = relative.split("/")
    paths = ["/".join(parts[: n + 1]) for n in range(len(parts))]
    left_out = False
    for keep, pattern in RULES:
        if any(pattern.fullmatch(path) for path in paths):
            left_out = not keep
    return left_out


# -- the image, replayed in folders ---------------------------------------------------------


@dataclass
class Image:
    runtime: Stage
    root: Path
    workdir: Path
    env: dict[str, str]

    def host_argv(self, argv: list[str]) -> list[str]:
        return [to_host(self.root, word) for word in argv]


def to_host(root: Path, text: str) -> str:
    """Paths inside the image (under /app) as paths under the stage's folder."""
    return re.sub(r"(?<![\w.-])/app(?=/|\b|$)", str(root / "app"), text)


def copy_step(step: Instruction, root: Path, workdir: str, roots: dict[str, Path]) -> None:
    *sources, destination = step.argv()
    target = root / os.path.join(workdir, destination).lstrip("/")
    into_folder = destination.endswith("/") or len(sources) > 1
    for source in sources:
        if "from" in step.flags:
            origin = roots[step.flags["from"]] / source.lstrip("/")
            assert origin.exists(), f"{step}: stage {step.flags['from']} has no {source}"
        else:
            relative = os.path.normpath(source)
            origin = PROJECT_ROOT / relative
            assert origin.exists(), f"{step}: no {source} in the project"
            assert not ignored(relative), f"{step}: .dockerignore leaves out {source}"
        if origin.is_dir():
            for path in sorted(origin.rglob("*")):
                within = path.relative_to(origin)
                if "from" not in step.flags and ignored(str(path.relative_to(PROJECT_ROOT))):
                    continue
                if path.is_dir() and not path.is_symlink():
                    (target / within).mkdir(parents=True, exist_ok=True)
                else:
                    (target / within).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(path, target / within, follow_symlinks=False)
            target.mkdir(parents=True, exist_ok=True)
        else:
            file_target = target / origin.name if into_folder else target
            file_target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, file_target)


def run_step(step: Instruction, stage: Stage, root: Path, workdir: str, tools: Path) -> None:
    command = step.arguments
    words = shlex.split(command)
    if words[:2] == ["pip", "install"]:
        # Installs uv only; the project's own uv of the same version stands in for it.
        assert f"uv=={makefile_uv_version()}" in words, command
        return
    environment = {
        "PATH": f"{tools}:{os.environ['PATH']}",
        "HOME": os.environ.get("HOME", "/root"),
        **{name: to_host(root, value) for name, value in stage.env().items()},
        # The image has one Python; here, the one the tests run on.
        "UV_PYTHON": os.path.realpath(sys.executable),
    }
    environment.pop("UV_NO_CACHE", None)  # the cache makes it fast and works offline
    for name in ("UV_CACHE_DIR", "XDG_CACHE_HOME"):
        if name in os.environ:
            environment[name] = os.environ[name]
    done = subprocess.run(
        ["sh", "-c", to_host(root, command)],
        cwd=root / workdir.lstrip("/"),
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"RUN {command}\n{done.stdout}\n{done.stderr}"


def makefile_uv_version() -> str:
    found = re.search(r"^UV_VERSION := (\S+)$", (PROJECT_ROOT / "Makefile").read_text(), re.M)
    assert found
    return found.group(1)


def replay(stages: list[Stage], folder: Path) -> Image:
    tools = folder / "tools"
    tools.mkdir()
    (tools / "uv").symlink_to(UV)
    roots: dict[str, Path] = {}
    for number, stage in enumerate(stages):
        root = folder / f"stage-{number}"
        root.mkdir()
        workdir = "/"
        for step in stage.instructions:
            if step.keyword == "WORKDIR":
                workdir = os.path.join(workdir, step.arguments)
                (root / workdir.lstrip("/")).mkdir(parents=True, exist_ok=True)
            elif step.keyword == "COPY":
                copy_step(step, root, workdir, roots)
            elif step.keyword == "RUN":
                run_step(step, stage, root, workdir, tools)
        roots[stage.name or str(number)] = root
    runtime = stages[-1]
    root = roots[runtime.name or str(len(stages) - 1)]
    workdir = next(s.arguments for s in reversed(runtime.instructions) if s.keyword == "WORKDIR")
    env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8"}  # the base image's
    for name, value in runtime.env().items():
        env[name] = to_host(root, value.replace("$PATH", env["PATH"]))
    return Image(runtime, root, root / workdir.lstrip("/"), env)


@pytest.fixture(scope="module")
def image(tmp_path_factory: pytest.TempPathFactory) -> Image:
    stages = parse_dockerfile(DOCKERFILE.read_text(encoding="utf-8"))
    return replay(stages, tmp_path_factory.mktemp("image"))


def files_outside_data(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(folder)): (path.lstat().st_mtime_ns, path.lstat().st_size)
        for path in folder.rglob("*")
        if path.relative_to(folder).parts[0] != "data"
    }


def serve_and_probe(image: Image, env: dict[str, str], extra: list[str], log: Path) -> None:
    """Start the image's CMD, wait for /healthz and /readyz, ask for a point, run the
    HEALTHCHECK (0), stop the server, run it again (1)."""
    port = free_port()
    command = image.host_argv(with_port(image.runtime.last("CMD").argv(), port))
    probe = image.host_argv(with_port(healthcheck_argv(image.runtime), port))
    base = f"http://127.0.0.1:{port}"
    with log.open("wb") as output:
        server = subprocess.Popen(
            [*command, *extra],
            cwd=image.workdir,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + START_SECONDS
        answers: dict[str, int] = {}
        while answers != {"/healthz": 200, "/readyz": 200}:
            assert server.poll() is None, f"the server exited: {log.read_text()[-3000:]}"
            assert time.monotonic() < deadline, f"not ready: {answers} {log.read_text()[-3000:]}"
            time.sleep(0.2)
            try:
                answers = {
                    path: httpx.get(base + path, timeout=2).status_code
                    for path in ("/healthz", "/readyz")
                }
            except httpx.TransportError:
                answers = {}
        point = httpx.get(f"{base}/v1/points/ST36", timeout=10)
        assert point.status_code == 200, point.text
        assert point.json()["code"] == "ST36"
        for path in ("/openapi.json", "/docs"):  # the documents built from files in app/
            assert httpx.get(base + path, timeout=30).status_code == 200, path
        healthy = subprocess.run(probe, cwd=image.workdir, env=env, capture_output=True, timeout=30)
        assert healthy.returncode == 0, healthy
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)  # the group this test started
            server.wait(timeout=10)
    gone = subprocess.run(probe, cwd=image.workdir, env=env, capture_output=True, timeout=30)
    assert gone.returncode == 1, gone


# -- the image, run -------------------------------------------------------------------------


def test_the_migrate_service_then_the_image_command_serve_the_dataset(
    image: Image, databases: DatabaseFactory, tmp_path: Path
) -> None:
    before = files_outside_data(image.workdir)
    env = {**image.env, "ACUPOINT_DATABASE_URL": databases.new_url()}
    migrate = compose()["services"]["migrate"]["command"]
    done = subprocess.run(
        image.host_argv(migrate),
        cwd=image.workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "database schema is at the latest migration" in done.stdout
    assert "new dataset version recorded" in done.stdout

    serve_and_probe(image, env, [], tmp_path / "server.log")

    # Read-only but for data/: the service wrote nothing else (no bytecode either).
    assert files_outside_data(image.workdir) == before


def test_a_lone_container_migrates_seeds_and_serves_sqlite_in_its_data_folder(
    image: Image, tmp_path: Path
) -> None:
    before = files_outside_data(image.workdir)
    # The image makes it: the service's user may not create folders in /app.
    assert (image.workdir / "data").is_dir()
    database = image.workdir / "data" / "acupoint-kb.sqlite3"
    database.unlink(missing_ok=True)

    serve_and_probe(image, dict(image.env), ["--migrate-and-seed"], tmp_path / "server.log")

    assert database.stat().st_size > 0
    assert files_outside_data(image.workdir) == before


def test_a_lone_container_does_not_serve_when_the_seed_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "seed").mkdir()
    env = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(PROJECT_ROOT),
        "ACUPOINT_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "ACUPOINT_SEED_DIR": str(tmp_path / "seed"),
    }
    command = ["-m", "app", "serve", "--port", str(free_port()), "--migrate-and-seed"]
    done = subprocess.run(
        [sys.executable, *command], cwd=tmp_path, env=env, capture_output=True, timeout=60
    )
    assert done.returncode == 1
    assert b"seed data rejected, nothing was written" in done.stderr


def test_the_health_probe_fails_on_an_answer_other_than_200() -> None:
    class Unhealthy(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(503 if self.path == "/healthz" else 200)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Unhealthy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert healthcheck.main(["--port", str(server.server_address[1])]) == 1
    finally:
        server.shutdown()
        server.server_close()


def test_the_image_holds_the_service_and_its_dependencies_but_not_uv(image: Image) -> None:
    venv = image.workdir / ".venv"
    site = next(venv.glob("lib/python3.*/site-packages"))
    assert (site / "fastapi").is_dir()
    assert (site / "psycopg").is_dir()
    assert not (venv / "bin" / "uv").exists()
    assert not list(site.glob("uv-*.dist-info"))
    assert not list(site.glob("pytest*")), "dev dependencies are not installed"
    copied = {path.name for path in image.workdir.iterdir()}
    assert copied == {".venv", "data", "alembic.ini", "app", "migrations", "seed"}
    assert (image.workdir / "seed" / "manifest.yaml").is_file()
    assert not (image.workdir / "seed" / "research").exists()
    bytecode = [p for p in image.workdir.rglob("*.pyc") if ".venv" not in p.parts]
    assert bytecode == [], "the build context holds no bytecode"


# -- the Dockerfile's rules -----------------------------------------------------------------


@pytest.fixture(scope="module")
def stages() -> list[Stage]:
    return parse_dockerfile(DOCKERFILE.read_text(encoding="utf-8"))


def test_the_base_image_is_pinned_by_version_and_digest(stages: list[Stage]) -> None:
    names = {stage.name for stage in stages}
    external = [stage.base for stage in stages if stage.base not in names]
    assert external
    for base in external:
        assert PINNED_BASE.fullmatch(base), base


def test_uv_is_in_the_build_stage_only(stages: list[Stage]) -> None:
    assert len(stages) >= 2
    *builders, runtime = stages
    build_commands = " ".join(step.arguments for stage in builders for step in stage.all("RUN"))
    assert f"uv=={makefile_uv_version()}" in build_commands
    assert "uv sync --frozen --no-dev --no-install-project" in build_commands
    for step in runtime.all("RUN"):
        assert not re.search(r"\b(uv|pip)\b", step.arguments), step
    for step in runtime.all("COPY"):
        assert "uv" not in step.argv()[:-1], step
        if "from" in step.flags:
            assert step.argv()[:-1] in (["/app/.venv"], ["/app/data"]), step


def test_no_package_cache_is_left_behind(stages: list[Stage]) -> None:
    for stage in stages:
        for step in stage.all("RUN"):
            if re.search(r"\bpip install\b", step.arguments):
                assert "--no-cache-dir" in step.arguments, step
            if re.search(r"\buv (sync|pip)\b", step.arguments):
                uncached = stage.env().get("UV_NO_CACHE") == "1" or "--no-cache" in step.arguments
                assert uncached or step.flags.get("mount", "").startswith("type=cache"), step


def test_the_service_runs_as_a_numeric_user_that_owns_only_its_data_folder(
    stages: list[Stage],
) -> None:
    runtime = stages[-1]
    user = runtime.last("USER").arguments
    assert re.fullmatch(r"[1-9]\d*:[1-9]\d*", user), user
    owned = [step for step in runtime.all("COPY") if "chown" in step.flags]
    assert [step.flags["chown"] for step in owned] == [user]
    assert owned[0].argv()[-1].rstrip("/") in ("./data", "/app/data", "data")
    assert not any(re.search(r"\bch(own|mod)\b", s.arguments) for s in runtime.all("RUN"))


def test_python_neither_writes_bytecode_nor_buffers_output(stages: list[Stage]) -> None:
    env = stages[-1].env()
    assert env.get("PYTHONDONTWRITEBYTECODE") == "1"
    assert env.get("PYTHONUNBUFFERED") == "1"


def test_cmd_and_healthcheck_are_exec_form_on_one_port(stages: list[Stage]) -> None:
    runtime = stages[-1]
    healthcheck = runtime.last("HEALTHCHECK")
    assert "start-period" in healthcheck.flags
    assert healthcheck.arguments.partition(" ")[2].startswith("[")
    cmd = runtime.last("CMD")
    assert cmd.arguments.startswith("[")
    argv = cmd.argv()
    assert argv[1:4] == ["-m", "app", "serve"], "the image serves only"
    assert argv[argv.index("--host") + 1] == "0.0.0.0"
    port = argv[argv.index("--port") + 1]
    probe = healthcheck_argv(runtime)
    assert probe[probe.index("--port") + 1] == port
    assert runtime.last("EXPOSE").arguments == port


def test_the_build_context_leaves_out_what_the_image_does_not_need() -> None:
    for path in (
        ".git/HEAD",
        ".env",
        ".venv/bin/python",
        ".tools/bin/uv",
        "node_modules/.bin/redocly",
        "tests/test_container.py",
        "bench/results/latest.json",
        "clients/python/acupoint_kb_client/client.py",
        "data/acupoint-kb.sqlite3",
        "seed/research/README.md",
        "app/__pycache__/main.cpython-311.pyc",
        "README.md",
    ):
        assert ignored(path), path
    for path in ("pyproject.toml", "uv.lock", "alembic.ini", "app/main.py", "seed/manifest.yaml"):
        assert not ignored(path), path


# -- compose.yaml ---------------------------------------------------------------------------


def compose() -> dict[str, Any]:
    loaded = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_compose_runs_migrations_once_before_two_replicas(stages: list[Stage]) -> None:
    services = compose()["services"]
    assert set(services) == {"postgres", "migrate", "api"}
    postgres, migrate, api = services["postgres"], services["migrate"], services["api"]

    assert re.fullmatch(r"postgres:\d+\.\d+-\w+", postgres["image"]), postgres["image"]
    assert postgres["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]
    volume = postgres["volumes"][0].split(":")[0]
    assert volume in compose()["volumes"]

    assert migrate["image"] == api["image"]
    assert migrate["build"] == api["build"] == "."
    assert migrate["restart"] == "no"
    assert migrate["healthcheck"] == {"disable": True}
    assert migrate["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    script = " ".join(migrate["command"])
    assert re.search(r"python -m app migrate && python -m app seed$", script), script

    assert api["deploy"]["replicas"] == 2
    assert api["depends_on"] == {
        "postgres": {"condition": "service_healthy"},
        "migrate": {"condition": "service_completed_successfully"},
    }
    # The replicas run the image's CMD, which serves only.
    assert "command" not in api
    assert "entrypoint" not in api
    assert api["ports"] == ["8000-8001:8000"]
    assert api["healthcheck"]["test"] == ["CMD", *healthcheck_argv(stages[-1])]
    assert "start_period" in api["healthcheck"]
    for service in (migrate, api):
        url = service["environment"]["ACUPOINT_DATABASE_URL"]
        assert url.startswith("postgresql+psycopg://acupoint:")
        assert "@postgres:5432/" in url
    assert api["environment"]["ACUPOINT_RATE_LIMIT_STORAGE"] == "database"
