// @ts-check
// The browser client. Plain JavaScript with JSDoc types that `tsc` checks against the TypeScript types
// openapi-typescript generates from GET /openapi.json (tests/functional/test_openapi.py), so a field the API
// does not send is a type error, not a blank on the page.
"use strict";

/** @typedef {import("api-types").components["schemas"]} Schemas */
/** @typedef {Schemas["JobSnapshot"]} JobSnapshot */
/** @typedef {Schemas["PublicProblem"]} Problem */
/** @typedef {Schemas["ProblemsPage"]} ProblemsPage */
/** @typedef {Schemas["JobList"]} JobList */
/** @typedef {Schemas["JobSummary"]} JobSummary */
/** @typedef {Schemas["ClientConfig"]} ClientConfig */
/** @typedef {Schemas["ErrorDetail"]} ApiError */
/** @typedef {Schemas["JobRequest"]} JobRequest */
/** What POST /jobs accepts: JobRequest's generated type lists its defaulted fields as present (they are, in
 * answers), but a request may leave difficulty and count out (the OpenAPI document requires only the prompt).
 * @typedef {Omit<JobRequest, "difficulty" | "count"> & Partial<Pick<JobRequest, "difficulty" | "count">>} JobBody */
/** @typedef {"ko" | "en"} Lang */

// ------------------------------------------------------------------ UI strings
const STRINGS = {
  en: {
    title: "problem-generator", api: "API", tagline: "Verified competitive-programming problems.",
    prompt: "Prompt", difficulty: "Difficulty", count: "Count", language: "Language", generator: "Generator",
    generate: "Generate", cancel: "Cancel", downloadJson: "Download JSON", downloadKattis: "Kattis package (zip)",
    myJobs: "My jobs", refresh: "Refresh", noJobs: "No jobs yet.", open: "Open",
    input: "Input", output: "Output", constraints: "Constraints", notes: "Notes",
    sampleInput: "Sample input", sampleOutput: "Sample output",
    queued: "queued", running: "running", succeeded: "succeeded", failed: "failed", cancelled: "cancelled",
    failedCount: "failed", tokens: "tokens", problemsFailed: "Problems that failed verification",
    unreachable: "Cannot reach the API at {api}. Is the local stack running (`make dev`)?", retry: "Retry",
    http: "The API answered HTTP {status}.", allowed: "allowed", loading: "Loading…",
    offline: "offline families", bedrock: "Amazon Bedrock", gemini: "Google Gemini",
    fromPrompt: "as the prompt says",
  },
  ko: {
    title: "문제 생성기", api: "API", tagline: "실행으로 검증된 알고리즘 문제를 만듭니다.",
    prompt: "요청", difficulty: "난이도", count: "개수", language: "언어", generator: "생성기",
    generate: "생성", cancel: "취소", downloadJson: "JSON 내려받기", downloadKattis: "Kattis 패키지 (zip)",
    myJobs: "내 작업", refresh: "새로 고침", noJobs: "아직 작업이 없습니다.", open: "열기",
    input: "입력", output: "출력", constraints: "제한", notes: "참고",
    sampleInput: "예제 입력", sampleOutput: "예제 출력",
    queued: "대기 중", running: "생성 중", succeeded: "완료", failed: "실패", cancelled: "취소됨",
    failedCount: "실패", tokens: "토큰", problemsFailed: "검증에 실패한 문제",
    unreachable: "API({api})에 연결할 수 없습니다. 로컬 스택이 실행 중인가요? (`make dev`)", retry: "다시 시도",
    http: "API가 HTTP {status}로 응답했습니다.", allowed: "허용", loading: "불러오는 중…",
    offline: "오프라인 문제군", bedrock: "Amazon Bedrock", gemini: "Google Gemini",
    fromPrompt: "요청 문장대로",
  },
};
/** @typedef {keyof typeof STRINGS.en} Key */

const params = new URLSearchParams(location.search);
// The API base: ?api=... or the page's own origin.
const API = (params.get("api") || location.origin).replace(/\/$/, "");
const TERMINAL = new Set(["succeeded", "failed", "cancelled"]);
const LAST_JOB = "problem-generator:last-job";

/** @type {Lang} */
let lang = params.get("lang") === "ko" || (!params.get("lang") && localStorage.getItem("problem-generator:lang") === "ko")
  ? "ko" : "en";
/** Bumped on every new submit/resume: an older poll loop sees it changed and stops. */
let generation = 0;
/** @type {JobSnapshot | null} */
let current = null;

