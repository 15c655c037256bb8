"""The verification ledger's key: a package's hash covers exactly the files it uses."""
from __future__ import annotations

import shutil
from pathlib import Path

from generator.problems.catalog import CATALOG_DIR
from generator.problems.packages import Package


def _copy_topic(tmp_path: Path, topic: str) -> Path:
    target = tmp_path / topic
    shutil.copytree(CATALOG_DIR / topic, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_a_sibling_tasks_generator_that_a_task_uses_is_part_of_its_hash(tmp_path: Path) -> None:
    topic = _copy_topic(tmp_path, "grid_bfs")
    enclosed = Package.load(topic / "enclosed")  # its plan runs ../islands/gen.py
    assert topic.joinpath("islands", "gen.py").resolve() in enclosed.used_files()
    before = enclosed.content_hash()
    with (topic / "islands" / "gen.py").open("a") as fh:
        fh.write("# changed\n")
    assert Package.load(topic / "enclosed").content_hash() != before


def test_topic_files_a_task_does_not_use_leave_its_hash_alone(tmp_path: Path) -> None:
    topic = _copy_topic(tmp_path, "heap")
    own = Package.load(topic / "kth_largest")  # its own generator and validator
    assert topic.joinpath("gen.py").resolve() not in own.used_files()
    before = own.content_hash()
    with (topic / "gen.py").open("a") as fh:
        fh.write("# changed\n")
    (topic / "topic.toml").write_text((topic / "topic.toml").read_text() + "\n# routing words changed\n")
    assert Package.load(topic / "kth_largest").content_hash() == before
    with (topic / "themes.toml").open("a") as fh:  # the titles it draws from are part of it
        fh.write("\n")
    assert Package.load(topic / "kth_largest").content_hash() != before


def test_a_shared_generator_change_reaches_every_task_that_runs_it(tmp_path: Path) -> None:
    topic = _copy_topic(tmp_path, "heap")
    users = [p for p in (Package.load(t.parent) for t in topic.glob("*/task.toml"))
             if "../gen.py" in p.generators_named()]
    assert users
    before = {p.id: p.content_hash() for p in users}
    with (topic / "gen.py").open("a") as fh:
        fh.write("# changed\n")
    assert all(Package.load(topic / p.name).content_hash() != before[p.id] for p in users)
