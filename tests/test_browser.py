"""The finder page in headless Chromium, against a real server: the main flow by mouse and
by keyboard only, safety context, the point page and its figure, the routine timer, a
phone-sized screen, and axe-core on every main view. One screenshot per main view goes to
test-artifacts/screenshots/.

SQLite only: these tests are about the page, which sees the same JSON from either engine
(the API's answers are tested on both engines elsewhere); a browser per engine would
double the slowest tests of the suite for nothing.
"""

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import (
    Browser,
    ConsoleMessage,
    Page,
    Route,
    ViewportSize,
    expect,
    sync_playwright,
)

from tests import browser as browser_helpers
from tests.browser import (
    CHROMIUM,
    require_chromium,
    say_where_the_screenshots_are,
    screenshot,
    serious_violations,
    serve_axe,
    tab_to,
)
from tests.live_server import LiveServer, live_server

PHONE: ViewportSize = {"width": 390, "height": 844}
SYMPTOM = "lower back pain"
# Points for lower back pain on the lower back itself: to avoid in pregnancy.
UNSAFE_IN_PREGNANCY = ("BL-23", "BL-25")


@pytest.fixture(scope="module")
def server(seeded_sqlite: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    log = tmp_path_factory.mktemp("browser-server") / "server.log"
    # Limits stay on (the page is an anonymous client), with room for every test here.
    with live_server(seeded_sqlite, log, {"ACUPOINT_RATE_LIMIT_ANONYMOUS": "2000/minute"}) as s:
        yield s


@pytest.fixture(scope="module")
def browser(request: pytest.FixtureRequest) -> Iterator[Browser]:
    require_chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM))
        yield launched
        launched.close()
    say_where_the_screenshots_are(request.config)


@pytest.fixture(scope="module")
def body_map_served(server: LiveServer) -> bool:
    return httpx.get(f"{server.base_url}/v1/body-map").status_code == 200


