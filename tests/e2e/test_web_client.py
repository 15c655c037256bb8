"""The static web client in real headless Chromium (Debian's chromium, driven by Playwright) against the local
stack: a form built from GET /config, a job followed to the end with Markdown and KaTeX rendered, errors shown
once (in Korean when 한국어 is chosen), old results cleared, cancel, the my-jobs list resuming a job, a failed
job's reason, an unreachable API with retry, and a 390 px wide phone screen.
Screenshots go to artifacts/ (or $ARTIFACTS_DIR)."""
from __future__ import annotations

import os
import shutil
import time
from datetime import timedelta
from pathlib import Path

import pytest

from generator.jobs import keys
from generator.jobs.model import JobError, JobRequest, JobState, Progress, utcnow
from generator.local import stack as local
from generator.local.stack import free_port
from generator.local.web import WebServer
from scripts.vendor_web import vendor

pytestmark = [pytest.mark.e2e]
ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(os.environ.get("ARTIFACTS_DIR", ROOT / "artifacts"))
# Flags for a closed network and a root user (see the machine notes): no background traffic, no sandbox.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1100, "height": 1400}


@pytest.fixture(scope="module")
def web_server():
    vendor()  # marked + KaTeX from node_modules into web/vendor/ (what `make install` does)
    server = WebServer(0)  # the same server `make dev` / `make demo` use
    yield server.url
    server.stop()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"chromium not found at {CHROMIUM}: run `bash scripts/setup_browser.sh` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


class Page:
    """A fresh browser context (own localStorage) on the client, collecting script errors."""

    def __init__(self, browser, url: str, viewport: dict[str, int]) -> None:
        self.context = browser.new_context(viewport=viewport)
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.page.on("console", lambda msg: self.console_errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("pageerror", lambda exc: self.console_errors.append(f"pageerror: {exc}"))
        self.page.goto(url)

    def script_errors(self) -> list[str]:
        """Errors other than the failed requests a test causes on purpose (4xx answers, a closed port)."""
        expected = ("status of 4", "ERR_CONNECTION_REFUSED")
        return [e for e in self.console_errors if not any(x in e for x in expected)]

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=True)

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_page(browser, web_server, local_stack):
    pages: list[Page] = []

    def opener(viewport: dict[str, int] = DESKTOP, api: str | None = None, query: str = "") -> Page:
        page = Page(browser, f"{web_server}/index.html?api={api or local_stack.base_url}{query}", viewport)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


def ready(p: Page) -> None:
    """The form is enabled once GET /config answered."""
    p.page.wait_for_selector("#submit:not([disabled])", timeout=60_000)


def submit(p: Page, *, prompt: str = "a DFS problem on grids", difficulty: str = "tutorial", count: str = "1",
           language: str | None = None) -> None:
    p.page.fill("#prompt", prompt)
    p.page.select_option("#difficulty", difficulty)
    if language:
        p.page.select_option("#language", language)
    p.page.fill("#count", count)
    p.page.click("#submit")


def wait_final(p: Page, timeout: float = 240) -> str:
    p.page.wait_for_function("document.body.dataset.finalStatus !== undefined", timeout=timeout * 1000)
    return str(p.page.get_attribute("body", "data-final-status"))


def visible_errors(p: Page) -> int:
    return p.page.eval_on_selector_all(".error", "els => els.filter(e => !e.classList.contains('hidden')).length")


