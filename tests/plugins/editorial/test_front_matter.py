"""Bytes and YAML an editor can get wrong in a page or a news item: one Spanish message each.

Invalid UTF-8 used to raise ``UnicodeDecodeError`` from the editorial check, and a
broken header made pelican-yaml-metadata print a traceback before our message. Both
the build and `invoke validate` must now stop with file:line, and no traceback.
"""

from __future__ import annotations

import pytest

from tests.sitebuild import build, run_task
from tests.test_errors import snapshot

PAGE = "content/pages/acerca.md"
NEWS = "content/news/2026-11-02-nace-ventana.md"


def break_files(project) -> None:
    page = project / PAGE
    page.write_bytes(page.read_bytes().replace(b"title: ", b"title: Acerca \xff\xfe ", 1))
    news = project / NEWS
    text = news.read_text(encoding="utf-8")
    lines = text.split("\n")
    lines.insert(2, "etiquetas: [sin cerrar")  # a flow list that never closes: YAML stops
    news.write_text("\n".join(lines), encoding="utf-8")


EXPECTED = [
    f"{PAGE}:2:",
    "el archivo no está guardado como UTF-8.",
    "los bytes ff fe",
    f"{NEWS}:",
    "Puede haber más errores en este archivo",
]


@pytest.mark.parametrize("how", ["build", "validate"])
def test_bad_bytes_and_broken_header_give_spanish_messages(project_copy, how):
    break_files(project_copy)
    output = project_copy / "output"
    output.mkdir()
    (output / "index.html").write_text("sitio anterior", encoding="utf-8")
    before = snapshot(output)
    if how == "build":
        result = build(project_copy, output).result
    else:
        result = run_task(project_copy, "validate", timeout=300)
    err = result.stdout + result.stderr
    assert result.returncode != 0, err[-3000:]
    for text in EXPECTED:
        assert text in err, (text, err[-3000:])
    assert "Traceback" not in err, err[-3000:]
    assert "UnicodeDecodeError" not in err and "Could not process" not in err, err[-3000:]
    assert snapshot(output) == before