/** @param {string} id @returns {HTMLElement} */
function $(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing`);
  return node;
}
/** @param {string} id */
const input = (id) => /** @type {HTMLInputElement} */ ($(id));
/** @param {string} id */
const select = (id) => /** @type {HTMLSelectElement} */ ($(id));
/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {Key} key @param {Record<string, string | number>} [values] */
function t(key, values = {}) {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

/**
 * @param {string} tag @param {string} [className] @param {string} [text]
 * @returns {HTMLElement}
 */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const key = /** @type {Key} */ (node.getAttribute("data-i18n"));
    if (key in STRINGS[lang]) node.textContent = t(key);
  }
  for (const option of select("provider").options) {
    const key = /** @type {Key} */ (option.value);
    if (key in STRINGS[lang]) option.textContent = t(key);
  }
  input("count").placeholder = t("fromPrompt");
  if (config) fillDifficulties(config);
  if (current) showSnapshot(current);
  for (const article of $("problems").querySelectorAll("article")) {
    const problem = problemsShown.get(Number(/** @type {HTMLElement} */ (article).dataset.index));
    if (problem) article.replaceWith(renderProblem(problem));
  }
}

// ------------------------------------------------------------------ HTTP
class ApiUnreachable extends Error {}

/**
 * One request to the API. Errors come back as the API's one error shape; a network failure is ApiUnreachable.
 * @param {string} method @param {string} path
 * @param {{ body?: JobBody, headers?: Record<string, string> }} [options]
 * @returns {Promise<{ res: Response, data: any }>}
 */
async function api(method, path, { body, headers } = {}) {
  /** @type {Response} */
  let res;
  try {
    res = await fetch(API + path, {
      method, cache: "no-store",
      headers: {
        "Accept-Language": lang,
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(headers || {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiUnreachable(String(cause));
  }
  const text = await res.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = null; }
  return { res, data };
}

/** @param {Response} res @param {any} data @returns {ApiError} */
function apiError(res, data) {
  if (data && data.error && typeof data.error.message === "string") return data.error;
  return { code: `http_${res.status}`, message: t("http", { status: res.status }), fields: [] };
}

// ------------------------------------------------------------------ errors (one box, shown once)
function clearError() {
  $("error").classList.add("hidden");
  $("error").replaceChildren();
}

/** @param {ApiError | Error} err @param {(() => void)} [retry] */
function showError(err, retry) {
  const box = $("error");
  box.replaceChildren();
  const unreachable = err instanceof ApiUnreachable;
  box.append(el("strong", "", unreachable ? t("unreachable", { api: API }) : err.message));
  const fields = "fields" in err ? err.fields : [];
  if (fields.length) {
    const list = el("ul");
    for (const f of fields) {
      const allowed = f.allowed === undefined || f.allowed === null ? "" : ` (${t("allowed")}: ${JSON.stringify(f.allowed)})`;
      list.append(el("li", "", `${f.field}: ${f.problem}${allowed}`));
    }
    box.append(list);
  }
  if (retry) {
    const button = el("button", "secondary", t("retry"));
    button.id = "retry";
    button.addEventListener("click", () => { clearError(); retry(); });
    box.append(el("div"), button);
  }
  box.dataset.kind = unreachable ? "unreachable" : ("code" in err ? err.code : "error");
  box.classList.remove("hidden");
}

// ------------------------------------------------------------------ configuration (GET /config, GET /topics)
/** @type {ClientConfig | null} */
let config = null;

/** The first choice, "as the prompt says", sends no difficulty: the API reads it from the prompt ("골드 4 정도",
 * "easy") or takes the topic's closest level. An empty count is likewise left to the prompt ("세 문제").
 * @param {ClientConfig} cfg */
function fillDifficulties(cfg) {
  const chosen = select("difficulty").value;
  const fromPrompt = /** @type {HTMLOptionElement} */ (el("option", "", t("fromPrompt")));
  fromPrompt.value = "";
  select("difficulty").replaceChildren(fromPrompt, ...cfg.difficulties.map((d) => {
    const option = /** @type {HTMLOptionElement} */ (el("option", "", lang === "ko" ? `${d.ko} · ${d.en}` : `${d.en} · ${d.ko}`));
    option.value = d.value;
    option.selected = d.value === chosen;
    return option;
  }));
}

async function loadConfig() {
  const { res, data } = await api("GET", "/config");
  if (!res.ok) throw apiError(res, data);
  config = /** @type {ClientConfig} */ (data);
  fillDifficulties(config);
  // Only the generators this deployment serves: a disabled one is not offered at all.
  select("provider").replaceChildren(...config.providers.map((name) => {
    const option = /** @type {HTMLOptionElement} */ (el("option", "", t(/** @type {Key} */ (name))));
    option.value = name;
    return option;
  }));
  input("count").max = String(config.limits.max_count);
  input("prompt").maxLength = config.limits.prompt_max_chars;
  /** @type {HTMLButtonElement} */ ($("submit")).disabled = false;
}

/**
 * Prompt suggestions from GET /topics (the topic catalog). Optional: a deployment without that route answers
 * 404 and the form simply has no suggestions. Accepts a list, or {topics: [...]}, of strings or objects with
 * an example prompt (`examples`, `example`, `prompt`) and a title (`title`, `name`).
 */
async function loadTopicSuggestions() {
  let data;
  try {
    const answer = await api("GET", "/topics");
    if (!answer.res.ok) return;
    data = answer.data;
  } catch {
    return;
  }
  const items = Array.isArray(data) ? data : (data && Array.isArray(data.topics) ? data.topics : []);
  /** @type {{ label: string, prompt: string }[]} */
  const suggestions = [];
  for (const item of items) {
    if (typeof item === "string") { suggestions.push({ label: item, prompt: item }); continue; }
    if (!item || typeof item !== "object") continue;
    const title = item[`title_${lang}`] || (item.title && typeof item.title === "object" ? item.title[lang] : item.title)
      || item.name;
    let examples = item.examples && !Array.isArray(item.examples) ? item.examples[lang] : item.examples;
    const prompt = (Array.isArray(examples) && examples[0]) || item.example || item.prompt || title;
    if (typeof prompt === "string") suggestions.push({ label: String(title || prompt), prompt });
  }
  if (!suggestions.length) return;
  $("topic-list").replaceChildren(...suggestions.map((s) => {
    const option = /** @type {HTMLOptionElement} */ (el("option"));
    option.value = s.prompt;
    return option;
  }));
  const chips = $("suggestions");
  chips.replaceChildren(...suggestions.slice(0, 12).map((s) => {
    const chip = el("button", "", s.label);
    chip.setAttribute("type", "button");
    chip.addEventListener("click", () => { input("prompt").value = s.prompt; });
    return chip;
  }));
  chips.classList.remove("hidden");
}

// ------------------------------------------------------------------ rendering: Markdown + math
/** Identifiers with subscripts in prose (A_i, w_(i+1), A_{i}) become math. */
const SUBSCRIPT = /\b([A-Za-z])_(\{[^}]+\}|\([^)]+\)|[A-Za-z0-9]+)/g;

/** @param {string} tex @param {boolean} [display] @returns {Node} */
function math(tex, display = false) {
  if (typeof katex === "undefined") return document.createTextNode(tex);
  const span = el("span", "math");
  katex.render(tex, span, { throwOnError: false, displayMode: display, output: "html" });
  return span;
}

/** @param {string} text */
function toTex(text) {
  return text.replace(SUBSCRIPT, (_, base, sub) => {
    const inner = sub.startsWith("(") || sub.startsWith("{") ? sub.slice(1, -1) : sub;
    return `${base}_{${inner}}`;
  }).replace(/≤/g, "\\le ").replace(/≥/g, "\\ge ").replace(/≠/g, "\\ne ").replace(/×/g, "\\times ")
    .replace(/\.\.\./g, "\\dots ");
}

/**
 * Replace `$...$` spans and subscripted identifiers in the text nodes of `root` (not in code) with KaTeX.
 * @param {HTMLElement} root
 */
function renderMath(root) {
  if (typeof katex === "undefined") return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  /** @type {Text[]} */
  const texts = [];
  while (walker.nextNode()) {
    const node = /** @type {Text} */ (walker.currentNode);
    if (!node.parentElement || !node.parentElement.closest("code, pre, .katex")) texts.push(node);
  }
  const pattern = new RegExp(`\\$([^$]+)\\$|${SUBSCRIPT.source}`, "g");
  for (const node of texts) {
    const text = node.data;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts = document.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      parts.append(text.slice(last, at), math(match[1] !== undefined ? match[1] : toTex(match[0])));
      last = at + match[0].length;
    }
    parts.append(text.slice(last));
    node.replaceWith(parts);
  }
}

/** @param {string} text @returns {HTMLElement} */
function markdown(text) {
  const box = el("div", "md");
  if (typeof marked === "undefined") {
    box.style.whiteSpace = "pre-wrap";
    box.textContent = text;
  } else {
    // Statements come from our generator, but a model may have written them: no raw HTML gets through.
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    // Parsed into a template first: its content is inert, so nothing it names is fetched before defuse() looks.
    const parsed = document.createElement("template");
    parsed.innerHTML = /** @type {string} */ (marked.parse(escaped, { async: false, gfm: true, breaks: true }));
    defuse(parsed.content);
    box.append(parsed.content);
  }
  renderMath(box);
  return box;
}

/** Markdown's own links and images, which escaping leaves alone: a `javascript:` (or `data:`, ...) link would run
 * on a click, and an image would fetch from anywhere the text names (a tracking pixel). A problem never needs
 * either, so a link keeps only an http(s) target (opened in a new tab, without a referrer) and an image becomes its
 * alt text. @param {DocumentFragment} box */
function defuse(box) {
  for (const img of Array.from(box.querySelectorAll("img"))) {
    img.replaceWith(document.createTextNode(img.getAttribute("alt") || ""));
  }
  for (const a of Array.from(box.querySelectorAll("a"))) {
    if (/^https?:\/\//i.test((a.getAttribute("href") || "").trim())) {
      a.setAttribute("target", "_blank");
      a.setAttribute("rel", "noopener noreferrer");
    } else {
      a.replaceWith(...Array.from(a.childNodes));
    }
  }
}

/** @param {Problem} p @returns {HTMLElement} */
function constraintsBlock(p) {
  // The machine-readable bounds (the validator's own numbers) as math; the text as a fallback.
  if (!p.constraints.length || typeof katex === "undefined") return markdown(p.statement.constraints_text);
  const list = el("ul");
  for (const c of p.constraints) {
    const li = el("li");
    const number = (/** @type {number} */ v) => Number.isInteger(v) && Math.abs(v) >= 10000
      ? String(v).replace(/\B(?=(\d{3})+(?!\d))/g, "\\,") : String(v);
    li.append(math(`${number(c.low)} \\le ${toTex(c.symbol)} \\le ${number(c.high)}`));
    const meaning = (c.meaning || {})[lang] || (c.meaning || {})[p.language];
    if (meaning) li.append(` (${meaning})`);
    list.append(li);
  }
  const box = el("div", "md");
  box.append(list);
  return box;
}

/** @type {Map<number, Problem>} */
const problemsShown = new Map();

/** @param {Problem} p @returns {HTMLElement} */
function renderProblem(p) {
  const art = el("article");
  art.dataset.index = String(p.index);
  art.append(el("h2", "", `${p.index + 1}. ${p.title}`));
  art.append(el("div", "meta", `${p.difficulty} · ${p.tags.join(", ")} · ${p.limits.time_ms} ms · ${p.limits.memory_mb} MB`));
  art.append(markdown(p.statement.legend));
  art.append(el("h3", "", t("input")), markdown(p.statement.input_format));
  art.append(el("h3", "", t("output")), markdown(p.statement.output_format));
  art.append(el("h3", "", t("constraints")), constraintsBlock(p));
  if (p.statement.notes) art.append(el("h3", "", t("notes")), markdown(p.statement.notes));
  p.samples.forEach((s, i) => {
    const grid = el("div", "samples");
    const left = el("div"), right = el("div");
    left.append(el("h3", "", `${t("sampleInput")} ${i + 1}`), el("pre", "", s.input));
    right.append(el("h3", "", `${t("sampleOutput")} ${i + 1}`), el("pre", "", s.output));
    grid.append(left, right);
    art.append(grid);
    if (s.explanation) art.append(markdown(s.explanation));
  });
  return art;
}

/** @param {Problem[]} problems */
function showProblems(problems) {
  const main = $("problems");
  for (const p of problems) {
    if (problemsShown.has(p.index)) continue;
    problemsShown.set(p.index, p);
    const node = renderProblem(p);
    const after = [...main.children].find((c) => Number(/** @type {HTMLElement} */ (c).dataset.index) > p.index);
    main.insertBefore(node, after || null);
  }
}

function clearJob() {
  current = null;
  problemsShown.clear();
  $("problems").replaceChildren();
  $("status").classList.add("hidden");
  $("reason").classList.add("hidden");
  delete document.body.dataset.finalStatus;
  delete document.body.dataset.jobId;
}

/** @param {JobSnapshot} snap */
function showSnapshot(snap) {
  current = snap;
  $("status").classList.remove("hidden");
  document.body.dataset.jobId = snap.job_id;
  document.body.dataset.status = snap.status;
  const { total, completed, failed } = snap.progress;
  const pct = total ? Math.round(100 * (completed + failed) / total) : 0;
  $("bar-fill").style.width = pct + "%";
  $("bar-fill").parentElement?.setAttribute("aria-valuenow", String(pct));
  const badge = $("job-status");
  badge.className = `badge ${snap.status}`;
  badge.textContent = t(snap.status);
  $("progress-text").textContent = `${completed + failed}/${total}` + (failed ? ` (${t("failedCount")} ${failed})` : "");
  const usage = snap.usage;
  $("stage").textContent = snap.stage + (usage.input_tokens || usage.output_tokens
    ? ` · ${usage.input_tokens} / ${usage.output_tokens} ${t("tokens")} (${usage.model_ids.join(", ")})` : "");
  // Why it failed (or what failed inside a job that went on): shown in the status panel, not as a request error.
  const reasons = [];
  if (snap.error && snap.status !== "succeeded") reasons.push(snap.error.message);
  if (snap.failures.length) {
    reasons.push(`${t("problemsFailed")}: ` + snap.failures.map((f) => `#${f.index + 1} ${f.message || f.code || ""}`).join("; "));
  }
  $("reason").textContent = reasons.join(" — ");
  $("reason").classList.toggle("hidden", !reasons.length);
  const running = !TERMINAL.has(snap.status);
  $("cancel").classList.toggle("hidden", !running);
  const done = snap.status === "succeeded";
  const json = /** @type {HTMLAnchorElement} */ ($("download-json"));
  const kattis = /** @type {HTMLAnchorElement} */ ($("download-kattis"));
  json.href = `${API}/jobs/${snap.job_id}/result`;  // 303 to the full artifact
  kattis.href = `${API}/jobs/${snap.job_id}/export?format=kattis`;
  json.classList.toggle("hidden", !done);
  kattis.classList.toggle("hidden", !done);
  showProblems(snap.problems);
}

