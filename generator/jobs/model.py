"""Job request (the public API input) and job state (the S3 snapshot a poll reads in one GET)."""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr, field_validator

from generator.problems.schema import DIFFICULTY_ALIASES

from generator.jobs.keys import JOB_ID_RE, is_job_id  # noqa: F401  (re-exported)
MAX_PROMPT_CHARS = 2000
MAX_BODY_BYTES = 64 * 1024
MAX_SEED = 2**63 - 1

Status = Literal["queued", "running", "succeeded", "failed", "cancelled"]
TERMINAL: frozenset[str] = frozenset({"succeeded", "failed", "cancelled"})
DifficultyName = Literal["tutorial", "easy", "medium", "hard"]
Provider = Literal["offline", "bedrock", "gemini"]


def new_job_id() -> str:
    """128 random bits (≥ 122 required), hex: unguessable and safe inside an S3 key."""
    return secrets.token_hex(16)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class JobRequest(BaseModel):
    """Body of POST /jobs. Strict: a JSON string is not a number, `true` is not 1, unknown fields fail."""

    model_config = ConfigDict(extra="forbid", strict=True)

    prompt: Annotated[StrictStr, Field(min_length=1, max_length=MAX_PROMPT_CHARS,
                                       description="What to generate, Korean or English, e.g. 'a DFS problem on grids'")]
    difficulty: Annotated[DifficultyName, Field(description="tutorial|easy|medium|hard (or 튜토리얼|쉬움|보통|어려움)")] = "easy"
    count: Annotated[StrictInt, Field(ge=1, description="How many problems (1..MAX_COUNT, default 1)")] = 1
    language: Annotated[Literal["ko", "en"], Field(description="Statement language")] = "en"
    seed: Annotated[StrictInt | None, Field(ge=0, le=MAX_SEED, description="Seed for reproducible problems")] = None
    provider: Annotated[Provider, Field(description="offline (default) | bedrock | gemini")] = "offline"

    @field_validator("difficulty", mode="before")
    @classmethod
    def _korean_labels(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip() in DIFFICULTY_ALIASES:
            return DIFFICULTY_ALIASES[value.strip()].value
        return value

    @field_validator("prompt")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("prompt must contain text")
        return value


class Progress(BaseModel):
    total: int
    completed: int = 0
    failed: int = 0


# Stage and failure messages are for people; a long one (a model's output, a program's stderr) is cut here.
MESSAGE_CHARS = 300


def shorten(message: str, limit: int = MESSAGE_CHARS) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


class JobError(BaseModel):
    code: str
    message: str

    @field_validator("message")
    @classmethod
    def _short(cls, value: str) -> str:
        return shorten(value)


class Lease(BaseModel):
    token: str
    expires_at: datetime


class TokenUsage(BaseModel):
    """LLM tokens spent (failed attempts included); all zero for offline problems."""

    input_tokens: int = 0
    output_tokens: int = 0
    model_ids: list[str] = Field(default_factory=list)

    def add(self, other: TokenUsage) -> None:
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.model_ids = sorted(set(self.model_ids) | set(other.model_ids))


class Item(BaseModel):
    """One problem slot of a job: done (checkpointed in S3) or failed (with the gate's reason)."""

    index: int
    status: Literal["done", "failed"]
    title: str = ""
    signature: str = ""
    error: JobError | None = None
    usage: TokenUsage | None = None


class JobState(BaseModel):
    """The snapshot at jobs/{job_id}/job.json. Status polls read only this object."""

    model_config = ConfigDict(extra="ignore")

    job_id: str
    owner: str
    status: Status = "queued"
    stage: str = "queued"
    request: JobRequest
    seed: int
    family: str | None = None
    progress: Progress
    # Items not yet moved to index pages (jobs/{id}/index/*): the unfinished page, and re-made problems of a
    # retried job until their page is rewritten. Items [0, indexed) live in the pages, so the snapshot stays small.
    items: list[Item] = Field(default_factory=list)
    indexed: int = 0
    paged_failures: list[Item] = Field(default_factory=list)  # the first failures moved to pages (for the view)
    # Public views of the first finished problems (index order), so a poll shows them without more reads.
    problems: list[dict[str, Any]] = Field(default_factory=list)
    messages: list[str] = Field(default_factory=list)
    error: JobError | None = None
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None = None
    finished_at: datetime | None = None
    expires_at: datetime
    heartbeat_at: datetime | None = None
    lease: Lease | None = None
    hops: int = 0
    attempts: int = 0
    retries: int = 0  # POST /jobs/{id}/retry calls that reopened this job
    idempotency_key: str | None = None  # a hash, never the raw header
    request_hash: str = ""
    batch_id: str | None = None
    has_result: bool = False
    usage: TokenUsage = Field(default_factory=TokenUsage)  # summed over the job's problems

    @property
    def terminal(self) -> bool:
        return self.status in TERMINAL

    def item(self, index: int) -> Item | None:
        for item in self.items:
            if item.index == index:
                return item
        return None

    def note(self, message: str, now: datetime, keep: int = 30) -> None:
        """Set the current stage and keep a short history of stage messages (each cut to MESSAGE_CHARS, so the
        snapshot's size is bounded whatever a maker reports)."""
        message = shorten(message)
        self.stage = message
        self.messages = (self.messages + [f"{iso(now)} {message}"])[-keep:]
        self.updated_at = now
