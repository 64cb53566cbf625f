"""Browser tests: Playwright's sync API driving Debian's Chromium against live_server.

They skip only when no Chromium exists; CI sets REQUIRE_BROWSER=1, which turns a
missing browser into a failure instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# live_server runs in a thread while Playwright's sync API keeps an event loop open
# in the test's thread; Django's async-safety guard would otherwise refuse the ORM.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Not under test-results/: pytest-playwright empties that folder at the start of every run.
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
    if CHROMIUM:
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        raise pytest.UsageError(
            "REQUIRE_BROWSER=1 but no chromium is installed (apt-get install chromium)."
        )
    skip = pytest.mark.skip(reason="no chromium on this machine")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {
        **browser_context_args,
        "viewport": {"width": 1366, "height": 850},
        "locale": "en-GB",
    }


@pytest.fixture
def screenshot(page):
    """Save a full-page screenshot as screenshots/NAME.png (at the project root) and return its path."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def login(page, live_server):
    """Log in through the real login page as the given user (password `<name>-pass-123`)."""

    def do(user) -> None:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", f"{user.username}-pass-123")
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/articles/")

    return do


# htmx marks what it is still swapping or processing with these classes; a new element
# answers clicks and keys only once its settle task has run and dropped "htmx-added".
HTMX_BUSY = ".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added"


@pytest.fixture
def settled(page):
    """Wait until htmx has finished every request, swap and settle on the page."""

    def wait() -> None:
        page.wait_for_function(f"() => !document.querySelector({HTMX_BUSY!r})")

    return wait