// ------------------------------------------------------------------ polling
/** Full jitter: random(0, min(cap, base * 2^attempt)), but never sooner than the server's Retry-After.
 * @param {number} attempt @param {string | null} retryAfter */
function delay(attempt, retryAfter) {
  const jitter = Math.random() * Math.min(8000, 500 * 2 ** attempt);
  const hint = retryAfter ? Number(retryAfter) * 1000 : 0;
  return Math.max(jitter, Number.isFinite(hint) ? hint : 0);
}

/** @param {string} jobId @param {JobSnapshot | null} first @param {number} run */
async function follow(jobId, first, run) {
  const path = `/jobs/${jobId}`;
  /** @type {JobSnapshot | null} */
  let snap = first;
  /** @type {string | null} */
  let etag = null, retryAfter = null;
  let attempt = 0;
  if (snap) showSnapshot(snap);
  while (!snap || !TERMINAL.has(snap.status)) {
    if (snap) await sleep(delay(attempt, retryAfter));
    if (run !== generation) return null;  // another job took over the page
    const { res, data } = await api("GET", path, { headers: etag ? { "If-None-Match": etag } : {} });
    if (run !== generation) return null;
    retryAfter = res.headers.get("Retry-After");
    const tag = res.headers.get("ETag");
    // Browsers may turn a 304 into a 200 with the cached body: compare the tag ourselves.
    if (res.status === 304 || (res.ok && tag && tag === etag)) { attempt = Math.min(attempt + 1, 4); continue; }
    if (!res.ok) throw apiError(res, data);
    etag = tag; snap = /** @type {JobSnapshot} */ (data); attempt = 0;
    showSnapshot(snap);
  }
  let cursor = snap.problems_next_cursor;
  while (cursor && run === generation) {
    const { res, data } = await api("GET", `${path}/problems?cursor=${encodeURIComponent(cursor)}&limit=20`);
    if (!res.ok) throw apiError(res, data);
    const page = /** @type {ProblemsPage} */ (data);
    showProblems(page.problems);
    cursor = page.next_cursor;
  }
  return snap;
}

