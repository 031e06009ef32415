"""Exports (JSON and a zip of CSV), and loading a JSON export with `python -m app import`.

What a partner relies on: the document parses, its checksums are what they say they are
(the records' one defined on bytes a partner can get back, see app/services/exports.py),
it is streamed, only keys get it, and an export loaded into an empty database answers
every request exactly as the database it came from.
"""

import base64
import csv
import gzip
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.types import Message, Scope

import app.services.exports as exports
from app.__main__ import main as cli
from app.api.sync import _accepts_gzip
from app.core.database import build_engine, session_factory
from app.core.settings import get_settings
from app.main import create_app
from app.models import Base
from app.models.keys import Role
from app.models.records import Change
from app.seeding.records import KINDS, validate_records
from app.seeding.store import stored_records
from app.services.curation import Action, WriteRequest, write
from app.services.exports import (
    CHUNK_BYTES,
    ExportSnapshot,
    canonical_json,
    json_chunks,
    prepare_export,
    records_checksum,
    take_snapshot,
    zip_chunks,
)
from app.services.keys import Principal
from tests.support import DatabaseFactory, bearer, make_key, settings_for
from tests.test_answers_unchanged import REQUEST_ID, SAMPLE

Headers = dict[str, str]


# ---- fixtures and helpers -------------------------------------------------------------


class Exported:
    """A seeded database no test here writes to, a client on it and one key per role."""

    def __init__(self, url: str, client: TestClient) -> None:
        self.url = url
        self.client = client
        self.partner = bearer(make_key(url, "partner", "partner-export"))
        self.curator = bearer(make_key(url, "curator", "curator-export"))


@pytest.fixture(scope="module")
def exported(databases: DatabaseFactory) -> Iterator[Exported]:
    url = databases.seeded_copy()
    with TestClient(create_app(settings_for(url))) as client:
        yield Exported(url, client)


@pytest.fixture
def sessions_of() -> Iterator[Callable[[str], sessionmaker[Session]]]:
    engines: list[Engine] = []

    def build(url: str) -> sessionmaker[Session]:
        engines.append(build_engine(settings_for(url)))
        return session_factory(engines[-1])

    yield build
    for engine in engines:
        engine.dispose()


def digest_header(body: bytes) -> str:
    return f"sha-256=:{base64.b64encode(hashlib.sha256(body).digest()).decode()}:"


def records_member(body: bytes) -> bytes:
    """The bytes of the document's `records` member exactly as sent.

    The header's members come first (sorted by name, all before "records"), the checksum
    last; `"records":` cannot occur inside the header's strings, which would escape `"`.
    """
    start = body.index(b',"records":') + len(b',"records":')
    end = body.rindex(b',"checksum":')
    return body[start:end]


def walk(value: Any) -> Iterator[Any]:
    """The value and every value inside it."""
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)


