"""javascript:, vbscript: and data: URLs run code or smuggle a document into the page."""

from ..finding import Severity
from ..page import URL_ATTRS
from ..security import as_browser_reads, scheme, srcset_urls
from .base import Rule, hit

SCRIPT_SCHEMES = frozenset({"javascript", "vbscript"})
# A data: image is harmless where only an image is drawn; elsewhere it may be a page.
IMAGE_PLACES = frozenset({("img", "src"), ("source", "srcset"), ("img", "srcset")})
IMAGE_PLACES |= {("image", "href"), ("image", "xlink:href"), ("video", "poster")}


class UrlUnsafe(Rule):
    id = "url-unsafe"
    wcag = ""
    severity = Severity.ERROR
    title = "Dirección javascript:, vbscript: o data: (seguridad)"
    message = (
        "El atributo {attr} de <{tag}> usa una dirección «{scheme}:», que puede ejecutar código."
    )
    hint = (
        "Usa una dirección https://, http://, mailto:, tel: o una ruta del sitio "
        "(/estados/). Las imágenes van como archivos del sitio."
    )

    def check(self, page):
        for attr in URL_ATTRS:
            for el in page.by_attr.get(attr, ()):
                value = el.get(attr)
                urls = srcset_urls(value) if attr == "srcset" else [value]
                for url in urls:
                    found = scheme(url)
                    if found in SCRIPT_SCHEMES or (found == "data" and not _image(el, attr, url)):
                        yield hit(el, url, attr=attr, tag=el.tag, scheme=found)


def _image(el, attr: str, url: str) -> bool:
    media = as_browser_reads(url)[5:].split(";")[0].split(",")[0].strip().lower()
    return (el.tag, attr) in IMAGE_PLACES and media.startswith("image/")
