"""Load the seed folder into the database: validate everything, then write in one transaction.

Seed and curators' edits live together by one rule: **curated records win.** A record a
curator wrote (created, edited or deleted) is kept as the curator left it when the seed
runs again; where the seed file says otherwise, the run reports the conflict and changes
nothing of that record. Every other record follows the seed files, which own them.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.core.database import transaction
from app.models.records import TrashedRecord
from app.seeding.consistency import check_consistency
from app.seeding.reader import SeedData, SeedInvalid, SeedIssue, read_seed
from app.seeding.records import Records, key_of, records_of, validate_records
from app.seeding.store import (
    StoredRecord,
    Transition,
    apply_dataset,
    stored_records,
    take_write_lock,
)
from app.seeding.writer import SyncReport


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record the seed would change but a curator wrote: the curator's version stays."""

    kind: str
    key: str
    curator: str
    kept: str
    """`curated` (the curator's content) or `deleted` (a curator deleted it)."""

    def __str__(self) -> str:
        return f"{self.kind}/{self.key}: kept as {self.curator} left it ({self.kept})"


@dataclass(slots=True)
class SeedReport:
    transition: Transition
    conflicts: list[Conflict] = field(default_factory=list)

    @property
    def sync(self) -> SyncReport:
        """What changed in the tables."""
        assert self.transition.sync is not None
        return self.transition.sync


def validate_seed(root: Path) -> SeedData:
    """Every record of every file, checked alone and against each other; raises SeedInvalid
    with every problem of every stage."""
    read = read_seed(root)
    issues = list(read.issues)
    if read.data is not None:
        issues += read.place(check_consistency(read.data))
    if issues or read.data is None:
        raise SeedInvalid(issues)
    return read.data


def load_seed(factory: sessionmaker[Session], root: Path) -> SeedReport:
    seed = validate_seed(root)
    with transaction(factory) as session:
        take_write_lock(session)
        data, conflicts = _with_curated_records(session, seed)
        return SeedReport(apply_dataset(session, data), conflicts)


def load_records(
    factory: sessionmaker[Session], records: Any, *, replace: bool, version: str | None = None
) -> Transition:
    """Load exported records (as parsed from JSON); into an empty dataset unless ``replace``.

    ``version`` labels the new dataset version (the export's own, so the copy reports the
    version it holds); by default the manifest's. Nothing is written unless every record
    is valid.
    """
    issues = _shape_issues(records)
    if issues:
        raise SeedInvalid(issues)
    data, issues = validate_records(records)
    if data is None:
        raise SeedInvalid(issues)
    with transaction(factory) as session:
        take_write_lock(session)
        if stored_records(session) and not replace:
            raise ValueError("the database already holds a dataset; pass --replace to replace it")
        return apply_dataset(session, data, version=version or None)


def _shape_issues(records: Any) -> list[SeedIssue]:
    """What validate_records takes for granted: an object holding a list per kind."""
    if not isinstance(records, dict):
        return [SeedIssue("records", "-", "-", "expected an object with a list per kind")]
    return [
        SeedIssue(str(kind), "-", "-", "expected a list of records")
        for kind, contents in records.items()
        if not isinstance(contents, list)
    ]


def _with_curated_records(session: Session, seed: SeedData) -> tuple[SeedData, list[Conflict]]:
    stored = stored_records(session)
    deleted = {
        (row.kind, row.key): row.deleted_by
        for row in session.execute(select(TrashedRecord)).scalars()
    }
    merged: Records = {}
    conflicts: list[Conflict] = []
    for kind, contents in records_of(seed).items():
        merged[kind] = []
        from_seed: set[str] = set()
        for content in contents:
            key = key_of(kind, content)
            from_seed.add(key)
            old = stored.get((kind, key))
            if (kind, key) in deleted:
                conflicts.append(Conflict(kind, key, deleted[(kind, key)], "deleted"))
            elif old is not None and old.curated_by is not None:
                if old.content != content:
                    conflicts.append(Conflict(kind, key, old.curated_by, "curated"))
                merged[kind].append(old.content)
            else:
                merged[kind].append(content)
        merged[kind] += [r.content for r in _curated_only(stored, kind, from_seed)]
    data, issues = validate_records(merged)
    if data is None:
        raise SeedInvalid(issues)
    return data, conflicts


def _curated_only(
    stored: dict[tuple[str, str], StoredRecord], kind: str, from_seed: set[str]
) -> list[StoredRecord]:
    """Records of a kind that curators added and the seed does not have, in stored order."""
    return sorted(
        (
            r
            for r in stored.values()
            if r.kind == kind and r.curated_by is not None and r.key not in from_seed
        ),
        key=lambda r: r.position,
    )
