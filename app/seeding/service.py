"""Load the seed folder into the database: validate everything, then write in one transaction."""

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from app.core.database import transaction
from app.seeding.consistency import check_consistency
from app.seeding.reader import SeedData, SeedInvalid, read_seed
from app.seeding.writer import SyncReport, write_seed


def validate_seed(root: Path) -> SeedData:
    """Every record of every file, checked alone and against each other; raises SeedInvalid."""
    data, issues = read_seed(root)
    if data is None:
        raise SeedInvalid(issues)
    issues = check_consistency(data)
    if issues:
        raise SeedInvalid(issues)
    return data


def load_seed(factory: sessionmaker[Session], root: Path) -> SyncReport:
    data = validate_seed(root)
    with transaction(factory) as session:
        return write_seed(session, data)
