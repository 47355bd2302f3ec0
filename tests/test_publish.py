"""`invoke publish` swaps the deploy folder only after a clean build, in one step."""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from ventana_tasks.publish import pause_marker, releases_dir

from tests.sitebuild import run_task
from tests.test_errors import snapshot


def publish(project, dest="deploy", **env):
    return run_task(project, "publish", {"VENTANA_DEPLOY_PATH": dest, **env})


def test_a_second_publish_says_one_is_running_and_touches_nothing(project_copy):
    """The lock is held here as a running publish holds it; with a wait, the second gives up."""
    with open(project_copy / ".deploy.lock", "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = publish(project_copy, VENTANA_PUBLISH_WAIT="1")
    assert result.returncode == 1
    assert "Otra publicación está en curso" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project_copy / "deploy").exists()
    releases = project_copy / ".deploy-releases"
    assert not releases.exists() or not any(releases.iterdir())


def test_failed_build_leaves_the_published_site_exactly_as_it_was(project_copy):
    deploy = project_copy / "deploy"
    deploy.mkdir()
    (deploy / "index.html").write_text("<p>sitio publicado anterior</p>", encoding="utf-8")
    (deploy / "datos").mkdir()
    (deploy / "datos" / "estados.csv").write_text("a,b\n", encoding="utf-8")
    before = snapshot(deploy)
    # Break the build on purpose: a template that does not compile.
    (project_copy / "themes" / "ventana" / "templates" / "page.html").write_text(
        "{% extends 'base.html' %}{% block content %}{{ page.content }", encoding="utf-8"
    )
    result = publish(project_copy)
    assert result.returncode != 0
    assert "El sitio publicado en" in result.stderr and "no cambió" in result.stderr
    # Pelican's failure reads in Spanish, at the template's line; its traceback only in reports/.
    shown = result.stdout + result.stderr
    assert "Traceback" not in shown and "CRITICAL" not in shown, shown[-3000:]
    assert (
        "themes/ventana/templates/page.html:1: La compilación se detuvo: una plantilla del "
        "tema está mal escrita" in result.stderr
    ), shown[-3000:]
    assert "quedó en reports/pelican-errores.log" in result.stderr
    detail = (project_copy / "reports" / "pelican-errores.log").read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in detail and "TemplateSyntaxError" in detail
    assert deploy.is_dir() and not deploy.is_symlink()
    assert snapshot(deploy) == before
    releases = project_copy / ".deploy-releases"
    assert not releases.exists() or not any(releases.iterdir())


def test_clean_build_is_swapped_in_with_one_rename(project_copy):
    # What a publish killed mid-way leaves: a half-built folder, and a finished
    # release that was never swapped in. Neither counts as a release.
    releases = project_copy / ".deploy-releases"
    (releases / "incompleta-20260101-000000-1").mkdir(parents=True)
    (releases / "20260101-000000-2" / "index.html").parent.mkdir()
    (releases / "20260101-000000-2" / "index.html").write_text("<p>nunca</p>", encoding="utf-8")
    first = publish(project_copy)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    deploy = project_copy / "deploy"
    assert deploy.is_symlink()
    release_one = os.readlink(deploy)
    name = os.path.basename(release_one)
    assert re.fullmatch(r"\d{8}-\d{6}-\d+", name)
    assert sorted(p.name for p in releases.iterdir()) == sorted(["desplegadas.json", name])
    assert json.loads((releases / "desplegadas.json").read_text(encoding="utf-8")) == [name]
    assert (deploy / "index.html").exists()
    html = (deploy / "index.html").read_text(encoding="utf-8")
    assert 'href="https://' in html  # publishconf: absolute SITEURL
    assert (deploy / "sitemap.xml").exists()
    # The news feed exists and the news index links it where a reader sees it.
    news = (deploy / "noticias" / "index.html").read_text(encoding="utf-8")
    assert "Suscríbete a las noticias" in news
    feed = (deploy / "feeds" / "noticias.atom.xml").read_text(encoding="utf-8")
    # Not an official site: the feed names the footer's owner, never an institution.
    assert re.findall(r"<author><name>([^<]*)</name>", feed) and set(
        re.findall(r"<author><name>([^<]*)</name>", feed)
    ) == {"Equipo de Ventana"}
    assert "Secretaría Ejecutiva" not in feed
    # A content mistake blocks the next publish; the link still points at release one.
    (project_copy / "content" / "pages" / "rota.md").write_text(
        "---\ntitle: Rota\n---\nSin resumen.\n", encoding="utf-8"
    )
    second = publish(project_copy)
    assert second.returncode != 0
    assert os.readlink(deploy) == release_one
    assert "falta la clave obligatoria 'summary'" in second.stderr


