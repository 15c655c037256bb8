"""The static web client in real headless Chromium (Debian's chromium, driven by Playwright) against the
local stack: submit, watch the progress bar move, see the problems, see a validation error.
Screenshots go to artifacts/ (or $ARTIFACTS_DIR)."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from generator.local.web import WebServer

pytestmark = [pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", ROOT / "artifacts"))
# Flags for a closed network and a root user (see the machine notes): no background traffic, no sandbox.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="module")
def web_server():
    server = WebServer(0)  # the same server `make dev` / `make demo` use
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"chromium not found at {CHROMIUM}: .ci/run installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


def test_submit_progress_problems_and_errors(local_stack, web_server, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1100, "height": 1400})
    console_errors: list[str] = []
    page.on("console", lambda msg: console_errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{web_server}/index.html?api={local_stack.base_url}")

    # A validation error first: count 0 is refused with a message that names the field.
    page.fill("#count", "0")
    page.click("#submit")
    page.wait_for_selector("#error:not(.hidden)", timeout=30_000)
    error_text = page.inner_text("#error")
    assert "count" in error_text and "greater than or equal to 1" in error_text, error_text
    page.screenshot(path=str(ARTIFACTS / "web-validation-error.png"), full_page=True)

    # A generator this deployment does not enable is refused at submit, saying so (the local stack: offline only).
    page.fill("#count", "1")
    page.select_option("#provider", "bedrock")
    page.click("#submit")
    page.wait_for_function("document.querySelector('#error').innerText.includes('bedrock')", timeout=30_000)
    assert "not enabled" in page.inner_text("#error"), page.inner_text("#error")
    page.select_option("#provider", "offline")

    # Then a real job: the progress bar moves and problems appear as they are verified.
    page.fill("#prompt", "a DFS problem on grids")
    page.select_option("#difficulty", "tutorial")
    page.fill("#count", "3")
    page.select_option("#language", "en")
    page.click("#submit")
    widths: list[str] = []
    deadline = time.monotonic() + 180
    while page.get_attribute("body", "data-final-status") is None:
        assert time.monotonic() < deadline, widths
        widths.append(page.eval_on_selector("#bar-fill", "el => el.style.width"))
        time.sleep(0.1)
    assert page.get_attribute("body", "data-final-status") == "succeeded"
    assert page.is_hidden("#error")
    assert any(w not in ("", "0%", "100%") for w in widths), widths  # seen mid-way, not only at the ends
    assert widths[-1] == "100%" or page.eval_on_selector("#bar-fill", "el => el.style.width") == "100%"
    articles = page.query_selector_all("article")
    assert len(articles) == 3
    first = articles[0].inner_text()
    assert "Sample input 1" in first and "Constraints" in first
    assert page.query_selector_all("article pre")  # samples rendered as code blocks
    # The bar's width is animated (CSS transition): let it arrive before the screenshot.
    page.wait_for_function("getComputedStyle(document.querySelector('#bar-fill')).width === "
                           "getComputedStyle(document.querySelector('.bar')).width", timeout=10_000)
    page.screenshot(path=str(ARTIFACTS / "web-finished-job.png"), full_page=True)
    # The only failed requests are the deliberate 400s above; no script errors.
    assert [e for e in console_errors if "status of 400" not in e] == [], console_errors
