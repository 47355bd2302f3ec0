"""The shared context contract: every key declared once, one status vocabulary, one anchor."""

from __future__ import annotations

import json
import re

import pytest
from publish_checks import resources
from ventana_data import context, context_shapes

from tests.sitebuild import ROOT

KEY_LITERAL = re.compile(r"""context(?:\.get\(|\[)\s*["']([A-Za-z_]+)["']""")


def test_plugins_share_only_declared_keys():
    """A ``context["x"]`` that the contract does not declare is a guess: declare it first."""
    found = {}
    for path in (ROOT / "plugins").rglob("*.py"):
        if path.name in ("context.py", "context_shapes.py") or "ventana_tasks" in path.parts:
            continue
        for name in KEY_LITERAL.findall(path.read_text(encoding="utf-8")):
            found.setdefault(name, []).append(path.relative_to(ROOT).as_posix())
    pelican_own = {
        "SITEURL",
        "pages",
        "articles",
        "static_links",
        "static_content",
        "generated_content",
        "filenames",  # Pelican's map of source paths to their content
    }
    # What Pelican's content_written signal hands over is the written page's own
    # template variables, not the shared context: its article or page, and the
    # source_path our generators pass with it (publish_checks/source_map.py).
    pelican_own |= {"article", "page", "source_path"}
    undeclared = set(found) - set(context.BY_NAME) - pelican_own
    assert {k: found[k] for k in undeclared} == {}


def test_every_key_is_declared_once_with_producer_shape_and_consumers():
    names = [key.name for key in context.KEYS]
    assert len(names) == len(set(names))
    for key in context.KEYS:
        assert key.producer and key.shape and key.consumers and key.doc.endswith(".")


def test_every_shape_a_key_names_is_defined_in_the_shapes_module():
    """``list[StateRecord]`` means the ``StateRecord`` of context_shapes.py, nothing else."""
    builtin = {"list", "dict", "str", "int", "float", "bool"}
    for key in context.KEYS:
        for name in re.findall(r"[A-Za-z_]\w*", key.shape):
            assert name in builtin or hasattr(context_shapes, name), (key.name, name)


def test_the_status_vocabulary_is_the_schema_enum():
    schema = json.loads((ROOT / "data/schema/state.schema.json").read_text(encoding="utf-8"))
    assert schema["$defs"]["estado"]["enum"] == list(context_shapes.STATUSES)
    assert context_shapes.DONE in context_shapes.STATUSES


@pytest.mark.parametrize(
    ("sigla", "anchor"),
    [("S.N.A.", "sna"), ("SESNA", "sesna"), ("Ñandú á", "nandu-a"), ("CPC-E", "cpc-e")],
)
def test_glossary_page_and_checker_agree_on_the_anchor(tmp_path, sigla, anchor):
    glossary = tmp_path / "glossary.yaml"
    glossary.write_text(
        f'terminos:\n  - sigla: "{sigla}"\n    nombre: Un nombre\n', encoding="utf-8"
    )
    assert context_shapes.term_anchor(sigla) == anchor
    assert resources.load_glossary(glossary)[sigla].id == anchor


def test_a_missing_value_reads_as_its_empty_shape():
    assert context.STATES.get({}) == [] and context.STATES_SUMMARY.get({}) == {}
    assert context.STATES_CONFIG.get({}) is None
