"""A rebuild after edits ends equal to a clean build of the same files, byte for byte.

A copy of the site is built once, then edited in seeded random steps: an article's
text, a title and date that reorder the news index, a state's data, a template, an
article deleted and one added. After each step the same output folder is rebuilt
with its caches (as an editor's ``invoke build`` or the live preview does) and
compared, file by file, with a clean build into an empty folder with empty caches.
The clean builds share only the drawn images and PDFs, which are stored under the
hash of what they show; nothing else of the incremental build's caches. Those drawn
files are taken from the session's build of the real site (conftest ``site``), which
the rest of the suite builds anyway: drawing them is most of a cold build, and no
edit here changes what they show.

The fine-grained checks (exactly which files an edit rewrites, the clean-up sparing
files another plugin recorded) run on a tiny site in tests/plugins/incremental; this
test keeps every kind of edit against the real site.
"""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from tests.sitebuild import copy_project, run_pelican

SEED = 14
# Caches the clean builds keep between steps: files named by the hash of their inputs.
DRAWN = ("infographics", "lessons-pdf", "responsive_images")
WORDS = ["cuentas", "vecinos", "contratos", "obras", "datos", "comités", "denuncias"]


def files_of(output: Path) -> dict[str, bytes]:
    return {
        p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }


def news(project: Path) -> list[Path]:
    return sorted((project / "content" / "news").glob("*.md"))


