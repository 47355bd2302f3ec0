"""Settings for production: absolute URLs, feeds and sitemap."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: F403

SITEURL = SITE_PUBLIC_URL  # noqa: F405
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/noticias.atom.xml"
FEED_MAX_ITEMS = 20

DELETE_OUTPUT_DIRECTORY = True

# The published policy allows no development script.
SAFE_HTML = {**SAFE_HTML, "livereload": False}  # noqa: F405

# A site that fails the readability or accessibility checks is never published.
PUBLISH_CHECKS = {**PUBLISH_CHECKS, "fail_on_error": True}  # noqa: F405

# The editing form at /admin/: changes go to the Git host as merge requests that a
# reviewer at SESNA approves (docs/cms.md). GitLab on a government server, for example.
# It is published once SESNA sets the id of its GitLab OAuth application in
# VENTANA_CMS_APP_ID: without one, nobody could sign in, so the page stays out.
CMS_ADMIN = {
    "enabled": bool(os.environ.get("VENTANA_CMS_APP_ID", "").strip()),
    "backend": {
        "name": os.environ.get("VENTANA_CMS_HOST", "gitlab"),
        "repo": os.environ.get("VENTANA_CMS_REPO", "sesna/ventana"),
        "branch": "main",
        "api_root": os.environ.get("VENTANA_CMS_API", "https://gitlab.com/api/v4"),
        "base_url": os.environ.get("VENTANA_CMS_AUTH", "https://gitlab.com"),
        "auth_type": "pkce",
        "app_id": os.environ.get("VENTANA_CMS_APP_ID", "").strip(),
    },
    "publish_mode": "editorial_workflow",
    "local_backend": "",
}