def test_english_job_markdown_math_downloads_and_errors_once(open_page):
    p = open_page()
    ready(p)
    # Built from GET /config: the local stack enables the offline families only.
    assert p.page.eval_on_selector_all("#provider option", "os => os.map(o => o.value)") == ["offline"]
    assert p.page.get_attribute("#count", "max") == "50"

    # A validation error: shown once, naming the field.
    submit(p, count="0")
    p.page.wait_for_selector("#error:not(.hidden)", timeout=30_000)
    assert "count" in p.page.inner_text("#error") and visible_errors(p) == 1
    p.shot("web-en-validation-error.png")

    # A real job: the bar moves, problems appear with Markdown lists and KaTeX math. Six problems, not three: the
    # client polls with jittered backoff (up to 8 s between polls), and a three-problem job under a loaded test run
    # once went from queued to done between two polls (a CI run of this suite, with other tests running in parallel).
    widths: list[str] = []
    submit(p, count="6", language="en")
    deadline = time.monotonic() + 240
    while p.page.get_attribute("body", "data-final-status") is None:
        assert time.monotonic() < deadline, widths
        widths.append(p.page.eval_on_selector("#bar-fill", "el => el.style.width"))
        time.sleep(0.1)
    assert p.page.get_attribute("body", "data-final-status") == "succeeded"
    assert p.page.is_hidden("#error")  # the earlier error is gone
    assert any(w not in ("", "0%", "100%") for w in widths), widths
    articles = p.page.query_selector_all("article")
    assert len(articles) == 6
    first = articles[0].inner_text()
    assert "Sample input 1" in first and "Constraints" in first
    assert p.page.query_selector_all("article .katex"), "no math rendered"
    assert p.page.query_selector_all("article .md ul li"), "constraints not rendered as a list"
    assert "≤ N" not in p.page.inner_text("article .md ul")  # the bounds are math, not raw text
    assert p.page.inner_text("#job-status") == "succeeded"
    job_id = p.page.get_attribute("body", "data-job-id")
    assert p.page.get_attribute("#download-json", "href").endswith(f"/jobs/{job_id}/result")
    assert p.page.get_attribute("#download-kattis", "href").endswith(f"/jobs/{job_id}/export?format=kattis")
    assert p.page.is_visible("#download-json") and p.page.is_hidden("#cancel")
    p.page.wait_for_function("getComputedStyle(document.querySelector('#bar-fill')).width === "
                             "getComputedStyle(document.querySelector('.bar')).width", timeout=10_000)
    p.shot("web-en-succeeded.png")

    # A new request's error replaces the old results instead of sitting under them.
    submit(p, prompt="write me a poem about cats")
    p.page.wait_for_selector("#error:not(.hidden)", timeout=30_000)
    assert p.page.query_selector_all("article") == [] and p.page.is_hidden("#status")
    assert visible_errors(p) == 1 and p.page.inner_text("#error").count("poem") <= 1
    assert p.script_errors() == [], p.console_errors


def test_korean_ui_on_a_390px_phone(open_page):
    p = open_page(PHONE)
    ready(p)
    p.page.select_option("#language", "ko")
    assert p.page.inner_text("#submit") == "생성"
    assert "난이도" in p.page.inner_text("form") and "내 작업" in p.page.inner_text("#jobs")
    assert "보통" in p.page.inner_text("#difficulty")
    # The form starts at "as the prompt says" for both difficulty and count.
    assert p.page.eval_on_selector("#difficulty", "s => s.value") == "" and p.page.input_value("#count") == ""
    assert p.page.get_attribute("#count", "placeholder") == "요청 문장대로"

    submit(p, count="0")
    p.page.wait_for_selector("#error:not(.hidden)", timeout=30_000)
    text = p.page.inner_text("#error")
    assert "count" in text and any("\uac00" <= ch <= "\ud7a3" for ch in text), text  # the API answered in Korean
    p.shot("web-ko-390-error.png")

    # Difficulty and count set back to "as the prompt says": the API reads both from the prompt.
    submit(p, prompt="누적 합 쉬운 문제 2개", difficulty="", count="")
    assert wait_final(p) == "succeeded"
    assert p.page.inner_text("#job-status") == "완료"
    articles = p.page.query_selector_all("article")
    assert len(articles) == 2 and all(" easy · " in a.inner_text() or "easy ·" in a.inner_text() for a in articles)
    first = articles[0].inner_text()
    assert "예제 입력 1" in first and "제한" in first
    # Usable at 390 px: nothing wider than the screen, the form's controls inside it.
    assert p.page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    box = p.page.query_selector("#submit").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    p.shot("web-ko-390-succeeded.png")
    assert p.script_errors() == [], p.console_errors


def test_cancel_then_resume_from_my_jobs(open_page):
    p = open_page()
    ready(p)
    submit(p, difficulty="hard", count="8")
    p.page.wait_for_selector("#cancel:not(.hidden)", timeout=30_000)
    p.shot("web-en-running.png")
    p.page.click("#cancel")
    assert wait_final(p) == "cancelled"
    assert p.page.inner_text("#job-status") == "cancelled" and p.page.is_hidden("#cancel")
    job_id = p.page.get_attribute("body", "data-job-id")
    p.shot("web-en-cancelled.png")

    # Another browser (no remembered job): the list has it, and opening it resumes polling it.
    other = open_page()
    ready(other)
    other.page.wait_for_selector(f"#job-list li[data-job-id='{job_id}']", timeout=30_000)
    assert other.page.is_hidden("#status")
    other.page.click(f"#job-list li[data-job-id='{job_id}'] button")
    assert wait_final(other) == "cancelled"
    assert other.page.get_attribute("body", "data-job-id") == job_id
    other.shot("web-en-my-jobs.png")
    assert p.script_errors() == [] and other.script_errors() == [], p.console_errors + other.console_errors