def table_contents(url: str) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table, to show that a refused import wrote nothing."""
    engine = build_engine(settings_for(url))
    try:
        with engine.connect() as connection:
            return {
                name: sorted(tuple(map(repr, row)) for row in connection.execute(select(table)))
                for name, table in Base.metadata.tables.items()
            }
    finally:
        engine.dispose()


def run_import(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    url: str,
    *arguments: str,
) -> tuple[int, str]:
    """`python -m app import …` against the database at ``url``: exit status, stderr."""
    with monkeypatch.context() as patched:
        patched.setenv("ACUPOINT_DATABASE_URL", url)
        patched.setenv("ACUPOINT_ENVIRONMENT", "test")
        get_settings.cache_clear()
        try:
            status = cli(["import", *arguments])
        finally:
            get_settings.cache_clear()
    return status, capsys.readouterr().err


def document_file(tmp_path: Path, records: Any, **header: Any) -> Path:
    """An export file holding ``records``, with the checksum they need to be read at all."""
    document = {
        "format": exports.EXPORT_FORMAT,
        "format_version": exports.EXPORT_FORMAT_VERSION,
        "dataset_version": "test",
        "records": records,
        "checksum": {"algorithm": "sha-256", "covers": "records", "value": ""},
        **header,
    }
    if "checksum" not in header:
        document["checksum"]["value"] = records_checksum(records)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


# ---- the JSON document ----------------------------------------------------------------


def test_the_json_export_is_a_document_with_its_header(
    exported: Exported, sessions_of: Callable[[str], sessionmaker[Session]]
) -> None:
    response = exported.client.get("/v1/export", headers=exported.partner)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "private, no-store"
    version = response.headers["x-dataset-version"]
    assert response.headers["content-disposition"] == (
        f'attachment; filename="acupoint-kb-{version}.json"'
    )
    document = json.loads(response.content)
    assert list(document) == [
        "attribution",
        "cursor",
        "dataset_version",
        "format",
        "format_version",
        "generated_at",
        "licence",
        "records",
        "checksum",
    ]
    assert document["format"] == "acupoint-kb-export"
    assert document["format_version"] == 1
    assert document["dataset_version"] == version != ""
    with sessions_of(exported.url)() as session:
        latest = session.execute(select(Change.seq).order_by(Change.seq.desc())).scalar()
    assert document["cursor"] == str(latest)
    generated = datetime.fromisoformat(document["generated_at"])
    assert generated.utcoffset() == timedelta(0)
    assert set(document["records"]) == set(KINDS)
    sources = document["records"]["sources"]
    assert [entry["source"] for entry in document["attribution"]] == [s["slug"] for s in sources]
    for entry, source in zip(document["attribution"], sources, strict=True):
        assert entry["title"] == source["title"]
        assert entry["author"] == source.get("author")
        assert entry["publisher"] == source.get("publisher")


def test_the_records_checksum_is_the_sha256_of_the_records_member_as_sent(
    exported: Exported,
) -> None:
    body = exported.client.get("/v1/export", headers=exported.partner).content
    document = json.loads(body)
    member = records_member(body)
    assert document["checksum"] == {
        "algorithm": "sha-256",
        "covers": "records",
        "value": hashlib.sha256(member).hexdigest(),
    }
    # A partner's other way: parse, canonicalise again (the recipe in the module docstring).
    again = json.dumps(
        document["records"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    assert again.encode() == member
    assert canonical_json(document["records"]).encode() == member
    # What makes that recipe RFC 8785 (JCS) too: ASCII member names, no floats.
    values = list(walk(document["records"]))
    assert len(values) > 1000
    assert not any(isinstance(value, float) for value in values)
    assert all(name.isascii() for value in values if isinstance(value, dict) for name in value)


@pytest.mark.parametrize("accept_encoding", ["identity", "gzip, deflate"])
def test_repr_digest_is_the_sha256_of_the_body_as_sent(
    exported: Exported, accept_encoding: str
) -> None:
    headers = {**exported.partner, "Accept-Encoding": accept_encoding}
    with exported.client.stream("GET", "/v1/export", headers=headers) as response:
        raw = b"".join(response.iter_raw())
        assert response.status_code == 200
        assert response.headers["repr-digest"] == digest_header(raw)
        coding = response.headers.get("content-encoding")
    body = gzip.decompress(raw) if coding == "gzip" else raw
    assert json.loads(body)["format"] == "acupoint-kb-export"


def test_a_gzipped_export_is_the_same_bytes_each_time_and_its_digest_covers_them(
    exported: Exported, sessions_of: Callable[[str], sessionmaker[Session]]
) -> None:
    """The digest is made by a first pass, so both passes must give the same bytes."""
    for as_csv, gzipped in ((False, False), (False, True), (True, False)):
        export = prepare_export(sessions_of(exported.url), as_csv, gzipped)
        body = b"".join(export.chunks())
        assert export.digest == base64.b64encode(hashlib.sha256(body).digest()).decode()
        assert export.gzip is gzipped
        assert export.headers.get("Content-Encoding") == ("gzip" if gzipped else None)
        if gzipped:
            assert json.loads(gzip.decompress(body))["cursor"] == export.snapshot.cursor
    # A zip is never gzipped again.
    assert not prepare_export(sessions_of(exported.url), True, True).gzip


@pytest.mark.parametrize(
    ("accept_encoding", "gzipped"),
    [
        ("gzip", True),
        ("deflate, GZIP;q=0.5", True),
        ("gzip;q=0", False),
        ("gzip; q=0.0, identity", False),
        ("gzip;q=nonsense", False),
        ("br, deflate", False),
        ("", False),
    ],
)
def test_accept_encoding_asks_for_gzip_unless_its_q_is_0(
    accept_encoding: str, gzipped: bool
) -> None:
    assert _accepts_gzip(accept_encoding) is gzipped


def test_the_json_export_is_made_in_many_bounded_chunks(
    exported: Exported, sessions_of: Callable[[str], sessionmaker[Session]]
) -> None:
    snapshot = take_snapshot(sessions_of(exported.url))
    chunks = list(json_chunks(snapshot))
    body = b"".join(chunks)
    largest_record = max(
        len(canonical_json(content).encode())
        for contents in snapshot.records.values()
        for content in contents
    )
    assert len(chunks) >= len(body) // (CHUNK_BYTES + largest_record) > 1
    # The header holds the attribution of every source (134 of them, about 34 KB): it is
    # one piece, more than a chunk's worth, so it goes first and alone.
    header = canonical_json(exports._header(snapshot)).encode()
    assert len(header) > CHUNK_BYTES
    assert chunks[0] == header[:-1] + b',"records":'
    assert all(len(chunk) < CHUNK_BYTES + largest_record + 1024 for chunk in chunks[1:])
    assert json.loads(body)["records"] == snapshot.records


def test_the_export_reaches_the_client_in_many_messages(exported: Exported) -> None:
    """Through every middleware (the response cache keeps nothing it cannot cache), the
    body leaves the application chunk by chunk, never as one message."""
    sent: list[Message] = []
    requested = False

    async def receive() -> Message:
        nonlocal requested
        if requested:  # the client stays connected until the response ends
            await anyio.sleep_forever()
        requested = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    async def request() -> None:
        await exported.client.app(scope, receive, send)

    scope: Scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": "/v1/export",
        "raw_path": b"/v1/export",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"testserver"),
            (b"authorization", exported.partner["Authorization"].encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
        "state": {},
    }
    portal = exported.client.portal
    assert portal is not None
    portal.call(request)
    start = sent[0]
    assert start["type"] == "http.response.start"
    assert start["status"] == 200
    bodies = [m for m in sent[1:] if m["type"] == "http.response.body" and m.get("body")]
    assert len(bodies) > 1
    assert all(m.get("more_body") for m in bodies[:-1])
    body = b"".join(m["body"] for m in bodies)
    headers = {name.decode(): value.decode() for name, value in start["headers"]}
    assert headers["repr-digest"] == digest_header(body)
    assert json.loads(body)["format"] == "acupoint-kb-export"


def test_only_partners_and_curators_get_an_export_and_it_is_never_cached(
    exported: Exported,
) -> None:
    client = exported.client
    for format in ("json", "csv"):
        url = f"/v1/export?format={format}"
        anonymous = client.get(url)
        assert anonymous.status_code == 401
        assert anonymous.headers["content-type"] == "application/problem+json"
        for key in (exported.partner, exported.curator):
            answer = client.get(url, headers=key)
            assert answer.status_code == 200
            assert answer.headers["cache-control"] == "private, no-store"
            assert "etag" not in answer.headers
        again = client.get(url)
        assert again.status_code == 401, "an export was served from the public cache"
        assert client.get(url, headers={"Authorization": "Bearer nope"}).status_code == 401


def test_the_snapshot_reads_one_moment(
    writable_database: str,
    sessions_of: Callable[[str], sessionmaker[Session]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A write landing between the snapshot's reads is in none of them, so the cursor is
    exactly the records' (else a partner syncing from it would miss that write)."""
    sessions = sessions_of(writable_database)
    before = take_snapshot(sessions)
    curator = Principal("curator-meanwhile", Role.CURATOR)

    def with_a_write_around(session: Session) -> Any:
        delete = WriteRequest(Action.DELETE, "tips", "stay-hydrated", if_match="*")
        write(sessions, curator, delete)  # before the records are read…
        read = stored_records(session)
        write(sessions, curator, replace(delete, key="consistency-is-key"))  # …and after
        return read

    with monkeypatch.context() as patched:
        patched.setattr("app.services.exports.stored_records", with_a_write_around)
        during = take_snapshot(sessions)
    assert (during.records, during.cursor, during.dataset_version) == (
        before.records,
        before.cursor,
        before.dataset_version,
    )
    after = take_snapshot(sessions)
    assert int(after.cursor) > int(during.cursor)
    assert len(after.records["tips"]) == len(before.records["tips"]) - 2


