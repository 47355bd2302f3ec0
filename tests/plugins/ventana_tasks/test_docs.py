"""Docs tables generated from the code stay equal to the code."""

from __future__ import annotations

from ventana_tasks import docs


def test_generated_docs_tables_match_the_code():
    assert docs.drifted() == [], "corre: invoke docs"


def test_a_changed_option_shows_as_drift(tmp_path):
    for rel in docs.TABLES:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        text = (docs.ROOT / rel).read_text(encoding="utf-8")
        stale = text.replace("-->\n", "-->\n| `clave_que_ya_no_existe` |\n", 1)
        (tmp_path / rel).write_text(stale, encoding="utf-8")
    assert sorted(docs.drifted(tmp_path)) == sorted(docs.TABLES)
