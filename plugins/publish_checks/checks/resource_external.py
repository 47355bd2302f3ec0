"""A file loaded from another host tells that host who reads what, and can change unseen."""

from ..finding import Severity
from ..security import host, is_external, policy, srcset_urls
from .base import Rule, hit

# (element, attribute) pairs that make the browser fetch something as the page opens
# or as the reader submits it; an ordinary <a href> to another site is a link, not this.
FETCHED = (
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("script", "src"),
    ("iframe", "src"),
    ("frame", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("track", "src"),
    ("input", "src"),
    ("image", "href"),
    ("image", "xlink:href"),
    ("use", "href"),
    ("use", "xlink:href"),
    ("form", "action"),
    ("button", "formaction"),
    ("input", "formaction"),
)
# <link rel> values that load a file; canonical, alternate and the like only point.
LINK_LOADS = frozenset(
    {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "preconnect"}
    | {"dns-prefetch", "apple-touch-icon", "mask-icon", "prerender"}
)


class ResourceExternal(Rule):
    id = "resource-external"
    wcag = ""
    severity = Severity.ERROR
    title = "Archivo cargado desde otro sitio (seguridad)"
    message = "El elemento <{tag}> carga {url} desde otro sitio ({host})."
    hint = (
        "Guarda el archivo en el sitio (content/images/, el tema) y usa su ruta. Un video "
        'en un marco solo puede venir de un dominio de SAFE_HTML["iframe_hosts"].'
    )

    def check(self, page):
        frames = {host(v) for v in policy(page).get("frame-src", ()) if host(v)}
        for tag, attr in FETCHED:
            for el in page.by_tag.get(tag, ()):
                for url in srcset_urls(el.get(attr)) if attr == "srcset" else [el.get(attr)]:
                    if not url or not is_external(page, url):
                        continue
                    if tag == "iframe" and url.startswith("https:") and host(url) in frames:
                        continue
                    yield hit(el, url, tag=tag, url=url, host=host(url))
        for el in page.by_tag.get("link", ()):
            rels = set((el.get("rel") or "").lower().split())
            url = el.get("href") or ""
            if rels & LINK_LOADS and is_external(page, url):
                yield hit(el, url, tag="link", url=url, host=host(url))
