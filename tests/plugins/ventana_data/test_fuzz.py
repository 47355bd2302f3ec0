"""Hostile and careless edits of every kind of editor file: Spanish errors, never a traceback.

Hypothesis picks a real file (a state, the glossary, an infographic, a lesson, a state
narrative, a page, the home page, a news item), one mutation of
``tests/fuzz_editor_files.py`` and a seed; the plugin's real loader must answer with
errors that name the file and a line, or accept the file, and never raise or hang.
A few hundred examples by default; ``VENTANA_FUZZ_EXAMPLES=5000`` for a long run.
"""

from __future__ import annotations

import os
import random
import re
import signal
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_editor_files import KINDS, MUTATIONS, has_line, original, run_kind
from tests.sitebuild import copy_project, run_task

INFOGRAPHIC = "data/infographics/sistema-nacional-anticorrupcion.yaml"
EXAMPLES = int(os.environ.get("VENTANA_FUZZ_EXAMPLES", "300"))
HANG_SECONDS = 60  # far above the slowest example; only a real hang reaches it
# PyYAML's and Python's English, which must never reach an editor as the message.
ENGLISH = re.compile(r"\b(expected|found|while|could not|cannot|Error|Traceback)\b")


class Hang(Exception):
    pass


def _alarm(_signum, _frame):
    raise Hang


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory(prefix="ventana-fuzz-") as tmp:
        yield Path(tmp)


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_the_real_files_load_without_errors(kind, tmp_path):
    """The baseline: an untouched file gives no error, so every error below is the mutation's."""
    outcome = run_kind(kind, original(kind), tmp_path / "s")
    assert outcome.exception is None
    assert outcome.errors == []


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(KINDS),
    mutation=st.sampled_from(MUTATIONS),
    seed=st.integers(0, 2**32 - 1),
)
def test_every_mutation_gives_spanish_errors_with_a_line(scratch, kind, mutation, seed):
    name, must_fail, mutate = mutation
    content = mutate(random.Random(seed), original(kind))
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    try:
        outcome = run_kind(kind, content, scratch / "s")
    except Hang:
        pytest.fail(f"{kind.name} / {name}: more than {HANG_SECONDS} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert outcome.exception is None, f"{kind.name} / {name}: {outcome.exception!r}"
    if must_fail and not (name == "segundo documento" and kind.target.endswith(".md")):
        assert outcome.errors, f"{kind.name} / {name}: the file loaded without a word"
    for error in outcome.errors:
        assert has_line(error, kind), error
        assert not ENGLISH.search(error.message), error.message
        assert "error interno" not in error.message, error


def test_validate_reports_every_broken_kind_in_spanish_and_fails(tmp_path):
    """`invoke validate` on a copy of the site with a mistake in each kind of editor file."""
    project = copy_project(tmp_path / "project")
    mistakes = {
        "data/states/jalisco.yaml": lambda b: b.replace(b"sample: true", b"sample: &a true", 1),
        "data/glossary.yaml": lambda b: b + b"\nx: &a [*a]\n",
        "data/infographics/sistema-nacional-anticorrupcion.yaml": lambda b: (
            b + b"\n2024-13-01: x\n"
        ),
        "content/lessons/01-la-cartera-perdida.md": lambda b: b.replace(b"title:", b"\ttitle:", 1),
        "content/states/jalisco.md": lambda b: b.replace(b"title:", b"title: \x00", 1),
        "content/pages/acerca.md": lambda b: b.replace(b"title: ", b"title: \xff", 1),
        "content/pages/inicio.md": lambda b: b.replace(b"sections:", b"sections: [", 1),
        "content/news/2026-11-02-nace-ventana.md": lambda b: b.replace(
            b"title:", b"x: " + b"[" * 5000 + b"\ntitle:", 1
        ),
    }
    for rel, mutate in mistakes.items():
        path = project / rel
        path.write_bytes(mutate(path.read_bytes()))
    result = run_task(project, "validate", timeout=300)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out[-3000:]
    assert "Traceback" not in out, out[-3000:]
    for rel in mistakes:
        assert re.search(re.escape(rel) + r":\d+:\d+: ", out), (rel, out[-4000:])
    assert "error interno" not in out, out[-3000:]
    assert "Abortado con" in out
