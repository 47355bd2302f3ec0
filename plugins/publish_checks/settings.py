"""Defaults for ``PUBLISH_CHECKS`` and their validation, done once before any page is read."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ventana_data import Option, cache_folder, read_settings
from ventana_data.settings import fail

from . import messages

NAME = "PUBLISH_CHECKS"
_PATH = dict(types=(str, os.PathLike), expected="una ruta (texto)", optional=True)
_NUMBER = dict(types=(int, float), expected="un número")
OPTIONS = {
    "fail_on_error": Option(False, "Detener la compilación si queda algún error.", (bool,)),
    "json_report": Option("reports/checks.json", "Reporte JSON, fuera de `OUTPUT_PATH`.", **_PATH),
    "html_report": Option("reports/checks.html", "Reporte HTML, fuera de `OUTPUT_PATH`.", **_PATH),
    "source_map": Option(
        "reports/sources.json", "Archivo fuente de cada página, fuera de `OUTPUT_PATH`.", **_PATH
    ),
    "glossary": Option(None, "Glosario YAML; `None`: `DATA_PATH/glossary.yaml`.", **_PATH),
    "plain_language": Option(
        None, "Términos de lenguaje claro; `None`: `DATA_PATH/plain_language.yaml`.", **_PATH
    ),
    "glossary_url": Option("glosario/", "Dirección del glosario, relativa a `SITEURL`.", (str,)),
    "siteurl": Option(None, "Dirección del sitio; `None`: `SITEURL`.", **_PATH),
    "root": Option(None, "Raíz del proyecto; `None`: la carpeta de `DATA_PATH`.", **_PATH),
    "jobs": Option(0, "Procesos; 0: los núcleos libres cuando hay muchas páginas.", (int,)),
    "cache": Option(True, "Guardar los hallazgos de las páginas que no cambiaron.", (bool,)),
    "cache_path": Option(None, "Carpeta de la caché; `None`: la caché de Ventana.", **_PATH),
    "css_paths": Option(None, "Hojas de estilo a revisar; `None`: todos los `.css` publicados."),
    "palette_pairs": Option([], "Pares de colores (texto, fondo) a revisar.", (list, tuple)),
    "disable": Option([], "Reglas que no se revisan, por su id.", (list, tuple)),
    "exclude": Option([], "Páginas que no se revisan (patrones de ruta).", (list, tuple)),
    "script_paths": Option(
        ["theme/js/"],
        "Carpetas del sitio de las que puede venir un `<script>` (los scripts del tema).",
        (list, tuple),
        check=lambda paths: all(isinstance(p, str) and p.endswith("/") for p in paths),
        expected="una lista de carpetas terminadas en /, por ejemplo theme/js/",
    ),
    "readability_min_publico": Option(55.0, "Legibilidad mínima del texto general.", **_NUMBER),
    "readability_target_publico": Option(65.0, "Legibilidad deseada del texto general.", **_NUMBER),
    "readability_min_ninos": Option(
        76.0, "Legibilidad mínima del texto para niñas y niños.", **_NUMBER
    ),
    "readability_min_words": Option(40, "Palabras mínimas para medir la legibilidad.", (int,)),
    "sentence_words_warning": Option(30, "Palabras de una oración que dan advertencia.", (int,)),
    "sentence_words_error": Option(40, "Palabras de una oración que dan error.", (int,)),
    "paragraph_words": Option(120, "Palabras máximas de un párrafo.", (int,)),
    "alt_max_length": Option(150, "Caracteres máximos de un texto alternativo.", (int,)),
}
_NUMBERS = ("readability_min_publico", "readability_target_publico", "readability_min_ninos")


@dataclass(frozen=True)
class Config:
    """Validated settings shared by the plugin, the CLI and the worker processes."""

    root: Path
    glossary: Path | None
    plain_language: Path | None
    json_report: Path | None = None
    html_report: Path | None = None
    source_map: Path | None = None
    siteurl: str = ""
    glossary_url: str = "glosario/"
    jobs: int = 0
    cache_dir: Path | None = None
    css_paths: tuple[Path, ...] | None = None
    palette_pairs: tuple[tuple, ...] = ()
    disable: frozenset[str] = frozenset()
    exclude: tuple[str, ...] = ()
    script_paths: tuple[str, ...] = ("theme/js/",)
    content_path: Path | None = None
    fail_on_error: bool = False
    limits: dict[str, float] = field(default_factory=dict)
    # (sigla, nombre, anchor) of every glossary term, from the glossary plugin's
    # GLOSSARY_TERMS during a build; None on the command line (read ``glossary``).
    glossary_terms: tuple[tuple[str, str, str], ...] | None = None

    def fingerprint(self) -> str:
        """Hash of everything that changes findings, so the cache never serves stale ones."""
        parts = [
            repr(sorted(self.limits.items())),
            self.siteurl,
            self.glossary_url,
            repr(sorted(self.disable)),
            repr(self.palette_pairs),
            repr(self.glossary_terms),
            repr(self.script_paths),
        ]
        for path in (self.glossary, self.plain_language):
            if path and path.is_file():
                parts.append(hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest())
        return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()


def validate(raw: Any) -> dict[str, Any]:
    """Merge ``raw`` over the defaults, naming unknown keys and wrong types in Spanish."""
    return read_settings({NAME: raw}, NAME, OPTIONS)


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
    output = Path(settings.get("OUTPUT_PATH", "output")).resolve()
    config = _build(merged, root, data_dir, cache_folder(settings, "publish_checks"), content_path)
    for key, report in (("json_report", config.json_report), ("html_report", config.html_report)):
        if report and report.resolve().is_relative_to(output):
            fail(NAME, key, messages.REPORT_OUTSIDE_OUTPUT.format(output=output), merged[key])
    siteurl = merged["siteurl"] if merged["siteurl"] is not None else settings.get("SITEURL")
    return replace(config, siteurl=siteurl or "")


def _build(
    merged: dict[str, Any], root: Path, data_dir: Path, cache_dir: Path, content_path: Path | None
) -> Config:
    def under_root(value: Any) -> Path | None:
        return None if not value else (root / value).resolve()

    return Config(
        root=root,
        glossary=under_root(merged["glossary"]) or data_dir / "glossary.yaml",
        plain_language=under_root(merged["plain_language"]) or data_dir / "plain_language.yaml",
        json_report=under_root(merged["json_report"]),
        html_report=under_root(merged["html_report"]),
        source_map=under_root(merged["source_map"]),
        siteurl=merged["siteurl"] or "",
        glossary_url=merged["glossary_url"],
        jobs=merged["jobs"],
        cache_dir=(under_root(merged["cache_path"]) or cache_dir) if merged["cache"] else None,
        css_paths=tuple(under_root(p) for p in merged["css_paths"])
        if merged["css_paths"]
        else None,
        palette_pairs=tuple(tuple(p) for p in merged["palette_pairs"]),
        disable=frozenset(merged["disable"]),
        exclude=tuple(merged["exclude"]),
        script_paths=tuple(p.lstrip("/") for p in merged["script_paths"]),
        content_path=content_path,
        fail_on_error=merged["fail_on_error"],
        limits=limits_of(merged),
    )


def from_options(options: dict[str, Any], root: Path) -> Config:
    """Build the config for the CLI: same defaults, CLI options instead of Pelican settings."""
    merged = validate(options)
    cache_dir = cache_folder({"PATH": root / "content"}, "publish_checks")
    return _build(merged, root, root / "data", cache_dir, root / "content")
