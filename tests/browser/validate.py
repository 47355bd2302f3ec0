"""Run html-validate (from npm, pinned in tools.py) over built pages and read its report."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.browser.tools import NodeTools
from tests.sitebuild import ROOT

CONFIG = ROOT / ".htmlvalidate.json"


def html_validate(tools: NodeTools, files: list[Path]) -> list[dict]:
    """html-validate's JSON report: one entry per file with messages.

    The report goes to a file: through a pipe, Node may exit before a long report is out.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        result = subprocess.run(
            [
                tools.node,
                str(tools.html_validate),
                "--config",
                str(CONFIG),
                "--formatter",
                f"json={out}",
                *map(str, files),
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if result.returncode not in (0, 1) or not out.exists():
            pytest.fail(
                f"html-validate no pudo correr (código {result.returncode}): "
                f"{(result.stderr or result.stdout)[-2000:]}"
            )
        return json.loads(out.read_text(encoding="utf-8") or "[]")


def describe(report: list[dict], root: Path, severity: int) -> list[str]:
    lines = []
    for entry in report:
        rel = Path(entry["filePath"]).resolve().relative_to(root.resolve()).as_posix()
        for m in entry["messages"]:
            if m["severity"] == severity:
                lines.append(
                    f"{rel}:{m['line']}:{m['column']}: [{m['ruleId']}] {m['message']}"
                    f" ({m.get('selector') or ''})"
                )
    return lines