# ---- the zip of CSV files -------------------------------------------------------------


def test_a_client_that_asks_for_a_zip_gets_the_csv_export_and_nothing_else_does(
    exported: Exported,
) -> None:
    wants_zip = {**exported.partner, "Accept": "application/zip"}
    response = exported.client.get("/v1/export?format=csv", headers=wants_zip)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    refused = exported.client.get("/v1/points/ST36", headers={"Accept": "application/zip"})
    assert refused.status_code == 406


def test_the_csv_export_is_a_zip_of_one_csv_per_kind_with_a_manifest(
    exported: Exported,
) -> None:
    response = exported.client.get("/v1/export?format=csv", headers=exported.partner)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["repr-digest"] == digest_header(response.content)
    records = exported.client.get("/v1/export", headers=exported.partner).json()["records"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.testzip() is None
    assert sorted(archive.namelist()) == sorted(
        [f"{kind}.csv" for kind in KINDS] + ["manifest.json"]
    )
    manifest = json.loads(archive.read("manifest.json"))
    assert manifest["format"] == "acupoint-kb-export"
    assert manifest["dataset_version"] == response.headers["x-dataset-version"]
    assert manifest["cursor"].isdigit()
    assert manifest["generated_at"] == datetime.fromisoformat(manifest["generated_at"]).isoformat()
    assert [a["source"] for a in manifest["attribution"]] == [s["slug"] for s in records["sources"]]
    assert [entry["name"] for entry in manifest["files"]] == [f"{kind}.csv" for kind in KINDS]
    for entry in manifest["files"]:
        data = archive.read(entry["name"])
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        kind = entry["name"].removesuffix(".csv")
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"))))
        fields = list(KINDS[kind].model.model_fields)
        assert rows[0] == fields
        assert entry["rows"] == len(rows) - 1 == len(records[kind])
        for row, record in zip(rows[1:], records[kind], strict=True):
            assert set(record) <= set(fields)
            for field, cell in zip(fields, row, strict=True):
                assert cell == expected_cell(record.get(field)), (kind, field)


def expected_cell(value: Any) -> str:
    """Text as it is, nothing as an empty cell, anything else (lists, objects, numbers,
    booleans) as JSON in the records' canonical form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def test_nested_fields_are_json_in_their_cells(exported: Exported) -> None:
    response = exported.client.get("/v1/export?format=csv", headers=exported.partner)
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    rows = list(csv.DictReader(io.StringIO(archive.read("point-details.csv").decode())))
    st36 = next(row for row in rows if row["code"] == "ST36")
    assert json.loads(st36["regions"]) == ["leg"]
    assert json.loads(st36["technique"])["duration_min_seconds"] == 60
    assert {name["value"] for name in json.loads(st36["names"])} >= {"Leg Three Miles"}


def test_the_same_data_gives_the_same_bytes(
    exported: Exported, sessions_of: Callable[[str], sessionmaker[Session]]
) -> None:
    first = take_snapshot(sessions_of(exported.url))
    second = replace(take_snapshot(sessions_of(exported.url)), generated_at=first.generated_at)
    assert b"".join(zip_chunks(first)) == b"".join(zip_chunks(second))
    assert b"".join(json_chunks(first)) == b"".join(json_chunks(second))
    moved = replace(first, generated_at="2000-01-01T00:00:00+00:00")
    assert b"".join(zip_chunks(moved)) != b"".join(zip_chunks(first))


def test_a_zip_of_an_empty_dataset_still_has_every_file_with_its_header() -> None:
    snapshot = ExportSnapshot({kind: [] for kind in KINDS}, "", "0", "2026-01-01T00:00:00+00:00")
    archive = zipfile.ZipFile(io.BytesIO(b"".join(zip_chunks(snapshot))))
    for kind in KINDS:
        assert archive.read(f"{kind}.csv").decode().splitlines() == [
            ",".join(KINDS[kind].model.model_fields)
        ]


# ---- round trip: export, import into an empty database, same answers --------------------


def answers(client: TestClient) -> dict[str, tuple[int, str | None, bytes]]:
    found = {}
    for request in SAMPLE:
        response = client.request(
            request.get("method", "GET"),
            request["path"],
            # A fixed id: the problems hold the id of their answer.
            headers={"X-Request-ID": REQUEST_ID, **request.get("headers", {})},
            json=request.get("json"),
            content=request.get("content"),
        )
        key = f"{request.get('method', 'GET')} {request['path']} {request.get('headers')}"
        found[key] = (response.status_code, response.headers.get("etag"), response.content)
    return found


def test_an_export_imported_into_an_empty_database_answers_the_same(
    writable_database: str,
    empty_database: str,
    make_client: Callable[..., TestClient],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    source = make_client(writable_database)
    curator = bearer(make_key(writable_database, "curator", "curator-round-trip"))
    partner = bearer(make_key(writable_database, "partner", "partner-round-trip"))
    detail = "/v1/curation/point-details/ST36/tcmtips-post-exercise-recovery"
    etag = source.get(detail, headers=curator).headers["etag"]
    edited = source.patch(
        detail,
        json={"lay_location": "Four finger widths below the kneecap, beside the shinbone."},
        headers={**curator, "If-Match": etag, "Content-Type": "application/merge-patch+json"},
    )
    assert edited.status_code == 200, edited.text
    tip = {
        "slug": "warm-up-first",
        "source": "tcmtips-post-exercise-recovery",
        "title": "Warm up first",
        "body": "Rub the area briefly before pressing.",
    }
    assert source.post("/v1/curation/tips", json=tip, headers=curator).status_code == 201
    etag = source.get("/v1/curation/tips/stay-hydrated", headers=curator).headers["etag"]
    deleted = source.delete(
        "/v1/curation/tips/stay-hydrated", headers={**curator, "If-Match": etag}
    )
    assert deleted.status_code == 204
    exported = source.get("/v1/export", headers=partner)
    file = tmp_path / "export.json"
    file.write_bytes(exported.content)

    status, errors = run_import(monkeypatch, capsys, empty_database, str(file))
    assert (status, errors) == (0, "")

    copy = make_client(empty_database)
    source_answers = answers(source)
    copy_answers = answers(copy)
    assert copy_answers.keys() == source_answers.keys()
    for key, answer in source_answers.items():
        assert copy_answers[key] == answer, key
    st36 = copy.get("/v1/points/ST36").text
    assert "beside the shinbone" in st36
    tips = copy.get("/v1/tips").text
    assert "warm-up-first" in tips
    assert "stay-hydrated" not in tips

    copy_partner = bearer(make_key(empty_database, "partner", "partner-copy"))
    again = copy.get("/v1/export", headers=copy_partner).json()
    original = json.loads(exported.content)
    assert again["records"] == original["records"]
    assert again["checksum"] == original["checksum"]
    assert again["dataset_version"] == original["dataset_version"]


def test_an_import_into_a_database_that_holds_a_dataset_needs_replace(
    writable_database: str,
    sessions_of: Callable[[str], sessionmaker[Session]],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    snapshot = take_snapshot(sessions_of(writable_database))
    file = tmp_path / "export.json"
    file.write_bytes(b"".join(json_chunks(snapshot)))
    before = table_contents(writable_database)

    status, errors = run_import(monkeypatch, capsys, writable_database, str(file))
    assert status == 1
    assert "already holds a dataset; pass --replace to replace it" in errors
    assert table_contents(writable_database) == before

    status, errors = run_import(monkeypatch, capsys, writable_database, str(file), "--replace")
    assert (status, errors) == (0, "")
    after = table_contents(writable_database)
    assert after["dataset_records"] == before["dataset_records"]
    assert after["changes"] == before["changes"]  # the same records: nothing changed


# ---- nothing unknown or malformed gets in -----------------------------------------------


def test_validate_records_refuses_an_unknown_kind_and_a_malformed_record(
    seed_data: Any,
) -> None:
    from app.seeding.records import records_of

    records = records_of(seed_data)
    del records["tips"][1]["title"]
    records["tips"][2]["body"] = ["not", "text"]
    records["spells"] = [{"slug": "x"}]
    data, issues = validate_records(records)
    assert data is None
    assert [(i.file, i.record, i.field, i.problem) for i in issues] == [
        ("tips", "#2 (stay-hydrated)", "title", "Field required"),
        ("tips", "#3 (consistency-is-key)", "body", "Input should be a valid string"),
        ("spells", "-", "-", "unknown kind of record"),
    ]


def test_the_import_reports_each_problem_and_writes_nothing(
    empty_database: str,
    seed_data: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from app.seeding.records import records_of

    records = records_of(seed_data)
    del records["tips"][1]["title"]
    records["spells"] = [{"slug": "x"}]
    records["errata"] = "not a list"  # type: ignore[assignment]
    before = table_contents(empty_database)
    status, errors = run_import(
        monkeypatch, capsys, empty_database, str(document_file(tmp_path, records))
    )
    assert status == 1
    assert errors.splitlines() == [
        "export rejected, nothing was written (1 problem(s)):",
        "  errata: -: -: expected a list of records",
    ]
    assert table_contents(empty_database) == before

    records["errata"] = []
    status, errors = run_import(
        monkeypatch, capsys, empty_database, str(document_file(tmp_path, records))
    )
    assert status == 1
    assert errors.splitlines() == [
        "export rejected, nothing was written (2 problem(s)):",
        "  tips: #2 (stay-hydrated): title: Field required",
        "  spells: -: -: unknown kind of record",
    ]
    assert table_contents(empty_database) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "not an acupoint-kb export"),
        (b'{"records": {}}', "not an acupoint-kb export (format None)"),
        (b'{"format": "acupoint-kb-export", "format_version": 2, "records": {}}', "version 2"),
        (b'["a list"]', "not an acupoint-kb export"),
    ],
)
def test_the_import_refuses_what_is_not_an_export(
    empty_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    content: bytes,
    message: str,
) -> None:
    file = tmp_path / "export.json"
    file.write_bytes(content)
    before = table_contents(empty_database)
    status, errors = run_import(monkeypatch, capsys, empty_database, str(file))
    assert status == 1
    assert message in errors
    assert table_contents(empty_database) == before


def test_the_import_refuses_records_that_do_not_match_the_checksum(
    empty_database: str,
    seed_data: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    from app.seeding.records import records_of

    records = records_of(seed_data)
    wrong = {"algorithm": "sha-256", "covers": "records", "value": "0" * 64}
    file = document_file(tmp_path, records, checksum=wrong)
    before = table_contents(empty_database)
    status, errors = run_import(monkeypatch, capsys, empty_database, str(file))
    assert status == 1
    assert "do not match the export's checksum" in errors
    assert before["dataset_records"] == before["dataset_versions"] == []
