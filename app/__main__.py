"""Command line: ``python -m app migrate | seed | validate-seed | serve | openapi``."""

import argparse
import json
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config

from app.core.database import build_engine, session_factory
from app.core.settings import PROJECT_ROOT, get_settings
from app.seeding.reader import SeedInvalid
from app.seeding.service import load_seed, validate_seed


def alembic_config() -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    return config


def migrate() -> int:
    command.upgrade(alembic_config(), "head")
    print("database schema is at the latest migration")
    return 0


def seed(root: Path) -> int:
    settings = get_settings()
    engine = build_engine(settings)
    try:
        report = load_seed(session_factory(engine), root)
    except SeedInvalid as invalid:
        return _report_invalid(invalid)
    finally:
        engine.dispose()
    changes = {
        "inserted": report.inserted,
        "updated": report.updated,
        "deleted": report.deleted,
    }
    print(f"dataset {report.dataset_version}: " + json.dumps(changes, sort_keys=True))
    print("new dataset version recorded" if report.new_version_recorded else "nothing changed")
    return 0


def validate(root: Path) -> int:
    try:
        validate_seed(root)
    except SeedInvalid as invalid:
        return _report_invalid(invalid)
    print(f"{root}: every record is valid")
    return 0


def _report_invalid(invalid: SeedInvalid) -> int:
    print(
        f"seed data rejected, nothing was written ({len(invalid.issues)} problem(s)):",
        file=sys.stderr,
    )
    for issue in invalid.issues:
        print(f"  {issue}", file=sys.stderr)
    return 1


def serve(host: str, port: int, workers: int) -> int:
    """Production settings by default; ACUPOINT_ENVIRONMENT=development reloads on code
    changes (one worker) and logs every request."""
    import uvicorn

    development = get_settings().environment == "development"
    uvicorn.run(
        "app.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        reload=development and workers == 1,
        reload_dirs=[str(PROJECT_ROOT / "app")] if development else None,
        loop="uvloop",
        http="httptools",
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=10,
        access_log=development,
        log_level="debug" if development else "info",
    )
    return 0


def openapi() -> int:
    from app.main import create_app

    print(json.dumps(create_app().openapi(), indent=2, ensure_ascii=False, sort_keys=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("migrate", help="apply the database migrations")
    for name, text in (("seed", "load the seed data"), ("validate-seed", "check it only")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--dir", type=Path, default=None, help="seed folder (default: seed/)")
    serve_parser = commands.add_parser("serve", help="serve the API (production settings)")
    serve_parser.add_argument("--host", default="127.0.0.1")
    serve_parser.add_argument("--port", type=int, default=8000)
    serve_parser.add_argument("--workers", type=int, default=1)
    commands.add_parser("openapi", help="print the OpenAPI document")
    args = parser.parse_args(argv)
    seed_dir: Path = getattr(args, "dir", None) or get_settings().seed_dir
    match args.command:
        case "migrate":
            return migrate()
        case "seed":
            return seed(seed_dir)
        case "validate-seed":
            return validate(seed_dir)
        case "serve":
            return serve(args.host, args.port, args.workers)
        case _:
            return openapi()


if __name__ == "__main__":
    sys.exit(main())