@pytest.fixture
def page(browser: Browser, server: LiveServer) -> Iterator[Page]:
    context = browser.new_context(base_url=server.base_url, viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # A missing body map is a 404 the browser reports itself; the page copes with it.
        if message.type == "error" and "404" not in message.text:
            problems.append(message.text)

    opened.on("console", on_console)
    opened.on("pageerror", lambda error: problems.append(str(error)))
    serve_axe(opened)
    yield opened
    context.close()
    assert not problems, problems  # script errors and Content-Security-Policy refusals


def assert_accessible(page: Page) -> None:
    violations = serious_violations(page)
    assert not violations, json.dumps(violations, indent=2)


def find(page: Page, symptom: str, *, pregnant: bool = False) -> None:
    page.get_by_label("Symptom").fill(symptom)
    page.get_by_label("Symptom").press("Escape")
    if pregnant:
        page.get_by_label("I am pregnant").check()
    page.get_by_role("button", name="Find points").click()
    expect(page.get_by_role("status")).to_contain_text("for “")


def result_codes(page: Page) -> list[str]:
    titles = page.get_by_role("list", name="Points found, best match first").get_by_role("heading")
    return [title.split(" ")[0] for title in titles.all_text_contents()]


def test_a_pregnant_user_finds_points_without_the_unsafe_ones(
    page: Page, body_map_served: bool
) -> None:
    page.goto("/")
    page.get_by_label("Symptom").fill("lower ba")
    suggestions = page.get_by_role("listbox")
    expect(suggestions.get_by_role("option", name=re.compile("Lower back pain"))).to_be_visible()
    find(page, SYMPTOM)
    every = result_codes(page)
    assert set(UNSAFE_IN_PREGNANCY) <= set(every)

    find(page, SYMPTOM, pregnant=True)

    safe = result_codes(page)
    assert safe
    assert not set(UNSAFE_IN_PREGNANCY) & set(safe)
    assert "BL-40" in safe
    expect(page.get_by_role("status")).to_contain_text("left out for your safety")
    left_out = page.get_by_role("region", name="Left out for your safety")
    for code in UNSAFE_IN_PREGNANCY:
        expect(left_out.get_by_role("link", name=code)).to_be_visible()
    expect(left_out).to_contain_text("pregnant")
    expect(page.get_by_role("complementary", name="Notice")).to_contain_text("not medical advice")
    first = page.get_by_role("list", name="Points found, best match first").get_by_role("listitem")
    expect(first.first).to_contain_text("How to press")
    expect(first.first).to_contain_text("Traditional use")
    expect(page.get_by_role("heading", name="Sources")).to_be_visible()
    assert "pregnant=true" in page.url
    if body_map_served:
        expect(page.locator('.marker[data-code="BL40"]').first).to_be_visible()
        assert page.locator('.marker[data-code="BL23"]').count() == 0
    else:
        expect(page.get_by_role("figure")).to_have_count(0)
    assert_accessible(page)
    screenshot(page, "finder-results")


def test_a_point_page_has_names_location_technique_cautions_and_sources(
    page: Page, body_map_served: bool
) -> None:
    page.goto(f"/#/?symptom={SYMPTOM.replace(' ', '+')}")
    page.get_by_role("link", name=re.compile("^BL-40")).first.click()

    expect(page.get_by_role("heading", level=1)).to_have_text("BL-40 Wěizhōng")
    expect(page.get_by_role("heading", level=1)).to_be_focused()
    assert page.url.endswith("#/points/BL40")
    main = page.get_by_role("main")
    expect(main).to_contain_text("委中")
    expect(main).to_contain_text("Middle of the Crook")
    for section in ("How to find it", "How to press", "What it is said to help with", "Cautions"):
        expect(page.get_by_role("heading", name=section, exact=True)).to_be_visible()
    expect(main).to_contain_text("1–2 minutes")
    expect(page.get_by_role("complementary", name="Notice")).to_be_visible()
    if body_map_served:
        marked = page.locator('.marker[aria-current="true"]')
        expect(marked.first).to_have_attribute("data-code", "BL40")
    assert_accessible(page)
    screenshot(page, "point-page")

    page.go_back()
    expect(page.get_by_label("Symptom")).to_have_value(SYMPTOM)


def test_an_ambiguous_or_unknown_point_offers_the_candidates(page: Page) -> None:
    page.goto("/#/points/P6")
    expect(page.get_by_role("heading", level=1)).to_contain_text("may mean several points")
    expect(page.get_by_role("link", name=re.compile("^PC-6"))).to_be_visible()
    page.goto("/#/points/Weizhonk")
    expect(page.get_by_role("heading", level=1)).to_contain_text("No point is known")
    page.get_by_role("link", name=re.compile("^BL-40")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("BL-40 Wěizhōng")


FIGURE = {
    "views": [
        {"view": "front", "width": 200, "height": 500, "href": "/v1/body-map/figures/front.svg"},
        {"view": "back", "width": 200, "height": 500, "href": "/v1/body-map/figures/back.svg"},
    ],
    "points": [
        {
            "code": "BL40",
            "display_code": "BL-40",
            "sites": [
                {"view": "back", "x": 0.4, "y": 0.7, "side": "left"},
                {"view": "back", "x": 0.6, "y": 0.7, "side": "right"},
            ],
        },
        {"code": "GB41", "display_code": "GB-41", "sites": []},
    ],
    "attribution": "Figure: test outline",
}
OUTLINE = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 500">'
    '<rect x="60" y="10" width="80" height="480" fill="#ddd"/></svg>'
)


def test_the_figure_marks_the_points_as_the_body_map_contract_places_them(page: Page) -> None:
    """The body map as its contract describes it, whether or not this server has it yet."""

    def body_map(route: Route) -> None:
        route.fulfill(json=FIGURE)

    def outline(route: Route) -> None:
        route.fulfill(body=OUTLINE, content_type="image/svg+xml")

    page.route("**/v1/body-map", body_map)
    page.route("**/v1/body-map/figures/*.svg", outline)
    page.goto(f"/#/?symptom={SYMPTOM.replace(' ', '+')}&pregnant=true")

    figure = page.get_by_role("figure", name="The points found, on the body")
    left = figure.get_by_role("link", name="BL-40 Weizhong, left side, back view")
    expect(left).to_be_visible()
    expect(figure.get_by_role("link", name="BL-40 Weizhong, right side, back view")).to_be_visible()
    expect(figure.get_by_role("img", name="Outline of the body, back view")).to_be_visible()
    expect(figure).to_contain_text("Figure: test outline")
    frame = figure.locator(".figure-frame").bounding_box()
    marker = left.bounding_box()
    assert frame is not None
    assert marker is not None
    centre = (marker["x"] + marker["width"] / 2, marker["y"] + marker["height"] / 2)
    assert abs(centre[0] - (frame["x"] + 0.4 * frame["width"])) < 2
    assert abs(centre[1] - (frame["y"] + 0.7 * frame["height"])) < 2

    left.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("BL-40 Wěizhōng")
    marked = page.get_by_role("figure").locator('[aria-current="true"]')
    expect(marked).to_have_count(2)
    expect(marked.first).to_have_attribute("data-code", "BL40")


def test_the_routine_timer_counts_down_each_step_and_moves_on(page: Page) -> None:
    page.clock.install()
    page.goto("/#/routines")
    page.get_by_role("link", name="Back pain after exercise").click()
    timer = page.get_by_role("region", name="Step timer")
    clock = page.get_by_role("timer")
    announcer = page.locator("#announcer")
    expect(timer).to_contain_text("Step 1 of 3: BL-23 Shenshu")
    expect(timer).to_contain_text("gives no time for this step")

    timer.get_by_role("button", name="Start").click()
    timer.get_by_role("button", name="Next step").click()
    expect(timer).to_contain_text("Step 2 of 3: BL-25 Dachangshu, first side")
    expect(clock).to_have_text("1:00")
    expect(announcer).to_have_text("Step 2 of 3: BL-25 Dachangshu, first side. 1 minute.")
    page.clock.run_for(30_000)
    expect(clock).to_have_text("0:30")
    timer.get_by_role("button", name="Pause").click()
    page.clock.run_for(120_000)
    expect(clock).to_have_text("0:30")
    timer.get_by_role("button", name="Start").click()
    page.clock.run_for(31_000)
    expect(timer).to_contain_text("Step 2 of 3: BL-25 Dachangshu, other side")
    expect(page.locator('.step[aria-current="step"]')).to_contain_text("BL-25")
    page.clock.run_for(60_000 + 60_000 + 61_000)
    expect(timer).to_contain_text("Routine finished.")
    expect(announcer).to_have_text("Routine finished.")
    expect(timer.get_by_role("button", name="Start again")).to_be_visible()
    assert_accessible(page)
    screenshot(page, "routine")


def test_the_main_flow_works_with_the_keyboard_only(page: Page) -> None:
    page.goto("/")
    symptom = page.get_by_label("Symptom")
    tab_to(page, symptom)
    page.keyboard.type("lower back")
    option = page.get_by_role("listbox").get_by_role("option", name=re.compile("Lower back pain"))
    expect(option).to_be_visible()
    page.keyboard.press("ArrowDown")
    expect(symptom).to_have_attribute("aria-activedescendant", re.compile("."))
    page.keyboard.press("Enter")
    expect(symptom).to_have_value("Lower back pain")
    expect(page.get_by_role("status")).to_contain_text("for “Lower back pain”")

    tab_to(page, page.get_by_label("I am pregnant"))
    page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Find points"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("status")).to_contain_text("left out for your safety")

    first = page.get_by_role("list", name="Points found, best match first").get_by_role("link")
    tab_to(page, first.first)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_be_focused()
    expect(page.get_by_role("heading", level=1)).to_contain_text("BL-40")

    tab_to(page, page.get_by_role("navigation", name="Main").get_by_role("link", name="Routines"))
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("link", name="Back pain after exercise"))
    page.keyboard.press("Enter")
    tab_to(page, page.get_by_role("button", name="Start"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Pause")).to_be_focused()


def test_a_phone_sized_screen_shows_everything_in_one_column(
    browser: Browser, server: LiveServer
) -> None:
    context = browser.new_context(
        base_url=server.base_url, viewport=PHONE, is_mobile=True, has_touch=True
    )
    phone = context.new_page()
    serve_axe(phone)
    try:
        phone.goto("/")
        find(phone, SYMPTOM, pregnant=True)
        expect(phone.get_by_role("region", name="Left out for your safety")).to_be_visible()
        widths = phone.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"
        assert_accessible(phone)
        screenshot(phone, "phone-finder")
    finally:
        context.close()


def test_the_page_serves_from_its_own_origin_only(page: Page) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"/#/?symptom={SYMPTOM.replace(' ', '+')}")
    expect(page.get_by_role("status")).to_contain_text("for “")
    origin = page.url.split("/#")[0]
    assert requested
    assert all(url.startswith(origin + "/") for url in requested), requested


def test_without_chromium_the_tests_skip_naming_the_install_or_fail_when_required(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(browser_helpers, "CHROMIUM", tmp_path / "chromium")
    monkeypatch.setattr(browser_helpers, "REQUIRE_BROWSER", False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium chromium-driver"):
        browser_helpers.require_chromium()
    monkeypatch.setattr(browser_helpers, "REQUIRE_BROWSER", True)
    with pytest.raises(pytest.fail.Exception, match="ACUPOINT_TEST_REQUIRE_BROWSER=1"):
        browser_helpers.require_chromium()
