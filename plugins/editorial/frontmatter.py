"""One Markdown file: its YAML header against the schema, and its intrasite links."""

from __future__ import annotations

import re
from pathlib import Path

from ventana_data import DataError, load_schema, load_yaml_text, validate

LINK_RE = re.compile(r"\{(filename|static)\}([^)\s#?\"']+)")


def check_markdown_file(path: Path, root: Path, schema: Path, content: Path) -> list[DataError]:
    display = _display(path, root)
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return [DataError(display, 1, 1, "", "falta el encabezado YAML al inicio del archivo.",
                          expected="una primera línea con ---, luego title: ..., y otra línea ---",
                          found=f"«{lines[0][:60]}»" if lines else "un archivo vacío",
                          hint="Copia el encabezado de otra página y cambia sus valores.")]
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() in ("---", "..."))
    except StopIteration:
        return [DataError(display, 1, 1, "", "el encabezado YAML no se cierra.",
                          expected="una línea con --- después de los datos del encabezado",
                          found="ninguna línea de cierre",
                          hint="Agrega una línea con --- antes del texto de la página.")]
    doc = load_yaml_text("\n".join(lines[1:end]), display, line_offset=1)
    errors = list(doc.errors)
    if not errors:
        if not isinstance(doc.data, dict):
            errors.append(DataError(display, 2, 1, "", "el encabezado debe tener claves como «title: ...».",
                                    hint="Escribe una clave por línea: title, summary, date."))
        else:
            errors += validate(doc, load_schema(str(schema)))
    errors += _broken_links(lines, end, path, content, display)
    return errors


def _broken_links(lines: list[str], start: int, path: Path, content: Path, display: str) -> list[DataError]:
    errors = []
    for number, line in enumerate(lines[start:], start=start + 1):
        for match in LINK_RE.finditer(line):
            target = match.group(2)
            resolved = content / target.lstrip("/") if target.startswith("/") else path.parent / target
            if not resolved.exists():
                errors.append(DataError(
                    display, number, match.start() + 1, "",
                    f"el enlace apunta a un archivo que no existe: {target}.",
                    expected="la ruta de un archivo dentro de content/, por ejemplo {filename}/pages/glosario.md",
                    found=match.group(0),
                    hint="Revisa el nombre del archivo (mayúsculas, acentos, extensión .md).",
                ))
    return errors


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
