"""The offline catalog: one directory per topic (`topic.toml`, shared `themes.toml`), one package directory per
task below it (see generator/problems/packages.py), and `areas.toml`: broad fields ("DP", "math", "shortest paths")
served by the tasks of several topics. Read on first use, so a status poll never pays for it."""
from __future__ import annotations

import math
import random
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import Field

from generator.problems.family import current_theme_slot
from generator.problems.packages import Package, PackageDraft, TopicSpec, build_draft
from generator.problems.schema import Difficulty, Language

CATALOG_DIR = Path(__file__).resolve().parent


class AreaSpec(TopicSpec):
    """An entry of areas.toml: a topic-like name for a field, served by its member topics' tasks."""

    members: list[str] = Field(min_length=2)


@dataclass(frozen=True)
class Topic:
    """A topic and its tasks. Quacks like the old `Family` (name, category, tags, keywords, draft), so the
    pipeline, the matcher and the tests treat catalog topics and the remaining family modules alike."""

    spec: TopicSpec
    packages: tuple[Package, ...]
    member_topics: tuple[Topic, ...] = ()  # an area's topics (areas.toml); () for a topic

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def category(self) -> str:
        return self.spec.title["en"]

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(self.spec.tags)

    @property
    def keywords(self) -> tuple[str, ...]:
        return tuple(self.spec.keywords)

    @property
    def members(self) -> tuple[str, ...]:
        """The names of the topics an area draws from; () for a topic."""
        return tuple(t.name for t in self.member_topics)

    def tasks(self, difficulty: Difficulty) -> tuple[Package, ...]:
        return tuple(p for p in self.packages if p.difficulty == difficulty)

    def difficulties(self) -> list[Difficulty]:
        return [d for d in Difficulty if self.tasks(d)]

    def choose(self, rng: random.Random, difficulty: Difficulty) -> Package:
        """The task for one problem: problems of one job take the tasks of the difficulty in turn (the job's
        slot), so a job of N problems has N distinct tasks while there are that many."""
        tasks = self._rotation(difficulty)
        if not tasks:
            raise LookupError(f"topic {self.name} has no task at difficulty {difficulty.value}")
        pick = rng.randrange(len(tasks))  # drawn either way: the rest of the random stream stays the same
        slot = current_theme_slot()
        return tasks[slot % len(tasks) if slot is not None else pick]

    def _rotation(self, difficulty: Difficulty) -> tuple[Package, ...]:
        """The order consecutive slots take tasks in. An area's order cycles through its member topics first
        (slot p → member p mod k, that member's task number p div k, cycling), so the problems of one job come
        from different topics while there are that many, then from different tasks of one topic. The cycle's
        length is k·lcm(task counts): no wrap-around puts one task twice in a window of consecutive slots."""
        if not self.member_topics:
            return self.tasks(difficulty)
        columns = [t.tasks(difficulty) for t in self.member_topics if t.tasks(difficulty)]
        if not columns:
            return ()
        period = math.lcm(*(len(c) for c in columns))
        return tuple(columns[p % len(columns)][(p // len(columns)) % len(columns[p % len(columns)])]
                     for p in range(len(columns) * period))

    def build(self, rng: random.Random, difficulty: Difficulty, language: Language, *,
              with_stress: bool = True, only: Collection[str] | None = None) -> PackageDraft:
        return build_draft(self.choose(rng, difficulty), rng, difficulty, language, with_stress=with_stress,
                           only=only)

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language, *,
              with_stress: bool = True, only: Collection[str] | None = None):  # -> Draft
        return self.build(rng, difficulty, language, with_stress=with_stress, only=only).draft


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    found = []
    for topic_file in sorted(CATALOG_DIR.glob("*/topic.toml")):
        with topic_file.open("rb") as fh:
            spec = TopicSpec.model_validate(tomllib.load(fh))
        if spec.name != topic_file.parent.name:
            raise ValueError(f"{topic_file}: name {spec.name!r} must equal its directory name")
        # Each task.toml is parsed when first used (Package.spec), and then must declare the id its place gives.
        packages = tuple(Package.load(p.parent, f"{spec.name}.{p.parent.name}")
                         for p in sorted(topic_file.parent.glob("*/task.toml")))
        names = {p.path.name for p in packages}
        for focus in spec.focus:
            unknown = [t for t in focus.tasks if t not in names]
            unranked = [k for k in (*focus.keywords, *focus.numbered_titles) if k not in spec.keywords]
            if unknown or unranked:
                raise ValueError(f"{topic_file}: focus {focus.name!r} names unknown tasks {unknown} or keywords that "
                                 f"are not the topic's {unranked}")
        found.append(Topic(spec, packages))
    return tuple(found)


@lru_cache(maxsize=1)
def focuses() -> tuple[Topic, ...]:
    """Every topic's focuses (topic.toml `[[focus]]`) as topics of their own, named `topic:focus`, holding only the
    focus's tasks: what a prompt naming "단절점" is served (the rest of graph traversal is not what it asked for)."""
    found = []
    for topic in topics():
        for focus in topic.spec.focus:
            spec = TopicSpec(name=f"{topic.name}:{focus.name}", title=focus.title, group=topic.spec.group,
                             tags=topic.spec.tags, keywords=focus.keywords)
            found.append(Topic(spec, tuple(p for p in topic.packages if p.path.name in focus.tasks)))
    return tuple(found)


def focuses_of(topic: Topic) -> tuple[Topic, ...]:
    return tuple(f for f in focuses() if f.name.split(":")[0] == topic.name) if topic.spec.focus else ()


@lru_cache(maxsize=1)
def areas() -> tuple[Topic, ...]:
    with (CATALOG_DIR / "areas.toml").open("rb") as fh:
        entries = tomllib.load(fh).get("area", [])
    by_name = {t.name: t for t in topics()}
    found = []
    for entry in entries:
        spec = AreaSpec.model_validate(entry)
        unknown = [m for m in spec.members if m not in by_name]
        if spec.name in by_name or unknown or any(a.name == spec.name for a in found):
            raise ValueError(f"areas.toml: area {spec.name!r} must have a name of its own and known members "
                             f"(unknown: {unknown})")
        members = tuple(by_name[m] for m in spec.members)
        found.append(Topic(spec, tuple(p for m in members for p in m.packages), members))
    return tuple(found)


def topic_by_name(name: str) -> Topic:
    """A topic, an area or a topic's focus (a job records the name it was routed to)."""
    for topic in (*topics(), *areas(), *focuses()):
        if topic.name == name:
            return topic
    raise KeyError(name)


def all_packages() -> list[Package]:
    return [p for t in topics() for p in t.packages]


def package_by_id(task_id: str) -> Package:
    """The package `topic.task` (KeyError when the catalog has none)."""
    for package in all_packages():
        if package.id == task_id:
            return package
    raise KeyError(task_id)


def selected_ids(selectors: list[str], everything: bool = False) -> list[str]:
    """Package ids for the maintenance scripts' "topic or topic.task" arguments, in the selectors' order; with
    `everything`, the rest of the catalog after them."""
    ids = [p.id for s in selectors for p in all_packages() if p.id == s or p.spec.topic == s]
    return ids + [p.id for p in all_packages() if everything and p.id not in ids]
