"""What the editorial checks tell communications staff, in one place."""

BROKEN_LINK = {
    "message": "el enlace apunta a un archivo que no existe: {target}.",
    "expected": (
        "la ruta de un archivo dentro de content/, por ejemplo {filename}/pages/glosario.md"
    ),
    "hint": "Revisa el nombre del archivo (mayúsculas, acentos, extensión .md).",
}
