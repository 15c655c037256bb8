"""The registry of offline problem topics: catalog packages (generator/problems/catalog/) and, while the move to
packages is under way, the remaining family modules of this package. A catalog topic replaces the family module
of the same name."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from generator.problems.family import Family


@lru_cache(maxsize=1)
def families() -> tuple:
    """Every topic, instantiated once, in a stable order (by name). Loaded on first use so a status poll never
    pays for importing generator code."""
    from generator.problems.catalog import topics

    found: dict[str, object] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Family) and value is not Family and value.__module__ == module.__name__:
                found[value.name] = value()
    for topic in topics():
        found[topic.name] = topic
    return tuple(found[name] for name in sorted(found))


def family_by_name(name: str):
    for family in families():
        if family.name == name:
            return family
    raise KeyError(name)