/** Follow a job to its end (a new submit, a resume from the list, or the last job after a reload).
 * @param {string} jobId @param {JobSnapshot | null} first @param {boolean} [quietIfGone] */
async function watch(jobId, first, quietIfGone = false) {
  const run = ++generation;
  localStorage.setItem(LAST_JOB, jobId);
  try {
    const final = await follow(jobId, first, run);
    if (final && run === generation) {
      document.body.dataset.finalStatus = final.status;
      loadJobs();
    }
  } catch (err) {
    if (run !== generation) return;
    const failure = /** @type {ApiError | Error} */ (err);
    if (quietIfGone && "code" in failure && failure.code === "job_not_found") {
      localStorage.removeItem(LAST_JOB);  // remembered from an earlier stack: nothing to resume
      clearJob();
      return;
    }
    showError(/** @type {Error} */ (err), err instanceof ApiUnreachable ? () => watch(jobId, null) : undefined);
  }
}

// ------------------------------------------------------------------ my jobs
async function loadJobs() {
  let answer;
  try {
    answer = await api("GET", "/jobs?limit=20");
  } catch {
    return;  // the form's own request reports an unreachable API; the list just stays as it was
  }
  if (!answer.res.ok) return;
  const list = /** @type {JobList} */ (answer.data);
  $("jobs-empty").classList.toggle("hidden", list.jobs.length > 0);
  $("job-list").replaceChildren(...list.jobs.map((job) => {
    const li = el("li");
    li.dataset.jobId = job.job_id;
    const when = new Date(job.created_at).toLocaleString(lang === "ko" ? "ko-KR" : "en-US");
    li.append(el("span", "", `${job.request.prompt} · ${job.progress.completed}/${job.progress.total} · ${when}`));
    const badge = el("span", `badge ${job.status}`, t(job.status));
    const open = el("button", "secondary", t("open"));
    open.addEventListener("click", () => { clearError(); clearJob(); watch(job.job_id, null); });
    li.append(badge, open);
    return li;
  }));
}

