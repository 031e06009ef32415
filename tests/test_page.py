"""The finder page as HTTP serves it: at `/` with a policy of its own, its files cacheable
(ETag, 304), nothing loaded from another site, out of the OpenAPI document, and gone when
turned off."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.page import STATIC_DIR
from app.core.assets import MEDIA_TYPES
from app.main import create_app
from tests.support import settings_for

Answer = Any  # what TestClient answers (an httpx2 response)

ASSETS = sorted(
    path.relative_to(STATIC_DIR).as_posix()
    for path in STATIC_DIR.rglob("*")
    if path.suffix in MEDIA_TYPES and path.name != "index.html"
)
# A scheme and host (http://…, https://…, //host) anywhere but in the svg namespace.
THIRD_PARTY = re.compile(r"(?:https?:)?//(?!www\.w3\.org/2000/svg)[a-z0-9.-]+\.[a-z]{2,}", re.I)


@pytest.fixture(scope="module")
def client(seeded_sqlite: str) -> Iterator[TestClient]:
    """One engine is enough: the page is files, not data. Limits on, as served."""
    with TestClient(create_app(settings_for(seeded_sqlite, rate_limits_enabled=True))) as made:
        yield made


def policy(answer: Answer) -> dict[str, str]:
    header = answer.headers["content-security-policy"]
    return dict(part.strip().split(" ", 1) for part in header.split(";"))


def test_the_page_is_served_at_the_root_with_a_strict_policy_of_its_own(
    client: TestClient,
) -> None:
    answer = client.get("/")

    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/html; charset=utf-8"
    assert '<script type="module" src="/assets/js/main.js">' in answer.text
    assert policy(answer) == {
        "default-src": "'none'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self'",
        "connect-src": "'self'",
        "base-uri": "'none'",
        "form-action": "'none'",
        "frame-ancestors": "'none'",
    }
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in answer.text
    assert " style=" not in answer.text
    assert "ratelimit" not in answer.headers  # outside /v1: never limited
    assert "ratelimit" in client.get("/v1/routines").headers
    assert client.get("/?utm_source=mail").status_code == 200  # a shared link's extras


@pytest.mark.parametrize("name", ASSETS)
def test_each_file_is_cacheable_and_revalidates_with_304(client: TestClient, name: str) -> None:
    answer = client.get(f"/assets/{name}")

    assert answer.status_code == 200
    assert answer.headers["content-type"] == MEDIA_TYPES["." + name.rsplit(".", 1)[-1]]
    assert answer.headers["cache-control"] == "public, no-cache"
    assert policy(answer)["script-src"] == "'self'"
    etag = answer.headers["etag"]
    again = client.get(f"/assets/{name}", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.headers["etag"] == etag
    assert again.content == b""
    assert client.head(f"/assets/{name}").headers["etag"] == etag


@pytest.mark.parametrize("name", ["index.html", *ASSETS])
def test_nothing_is_loaded_from_another_site(name: str) -> None:
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    assert not THIRD_PARTY.findall(text), name
    assert "innerHTML" not in text, name
    assert "insertAdjacentHTML" not in text, name


def test_every_module_the_page_imports_is_served(client: TestClient) -> None:
    imported = {
        target
        for name in ASSETS
        if name.endswith(".js")
        for target in re.findall(r'from "\./([\w-]+\.js)"', (STATIC_DIR / name).read_text())
    }
    page = client.get("/").text
    for target in imported:
        assert client.get(f"/assets/js/{target}").status_code == 200
        assert f'href="/assets/js/{target}"' in page, f"{target} is not preloaded"


def test_an_unknown_file_is_a_404_problem(client: TestClient) -> None:
    answer = client.get("/assets/js/nothing.js")
    assert answer.status_code == 404
    assert answer.headers["content-type"] == "application/problem+json"


def test_the_page_is_not_an_operation_of_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/" not in paths
    assert not [path for path in paths if path.startswith("/assets")]


def test_the_page_can_be_turned_off(seeded_sqlite: str) -> None:
    with TestClient(create_app(settings_for(seeded_sqlite, page_enabled=False))) as off:
        assert off.get("/").status_code == 404
        assert off.get("/assets/page.css").status_code == 404
        assert off.get("/v1/points/ST36").status_code == 200