def test_with_the_gitlab_app_id_the_form_is_published_and_left_out_of_the_checks(
    project_copy,
):
    """SESNA sets VENTANA_CMS_*: /admin/ is deployed for GitLab, and the final gate of
    publish, like the build, does not count it as a page for readers."""
    result = publish(
        project_copy, VENTANA_CMS_APP_ID="abc123", VENTANA_CMS_REPO="sesna/ventana-datos"
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    admin = project_copy / "deploy" / "admin"
    config = yaml.safe_load((admin / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["app_id"] == "abc123"
    assert config["backend"]["repo"] == "sesna/ventana-datos"
    assert config["publish_mode"] == "editorial_workflow"
    assert "local_backend" not in config
    assert "noindex" in (admin / "index.html").read_text(encoding="utf-8")
    sitemap = (project_copy / "deploy" / "sitemap.xml").read_text(encoding="utf-8")
    assert "/admin" not in sitemap


def test_a_page_failing_the_checks_blocks_publish_and_keeps_the_site(project_copy):
    first = publish(project_copy)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    deploy = project_copy / "deploy"
    before = snapshot(deploy)
    page = project_copy / "content" / "pages" / "acerca.md"
    page.write_text(
        page.read_text(encoding="utf-8") + '\n\n<img src="/images/ventana-secciones.png">\n\n'
        "Para más detalles haz [clic aquí](/estados/).\n",
        encoding="utf-8",
    )
    second = publish(project_copy)
    assert second.returncode == 2  # the content failed, not the tool
    output = second.stdout + second.stderr
    assert "content/pages/acerca.md" in output
    assert "img-alt-missing" in output and "link-ambiguous" in output
    assert snapshot(deploy) == before


def checks_running(releases):
    """True while the publish checks run on a built release, before it is swapped in."""
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"publish_checks" in args and any(str(releases).encode() in a for a in args):
            return True
    return False


def kill_publish_when(project, ready, **extra):
    """Start ``invoke publish`` and kill -9 its whole process group once ``ready()``."""
    env = {**os.environ, "PYTHONPATH": str(project / "plugins"), **extra}
    cmd = [sys.executable, "-m", "invoke", "publish"]
    killed = subprocess.Popen(cmd, cwd=project, env=env, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and not ready() and killed.poll() is None:
        time.sleep(0.05)
    assert ready(), "the publish reached the point where it is killed"
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait()
    return env, cmd


def kill_during_build(project, ready=None, **extra):
    """Start ``invoke publish`` and kill -9 it once ``ready`` (default: once its
    half-built folder has files)."""
    releases = project / ".deploy-releases"
    ready = ready or (lambda: list(releases.glob("incompleta-*/*")))
    env, cmd = kill_publish_when(project, ready, **extra)
    assert list(releases.glob("incompleta-*")), "the build had started"
    return env, cmd


def test_killed_then_concurrent_publishes_leave_one_complete_release(project_copy):
    """kill -9 during the build (once its half-built folder appears), then two at once.

    Both later publishes finish, one after the other behind the lock, in distinct
    folders; the link ends on a complete release and nothing of the killed one stays.
    """
    releases = project_copy / ".deploy-releases"
    env, cmd = kill_during_build(project_copy)
    both = [
        subprocess.Popen(cmd, cwd=project_copy, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=900)[0] for p in both]
    assert [p.returncode for p in both] == [0, 0], outputs
    record = json.loads((releases / "desplegadas.json").read_text(encoding="utf-8"))
    assert len(set(record)) == 2
    assert os.path.basename(os.readlink(project_copy / "deploy")) == record[-1]
    assert sorted(p.name for p in releases.iterdir()) == sorted(["desplegadas.json", *record])
    assert (project_copy / "deploy" / "sitemap.xml").exists()


@pytest.fixture
def small_disk(tmp_path):
    """A real tmpfs, so the disk fills up for real; unmounted afterwards."""
    disk = tmp_path / "disco"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256m", "tmpfs", str(disk)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=True)


def shrink(disk, free_kib):
    """Leave only ``free_kib`` KiB free on the tmpfs."""
    used_kib = shutil.disk_usage(disk).used // 1024
    subprocess.run(["mount", "-o", f"remount,size={used_kib + free_kib}k", str(disk)], check=True)


def test_a_full_disk_stops_publish_in_spanish_and_keeps_the_site(project_copy, small_disk):
    deploy = small_disk / "deploy"
    first = publish(project_copy, str(deploy))
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    release_one = os.readlink(deploy)
    before = snapshot(deploy)
    shrink(small_disk, 256)  # far less than a site: the build fills the disk
    second = publish(project_copy, str(deploy))
    assert second.returncode != 0
    assert "no queda espacio en el disco" in second.stderr, second.stderr[-3000:]
    assert "libera espacio en ese disco" in second.stderr
    assert "Traceback" not in second.stdout + second.stderr
    assert os.readlink(deploy) == release_one
    assert snapshot(deploy) == before
    releases = releases_dir(deploy)
    assert sorted(p.name for p in releases.iterdir()) == sorted(
        ["desplegadas.json", os.path.basename(release_one)]
    )


def test_pruning_keeps_the_last_deployed_releases_and_never_a_half_one(project_copy):
    """Publish, kill one mid-build, leave a finished release that was never swapped in
    (newer than every other folder), then publish twice: with N=2, the two last
    deployed remain, and neither the half release nor the undeployed one counts."""
    releases = project_copy / ".deploy-releases"
    deploy = project_copy / "deploy"
    keep = {"VENTANA_KEEP_RELEASES": "2"}
    first = publish(project_copy, **keep)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    kill_during_build(project_copy, **keep)
    never = releases / "29991231-235959-1"  # newest by name and by modification time
    shutil.copytree(deploy, never)
    names = []
    for _ in range(2):
        result = publish(project_copy, **keep)
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        names.append(os.path.basename(os.readlink(deploy)))
        assert not list(releases.glob("incompleta-*"))
    assert json.loads((releases / "desplegadas.json").read_text(encoding="utf-8")) == names
    assert sorted(p.name for p in releases.iterdir()) == sorted(["desplegadas.json", *names])
    assert (deploy / "sitemap.xml").exists() and (deploy / "index.html").exists()


@pytest.mark.parametrize("point", ["during_build", "checks_running"])
def test_kill_9_leaves_the_previous_release_and_nothing_that_counts(project_copy, point):
    """kill -9 while Pelican writes, and after the build while the checks run (the
    last step before the swap): deploy/ still points at the complete release one."""
    releases = project_copy / ".deploy-releases"
    deploy = project_copy / "deploy"
    first = publish(project_copy)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    release_one = os.readlink(deploy)
    before = snapshot(deploy)
    ready = (lambda: checks_running(releases)) if point == "checks_running" else None
    kill_during_build(project_copy, ready)
    assert os.readlink(deploy) == release_one
    assert snapshot(deploy) == before
    name = os.path.basename(release_one)
    assert json.loads((releases / "desplegadas.json").read_text(encoding="utf-8")) == [name]
    left = {p.name for p in releases.iterdir()} - {"desplegadas.json", name}
    assert left and all(n.startswith("incompleta-") for n in left), left


@pytest.mark.parametrize("moment", ["antes-de-enlazar", "durante-limpieza"])
def test_kill_9_at_the_swap_or_while_pruning_serves_a_whole_release(project_copy, moment):
    """kill -9 after the new release got its name but before the link moves, and while
    an old release is half removed (VENTANA_PUBLISH_PAUSE holds publish there): deploy/
    serves a complete release byte for byte, and the next publish cleans up."""
    releases = project_copy / ".deploy-releases"
    deploy = project_copy / "deploy"
    keep = {"VENTANA_KEEP_RELEASES": "1"}  # the second publish prunes release one
    first = publish(project_copy, **keep)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-3000:]
    release_one = os.path.basename(os.readlink(deploy))
    complete = snapshot(deploy)  # builds are reproducible: every release reads the same
    marker = pause_marker(deploy)
    kill_publish_when(project_copy, marker.exists, VENTANA_PUBLISH_PAUSE=moment, **keep)
    marker.unlink()
    served = os.path.basename(os.readlink(deploy))
    assert snapshot(deploy) == complete
    names = {p.name for p in releases.iterdir()} - {"desplegadas.json"}
    if moment == "antes-de-enlazar":
        assert served == release_one
        (new,) = names - {release_one}  # complete, but never linked: not counted
        assert snapshot(releases / new) == complete
        assert json.loads((releases / "desplegadas.json").read_text("utf-8")) == [release_one]
    else:
        assert served != release_one
        assert json.loads((releases / "desplegadas.json").read_text("utf-8")) == [served]
        (half,) = names - {served}  # release one, renamed before it was half removed
        assert half == f"incompleta-{release_one}"
        assert 0 < len(list((releases / half).iterdir())) < len(list(deploy.iterdir()))
    recovered = publish(project_copy, **keep)
    assert recovered.returncode == 0, recovered.stdout[-3000:] + recovered.stderr[-3000:]
    latest = os.path.basename(os.readlink(deploy))
    assert latest not in (release_one, served)
    assert snapshot(deploy) == complete
    assert sorted(p.name for p in releases.iterdir()) == sorted(["desplegadas.json", latest])
