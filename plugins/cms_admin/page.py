"""The one HTML page that loads the CMS, with its own security policy and noindex."""

from __future__ import annotations

from html import escape

from . import messages as M

# Decap draws its interface with CSS-in-JS (inline <style>) and compiles a few
# templates at run time, so only this page allows 'unsafe-inline' styles and
# 'unsafe-eval'; every public page keeps the site-wide policy.
CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:{connect}; font-src 'self' data:; "
    "connect-src 'self' blob:{connect}; worker-src 'self' blob:; frame-src 'self'{connect}; "
    "object-src 'none'; base-uri 'self'; form-action 'self'{connect}"
)
VENDOR_SCRIPT = "vendor/decap-cms/decap-cms.js"

TEMPLATE = """<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<title>{title} · {site}</title>
</head>
<body>
<noscript><p>{noscript}</p></noscript>
<script src="ventana-preinit.js"></script>
<script src="{vendor}"></script>
<script type="module" src="ventana-cms.js"></script>
</body>
</html>
"""


def render(site_name: str, origins: list[str]) -> str:
    connect = "".join(f" {o}" for o in origins)
    return TEMPLATE.format(
        csp=escape(CSP.format(connect=connect)),
        title=escape(M.PAGE_TITLE),
        site=escape(site_name),
        noscript=escape(M.NOSCRIPT),
        vendor=VENDOR_SCRIPT,
    )
