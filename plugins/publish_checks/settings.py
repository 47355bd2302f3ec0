"""Defaults for ``PUBLISH_CHECKS`` and their validation, done once before any page is read."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from . import messages
from .errors import ConfigurationError

DEFAULTS: dict[str, Any] = {
    "fail_on_error": False,
    "json_report": "reports/checks.json",
    "html_report": "reports/checks.html",
    "glossary": None,  # DATA_PATH/glossary.yaml
    "plain_language": None,  # DATA_PATH/plain_language.yaml
    "glossary_url": "glosario/",
    "siteurl": None,  # SITEURL
    "root": None,  # parent of DATA_PATH, else parent of PATH
    "jobs": 0,  # 0: all cores when there are many pages
    "cache": True,
    "cache_path": None,  # VENTANA_CACHE_PATH/publish_checks
    "css_paths": None,  # every .css file in the checked folder
    "palette_pairs": [],
    "disable": [],
    "exclude": [],
    "readability_min_publico": 55.0,
    "readability_target_publico": 65.0,
    "readability_min_ninos": 76.0,
    "readability_min_words": 40,
    "sentence_words_warning": 30,
    "sentence_words_error": 40,
    "paragraph_words": 120,
    "alt_max_length": 150,
}

_TYPES: dict[str, tuple[type, ...]] = {
    "fail_on_error": (bool,),
    "glossary_url": (str,),
    "jobs": (int,),
    "cache": (bool,),
    "palette_pairs": (list, tuple),
    "disable": (list, tuple),
    "exclude": (list, tuple),
    "readability_min_words": (int,),
    "sentence_words_warning": (int,),
    "sentence_words_error": (int,),
    "paragraph_words": (int,),
    "alt_max_length": (int,),
}
_OPTIONAL_PATHS = (
    "json_report",
    "html_report",
    "glossary",
    "plain_language",
    "root",
    "cache_path",
    "siteurl",
)
_NUMBERS = ("readability_min_publico", "readability_target_publico", "readability_min_ninos")


@dataclass(frozen=True)
class Config:
    """Validated settings shared by the plugin, the CLI and the worker processes."""

    root: Path
    glossary: Path | None
    plain_language: Path | None
    json_report: Path | None = None
    html_report: Path | None = None
    siteurl: str = ""
    glossary_url: str = "glosario/"
    jobs: int = 0
    cache_dir: Path | None = None
    css_paths: tuple[Path, ...] | None = None
    palette_pairs: tuple[tuple, ...] = ()
    disable: frozenset[str] = frozenset()
    exclude: tuple[str, ...] = ()
    content_path: Path | None = None
    fail_on_error: bool = False
    limits: dict[str, float] = field(default_factory=dict)

    def fingerprint(self) -> str:
        """Hash of everything that changes findings, so the cache never serves stale ones."""
        parts = [
            repr(sorted(self.limits.items())),
            self.siteurl,
            self.glossary_url,
            repr(sorted(self.disable)),
            repr(self.palette_pairs),
        ]
        for path in (self.glossary, self.plain_language):
            if path and path.is_file():
                parts.append(hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest())
        return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


def validate(raw: Any) -> dict[str, Any]:
    """Merge ``raw`` over the defaults, naming unknown keys and wrong types in Spanish."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigurationError(messages.NOT_A_DICT.format(received=raw))
    unknown = sorted(set(raw) - set(DEFAULTS))
    if unknown:
        raise ConfigurationError(
            messages.UNKNOWN_KEYS.format(
                unknown=", ".join(unknown), valid=", ".join(sorted(DEFAULTS))
            )
        )
    merged = {**DEFAULTS, **raw}
    for key, types in _TYPES.items():
        value = merged[key]
        if (isinstance(value, bool) and bool not in types) or not isinstance(value, types):
            raise ConfigurationError(
                messages.WRONG_TYPE.format(
                    key=key, expected=" o ".join(t.__name__ for t in types), received=value
                )
            )
    for key in _OPTIONAL_PATHS:
        if merged[key] is not None and not isinstance(merged[key], str | os.PathLike):
            raise ConfigurationError(
                messages.WRONG_TYPE.format(
                    key=key, expected="una ruta (texto)", received=merged[key]
                )
            )
    for key in _NUMBERS:
        if isinstance(merged[key], bool) or not isinstance(merged[key], int | float):
            raise ConfigurationError(
                messages.WRONG_TYPE.format(key=key, expected="un número", received=merged[key])
            )
    return merged


def limits_of(merged: dict[str, Any]) -> dict[str, float]:
    """The numeric thresholds rules read, kept in one dict so the cache can hash them."""
    keys = (
        *_NUMBERS,
        "readability_min_words",
        "sentence_words_warning",
        "sentence_words_error",
        "paragraph_words",
        "alt_max_length",
    )
    return {key: merged[key] for key in keys}


def from_pelican(settings: dict[str, Any]) -> Config:
    """Build the config from Pelican settings; relative paths are taken from the project root."""
    merged = validate(settings.get("PUBLISH_CHECKS"))
    data_path = settings.get("DATA_PATH")
    content_path = Path(settings["PATH"]).resolve() if settings.get("PATH") else None
    if merged["root"]:
        root = Path(merged["root"]).resolve()
    elif data_path:
        root = Path(data_path).resolve().parent
    else:
        root = content_path.parent if content_path else Path.cwd()
    data_dir = Path(data_path) if data_path else root / "data"
    cache_base = settings.get("VENTANA_CACHE_PATH") or root / ".cache" / "ventana"
    output = Path(settings.get("OUTPUT_PATH", "output")).resolve()
    config = _build(merged, root, data_dir, Path(cache_base), content_path)
    for report in (config.json_report, config.html_report):
        if report and report.resolve().is_relative_to(output):
            raise ConfigurationError(
                messages.REPORT_INSIDE_OUTPUT.format(path=report, output=output)
            )
    siteurl = merged["siteurl"] if merged["siteurl"] is not None else settings.get("SITEURL")
    return replace(config, siteurl=siteurl or "")


def _build(
    merged: dict[str, Any], root: Path, data_dir: Path, cache_base: Path, content_path: Path | None
) -> Config:
    def under_root(value: Any) -> Path | None:
        return None if not value else (root / value).resolve()

    return Config(
        root=root,
        glossary=under_root(merged["glossary"]) or data_dir / "glossary.yaml",
        plain_language=under_root(merged["plain_language"]) or data_dir / "plain_language.yaml",
        json_report=under_root(merged["json_report"]),
        html_report=under_root(merged["html_report"]),
        siteurl=merged["siteurl"] or "",
        glossary_url=merged["glossary_url"],
        jobs=merged["jobs"],
        cache_dir=(under_root(merged["cache_path"]) or cache_base / "publish_checks")
        if merged["cache"]
        else None,
        css_paths=tuple(under_root(p) for p in merged["css_paths"])
        if merged["css_paths"]
        else None,
        palette_pairs=tuple(tuple(p) for p in merged["palette_pairs"]),
        disable=frozenset(merged["disable"]),
        exclude=tuple(merged["exclude"]),
        content_path=content_path,
        fail_on_error=merged["fail_on_error"],
        limits=limits_of(merged),
    )


def from_options(options: dict[str, Any], root: Path) -> Config:
    """Build the config for the CLI: same defaults, CLI options instead of Pelican settings."""
    merged = validate(options)
    return _build(merged, root, root / "data", root / ".cache" / "ventana", root / "content")
