"""Command line: ``python -m app COMMAND``; ``python -m app --help`` lists the commands."""

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

from app.core.database import build_engine, session_factory
from app.core.settings import PROJECT_ROOT, get_settings
from app.seeding.reader import SeedInvalid
from app.seeding.service import load_seed, validate_seed

WORKERS_VARIABLE = "ACUPOINT_WORKERS"


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
    sync = report.sync
    changes = {"inserted": sync.inserted, "updated": sync.updated, "deleted": sync.deleted}
    print(f"dataset {sync.dataset_version}: " + json.dumps(changes, sort_keys=True))
    print("new dataset version recorded" if sync.new_version_recorded else "nothing changed")
    for conflict in report.conflicts:
        print(f"  curated record kept: {conflict}")
    return 0


def validate(root: Path) -> int:
    try:
        validate_seed(root)
    except SeedInvalid as invalid:
        return _report_invalid(invalid)
    print(f"{root}: every record is valid")
    return 0


def _report_invalid(invalid: SeedInvalid, what: str = "seed data") -> int:
    print(
        f"{what} rejected, nothing was written ({len(invalid.issues)} problem(s)):",
        file=sys.stderr,
    )
    for issue in invalid.issues:
        print(f"  {issue}", file=sys.stderr)
    return 1


# The addresses that mean "every interface": a browser reaches them on the loopback.
UNSPECIFIED_HOSTS = {"0.0.0.0": "127.0.0.1", "::": "::1", "": "127.0.0.1"}


def serving_urls(host: str, port: int) -> str:
    """Where the API, its docs and its OpenAPI document will answer (`serve` prints it)."""
    shown = UNSPECIFIED_HOSTS.get(host, host)
    base = f"http://[{shown}]:{port}" if ":" in shown else f"http://{shown}:{port}"
    everywhere = f" (listening on {host or 'every address'})" if shown != host else ""
    return "\n".join(
        [
            f"acupoint-kb will answer at {base}{everywhere}",
            f"  API      {base}/v1/points/ST36 (everything is under /v1)",
            f"  docs     {base}/docs (Swagger UI), {base}/redoc (ReDoc)",
            f"  OpenAPI  {base}/openapi.json",
        ]
    )


def serve(host: str, port: int, workers: int) -> int:
    """Production settings by default; ACUPOINT_ENVIRONMENT=development reloads on code
    changes (one worker) and logs as text for people rather than JSON."""
    import uvicorn

    from app.api.connections import BoundedHttpToolsProtocol
    from app.core.logs import configure_logging_for
    from app.core.metrics import MULTIPROCESS_VARIABLE

    print(serving_urls(host, port), file=sys.stderr, flush=True)
    settings = get_settings()
    configure_logging_for(settings)
    development = settings.environment == "development"
    # The workers read it to know they are not alone (rate limits then count in the database).
    previous = os.environ.get(WORKERS_VARIABLE)
    os.environ[WORKERS_VARIABLE] = str(workers)
    get_settings.cache_clear()
    # Several workers write their metrics to files that any of them sums for a scrape; a
    # folder of this run's own, so that no earlier run's counts are added in.
    metrics_dir = None
    if workers > 1 and settings.metrics_enabled and not os.environ.get(MULTIPROCESS_VARIABLE):
        metrics_dir = tempfile.mkdtemp(prefix="acupoint-metrics-")
        os.environ[MULTIPROCESS_VARIABLE] = metrics_dir
    try:
        uvicorn.run(
            "app.main:create_served_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            reload=development and workers == 1,
            reload_dirs=[str(PROJECT_ROOT / "app")] if development else None,
            loop="uvloop",
            http=BoundedHttpToolsProtocol,
            proxy_headers=False,
            server_header=False,
            limit_concurrency=settings.max_connections,
            timeout_keep_alive=settings.keep_alive_seconds,
            timeout_graceful_shutdown=settings.shutdown_timeout_seconds,
            # The application logs each request itself (app/api/observe.py), and its logging
            # is configured by create_served_app in every worker.
            access_log=False,
            log_config=None,
            log_level=settings.log_level,
        )
    finally:
        if metrics_dir is not None:
            os.environ.pop(MULTIPROCESS_VARIABLE, None)
            shutil.rmtree(metrics_dir, ignore_errors=True)
        if previous is None:
            os.environ.pop(WORKERS_VARIABLE, None)
        else:
            os.environ[WORKERS_VARIABLE] = previous
    return 0


