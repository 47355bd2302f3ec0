"""The site's Content-Security-Policy: written once here, used by the theme and the checker.

Every public page carries this policy in a ``<meta http-equiv>`` at the top of its
``<head>`` (``safe_html`` hands it to the templates). The publish checks read the
policy back from each built page and refuse a page without it or with a weaker one,
using ``parse`` and ``weaknesses`` from this module, so the two never disagree.

Scripts come only from the site itself (``'self'``); inline scripts only by the
SHA-256 hash of their text, never ``'unsafe-inline'``. ``'wasm-unsafe-eval'``
allows WebAssembly (the search index runs in it) but no JavaScript ``eval``.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable

# The reload snippet that the livereload package injects before </head> of every page
# it serves (livereload/server.py, Server.serve, with no separate liveport). Allowed by
# its hash only when SAFE_HTML["livereload"] is on (local builds, never publishconf.py).
LIVERELOAD_SCRIPT = (
    "(function(){"
    'var s=document.createElement("script");'
    "var port=(window.location.port || (window.location.protocol == 'https:' ? 443: 80));"
    's.src="//"+window.location.hostname+":"+port'
    '+ "/livereload.js?port=" + port;'
    "document.head.appendChild(s);"
    "})();"
)
# What every page must say at least (issue: nothing but the theme's scripts runs).
REQUIRED = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
}
# Beyond REQUIRED, a script may only be allowed by hash, or be WebAssembly.
SCRIPT_EXTRAS = ("'wasm-unsafe-eval'",)
HASH_PREFIX = "'sha256-"


def source_hash(text: str) -> str:
    """The CSP source that allows exactly this inline script: ``'sha256-…'``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def policy(
    *,
    livereload: bool = False,
    iframe_hosts: Iterable[str] = (),
    script_hashes: Iterable[str] = (),
) -> str:
    """The policy for this site's settings, as the ``content`` of the meta element."""
    hashes = sorted({*script_hashes, *([source_hash(LIVERELOAD_SCRIPT)] if livereload else [])})
    frames = [f"https://{host}" for host in sorted(set(iframe_hosts))]
    directives = [
        ("default-src", ["'self'"]),
        ("script-src", ["'self'", "'wasm-unsafe-eval'", *hashes]),
        ("style-src", ["'self'"]),
        ("img-src", ["'self'", "data:"]),
        ("font-src", ["'self'"]),
        ("connect-src", ["'self'"]),
        ("frame-src", ["'self'", *frames]),
        ("object-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
    ]
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives)


def parse(text: str) -> dict[str, tuple[str, ...]]:
    """Directives of a policy by name (lowercase); the first of a repeated name wins."""
    found: dict[str, tuple[str, ...]] = {}
    for part in (text or "").split(";"):
        words = part.split()
        if words:
            found.setdefault(words[0].lower(), tuple(words[1:]))
    return found


def script_sources(directives: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """What the policy allows for scripts (``script-src``, else ``default-src``)."""
    return directives.get("script-src", directives.get("default-src", ()))


def _allowed(name: str, value: str) -> bool:
    value = value.lower()
    if name == "script-src" and (value in SCRIPT_EXTRAS or value.startswith(HASH_PREFIX)):
        return True
    return value in (*REQUIRED[name], "'none'")


def weaknesses(text: str) -> list[str]:
    """What this policy lacks or allows beyond the site's rule, in Spanish; [] if none."""
    directives = parse(text)
    problems = []
    for name, wanted in REQUIRED.items():
        values = directives.get(name)
        if values is None:
            problems.append(f"falta «{name} {' '.join(wanted)}»")
            continue
        extra = [v for v in values if not _allowed(name, v)]
        if extra:
            problems.append(f"{name} permite {' '.join(extra)}")
    return problems