// ------------------------------------------------------------------ actions
async function submit() {
  clearError();
  clearJob();  // old results never stay under a new request's outcome
  const button = /** @type {HTMLButtonElement} */ ($("submit"));
  button.disabled = true;
  const countText = input("count").value.trim();
  const difficulty = select("difficulty").value;
  /** @type {JobBody} */
  const body = {
    prompt: input("prompt").value,
    language: /** @type {"ko" | "en"} */ (select("language").value),
    provider: /** @type {JobRequest["provider"]} */ (select("provider").value),
  };
  // Fields left at "as the prompt says" are not sent: the API reads them from the prompt.
  if (difficulty) body.difficulty = /** @type {JobRequest["difficulty"]} */ (difficulty);
  // A non-number is sent as typed so the API names the field; the client does not second-guess it.
  if (countText) body.count = /** @type {number} */ (/** @type {unknown} */ (/^-?\d+$/.test(countText) ? Number(countText) : countText));
  try {
    const { res, data } = await api("POST", "/jobs", { body, headers: { "Idempotency-Key": crypto.randomUUID() } });
    if (!res.ok) throw apiError(res, data);
    const snap = /** @type {JobSnapshot} */ (data);
    button.disabled = false;
    loadJobs();
    await watch(snap.job_id, snap);
  } catch (err) {
    showError(/** @type {Error} */ (err), err instanceof ApiUnreachable ? submit : undefined);
  } finally {
    button.disabled = false;
  }
}

