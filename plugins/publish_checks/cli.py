"""``python -m publish_checks`` / ``invoke check``: check any folder of HTML files.

Exit codes: 0 no errors, 2 the content has errors, 1 the tool itself failed.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import messages, reporters, runner, settings
from .errors import PublishChecksError

logger = logging.getLogger(__name__)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="publish_checks",
        description="Revisa legibilidad, lenguaje claro, accesibilidad y enlaces de páginas HTML.",
    )
    p.add_argument("--path", default="output", help="carpeta con las páginas .html (output/)")
    p.add_argument("--json", help="escribir el reporte JSON en este archivo")
    p.add_argument("--html", help="escribir el reporte HTML en este archivo")
    p.add_argument("--glossary", help="glosario YAML (data/glossary.yaml)")
    p.add_argument("--plain-language", help="lista de términos YAML (data/plain_language.yaml)")
    p.add_argument(
        "--siteurl", help="dirección del sitio; los enlaces que empiezan así son internos"
    )
    p.add_argument("--root", default=".", help="raíz del proyecto para ubicar archivos fuente")
    p.add_argument(
        "--exclude",
        action="append",
        default=[],
        help="páginas que no se revisan, patrón de ruta (se puede repetir): admin/*",
    )
    p.add_argument("--jobs", type=int, default=0, help="procesos (0: los núcleos libres)")
    p.add_argument("--no-cache", action="store_true", help="revisar todo sin usar la caché")
    p.add_argument("--quiet", action="store_true", help="mostrar solo el resumen")
    p.add_argument(
        "--all", action="store_true", help="mostrar todos los hallazgos, no solo los primeros 20"
    )
    return p


def _config(args: argparse.Namespace) -> settings.Config:
    root = Path(args.root).resolve()
    options = {
        "jobs": args.jobs,
        "cache": not args.no_cache,
        "json_report": args.json,
        "html_report": args.html,
        "siteurl": args.siteurl or "",
        "exclude": list(args.exclude),
    }
    if args.glossary:
        options["glossary"] = str(Path(args.glossary).resolve())
    if args.plain_language:
        options["plain_language"] = str(Path(args.plain_language).resolve())
    return settings.from_options(options, root)


def main(argv: list[str] | None = None) -> int:
    """Run the checks; returns the exit code instead of exiting, for ``invoke`` tasks."""
    args = parser().parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        config = _config(args)
        report = runner.run(Path(args.path), config)
        where = args.html or args.json or ""
        limit = None if args.all else reporters.terminal.SHOWN
        output = report.summary() if args.quiet else reporters.terminal.render(report, limit, where)
        sys.stdout.write(output + "\n")
        reporters.write_files(report, config.json_report, config.html_report)
    except PublishChecksError as exc:
        sys.stderr.write(messages.TOOL_FAILED.format(problem=exc) + "\n")
        return exc.exitcode
    except Exception as exc:  # a bug or an unreadable file: the tool failed, not the content
        logger.exception(messages.TOOL_FAILED.format(problem=exc))
        return 1
    return 2 if report.errors else 0
