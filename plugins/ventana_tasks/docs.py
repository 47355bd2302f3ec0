"""Docs tables that describe code, written from the code: ``invoke docs``.

Each table sits in a Markdown file between ``<!-- generado: NAME -->`` and
``<!-- fin: NAME -->``; this script rewrites what lies between. With ``--check`` it
changes nothing and exits 1 when a table no longer matches the code (a test runs it).
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

from publish_checks import rule_docs
from ventana_data import context
from ventana_data.settings import docs_table

ROOT = Path(__file__).resolve().parents[2]
PLUGINS = ROOT / "plugins"


def settings_tables() -> str:
    """One table per plugin that declares ``NAME`` and ``OPTIONS`` in its settings.py."""
    parts = []
    for path in sorted(PLUGINS.glob("*/settings.py")):
        module = importlib.import_module(f"{path.parent.name}.settings")
        if hasattr(module, "OPTIONS"):
            parts.append(f"### `{module.NAME}` ({path.parent.name})\n\n")
            parts.append(docs_table(module.NAME, module.OPTIONS) + "\n\n")
    return "".join(parts).rstrip("\n")


TABLES = {
    "docs/architecture.md": {"context-keys": context.docs_table},
    "docs/settings.md": {"settings": settings_tables},
    "docs/publish_checks.md": {"rules": rule_docs.rules_table, "axe": rule_docs.axe_table},
}


def render(text: str, blocks: dict) -> str:
    for name, make in blocks.items():
        pattern = re.compile(
            rf"(<!-- generado: {name} -->\n).*?(<!-- fin: {name} -->)", flags=re.DOTALL
        )
        if not pattern.search(text):
            raise SystemExit(f"falta el bloque «{name}» en la documentación")
        table = make()
        text = pattern.sub(lambda m, table=table: m.group(1) + table + "\n" + m.group(2), text)
    return text


def drifted(root: Path = ROOT) -> list[str]:
    """The docs files whose generated tables differ from the code."""
    return [
        rel
        for rel, blocks in TABLES.items()
        if render((root / rel).read_text(encoding="utf-8"), blocks)
        != (root / rel).read_text(encoding="utf-8")
    ]


def main(argv: list[str]) -> int:
    if "--check" in argv:
        stale = drifted()
        for rel in stale:
            print(f"{rel}: las tablas no coinciden con el código; corre invoke docs")
        return 1 if stale else 0
    for rel, blocks in TABLES.items():
        path = ROOT / rel
        path.write_text(render(path.read_text(encoding="utf-8"), blocks), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