def keys(args: argparse.Namespace) -> int:
    """Create, list or revoke API keys; a new key is printed once and never stored."""
    from app.core.database import transaction
    from app.models.keys import Role
    from app.services.keys import create_key, list_keys, revoke_key

    engine = build_engine(get_settings())
    try:
        with transaction(session_factory(engine)) as session:
            if args.keys_command == "create":
                try:
                    new = create_key(session, args.name, Role(args.role), args.valid_days)
                except ValueError as error:
                    print(error, file=sys.stderr)
                    return 1
                until = new.expires_at.isoformat() if new.expires_at else "no expiry"
                print(f"{new.role.value} key {new.name!r} ({until}); it is shown only now:")
                print(new.key)
            elif args.keys_command == "revoke":
                if not revoke_key(session, args.name):
                    print(f"no live key named {args.name!r}", file=sys.stderr)
                    return 1
                print(f"key {args.name!r} revoked")
            else:
                for row in list_keys(session):
                    state = "revoked" if row.revoked_at else "live"
                    until = row.expires_at.isoformat() if row.expires_at else "no expiry"
                    print(f"{row.name}\t{row.role.value}\t{row.prefix}…\t{state}\t{until}")
    finally:
        engine.dispose()
    return 0


MAX_VERSION_LENGTH = 40  # dataset_versions.version


def import_records(path: Path, replace: bool) -> int:
    """Load an export (`GET /v1/export`) into the database, validated as the seed is.

    The records must still match the export's checksum: a file cut short or edited by hand
    is refused rather than loaded as the dataset.
    """
    from app.seeding.service import load_records
    from app.services.exports import EXPORT_FORMAT, EXPORT_FORMAT_VERSION, records_checksum

    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        records = document["records"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"{path}: not an acupoint-kb export: {error}", file=sys.stderr)
        return 1
    if document.get("format") != EXPORT_FORMAT:
        found = document.get("format")
        print(f"{path}: not an acupoint-kb export (format {found!r})", file=sys.stderr)
        return 1
    if document.get("format_version") != EXPORT_FORMAT_VERSION:
        print(
            f"{path}: export format version {document.get('format_version')!r}; "
            f"this version of acupoint-kb reads version {EXPORT_FORMAT_VERSION}",
            file=sys.stderr,
        )
        return 1
    checksum = document.get("checksum")
    expected = checksum.get("value") if isinstance(checksum, dict) else None
    if expected != records_checksum(records):
        print(
            f"{path}: the records do not match the export's checksum ({expected!r}); "
            "nothing was written",
            file=sys.stderr,
        )
        return 1
    version = document.get("dataset_version")
    if not isinstance(version, str) or not 0 < len(version) <= MAX_VERSION_LENGTH:
        version = None  # the manifest's version labels it instead
    engine = build_engine(get_settings())
    try:
        transition = load_records(
            session_factory(engine),
            records,
            replace=replace,
            version=version,
        )
    except SeedInvalid as invalid:
        return _report_invalid(invalid, "export")
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(f"dataset {transition.dataset_version}: {len(transition.upserted)} record(s) written")
    return 0


def mcp() -> int:
    """Serve the MCP tools over stdio; standard output carries the protocol only."""
    from app.main import VERSION
    from app.mcp.stdio import run

    return run(get_settings(), VERSION)


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
    serve_parser.add_argument(
        "--migrate-and-seed",
        action="store_true",
        help="apply the migrations and load the seed first (one container; replicas leave "
        "both to a one-shot job)",
    )
    commands.add_parser("openapi", help="print the OpenAPI document")
    commands.add_parser(
        "mcp", help="serve the MCP tools over stdio (for a local assistant; logs to stderr)"
    )
    importer = commands.add_parser("import", help="load an export (GET /v1/export) file")
    importer.add_argument("file", type=Path)
    importer.add_argument("--replace", action="store_true", help="replace a loaded dataset")
    key_parser = commands.add_parser("keys", help="create, list or revoke API keys")
    key_commands = key_parser.add_subparsers(dest="keys_command", required=True)
    create = key_commands.add_parser("create", help="create a key and print it once")
    create.add_argument("--role", required=True, choices=["partner", "curator"])
    create.add_argument("--name", required=True, help="who holds it (shown in the audit)")
    create.add_argument("--valid-days", type=int, default=None, help="expire after N days")
    revoke = key_commands.add_parser("revoke", help="revoke a key by name")
    revoke.add_argument("name")
    key_commands.add_parser("list", help="list the keys (never the keys themselves)")
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
            if args.migrate_and_seed and (migrate() or seed(seed_dir)):
                return 1
            return serve(args.host, args.port, args.workers)
        case "mcp":
            return mcp()
        case "keys":
            return keys(args)
        case "import":
            return import_records(args.file, args.replace)
        case _:
            return openapi()


if __name__ == "__main__":
    sys.exit(main())