def edit_text(project: Path, rng: random.Random) -> str:
    path = rng.choice(news(project))
    sentence = f"Los {rng.choice(WORDS)} se revisan cada {rng.randint(2, 9)} meses."
    path.write_text(path.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
    return f"texto de {path.name}"


def edit_title(project: Path, rng: random.Random) -> str:
    """A new title and date: the article moves in the news index and the feed."""
    path = rng.choice(news(project))
    text = path.read_text(encoding="utf-8")
    title = f"Qué pasó con los {rng.choice(WORDS)} este mes"
    text = re.sub(r"^title: .*$", f"title: {title}", text, count=1, flags=re.M)
    day = f"2026-10-{rng.randint(1, 28):02d}"
    text = re.sub(r"^date: .*$", f"date: {day}", text, count=1, flags=re.M)
    path.write_text(text, encoding="utf-8")
    return f"título y fecha de {path.name}"


def edit_state(project: Path, rng: random.Random) -> str:
    """More sessions of a state's coordinating committee: its page and the totals change."""
    states = [
        p
        for p in sorted((project / "data" / "states").glob("*.yaml"))
        if "sesiones_ultimo_anio:" in p.read_text(encoding="utf-8")
    ]
    path = rng.choice(states)
    sessions = rng.randint(3, 12)
    text = re.sub(
        r"sesiones_ultimo_anio: \d+",
        f"sesiones_ultimo_anio: {sessions}",
        path.read_text(encoding="utf-8"),
        count=1,
    )
    path.write_text(text, encoding="utf-8")
    return f"datos de {path.name}"


def edit_template(project: Path, rng: random.Random) -> str:
    """Every page shows the footer."""
    path = project / "themes" / "ventana" / "templates" / "partials" / "footer.html"
    note = f"Revisamos los {rng.choice(WORDS)} cada semana."
    text = path.read_text(encoding="utf-8").replace(
        '<p class="vt-footer__note">', f'<p class="vt-footer__note">{note} ', 1
    )
    path.write_text(text, encoding="utf-8")
    return "plantilla del pie de página"


def delete_article(project: Path, rng: random.Random) -> str:
    """An article nobody links to: its page must leave the output too."""
    linked = "\n".join(p.read_text(encoding="utf-8") for p in (project / "content").rglob("*.md"))
    path = rng.choice([p for p in news(project) if f"/news/{p.name}" not in linked])
    path.unlink()
    return f"borrado {path.name}"


def add_article(project: Path, rng: random.Random) -> str:
    number = rng.randint(100, 999)
    path = project / "content" / "news" / f"noticia-nueva-{number}.md"
    path.write_text(
        f"---\ntitle: Una noticia nueva sobre los {rng.choice(WORDS)}\n"
        f"summary: Lo que cambió este mes, en pocas palabras.\n"
        f"date: 2026-10-{rng.randint(1, 28):02d}\nslug: noticia-nueva-{number}\n---\n\n"
        "## Qué pasó\n\nEl comité revisó las cuentas y publicó lo que encontró.\n",
        encoding="utf-8",
    )
    return f"nueva {path.name}"


def edit_articles(project: Path, rng: random.Random) -> str:
    """One article's text and another's title and date, in one step.

    Neither redraws anything but the pages that show that article (its page, the
    indexes), so together they hide nothing: each page must be redrawn for its own
    file, and every other news page must stay as it was.
    """
    return f"{edit_text(project, rng)}; {edit_title(project, rng)}"


EDITS = [edit_articles, edit_state, edit_template, delete_article, add_article]


def steps(rng: random.Random) -> list:
    """Every kind of edit once, in a random order.

    A state's data, a template and a deleted or added article each change what every
    article page depends on (the data, the theme, the addresses of the site), so each
    has a step of its own: an edit that redraws everything cannot hide a page that
    another edit should have redrawn and did not.
    """
    return rng.sample(EDITS, len(EDITS))


def clean_build(project: Path, work: Path) -> dict[str, bytes]:
    """Into an empty folder, with empty caches except the drawn images and PDFs."""
    output, cache = work / "output", work / "cache"
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(work / "pelican", ignore_errors=True)
    for folder in cache.glob("*") if cache.exists() else []:
        if folder.name not in DRAWN:
            shutil.rmtree(folder)
    overrides = {"CACHE_PATH": str(work / "pelican"), "VENTANA_CACHE_PATH": str(cache)}
    result = run_pelican(project, output, extra_settings=overrides)
    assert result.returncode == 0, result.stderr[-4000:]
    return files_of(output)


def incremental_build(project: Path) -> dict[str, bytes]:
    result = run_pelican(project, project / "output")
    assert result.returncode == 0, result.stderr[-4000:]
    return files_of(project / "output")


def told(result) -> tuple[list[str], str]:
    """What a build said (stdout without the time column and Pelican's timing; stderr)."""
    lines = [re.sub(r"^\[[^\]]*\]", "", line).rstrip() for line in result.stdout.splitlines()]
    return [line for line in lines if not line.startswith("Done:")], result.stderr


def unchanged_rebuild(project: Path) -> None:
    """Built twice with nothing changed: the second writes nothing and says the same."""
    built = run_pelican(project, project / "output")
    assert built.returncode == 0, built.stderr[-4000:]
    before = {p: p.stat().st_mtime_ns for p in (project / "output").rglob("*")}
    again = run_pelican(project, project / "output")
    assert again.returncode == 0, again.stderr[-4000:]
    assert "advertencia" in built.stderr and told(again) == told(built)
    assert {p: p.stat().st_mtime_ns for p in (project / "output").rglob("*")} == before


def differences(incremental: dict[str, bytes], clean: dict[str, bytes]) -> list[str]:
    return sorted(
        [f"sobra {rel}" for rel in incremental.keys() - clean.keys()]
        + [f"falta {rel}" for rel in clean.keys() - incremental.keys()]
        + [
            f"distinto {rel}"
            for rel in clean.keys() & incremental.keys()
            if clean[rel] != incremental[rel]
        ]
    )


@pytest.mark.parametrize("seed", [SEED])
def test_rebuilds_after_random_edits_equal_clean_builds(site, tmp_path, seed):
    project = copy_project(tmp_path / "project")
    for name in DRAWN:  # drawn once: both sides start from the same images and PDFs
        drawn = site.project / ".cache" / "ventana" / name
        shutil.copytree(drawn, project / ".cache" / "ventana" / name)
        shutil.copytree(drawn, tmp_path / "clean" / "cache" / name)
    unchanged_rebuild(project)
    rng = random.Random(seed)
    for number, edit in enumerate(steps(rng), 1):
        done = edit(project, rng)
        before = {p: p.stat().st_mtime_ns for p in (project / "output").rglob("*.html")}
        incremental = incremental_build(project)
        clean = clean_build(project, tmp_path / "clean")
        wrong = differences(incremental, clean)
        assert wrong == [], f"paso {number} ({done}): {wrong[:20]}"
        if edit is not edit_template:
            # Pages the step did not change were not rewritten: they keep their date.
            same = [p for p, t in before.items() if p.exists() and p.stat().st_mtime_ns == t]
            assert len(same) > len(before) // 2, f"paso {number}: casi todo se reescribió"
