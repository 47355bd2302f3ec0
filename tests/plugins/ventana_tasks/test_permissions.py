"""A liaison's change may only touch their own state's files (EDITORES), on a real git repo."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from ventana_tasks.permissions import RULES_FILE, compile_pattern, main, read_rules

from tests.sitebuild import ROOT


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    """The project's EDITORES and state files on a main branch, then a change branch."""
    if not shutil.which("git"):
        pytest.fail("falta git")
    shutil.copy(ROOT / RULES_FILE, tmp_path / RULES_FILE)
    shutil.copytree(ROOT / "data" / "states", tmp_path / "data" / "states")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@e", "add", "-A")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "base")
    git(tmp_path, "checkout", "-q", "-b", "cambio")
    return tmp_path


def change(repo: Path, *rels: str) -> None:
    for rel in rels:
        path = repo / rel
        path.write_text(path.read_text(encoding="utf-8") + "\n# cambio\n", encoding="utf-8")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qam", "cambio")


def test_a_liaison_may_change_their_own_state(repo, capsys):
    change(repo, "data/states/jalisco.yaml")
    assert main(repo, ["--user", "enlace-jalisco", "--base", "main"]) == 0
    assert "@enlace-jalisco puede cambiar los 1 archivos" in capsys.readouterr().out


def test_a_liaison_changing_another_state_is_refused_in_spanish(repo, capsys):
    change(repo, "data/states/jalisco.yaml", "data/states/sonora.yaml")
    assert main(repo, ["--user", "@enlace-jalisco", "--base", "main"]) == 2
    err = capsys.readouterr().err
    assert "data/states/sonora.yaml: @enlace-jalisco no puede cambiar este archivo." in err
    assert "Puede cambiar: /data/states/jalisco.yaml, /content/states/jalisco.md." in err
    assert "jalisco.yaml:" not in err.replace("states/jalisco.yaml,", "")
    assert "El cambio no se puede publicar así." in err


def test_a_renamed_file_counts_under_both_names(repo, capsys):
    git(repo, "mv", "data/states/sonora.yaml", "data/states/jalisco-2.yaml")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@e", "commit", "-qm", "renombra")
    assert main(repo, ["--user", "enlace-jalisco", "--base", "main"]) == 2
    err = capsys.readouterr().err
    assert "data/states/sonora.yaml: @enlace-jalisco" in err
    assert "data/states/jalisco-2.yaml: @enlace-jalisco" in err


def test_a_reviewer_may_change_anything_and_a_stranger_nothing(repo, capsys):
    change(repo, "data/states/sonora.yaml", RULES_FILE)
    assert main(repo, ["--user", "revision-sesna", "--base", "main"]) == 0
    assert main(repo, ["--user", "alguien", "--base", "main"]) == 2
    assert "@alguien no aparece en EDITORES" in capsys.readouterr().err


def test_the_author_comes_from_the_pipeline_and_is_required(repo, capsys, monkeypatch):
    change(repo, "data/states/sonora.yaml")
    for name in ("VENTANA_CHANGE_AUTHOR", "GITHUB_ACTOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GITLAB_USER_LOGIN", "enlace-sonora")
    monkeypatch.setenv("CI_MERGE_REQUEST_DIFF_BASE_SHA", "main")
    assert main(repo, []) == 0
    monkeypatch.delenv("GITLAB_USER_LOGIN")
    assert main(repo, []) == 1
    assert "No sé quién hizo el cambio" in capsys.readouterr().err


def test_the_sample_accounts_are_marked_and_every_run_says_so(repo, capsys):
    """EDITORES ships with sample accounts; once SESNA fills in real ones, the notice goes."""
    text = (repo / RULES_FILE).read_text(encoding="utf-8")
    assert text.startswith("# DATOS DE EJEMPLO.")
    change(repo, "data/states/jalisco.yaml")
    assert main(repo, ["--user", "enlace-jalisco", "--base", "main"]) == 0
    assert "EDITORES todavía tiene cuentas de ejemplo (Datos de ejemplo)" in (
        capsys.readouterr().err
    )
    filled = text.replace("# sample: true\n", "").replace("@enlace-jalisco", "@usuario-jalisco")
    (repo / RULES_FILE).write_text(filled, encoding="utf-8")
    assert main(repo, ["--user", "usuario-jalisco", "--base", "main"]) == 0
    out = capsys.readouterr()
    assert "ejemplo" not in out.err and "@usuario-jalisco puede cambiar" in out.out


def test_a_line_without_users_is_reported_with_its_number(tmp_path):
    rules = tmp_path / RULES_FILE
    rules.write_text("# comentario\n/data/states/jalisco.yaml\n", encoding="utf-8")
    with pytest.raises(Exception, match=r"EDITORES:2: la línea «/data/states/jalisco.yaml»"):
        read_rules(rules)


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("*", "data/states/jalisco.yaml", True),
        ("/data/states/jalisco.yaml", "data/states/jalisco.yaml", True),
        ("/data/states/jalisco.yaml", "data/states/jalisco.yaml.bak", False),
        ("/content/news/", "content/news/2026-nota.md", True),
        ("/content/news/", "content/newsletter.md", False),
        ("/data/states/*.yaml", "data/states/sub/x.yaml", False),
        ("/data/**/x.yaml", "data/a/b/x.yaml", True),
        ("jalisco.md", "content/states/jalisco.md", True),
    ],
)
def test_patterns_follow_codeowners(pattern, path, matches):
    assert bool(compile_pattern(pattern).fullmatch(path)) is matches


def test_every_state_file_has_exactly_one_liaison():
    rules = read_rules(ROOT / RULES_FILE)
    for path in sorted((ROOT / "data" / "states").glob("[!_]*.yaml")):
        rel = path.relative_to(ROOT).as_posix()
        liaisons = {u for r in rules if r.pattern != "*" and r.matches(rel) for u in r.users}
        assert liaisons == {f"enlace-{path.stem}"}, rel
