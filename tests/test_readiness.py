"""/readyz after the database lost the dataset the process serves from memory."""

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, delete, text

from app.models import Base
from app.models.dataset import DatasetVersion
from tests.support import migrate


def _delete_the_versions(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(delete(DatasetVersion))
    engine.dispose()


def _recreate_the_schema_empty(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
        connection.execute(text("DROP TABLE alembic_version"))
    engine.dispose()
    migrate(url)


@pytest.mark.parametrize("empty", [_delete_the_versions, _recreate_the_schema_empty])
def test_a_database_emptied_under_a_ready_process_makes_it_not_ready(
    writable_database: str,
    make_client: Callable[..., TestClient],
    empty: Callable[[str], None],
) -> None:
    client = make_client(writable_database)
    served = client.get("/readyz").json()["dataset_version"]
    empty(writable_database)
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.headers["content-type"] == "application/problem+json"
    assert ready.headers["retry-after"] == "5"
    assert ready.json()["type"] == "urn:acupoint-kb:problem:not-ready"
    assert f"no longer holds dataset {served}" in ready.json()["detail"]
    # Reads are served from memory meanwhile.
    assert client.get("/v1/points/ST36").status_code == 200


def test_a_database_without_the_tables_makes_it_not_ready(
    writable_database: str, make_client: Callable[..., TestClient]
) -> None:
    client = make_client(writable_database)
    engine = create_engine(writable_database)
    with engine.begin() as connection:
        Base.metadata.drop_all(connection)
    engine.dispose()
    assert client.get("/readyz").status_code == 503
