"""The offline catalog: one directory per topic (`topic.toml`, shared `themes.toml`), one package directory per
task below it (see generator/problems/packages.py). Read on first use, so a status poll never pays for it."""
from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.problems.family import current_theme_slot
from generator.problems.packages import Package, PackageDraft, TopicSpec, build_draft
from generator.problems.schema import Difficulty, Language

CATALOG_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Topic:
    """A topic and its tasks. Quacks like the old `Family` (name, category, tags, keywords, draft), so the
    pipeline, the matcher and the tests treat catalog topics and the remaining family modules alike."""

    spec: TopicSpec
    packages: tuple[Package, ...]

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

    def tasks(self, difficulty: Difficulty) -> tuple[Package, ...]:
        return tuple(p for p in self.packages if p.spec.difficulty == difficulty)

    def difficulties(self) -> list[Difficulty]:
        return [d for d in Difficulty if self.tasks(d)]

    def choose(self, rng: random.Random, difficulty: Difficulty) -> Package:
        """The task for one problem: problems of one job take the tasks of the difficulty in turn (the job's
        slot), so a job of N problems has N distinct tasks while there are that many."""
        tasks = self.tasks(difficulty)
        if not tasks:
            raise LookupError(f"topic {self.name} has no task at difficulty {difficulty.value}")
        pick = rng.randrange(len(tasks))  # drawn either way: the rest of the random stream stays the same
        slot = current_theme_slot()
        return tasks[slot % len(tasks) if slot is not None else pick]

    def build(self, rng: random.Random, difficulty: Difficulty, language: Language, *,
              with_stress: bool = True) -> PackageDraft:
        return build_draft(self.choose(rng, difficulty), rng, difficulty, language, with_stress=with_stress)

    def draft(self, rng: random.Random, difficulty: Difficulty, language: Language, *,
              with_stress: bool = True):  # -> Draft
        return self.build(rng, difficulty, language, with_stress=with_stress).draft


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    found = []
    for topic_file in sorted(CATALOG_DIR.glob("*/topic.toml")):
        with topic_file.open("rb") as fh:
            spec = TopicSpec.model_validate(tomllib.load(fh))
        if spec.name != topic_file.parent.name:
            raise ValueError(f"{topic_file}: name {spec.name!r} must equal its directory name")
        packages = tuple(Package.load(p.parent) for p in sorted(topic_file.parent.glob("*/task.toml")))
        for package in packages:
            if package.spec.topic != spec.name or package.spec.id != f"{spec.name}.{package.path.name}":
                raise ValueError(f"{package.path}: id must be '{spec.name}.{package.path.name}' and topic "
                                 f"'{spec.name}'")
        found.append(Topic(spec, packages))
    return tuple(found)


def topic_by_name(name: str) -> Topic:
    for topic in topics():
        if topic.name == name:
            return topic
    raise KeyError(name)


def all_packages() -> list[Package]:
    return [p for t in topics() for p in t.packages]
