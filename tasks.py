"""Everyday commands, in the shape of the tasks.py that pelican-quickstart writes.

Run ``invoke --list`` to see them. Every task runs from the project folder.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import webbrowser
from pathlib import Path

from invoke import task
from invoke.main import program
from pelican.server import ComplexHTTPRequestHandler, RootedHTTPServer
from pelican.settings import DEFAULT_CONFIG, get_settings_from_file

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "plugins"))

OPEN_BROWSER_ON_SERVE = False
SETTINGS_FILE_BASE = "pelicanconf.py"
SETTINGS: dict = {}
SETTINGS.update(DEFAULT_CONFIG)
SETTINGS.update(get_settings_from_file(str(ROOT / SETTINGS_FILE_BASE)))

CONFIG = {
    "settings_base": SETTINGS_FILE_BASE,
    "settings_publish": "publishconf.py",
    "output_path": SETTINGS["OUTPUT_PATH"],
    # Where the production site lives: a link swapped in one step on each publish.
    "deploy_path": os.environ.get("VENTANA_DEPLOY_PATH", "deploy"),
    "keep_releases": int(os.environ.get("VENTANA_KEEP_RELEASES", "3")),
    "host": "127.0.0.1",
    "port": int(os.environ.get("VENTANA_PORT", "8000")),
}
WATCHED = ["content", "data", "themes", "plugins", "pelicanconf.py", "publishconf.py"]


@task
def clean(c):
    """Remove generated files and caches."""
    for path in (CONFIG["output_path"], ".cache", "reports"):
        shutil.rmtree(ROOT / path, ignore_errors=True)


@task
def build(c):
    """Build the local site into output/ (stops with Spanish errors on bad data)."""
    from publish_checks.status import build_line
    from ventana_tasks.system import ensure_pango

    ensure_pango()  # the lesson PDFs need Debian's Pango; installed here when missing
    started = time.time()
    pelican_run("-s {settings_base}".format(**CONFIG))
    serve = f"invoke serve y abre http://{CONFIG['host']}:{CONFIG['port']}/"
    print(build_line(SETTINGS, started, serve))


@task
def rebuild(c):
    """Build the local site from scratch, without caches."""
    clean(c)
    build(c)


@task
def validate(c):
    """Check the editors' data (states, lessons, glossary) without building pages."""
    from ventana_tasks.validate import main as validate_main

    sys.exit(validate_main(ROOT))


@task(
    help={
        "user": "who made the change (default: $GITLAB_USER_LOGIN or $GITHUB_ACTOR)",
        "base": "where the change started (default: the merge request's base, or origin/main)",
    }
)
def permissions(c, user="", base=""):
    """Refuse a change that touches files its author may not edit (EDITORES)."""
    from ventana_tasks.permissions import main as permissions_main

    argv = ["--user", user] if user else []
    argv += ["--base", base] if base else []
    sys.exit(permissions_main(ROOT, argv))


@task
def docs(c):
    """Rewrite the docs tables generated from the code (settings, context keys, rules)."""
    from ventana_tasks.docs import main as docs_main

    sys.exit(docs_main([]))


@task
def serve(c):
    """Serve output/ at http://127.0.0.1:8000/."""

    from ventana_tasks.notfound import send_not_found_page

    class AddressReuseTCPServer(RootedHTTPServer):
        allow_reuse_address = True

    class Handler(ComplexHTTPRequestHandler):
        def send_error(self, code, message=None, explain=None):
            if code != 404 or not send_not_found_page(self, Path(CONFIG["output_path"])):
                super().send_error(code, message, explain)

    server = AddressReuseTCPServer(CONFIG["output_path"], (CONFIG["host"], CONFIG["port"]), Handler)
    if OPEN_BROWSER_ON_SERVE:
        webbrowser.open("http://{host}:{port}".format(**CONFIG))
    sys.stderr.write("Sirviendo en http://{host}:{port}/ (Ctrl+C para salir)\n".format(**CONFIG))
    server.serve_forever()


@task
def reserve(c):
    """Build, then serve."""
    build(c)
    serve(c)


