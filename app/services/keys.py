"""API keys: random, shown once, stored as a SHA-256 hash, revocable, optionally expiring.

A key is 32 random bytes, so a fast hash is enough: nothing short of the key itself
matches its hash, and there is nothing to guess from a table of hashes.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.database import utc
from app.models.keys import ApiKey, Role

KEY_PREFIX = "akb_"
SHOWN_PREFIX_LENGTH = 12


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a valid key belongs to."""

    name: str
    role: Role


@dataclass(frozen=True, slots=True)
class NewKey:
    name: str
    role: Role
    key: str
    """The key itself: shown once, never stored."""
    expires_at: datetime | None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(session: Session, name: str, role: Role, valid_days: int | None = None) -> NewKey:
    if session.execute(select(ApiKey.id).where(ApiKey.name == name)).first() is not None:
        raise ValueError(f"a key named {name!r} exists already; revoke it or pick another name")
    if valid_days is not None and valid_days < 1:
        # 0 used to mean "never expires" and a negative number made a key dead on arrival.
        raise ValueError(f"a key must be valid for at least 1 day, not {valid_days}")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    expires = now + timedelta(days=valid_days) if valid_days else None
    session.add(
        ApiKey(
            name=name,
            role=role,
            prefix=key[:SHOWN_PREFIX_LENGTH],
            key_hash=hash_key(key),
            created_at=now,
            expires_at=expires,
            revoked_at=None,
        )
    )
    return NewKey(name, role, key, expires)


def revoke_key(session: Session, name: str) -> bool:
    """True when a live key of that name was revoked."""
    result = session.execute(
        update(ApiKey)
        .where(ApiKey.name == name, ApiKey.revoked_at.is_(None))
        .values(revoked_at=datetime.now(UTC))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def list_keys(session: Session) -> list[ApiKey]:
    return list(session.execute(select(ApiKey).order_by(ApiKey.created_at, ApiKey.id)).scalars())


def principal_for(session: Session, key: str, now: datetime | None = None) -> Principal | None:
    """The key's owner, or None for an unknown, revoked or expired key."""
    if not key.startswith(KEY_PREFIX):
        return None
    wanted = hash_key(key)
    row = session.execute(select(ApiKey).where(ApiKey.key_hash == wanted)).scalar_one_or_none()
    if row is None or not hmac.compare_digest(row.key_hash, wanted):
        return None
    now = now or datetime.now(UTC)
    if row.revoked_at is not None or (row.expires_at is not None and utc(row.expires_at) <= now):
        return None
    return Principal(row.name, row.role)
