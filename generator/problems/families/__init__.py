"""The registry of offline problem families. Add a family by importing it into FAMILIES."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from generator.problems.family import Family


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    """Every Family subclass defined in this package, instantiated once, in a stable order (by name).
    Loaded on first use so a status poll never pays for importing generator code."""
    found: dict[str, Family] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Family) and value is not Family and value.__module__ == module.__name__:
                found[value.name] = value()
    return tuple(found[name] for name in sorted(found))


def family_by_name(name: str) -> Family:
    for family in families():
        if family.name == name:
            return family
    raise KeyError(name)
