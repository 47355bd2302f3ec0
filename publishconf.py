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

# A site that fails the readability or accessibility checks is never published.
PUBLISH_CHECKS = {**PUBLISH_CHECKS, "fail_on_error": True}  # noqa: F405
