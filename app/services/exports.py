"""Exports for partners: the whole dataset as one JSON document, or CSV per kind in a zip.

Both carry the dataset version, the generation time, the cursor to sync from, the
attribution of every source and SHA-256 checksums. They are written record by record as
they are sent, in chunks of about ``CHUNK_BYTES``; the body's own checksum (the
``Repr-Digest`` header) is computed by a first pass over the same deterministic output, so
no export is ever held whole in memory.

**The records' checksum** (``checksum.value`` in the JSON document) is the hex SHA-256 of
the ``records`` member in canonical form, and the member is sent in exactly that form, so
a partner can check it either way: hash the bytes of the member as received, or parse the
document and canonicalise ``records`` again. Canonical form: UTF-8, no whitespace, the
members of every object (the kinds included) sorted by name, strings escaped only where
JSON requires it (``"``, ``\\``, control characters, as ``\\n`` or ``\\u001f``). In Python
that is ``json.dumps(records, sort_keys=True, separators=(",", ":"), ensure_ascii=False)``;
records have only ASCII member names and no floating-point numbers, so it is also RFC 8785
(JSON Canonicalization Scheme) and any JCS library gives the same bytes.

**The body's digest** (``Repr-Digest: sha-256=:…:``, RFC 9530) covers the body as sent:
the gzip stream when the JSON document is sent gzipped (made here, deterministically, so
that the digest can be computed before the first byte), the plain bytes otherwise.
"""

import base64
import csv
import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
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
CHUNK_BYTES = 16 * 1024
"""About this many bytes per chunk sent: few sends, and never the whole export in one."""
GZIP_LEVEL = 5


@dataclass(frozen=True, slots=True)
class ExportSnapshot:
    """The records and where they stand, read in one transaction."""

    records: Records
    dataset_version: str
    cursor: str
    generated_at: str


def take_snapshot(sessions: sessionmaker[Session]) -> ExportSnapshot:
    """The cursor, version and records as of one moment, so that the cursor is exactly the
    records': a write landing between two reads would otherwise be in the records but not
    after the cursor, or after the cursor but not in the records."""
    with sessions() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        else:
            # pysqlite opens no transaction for reads: each SELECT would see the latest
            # commit. An explicit BEGIN holds one WAL snapshot until the session ends.
            session.connection().exec_driver_sql("BEGIN")
        cursor = latest_change(session)
        version = latest_version(session)
        return ExportSnapshot(
            records=as_records(stored_records(session)),
            dataset_version=version.version if version else "",
            cursor=str(cursor),
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


def canonical_json(value: Any) -> str:
    """The canonical form the records' checksum is defined on (see the module docstring)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


_dumps = canonical_json


def records_checksum(records: Records) -> str:
    """What ``checksum.value`` holds for these records."""
    return hashlib.sha256(canonical_json(records).encode()).hexdigest()


def _record_pieces(records: Records) -> Iterator[bytes]:
    """``canonical_json(records)``, record by record."""
    yield b"{"
    for number, name in enumerate(sorted(records)):
        yield (("," if number else "") + _dumps(name) + ":[").encode()
        for index, content in enumerate(records[name]):
            yield (("," if index else "") + _dumps(content)).encode()
        yield b"]"
    yield b"}"


def _batched(pieces: Iterable[bytes], size: int = CHUNK_BYTES) -> Iterator[bytes]:
    held: list[bytes] = []
    held_bytes = 0
    for piece in pieces:
        held.append(piece)
        held_bytes += len(piece)
        if held_bytes >= size:
            yield b"".join(held)
            held, held_bytes = [], 0
    if held:
        yield b"".join(held)


def json_chunks(snapshot: ExportSnapshot) -> Iterator[bytes]:
    """The JSON document: its header, the records, and the records' checksum last, summed
    as the records go by."""
    digest = hashlib.sha256()

    def pieces() -> Iterator[bytes]:
        header = _dumps(_header(snapshot))
        yield (header[:-1] + ',"records":').encode()
        for piece in _record_pieces(snapshot.records):
            digest.update(piece)
            yield piece
        checksum = {"algorithm": "sha-256", "covers": "records", "value": digest.hexdigest()}
        yield (',"checksum":' + _dumps(checksum) + "}").encode()

    return _batched(pieces())


def gzip_chunks(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """The chunks as one gzip stream, the same bytes every time (no name, no time)."""
    compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for chunk in chunks:
        compressed = compressor.compress(chunk)
        if compressed:
            yield compressed
    yield compressor.flush()


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
    """Text as it is; nothing as an empty cell; anything else (numbers, booleans, lists,
    objects) as JSON in the records' canonical form."""
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
    """SHA-256 of the whole body as sent, base64, for the Repr-Digest header."""
    gzip: bool = False
    """The JSON document gzipped (Content-Encoding: gzip); a zip is never gzipped again."""

    @property
    def media_type(self) -> str:
        return "application/zip" if self.csv else "application/json"

    @property
    def filename(self) -> str:
        return f"acupoint-kb-{self.snapshot.dataset_version}.{'zip' if self.csv else 'json'}"

    @property
    def headers(self) -> dict[str, str]:
        """Its HTTP headers. A gzipped body is compressed here, not by the gzip middleware
        (which leaves a body with a Content-Encoding alone), so that Repr-Digest is the
        digest of the bytes sent: RFC 9530 counts the content coding in."""
        headers = {
            "Repr-Digest": f"sha-256=:{self.digest}:",
            "X-Dataset-Version": self.snapshot.dataset_version,
            "Content-Disposition": f'attachment; filename="{self.filename}"',
            "Vary": "Accept-Encoding",
        }
        if self.gzip:
            headers["Content-Encoding"] = "gzip"
        return headers

    def chunks(self) -> Iterator[bytes]:
        if self.csv:
            return zip_chunks(self.snapshot)
        document = json_chunks(self.snapshot)
        return gzip_chunks(document) if self.gzip else document


def prepare_export(sessions: sessionmaker[Session], as_csv: bool, gzip: bool = False) -> Export:
    """Read the dataset once, then checksum the body by making it once without keeping it."""
    export = Export(take_snapshot(sessions), as_csv, "", gzip and not as_csv)
    digest = hashlib.sha256()
    for chunk in export.chunks():
        digest.update(chunk)
    return replace(export, digest=base64.b64encode(digest.digest()).decode())
