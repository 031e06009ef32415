"""The OpenAPI document is a product: complete, stable, and honoured by the API."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from app.main import create_app
from tests.support import settings_for

SNAPSHOT = Path(__file__).resolve().parent.parent / "openapi.json"
METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    app = create_app()
    app.state.engine.dispose()
    return app.openapi()


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def test_committed_snapshot_matches_the_published_schema(document: dict[str, Any]) -> None:
    committed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert committed == document, "the API changed: run `make openapi` and commit openapi.json"


def test_every_operation_is_documented(document: dict[str, Any]) -> None:
    seen_ids: set[str] = set()
    for path, method, operation in operations(document):
        where = f"{method.upper()} {path}"
        assert operation.get("summary"), where
        assert operation.get("description"), where
        assert operation.get("tags"), where
        assert operation["operationId"] not in seen_ids, where
        seen_ids.add(operation["operationId"])
        for status, response in operation["responses"].items():
            if status.startswith(("4", "5")):
                assert "application/problem+json" in response["content"], f"{where} {status}"
        for parameter in operation.get("parameters", []):
            assert parameter.get("description"), f"{where} parameter {parameter['name']}"


def test_every_field_is_described(document: dict[str, Any]) -> None:
    missing = [
        f"{name}.{field}"
        for name, schema in document["components"]["schemas"].items()
        for field, spec in schema.get("properties", {}).items()
        if not spec.get("description")
    ]
    assert missing == []


def needs_example(spec: dict[str, Any]) -> bool:
    """Scalars, arrays of scalars and dicts need an example of their own.

    A reference, an array of references or a nullable reference is shown by the referenced
    schema's examples; an enum lists its values.
    """
    if "$ref" in spec or "enum" in spec:
        return False
    if "anyOf" in spec:
        return any(needs_example(s) for s in spec["anyOf"] if s.get("type") != "null")
    if spec.get("type") == "array":
        return needs_example(spec.get("items", {}))
    return True


def resolved(spec: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in spec:
        spec = document["components"]["schemas"][spec["$ref"].rsplit("/", 1)[-1]]
    return spec


def parameter_needs_example(schema: dict[str, Any], document: dict[str, Any]) -> bool:
    """Every parameter needs one, except enums, booleans and arrays of enums or references."""
    for variant in schema.get("anyOf", [schema]):
        spec = resolved(variant, document)
        if spec.get("type") in ("null", "boolean") or "enum" in spec:
            continue
        items = spec.get("items", {})
        if spec.get("type") == "array" and ("$ref" in items or "enum" in items):
            continue
        return True
    return False


def has_example(spec: dict[str, Any]) -> bool:
    return bool(spec.get("examples")) or "example" in spec


def test_every_field_has_an_example(document: dict[str, Any]) -> None:
    missing = [
        f"{name}.{field}"
        for name, schema in document["components"]["schemas"].items()
        for field, spec in schema.get("properties", {}).items()
        if needs_example(spec) and not has_example(spec)
    ]
    missing += [
        f"{method.upper()} {path} parameter {parameter['name']}"
        for path, method, operation in operations(document)
        for parameter in operation.get("parameters", [])
        if parameter_needs_example(parameter["schema"], document)
        and not (has_example(parameter) or has_example(parameter["schema"]))
    ]
    assert missing == []


def test_no_cdn_and_no_default_validation_error(document: dict[str, Any]) -> None:
    assert "HTTPValidationError" not in document["components"]["schemas"]


# Schemathesis's default statuses that refuse invalid input, and 414: values over their
# maxLength can make the URL longer than its limit.
REJECTIONS = ["400", "401", "403", "404", "405", "406", "409", "414", "415", "422", "428", "429"]
REJECTIONS_WITH_414 = schemathesis.config.SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": [*REJECTIONS, "5xx"]}}}
)


@pytest.fixture
def api_schema(seeded_database: str) -> Iterator[Any]:
    app: FastAPI = create_app(settings_for(seeded_database))
    app.state.snapshots.refresh()
    yield schemathesis.openapi.from_asgi("/openapi.json", app, config=REJECTIONS_WITH_414)
    app.state.engine.dispose()


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_honours_its_schema(case: Any) -> None:
    """No 5xx, no undocumented status or content type, no body that breaks its schema.

    Slugs, symptoms and identifiers are checked against the data, not the schema, so a
    schema-valid but unknown value rightly gets a 4xx: that one check is left out.
    """
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
