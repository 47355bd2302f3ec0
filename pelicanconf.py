"""Settings for local work: relative URLs, no feeds, caches on."""

import os
import sys
from pathlib import Path

from pelican.settings import DEFAULT_CONFIG

ROOT = Path(__file__).resolve().parent
# Plugins share helpers (plugins/ventana_data) that Pelican does not import for us.
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))

# Who runs the site, said in every page's footer (content/pages/acerca.md says more).
# The site is not official: feeds, PDFs and JSON-LD name this owner, never an institution.
SITE_OWNER = {
    "name": "Equipo de Ventana",
    "statement": "Ventana Anticorrupción no es un sitio oficial del gobierno. "
    "Es un proyecto de información cívica y no habla en nombre de ninguna institución.",
    "email": "accesibilidad@ventana-anticorrupcion.mx",
}
AUTHOR = SITE_OWNER["name"]
SITENAME = "Ventana Anticorrupción"
SITESUBTITLE = "Información clara sobre el combate a la corrupción en México"
SITEURL = ""
# The published address: PDFs link to it whatever the build (local or production).
SITE_PUBLIC_URL = os.environ.get("VENTANA_SITEURL", "https://www.ventana-anticorrupcion.mx")
RELATIVE_URLS = True

PATH = "content"
OUTPUT_PATH = "output"
THEME = "themes/ventana"
DATA_PATH = str(ROOT / "data")
CACHE_PATH = str(ROOT / ".cache" / "pelican")
VENTANA_CACHE_PATH = str(ROOT / ".cache" / "ventana")

TIMEZONE = "America/Mexico_City"
DEFAULT_LANG = "es"
HTML_LANG = "es-MX"
LOCALE = ("es_MX.UTF-8", "es_ES.UTF-8", "C.UTF-8")
DEFAULT_DATE_FORMAT = "%Y-%m-%d"

# Content layout: pages are the communications pages, articles are news.
PAGE_PATHS = ["pages"]
ARTICLE_PATHS = ["news"]
STATIC_PATHS = ["images", "docs"]
# Lessons, state narratives and infographics are read by their own plugins.
IGNORE_FILES = [".#*", "_*"]

ARTICLE_URL = "noticias/{slug}/"
ARTICLE_SAVE_AS = "noticias/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
INDEX_URL = "noticias/"
INDEX_SAVE_AS = "noticias/index.html"
DEFAULT_PAGINATION = 10
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/pagina/{number}/", "{base_name}/pagina/{number}/index.html"),
)

# Pages nobody asked for: one index of news is enough.
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
DIRECT_TEMPLATES = ["index"]

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CONTENT_CACHING_LAYER = "reader"
# Static files are copied only when the source is newer, so a rebuild leaves them be.
STATIC_CHECK_IF_MODIFIED = True

# One escaping policy for every template: all values are text unless Python code made
# them Markup (rendered and sanitized Markdown, SVG drawn by our plugins). The
# safe_html plugin stops the build if this is ever turned off.
JINJA_ENVIRONMENT = {**DEFAULT_CONFIG["JINJA_ENVIRONMENT"], "autoescape": True}
# Every page carries a Content-Security-Policy (docs/security.md). Locally it also
# allows, by its hash, the reload script that `invoke livereload` injects.
SAFE_HTML = {"livereload": True}

TYPOGRIFY = False
SLUGIFY_SOURCE = "basename"

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.toc": {"permalink": False},
        "markdown.extensions.sane_lists": {},
        "markdown.extensions.smarty": {"smart_angled_quotes": False},
        # Same HTML, about twice as fast: inline patterns are tried only where they can match.
        "ventana_data.fast_inline": {},
    },
    "output_format": "html5",
}

PLUGIN_PATHS = ["plugins"]
# A rebuild where nothing changed says the last build's findings again and writes
# nothing (plugins/incremental/unchanged.py).
PELICAN_CLASS = "incremental.IncrementalPelican"
PLUGINS = [
    "pelican.plugins.yaml_metadata",
    "safe_html",
    "editorial",
    "glossary",
    "facts",
    "state_snapshots",
    "channels",
    "lessons",
    "infographics",
    "responsive_images",
    "cms_admin",
    "build_dates",
    "search",
    "pelican.plugins.sitemap",
    "publish_checks",
    "incremental",
]

SITEMAP = {
    "format": "xml",
    "priorities": {"articles": 0.6, "indexes": 0.5, "pages": 0.7},
    "changefreqs": {"articles": "monthly", "indexes": "weekly", "pages": "monthly"},
}

# Main navigation: (label, url relative to SITEURL). The theme marks the current one.
MAIN_NAV = [
    ("Sistema Anticorrupción", "sistema-anticorrupcion/"),
    ("Estados", "estados/"),
    ("Infografías", "infografias/"),
    ("Escuela de Héroes", "escuela-de-heroes/"),
    ("Noticias", "noticias/"),
    ("Glosario", "glosario/"),
]
# The way to report, in every page's header: (label, url relative to SITEURL).
REPORT_LINK = ("Denuncia", "como-denunciar/")
FOOTER_LINKS = [
    ("Cómo denunciar", "como-denunciar/"),
    ("Acerca de este sitio", "acerca/"),
    ("Accesibilidad", "acerca/#accesibilidad"),
    ("Datos abiertos", "datos/"),
]

GLOSSARY = {"source": "glossary.yaml", "url": "glosario/"}

# Each plugin's settings: defaults live in the plugin's settings.py.
STATE_SNAPSHOTS: dict = {}
CHANNELS: dict = {}
LESSONS: dict = {}
INFOGRAPHICS: dict = {}
# Site search (Pagefind): the index is written after every build; defaults in plugins/search.
SEARCH: dict = {}
RESPONSIVE_IMAGES = {"widths": [480, 960]}
# Local builds report findings; publishconf.py makes errors block the build.
# The editing form at /admin/ is not a page for readers: it is not checked.
PUBLISH_CHECKS: dict = {"exclude": ["admin/*"]}
# The editing form (/admin/). Locally it talks to decap-server, started by `invoke admin`.
CMS_ADMIN = {"local_backend": "http://localhost:8081/api/v1"}