def test_a_failed_job_shows_its_reason_in_both_languages(open_page, local_stack):
    now = utcnow()
    job_id = "f" * 32
    state = JobState(job_id=job_id, owner="local-user", status="failed", stage="failed",
                     request=JobRequest(prompt="prefix sums", difficulty="tutorial", count=2), seed=1,
                     family="prefix_sums", progress=Progress(total=2, failed=2), created_at=now, updated_at=now,
                     finished_at=now, expires_at=now + timedelta(days=1),
                     error=JobError(code="delivery_exhausted", message="the job's message exhausted its deliveries"))
    local_stack.s3.put_object(Bucket=local.BUCKET, Key=keys.job(job_id), Body=state.model_dump_json().encode())
    for language in ("en", "ko"):
        p = open_page(query=f"&job={job_id}&lang={language}")
        ready(p)
        assert wait_final(p, 60) == "failed"
        assert "exhausted its deliveries" in p.page.inner_text("#reason")
        assert p.page.inner_text("#job-status") == {"en": "failed", "ko": "실패"}[language]
        assert p.page.is_hidden("#download-json") and visible_errors(p) == 0
        p.shot(f"web-{language}-failed.png")
        assert p.script_errors() == [], p.console_errors


def test_unreachable_api_says_so_once_and_offers_retry(open_page):
    p = open_page(api=f"http://127.0.0.1:{free_port()}", query="&lang=ko")
    p.page.wait_for_selector("#error:not(.hidden) #retry", timeout=30_000)
    text = p.page.inner_text("#error")
    assert "make dev" in text and "Failed to fetch" not in text and "연결할 수 없습니다" in text
    assert p.page.is_disabled("#submit")
    p.shot("web-ko-unreachable.png")
    p.page.click("#retry")
    p.page.wait_for_selector("#error:not(.hidden) #retry", timeout=30_000)
    assert visible_errors(p) == 1 and p.page.inner_text("#error").count("make dev") == 1
    assert p.script_errors() == [], p.console_errors


def test_prompt_box_suggests_every_topic_from_get_topics(open_page, local_stack):
    import json
    import urllib.request

    with urllib.request.urlopen(f"{local_stack.base_url}/topics", timeout=30) as answer:
        catalog = json.load(answer)
    entries = catalog["topics"]  # the chips and the datalist offer topics; areas serve broad prompts typed freely
    p = open_page()
    ready(p)
    p.page.wait_for_selector("#suggestions:not(.hidden) button", timeout=30_000)
    offered = p.page.eval_on_selector_all("#topic-list option", "os => os.map(o => o.value)")
    assert len(offered) == len(entries)  # one suggestion per topic of the catalog
    examples = {e for entry in entries for prompts in entry["examples"].values() for e in prompts}
    assert set(offered) <= examples
    p.page.click("#suggestions button >> nth=0")  # a chip fills the prompt box with its topic's example
    assert p.page.input_value("#prompt") == offered[0]
    assert p.script_errors() == []


def test_markdown_links_and_images_cannot_run_or_fetch_anything(open_page):
    # A model may have written a statement or explanation: escaping stops raw HTML, but Markdown's own syntax still
    # makes links and images. A `javascript:` link would run on a click, an image would fetch from anywhere.
    p = open_page()
    ready(p)
    requested: list[str] = []
    p.page.on("request", lambda request: requested.append(request.url))
    text = ("Go [here](javascript:alert(document.cookie)) or [there](JaVaScRiPt:alert(1)) or [data](data:text/html,x)"
            " or [docs](https://example.com/doc) ![pixel](http://127.0.0.1:9/pixel.png) <img src=x onerror=alert(1)>")
    html = p.page.evaluate("t => { const box = markdown(t); document.body.append(box); return box.innerHTML; }", text)
    links = p.page.eval_on_selector_all(".md a", "as => as.map(a => [a.getAttribute('href'), a.rel, a.target])")
    assert links == [["https://example.com/doc", "noopener noreferrer", "_blank"]], html
    assert "javascript" not in html.lower() and "data:text" not in html and "<img" not in html, html
    assert "here" in html and "there" in html and "pixel" in html and "&lt;img" in html, html
    p.page.wait_for_timeout(300)
    assert not [url for url in requested if "pixel" in url], requested
    assert p.script_errors() == [], p.console_errors