async function cancel() {
  if (!current) return;
  const cancelButton = /** @type {HTMLButtonElement} */ ($("cancel"));
  cancelButton.disabled = true;
  try {
    const { res, data } = await api("DELETE", `/jobs/${current.job_id}`);
    if (!res.ok) throw apiError(res, data);
    showSnapshot(/** @type {JobSnapshot} */ (data));  // the poll loop sees the terminal status and ends
  } catch (err) {
    showError(/** @type {Error} */ (err));
  } finally {
    cancelButton.disabled = false;
  }
}

async function start() {
  $("api-base").textContent = API;
  select("language").value = lang;
  applyLanguage();
  try {
    await loadConfig();
  } catch (err) {
    showError(/** @type {Error} */ (err), start);
    return;
  }
  loadTopicSuggestions();
  loadJobs();
  const resume = params.get("job") || localStorage.getItem(LAST_JOB);
  if (resume && /^[0-9a-f]{32}$/.test(resume)) watch(resume, null, !params.get("job"));
}

$("job-form").addEventListener("submit", (event) => { event.preventDefault(); submit(); });
$("cancel").addEventListener("click", cancel);
$("refresh-jobs").addEventListener("click", loadJobs);
select("language").addEventListener("change", () => {
  lang = select("language").value === "ko" ? "ko" : "en";
  localStorage.setItem("problem-generator:lang", lang);
  applyLanguage();
  loadJobs();
});
start();
