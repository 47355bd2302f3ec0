"""Two clean builds of the same commit are byte-identical, file by file.

The second copy lives at a path of another length, its files carry another
modification time (as after a fresh clone) and it builds in another time zone, so
a date read from the clock or the file system, or an absolute path written into
the output, shows up as a differing file.
"""

from __future__ import annotations

import os
from pathlib import Path

from tests.sitebuild import copy_project, run_pelican

# A fresh clone: every file of the second copy dated 2001-09-09.
OTHER_MTIME = 1_000_000_000


def files_of(output: Path) -> dict[str, bytes]:
    return {
        p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }


def touch_all(folder: Path, when: int) -> None:
    for path in folder.rglob("*"):
        os.utime(path, (when, when), follow_symlinks=False)


def test_two_clean_builds_of_the_site_are_byte_identical(tmp_path):
    first = copy_project(tmp_path / "a")
    second = copy_project(tmp_path / "una-carpeta-con-otro-largo" / "b")
    touch_all(second, OTHER_MTIME)
    builds = []
    for project, env in ((first, {}), (second, {"TZ": "Asia/Tokyo"})):
        result = run_pelican(project, project / "output", "publishconf.py", extra_env=env)
        assert result.returncode == 0, result.stderr[-4000:]
        builds.append(files_of(project / "output"))
    one, two = builds
    assert sorted(one) == sorted(two)
    differing = sorted(rel for rel in one if one[rel] != two[rel])
    assert differing == [], f"{len(differing)} archivos distintos: {differing}"
    kinds = {Path(rel).suffix for rel in one}
    assert {".html", ".png", ".json", ".csv", ".xml", ".pdf"} <= kinds
    assert {"sitemap.xml", "feeds/noticias.atom.xml", "feeds/estados.atom.xml"} <= set(one)
    leaked = sorted(rel for rel, data in two.items() if str(tmp_path).encode() in data)
    assert leaked == [], f"rutas absolutas en la salida: {leaked}"
