"""Data the rules read besides the page: glossary, plain-language list and limits.

Loaded and compiled once per process (the main one and each worker), never per page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from ventana_data.context_shapes import term_anchor

from . import messages
from .errors import ConfigurationError
from .text import fold

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster


@dataclass(frozen=True, slots=True)
class Term:
    sigla: str
    nombre: str
    id: str


@dataclass
class Resources:
    limits: dict[str, float]
    glossary_url: str = "glosario/"
    siteurl: str = ""
    script_paths: tuple[str, ...] = ("theme/js/",)
    terms: dict[str, Term] = field(default_factory=dict)
    acronyms: re.Pattern | None = None
    plain: dict[str, str] = field(default_factory=dict)
    # The keys of ``plain`` as word tuples, grouped by their first word, most words first.
    plain_index: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
    except OSError as exc:
        raise ConfigurationError(messages.DATA_MISSING.format(path=path)) from exc
    except yaml.YAMLError as exc:
        raise ConfigurationError(messages.DATA_INVALID.format(path=path, problem=exc)) from exc


def _entries(path: Path | None, required: tuple[str, ...], problem: str) -> list[dict]:
    """The «terminos» list of a term file, each entry with every ``required`` key filled.

    Glossary and plain-language files share this shape, so a broken one is reported
    the same way; a missing file means an empty list, as the rule then has no input.
    """
    if path is None or not path.is_file():
        return []
    data = _read_yaml(path)
    entries = data.get("terminos") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(
        isinstance(entry, dict) and all(entry.get(key) for key in required) for entry in entries
    ):
        raise ConfigurationError(messages.DATA_INVALID.format(path=path, problem=problem))
    return entries


def load_glossary(path: Path | None) -> dict[str, Term]:
    """Glossary acronyms by sigla, for the command line (a build passes the plugin's terms).

    Anchors follow the glossary plugin's own rule (``term_anchor``), so a link the
    checker expects is the one the glossary page has. A missing file means no input.
    """
    entries = _entries(path, ("sigla", "nombre"), messages.GLOSSARY_SHAPE)
    return terms_from(
        {
            "sigla": str(e["sigla"]).strip(),
            "nombre": str(e["nombre"]).strip(),
            "id": str(e.get("id") or term_anchor(str(e["sigla"]).strip())),
        }
        for e in entries
    )


def terms_from(entries: Iterable[Mapping[str, Any]]) -> dict[str, Term]:
    """Terms by sigla from glossary entries (``GLOSSARY_TERMS`` of the context)."""
    return {e["sigla"]: Term(e["sigla"], e["nombre"], e["id"]) for e in entries}


def load_plain(path: Path | None) -> dict[str, str]:
    """Folded bureaucratic term (and each variant) -> plain alternative."""
    plain = {}
    for entry in _entries(path, ("termino", "alternativa"), messages.PLAIN_SHAPE):
        for term in [entry["termino"], *entry.get("variantes", [])]:
            plain[" ".join(fold(str(term)).split())] = str(entry["alternativa"]).strip()
    return plain


def _alternation(items: list[str]) -> re.Pattern | None:
    if not items:
        return None
    ordered = sorted(items, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(item) for item in ordered) + r")\b")


def _terms_index(plain: dict[str, str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every term's words under its first word, longest first.

    At one position the term with most words wins, as an editor would read it; looking
    terms up by first word costs one dict lookup per word of prose, however long the list.
    """
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in plain:
        index.setdefault(key.split(" ", 1)[0], []).append(tuple(key.split(" ")))
    return {first: tuple(sorted(keys, key=len, reverse=True)) for first, keys in index.items()}


def build(config: Any) -> Resources:
    """Everything rules need from the config, compiled once."""
    if config.glossary_terms is not None:
        terms = terms_from(
            dict(zip(("sigla", "nombre", "id"), t, strict=True)) for t in config.glossary_terms
        )
    else:
        terms = load_glossary(config.glossary)
    plain = load_plain(config.plain_language)
    return Resources(
        limits=dict(config.limits),
        glossary_url=config.glossary_url,
        siteurl=config.siteurl,
        script_paths=config.script_paths,
        terms=terms,
        acronyms=_alternation(list(terms)),
        plain=plain,
        plain_index=_terms_index(plain),
    )
