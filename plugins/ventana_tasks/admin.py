"""`invoke admin`: decap-server (the CMS's local backend) and the local site, together.

decap-server comes from npm at a pinned version, installed once into the git-ignored
`.cache/node-cms/`. It writes the files of this folder directly (no git host needed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

DECAP_SERVER = "3.11.3"
PORT = 8081


def node_prefix(root: Path) -> Path:
    return root / ".cache" / "node-cms"


def decap_server(root: Path) -> Path:
    """The pinned decap-server's entry point, installed with npm if it is not there."""
    prefix = node_prefix(root)
    entry = prefix / "node_modules" / "decap-server" / "dist" / "index.js"
    manifest = entry.parents[1] / "package.json"
    if not manifest.exists() or f'"version": "{DECAP_SERVER}"' not in manifest.read_text():
        npm = shutil.which("npm")
        if not npm:
            raise SystemExit("Falta npm (apt-get install nodejs npm) para instalar decap-server.")
        subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(prefix),
                "--no-audit",
                "--no-fund",
                "--save-exact",
                "--loglevel=error",
                f"decap-server@{DECAP_SERVER}",
            ],
            check=True,
        )
    return entry


def start_decap_server(root: Path, repo: Path, port: int = PORT) -> subprocess.Popen:
    env = {**os.environ, "PORT": str(port), "GIT_REPO_DIRECTORY": str(repo), "MODE": "fs"}
    return subprocess.Popen(["node", str(decap_server(root))], env=env)
