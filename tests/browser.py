"""Helpers of the browser tests: finding Chromium, axe-core, screenshots, keyboard moves.

Chromium comes from Debian (`chromium`, at /usr/bin/chromium), never from Playwright's
own download. Without it the browser tests skip and say how to install it, unless
ACUPOINT_TEST_REQUIRE_BROWSER=1 (as in CI), where that is a failure.
"""

import os
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, Route

from app.core.settings import PROJECT_ROOT

CHROMIUM = Path("/usr/bin/chromium")
INSTALL = "sudo apt-get install chromium chromium-driver"
REQUIRE_BROWSER = os.environ.get("ACUPOINT_TEST_REQUIRE_BROWSER") == "1"
AXE_SCRIPT = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Served to the page from its own origin (through Playwright's routing), so that the
# page's Content-Security-Policy, which allows scripts from 'self' only, stays on.
AXE_PATH = "/__test__/axe.min.js"
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
SERIOUS = ("serious", "critical")


def require_chromium() -> None:
    """Skips (or, when CI requires the browser, fails) without Chromium or axe-core."""
    missing = []
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        missing.append(f"Chromium is not installed at {CHROMIUM}: `{INSTALL}`")
    if not AXE_SCRIPT.is_file():
        missing.append(f"axe-core is not installed at {AXE_SCRIPT}: `make node-env`")
    if not missing:
        return
    message = "; ".join(missing)
    if REQUIRE_BROWSER:
        pytest.fail(message + " (ACUPOINT_TEST_REQUIRE_BROWSER=1)", pytrace=False)
    pytest.skip(message)


def serve_axe(page: Page) -> None:
    def fulfil(route: Route) -> None:
        route.fulfill(path=AXE_SCRIPT, content_type="text/javascript")

    page.route(f"**{AXE_PATH}", fulfil)


def serious_violations(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations of impact serious or critical on the page as it is now."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(url=AXE_PATH)
    violations: list[dict[str, Any]] = page.evaluate(
        """async () => {
            const result = await axe.run(document, { resultTypes: ["violations"] });
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
            }));
        }"""
    )
    return [violation for violation in violations if violation["impact"] in SERIOUS]


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=path, full_page=True)
    return path


def tab_to(page: Page, target: Locator, most: int = 60) -> None:
    """Presses Tab until `target` has the focus, as a keyboard user would."""
    handle = target.element_handle()
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("(element) => document.activeElement === element", handle):
            return
    raise AssertionError(f"{target} was not reached in {most} presses of Tab")


def say_where_the_screenshots_are(config: pytest.Config) -> None:
    line = f"screenshots of the page: {SCREENSHOTS}"
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:  # a parallel worker: its output is not shown
        print(line)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        reporter.write_line(line)