@task
def livereload(c):
    """Rebuild on every change, in this process, the open tab's page first, and refresh it."""
    from ventana_tasks.livereload import run_livereload

    run_livereload(
        root=ROOT,
        watched=WATCHED,
        settings_file=CONFIG["settings_base"],
        output=ROOT / CONFIG["output_path"],
        host=CONFIG["host"],
        port=CONFIG["port"],
    )


@task
def admin(c):
    """Start the editing form: decap-server and the local site at /admin/ (Ctrl+C to stop)."""
    from ventana_tasks.admin import start_decap_server

    pelican_run("-s {settings_base}".format(**CONFIG))
    server = start_decap_server(ROOT, ROOT)
    print(f"Formulario: http://localhost:{CONFIG['port']}/admin/ (los cambios se guardan aquí)")
    try:
        serve(c)
    finally:
        server.terminate()


@task(name="admin-vendor")
def admin_vendor(c):
    """Fetch the pinned Decap CMS again (npm pack) and rewrite its checksums."""
    from cms_admin.vendor import refresh

    refresh()


@task
def preview(c):
    """Build the production version of the site into output/."""
    from ventana_tasks.system import ensure_pango

    ensure_pango()
    pelican_run("-s {settings_publish}".format(**CONFIG))


@task(help={"dest": "deploy folder (default: deploy/ or $VENTANA_DEPLOY_PATH)"})
def publish(c, dest=""):
    """Build with publishconf.py into a fresh folder; if every check passes, swap it in."""
    from ventana_tasks.publish import publish_site

    code = publish_site(
        root=ROOT,
        settings=CONFIG["settings_publish"],
        deploy=ROOT / (dest or CONFIG["deploy_path"]),
        keep=CONFIG["keep_releases"],
    )
    sys.exit(code)


@task(
    help={"path": "folder of .html files (default: output/)", "json": "write findings as JSON here"}
)
def check(c, path="", json=""):
    """Check readability, plain language and accessibility of built HTML."""
    from publish_checks.cli import main as check_main

    argv = ["--path", path or CONFIG["output_path"]]
    # The same pages the build leaves out (the editing form at /admin/), from pelicanconf.py.
    for pattern in _settings(CONFIG["settings_base"]).get("PUBLISH_CHECKS", {}).get("exclude", []):
        argv += ["--exclude", pattern]
    if json:
        argv += ["--json", json]
    sys.exit(check_main(argv))


@task(help={"browser": "run only the real-browser tests", "fast": "skip the real-browser tests"})
def test(c, browser=False, fast=False):
    """Run the whole test suite (browser tests included)."""
    from ventana_tasks.system import ensure_pango

    ensure_pango()  # the PDF tests build lessons with WeasyPrint
    args = [sys.executable, "-m", "pytest", "-n", "2", "-q"]
    if browser:
        args += ["-m", "browser"]
    elif fast:
        args += ["-m", "not browser"]
    sys.exit(subprocess.call(args, cwd=ROOT))


@task
def bench(c):
    """Run every benchmark in benchmarks/ and print its figures."""
    for script in sorted((ROOT / "benchmarks").glob("bench_*.py")):
        print(f"== {script.name}", flush=True)
        start = time.perf_counter()
        subprocess.call([sys.executable, str(script)], cwd=ROOT)
        print(f"   ({time.perf_counter() - start:.1f} s)", flush=True)


def _settings(name: str) -> dict:
    """A Pelican settings file read as Pelican reads it."""
    from pelican.settings import read_settings

    return read_settings(str(ROOT / name))


def pelican_run(cmd: str, exit_on_error: bool = True) -> int:
    """Run Pelican in a child process so a failed build gives its own exit code.

    What it prints reaches the editor in Spanish; a traceback only in reports/
    (plugins/ventana_tasks/pelican_output.py).
    """
    from ventana_tasks.pelican_output import run_pelican

    cmd += " " + program.core.remainder  # pass extra arguments through to pelican
    code, _ = run_pelican(ROOT, shlex.split(cmd))
    if code and exit_on_error:
        sys.exit(code)
    return code
