"""Exports for partners: the whole dataset as one JSON document, or CSV per kind in a zip.

Both carry the dataset version, the generation time, the cursor to sync from, the
attribution of every source and SHA-256 checksums. They are written record by record as
they are sent; the body's own checksum (the ``Repr-Digest`` header) is computed by a first
pass over the same deterministic output, so no export is ever held whole in memory.
"""

import base64
import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.readmodel.rows import latest_version
from app.seeding.records import KINDS, Records
from app.seeding.store import as_records, latest_change, stored_records

EXPORT_FORMAT = "acupoint-kb-export"
EXPORT_FORMAT_VERSION = 1
LICENCE_NOTE = (
    "Each source keeps its own terms; the source records state none, so see each work "
    "before reusing its content. The dataset's compilation is proprietary."
)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class ExportSnapshot:
    """The records and where they stand, read in one transaction."""

    records: Records
    dataset_version: str
    cursor: str
    generated_at: str


def take_snapshot(sessions: sessionmaker[Session]) -> ExportSnapshot:
    with sessions() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        version = latest_version(session)
        return ExportSnapshot(
            records=as_records(stored_records(session)),
            dataset_version=version.version if version else "",
            cursor=str(latest_change(session)),
            generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        )


def attribution(records: Records) -> list[dict[str, Any]]:
    return [
        {
            "source": source["slug"],
            "title": source["title"],
            "author": source.get("author"),
            "publisher": source.get("publisher"),
            "url": source.get("url"),
            "licence": None,
        }
        for source in records["sources"]
    ]


def _header(snapshot: ExportSnapshot) -> dict[str, Any]:
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "dataset_version": snapshot.dataset_version,
        "generated_at": snapshot.generated_at,
        "cursor": snapshot.cursor,
        "licence": LICENCE_NOTE,
        "attribution": attribution(snapshot.records),
    }


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _record_chunks(records: Records) -> Iterator[bytes]:
    yield b"{"
    for number, name in enumerate(KINDS):
        yield (("," if number else "") + _dumps(name) + ":[").encode()
        for index, content in enumerate(records[name]):
            yield (("," if index else "") + _dumps(content)).encode()
        yield b"]"
    yield b"}"


def json_chunks(snapshot: ExportSnapshot) -> Iterator[bytes]:
    """The JSON document: its header, the records, and the records' checksum last."""
    digest = hashlib.sha256()
    for chunk in _record_chunks(snapshot.records):
        digest.update(chunk)
    header = _dumps(_header(snapshot))
    yield (header[:-1] + ',"records":').encode()
    yield from _record_chunks(snapshot.records)
    checksum = {"algorithm": "sha-256", "covers": "records", "value": digest.hexdigest()}
    yield (',"checksum":' + _dumps(checksum) + "}").encode()


class _Sink(io.RawIOBase):
    """A write-only stream whose bytes are taken out as they come."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        taken, self._chunks = b"".join(self._chunks), []
        return taken


def _csv_of(name: str, contents: list[dict[str, Any]]) -> bytes:
    fields = list(KINDS[name].model.model_fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(fields)
    for content in contents:
        writer.writerow([_cell(content.get(field)) for field in fields])
    return buffer.getvalue().encode()


def _cell(value: Any) -> str:
    """Text as it is; lists and objects as JSON; nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return _dumps(value)


def zip_chunks(snapshot: ExportSnapshot) -> Iterator[bytes]:
    """A zip of one CSV per kind and manifest.json with each file's SHA-256."""
    sink = _Sink()
    files: list[dict[str, Any]] = []
    with zipfile.ZipFile(sink, "w") as archive:
        for name in KINDS:
            data = _csv_of(name, snapshot.records[name])
            archive.writestr(_entry(f"{name}.csv"), data)
            files.append(
                {
                    "name": f"{name}.csv",
                    "rows": len(snapshot.records[name]),
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
            )
            yield sink.take()
        manifest = {**_header(snapshot), "files": files}
        body = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
        archive.writestr(_entry("manifest.json"), body)
    yield sink.take()


def _entry(name: str) -> zipfile.ZipInfo:
    """A file entry with a fixed time and mode, so the same data gives the same zip."""
    info = zipfile.ZipInfo(name, _ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


@dataclass(frozen=True, slots=True)
class Export:
    """An export ready to stream: its chunks (made as they are sent) and its checksum."""

    snapshot: ExportSnapshot
    csv: bool
    digest: str
    """SHA-256 of the whole body, base64, for the Repr-Digest header."""

    @property
    def media_type(self) -> str:
        return "application/zip" if self.csv else "application/json"

    @property
    def filename(self) -> str:
        return f"acupoint-kb-{self.snapshot.dataset_version}.{'zip' if self.csv else 'json'}"

    def chunks(self) -> Iterator[bytes]:
        return zip_chunks(self.snapshot) if self.csv else json_chunks(self.snapshot)


def prepare_export(sessions: sessionmaker[Session], as_csv: bool) -> Export:
    """Read the dataset once, then checksum the body by making it once without keeping it."""
    snapshot = take_snapshot(sessions)
    digest = hashlib.sha256()
    for chunk in (zip_chunks if as_csv else json_chunks)(snapshot):
        digest.update(chunk)
    return Export(snapshot, as_csv, base64.b64encode(digest.digest()).decode())
