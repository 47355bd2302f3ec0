"""Rules, one per module. Adding a rule means adding one file here (and its fixtures).

Each module defines one subclass of ``Rule``; ``all_rules()`` finds them, so no list of
rules is kept anywhere else.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from .base import Hit, Rule, SiteRule

__all__ = ["Hit", "Rule", "SiteRule", "all_rules"]


@cache
def all_rules() -> tuple[type[Rule], ...]:
    """Every rule class, sorted by id so reports and docs list them in a stable order."""
    found: dict[str, type[Rule]] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Rule)
                and value not in (Rule, SiteRule)
                and value.__module__ == module.__name__
            ):
                found[value.id] = value
    return tuple(found[key] for key in sorted(found))
